const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/uPlot-Saz_VHki.css"])))=>i.map(i=>d[i]);
var Ue,R,In,ae,sn,Sn,Dn,En,Ye,He,je,Cn,ye={},Pn=[],Xn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Oe=Array.isArray;function te(e,t){for(var i in t)e[i]=t[i];return e}function Je(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Zn(e,t,i){var o,s,r,a={};for(r in t)r=="key"?o=t[r]:r=="ref"?s=t[r]:a[r]=t[r];if(arguments.length>2&&(a.children=arguments.length>3?Ue.call(arguments,2):i),typeof e=="function"&&e.defaultProps!=null)for(r in e.defaultProps)a[r]===void 0&&(a[r]=e.defaultProps[r]);return Ee(e,a,o,s,null)}function Ee(e,t,i,o,s){var r={type:e,props:t,key:i,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++In,__i:-1,__u:0};return s==null&&R.vnode!=null&&R.vnode(r),r}function j(e){return e.children}function Ce(e,t){this.props=e,this.context=t}function he(e,t){if(t==null)return e.__?he(e.__,e.__i+1):null;for(var i;t<e.__k.length;t++)if((i=e.__k[t])!=null&&i.__e!=null)return i.__e;return typeof e.type=="function"?he(e):null}function Tn(e){var t,i;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((i=e.__k[t])!=null&&i.__e!=null){e.__e=e.__c.base=i.__e;break}return Tn(e)}}function Ve(e){(!e.__d&&(e.__d=!0)&&ae.push(e)&&!Te.__r++||sn!=R.debounceRendering)&&((sn=R.debounceRendering)||Sn)(Te)}function Te(){for(var e,t,i,o,s,r,a,l=1;ae.length;)ae.length>l&&ae.sort(Dn),e=ae.shift(),l=ae.length,e.__d&&(i=void 0,o=void 0,s=(o=(t=e).__v).__e,r=[],a=[],t.__P&&((i=te({},o)).__v=o.__v+1,R.vnode&&R.vnode(i),Qe(t.__P,i,o,t.__n,t.__P.namespaceURI,32&o.__u?[s]:null,r,s??he(o),!!(32&o.__u),a),i.__v=o.__v,i.__.__k[i.__i]=i,xn(r,i,a),o.__e=o.__=null,i.__e!=s&&Tn(i)));Te.__r=0}function Nn(e,t,i,o,s,r,a,l,h,u,f){var c,d,p,v,g,m,_,$=o&&o.__k||Pn,b=t.length;for(h=et(i,t,$,h,b),c=0;c<b;c++)(p=i.__k[c])!=null&&(d=p.__i==-1?ye:$[p.__i]||ye,p.__i=c,m=Qe(e,p,d,s,r,a,l,h,u,f),v=p.__e,p.ref&&d.ref!=p.ref&&(d.ref&&Xe(d.ref,null,p),f.push(p.ref,p.__c||v,p)),g==null&&v!=null&&(g=v),(_=!!(4&p.__u))||d.__k===p.__k?h=Rn(p,h,e,_):typeof p.type=="function"&&m!==void 0?h=m:v&&(h=v.nextSibling),p.__u&=-7);return i.__e=g,h}function et(e,t,i,o,s){var r,a,l,h,u,f=i.length,c=f,d=0;for(e.__k=new Array(s),r=0;r<s;r++)(a=t[r])!=null&&typeof a!="boolean"&&typeof a!="function"?(h=r+d,(a=e.__k[r]=typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?Ee(null,a,null,null,null):Oe(a)?Ee(j,{children:a},null,null,null):a.constructor==null&&a.__b>0?Ee(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):a).__=e,a.__b=e.__b+1,l=null,(u=a.__i=nt(a,i,h,c))!=-1&&(c--,(l=i[u])&&(l.__u|=2)),l==null||l.__v==null?(u==-1&&(s>f?d--:s<f&&d++),typeof a.type!="function"&&(a.__u|=4)):u!=h&&(u==h-1?d--:u==h+1?d++:(u>h?d--:d++,a.__u|=4))):e.__k[r]=null;if(c)for(r=0;r<f;r++)(l=i[r])!=null&&(2&l.__u)==0&&(l.__e==o&&(o=he(l)),qn(l,l));return o}function Rn(e,t,i,o){var s,r;if(typeof e.type=="function"){for(s=e.__k,r=0;s&&r<s.length;r++)s[r]&&(s[r].__=e,t=Rn(s[r],t,i,o));return t}e.__e!=t&&(o&&(t&&e.type&&!t.parentNode&&(t=he(e)),i.insertBefore(e.__e,t||null)),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function nt(e,t,i,o){var s,r,a,l=e.key,h=e.type,u=t[i],f=u!=null&&(2&u.__u)==0;if(u===null&&e.key==null||f&&l==u.key&&h==u.type)return i;if(o>(f?1:0)){for(s=i-1,r=i+1;s>=0||r<t.length;)if((u=t[a=s>=0?s--:r++])!=null&&(2&u.__u)==0&&l==u.key&&h==u.type)return a}return-1}function an(e,t,i){t[0]=="-"?e.setProperty(t,i??""):e[t]=i==null?"":typeof i!="number"||Xn.test(t)?i:i+"px"}function Se(e,t,i,o,s){var r,a;e:if(t=="style")if(typeof i=="string")e.style.cssText=i;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)i&&t in i||an(e.style,t,"");if(i)for(t in i)o&&i[t]==o[t]||an(e.style,t,i[t])}else if(t[0]=="o"&&t[1]=="n")r=t!=(t=t.replace(En,"$1")),a=t.toLowerCase(),t=a in e||t=="onFocusOut"||t=="onFocusIn"?a.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+r]=i,i?o?i.u=o.u:(i.u=Ye,e.addEventListener(t,r?je:He,r)):e.removeEventListener(t,r?je:He,r);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=i??"";break e}catch{}typeof i=="function"||(i==null||i===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&i==1?"":i))}}function cn(e){return function(t){if(this.l){var i=this.l[t.type+e];if(t.t==null)t.t=Ye++;else if(t.t<i.u)return;return i(R.event?R.event(t):t)}}}function Qe(e,t,i,o,s,r,a,l,h,u){var f,c,d,p,v,g,m,_,$,b,I,A,k,T,V,w,ee,z=t.type;if(t.constructor!=null)return null;128&i.__u&&(h=!!(32&i.__u),r=[l=t.__e=i.__e]),(f=R.__b)&&f(t);e:if(typeof z=="function")try{if(_=t.props,$="prototype"in z&&z.prototype.render,b=(f=z.contextType)&&o[f.__c],I=f?b?b.props.value:f.__:o,i.__c?m=(c=t.__c=i.__c).__=c.__E:($?t.__c=c=new z(_,I):(t.__c=c=new Ce(_,I),c.constructor=z,c.render=it),b&&b.sub(c),c.props=_,c.state||(c.state={}),c.context=I,c.__n=o,d=c.__d=!0,c.__h=[],c._sb=[]),$&&c.__s==null&&(c.__s=c.state),$&&z.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=te({},c.__s)),te(c.__s,z.getDerivedStateFromProps(_,c.__s))),p=c.props,v=c.state,c.__v=t,d)$&&z.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),$&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if($&&z.getDerivedStateFromProps==null&&_!==p&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(_,I),!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(_,c.__s,I)===!1||t.__v==i.__v){for(t.__v!=i.__v&&(c.props=_,c.state=c.__s,c.__d=!1),t.__e=i.__e,t.__k=i.__k,t.__k.some(function(ne){ne&&(ne.__=t)}),A=0;A<c._sb.length;A++)c.__h.push(c._sb[A]);c._sb=[],c.__h.length&&a.push(c);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(_,c.__s,I),$&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(p,v,g)})}if(c.context=I,c.props=_,c.__P=e,c.__e=!1,k=R.__r,T=0,$){for(c.state=c.__s,c.__d=!1,k&&k(t),f=c.render(c.props,c.state,c.context),V=0;V<c._sb.length;V++)c.__h.push(c._sb[V]);c._sb=[]}else do c.__d=!1,k&&k(t),f=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++T<25);c.state=c.__s,c.getChildContext!=null&&(o=te(te({},o),c.getChildContext())),$&&!d&&c.getSnapshotBeforeUpdate!=null&&(g=c.getSnapshotBeforeUpdate(p,v)),w=f,f!=null&&f.type===j&&f.key==null&&(w=Ln(f.props.children)),l=Nn(e,Oe(w)?w:[w],t,i,o,s,r,a,l,h,u),c.base=t.__e,t.__u&=-161,c.__h.length&&a.push(c),m&&(c.__E=c.__=null)}catch(ne){if(t.__v=null,h||r!=null)if(ne.then){for(t.__u|=h?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;r[r.indexOf(l)]=null,t.__e=l}else{for(ee=r.length;ee--;)Je(r[ee]);Ge(t)}else t.__e=i.__e,t.__k=i.__k,ne.then||Ge(t);R.__e(ne,t,i)}else r==null&&t.__v==i.__v?(t.__k=i.__k,t.__e=i.__e):l=t.__e=tt(i.__e,t,i,o,s,r,a,h,u);return(f=R.diffed)&&f(t),128&t.__u?void 0:l}function Ge(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(Ge)}function xn(e,t,i){for(var o=0;o<i.length;o++)Xe(i[o],i[++o],i[++o]);R.__c&&R.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(r){r.call(s)})}catch(r){R.__e(r,s.__v)}})}function Ln(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:Oe(e)?e.map(Ln):te({},e)}function tt(e,t,i,o,s,r,a,l,h){var u,f,c,d,p,v,g,m=i.props,_=t.props,$=t.type;if($=="svg"?s="http://www.w3.org/2000/svg":$=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),r!=null){for(u=0;u<r.length;u++)if((p=r[u])&&"setAttribute"in p==!!$&&($?p.localName==$:p.nodeType==3)){e=p,r[u]=null;break}}if(e==null){if($==null)return document.createTextNode(_);e=document.createElementNS(s,$,_.is&&_),l&&(R.__m&&R.__m(t,r),l=!1),r=null}if($==null)m===_||l&&e.data==_||(e.data=_);else{if(r=r&&Ue.call(e.childNodes),m=i.props||ye,!l&&r!=null)for(m={},u=0;u<e.attributes.length;u++)m[(p=e.attributes[u]).name]=p.value;for(u in m)if(p=m[u],u!="children"){if(u=="dangerouslySetInnerHTML")c=p;else if(!(u in _)){if(u=="value"&&"defaultValue"in _||u=="checked"&&"defaultChecked"in _)continue;Se(e,u,null,p,s)}}for(u in _)p=_[u],u=="children"?d=p:u=="dangerouslySetInnerHTML"?f=p:u=="value"?v=p:u=="checked"?g=p:l&&typeof p!="function"||m[u]===p||Se(e,u,p,m[u],s);if(f)l||c&&(f.__html==c.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(c&&(e.innerHTML=""),Nn(t.type=="template"?e.content:e,Oe(d)?d:[d],t,i,o,$=="foreignObject"?"http://www.w3.org/1999/xhtml":s,r,a,r?r[0]:i.__k&&he(i,0),l,h),r!=null)for(u=r.length;u--;)Je(r[u]);l||(u="value",$=="progress"&&v==null?e.removeAttribute("value"):v!=null&&(v!==e[u]||$=="progress"&&!v||$=="option"&&v!=m[u])&&Se(e,u,v,m[u],s),u="checked",g!=null&&g!=e[u]&&Se(e,u,g,m[u],s))}return e}function Xe(e,t,i){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(s){R.__e(s,i)}}function qn(e,t,i){var o,s;if(R.unmount&&R.unmount(e),(o=e.ref)&&(o.current&&o.current!=e.__e||Xe(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(r){R.__e(r,t)}o.base=o.__P=null}if(o=e.__k)for(s=0;s<o.length;s++)o[s]&&qn(o[s],t,i||typeof e.type!="function");i||Je(e.__e),e.__c=e.__=e.__e=void 0}function it(e,t,i){return this.constructor(e,i)}function ot(e,t,i){var o,s,r,a;t==document&&(t=document.documentElement),R.__&&R.__(e,t),s=(o=!1)?null:t.__k,r=[],a=[],Qe(t,e=t.__k=Zn(j,null,[e]),s||ye,ye,t.namespaceURI,s?null:t.firstChild?Ue.call(t.childNodes):null,r,s?s.__e:t.firstChild,o,a),xn(r,e,a)}function rt(e){function t(i){var o,s;return this.getChildContext||(o=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){o=null},this.shouldComponentUpdate=function(r){this.props.value!=r.value&&o.forEach(function(a){a.__e=!0,Ve(a)})},this.sub=function(r){o.add(r);var a=r.componentWillUnmount;r.componentWillUnmount=function(){o&&o.delete(r),a&&a.call(r)}}),i.children}return t.__c="__cC"+Cn++,t.__=e,t.Provider=t.__l=(t.Consumer=function(i,o){return i.children(o)}).contextType=t,t}Ue=Pn.slice,R={__e:function(e,t,i,o){for(var s,r,a;t=t.__;)if((s=t.__c)&&!s.__)try{if((r=s.constructor)&&r.getDerivedStateFromError!=null&&(s.setState(r.getDerivedStateFromError(e)),a=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,o||{}),a=s.__d),a)return s.__E=s}catch(l){e=l}throw e}},In=0,Ce.prototype.setState=function(e,t){var i;i=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=te({},this.state),typeof e=="function"&&(e=e(te({},i),this.props)),e&&te(i,e),e!=null&&this.__v&&(t&&this._sb.push(t),Ve(this))},Ce.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Ve(this))},Ce.prototype.render=j,ae=[],Sn=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Dn=function(e,t){return e.__v.__b-t.__v.__b},Te.__r=0,En=/(PointerCapture)$|Capture$/i,Ye=0,He=cn(!1),je=cn(!0),Cn=0;var st=0;function n(e,t,i,o,s,r){t||(t={});var a,l,h=t;if("ref"in h)for(l in h={},t)l=="ref"?a=t[l]:h[l]=t[l];var u={type:e,props:h,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--st,__i:-1,__u:0,__source:s,__self:r};if(typeof e=="function"&&(a=e.defaultProps))for(l in a)h[l]===void 0&&(h[l]=a[l]);return R.vnode&&R.vnode(u),u}var me,q,Me,ln,_e=0,Un=[],W=R,dn=W.__b,un=W.__r,pn=W.diffed,hn=W.__c,mn=W.unmount,fn=W.__;function We(e,t){W.__h&&W.__h(q,e,_e||t),_e=0;var i=q.__H||(q.__H={__:[],__h:[]});return e>=i.__.length&&i.__.push({}),i.__[e]}function y(e){return _e=1,at(Mn,e)}function at(e,t,i){var o=We(me++,2);if(o.t=e,!o.__c&&(o.__=[Mn(void 0,t),function(l){var h=o.__N?o.__N[0]:o.__[0],u=o.t(h,l);h!==u&&(o.__N=[u,o.__[1]],o.__c.setState({}))}],o.__c=q,!q.__f)){var s=function(l,h,u){if(!o.__c.__H)return!0;var f=o.__c.__H.__.filter(function(d){return!!d.__c});if(f.every(function(d){return!d.__N}))return!r||r.call(this,l,h,u);var c=o.__c.props!==l;return f.forEach(function(d){if(d.__N){var p=d.__[0];d.__=d.__N,d.__N=void 0,p!==d.__[0]&&(c=!0)}}),r&&r.call(this,l,h,u)||c};q.__f=!0;var r=q.shouldComponentUpdate,a=q.componentWillUpdate;q.componentWillUpdate=function(l,h,u){if(this.__e){var f=r;r=void 0,s(l,h,u),r=f}a&&a.call(this,l,h,u)},q.shouldComponentUpdate=s}return o.__N||o.__}function B(e,t){var i=We(me++,3);!W.__s&&Wn(i.__H,t)&&(i.__=e,i.u=t,q.__H.__h.push(i))}function X(e){return _e=5,Ze(function(){return{current:e}},[])}function Ze(e,t){var i=We(me++,7);return Wn(i.__H,t)&&(i.__=e(),i.__H=t,i.__h=e),i.__}function On(e,t){return _e=8,Ze(function(){return e},t)}function ct(e){var t=q.context[e.__c],i=We(me++,9);return i.c=e,t?(i.__==null&&(i.__=!0,t.sub(q)),t.props.value):e.__}function lt(){for(var e;e=Un.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Pe),e.__H.__h.forEach(Ke),e.__H.__h=[]}catch(t){e.__H.__h=[],W.__e(t,e.__v)}}W.__b=function(e){q=null,dn&&dn(e)},W.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),fn&&fn(e,t)},W.__r=function(e){un&&un(e),me=0;var t=(q=e.__c).__H;t&&(Me===q?(t.__h=[],q.__h=[],t.__.forEach(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})):(t.__h.forEach(Pe),t.__h.forEach(Ke),t.__h=[],me=0)),Me=q},W.diffed=function(e){pn&&pn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Un.push(t)!==1&&ln===W.requestAnimationFrame||((ln=W.requestAnimationFrame)||dt)(lt)),t.__H.__.forEach(function(i){i.u&&(i.__H=i.u),i.u=void 0})),Me=q=null},W.__c=function(e,t){t.some(function(i){try{i.__h.forEach(Pe),i.__h=i.__h.filter(function(o){return!o.__||Ke(o)})}catch(o){t.some(function(s){s.__h&&(s.__h=[])}),t=[],W.__e(o,i.__v)}}),hn&&hn(e,t)},W.unmount=function(e){mn&&mn(e);var t,i=e.__c;i&&i.__H&&(i.__H.__.forEach(function(o){try{Pe(o)}catch(s){t=s}}),i.__H=void 0,t&&W.__e(t,i.__v))};var vn=typeof requestAnimationFrame=="function";function dt(e){var t,i=function(){clearTimeout(o),vn&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(i,35);vn&&(t=requestAnimationFrame(i))}function Pe(e){var t=q,i=e.__c;typeof i=="function"&&(e.__c=void 0,i()),q=t}function Ke(e){var t=q;e.__c=e.__(),q=t}function Wn(e,t){return!e||e.length!==t.length||t.some(function(i,o){return i!==e[o]})}function Mn(e,t){return typeof t=="function"?t(e):t}function K(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function se(e){return K(e)==="object"}function ut(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function gn(e,t){return e.length<124?e:t}const pt="graphql-transport-ws";var Y=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(Y||{}),J=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(J||{});function Fn(e){if(!se(e))throw new Error(`Message is expected to be an object, but got ${K(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${K(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!se(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!se(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${K(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${K(e.payload.query)}`);if(e.payload.variables!=null&&!se(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${K(e.payload.variables)}`);if(e.payload.operationName!=null&&K(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${K(e.payload.operationName)}`);if(e.payload.extensions!=null&&!se(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${K(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!se(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${K(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ut(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function ht(e,t){return Fn(typeof e=="string"?JSON.parse(e,t):e)}function ve(e,t){return Fn(e),JSON.stringify(e,t)}function mt(e){const{url:t,connectionParams:i,lazy:o=!0,onNonLazyError:s=console.error,lazyCloseTimeout:r=0,keepAlive:a=0,disablePong:l,connectionAckWaitTimeout:h=0,retryAttempts:u=5,retryWait:f=async function(L){const S=Math.pow(2,L);await new Promise(P=>setTimeout(P,S*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:c=Fe,on:d,webSocketImpl:p,generateID:v=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,L=>{const S=Math.random()*16|0;return(L=="x"?S:S&3|8).toString(16)})},jsonMessageReplacer:g,jsonMessageReviver:m}=e;let _;if(p){if(!vt(p))throw new Error("Invalid WebSocket implementation provided");_=p}else typeof WebSocket<"u"?_=WebSocket:typeof global<"u"?_=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(_=window.WebSocket||window.MozWebSocket);if(!_)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const $=_,b=(()=>{const C=(()=>{const S={};return{on(P,O){return S[P]=O,()=>{delete S[P]}},emit(P){"id"in P&&S[P.id]?.(P)}}})(),L={connecting:d?.connecting?[d.connecting]:[],opened:d?.opened?[d.opened]:[],connected:d?.connected?[d.connected]:[],ping:d?.ping?[d.ping]:[],pong:d?.pong?[d.pong]:[],message:d?.message?[C.emit,d.message]:[C.emit],closed:d?.closed?[d.closed]:[],error:d?.error?[d.error]:[]};return{onMessage:C.on,on(S,P){const O=L[S];return O.push(P),()=>{O.splice(O.indexOf(P),1)}},emit(S,...P){for(const O of[...L[S]])O(...P)}}})();function I(C){const L=[b.on("error",S=>{L.forEach(P=>P()),C(S)}),b.on("closed",S=>{L.forEach(P=>P()),C(S)})]}let A,k=0,T,V=!1,w=0,ee=!1;async function z(){clearTimeout(T);const[C,L]=await(A??(A=new Promise((O,G)=>(async()=>{if(V){if(await f(w),!k)return A=void 0,G({code:1e3,reason:"All Subscriptions Gone"});w++}b.emit("connecting",V);const N=new $(typeof t=="function"?await t():t,pt);let ue,fe;function Ie(){isFinite(a)&&a>0&&(clearTimeout(fe),fe=setTimeout(()=>{N.readyState===$.OPEN&&(N.send(ve({type:J.Ping})),b.emit("ping",!1,void 0))},a))}I(H=>{A=void 0,clearTimeout(ue),clearTimeout(fe),G(H),H instanceof yn&&(N.close(4499,"Terminated"),N.onerror=null,N.onclose=null)}),N.onerror=H=>b.emit("error",H),N.onclose=H=>b.emit("closed",H),N.onopen=async()=>{try{b.emit("opened",N);const H=typeof i=="function"?await i():i;if(N.readyState!==$.OPEN)return;N.send(ve(H?{type:J.ConnectionInit,payload:H}:{type:J.ConnectionInit},g)),isFinite(h)&&h>0&&(ue=setTimeout(()=>{N.close(Y.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},h)),Ie()}catch(H){b.emit("error",H),N.close(Y.InternalClientError,gn(H instanceof Error?H.message:String(H),"Internal client error"))}};let pe=!1;N.onmessage=({data:H})=>{try{const F=ht(H,m);if(b.emit("message",F),F.type==="ping"||F.type==="pong"){b.emit(F.type,!0,F.payload),F.type==="pong"?Ie():l||(N.send(ve(F.payload?{type:J.Pong,payload:F.payload}:{type:J.Pong})),b.emit("pong",!1,F.payload));return}if(pe)return;if(F.type!==J.ConnectionAck)throw new Error(`First message cannot be of type ${F.type}`);clearTimeout(ue),pe=!0,b.emit("connected",N,F.payload,V),V=!1,w=0,O([N,new Promise((Co,Qn)=>I(Qn))])}catch(F){N.onmessage=null,b.emit("error",F),N.close(Y.BadResponse,gn(F instanceof Error?F.message:String(F),"Bad response"))}}})())));C.readyState===$.CLOSING&&await L;let S=()=>{};const P=new Promise(O=>S=O);return[C,S,Promise.race([P.then(()=>{if(!k){const O=()=>C.close(1e3,"Normal Closure");isFinite(r)&&r>0?T=setTimeout(()=>{C.readyState===$.OPEN&&O()},r):O()}}),L])]}function ne(C){if(Fe(C)&&(ft(C.code)||[Y.InternalServerError,Y.InternalClientError,Y.BadRequest,Y.BadResponse,Y.Unauthorized,Y.SubprotocolNotAcceptable,Y.SubscriberAlreadyExists,Y.TooManyInitialisationRequests].includes(C.code)))throw C;if(ee)return!1;if(Fe(C)&&C.code===1e3)return k>0;if(!u||w>=u||!c(C))throw C;return V=!0}o||(async()=>{for(k++;;)try{const[,,C]=await z();await C}catch(C){try{if(!ne(C))return}catch(L){return s?.(L)}}})();function rn(C,L){const S=v(C);let P=!1,O=!1,G=()=>{k--,P=!0};return(async()=>{for(k++;;)try{const[N,ue,fe]=await z();if(P)return ue();const Ie=b.onMessage(S,pe=>{switch(pe.type){case J.Next:{L.next(pe.payload);return}case J.Error:{O=!0,P=!0,L.error(pe.payload),G();return}case J.Complete:{P=!0,G();return}}});N.send(ve({id:S,type:J.Subscribe,payload:C},g)),G=()=>{!P&&N.readyState===$.OPEN&&N.send(ve({id:S,type:J.Complete},g)),k--,P=!0,ue()},await fe.finally(Ie);return}catch(N){if(!ne(N))return}})().then(()=>{O||L.complete()}).catch(N=>{L.error(N)}),()=>{P||G()}}return{on:b.on,subscribe:rn,iterate(C){const L=[],S={done:!1,error:null,resolve:()=>{}},P=rn(C,{next(G){L.push(G),S.resolve()},error(G){S.done=!0,S.error=G,S.resolve()},complete(){S.done=!0,S.resolve()}}),O=(async function*(){for(;;){for(L.length||await new Promise(N=>S.resolve=N);L.length;)yield L.shift();if(S.error)throw S.error;if(S.done)return}})();return O.throw=async G=>(S.done||(S.done=!0,S.error=G,S.resolve()),{done:!0,value:void 0}),O.return=async()=>(P(),{done:!0,value:void 0}),O},async dispose(){if(ee=!0,A){const[C]=await A;C.close(1e3,"Normal Closure")}},terminate(){A&&b.emit("closed",new yn)}}}class yn extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function Fe(e){return se(e)&&"code"in e&&"reason"in e}function ft(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function vt(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}const Ne="countthings.session";let en=gt();const Re=new Set;let nn="";function gt(){try{const e=sessionStorage.getItem(Ne);if(!e)return null;const t=JSON.parse(e);return!t.token||Date.parse(t.expiresAt)<=Date.now()?(sessionStorage.removeItem(Ne),null):t}catch{return null}}function le(){return en}function yt(e){en=e,nn="",sessionStorage.setItem(Ne,JSON.stringify(e)),Re.forEach(t=>t())}function ke(e=""){en=null,nn=e,sessionStorage.removeItem(Ne),Re.forEach(t=>t())}function _t(){return nn}function bt(e){return Re.add(e),()=>Re.delete(e)}const xe="Your session has ended. Please sign in again.";class oe extends Error{code;problems;constructor(t,i,o=[]){super(t),this.code=i,this.problems=o}}function ze(e){const t=e[0],i=t.extensions?.code??"INTERNAL";return new oe(e.map(o=>o.message).join(`
`),i,t.extensions?.problems??[])}async function de(e,t){const i=le();let o;try{o=await fetch("/graphql",{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json",...i?{Authorization:`Bearer ${i.token}`}:{}},body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new oe("The server cannot be reached. Check your connection and try again.","NETWORK")}let s;try{s=await o.json()}catch{throw new oe(`The server answered ${o.status} without a readable reply.`,"INTERNAL")}if(s.errors?.length){const r=ze(s.errors);throw r.code==="UNAUTHENTICATED"&&i&&ke(xe),r}return s.data}let ce=null,_n="";function wt(){const t=le()?.token??"";if(ce&&_n===t)return ce;ce?.dispose(),_n=t;const i=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql`;return ce=mt({url:i,lazy:!0,retryAttempts:0,connectionParams:{Authorization:`Bearer ${t}`},on:{closed:o=>{o?.code===4403&&le()?.token===t&&ke(xe)}}}),ce}function Bn(){ce?.dispose(),ce=null}function $t(e,t,i){return wt().subscribe({query:e.toString(),variables:t},{next:o=>{o.errors?.length?i.error(ze(o.errors)):o.data&&i.next(o.data)},error:o=>{Array.isArray(o)?i.error(ze(o)):i.error(new oe("The live connection dropped.","NETWORK"))},complete:()=>i.complete?.()})}class D extends String{__apiType;value;__meta__;constructor(t,i){super(t),this.value=t,this.__meta__=i}toString(){return this.value}}const kt=new D(`
    fragment AccountOverview on Account {
  id
  name
  email
  type
  expiresAt
  licensePool {
    total
    assigned
    unassigned
    expiresAt
    standard {
      total
      assigned
      unassigned
    }
    floating {
      total
      assigned
      unassigned
    }
  }
  settings {
    operatorContactEmail
    operatorContactPhone
    floatingIdleMinutes
  }
}
    `,{fragmentName:"AccountOverview"}),At=new D(`
    subscription LiveEvents($after: String, $accountId: ID) {
  licenseEvents(after: $after, accountId: $accountId) {
    id
    cursor
    sequence
    type
    occurredAt
    pool
    reason
    userEmail
    actorEmail
    device {
      id
      code
      name
    }
    previousDevice {
      id
      code
    }
  }
}
    `),It=new D(`
    mutation Logout {
  logout
}
    `),St=new D(`
    query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {
  account {
    id
    type
    licensePool {
      standard {
        unassigned
      }
      floating {
        unassigned
      }
    }
    devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          name
          platform
          inactive
          licenseStatus
          lastSeenAt
          license {
            id
            pool
          }
          lastUser {
            id
            email
          }
        }
      }
    }
  }
}
    `),Dt=new D(`
    query FindDevice($code: String!) {
  account {
    id
    devices(first: 5, where: {code: $code}) {
      edges {
        node {
          id
          code
          name
          licenseStatus
        }
      }
    }
  }
}
    `),Et=new D(`
    mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {
  assignLicense(deviceId: $deviceId, pool: $pool) {
    id
    licenseStatus
  }
}
    `),Ct=new D(`
    mutation RemoveLicense($deviceId: ID!) {
  removeLicense(deviceId: $deviceId) {
    id
    licenseStatus
  }
}
    `),Pt=new D(`
    mutation MoveLicense($from: ID!, $to: ID!) {
  moveLicense(fromDeviceId: $from, toDeviceId: $to) {
    id
    code
    licenseStatus
  }
}
    `),Tt=new D(`
    mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {
  setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {
    id
    inactive
  }
}
    `),Nt=new D(`
    query RecentEvents($types: [LicenseEventType!], $deviceId: ID, $after: String) {
  licenseEvents(first: 100, after: $after, types: $types, deviceId: $deviceId) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        cursor
        sequence
        type
        occurredAt
        pool
        reason
        userEmail
        actorEmail
        device {
          id
          code
          name
        }
        previousDevice {
          id
          code
        }
      }
    }
  }
}
    `),Rt=new D(`
    query OwnOverview {
  account {
    ...AccountOverview
  }
}
    fragment AccountOverview on Account {
  id
  name
  email
  type
  expiresAt
  licensePool {
    total
    assigned
    unassigned
    expiresAt
    standard {
      total
      assigned
      unassigned
    }
    floating {
      total
      assigned
      unassigned
    }
  }
  settings {
    operatorContactEmail
    operatorContactPhone
    floatingIdleMinutes
  }
}`),xt=new D(`
    query AnyOverview($id: ID!) {
  node(id: $id) {
    ... on Account {
      ...AccountOverview
    }
  }
}
    fragment AccountOverview on Account {
  id
  name
  email
  type
  expiresAt
  licensePool {
    total
    assigned
    unassigned
    expiresAt
    standard {
      total
      assigned
      unassigned
    }
    floating {
      total
      assigned
      unassigned
    }
  }
  settings {
    operatorContactEmail
    operatorContactPhone
    floatingIdleMinutes
  }
}`),Lt=new D(`
    query PolicyPage($kind: PolicyKind!) {
  account {
    id
    type
    licensePool {
      standard {
        total
        unassigned
      }
      floating {
        total
        unassigned
      }
    }
    settings {
      floatingIdleMinutes
      floatingPriorityPermission
    }
    policy(kind: $kind) {
      kind
      active {
        id
        version
        source
      }
      versions {
        id
        version
        source
        active
        createdAt
        author {
          id
          email
        }
      }
    }
    users(first: 100) {
      edges {
        node {
          id
          email
          role
          permissions
          disabled
        }
      }
    }
    devices(first: 100) {
      edges {
        node {
          id
          code
          name
          inactive
          licenseStatus
          lastSeenAt
          license {
            pool
          }
          lastUser {
            email
            permissions
          }
        }
      }
    }
  }
  floatingPresets {
    name
    description
    source
  }
}
    `),qt=new D(`
    mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {
  updatePolicy(kind: $kind, source: $source) {
    id
    version
  }
}
    `),Ut=new D(`
    mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {
  activatePolicyVersion(kind: $kind, version: $version) {
    id
    version
  }
}
    `),Ot=new D(`
    query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {
  evaluatePolicy(kind: $kind, input: $input, source: $source)
}
    `),Wt=new D(`
    query SettingsPage {
  account {
    id
    type
    settings {
      operatorContactEmail
      operatorContactPhone
      floatingIdleMinutes
    }
    webhookConnection(first: 20) {
      edges {
        node {
          id
          url
          eventTypes
          active
          createdAt
          deliveryConnection(first: 10) {
            edges {
              node {
                id
                status
                attempts
                lastStatusCode
                lastError
                nextAttemptAt
                deliveredAt
                createdAt
                event {
                  id
                  type
                  sequence
                }
              }
            }
          }
        }
      }
    }
  }
}
    `),Mt=new D(`
    mutation UpdateSettings($input: AccountSettingsInput!) {
  updateAccountSettings(input: $input) {
    id
    settings {
      operatorContactEmail
      operatorContactPhone
      floatingIdleMinutes
    }
  }
}
    `),Ft=new D(`
    mutation CreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    id
  }
}
    `),Bt=new D(`
    mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
  updateWebhook(id: $id, input: $input) {
    id
    active
  }
}
    `),Ht=new D(`
    mutation RedeliverWebhookDelivery($id: ID!) {
  redeliverWebhookDelivery(id: $id) {
    id
    status
  }
}
    `),jt=new D(`
    mutation DeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `),Vt=new D(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
    user {
      id
      role
    }
  }
}
    `),Gt=new D(`
    query AccountsList($after: String) {
  accounts(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        email
        type
        expiresAt
        licensePool {
          total
          assigned
        }
      }
    }
  }
}
    `),Kt=new D(`
    query AccountRequests {
  accountRequests(status: PENDING) {
    id
    companyName
    contactEmail
    contactName
    accountType
    standardLicenses
    floatingLicenses
    workflow
    createdAt
  }
  floatingPresets {
    preset
    name
    description
  }
}
    `),zt=new D(`
    mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {
  approveAccountRequest(id: $id, input: $input) {
    id
    name
  }
}
    `),Yt=new D(`
    mutation RejectAccountRequest($id: ID!, $reason: String) {
  rejectAccountRequest(id: $id, reason: $reason) {
    id
    status
  }
}
    `),Jt=new D(`
    mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    id
    name
  }
}
    `),Qt=new D(`
    mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {
  renewAccount(accountId: $id, input: $input) {
    id
    expiresAt
  }
}
    `),Xt=new D(`
    query AccountUsage($id: ID!, $from: Time!, $to: Time!, $bucket: UsageBucket!, $weekFrom: Time!) {
  node(id: $id) {
    ... on Account {
      id
      usage(from: $from, to: $to, bucket: $bucket) {
        peakHeld
        peakHeldAt
        peakDemand
        points {
          start
          peakHeld
          peakStandard
          peakFloating
          peakDemand
          activeDevices
          denials
          reclaims
          releases
        }
      }
      week: usage(from: $weekFrom, to: $to, bucket: DAY) {
        points {
          denials
          reclaims
        }
      }
      licensingRecommendation(from: $from, to: $to) {
        standard
        floating
        projectedDenials
        currentCost
        recommendedCost
        explanation
      }
    }
  }
}
    `),Zt=new D(`
    query Users($after: String) {
  account {
    id
    knownPermissions
    users(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          role
          permissions
          notes
          disabled
          createdAt
          lastLoginAt
        }
      }
    }
    apiTokenConnection(first: 100) {
      edges {
        node {
          id
          name
          permissions
          createdAt
          lastUsedAt
          revokedAt
          createdBy {
            id
            email
          }
        }
      }
    }
  }
}
    `),ei=new D(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    email
  }
}
    `),ni=new D(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    disabled
    permissions
    notes
  }
}
    `),ti=new D(`
    mutation DeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `),ii=new D(`
    mutation CreateApiToken($name: String!, $permissions: [String!]!) {
  createApiToken(name: $name, permissions: $permissions) {
    token
    name
    permissions
  }
}
    `),oi=new D(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `),ri=new D(`
    query Viewer($actions: [String!]!) {
  me {
    id
    email
    role
    permissions
    account {
      id
      name
    }
  }
  viewerPermissions(actions: $actions) {
    action
    allowed
  }
}
    `),si={"\n  subscription LiveEvents($after: String, $accountId: ID) {\n    licenseEvents(after: $after, accountId: $accountId) {\n      id\n      cursor\n      sequence\n      type\n      occurredAt\n      pool\n      reason\n      userEmail\n      actorEmail\n      device {\n        id\n        code\n        name\n      }\n      previousDevice {\n        id\n        code\n      }\n    }\n  }\n":At,"\n  mutation Logout {\n    logout\n  }\n":It,"\n  query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          unassigned\n        }\n        floating {\n          unassigned\n        }\n      }\n      devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            code\n            name\n            platform\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              id\n              pool\n            }\n            lastUser {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n":St,"\n  query FindDevice($code: String!) {\n    account {\n      id\n      devices(first: 5, where: { code: $code }) {\n        edges {\n          node {\n            id\n            code\n            name\n            licenseStatus\n          }\n        }\n      }\n    }\n  }\n":Dt,"\n  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {\n    assignLicense(deviceId: $deviceId, pool: $pool) {\n      id\n      licenseStatus\n    }\n  }\n":Et,"\n  mutation RemoveLicense($deviceId: ID!) {\n    removeLicense(deviceId: $deviceId) {\n      id\n      licenseStatus\n    }\n  }\n":Ct,"\n  mutation MoveLicense($from: ID!, $to: ID!) {\n    moveLicense(fromDeviceId: $from, toDeviceId: $to) {\n      id\n      code\n      licenseStatus\n    }\n  }\n":Pt,"\n  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {\n    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {\n      id\n      inactive\n    }\n  }\n":Tt,"\n  query RecentEvents($types: [LicenseEventType!], $deviceId: ID, $after: String) {\n    licenseEvents(first: 100, after: $after, types: $types, deviceId: $deviceId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          cursor\n          sequence\n          type\n          occurredAt\n          pool\n          reason\n          userEmail\n          actorEmail\n          device {\n            id\n            code\n            name\n          }\n          previousDevice {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n":Nt,"\n  fragment AccountOverview on Account {\n    id\n    name\n    email\n    type\n    expiresAt\n    licensePool {\n      total\n      assigned\n      unassigned\n      expiresAt\n      standard {\n        total\n        assigned\n        unassigned\n      }\n      floating {\n        total\n        assigned\n        unassigned\n      }\n    }\n    settings {\n      operatorContactEmail\n      operatorContactPhone\n      floatingIdleMinutes\n    }\n  }\n":kt,"\n  query OwnOverview {\n    account {\n      ...AccountOverview\n    }\n  }\n":Rt,"\n  query AnyOverview($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        ...AccountOverview\n      }\n    }\n  }\n":xt,"\n  query PolicyPage($kind: PolicyKind!) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          total\n          unassigned\n        }\n        floating {\n          total\n          unassigned\n        }\n      }\n      settings {\n        floatingIdleMinutes\n        floatingPriorityPermission\n      }\n      policy(kind: $kind) {\n        kind\n        active {\n          id\n          version\n          source\n        }\n        versions {\n          id\n          version\n          source\n          active\n          createdAt\n          author {\n            id\n            email\n          }\n        }\n      }\n      users(first: 100) {\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            disabled\n          }\n        }\n      }\n      devices(first: 100) {\n        edges {\n          node {\n            id\n            code\n            name\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              pool\n            }\n            lastUser {\n              email\n              permissions\n            }\n          }\n        }\n      }\n    }\n    floatingPresets {\n      name\n      description\n      source\n    }\n  }\n":Lt,"\n  mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {\n    updatePolicy(kind: $kind, source: $source) {\n      id\n      version\n    }\n  }\n":qt,"\n  mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {\n    activatePolicyVersion(kind: $kind, version: $version) {\n      id\n      version\n    }\n  }\n":Ut,"\n  query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {\n    evaluatePolicy(kind: $kind, input: $input, source: $source)\n  }\n":Ot,"\n  query SettingsPage {\n    account {\n      id\n      type\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n      webhookConnection(first: 20) {\n        edges {\n          node {\n            id\n            url\n            eventTypes\n            active\n            createdAt\n            deliveryConnection(first: 10) {\n              edges {\n                node {\n                  id\n                  status\n                  attempts\n                  lastStatusCode\n                  lastError\n                  nextAttemptAt\n                  deliveredAt\n                  createdAt\n                  event {\n                    id\n                    type\n                    sequence\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n":Wt,"\n  mutation UpdateSettings($input: AccountSettingsInput!) {\n    updateAccountSettings(input: $input) {\n      id\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n    }\n  }\n":Mt,"\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id\n    }\n  }\n":Ft,"\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      active\n    }\n  }\n":Bt,"\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n":Ht,"\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":jt,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        role\n      }\n    }\n  }\n":Vt,"\n  query AccountsList($after: String) {\n    accounts(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          type\n          expiresAt\n          licensePool {\n            total\n            assigned\n          }\n        }\n      }\n    }\n  }\n":Gt,"\n  query AccountRequests {\n    accountRequests(status: PENDING) {\n      id\n      companyName\n      contactEmail\n      contactName\n      accountType\n      standardLicenses\n      floatingLicenses\n      workflow\n      createdAt\n    }\n    floatingPresets {\n      preset\n      name\n      description\n    }\n  }\n":Kt,"\n  mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {\n    approveAccountRequest(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n":zt,"\n  mutation RejectAccountRequest($id: ID!, $reason: String) {\n    rejectAccountRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n":Yt,"\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n    }\n  }\n":Jt,"\n  mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {\n    renewAccount(accountId: $id, input: $input) {\n      id\n      expiresAt\n    }\n  }\n":Qt,"\n  query AccountUsage($id: ID!, $from: Time!, $to: Time!, $bucket: UsageBucket!, $weekFrom: Time!) {\n    node(id: $id) {\n      ... on Account {\n        id\n        usage(from: $from, to: $to, bucket: $bucket) {\n          peakHeld\n          peakHeldAt\n          peakDemand\n          points {\n            start\n            peakHeld\n            peakStandard\n            peakFloating\n            peakDemand\n            activeDevices\n            denials\n            reclaims\n            releases\n          }\n        }\n        week: usage(from: $weekFrom, to: $to, bucket: DAY) {\n          points {\n            denials\n            reclaims\n          }\n        }\n        licensingRecommendation(from: $from, to: $to) {\n          standard\n          floating\n          projectedDenials\n          currentCost\n          recommendedCost\n          explanation\n        }\n      }\n    }\n  }\n":Xt,"\n  query Users($after: String) {\n    account {\n      id\n      knownPermissions\n      users(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            notes\n            disabled\n            createdAt\n            lastLoginAt\n          }\n        }\n      }\n      apiTokenConnection(first: 100) {\n        edges {\n          node {\n            id\n            name\n            permissions\n            createdAt\n            lastUsedAt\n            revokedAt\n            createdBy {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n":Zt,"\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n":ei,"\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      disabled\n      permissions\n      notes\n    }\n  }\n":ni,"\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n":ti,"\n  mutation CreateApiToken($name: String!, $permissions: [String!]!) {\n    createApiToken(name: $name, permissions: $permissions) {\n      token\n      name\n      permissions\n    }\n  }\n":ii,"\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n":oi,"\n  query Viewer($actions: [String!]!) {\n    me {\n      id\n      email\n      role\n      permissions\n      account {\n        id\n        name\n      }\n    }\n    viewerPermissions(actions: $actions) {\n      action\n      allowed\n    }\n  }\n":ri};function E(e){return si[e]??{}}const be="/console",Le=new Set;window.addEventListener("popstate",()=>Le.forEach(e=>e()));function qe(e,t=!1){const i=e.startsWith(be)?e:be+e;t?history.replaceState(null,"",i):history.pushState(null,"",i),Le.forEach(o=>o())}function bn(){let e=location.pathname.startsWith(be)?location.pathname.slice(be.length):location.pathname;return e===""||e==="/"?e="/":e=e.replace(/\/+$/,""),{path:e,query:new URLSearchParams(location.search)}}function Ae(){const[e,t]=y(bn);return B(()=>{const i=()=>t(bn());return Le.add(i),()=>{Le.delete(i)}},[]),e}function ge(e){const t=new URLSearchParams(location.search);for(const[o,s]of Object.entries(e))s===void 0||s===""?t.delete(o):t.set(o,s);const i=t.toString();qe(location.pathname+(i?`?${i}`:""),!0)}function ai(e){const t=e.currentTarget;e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey||(e.preventDefault(),qe(t.pathname+t.search))}function we(e){return n("a",{href:be+e.to,onClick:ai,class:e.class,"aria-current":e["aria-current"],children:e.children})}function U({error:e}){if(!e)return null;const t=e instanceof oe?e.message:String(e?.message??e);return n("p",{class:"error",role:"alert",children:t})}function Z(e,t,i=!1){const[o,s]=y({loading:!i}),r=JSON.stringify(t),a=X(0),l=On(()=>{if(i)return;const h=++a.current;s(u=>({...u,loading:!0})),de(e,t).then(u=>h===a.current&&s({data:u,loading:!1}),u=>h===a.current&&s(f=>({data:f.data,error:u,loading:!1})))},[e,r,i]);return B(l,[l]),{data:o.data,error:o.error,loading:o.loading,reload:l}}function M(e){const[t,i]=y(!1),[o,s]=y(null);return{run:On(async a=>{i(!0),s(null);try{return await de(e,a)}catch(l){s(l);return}finally{i(!1)}},[e]),pending:t,error:o,setError:s}}function ie(e){const t=X(null);return B(()=>{const i=document.activeElement,o=t.current;return o&&!o.open&&o.showModal(),()=>{o?.open&&o.close(),i&&i.isConnected&&i!==document.body?i.focus():document.getElementById("main")?.focus()}},[]),n("dialog",{ref:t,"aria-labelledby":"confirm-title",onCancel:i=>{i.preventDefault(),e.onCancel()},children:n("form",{method:"dialog",onSubmit:i=>{i.preventDefault(),e.onConfirm()},children:[n("h2",{id:"confirm-title",children:e.title}),e.children,n(U,{error:e.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:e.danger?"danger":"primary",disabled:e.pending,children:e.confirmLabel}),n("button",{type:"button",onClick:e.onCancel,children:"Cancel"})]})]})})}function Hn({label:e,value:t}){const[i,o]=y(!1);return n("div",{class:"shown-once",role:"status",children:[n("p",{children:[n("strong",{children:e})," It is shown only now: copy it and keep it safe."]}),n("code",{class:"secret","data-testid":"secret",children:t}),n("button",{type:"button",onClick:async()=>{try{await navigator.clipboard.writeText(t),o(!0)}catch{o(!1)}},children:i?"Copied":`Copy ${e.toLowerCase().replace(/[.:]$/,"")}`})]})}function Q(e){return e?new Date(e).toLocaleString(void 0,{dateStyle:"medium",timeStyle:"short"}):"—"}function tn(e){return e?new Date(e).toLocaleDateString(void 0,{dateStyle:"medium"}):"—"}function x(e){return n("div",{class:"field",children:[n("label",{for:e.id,children:e.label}),e.hint&&n("span",{class:"hint",id:`${e.id}-hint`,children:e.hint}),e.children]})}const ci=["account.read","account.settings.update","device.read","device.inactive.set","license.assign","license.remove","license.move","user.read","user.create","user.update","user.delete","apitoken.create","policy.read","policy.update","event.read","usage.read","webhook.manage","account.list","account.create","account.renew","accountrequest.read","accountrequest.decide"],li=E(`
  query Viewer($actions: [String!]!) {
    me {
      id
      email
      role
      permissions
      account {
        id
        name
      }
    }
    viewerPermissions(actions: $actions) {
      action
      allowed
    }
  }
`),jn=rt(null);function re(){const e=ct(jn);if(!e)throw new Error("no viewer");return e}const di=E(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user {
        id
        role
      }
    }
  }
`);function ui(){const[e,t]=y(""),[i,o]=y(""),[s,r]=y(null),[a,l]=y(!1),h=_t(),u=X(null);B(()=>{document.title="Sign in · CountThings",u.current?.focus()},[]);async function f(c){c.preventDefault(),l(!0),r(null);try{const d=await de(di,{input:{email:e,password:i}});(d.login.user.role==="OPERATOR"||d.login.user.role==="ADMIN"||d.login.user.role==="SUPPORT")&&yt({token:d.login.token,expiresAt:d.login.expiresAt})}catch(d){r(d)}finally{l(!1)}}return n("main",{id:"main",class:"signin",children:n("form",{onSubmit:f,"aria-labelledby":"signin-title",children:[n("h1",{id:"signin-title",children:"Sign in to CountThings"}),h&&n("p",{class:"notice",role:"status",children:h}),n("div",{class:"field",children:[n("label",{for:"email",children:"Email"}),n("input",{id:"email",ref:u,type:"email",autoComplete:"username",required:!0,value:e,onInput:c=>t(c.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"password",children:"Password"}),n("input",{id:"password",type:"password",autoComplete:"current-password",required:!0,value:i,onInput:c=>o(c.currentTarget.value)})]}),n(U,{error:s}),n("button",{type:"submit",class:"primary",disabled:a,children:a?"Signing in…":"Sign in"})]})})}const pi=(function(){const t=typeof document<"u"&&document.createElement("link").relList;return t&&t.supports&&t.supports("modulepreload")?"modulepreload":"preload"})(),hi=function(e){return"/console/"+e},wn={},$e=function(t,i,o){let s=Promise.resolve();if(i&&i.length>0){let u=function(f){return Promise.all(f.map(c=>Promise.resolve(c).then(d=>({status:"fulfilled",value:d}),d=>({status:"rejected",reason:d}))))};var a=u;document.getElementsByTagName("link");const l=document.querySelector("meta[property=csp-nonce]"),h=l?.nonce||l?.getAttribute("nonce");s=u(i.map(f=>{if(f=hi(f),f in wn)return;wn[f]=!0;const c=f.endsWith(".css"),d=c?'[rel="stylesheet"]':"";if(document.querySelector(`link[href="${f}"]${d}`))return;const p=document.createElement("link");if(p.rel=c?"stylesheet":pi,c||(p.as="script"),p.crossOrigin="",p.href=f,h&&p.setAttribute("nonce",h),document.head.appendChild(p),c)return new Promise((v,g)=>{p.addEventListener("load",v),p.addEventListener("error",()=>g(new Error(`Unable to preload CSS for ${f}`)))})}))}function r(l){const h=new Event("vite:preloadError",{cancelable:!0});if(h.payload=l,window.dispatchEvent(h),!h.defaultPrevented)throw l}return s.then(l=>{for(const h of l||[])h.status==="rejected"&&r(h.reason);return t().catch(r)})};async function Vn(e,t){const i=le();let o;try{o=await fetch(e,{headers:i?{Authorization:`Bearer ${i.token}`}:{}})}catch{return"The server cannot be reached."}if(o.status===401)return ke(xe),xe;if(!o.ok){const a=(await o.text()).trim();return a?a.slice(0,300):`The export failed (${o.status}).`}const s=URL.createObjectURL(await o.blob()),r=document.createElement("a");return r.href=s,r.download=t,document.body.appendChild(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(s),1e4),null}const mi=Object.freeze(Object.defineProperty({__proto__:null,exportCSV:Vn},Symbol.toStringTag,{value:"Module"})),fi=E(`
  query AccountUsage($id: ID!, $from: Time!, $to: Time!, $bucket: UsageBucket!, $weekFrom: Time!) {
    node(id: $id) {
      ... on Account {
        id
        usage(from: $from, to: $to, bucket: $bucket) {
          peakHeld
          peakHeldAt
          peakDemand
          points {
            start
            peakHeld
            peakStandard
            peakFloating
            peakDemand
            activeDevices
            denials
            reclaims
            releases
          }
        }
        week: usage(from: $weekFrom, to: $to, bucket: DAY) {
          points {
            denials
            reclaims
          }
        }
        licensingRecommendation(from: $from, to: $to) {
          standard
          floating
          projectedDenials
          currentCost
          recommendedCost
          explanation
        }
      }
    }
  }
`),De=[{label:"Last 24 hours",days:1,bucket:"HOUR"},{label:"Last 7 days",days:7,bucket:"HOUR"},{label:"Last 30 days",days:30,bucket:"DAY"},{label:"Last 365 days",days:365,bucket:"WEEK"}];function vi({accountId:e}){const t=re(),[i,o]=y(1),[s,r]=y(0),a=new Date(Math.ceil((Date.now()+1)/36e5)*36e5),l=new Date(a.getTime()-De[i].days*864e5),h=new Date(a.getTime()-7*864e5),u=t.me.role==="SUPPORT"||t.can("usage.read"),f=Z(fi,{id:e,from:l.toISOString(),to:a.toISOString(),bucket:De[i].bucket,weekFrom:h.toISOString(),tick:s},!u);if(!u)return null;const c=f.data?.node&&"usage"in f.data.node?f.data.node:null,d=c?.week.points.reduce((v,g)=>({d:v.d+g.denials,r:v.r+g.reclaims}),{d:0,r:0}),p=c?.licensingRecommendation;return n(j,{children:[n("div",{class:"cards",children:[n("section",{class:"card","aria-labelledby":"week-title",children:[n("h2",{id:"week-title",children:"Last 7 days"}),n("dl",{class:"counts",children:[n("div",{children:[n("dt",{children:"Denials"}),n("dd",{"data-testid":"week-denials",children:d?.d??"…"})]}),n("div",{children:[n("dt",{children:"Reclaims"}),n("dd",{"data-testid":"week-reclaims",children:d?.r??"…"})]})]})]}),p&&n("section",{class:"card recommendation","aria-labelledby":"rec-title",children:[n("h2",{id:"rec-title",children:"Recommended licenses"}),n("p",{class:"big","data-testid":"recommendation",children:[p.standard," standard + ",p.floating," floating"]}),n("p",{children:["Cost ",p.recommendedCost.toFixed(1)," vs ",p.currentCost.toFixed(1)," today",p.projectedDenials?`, ${p.projectedDenials} refusals`:"","."]}),n("p",{class:"hint",children:p.explanation})]})]}),n("section",{class:"panel","aria-labelledby":"usage-title",children:[n("div",{class:"section-head",children:[n("h2",{id:"usage-title",children:"Usage"}),n("div",{class:"field inline",children:[n("label",{for:"usage-window",children:"Window"}),n("select",{id:"usage-window",value:i,onChange:v=>o(Number(v.currentTarget.value)),children:De.map((v,g)=>n("option",{value:g,children:v.label}))})]}),n("button",{type:"button",onClick:()=>r(s+1),children:"Refresh"}),n("button",{type:"button",onClick:()=>{Vn(`/export/usage.csv?from=${encodeURIComponent(l.toISOString())}&to=${encodeURIComponent(a.toISOString())}&bucket=${De[i].bucket}`,"usage.csv")},children:"Export usage CSV"})]}),n(U,{error:f.error}),c&&n(j,{children:[n("p",{class:"sub","data-testid":"usage-peak",children:["Peak: ",c.usage.peakHeld," held, ",c.usage.peakDemand," wanted at once."]}),n(gi,{points:c.usage.points})]})]})]})}function gi({points:e}){const t=X(null);return B(()=>{let i=null,o=!1;return Promise.all([$e(()=>import("./uPlot.esm-CluHQUMV.js"),[]),$e(()=>Promise.resolve({}),__vite__mapDeps([0]))]).then(([{default:s}])=>{if(o||!t.current)return;t.current.textContent="";const r=e.map(a=>Date.parse(a.start)/1e3);i=new s({width:Math.max(t.current.clientWidth,300),height:240,series:[{},{label:"Held",stroke:"#0b57d0",width:2},{label:"Standard",stroke:"#116329"},{label:"Floating",stroke:"#8250df"},{label:"Wanted",stroke:"#b42318",dash:[6,4]}],axes:[{},{label:"Licenses"}]},[r,e.map(a=>a.peakHeld),e.map(a=>a.peakStandard),e.map(a=>a.peakFloating),e.map(a=>a.peakDemand)],t.current)}),()=>{o=!0,i?.destroy()}},[e]),n("figure",{class:"chart",children:[n("div",{ref:t,role:"img","aria-label":`Licenses held and wanted, ${e.length} points`,"data-points":e.length}),n("figcaption",{class:"visually-hidden",children:e.filter(i=>i.peakHeld||i.peakDemand).map(i=>`${i.start}: ${i.peakHeld} held, ${i.peakDemand} wanted. `)})]})}E(`
  fragment AccountOverview on Account {
    id
    name
    email
    type
    expiresAt
    licensePool {
      total
      assigned
      unassigned
      expiresAt
      standard {
        total
        assigned
        unassigned
      }
      floating {
        total
        assigned
        unassigned
      }
    }
    settings {
      operatorContactEmail
      operatorContactPhone
      floatingIdleMinutes
    }
  }
`);const yi=E(`
  query OwnOverview {
    account {
      ...AccountOverview
    }
  }
`),_i=E(`
  query AnyOverview($id: ID!) {
    node(id: $id) {
      ... on Account {
        ...AccountOverview
      }
    }
  }
`);function Gn({accountId:e}){const t=Z(yi,{},!!e),i=Z(_i,{id:e??""},!e),o=e?i:t,s=(e?i.data?.node:t.data?.account)??null;return o.error?n(U,{error:o.error}):s?n(wi,{acc:s}):n("p",{"aria-busy":"true",children:o.loading?"Loading…":"No such account."})}function bi(e){return Math.ceil((Date.parse(e)-Date.now())/864e5)}function Be({title:e,c:t}){const i=t.total?Math.round(t.assigned/t.total*100):0;return n("section",{class:"card pool","aria-labelledby":`pool-${e}`,children:[n("h2",{id:`pool-${e}`,children:e}),n("dl",{class:"counts",children:[n("div",{children:[n("dt",{children:"Total"}),n("dd",{"data-testid":`${e}-total`,children:t.total})]}),n("div",{children:[n("dt",{children:"Assigned"}),n("dd",{"data-testid":`${e}-assigned`,children:t.assigned})]}),n("div",{children:[n("dt",{children:"Unassigned"}),n("dd",{"data-testid":`${e}-unassigned`,children:t.unassigned})]})]}),n("div",{class:"meter",role:"img","aria-label":`${i}% of ${e} licenses assigned`,children:n("span",{style:{width:`${i}%`}})})]})}function wi({acc:e}){const t=bi(e.expiresAt),i=e.licensePool;return n(j,{children:[n("h1",{children:e.name}),n("p",{class:"sub",children:[e.email," · ",e.type," account"]}),n("div",{class:"cards",children:[n("section",{class:`card ${t<=30?"warn":""}`,"aria-labelledby":"ends",children:[n("h2",{id:"ends",children:"Licenses end"}),n("p",{class:"big","data-testid":"end-date",children:tn(e.expiresAt)}),n("p",{children:t>0?`${t} day${t===1?"":"s"} left`:"Expired: devices can no longer count."})]}),n(Be,{title:"All",c:i}),i.standard.total>0&&n(Be,{title:"Standard",c:i.standard}),i.floating.total>0&&n(Be,{title:"Floating",c:i.floating})]}),n(vi,{accountId:e.id})]})}const $i=E(`
  subscription LiveEvents($after: String, $accountId: ID) {
    licenseEvents(after: $after, accountId: $accountId) {
      id
      cursor
      sequence
      type
      occurredAt
      pool
      reason
      userEmail
      actorEmail
      device {
        id
        code
        name
      }
      previousDevice {
        id
        code
      }
    }
  }
`);function Kn(e){let t=e.after??null;const i=new Set;let o=null,s=!1,r=0,a;const l=()=>{s||(o=$t($i,{after:t,accountId:e.accountId},{next:u=>{r=0;const f=u.licenseEvents;e.onStatus?.("live"),!i.has(f.cursor)&&(i.add(f.cursor),t=f.cursor,e.onEvent(f))},error:u=>h(u),complete:()=>h()}),e.onStatus?.("live"))},h=u=>{if(s)return;if(u?.code==="UNAUTHENTICATED"||u?.code==="FORBIDDEN"){e.onStatus?.("reconnecting",u);return}e.onStatus?.("reconnecting",u);const f=Math.min(250*2**r++,1e4);a=setTimeout(l,f)};return l(),()=>{s=!0,clearTimeout(a),o?.()}}function ki(e,t){const i=X(e);i.current=e,B(()=>{let o;const s=Kn({accountId:t,onEvent:()=>{o||(o=setTimeout(()=>{o=void 0,i.current()},200))}});return()=>{clearTimeout(o),s()}},[t])}const Ai=50,Ii=E(`
  query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {
    account {
      id
      type
      licensePool {
        standard {
          unassigned
        }
        floating {
          unassigned
        }
      }
      devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            code
            name
            platform
            inactive
            licenseStatus
            lastSeenAt
            license {
              id
              pool
            }
            lastUser {
              id
              email
            }
          }
        }
      }
    }
  }
`),Si=E(`
  query FindDevice($code: String!) {
    account {
      id
      devices(first: 5, where: { code: $code }) {
        edges {
          node {
            id
            code
            name
            licenseStatus
          }
        }
      }
    }
  }
`),Di=E(`
  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {
    assignLicense(deviceId: $deviceId, pool: $pool) {
      id
      licenseStatus
    }
  }
`),Ei=E(`
  mutation RemoveLicense($deviceId: ID!) {
    removeLicense(deviceId: $deviceId) {
      id
      licenseStatus
    }
  }
`),Ci=E(`
  mutation MoveLicense($from: ID!, $to: ID!) {
    moveLicense(fromDeviceId: $from, toDeviceId: $to) {
      id
      code
      licenseStatus
    }
  }
`),Pi=E(`
  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {
    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {
      id
      inactive
    }
  }
`),Ti=["ACTIVE","ASSIGNED","NONE"],Ni=[{field:"CODE",label:"Code"},{field:"LAST_SEEN_AT",label:"Last seen"},{field:"CREATED_AT",label:"Registered"}];function Ri(){const e=re(),{query:t}=Ae(),i=t.get("status")??"",o=t.get("inactive")??"",s=t.get("code")??"",r=t.get("user")??"",a=t.get("sort")??"CODE",l=t.get("dir")??"ASC",[h,u]=y([null]),f=h[h.length-1],c={...i?{licenseStatus:i}:{},...o?{inactive:o==="true"}:{},...s?{code:s}:{},...r?{userEmail:r}:{}},d=Z(Ii,{first:Ai,after:f,where:c,orderBy:{field:a,direction:l}});ki(d.reload);const[p,v]=y(null),[g,m]=y(""),_=X(null);B(()=>{g&&_.current?.focus()},[g]);const $=(w,ee)=>{u([null]),ge({[w]:ee})},b=w=>{u([null]),ge({sort:w,dir:w===a&&l==="ASC"?"DESC":"ASC"})},I=d.data?.account?.devices,A=d.data?.account,k=w=>a===w?l==="ASC"?"ascending":"descending":void 0,T=({field:w,label:ee})=>n("th",{scope:"col","aria-sort":k(w),children:n("button",{type:"button",class:"sort",onClick:()=>b(w),children:[ee," ",n("span",{"aria-hidden":"true",children:a===w?l==="ASC"?"▲":"▼":"↕"})]})}),V=e.can("license.assign")||e.can("license.remove")||e.can("license.move")||e.can("device.inactive.set");return n("section",{"aria-labelledby":"devices-title",children:[n("h1",{id:"devices-title",children:"Devices"}),n("form",{class:"filters",role:"search","aria-label":"Filter devices",onSubmit:w=>w.preventDefault(),children:[n("div",{class:"field",children:[n("label",{for:"f-code",children:"Code"}),n("input",{id:"f-code",type:"search",value:s,onChange:w=>$("code",w.currentTarget.value.trim())})]}),n("div",{class:"field",children:[n("label",{for:"f-status",children:"Status"}),n("select",{id:"f-status",value:i,onChange:w=>$("status",w.currentTarget.value),children:[n("option",{value:"",children:"Any"}),Ti.map(w=>n("option",{value:w,children:w}))]})]}),n("div",{class:"field",children:[n("label",{for:"f-inactive",children:"Inactive"}),n("select",{id:"f-inactive",value:o,onChange:w=>$("inactive",w.currentTarget.value),children:[n("option",{value:"",children:"Any"}),n("option",{value:"true",children:"Inactive"}),n("option",{value:"false",children:"Active use"})]})]}),n("div",{class:"field",children:[n("label",{for:"f-user",children:"Last user email"}),n("input",{id:"f-user",type:"search",value:r,onChange:w=>$("user",w.currentTarget.value.trim())})]}),n("div",{class:"field",children:[n("label",{for:"f-sort",children:"Sort by"}),n("select",{id:"f-sort",value:a,onChange:w=>{u([null]),ge({sort:w.currentTarget.value})},children:Ni.map(w=>n("option",{value:w.field,children:w.label}))})]})]}),g&&n("p",{class:"ok",role:"status",tabIndex:-1,ref:_,children:g}),n(U,{error:d.error}),n("p",{class:"count","aria-live":"polite",children:I?`${I.totalCount} device${I.totalCount===1?"":"s"}`:d.loading?"Loading…":""}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{class:"devices","aria-busy":d.loading,children:[n("caption",{class:"visually-hidden",children:"Devices of the account"}),n("thead",{children:n("tr",{children:[n(T,{field:"CODE",label:"Code"}),n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Platform"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Pool"}),n("th",{scope:"col",children:"Last user"}),n(T,{field:"LAST_SEEN_AT",label:"Last seen"}),n("th",{scope:"col",children:"Inactive"}),V&&n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:[I?.edges.map(({node:w})=>n("tr",{"data-code":w.code,children:[n("th",{scope:"row",children:w.code}),n("td",{children:w.name??"—"}),n("td",{children:w.platform??"—"}),n("td",{children:n("span",{class:`status ${w.licenseStatus.toLowerCase()}`,children:w.licenseStatus})}),n("td",{children:w.license?.pool??"—"}),n("td",{children:w.lastUser?.email??"—"}),n("td",{children:Q(w.lastSeenAt)}),n("td",{children:w.inactive?"Yes":"No"}),V&&n("td",{class:"row-actions",children:[w.licenseStatus==="NONE"&&e.can("license.assign")&&n("button",{type:"button",onClick:()=>v({kind:"assign",device:w}),"aria-label":`Allocate a license to ${w.code}`,children:"Allocate"}),w.licenseStatus!=="NONE"&&e.can("license.move")&&n("button",{type:"button",onClick:()=>v({kind:"move",device:w}),"aria-label":`Move the license of ${w.code}`,children:"Move"}),w.licenseStatus!=="NONE"&&e.can("license.remove")&&n("button",{type:"button",onClick:()=>v({kind:"remove",device:w}),"aria-label":`Remove the license of ${w.code}`,children:"Remove"}),e.can("device.inactive.set")&&n("button",{type:"button",onClick:()=>v({kind:"inactive",device:w}),"aria-label":`${w.inactive?"Clear the inactive flag of":"Flag inactive"} ${w.code}`,children:w.inactive?"Clear inactive":"Flag inactive"})]})]},w.id)),I&&I.edges.length===0&&n("tr",{children:n("td",{colSpan:V?9:8,children:"No device matches."})})]})]})}),n("nav",{class:"pager","aria-label":"Pages of devices",children:[n("button",{type:"button",disabled:h.length<=1,onClick:()=>u(h.slice(0,-1)),children:"Previous page"}),n("span",{children:["Page ",h.length]}),n("button",{type:"button",disabled:!I?.pageInfo.hasNextPage,onClick:()=>I&&u([...h,I.pageInfo.endCursor??null]),children:"Next page"})]}),p&&A&&n(xi,{action:p,accountType:A.type,onClose:w=>{v(null),w&&(m(w),d.reload())}})]})}function xi({action:e,accountType:t,onClose:i}){const o=e.device,s=M(Di),r=M(Ei),a=M(Ci),l=M(Pi),[h,u]=y(""),[f,c]=y(""),[d,p]=y(null),v=Z(Si,{code:f},e.kind!=="move"||f.length===0);switch(e.kind){case"assign":return n(ie,{title:`Allocate a license to ${o.code}`,confirmLabel:"Allocate",pending:s.pending,error:s.error,onCancel:()=>i(),onConfirm:async()=>{const g=await s.run({deviceId:o.id,pool:h||null});g&&i(`${o.code} now holds a license (${g.assignLicense.licenseStatus}).`)},children:[n("p",{children:"An unassigned license is reserved for this device."}),t==="MIXED"&&n("div",{class:"field",children:[n("label",{for:"assign-pool",children:"Pool"}),n("select",{id:"assign-pool",value:h,onChange:g=>u(g.currentTarget.value),children:[n("option",{value:"",children:"As the account's strategy decides"}),n("option",{value:"STANDARD",children:"STANDARD"}),n("option",{value:"FLOATING",children:"FLOATING"})]})]})]});case"remove":return n(ie,{title:`Remove the license of ${o.code}`,confirmLabel:"Remove license",danger:!0,pending:r.pending,error:r.error,onCancel:()=>i(),onConfirm:async()=>{await r.run({deviceId:o.id})&&i(`The license of ${o.code} went back to the pool.`)},children:n("p",{children:"The device stops counting until it gets a license again."})});case"inactive":return n(ie,{title:o.inactive?`Clear the inactive flag of ${o.code}`:`Flag ${o.code} inactive`,confirmLabel:o.inactive?"Clear flag":"Flag inactive",pending:l.pending,error:l.error,onCancel:()=>i(),onConfirm:async()=>{await l.run({deviceId:o.id,inactive:!o.inactive})&&i(o.inactive?`${o.code} is no longer flagged inactive.`:`${o.code} is flagged inactive.`)},children:n("p",{children:o.inactive?"The device is treated as in use again.":"An inactive device is the first to give up a floating license."})});case"move":{const g=v.data?.account?.devices.edges.map(_=>_.node)??[],m=g.find(_=>_.code===f);return n(ie,{title:`Move the license of ${o.code}`,confirmLabel:"Move license",pending:a.pending,error:a.error??d,onCancel:()=>i(),onConfirm:async()=>{if(!m){p(new Error(`There is no device with the code “${f}” in this account.`));return}p(null);const _=await a.run({from:o.id,to:m.id});_&&i(`The license of ${o.code} moved to ${_.moveLicense.code}.`)},children:[n("p",{children:["The license goes to a device that has none; ",o.code," stops counting."]}),n("div",{class:"field",children:[n("label",{for:"move-target",children:"Code of the receiving device"}),n("input",{id:"move-target",list:"move-candidates",value:f,required:!0,onInput:_=>c(_.currentTarget.value.trim()),autoComplete:"off"}),n("datalist",{id:"move-candidates",children:g.map(_=>n("option",{value:_.code,children:`${_.name??_.code} (${_.licenseStatus})`}))}),m&&n("span",{class:"hint",children:[m.name??m.code,": ",m.licenseStatus]})]})]})}}}function zn(e){const[t,i]=y(e.value.filter(r=>!e.known.includes(r)).join(" ")),o=new Set(e.value),s=(r,a)=>{const l=a.split(/[\s,]+/).filter(Boolean);e.onChange([...e.known.filter(h=>r.has(h)),...l.filter(h=>!e.known.includes(h))])};return n("fieldset",{class:"perms",children:[n("legend",{children:e.legend??"Permissions"}),e.known.map(r=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:o.has(r),onChange:a=>{const l=new Set(o);a.currentTarget.checked?l.add(r):l.delete(r),s(l,t)}})," ",r]},r)),n("div",{class:"field",children:[n("label",{for:`${e.idPrefix}-extra`,children:"Other permissions"}),n("span",{class:"hint",id:`${e.idPrefix}-extra-hint`,children:"Strings your account's policy gives meaning to, separated by spaces."}),n("input",{id:`${e.idPrefix}-extra`,"aria-describedby":`${e.idPrefix}-extra-hint`,value:t,onInput:r=>{i(r.currentTarget.value),s(o,r.currentTarget.value)}})]})]})}const Li=E(`
  query Users($after: String) {
    account {
      id
      knownPermissions
      users(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            email
            role
            permissions
            notes
            disabled
            createdAt
            lastLoginAt
          }
        }
      }
      apiTokenConnection(first: 100) {
        edges {
          node {
            id
            name
            permissions
            createdAt
            lastUsedAt
            revokedAt
            createdBy {
              id
              email
            }
          }
        }
      }
    }
  }
`),qi=E(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
    }
  }
`),Ui=E(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      disabled
      permissions
      notes
    }
  }
`),Oi=E(`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`),Wi=E(`
  mutation CreateApiToken($name: String!, $permissions: [String!]!) {
    createApiToken(name: $name, permissions: $permissions) {
      token
      name
      permissions
    }
  }
`),Mi=E(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);function Fi(){const e=re(),[t,i]=y(null),o=Z(Li,{after:t}),s=o.data?.account,[r,a]=y(null),[l,h]=y(null),[u,f]=y(""),c=M(Oi),d=s?.knownPermissions??[];return n(j,{children:[n("h1",{children:"Users and API tokens"}),n(U,{error:o.error}),u&&n("p",{class:"ok",role:"status",children:u}),n("section",{"aria-labelledby":"users-title",children:[n("div",{class:"section-head",children:[n("h2",{id:"users-title",children:"Users"}),e.can("user.create")&&n("button",{type:"button",class:"primary",onClick:()=>a("new"),children:"Create user"})]}),r&&n(Bi,{user:r==="new"?null:r,known:d,onDone:p=>{a(null),p&&(f(p),o.reload())}}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:"Users of the account"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Permissions"}),n("th",{scope:"col",children:"Notes"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Last sign-in"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:s?.users.edges.map(({node:p})=>n("tr",{"data-email":p.email,children:[n("th",{scope:"row",children:p.email}),n("td",{children:p.role}),n("td",{children:p.role==="ADMIN"?"all":p.permissions.join(", ")||"—"}),n("td",{children:p.notes??""}),n("td",{children:p.disabled?"Disabled":"Active"}),n("td",{children:Q(p.lastLoginAt)}),n("td",{class:"row-actions",children:[p.role==="OPERATOR"&&e.can("user.update")&&n("button",{type:"button","aria-label":`Edit ${p.email}`,onClick:()=>a(p),children:"Edit"}),p.role==="OPERATOR"&&e.can("user.delete")&&n("button",{type:"button","aria-label":`Delete ${p.email}`,onClick:()=>h(p),children:"Delete"})]})]},p.id))})]})}),s&&(s.users.pageInfo.hasNextPage||t)&&n("nav",{class:"pager","aria-label":"Pages of users",children:[n("button",{type:"button",disabled:!t,onClick:()=>i(null),children:"First page"}),n("button",{type:"button",disabled:!s.users.pageInfo.hasNextPage,onClick:()=>i(s.users.pageInfo.endCursor??null),children:"Next page"})]})]}),l&&n(ie,{title:`Delete ${l.email}`,confirmLabel:"Delete user",danger:!0,pending:c.pending,error:c.error,onCancel:()=>h(null),onConfirm:async()=>{await c.run({id:l.id})&&(f(`${l.email} was deleted.`),h(null),o.reload())},children:n("p",{children:"The user can no longer sign in; its sessions end at once."})}),s&&n(Hi,{tokens:s.apiTokenConnection.edges.map(p=>p.node),known:d,onChange:o.reload})]})}function Bi({user:e,known:t,onDone:i}){const o=M(qi),s=M(Ui),[r,a]=y(""),[l,h]=y(""),[u,f]=y(e?.notes??""),[c,d]=y(e?.permissions??["count"]),[p,v]=y(e?.disabled??!1),g=e?s:o;return n("form",{class:"panel","aria-labelledby":"user-form-title",onSubmit:async m=>{if(m.preventDefault(),e)await s.run({id:e.id,input:{notes:u,permissions:c,disabled:p,...l?{password:l}:{}}})&&i(`${e.email} was saved.`);else{const _=await o.run({input:{email:r,password:l,notes:u||null,permissions:c}});_&&i(`${_.createUser.email} was created.`)}},children:[n("h3",{id:"user-form-title",children:e?`Edit ${e.email}`:"Create a user"}),!e&&n(x,{id:"u-email",label:"Email",children:n("input",{id:"u-email",type:"email",required:!0,value:r,onInput:m=>a(m.currentTarget.value),autoComplete:"off"})}),n(x,{id:"u-password",label:e?"New password (leave empty to keep)":"Password",children:n("input",{id:"u-password",type:"password",required:!e,value:l,onInput:m=>h(m.currentTarget.value),autoComplete:"new-password"})}),n(x,{id:"u-notes",label:"Notes",children:n("input",{id:"u-notes",value:u,onInput:m=>f(m.currentTarget.value)})}),n(zn,{idPrefix:"u-perms",known:t,value:c,onChange:d}),e&&n("label",{class:"check",children:[n("input",{type:"checkbox",checked:p,onChange:m=>v(m.currentTarget.checked)})," Disabled (cannot sign in)"]}),n(U,{error:g.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:"primary",disabled:g.pending,children:e?"Save user":"Create user"}),n("button",{type:"button",onClick:()=>i(),children:"Cancel"})]})]})}function Hi({tokens:e,known:t,onChange:i}){const o=re(),s=M(Wi),r=M(Mi),[a,l]=y(""),[h,u]=y(["devices:read"]),[f,c]=y(null),[d,p]=y(null);return n("section",{"aria-labelledby":"tokens-title",children:[n("h2",{id:"tokens-title",children:"API tokens"}),f&&n(Hn,{label:"New API token.",value:f}),o.can("apitoken.create")&&n("form",{class:"panel","aria-label":"Create an API token",onSubmit:async v=>{v.preventDefault();const g=await s.run({name:a,permissions:h});g&&(c(g.createApiToken.token),l(""),i())},children:[n(x,{id:"t-name",label:"Token name",children:n("input",{id:"t-name",required:!0,value:a,onInput:v=>l(v.currentTarget.value)})}),n(zn,{idPrefix:"t-perms",legend:"Token permissions",known:t,value:h,onChange:u}),n(U,{error:s.error}),n("button",{type:"submit",class:"primary",disabled:s.pending,children:"Create token"})]}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:"API tokens"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Permissions"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:[e.map(v=>n("tr",{children:[n("th",{scope:"row",children:v.name}),n("td",{children:v.permissions.join(", ")}),n("td",{children:[Q(v.createdAt),v.createdBy?` by ${v.createdBy.email}`:""]}),n("td",{children:Q(v.lastUsedAt)}),n("td",{children:v.revokedAt?`Revoked ${Q(v.revokedAt)}`:"Active"}),n("td",{children:!v.revokedAt&&o.can("apitoken.create")&&n("button",{type:"button","aria-label":`Revoke token ${v.name}`,onClick:()=>p(v),children:"Revoke"})})]},v.id)),e.length===0&&n("tr",{children:n("td",{colSpan:6,children:"No API token yet."})})]})]})}),d&&n(ie,{title:`Revoke token ${d.name}`,confirmLabel:"Revoke token",danger:!0,pending:r.pending,error:r.error,onCancel:()=>p(null),onConfirm:async()=>{await r.run({id:d.id})&&(p(null),i())},children:n("p",{children:"Integrations using this token stop working at once."})})]})}const $n=E(`
  query PolicyPage($kind: PolicyKind!) {
    account {
      id
      type
      licensePool {
        standard {
          total
          unassigned
        }
        floating {
          total
          unassigned
        }
      }
      settings {
        floatingIdleMinutes
        floatingPriorityPermission
      }
      policy(kind: $kind) {
        kind
        active {
          id
          version
          source
        }
        versions {
          id
          version
          source
          active
          createdAt
          author {
            id
            email
          }
        }
      }
      users(first: 100) {
        edges {
          node {
            id
            email
            role
            permissions
            disabled
          }
        }
      }
      devices(first: 100) {
        edges {
          node {
            id
            code
            name
            inactive
            licenseStatus
            lastSeenAt
            license {
              pool
            }
            lastUser {
              email
              permissions
            }
          }
        }
      }
    }
    floatingPresets {
      name
      description
      source
    }
  }
`),ji=E(`
  mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {
    updatePolicy(kind: $kind, source: $source) {
      id
      version
    }
  }
`),Vi=E(`
  mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {
    activatePolicyVersion(kind: $kind, version: $version) {
      id
      version
    }
  }
`),Gi=E(`
  query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {
    evaluatePolicy(kind: $kind, input: $input, source: $source)
  }
`),Ki=["account.read","account.settings.update","user.read","user.create","user.update","user.delete","device.read","device.login","device.inactive.set","license.assign","license.remove","license.move","policy.read","policy.update","event.read","apitoken.create","usage.read","webhook.manage"];function zi(){const{path:e}=Ae(),t=e.endsWith("/FLOATING")?"FLOATING":"PERMISSIONS";return n(j,{children:[n("h1",{children:"Policies"}),n("nav",{class:"tabs","aria-label":"Policy kind",children:[n(we,{to:"/policies/PERMISSIONS","aria-current":t==="PERMISSIONS"?"page":void 0,children:"Permissions"}),n(we,{to:"/policies/FLOATING","aria-current":t==="FLOATING"?"page":void 0,children:"Floating strategy"})]}),n(Yi,{kind:t},t)]})}function Yi({kind:e}){const t=re(),i=Z($n,{kind:e}),o=i.data?.account,s=X(null),r=X(null),[a,l]=y(!1),[h,u]=y(!1),[f,c]=y([]),[d,p]=y(""),v=M(ji),g=M(Vi),[m,_]=y(null),$=t.can("policy.update");B(()=>{if(!o||r.current||!s.current)return;let A=!1;return $e(()=>import("./editor-DT4Ukf0T.js"),[]).then(k=>{A||!s.current||(r.current=k.createEditor(s.current,o.policy.active.source,`${e} policy source`,()=>u(!0)),r.current.view.contentDOM.setAttribute("contenteditable",$?"true":"false"),l(!0))}),()=>{A=!0}},[o]),B(()=>()=>r.current?.destroy(),[]);const b=A=>{const k=A instanceof oe&&A.code==="POLICY_INVALID"?A.problems:[];c(k),r.current?.problems(k)};if(i.error)return n(U,{error:i.error});if(!o)return n("p",{"aria-busy":"true",children:"Loading…"});const I=o.policy.active;return n(j,{children:[n("p",{class:"sub",children:["Active: version ",n("strong",{"data-testid":"active-version",children:I.version}),h&&" · unsaved changes"]}),d&&n("p",{class:"ok",role:"status",children:d}),e==="FLOATING"&&$&&i.data&&n("div",{class:"presets",role:"group","aria-label":"Floating presets",children:[n("span",{children:"Start from a preset:"}),i.data.floatingPresets.map(A=>n("button",{type:"button",title:A.description,onClick:()=>{r.current?.set(A.source),u(!0)},children:A.name},A.name))]}),n("div",{class:"editor",ref:s,"data-ready":a?"yes":"no"}),f.length>0&&n("section",{class:"problems","aria-labelledby":"problems-title",children:[n("h2",{id:"problems-title",children:"Problems"}),n("ul",{children:f.map((A,k)=>n("li",{"data-line":A.line,children:[A.line?`Line ${A.line}${A.column?`, column ${A.column}`:""}: `:"",A.message]},k))})]}),n(U,{error:v.error&&!(v.error instanceof oe&&v.error.code==="POLICY_INVALID")?v.error:null}),v.error instanceof oe&&v.error.code==="POLICY_INVALID"&&n("p",{class:"error",role:"alert",children:"The policy was not saved: fix the problems marked in the editor."}),$&&n("div",{class:"actions",children:[n("button",{type:"button",class:"primary",disabled:v.pending||!a,onClick:async()=>{p("");const A=await v.run({kind:e,source:r.current.get()});A&&(c([]),r.current?.problems([]),u(!1),p(`Saved: version ${A.updatePolicy.version} is active.`),i.reload())},children:"Save policy"}),n("button",{type:"button",disabled:!a,onClick:()=>{r.current?.set(I.source),u(!1),b(null)},children:"Discard changes"})]}),v.error!=null&&n(Ji,{error:v.error,show:b}),n(Qi,{kind:e,acc:o,source:()=>r.current?.get()??I.source,onProblems:b}),n(Xi,{kind:e,versions:o.policy.versions,canEdit:$,onRollback:A=>_(A)}),m!==null&&n(ie,{title:`Make version ${m} active again`,confirmLabel:`Activate version ${m}`,pending:g.pending,error:g.error,onCancel:()=>_(null),onConfirm:async()=>{const A=await g.run({kind:e,version:m});if(A){_(null),p(`Version ${A.activatePolicyVersion.version} is active again.`);const k=await de($n,{kind:e}).catch(()=>null);k?.account&&r.current?.set(k.account.policy.active.source),u(!1),i.reload()}},children:n("p",{children:"It replaces the active version at once, for every request."})})]})}function Ji({error:e,show:t}){return B(()=>t(e),[e]),null}function Qi({kind:e,acc:t,source:i,onProblems:o}){const s=t.users.edges.map(b=>b.node),r=t.devices.edges.map(b=>b.node),[a,l]=y(s.find(b=>b.role==="OPERATOR")?.id??s[0]?.id??""),[h,u]=y(r[0]?.id??""),[f,c]=y("device.read"),[d,p]=y(null),[v,g]=y(null),[m,_]=y(!1),$=()=>{const b=s.find(T=>T.id===a),I=r.find(T=>T.id===h),A=new Date().toISOString();if(e==="PERMISSIONS")return{subject:{id:b?.id,kind:"user",email:b?.email,role:b?.role,permissions:b?.permissions??[],accountId:t.id,disabled:b?.disabled??!1},action:f,resource:I?{type:"device",id:I.id,accountId:t.id,code:I.code,inactive:I.inactive}:{type:"account",id:t.id,accountId:t.id},now:A};const k=t.licensePool;return{account:{id:t.id,type:t.type},device:{id:I?.id,code:I?.code,name:I?.name??""},user:{id:b?.id,email:b?.email,permissions:b?.permissions??[]},pools:{STANDARD:{total:k.standard.total,free:k.standard.unassigned},FLOATING:{total:k.floating.total,free:k.floating.unassigned}},holders:r.filter(T=>T.license&&T.id!==I?.id).map(T=>({deviceId:T.id,code:T.code,pool:T.license.pool,status:T.licenseStatus,lastSeenAt:T.lastSeenAt,idleMinutes:T.lastSeenAt?Math.floor((Date.now()-Date.parse(T.lastSeenAt))/6e4):0,userEmail:T.lastUser?.email??"",userPermissions:T.lastUser?.permissions??[],inactive:T.inactive})),settings:{floatingIdleMinutes:t.settings.floatingIdleMinutes,priorityPermission:t.settings.floatingPriorityPermission??""},now:A}};return n("section",{class:"panel","aria-labelledby":"dry-title",children:[n("h2",{id:"dry-title",children:"Dry run"}),n("p",{class:"hint",children:"Evaluates the text in the editor (saved or not) on a request you choose. Nothing changes."}),n("form",{class:"filters",onSubmit:async b=>{b.preventDefault(),_(!0),g(null),p(null);try{const I=await de(Gi,{kind:e,input:$(),source:i()});p(JSON.stringify(I.evaluatePolicy,null,2)),o(null)}catch(I){g(I),o(I)}finally{_(!1)}},children:[n("div",{class:"field",children:[n("label",{for:"dry-user",children:"User"}),n("select",{id:"dry-user",value:a,onChange:b=>l(b.currentTarget.value),children:s.map(b=>n("option",{value:b.id,children:`${b.email} (${b.role})`}))})]}),n("div",{class:"field",children:[n("label",{for:"dry-device",children:"Device"}),n("select",{id:"dry-device",value:h,onChange:b=>u(b.currentTarget.value),children:[e==="PERMISSIONS"&&n("option",{value:"",children:"None (the account)"}),r.map(b=>n("option",{value:b.id,children:b.code}))]})]}),e==="PERMISSIONS"&&n("div",{class:"field",children:[n("label",{for:"dry-action",children:"Action"}),n("select",{id:"dry-action",value:f,onChange:b=>c(b.currentTarget.value),children:Ki.map(b=>n("option",{value:b,children:b}))})]}),n("div",{class:"field",children:n("button",{type:"submit",disabled:m,children:"Run dry run"})})]}),n(U,{error:v}),d!==null&&n("pre",{class:"result","data-testid":"dry-result","aria-label":"Dry-run decision",children:d})]})}function Xi({kind:e,versions:t,canEdit:i,onRollback:o}){const s=[...t].sort((d,p)=>p.version-d.version),[r,a]=y(s[1]?.version??s[0]?.version??0),[l,h]=y(s[0]?.version??0),u=X(null),[f,c]=y(!1);return B(()=>{if(!f||!u.current)return;const d=t.find(m=>m.version===r),p=t.find(m=>m.version===l);if(!d||!p)return;let v=null,g=!1;return $e(()=>import("./editor-DT4Ukf0T.js"),[]).then(m=>{g||!u.current||(u.current.textContent="",v=m.createDiff(u.current,d.source,p.source))}),()=>{g=!0,v?.destroy()}},[f,r,l,t]),n("section",{"aria-labelledby":"versions-title",children:[n("h2",{id:"versions-title",children:"Version history"}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:[e," policy versions"]}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Version"}),n("th",{scope:"col",children:"Author"}),n("th",{scope:"col",children:"Date"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:s.map(d=>n("tr",{"data-version":d.version,children:[n("th",{scope:"row",children:d.version===0?"0 (shipped default)":d.version}),n("td",{children:d.author?.email??"—"}),n("td",{children:Q(d.createdAt)}),n("td",{children:d.active?"Active":""}),n("td",{children:!d.active&&i&&n("button",{type:"button","aria-label":`Roll back to version ${d.version}`,onClick:()=>o(d.version),children:"Roll back"})})]},d.id))})]})}),s.length>1&&n("form",{class:"filters",onSubmit:d=>{d.preventDefault(),c(!0)},"aria-label":"Compare versions",children:[n("div",{class:"field",children:[n("label",{for:"diff-a",children:"Compare version"}),n("select",{id:"diff-a",value:r,onChange:d=>a(Number(d.currentTarget.value)),children:s.map(d=>n("option",{value:d.version,children:d.version}))})]}),n("div",{class:"field",children:[n("label",{for:"diff-b",children:"with version"}),n("select",{id:"diff-b",value:l,onChange:d=>h(Number(d.currentTarget.value)),children:s.map(d=>n("option",{value:d.version,children:d.version}))})]}),n("div",{class:"field",children:n("button",{type:"submit",children:"Show differences"})})]}),f&&n("div",{class:"diff",ref:u,"aria-label":`Differences between version ${r} and version ${l}`,role:"region"})]})}const Zi=["ASSIGNED","RESERVED","REMOVED","MOVED","RECLAIMED","RELEASED","DENIED","EXPIRED","RENEWED"],Yn=500,eo=E(`
  query RecentEvents($types: [LicenseEventType!], $deviceId: ID, $after: String) {
    licenseEvents(first: 100, after: $after, types: $types, deviceId: $deviceId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          cursor
          sequence
          type
          occurredAt
          pool
          reason
          userEmail
          actorEmail
          device {
            id
            code
            name
          }
          previousDevice {
            id
            code
          }
        }
      }
    }
  }
`);async function no(e,t){let i=null,o=[],s=0;for(;;){const r=await de(eo,{types:e,deviceId:t,after:i});if(s=r.licenseEvents.totalCount,o=o.concat(r.licenseEvents.edges.map(a=>a.node)).slice(-Yn),i=r.licenseEvents.pageInfo.endCursor??i,!r.licenseEvents.pageInfo.hasNextPage)return{events:o,last:i,total:s}}}function to(){const{query:e}=Ae(),t=e.get("type")??"",i=e.get("device")??"",o=re(),[s,r]=y([]),[a,l]=y(null),[h,u]=y(!0),[f,c]=y("live"),[d,p]=y(null),v=X(new Set);B(()=>{let m=()=>{},_=!1;return u(!0),no(t?[t]:null,i||null).then(({events:$,last:b})=>{_||(u(!1),v.current=new Set($.map(I=>I.cursor)),r($.slice().reverse()),m=g(b))},$=>{u(!1),l($)}),()=>{_=!0,m()}},[t,i]);const g=m=>Kn({after:m,accountId:o.me.account?.id,onEvent:_=>{v.current.has(_.cursor)||(v.current.add(_.cursor),!(t&&_.type!==t)&&(i&&_.device?.id!==i&&_.previousDevice?.id!==i||r($=>[_,...$].slice(0,Yn))))},onStatus:(_,$)=>{c(_),$&&($.code==="FORBIDDEN"||$.code==="UNAUTHENTICATED")&&p($)}});return n("section",{"aria-labelledby":"events-title",children:[n("h1",{id:"events-title",children:"Events"}),n("form",{class:"filters",role:"search","aria-label":"Filter events",onSubmit:m=>m.preventDefault(),children:[n("div",{class:"field",children:[n("label",{for:"ev-type",children:"Type"}),n("select",{id:"ev-type",value:t,onChange:m=>ge({type:m.currentTarget.value}),children:[n("option",{value:"",children:"All types"}),Zi.map(m=>n("option",{value:m,children:m}))]})]}),n("div",{class:"field",children:[n("label",{for:"ev-device",children:"Device ID"}),n("input",{id:"ev-device",value:i,onChange:m=>ge({device:m.currentTarget.value.trim()})})]}),n("div",{class:"field",children:n(io,{})})]}),n("p",{class:f==="live"?"ok":"notice",role:"status","data-testid":"feed-status",children:f==="live"?"Live: new events appear at the top.":"Connection lost: reconnecting, and missed events will follow."}),n(U,{error:a??d}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"License events, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Type"}),n("th",{scope:"col",children:"Device"}),n("th",{scope:"col",children:"Pool"}),n("th",{scope:"col",children:"User"}),n("th",{scope:"col",children:"By"}),n("th",{scope:"col",children:"Reason"})]})}),n("tbody",{children:[s.map(m=>n("tr",{"data-type":m.type,"data-sequence":m.sequence,children:[n("td",{children:m.sequence}),n("td",{children:Q(m.occurredAt)}),n("th",{scope:"row",children:m.type}),n("td",{children:[m.device?.code??"—",m.previousDevice?` (from ${m.previousDevice.code})`:""]}),n("td",{children:m.pool??"—"}),n("td",{children:m.userEmail??"—"}),n("td",{children:m.actorEmail??"system"}),n("td",{children:m.reason??""})]},m.cursor)),s.length===0&&!h&&n("tr",{children:n("td",{colSpan:8,children:"No event yet."})})]})]})})]})}function io(){const[e,t]=y(null);return n(j,{children:[n("button",{type:"button",onClick:async()=>{t(null);const{exportCSV:i}=await $e(async()=>{const{exportCSV:s}=await Promise.resolve().then(()=>mi);return{exportCSV:s}},void 0),o=await i("/export/license-events.csv","license-events.csv");o&&t(o)},children:"Export CSV"}),e&&n("span",{class:"error",role:"alert",children:e})]})}const oo=E(`
  query SettingsPage {
    account {
      id
      type
      settings {
        operatorContactEmail
        operatorContactPhone
        floatingIdleMinutes
      }
      webhookConnection(first: 20) {
        edges {
          node {
            id
            url
            eventTypes
            active
            createdAt
            deliveryConnection(first: 10) {
              edges {
                node {
                  id
                  status
                  attempts
                  lastStatusCode
                  lastError
                  nextAttemptAt
                  deliveredAt
                  createdAt
                  event {
                    id
                    type
                    sequence
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`),ro=E(`
  mutation UpdateSettings($input: AccountSettingsInput!) {
    updateAccountSettings(input: $input) {
      id
      settings {
        operatorContactEmail
        operatorContactPhone
        floatingIdleMinutes
      }
    }
  }
`),so=E(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      id
    }
  }
`),ao=E(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      active
    }
  }
`),co=E(`
  mutation RedeliverWebhookDelivery($id: ID!) {
    redeliverWebhookDelivery(id: $id) {
      id
      status
    }
  }
`),lo=E(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`),uo=["ASSIGNED","RESERVED","REMOVED","MOVED","RECLAIMED","RELEASED","DENIED","EXPIRED","RENEWED"];function po(e){return e.webhookConnection.edges.map(({node:{deliveryConnection:t,...i}})=>({...i,deliveries:t.edges.map(o=>o.node)}))}function ho(){const e=re(),t=Z(oo,{}),i=t.data?.account,o=M(ro),[s,r]=y(""),[a,l]=y(""),[h,u]=y("30"),[f,c]=y("");B(()=>{i&&(r(i.settings.operatorContactEmail??""),l(i.settings.operatorContactPhone??""),u(String(i.settings.floatingIdleMinutes)))},[i?.id]);const d=e.can("account.settings.update");return t.error?n(U,{error:t.error}):i?n(j,{children:[n("h1",{children:"Settings"}),n("form",{class:"panel","aria-labelledby":"contact-title",onSubmit:async p=>{p.preventDefault(),c(""),await o.run({input:{operatorContactEmail:s,operatorContactPhone:a,floatingIdleMinutes:Number(h)}})&&c("Settings saved.")},children:[n("h2",{id:"contact-title",children:"Operators' contact and floating licenses"}),n(x,{id:"s-email",label:"Operator contact email",hint:"Shown to operators who need help, e.g. when no license is free.",children:n("input",{id:"s-email",type:"email",value:s,disabled:!d,onInput:p=>r(p.currentTarget.value),"aria-describedby":"s-email-hint"})}),n(x,{id:"s-phone",label:"Operator contact phone",children:n("input",{id:"s-phone",type:"tel",value:a,disabled:!d,onInput:p=>l(p.currentTarget.value)})}),n(x,{id:"s-idle",label:"Floating idle minutes",hint:"A device silent for longer may lose its floating license to another device.",children:n("input",{id:"s-idle",type:"number",min:0,value:h,disabled:!d,onInput:p=>u(p.currentTarget.value),"aria-describedby":"s-idle-hint"})}),n(U,{error:o.error}),f&&n("p",{class:"ok",role:"status",children:f}),d&&n("button",{type:"submit",class:"primary",disabled:o.pending,children:"Save settings"})]}),n(mo,{hooks:po(i),canManage:e.can("webhook.manage"),onChange:t.reload})]}):n("p",{"aria-busy":"true",children:"Loading…"})}function kn(){const e=new Uint8Array(24);return crypto.getRandomValues(e),Array.from(e,t=>t.toString(16).padStart(2,"0")).join("")}function mo({hooks:e,canManage:t,onChange:i}){const o=M(so),s=M(ao),r=M(lo),a=M(co),[l,h]=y(""),[u,f]=y([]),[c,d]=y(null),[p,v]=y(null);return n("section",{"aria-labelledby":"hooks-title",children:[n("h2",{id:"hooks-title",children:"Webhooks"}),c&&n(Hn,{label:"Signing secret.",value:c}),t&&n("form",{class:"panel","aria-label":"Create a webhook",onSubmit:async g=>{g.preventDefault();const m=kn();await o.run({input:{url:l,secret:m,eventTypes:u}})&&(d(m),h(""),i())},children:[n(x,{id:"w-url",label:"Endpoint URL",children:n("input",{id:"w-url",type:"url",required:!0,value:l,onInput:g=>h(g.currentTarget.value)})}),n("fieldset",{class:"perms",children:[n("legend",{children:"Event types (none: all)"}),uo.map(g=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:u.includes(g),onChange:m=>f(m.currentTarget.checked?[...u,g]:u.filter(_=>_!==g))})," ",g]},g))]}),n(U,{error:o.error}),n("button",{type:"submit",class:"primary",disabled:o.pending,children:"Create webhook"})]}),n(U,{error:s.error??a.error}),e.length===0&&n("p",{children:"No webhook yet."}),e.map(g=>n("section",{class:"card","aria-label":`Webhook ${g.url}`,children:[n("h3",{children:g.url}),n("p",{children:[g.active?"Active":"Paused"," · ",g.eventTypes.length?g.eventTypes.join(", "):"all events"," · created ",Q(g.createdAt)]}),t&&n("div",{class:"actions",children:[n("button",{type:"button",onClick:async()=>{await s.run({id:g.id,input:{active:!g.active}})&&i()},children:g.active?"Pause":"Resume (sends what it missed)"}),n("button",{type:"button",onClick:async()=>{const m=kn();await s.run({id:g.id,input:{secret:m}})&&d(m)},children:"New secret"}),n("button",{type:"button",onClick:()=>v(g),children:"Delete"})]}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{children:"Latest deliveries"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Event"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Attempts"}),n("th",{scope:"col",children:"Last answer"}),n("th",{scope:"col",children:"Next attempt"}),t&&n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:[g.deliveries.map(m=>n("tr",{children:[n("th",{scope:"row",children:["#",m.event.sequence," ",m.event.type]}),n("td",{children:m.status}),n("td",{children:m.attempts}),n("td",{children:m.lastStatusCode??m.lastError??"—"}),n("td",{children:m.status==="PENDING"?Q(m.nextAttemptAt):m.deliveredAt?`delivered ${Q(m.deliveredAt)}`:"—"}),t&&n("td",{children:m.status!=="PENDING"&&n("button",{type:"button","aria-label":`Redeliver event ${m.event.sequence}`,onClick:async()=>{await a.run({id:m.id})&&i()},children:"Redeliver"})})]},m.id)),g.deliveries.length===0&&n("tr",{children:n("td",{colSpan:t?6:5,children:"No delivery yet."})})]})]})})]},g.id)),p&&n(ie,{title:`Delete the webhook ${p.url}`,confirmLabel:"Delete webhook",danger:!0,pending:r.pending,error:r.error,onCancel:()=>v(null),onConfirm:async()=>{await r.run({id:p.id})&&(v(null),i())},children:n("p",{children:"No more events are sent to it."})})]})}const fo=E(`
  query AccountsList($after: String) {
    accounts(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          type
          expiresAt
          licensePool {
            total
            assigned
          }
        }
      }
    }
  }
`),vo=E(`
  query AccountRequests {
    accountRequests(status: PENDING) {
      id
      companyName
      contactEmail
      contactName
      accountType
      standardLicenses
      floatingLicenses
      workflow
      createdAt
    }
    floatingPresets {
      preset
      name
      description
    }
  }
`),go=E(`
  mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {
    approveAccountRequest(id: $id, input: $input) {
      id
      name
    }
  }
`),yo=E(`
  mutation RejectAccountRequest($id: ID!, $reason: String) {
    rejectAccountRequest(id: $id, reason: $reason) {
      id
      status
    }
  }
`),_o=E(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      name
    }
  }
`),bo=E(`
  mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {
    renewAccount(accountId: $id, input: $input) {
      id
      expiresAt
    }
  }
`),Jn=()=>new Date(Date.now()+365*864e5).toISOString().slice(0,10),on=e=>new Date(`${e}T00:00:00Z`).toISOString();function wo(){const{path:e}=Ae(),t=/^\/accounts\/([^/]+)$/.exec(e);return t?n(j,{children:[n("p",{children:n(we,{to:"/accounts",children:"← All accounts"})}),n(Gn,{accountId:decodeURIComponent(t[1])})]}):n($o,{})}function $o(){const e=re(),[t,i]=y(null),o=Z(fo,{after:t}),s=Z(vo,{},!e.can("accountrequest.read")),[r,a]=y(""),[l,h]=y(null),[u,f]=y(!1),c=d=>{a(d),o.reload(),s.reload()};return n(j,{children:[n("h1",{children:"Accounts"}),r&&n("p",{class:"ok",role:"status",children:r}),e.can("accountrequest.read")&&n("section",{"aria-labelledby":"req-title",children:[n("h2",{id:"req-title",children:"Account requests"}),n(U,{error:s.error}),s.data?.accountRequests.length===0&&n("p",{children:"No request is waiting."}),s.data?.accountRequests.map(d=>n(ko,{r:d,presets:s.data.floatingPresets,onDone:c},d.id))]}),n("section",{"aria-labelledby":"acc-title",children:[n("div",{class:"section-head",children:[n("h2",{id:"acc-title",children:"All accounts"}),e.can("account.create")&&n("button",{type:"button",class:"primary",onClick:()=>f(!0),children:"Create account"})]}),u&&n(Ao,{onDone:d=>{f(!1),d&&c(d)}}),l&&n(Io,{acc:l,onDone:d=>{h(null),d&&c(d)}}),n(U,{error:o.error}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:"Enterprise accounts"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Account email"}),n("th",{scope:"col",children:"Type"}),n("th",{scope:"col",children:"Licenses in use"}),n("th",{scope:"col",children:"Ends"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:o.data?.accounts.edges.map(({node:d})=>n("tr",{"data-account":d.name,children:[n("th",{scope:"row",children:n(we,{to:`/accounts/${encodeURIComponent(d.id)}`,children:d.name})}),n("td",{children:d.email}),n("td",{children:d.type}),n("td",{children:[d.licensePool.assigned," of ",d.licensePool.total]}),n("td",{children:tn(d.expiresAt)}),n("td",{children:e.can("account.renew")&&n("button",{type:"button","aria-label":`Renew ${d.name}`,onClick:()=>h(d),children:"Renew"})})]},d.id))})]})}),o.data&&(o.data.accounts.pageInfo.hasNextPage||t)&&n("nav",{class:"pager","aria-label":"Pages of accounts",children:[n("button",{type:"button",disabled:!t,onClick:()=>i(null),children:"First page"}),n("button",{type:"button",disabled:!o.data.accounts.pageInfo.hasNextPage,onClick:()=>i(o.data.accounts.pageInfo.endCursor??null),children:"Next page"})]})]})]})}function ko({r:e,presets:t,onDone:i}){const o=M(go),s=M(yo),r=`req-${e.id}`,[a,l]=y(""),[h,u]=y(""),[f,c]=y(e.accountType),[d,p]=y(String(e.standardLicenses)),[v,g]=y(String(e.floatingLicenses)),[m,_]=y(Jn()),[$,b]=y(""),[I,A]=y("");return n("article",{class:"card","aria-labelledby":`${r}-title`,"data-request":e.companyName,children:[n("h3",{id:`${r}-title`,children:e.companyName}),n("p",{children:[e.contactName?`${e.contactName}, `:"",e.contactEmail," · asks for ",e.accountType,": ",e.standardLicenses," standard, ",e.floatingLicenses," floating · ",Q(e.createdAt)]}),e.workflow&&n("p",{class:"workflow",children:["“",e.workflow,"”"]}),n("form",{"aria-label":`Approve ${e.companyName}`,onSubmit:async k=>{k.preventDefault();const T=await o.run({id:e.id,input:{email:a,adminPassword:h,expiresAt:on(m),type:f,standardLicenses:Number(d),floatingLicenses:Number(v),...$?{floatingPresetName:$}:{}}});T&&i(`${T.approveAccountRequest.name} was created.`)},children:[n("div",{class:"filters",children:[n(x,{id:`${r}-email`,label:"Account Email",children:n("input",{id:`${r}-email`,type:"email",required:!0,value:a,onInput:k=>l(k.currentTarget.value)})}),n(x,{id:`${r}-pw`,label:"Admin password",children:n("input",{id:`${r}-pw`,type:"password",required:!0,autoComplete:"new-password",value:h,onInput:k=>u(k.currentTarget.value)})}),n(x,{id:`${r}-type`,label:"Type",children:n("select",{id:`${r}-type`,value:f,onChange:k=>c(k.currentTarget.value),children:[n("option",{children:"STANDARD"}),n("option",{children:"FLOATING"}),n("option",{children:"MIXED"})]})}),n(x,{id:`${r}-std`,label:"Standard licenses",children:n("input",{id:`${r}-std`,type:"number",min:0,value:d,onInput:k=>p(k.currentTarget.value)})}),n(x,{id:`${r}-flt`,label:"Floating licenses",children:n("input",{id:`${r}-flt`,type:"number",min:0,value:v,onInput:k=>g(k.currentTarget.value)})}),n(x,{id:`${r}-ends`,label:"End date",children:n("input",{id:`${r}-ends`,type:"date",required:!0,value:m,onInput:k=>_(k.currentTarget.value)})}),n(x,{id:`${r}-preset`,label:"Floating strategy",children:n("select",{id:`${r}-preset`,value:$,onChange:k=>b(k.currentTarget.value),children:[n("option",{value:"",children:"Default"}),t.map(k=>n("option",{value:k.preset,title:k.description,children:k.name}))]})})]}),n(U,{error:o.error}),n("button",{type:"submit",class:"primary",disabled:o.pending,children:"Approve"})]}),n("form",{class:"filters","aria-label":`Reject ${e.companyName}`,onSubmit:async k=>{k.preventDefault(),await s.run({id:e.id,reason:I||null})&&i(`The request of ${e.companyName} was rejected.`)},children:[n(x,{id:`${r}-reason`,label:"Reason for rejecting",children:n("input",{id:`${r}-reason`,value:I,onInput:k=>A(k.currentTarget.value)})}),n("div",{class:"field",children:n("button",{type:"submit",class:"danger",disabled:s.pending,children:"Reject"})}),n(U,{error:s.error})]})]})}function Ao({onDone:e}){const t=M(_o),[i,o]=y(""),[s,r]=y(""),[a,l]=y(""),[h,u]=y("STANDARD"),[f,c]=y("5"),[d,p]=y("0"),[v,g]=y(Jn());return n("form",{class:"panel","aria-label":"Create an account",onSubmit:async m=>{m.preventDefault();const _=await t.run({input:{name:i,email:s,adminPassword:a,type:h,standardLicenses:Number(f),floatingLicenses:Number(d),expiresAt:on(v)}});_&&e(`${_.createAccount.name} was created.`)},children:[n("div",{class:"filters",children:[n(x,{id:"ca-name",label:"Company name",children:n("input",{id:"ca-name",required:!0,value:i,onInput:m=>o(m.currentTarget.value)})}),n(x,{id:"ca-email",label:"Account Email",children:n("input",{id:"ca-email",type:"email",required:!0,value:s,onInput:m=>r(m.currentTarget.value)})}),n(x,{id:"ca-pw",label:"Admin password",children:n("input",{id:"ca-pw",type:"password",autoComplete:"new-password",required:!0,value:a,onInput:m=>l(m.currentTarget.value)})}),n(x,{id:"ca-type",label:"Type",children:n("select",{id:"ca-type",value:h,onChange:m=>u(m.currentTarget.value),children:[n("option",{children:"STANDARD"}),n("option",{children:"FLOATING"}),n("option",{children:"MIXED"})]})}),n(x,{id:"ca-std",label:"Standard licenses",children:n("input",{id:"ca-std",type:"number",min:0,value:f,onInput:m=>c(m.currentTarget.value)})}),n(x,{id:"ca-flt",label:"Floating licenses",children:n("input",{id:"ca-flt",type:"number",min:0,value:d,onInput:m=>p(m.currentTarget.value)})}),n(x,{id:"ca-ends",label:"End date",children:n("input",{id:"ca-ends",type:"date",required:!0,value:v,onInput:m=>g(m.currentTarget.value)})})]}),n(U,{error:t.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:"primary",disabled:t.pending,children:"Create account"}),n("button",{type:"button",onClick:()=>e(),children:"Cancel"})]})]})}function Io({acc:e,onDone:t}){const i=M(bo),[o,s]=y(new Date(Date.parse(e.expiresAt)+365*864e5).toISOString().slice(0,10)),[r,a]=y(""),[l,h]=y("");return n("form",{class:"panel","aria-label":`Renew ${e.name}`,onSubmit:async u=>{u.preventDefault();const f=await i.run({id:e.id,input:{expiresAt:on(o),...r?{standardLicenses:Number(r)}:{},...l?{floatingLicenses:Number(l)}:{}}});f&&t(`${e.name} now ends on ${tn(f.renewAccount.expiresAt)}.`)},children:[n("h3",{children:["Renew ",e.name]}),n("div",{class:"filters",children:[n(x,{id:"rn-ends",label:"New end date",children:n("input",{id:"rn-ends",type:"date",required:!0,value:o,onInput:u=>s(u.currentTarget.value)})}),n(x,{id:"rn-std",label:"Standard licenses (empty: unchanged)",children:n("input",{id:"rn-std",type:"number",min:0,value:r,onInput:u=>a(u.currentTarget.value)})}),n(x,{id:"rn-flt",label:"Floating licenses (empty: unchanged)",children:n("input",{id:"rn-flt",type:"number",min:0,value:l,onInput:u=>h(u.currentTarget.value)})})]}),n(U,{error:i.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:"primary",disabled:i.pending,children:"Renew"}),n("button",{type:"button",onClick:()=>t(),children:"Cancel"})]})]})}const So=E(`
  mutation Logout {
    logout
  }
`),An=[{path:"/",title:"Overview",show:e=>!!e.me.account&&e.can("account.read")},{path:"/devices",title:"Devices",show:e=>!!e.me.account&&e.can("device.read")},{path:"/users",title:"Users and tokens",show:e=>!!e.me.account&&e.can("user.read")},{path:"/policies",title:"Policies",show:e=>!!e.me.account&&e.can("policy.read")},{path:"/events",title:"Events",show:e=>!!e.me.account&&e.can("event.read")},{path:"/settings",title:"Settings",show:e=>!!e.me.account&&e.can("account.read")},{path:"/accounts",title:"Accounts",show:e=>e.can("account.list")}];function Do(){const e=Ae(),t=Z(li,{actions:ci}),i=Ze(()=>{if(!t.data?.me)return null;const l=new Set(t.data.viewerPermissions.filter(h=>h.allowed).map(h=>h.action));return{me:t.data.me,can:h=>l.has(h),reload:t.reload}},[t.data]),o=i?An.filter(l=>l.show(i)):[],s=o.find(l=>l.path!=="/"&&(e.path===l.path||e.path.startsWith(l.path+"/")))??o.find(l=>l.path===e.path);B(()=>{document.title=`${s?.title??"Console"} · CountThings`;const l=An.some(h=>h.path===e.path||h.path!=="/"&&e.path.startsWith(h.path+"/"));i&&!s&&o.length&&(e.path==="/"||l)&&qe(o[0].path,!0)},[s,i,e.path]);const r=X(null);if(B(()=>{!i||!s||(r.current!==null&&r.current!==s.path&&document.getElementById("main")?.focus(),r.current=s.path)},[s,i]),t.error&&!t.data)return n("main",{id:"main",class:"center",children:n("p",{role:"alert",children:String(t.error.message)})});if(!i)return n("main",{id:"main",class:"center","aria-busy":"true",children:n("p",{children:"Loading…"})});let a;switch(s?.path){case"/":a=n(Gn,{});break;case"/devices":a=n(Ri,{});break;case"/users":a=n(Fi,{});break;case"/policies":a=n(zi,{});break;case"/events":a=n(to,{});break;case"/settings":a=n(ho,{});break;case"/accounts":a=n(wo,{});break;default:a=n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:"There is no such page in the console, or your permissions do not include it."})]})}return n(jn.Provider,{value:i,children:[n("a",{class:"skip",href:"#main",children:"Skip to content"}),n("header",{class:"top",children:[n("span",{class:"brand",children:"CountThings"}),n("nav",{"aria-label":"Console",children:n("ul",{children:o.map(l=>n("li",{children:n(we,{to:l.path,"aria-current":s===l?"page":void 0,children:l.title})},l.path))})}),n("div",{class:"who",children:[n("span",{children:[i.me.email," ",n("span",{class:"role",children:i.me.role}),i.me.account&&n(j,{children:[" · ",i.me.account.name]})]}),n("button",{type:"button",onClick:async()=>{try{await de(So)}catch{}Bn(),qe("/",!0),ke("You are signed out.")},children:"Sign out"})]})]}),n("main",{id:"main",tabIndex:-1,children:a})]})}function Eo(){const[e,t]=y(!!le());return B(()=>bt(()=>{const i=!!le();i||Bn(),t(i)}),[]),B(()=>{const i=le();if(!i)return;const o=Date.parse(i.expiresAt)-Date.now(),s=setTimeout(()=>ke("Your session has ended. Please sign in again."),Math.min(Math.max(o,0),2**31-1));return()=>clearTimeout(s)},[e]),e?n(Do,{}):n(ui,{})}ot(n(Eo,{}),document.getElementById("app"));
