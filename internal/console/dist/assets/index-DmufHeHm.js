const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/uPlot-Saz_VHki.css"])))=>i.map(i=>d[i]);
var Ue,R,In,se,sn,Sn,Dn,En,Ye,je,Be,Cn,ye={},Pn=[],Xn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Oe=Array.isArray;function ee(e,t){for(var i in t)e[i]=t[i];return e}function Je(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Zn(e,t,i){var o,s,r,a={};for(r in t)r=="key"?o=t[r]:r=="ref"?s=t[r]:a[r]=t[r];if(arguments.length>2&&(a.children=arguments.length>3?Ue.call(arguments,2):i),typeof e=="function"&&e.defaultProps!=null)for(r in e.defaultProps)a[r]===void 0&&(a[r]=e.defaultProps[r]);return Ee(e,a,o,s,null)}function Ee(e,t,i,o,s){var r={type:e,props:t,key:i,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++In,__i:-1,__u:0};return s==null&&R.vnode!=null&&R.vnode(r),r}function j(e){return e.children}function Ce(e,t){this.props=e,this.context=t}function he(e,t){if(t==null)return e.__?he(e.__,e.__i+1):null;for(var i;t<e.__k.length;t++)if((i=e.__k[t])!=null&&i.__e!=null)return i.__e;return typeof e.type=="function"?he(e):null}function Tn(e){var t,i;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((i=e.__k[t])!=null&&i.__e!=null){e.__e=e.__c.base=i.__e;break}return Tn(e)}}function Ve(e){(!e.__d&&(e.__d=!0)&&se.push(e)&&!Te.__r++||sn!=R.debounceRendering)&&((sn=R.debounceRendering)||Sn)(Te)}function Te(){for(var e,t,i,o,s,r,a,u=1;se.length;)se.length>u&&se.sort(Dn),e=se.shift(),u=se.length,e.__d&&(i=void 0,o=void 0,s=(o=(t=e).__v).__e,r=[],a=[],t.__P&&((i=ee({},o)).__v=o.__v+1,R.vnode&&R.vnode(i),Qe(t.__P,i,o,t.__n,t.__P.namespaceURI,32&o.__u?[s]:null,r,s??he(o),!!(32&o.__u),a),i.__v=o.__v,i.__.__k[i.__i]=i,xn(r,i,a),o.__e=o.__=null,i.__e!=s&&Tn(i)));Te.__r=0}function Nn(e,t,i,o,s,r,a,u,m,d,f){var c,l,p,v,_,h,g,$=o&&o.__k||Pn,b=t.length;for(m=et(i,t,$,m,b),c=0;c<b;c++)(p=i.__k[c])!=null&&(l=p.__i==-1?ye:$[p.__i]||ye,p.__i=c,h=Qe(e,p,l,s,r,a,u,m,d,f),v=p.__e,p.ref&&l.ref!=p.ref&&(l.ref&&Xe(l.ref,null,p),f.push(p.ref,p.__c||v,p)),_==null&&v!=null&&(_=v),(g=!!(4&p.__u))||l.__k===p.__k?m=Rn(p,m,e,g):typeof p.type=="function"&&h!==void 0?m=h:v&&(m=v.nextSibling),p.__u&=-7);return i.__e=_,m}function et(e,t,i,o,s){var r,a,u,m,d,f=i.length,c=f,l=0;for(e.__k=new Array(s),r=0;r<s;r++)(a=t[r])!=null&&typeof a!="boolean"&&typeof a!="function"?(m=r+l,(a=e.__k[r]=typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?Ee(null,a,null,null,null):Oe(a)?Ee(j,{children:a},null,null,null):a.constructor==null&&a.__b>0?Ee(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):a).__=e,a.__b=e.__b+1,u=null,(d=a.__i=nt(a,i,m,c))!=-1&&(c--,(u=i[d])&&(u.__u|=2)),u==null||u.__v==null?(d==-1&&(s>f?l--:s<f&&l++),typeof a.type!="function"&&(a.__u|=4)):d!=m&&(d==m-1?l--:d==m+1?l++:(d>m?l--:l++,a.__u|=4))):e.__k[r]=null;if(c)for(r=0;r<f;r++)(u=i[r])!=null&&(2&u.__u)==0&&(u.__e==o&&(o=he(u)),qn(u,u));return o}function Rn(e,t,i,o){var s,r;if(typeof e.type=="function"){for(s=e.__k,r=0;s&&r<s.length;r++)s[r]&&(s[r].__=e,t=Rn(s[r],t,i,o));return t}e.__e!=t&&(o&&(t&&e.type&&!t.parentNode&&(t=he(e)),i.insertBefore(e.__e,t||null)),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function nt(e,t,i,o){var s,r,a,u=e.key,m=e.type,d=t[i],f=d!=null&&(2&d.__u)==0;if(d===null&&e.key==null||f&&u==d.key&&m==d.type)return i;if(o>(f?1:0)){for(s=i-1,r=i+1;s>=0||r<t.length;)if((d=t[a=s>=0?s--:r++])!=null&&(2&d.__u)==0&&u==d.key&&m==d.type)return a}return-1}function an(e,t,i){t[0]=="-"?e.setProperty(t,i??""):e[t]=i==null?"":typeof i!="number"||Xn.test(t)?i:i+"px"}function Se(e,t,i,o,s){var r,a;e:if(t=="style")if(typeof i=="string")e.style.cssText=i;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)i&&t in i||an(e.style,t,"");if(i)for(t in i)o&&i[t]==o[t]||an(e.style,t,i[t])}else if(t[0]=="o"&&t[1]=="n")r=t!=(t=t.replace(En,"$1")),a=t.toLowerCase(),t=a in e||t=="onFocusOut"||t=="onFocusIn"?a.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+r]=i,i?o?i.u=o.u:(i.u=Ye,e.addEventListener(t,r?Be:je,r)):e.removeEventListener(t,r?Be:je,r);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=i??"";break e}catch{}typeof i=="function"||(i==null||i===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&i==1?"":i))}}function cn(e){return function(t){if(this.l){var i=this.l[t.type+e];if(t.t==null)t.t=Ye++;else if(t.t<i.u)return;return i(R.event?R.event(t):t)}}}function Qe(e,t,i,o,s,r,a,u,m,d){var f,c,l,p,v,_,h,g,$,b,S,A,k,P,w,V,de,z=t.type;if(t.constructor!=null)return null;128&i.__u&&(m=!!(32&i.__u),r=[u=t.__e=i.__e]),(f=R.__b)&&f(t);e:if(typeof z=="function")try{if(g=t.props,$="prototype"in z&&z.prototype.render,b=(f=z.contextType)&&o[f.__c],S=f?b?b.props.value:f.__:o,i.__c?h=(c=t.__c=i.__c).__=c.__E:($?t.__c=c=new z(g,S):(t.__c=c=new Ce(g,S),c.constructor=z,c.render=it),b&&b.sub(c),c.props=g,c.state||(c.state={}),c.context=S,c.__n=o,l=c.__d=!0,c.__h=[],c._sb=[]),$&&c.__s==null&&(c.__s=c.state),$&&z.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=ee({},c.__s)),ee(c.__s,z.getDerivedStateFromProps(g,c.__s))),p=c.props,v=c.state,c.__v=t,l)$&&z.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),$&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if($&&z.getDerivedStateFromProps==null&&g!==p&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(g,S),!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(g,c.__s,S)===!1||t.__v==i.__v){for(t.__v!=i.__v&&(c.props=g,c.state=c.__s,c.__d=!1),t.__e=i.__e,t.__k=i.__k,t.__k.some(function(Z){Z&&(Z.__=t)}),A=0;A<c._sb.length;A++)c.__h.push(c._sb[A]);c._sb=[],c.__h.length&&a.push(c);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(g,c.__s,S),$&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(p,v,_)})}if(c.context=S,c.props=g,c.__P=e,c.__e=!1,k=R.__r,P=0,$){for(c.state=c.__s,c.__d=!1,k&&k(t),f=c.render(c.props,c.state,c.context),w=0;w<c._sb.length;w++)c.__h.push(c._sb[w]);c._sb=[]}else do c.__d=!1,k&&k(t),f=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++P<25);c.state=c.__s,c.getChildContext!=null&&(o=ee(ee({},o),c.getChildContext())),$&&!l&&c.getSnapshotBeforeUpdate!=null&&(_=c.getSnapshotBeforeUpdate(p,v)),V=f,f!=null&&f.type===j&&f.key==null&&(V=Ln(f.props.children)),u=Nn(e,Oe(V)?V:[V],t,i,o,s,r,a,u,m,d),c.base=t.__e,t.__u&=-161,c.__h.length&&a.push(c),h&&(c.__E=c.__=null)}catch(Z){if(t.__v=null,m||r!=null)if(Z.then){for(t.__u|=m?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;r[r.indexOf(u)]=null,t.__e=u}else{for(de=r.length;de--;)Je(r[de]);Ge(t)}else t.__e=i.__e,t.__k=i.__k,Z.then||Ge(t);R.__e(Z,t,i)}else r==null&&t.__v==i.__v?(t.__k=i.__k,t.__e=i.__e):u=t.__e=tt(i.__e,t,i,o,s,r,a,m,d);return(f=R.diffed)&&f(t),128&t.__u?void 0:u}function Ge(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(Ge)}function xn(e,t,i){for(var o=0;o<i.length;o++)Xe(i[o],i[++o],i[++o]);R.__c&&R.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(r){r.call(s)})}catch(r){R.__e(r,s.__v)}})}function Ln(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:Oe(e)?e.map(Ln):ee({},e)}function tt(e,t,i,o,s,r,a,u,m){var d,f,c,l,p,v,_,h=i.props,g=t.props,$=t.type;if($=="svg"?s="http://www.w3.org/2000/svg":$=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),r!=null){for(d=0;d<r.length;d++)if((p=r[d])&&"setAttribute"in p==!!$&&($?p.localName==$:p.nodeType==3)){e=p,r[d]=null;break}}if(e==null){if($==null)return document.createTextNode(g);e=document.createElementNS(s,$,g.is&&g),u&&(R.__m&&R.__m(t,r),u=!1),r=null}if($==null)h===g||u&&e.data==g||(e.data=g);else{if(r=r&&Ue.call(e.childNodes),h=i.props||ye,!u&&r!=null)for(h={},d=0;d<e.attributes.length;d++)h[(p=e.attributes[d]).name]=p.value;for(d in h)if(p=h[d],d!="children"){if(d=="dangerouslySetInnerHTML")c=p;else if(!(d in g)){if(d=="value"&&"defaultValue"in g||d=="checked"&&"defaultChecked"in g)continue;Se(e,d,null,p,s)}}for(d in g)p=g[d],d=="children"?l=p:d=="dangerouslySetInnerHTML"?f=p:d=="value"?v=p:d=="checked"?_=p:u&&typeof p!="function"||h[d]===p||Se(e,d,p,h[d],s);if(f)u||c&&(f.__html==c.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(c&&(e.innerHTML=""),Nn(t.type=="template"?e.content:e,Oe(l)?l:[l],t,i,o,$=="foreignObject"?"http://www.w3.org/1999/xhtml":s,r,a,r?r[0]:i.__k&&he(i,0),u,m),r!=null)for(d=r.length;d--;)Je(r[d]);u||(d="value",$=="progress"&&v==null?e.removeAttribute("value"):v!=null&&(v!==e[d]||$=="progress"&&!v||$=="option"&&v!=h[d])&&Se(e,d,v,h[d],s),d="checked",_!=null&&_!=e[d]&&Se(e,d,_,h[d],s))}return e}function Xe(e,t,i){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(s){R.__e(s,i)}}function qn(e,t,i){var o,s;if(R.unmount&&R.unmount(e),(o=e.ref)&&(o.current&&o.current!=e.__e||Xe(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(r){R.__e(r,t)}o.base=o.__P=null}if(o=e.__k)for(s=0;s<o.length;s++)o[s]&&qn(o[s],t,i||typeof e.type!="function");i||Je(e.__e),e.__c=e.__=e.__e=void 0}function it(e,t,i){return this.constructor(e,i)}function ot(e,t,i){var o,s,r,a;t==document&&(t=document.documentElement),R.__&&R.__(e,t),s=(o=!1)?null:t.__k,r=[],a=[],Qe(t,e=t.__k=Zn(j,null,[e]),s||ye,ye,t.namespaceURI,s?null:t.firstChild?Ue.call(t.childNodes):null,r,s?s.__e:t.firstChild,o,a),xn(r,e,a)}function rt(e){function t(i){var o,s;return this.getChildContext||(o=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){o=null},this.shouldComponentUpdate=function(r){this.props.value!=r.value&&o.forEach(function(a){a.__e=!0,Ve(a)})},this.sub=function(r){o.add(r);var a=r.componentWillUnmount;r.componentWillUnmount=function(){o&&o.delete(r),a&&a.call(r)}}),i.children}return t.__c="__cC"+Cn++,t.__=e,t.Provider=t.__l=(t.Consumer=function(i,o){return i.children(o)}).contextType=t,t}Ue=Pn.slice,R={__e:function(e,t,i,o){for(var s,r,a;t=t.__;)if((s=t.__c)&&!s.__)try{if((r=s.constructor)&&r.getDerivedStateFromError!=null&&(s.setState(r.getDerivedStateFromError(e)),a=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,o||{}),a=s.__d),a)return s.__E=s}catch(u){e=u}throw e}},In=0,Ce.prototype.setState=function(e,t){var i;i=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ee({},this.state),typeof e=="function"&&(e=e(ee({},i),this.props)),e&&ee(i,e),e!=null&&this.__v&&(t&&this._sb.push(t),Ve(this))},Ce.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Ve(this))},Ce.prototype.render=j,se=[],Sn=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Dn=function(e,t){return e.__v.__b-t.__v.__b},Te.__r=0,En=/(PointerCapture)$|Capture$/i,Ye=0,je=cn(!1),Be=cn(!0),Cn=0;var st=0;function n(e,t,i,o,s,r){t||(t={});var a,u,m=t;if("ref"in m)for(u in m={},t)u=="ref"?a=t[u]:m[u]=t[u];var d={type:e,props:m,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--st,__i:-1,__u:0,__source:s,__self:r};if(typeof e=="function"&&(a=e.defaultProps))for(u in a)m[u]===void 0&&(m[u]=a[u]);return R.vnode&&R.vnode(d),d}var me,q,Me,ln,_e=0,Un=[],W=R,dn=W.__b,un=W.__r,pn=W.diffed,hn=W.__c,mn=W.unmount,fn=W.__;function We(e,t){W.__h&&W.__h(q,e,_e||t),_e=0;var i=q.__H||(q.__H={__:[],__h:[]});return e>=i.__.length&&i.__.push({}),i.__[e]}function y(e){return _e=1,at(Mn,e)}function at(e,t,i){var o=We(me++,2);if(o.t=e,!o.__c&&(o.__=[Mn(void 0,t),function(u){var m=o.__N?o.__N[0]:o.__[0],d=o.t(m,u);m!==d&&(o.__N=[d,o.__[1]],o.__c.setState({}))}],o.__c=q,!q.__f)){var s=function(u,m,d){if(!o.__c.__H)return!0;var f=o.__c.__H.__.filter(function(l){return!!l.__c});if(f.every(function(l){return!l.__N}))return!r||r.call(this,u,m,d);var c=o.__c.props!==u;return f.forEach(function(l){if(l.__N){var p=l.__[0];l.__=l.__N,l.__N=void 0,p!==l.__[0]&&(c=!0)}}),r&&r.call(this,u,m,d)||c};q.__f=!0;var r=q.shouldComponentUpdate,a=q.componentWillUpdate;q.componentWillUpdate=function(u,m,d){if(this.__e){var f=r;r=void 0,s(u,m,d),r=f}a&&a.call(this,u,m,d)},q.shouldComponentUpdate=s}return o.__N||o.__}function B(e,t){var i=We(me++,3);!W.__s&&Wn(i.__H,t)&&(i.__=e,i.u=t,q.__H.__h.push(i))}function ne(e){return _e=5,Ze(function(){return{current:e}},[])}function Ze(e,t){var i=We(me++,7);return Wn(i.__H,t)&&(i.__=e(),i.__H=t,i.__h=e),i.__}function On(e,t){return _e=8,Ze(function(){return e},t)}function ct(e){var t=q.context[e.__c],i=We(me++,9);return i.c=e,t?(i.__==null&&(i.__=!0,t.sub(q)),t.props.value):e.__}function lt(){for(var e;e=Un.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Pe),e.__H.__h.forEach(Ke),e.__H.__h=[]}catch(t){e.__H.__h=[],W.__e(t,e.__v)}}W.__b=function(e){q=null,dn&&dn(e)},W.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),fn&&fn(e,t)},W.__r=function(e){un&&un(e),me=0;var t=(q=e.__c).__H;t&&(Me===q?(t.__h=[],q.__h=[],t.__.forEach(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})):(t.__h.forEach(Pe),t.__h.forEach(Ke),t.__h=[],me=0)),Me=q},W.diffed=function(e){pn&&pn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Un.push(t)!==1&&ln===W.requestAnimationFrame||((ln=W.requestAnimationFrame)||dt)(lt)),t.__H.__.forEach(function(i){i.u&&(i.__H=i.u),i.u=void 0})),Me=q=null},W.__c=function(e,t){t.some(function(i){try{i.__h.forEach(Pe),i.__h=i.__h.filter(function(o){return!o.__||Ke(o)})}catch(o){t.some(function(s){s.__h&&(s.__h=[])}),t=[],W.__e(o,i.__v)}}),hn&&hn(e,t)},W.unmount=function(e){mn&&mn(e);var t,i=e.__c;i&&i.__H&&(i.__H.__.forEach(function(o){try{Pe(o)}catch(s){t=s}}),i.__H=void 0,t&&W.__e(t,i.__v))};var vn=typeof requestAnimationFrame=="function";function dt(e){var t,i=function(){clearTimeout(o),vn&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(i,35);vn&&(t=requestAnimationFrame(i))}function Pe(e){var t=q,i=e.__c;typeof i=="function"&&(e.__c=void 0,i()),q=t}function Ke(e){var t=q;e.__c=e.__(),q=t}function Wn(e,t){return!e||e.length!==t.length||t.some(function(i,o){return i!==e[o]})}function Mn(e,t){return typeof t=="function"?t(e):t}function K(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function re(e){return K(e)==="object"}function ut(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function gn(e,t){return e.length<124?e:t}const pt="graphql-transport-ws";var Y=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(Y||{}),J=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(J||{});function Fn(e){if(!re(e))throw new Error(`Message is expected to be an object, but got ${K(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${K(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!re(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!re(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${K(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${K(e.payload.query)}`);if(e.payload.variables!=null&&!re(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${K(e.payload.variables)}`);if(e.payload.operationName!=null&&K(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${K(e.payload.operationName)}`);if(e.payload.extensions!=null&&!re(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${K(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!re(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${K(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ut(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function ht(e,t){return Fn(typeof e=="string"?JSON.parse(e,t):e)}function ve(e,t){return Fn(e),JSON.stringify(e,t)}function mt(e){const{url:t,connectionParams:i,lazy:o=!0,onNonLazyError:s=console.error,lazyCloseTimeout:r=0,keepAlive:a=0,disablePong:u,connectionAckWaitTimeout:m=0,retryAttempts:d=5,retryWait:f=async function(L){const I=Math.pow(2,L);await new Promise(T=>setTimeout(T,I*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:c=Fe,on:l,webSocketImpl:p,generateID:v=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,L=>{const I=Math.random()*16|0;return(L=="x"?I:I&3|8).toString(16)})},jsonMessageReplacer:_,jsonMessageReviver:h}=e;let g;if(p){if(!vt(p))throw new Error("Invalid WebSocket implementation provided");g=p}else typeof WebSocket<"u"?g=WebSocket:typeof global<"u"?g=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(g=window.WebSocket||window.MozWebSocket);if(!g)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const $=g,b=(()=>{const C=(()=>{const I={};return{on(T,O){return I[T]=O,()=>{delete I[T]}},emit(T){"id"in T&&I[T.id]?.(T)}}})(),L={connecting:l?.connecting?[l.connecting]:[],opened:l?.opened?[l.opened]:[],connected:l?.connected?[l.connected]:[],ping:l?.ping?[l.ping]:[],pong:l?.pong?[l.pong]:[],message:l?.message?[C.emit,l.message]:[C.emit],closed:l?.closed?[l.closed]:[],error:l?.error?[l.error]:[]};return{onMessage:C.on,on(I,T){const O=L[I];return O.push(T),()=>{O.splice(O.indexOf(T),1)}},emit(I,...T){for(const O of[...L[I]])O(...T)}}})();function S(C){const L=[b.on("error",I=>{L.forEach(T=>T()),C(I)}),b.on("closed",I=>{L.forEach(T=>T()),C(I)})]}let A,k=0,P,w=!1,V=0,de=!1;async function z(){clearTimeout(P);const[C,L]=await(A??(A=new Promise((O,G)=>(async()=>{if(w){if(await f(V),!k)return A=void 0,G({code:1e3,reason:"All Subscriptions Gone"});V++}b.emit("connecting",w);const N=new $(typeof t=="function"?await t():t,pt);let ue,fe;function Ie(){isFinite(a)&&a>0&&(clearTimeout(fe),fe=setTimeout(()=>{N.readyState===$.OPEN&&(N.send(ve({type:J.Ping})),b.emit("ping",!1,void 0))},a))}S(H=>{A=void 0,clearTimeout(ue),clearTimeout(fe),G(H),H instanceof yn&&(N.close(4499,"Terminated"),N.onerror=null,N.onclose=null)}),N.onerror=H=>b.emit("error",H),N.onclose=H=>b.emit("closed",H),N.onopen=async()=>{try{b.emit("opened",N);const H=typeof i=="function"?await i():i;if(N.readyState!==$.OPEN)return;N.send(ve(H?{type:J.ConnectionInit,payload:H}:{type:J.ConnectionInit},_)),isFinite(m)&&m>0&&(ue=setTimeout(()=>{N.close(Y.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},m)),Ie()}catch(H){b.emit("error",H),N.close(Y.InternalClientError,gn(H instanceof Error?H.message:String(H),"Internal client error"))}};let pe=!1;N.onmessage=({data:H})=>{try{const F=ht(H,h);if(b.emit("message",F),F.type==="ping"||F.type==="pong"){b.emit(F.type,!0,F.payload),F.type==="pong"?Ie():u||(N.send(ve(F.payload?{type:J.Pong,payload:F.payload}:{type:J.Pong})),b.emit("pong",!1,F.payload));return}if(pe)return;if(F.type!==J.ConnectionAck)throw new Error(`First message cannot be of type ${F.type}`);clearTimeout(ue),pe=!0,b.emit("connected",N,F.payload,w),w=!1,V=0,O([N,new Promise((Co,Qn)=>S(Qn))])}catch(F){N.onmessage=null,b.emit("error",F),N.close(Y.BadResponse,gn(F instanceof Error?F.message:String(F),"Bad response"))}}})())));C.readyState===$.CLOSING&&await L;let I=()=>{};const T=new Promise(O=>I=O);return[C,I,Promise.race([T.then(()=>{if(!k){const O=()=>C.close(1e3,"Normal Closure");isFinite(r)&&r>0?P=setTimeout(()=>{C.readyState===$.OPEN&&O()},r):O()}}),L])]}function Z(C){if(Fe(C)&&(ft(C.code)||[Y.InternalServerError,Y.InternalClientError,Y.BadRequest,Y.BadResponse,Y.Unauthorized,Y.SubprotocolNotAcceptable,Y.SubscriberAlreadyExists,Y.TooManyInitialisationRequests].includes(C.code)))throw C;if(de)return!1;if(Fe(C)&&C.code===1e3)return k>0;if(!d||V>=d||!c(C))throw C;return w=!0}o||(async()=>{for(k++;;)try{const[,,C]=await z();await C}catch(C){try{if(!Z(C))return}catch(L){return s?.(L)}}})();function rn(C,L){const I=v(C);let T=!1,O=!1,G=()=>{k--,T=!0};return(async()=>{for(k++;;)try{const[N,ue,fe]=await z();if(T)return ue();const Ie=b.onMessage(I,pe=>{switch(pe.type){case J.Next:{L.next(pe.payload);return}case J.Error:{O=!0,T=!0,L.error(pe.payload),G();return}case J.Complete:{T=!0,G();return}}});N.send(ve({id:I,type:J.Subscribe,payload:C},_)),G=()=>{!T&&N.readyState===$.OPEN&&N.send(ve({id:I,type:J.Complete},_)),k--,T=!0,ue()},await fe.finally(Ie);return}catch(N){if(!Z(N))return}})().then(()=>{O||L.complete()}).catch(N=>{L.error(N)}),()=>{T||G()}}return{on:b.on,subscribe:rn,iterate(C){const L=[],I={done:!1,error:null,resolve:()=>{}},T=rn(C,{next(G){L.push(G),I.resolve()},error(G){I.done=!0,I.error=G,I.resolve()},complete(){I.done=!0,I.resolve()}}),O=(async function*(){for(;;){for(L.length||await new Promise(N=>I.resolve=N);L.length;)yield L.shift();if(I.error)throw I.error;if(I.done)return}})();return O.throw=async G=>(I.done||(I.done=!0,I.error=G,I.resolve()),{done:!0,value:void 0}),O.return=async()=>(T(),{done:!0,value:void 0}),O},async dispose(){if(de=!0,A){const[C]=await A;C.close(1e3,"Normal Closure")}},terminate(){A&&b.emit("closed",new yn)}}}class yn extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function Fe(e){return re(e)&&"code"in e&&"reason"in e}function ft(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function vt(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}const Ne="countthings.session";let en=gt();const Re=new Set;let nn="";function gt(){try{const e=sessionStorage.getItem(Ne);if(!e)return null;const t=JSON.parse(e);return!t.token||Date.parse(t.expiresAt)<=Date.now()?(sessionStorage.removeItem(Ne),null):t}catch{return null}}function ce(){return en}function yt(e){en=e,nn="",sessionStorage.setItem(Ne,JSON.stringify(e)),Re.forEach(t=>t())}function ke(e=""){en=null,nn=e,sessionStorage.removeItem(Ne),Re.forEach(t=>t())}function _t(){return nn}function bt(e){return Re.add(e),()=>Re.delete(e)}const xe="Your session has ended. Please sign in again.";class ie extends Error{code;problems;constructor(t,i,o=[]){super(t),this.code=i,this.problems=o}}function ze(e){const t=e[0],i=t.extensions?.code??"INTERNAL";return new ie(e.map(o=>o.message).join(`
`),i,t.extensions?.problems??[])}async function le(e,t){const i=ce();let o;try{o=await fetch("/graphql",{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json",...i?{Authorization:`Bearer ${i.token}`}:{}},body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new ie("The server cannot be reached. Check your connection and try again.","NETWORK")}let s;try{s=await o.json()}catch{throw new ie(`The server answered ${o.status} without a readable reply.`,"INTERNAL")}if(s.errors?.length){const r=ze(s.errors);throw r.code==="UNAUTHENTICATED"&&i&&ke(xe),r}return s.data}let ae=null,_n="";function wt(){const t=ce()?.token??"";if(ae&&_n===t)return ae;ae?.dispose(),_n=t;const i=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql`;return ae=mt({url:i,lazy:!0,retryAttempts:0,connectionParams:{Authorization:`Bearer ${t}`},on:{closed:o=>{o?.code===4403&&ce()?.token===t&&ke(xe)}}}),ae}function Hn(){ae?.dispose(),ae=null}function $t(e,t,i){return wt().subscribe({query:e.toString(),variables:t},{next:o=>{o.errors?.length?i.error(ze(o.errors)):o.data&&i.next(o.data)},error:o=>{Array.isArray(o)?i.error(ze(o)):i.error(new ie("The live connection dropped.","NETWORK"))},complete:()=>i.complete?.()})}class D extends String{__apiType;value;__meta__;constructor(t,i){super(t),this.value=t,this.__meta__=i}toString(){return this.value}}const kt=new D(`
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
    `),Ht=new D(`
    mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
  updateWebhook(id: $id, input: $input) {
    id
    active
  }
}
    `),jt=new D(`
    mutation RedeliverWebhookDelivery($id: ID!) {
  redeliverWebhookDelivery(id: $id) {
    id
    status
  }
}
    `),Bt=new D(`
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
    `),si={"\n  subscription LiveEvents($after: String, $accountId: ID) {\n    licenseEvents(after: $after, accountId: $accountId) {\n      id\n      cursor\n      sequence\n      type\n      occurredAt\n      pool\n      reason\n      userEmail\n      actorEmail\n      device {\n        id\n        code\n        name\n      }\n      previousDevice {\n        id\n        code\n      }\n    }\n  }\n":At,"\n  mutation Logout {\n    logout\n  }\n":It,"\n  query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          unassigned\n        }\n        floating {\n          unassigned\n        }\n      }\n      devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            code\n            name\n            platform\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              id\n              pool\n            }\n            lastUser {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n":St,"\n  query FindDevice($code: String!) {\n    account {\n      id\n      devices(first: 5, where: { code: $code }) {\n        edges {\n          node {\n            id\n            code\n            name\n            licenseStatus\n          }\n        }\n      }\n    }\n  }\n":Dt,"\n  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {\n    assignLicense(deviceId: $deviceId, pool: $pool) {\n      id\n      licenseStatus\n    }\n  }\n":Et,"\n  mutation RemoveLicense($deviceId: ID!) {\n    removeLicense(deviceId: $deviceId) {\n      id\n      licenseStatus\n    }\n  }\n":Ct,"\n  mutation MoveLicense($from: ID!, $to: ID!) {\n    moveLicense(fromDeviceId: $from, toDeviceId: $to) {\n      id\n      code\n      licenseStatus\n    }\n  }\n":Pt,"\n  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {\n    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {\n      id\n      inactive\n    }\n  }\n":Tt,"\n  query RecentEvents($types: [LicenseEventType!], $deviceId: ID, $after: String) {\n    licenseEvents(first: 100, after: $after, types: $types, deviceId: $deviceId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          cursor\n          sequence\n          type\n          occurredAt\n          pool\n          reason\n          userEmail\n          actorEmail\n          device {\n            id\n            code\n            name\n          }\n          previousDevice {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n":Nt,"\n  fragment AccountOverview on Account {\n    id\n    name\n    email\n    type\n    expiresAt\n    licensePool {\n      total\n      assigned\n      unassigned\n      expiresAt\n      standard {\n        total\n        assigned\n        unassigned\n      }\n      floating {\n        total\n        assigned\n        unassigned\n      }\n    }\n    settings {\n      operatorContactEmail\n      operatorContactPhone\n      floatingIdleMinutes\n    }\n  }\n":kt,"\n  query OwnOverview {\n    account {\n      ...AccountOverview\n    }\n  }\n":Rt,"\n  query AnyOverview($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        ...AccountOverview\n      }\n    }\n  }\n":xt,"\n  query PolicyPage($kind: PolicyKind!) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          total\n          unassigned\n        }\n        floating {\n          total\n          unassigned\n        }\n      }\n      settings {\n        floatingIdleMinutes\n        floatingPriorityPermission\n      }\n      policy(kind: $kind) {\n        kind\n        active {\n          id\n          version\n          source\n        }\n        versions {\n          id\n          version\n          source\n          active\n          createdAt\n          author {\n            id\n            email\n          }\n        }\n      }\n      users(first: 100) {\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            disabled\n          }\n        }\n      }\n      devices(first: 100) {\n        edges {\n          node {\n            id\n            code\n            name\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              pool\n            }\n            lastUser {\n              email\n              permissions\n            }\n          }\n        }\n      }\n    }\n    floatingPresets {\n      name\n      description\n      source\n    }\n  }\n":Lt,"\n  mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {\n    updatePolicy(kind: $kind, source: $source) {\n      id\n      version\n    }\n  }\n":qt,"\n  mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {\n    activatePolicyVersion(kind: $kind, version: $version) {\n      id\n      version\n    }\n  }\n":Ut,"\n  query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {\n    evaluatePolicy(kind: $kind, input: $input, source: $source)\n  }\n":Ot,"\n  query SettingsPage {\n    account {\n      id\n      type\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n      webhookConnection(first: 20) {\n        edges {\n          node {\n            id\n            url\n            eventTypes\n            active\n            createdAt\n            deliveryConnection(first: 10) {\n              edges {\n                node {\n                  id\n                  status\n                  attempts\n                  lastStatusCode\n                  lastError\n                  nextAttemptAt\n                  deliveredAt\n                  createdAt\n                  event {\n                    id\n                    type\n                    sequence\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n":Wt,"\n  mutation UpdateSettings($input: AccountSettingsInput!) {\n    updateAccountSettings(input: $input) {\n      id\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n    }\n  }\n":Mt,"\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id\n    }\n  }\n":Ft,"\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      active\n    }\n  }\n":Ht,"\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n":jt,"\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":Bt,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        role\n      }\n    }\n  }\n":Vt,"\n  query AccountsList($after: String) {\n    accounts(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          type\n          expiresAt\n          licensePool {\n            total\n            assigned\n          }\n        }\n      }\n    }\n  }\n":Gt,"\n  query AccountRequests {\n    accountRequests(status: PENDING) {\n      id\n      companyName\n      contactEmail\n      contactName\n      accountType\n      standardLicenses\n      floatingLicenses\n      workflow\n      createdAt\n    }\n    floatingPresets {\n      preset\n      name\n      description\n    }\n  }\n":Kt,"\n  mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {\n    approveAccountRequest(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n":zt,"\n  mutation RejectAccountRequest($id: ID!, $reason: String) {\n    rejectAccountRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n":Yt,"\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n    }\n  }\n":Jt,"\n  mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {\n    renewAccount(accountId: $id, input: $input) {\n      id\n      expiresAt\n    }\n  }\n":Qt,"\n  query AccountUsage($id: ID!, $from: Time!, $to: Time!, $bucket: UsageBucket!, $weekFrom: Time!) {\n    node(id: $id) {\n      ... on Account {\n        id\n        usage(from: $from, to: $to, bucket: $bucket) {\n          peakHeld\n          peakHeldAt\n          peakDemand\n          points {\n            start\n            peakHeld\n            peakStandard\n            peakFloating\n            peakDemand\n            activeDevices\n            denials\n            reclaims\n            releases\n          }\n        }\n        week: usage(from: $weekFrom, to: $to, bucket: DAY) {\n          points {\n            denials\n            reclaims\n          }\n        }\n        licensingRecommendation(from: $from, to: $to) {\n          standard\n          floating\n          projectedDenials\n          currentCost\n          recommendedCost\n          explanation\n        }\n      }\n    }\n  }\n":Xt,"\n  query Users($after: String) {\n    account {\n      id\n      knownPermissions\n      users(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            notes\n            disabled\n            createdAt\n            lastLoginAt\n          }\n        }\n      }\n      apiTokenConnection(first: 100) {\n        edges {\n          node {\n            id\n            name\n            permissions\n            createdAt\n            lastUsedAt\n            revokedAt\n            createdBy {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n":Zt,"\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n":ei,"\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      disabled\n      permissions\n      notes\n    }\n  }\n":ni,"\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n":ti,"\n  mutation CreateApiToken($name: String!, $permissions: [String!]!) {\n    createApiToken(name: $name, permissions: $permissions) {\n      token\n      name\n      permissions\n    }\n  }\n":ii,"\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n":oi,"\n  query Viewer($actions: [String!]!) {\n    me {\n      id\n      email\n      role\n      permissions\n      account {\n        id\n        name\n      }\n    }\n    viewerPermissions(actions: $actions) {\n      action\n      allowed\n    }\n  }\n":ri};function E(e){return si[e]??{}}const be="/console",Le=new Set;window.addEventListener("popstate",()=>Le.forEach(e=>e()));function qe(e,t=!1){const i=e.startsWith(be)?e:be+e;t?history.replaceState(null,"",i):history.pushState(null,"",i),Le.forEach(o=>o())}function bn(){let e=location.pathname.startsWith(be)?location.pathname.slice(be.length):location.pathname;return e===""||e==="/"?e="/":e=e.replace(/\/+$/,""),{path:e,query:new URLSearchParams(location.search)}}function Ae(){const[e,t]=y(bn);return B(()=>{const i=()=>t(bn());return Le.add(i),()=>{Le.delete(i)}},[]),e}function ge(e){const t=new URLSearchParams(location.search);for(const[o,s]of Object.entries(e))s===void 0||s===""?t.delete(o):t.set(o,s);const i=t.toString();qe(location.pathname+(i?`?${i}`:""),!0)}function ai(e){const t=e.currentTarget;e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey||(e.preventDefault(),qe(t.pathname+t.search))}function we(e){return n("a",{href:be+e.to,onClick:ai,class:e.class,"aria-current":e["aria-current"],children:e.children})}function U({error:e}){if(!e)return null;const t=e instanceof ie?e.message:String(e?.message??e);return n("p",{class:"error",role:"alert",children:t})}function X(e,t,i=!1){const[o,s]=y({loading:!i}),r=JSON.stringify(t),a=ne(0),u=On(()=>{if(i)return;const m=++a.current;s(d=>({...d,loading:!0})),le(e,t).then(d=>m===a.current&&s({data:d,loading:!1}),d=>m===a.current&&s(f=>({data:f.data,error:d,loading:!1})))},[e,r,i]);return B(u,[u]),{data:o.data,error:o.error,loading:o.loading,reload:u}}function M(e){const[t,i]=y(!1),[o,s]=y(null);return{run:On(async a=>{i(!0),s(null);try{return await le(e,a)}catch(u){s(u);return}finally{i(!1)}},[e]),pending:t,error:o,setError:s}}function te(e){const t=ne(null);return B(()=>{const i=t.current;i&&!i.open&&i.showModal()},[]),n("dialog",{ref:t,"aria-labelledby":"confirm-title",onCancel:i=>{i.preventDefault(),e.onCancel()},children:n("form",{method:"dialog",onSubmit:i=>{i.preventDefault(),e.onConfirm()},children:[n("h2",{id:"confirm-title",children:e.title}),e.children,n(U,{error:e.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:e.danger?"danger":"primary",disabled:e.pending,children:e.confirmLabel}),n("button",{type:"button",onClick:e.onCancel,children:"Cancel"})]})]})})}function jn({label:e,value:t}){const[i,o]=y(!1);return n("div",{class:"shown-once",role:"status",children:[n("p",{children:[n("strong",{children:e})," It is shown only now: copy it and keep it safe."]}),n("code",{class:"secret","data-testid":"secret",children:t}),n("button",{type:"button",onClick:async()=>{try{await navigator.clipboard.writeText(t),o(!0)}catch{o(!1)}},children:i?"Copied":`Copy ${e.toLowerCase().replace(/[.:]$/,"")}`})]})}function Q(e){return e?new Date(e).toLocaleString(void 0,{dateStyle:"medium",timeStyle:"short"}):"—"}function tn(e){return e?new Date(e).toLocaleDateString(void 0,{dateStyle:"medium"}):"—"}function x(e){return n("div",{class:"field",children:[n("label",{for:e.id,children:e.label}),e.hint&&n("span",{class:"hint",id:`${e.id}-hint`,children:e.hint}),e.children]})}const ci=["account.read","account.settings.update","device.read","device.inactive.set","license.assign","license.remove","license.move","user.read","user.create","user.update","user.delete","apitoken.create","policy.read","policy.update","event.read","usage.read","webhook.manage","account.list","account.create","account.renew","accountrequest.read","accountrequest.decide"],li=E(`
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
`),Bn=rt(null);function oe(){const e=ct(Bn);if(!e)throw new Error("no viewer");return e}const di=E(`
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
`);function ui(){const[e,t]=y(""),[i,o]=y(""),[s,r]=y(null),[a,u]=y(!1),m=_t(),d=ne(null);B(()=>{document.title="Sign in · CountThings",d.current?.focus()},[]);async function f(c){c.preventDefault(),u(!0),r(null);try{const l=await le(di,{input:{email:e,password:i}});(l.login.user.role==="OPERATOR"||l.login.user.role==="ADMIN"||l.login.user.role==="SUPPORT")&&yt({token:l.login.token,expiresAt:l.login.expiresAt})}catch(l){r(l)}finally{u(!1)}}return n("main",{id:"main",class:"signin",children:n("form",{onSubmit:f,"aria-labelledby":"signin-title",children:[n("h1",{id:"signin-title",children:"Sign in to CountThings"}),m&&n("p",{class:"notice",role:"status",children:m}),n("div",{class:"field",children:[n("label",{for:"email",children:"Email"}),n("input",{id:"email",ref:d,type:"email",autoComplete:"username",required:!0,value:e,onInput:c=>t(c.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"password",children:"Password"}),n("input",{id:"password",type:"password",autoComplete:"current-password",required:!0,value:i,onInput:c=>o(c.currentTarget.value)})]}),n(U,{error:s}),n("button",{type:"submit",class:"primary",disabled:a,children:a?"Signing in…":"Sign in"})]})})}const pi=(function(){const t=typeof document<"u"&&document.createElement("link").relList;return t&&t.supports&&t.supports("modulepreload")?"modulepreload":"preload"})(),hi=function(e){return"/console/"+e},wn={},$e=function(t,i,o){let s=Promise.resolve();if(i&&i.length>0){let d=function(f){return Promise.all(f.map(c=>Promise.resolve(c).then(l=>({status:"fulfilled",value:l}),l=>({status:"rejected",reason:l}))))};var a=d;document.getElementsByTagName("link");const u=document.querySelector("meta[property=csp-nonce]"),m=u?.nonce||u?.getAttribute("nonce");s=d(i.map(f=>{if(f=hi(f),f in wn)return;wn[f]=!0;const c=f.endsWith(".css"),l=c?'[rel="stylesheet"]':"";if(document.querySelector(`link[href="${f}"]${l}`))return;const p=document.createElement("link");if(p.rel=c?"stylesheet":pi,c||(p.as="script"),p.crossOrigin="",p.href=f,m&&p.setAttribute("nonce",m),document.head.appendChild(p),c)return new Promise((v,_)=>{p.addEventListener("load",v),p.addEventListener("error",()=>_(new Error(`Unable to preload CSS for ${f}`)))})}))}function r(u){const m=new Event("vite:preloadError",{cancelable:!0});if(m.payload=u,window.dispatchEvent(m),!m.defaultPrevented)throw u}return s.then(u=>{for(const m of u||[])m.status==="rejected"&&r(m.reason);return t().catch(r)})};async function Vn(e,t){const i=ce();let o;try{o=await fetch(e,{headers:i?{Authorization:`Bearer ${i.token}`}:{}})}catch{return"The server cannot be reached."}if(o.status===401)return ke(xe),xe;if(!o.ok){const a=(await o.text()).trim();return a?a.slice(0,300):`The export failed (${o.status}).`}const s=URL.createObjectURL(await o.blob()),r=document.createElement("a");return r.href=s,r.download=t,document.body.appendChild(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(s),1e4),null}const mi=Object.freeze(Object.defineProperty({__proto__:null,exportCSV:Vn},Symbol.toStringTag,{value:"Module"})),fi=E(`
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
`),De=[{label:"Last 24 hours",days:1,bucket:"HOUR"},{label:"Last 7 days",days:7,bucket:"HOUR"},{label:"Last 30 days",days:30,bucket:"DAY"},{label:"Last 365 days",days:365,bucket:"WEEK"}];function vi({accountId:e}){const t=oe(),[i,o]=y(1),[s,r]=y(0),a=new Date(Math.ceil((Date.now()+1)/36e5)*36e5),u=new Date(a.getTime()-De[i].days*864e5),m=new Date(a.getTime()-7*864e5),d=t.me.role==="SUPPORT"||t.can("usage.read"),f=X(fi,{id:e,from:u.toISOString(),to:a.toISOString(),bucket:De[i].bucket,weekFrom:m.toISOString(),tick:s},!d);if(!d)return null;const c=f.data?.node&&"usage"in f.data.node?f.data.node:null,l=c?.week.points.reduce((v,_)=>({d:v.d+_.denials,r:v.r+_.reclaims}),{d:0,r:0}),p=c?.licensingRecommendation;return n(j,{children:[n("div",{class:"cards",children:[n("section",{class:"card","aria-labelledby":"week-title",children:[n("h2",{id:"week-title",children:"Last 7 days"}),n("dl",{class:"counts",children:[n("div",{children:[n("dt",{children:"Denials"}),n("dd",{"data-testid":"week-denials",children:l?.d??"…"})]}),n("div",{children:[n("dt",{children:"Reclaims"}),n("dd",{"data-testid":"week-reclaims",children:l?.r??"…"})]})]})]}),p&&n("section",{class:"card recommendation","aria-labelledby":"rec-title",children:[n("h2",{id:"rec-title",children:"Recommended licenses"}),n("p",{class:"big","data-testid":"recommendation",children:[p.standard," standard + ",p.floating," floating"]}),n("p",{children:["Cost ",p.recommendedCost.toFixed(1)," vs ",p.currentCost.toFixed(1)," today",p.projectedDenials?`, ${p.projectedDenials} refusals`:"","."]}),n("p",{class:"hint",children:p.explanation})]})]}),n("section",{class:"panel","aria-labelledby":"usage-title",children:[n("div",{class:"section-head",children:[n("h2",{id:"usage-title",children:"Usage"}),n("div",{class:"field inline",children:[n("label",{for:"usage-window",children:"Window"}),n("select",{id:"usage-window",value:i,onChange:v=>o(Number(v.currentTarget.value)),children:De.map((v,_)=>n("option",{value:_,children:v.label}))})]}),n("button",{type:"button",onClick:()=>r(s+1),children:"Refresh"}),n("button",{type:"button",onClick:()=>{Vn(`/export/usage.csv?from=${encodeURIComponent(u.toISOString())}&to=${encodeURIComponent(a.toISOString())}&bucket=${De[i].bucket}`,"usage.csv")},children:"Export usage CSV"})]}),n(U,{error:f.error}),c&&n(j,{children:[n("p",{class:"sub","data-testid":"usage-peak",children:["Peak: ",c.usage.peakHeld," held, ",c.usage.peakDemand," wanted at once."]}),n(gi,{points:c.usage.points})]})]})]})}function gi({points:e}){const t=ne(null);return B(()=>{let i=null,o=!1;return Promise.all([$e(()=>import("./uPlot.esm-CluHQUMV.js"),[]),$e(()=>Promise.resolve({}),__vite__mapDeps([0]))]).then(([{default:s}])=>{if(o||!t.current)return;t.current.textContent="";const r=e.map(a=>Date.parse(a.start)/1e3);i=new s({width:Math.max(t.current.clientWidth,300),height:240,series:[{},{label:"Held",stroke:"#0b57d0",width:2},{label:"Standard",stroke:"#116329"},{label:"Floating",stroke:"#8250df"},{label:"Wanted",stroke:"#b42318",dash:[6,4]}],axes:[{},{label:"Licenses"}]},[r,e.map(a=>a.peakHeld),e.map(a=>a.peakStandard),e.map(a=>a.peakFloating),e.map(a=>a.peakDemand)],t.current)}),()=>{o=!0,i?.destroy()}},[e]),n("figure",{class:"chart",children:[n("div",{ref:t,role:"img","aria-label":`Licenses held and wanted, ${e.length} points`,"data-points":e.length}),n("figcaption",{class:"visually-hidden",children:e.filter(i=>i.peakHeld||i.peakDemand).map(i=>`${i.start}: ${i.peakHeld} held, ${i.peakDemand} wanted. `)})]})}E(`
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
`);function Gn({accountId:e}){const t=X(yi,{},!!e),i=X(_i,{id:e??""},!e),o=e?i:t,s=(e?i.data?.node:t.data?.account)??null;return o.error?n(U,{error:o.error}):s?n(wi,{acc:s}):n("p",{"aria-busy":"true",children:o.loading?"Loading…":"No such account."})}function bi(e){return Math.ceil((Date.parse(e)-Date.now())/864e5)}function He({title:e,c:t}){const i=t.total?Math.round(t.assigned/t.total*100):0;return n("section",{class:"card pool","aria-labelledby":`pool-${e}`,children:[n("h2",{id:`pool-${e}`,children:e}),n("dl",{class:"counts",children:[n("div",{children:[n("dt",{children:"Total"}),n("dd",{"data-testid":`${e}-total`,children:t.total})]}),n("div",{children:[n("dt",{children:"Assigned"}),n("dd",{"data-testid":`${e}-assigned`,children:t.assigned})]}),n("div",{children:[n("dt",{children:"Unassigned"}),n("dd",{"data-testid":`${e}-unassigned`,children:t.unassigned})]})]}),n("div",{class:"meter",role:"img","aria-label":`${i}% of ${e} licenses assigned`,children:n("span",{style:{width:`${i}%`}})})]})}function wi({acc:e}){const t=bi(e.expiresAt),i=e.licensePool;return n(j,{children:[n("h1",{children:e.name}),n("p",{class:"sub",children:[e.email," · ",e.type," account"]}),n("div",{class:"cards",children:[n("section",{class:`card ${t<=30?"warn":""}`,"aria-labelledby":"ends",children:[n("h2",{id:"ends",children:"Licenses end"}),n("p",{class:"big","data-testid":"end-date",children:tn(e.expiresAt)}),n("p",{children:t>0?`${t} day${t===1?"":"s"} left`:"Expired: devices can no longer count."})]}),n(He,{title:"All",c:i}),i.standard.total>0&&n(He,{title:"Standard",c:i.standard}),i.floating.total>0&&n(He,{title:"Floating",c:i.floating})]}),n(vi,{accountId:e.id})]})}const $i=E(`
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
`);function Kn(e){let t=e.after??null;const i=new Set;let o=null,s=!1,r=0,a;const u=()=>{s||(o=$t($i,{after:t,accountId:e.accountId},{next:d=>{r=0;const f=d.licenseEvents;e.onStatus?.("live"),!i.has(f.cursor)&&(i.add(f.cursor),t=f.cursor,e.onEvent(f))},error:d=>m(d),complete:()=>m()}),e.onStatus?.("live"))},m=d=>{if(s)return;if(d?.code==="UNAUTHENTICATED"||d?.code==="FORBIDDEN"){e.onStatus?.("reconnecting",d);return}e.onStatus?.("reconnecting",d);const f=Math.min(250*2**r++,1e4);a=setTimeout(u,f)};return u(),()=>{s=!0,clearTimeout(a),o?.()}}function ki(e,t){const i=ne(e);i.current=e,B(()=>{let o;const s=Kn({accountId:t,onEvent:()=>{o||(o=setTimeout(()=>{o=void 0,i.current()},200))}});return()=>{clearTimeout(o),s()}},[t])}const Ai=50,Ii=E(`
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
`),Ti=["ACTIVE","ASSIGNED","NONE"],Ni=[{field:"CODE",label:"Code"},{field:"LAST_SEEN_AT",label:"Last seen"},{field:"CREATED_AT",label:"Registered"}];function Ri(){const e=oe(),{query:t}=Ae(),i=t.get("status")??"",o=t.get("inactive")??"",s=t.get("code")??"",r=t.get("user")??"",a=t.get("sort")??"CODE",u=t.get("dir")??"ASC",[m,d]=y([null]),f=m[m.length-1],c={...i?{licenseStatus:i}:{},...o?{inactive:o==="true"}:{},...s?{code:s}:{},...r?{userEmail:r}:{}},l=X(Ii,{first:Ai,after:f,where:c,orderBy:{field:a,direction:u}});ki(l.reload);const[p,v]=y(null),[_,h]=y(""),g=(w,V)=>{d([null]),ge({[w]:V})},$=w=>{d([null]),ge({sort:w,dir:w===a&&u==="ASC"?"DESC":"ASC"})},b=l.data?.account?.devices,S=l.data?.account,A=w=>a===w?u==="ASC"?"ascending":"descending":void 0,k=({field:w,label:V})=>n("th",{scope:"col","aria-sort":A(w),children:n("button",{type:"button",class:"sort",onClick:()=>$(w),children:[V," ",n("span",{"aria-hidden":"true",children:a===w?u==="ASC"?"▲":"▼":"↕"})]})}),P=e.can("license.assign")||e.can("license.remove")||e.can("license.move")||e.can("device.inactive.set");return n("section",{"aria-labelledby":"devices-title",children:[n("h1",{id:"devices-title",children:"Devices"}),n("form",{class:"filters",role:"search","aria-label":"Filter devices",onSubmit:w=>w.preventDefault(),children:[n("div",{class:"field",children:[n("label",{for:"f-code",children:"Code"}),n("input",{id:"f-code",type:"search",value:s,onChange:w=>g("code",w.currentTarget.value.trim())})]}),n("div",{class:"field",children:[n("label",{for:"f-status",children:"Status"}),n("select",{id:"f-status",value:i,onChange:w=>g("status",w.currentTarget.value),children:[n("option",{value:"",children:"Any"}),Ti.map(w=>n("option",{value:w,children:w}))]})]}),n("div",{class:"field",children:[n("label",{for:"f-inactive",children:"Inactive"}),n("select",{id:"f-inactive",value:o,onChange:w=>g("inactive",w.currentTarget.value),children:[n("option",{value:"",children:"Any"}),n("option",{value:"true",children:"Inactive"}),n("option",{value:"false",children:"Active use"})]})]}),n("div",{class:"field",children:[n("label",{for:"f-user",children:"Last user email"}),n("input",{id:"f-user",type:"search",value:r,onChange:w=>g("user",w.currentTarget.value.trim())})]}),n("div",{class:"field",children:[n("label",{for:"f-sort",children:"Sort by"}),n("select",{id:"f-sort",value:a,onChange:w=>{d([null]),ge({sort:w.currentTarget.value})},children:Ni.map(w=>n("option",{value:w.field,children:w.label}))})]})]}),_&&n("p",{class:"ok",role:"status",children:_}),n(U,{error:l.error}),n("p",{class:"count","aria-live":"polite",children:b?`${b.totalCount} device${b.totalCount===1?"":"s"}`:l.loading?"Loading…":""}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{class:"devices","aria-busy":l.loading,children:[n("caption",{class:"visually-hidden",children:"Devices of the account"}),n("thead",{children:n("tr",{children:[n(k,{field:"CODE",label:"Code"}),n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Platform"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Pool"}),n("th",{scope:"col",children:"Last user"}),n(k,{field:"LAST_SEEN_AT",label:"Last seen"}),n("th",{scope:"col",children:"Inactive"}),P&&n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:[b?.edges.map(({node:w})=>n("tr",{"data-code":w.code,children:[n("th",{scope:"row",children:w.code}),n("td",{children:w.name??"—"}),n("td",{children:w.platform??"—"}),n("td",{children:n("span",{class:`status ${w.licenseStatus.toLowerCase()}`,children:w.licenseStatus})}),n("td",{children:w.license?.pool??"—"}),n("td",{children:w.lastUser?.email??"—"}),n("td",{children:Q(w.lastSeenAt)}),n("td",{children:w.inactive?"Yes":"No"}),P&&n("td",{class:"row-actions",children:[w.licenseStatus==="NONE"&&e.can("license.assign")&&n("button",{type:"button",onClick:()=>v({kind:"assign",device:w}),"aria-label":`Allocate a license to ${w.code}`,children:"Allocate"}),w.licenseStatus!=="NONE"&&e.can("license.move")&&n("button",{type:"button",onClick:()=>v({kind:"move",device:w}),"aria-label":`Move the license of ${w.code}`,children:"Move"}),w.licenseStatus!=="NONE"&&e.can("license.remove")&&n("button",{type:"button",onClick:()=>v({kind:"remove",device:w}),"aria-label":`Remove the license of ${w.code}`,children:"Remove"}),e.can("device.inactive.set")&&n("button",{type:"button",onClick:()=>v({kind:"inactive",device:w}),"aria-label":`${w.inactive?"Clear the inactive flag of":"Flag inactive"} ${w.code}`,children:w.inactive?"Clear inactive":"Flag inactive"})]})]},w.id)),b&&b.edges.length===0&&n("tr",{children:n("td",{colSpan:P?9:8,children:"No device matches."})})]})]})}),n("nav",{class:"pager","aria-label":"Pages of devices",children:[n("button",{type:"button",disabled:m.length<=1,onClick:()=>d(m.slice(0,-1)),children:"Previous page"}),n("span",{children:["Page ",m.length]}),n("button",{type:"button",disabled:!b?.pageInfo.hasNextPage,onClick:()=>b&&d([...m,b.pageInfo.endCursor??null]),children:"Next page"})]}),p&&S&&n(xi,{action:p,accountType:S.type,onClose:w=>{v(null),w&&(h(w),l.reload())}})]})}function xi({action:e,accountType:t,onClose:i}){const o=e.device,s=M(Di),r=M(Ei),a=M(Ci),u=M(Pi),[m,d]=y(""),[f,c]=y(""),[l,p]=y(null),v=X(Si,{code:f},e.kind!=="move"||f.length===0);switch(e.kind){case"assign":return n(te,{title:`Allocate a license to ${o.code}`,confirmLabel:"Allocate",pending:s.pending,error:s.error,onCancel:()=>i(),onConfirm:async()=>{const _=await s.run({deviceId:o.id,pool:m||null});_&&i(`${o.code} now holds a license (${_.assignLicense.licenseStatus}).`)},children:[n("p",{children:"An unassigned license is reserved for this device."}),t==="MIXED"&&n("div",{class:"field",children:[n("label",{for:"assign-pool",children:"Pool"}),n("select",{id:"assign-pool",value:m,onChange:_=>d(_.currentTarget.value),children:[n("option",{value:"",children:"As the account's strategy decides"}),n("option",{value:"STANDARD",children:"STANDARD"}),n("option",{value:"FLOATING",children:"FLOATING"})]})]})]});case"remove":return n(te,{title:`Remove the license of ${o.code}`,confirmLabel:"Remove license",danger:!0,pending:r.pending,error:r.error,onCancel:()=>i(),onConfirm:async()=>{await r.run({deviceId:o.id})&&i(`The license of ${o.code} went back to the pool.`)},children:n("p",{children:"The device stops counting until it gets a license again."})});case"inactive":return n(te,{title:o.inactive?`Clear the inactive flag of ${o.code}`:`Flag ${o.code} inactive`,confirmLabel:o.inactive?"Clear flag":"Flag inactive",pending:u.pending,error:u.error,onCancel:()=>i(),onConfirm:async()=>{await u.run({deviceId:o.id,inactive:!o.inactive})&&i(o.inactive?`${o.code} is no longer flagged inactive.`:`${o.code} is flagged inactive.`)},children:n("p",{children:o.inactive?"The device is treated as in use again.":"An inactive device is the first to give up a floating license."})});case"move":{const _=v.data?.account?.devices.edges.map(g=>g.node)??[],h=_.find(g=>g.code===f);return n(te,{title:`Move the license of ${o.code}`,confirmLabel:"Move license",pending:a.pending,error:a.error??l,onCancel:()=>i(),onConfirm:async()=>{if(!h){p(new Error(`There is no device with the code “${f}” in this account.`));return}p(null);const g=await a.run({from:o.id,to:h.id});g&&i(`The license of ${o.code} moved to ${g.moveLicense.code}.`)},children:[n("p",{children:["The license goes to a device that has none; ",o.code," stops counting."]}),n("div",{class:"field",children:[n("label",{for:"move-target",children:"Code of the receiving device"}),n("input",{id:"move-target",list:"move-candidates",value:f,required:!0,onInput:g=>c(g.currentTarget.value.trim()),autoComplete:"off"}),n("datalist",{id:"move-candidates",children:_.map(g=>n("option",{value:g.code,children:`${g.name??g.code} (${g.licenseStatus})`}))}),h&&n("span",{class:"hint",children:[h.name??h.code,": ",h.licenseStatus]})]})]})}}}function zn(e){const[t,i]=y(e.value.filter(r=>!e.known.includes(r)).join(" ")),o=new Set(e.value),s=(r,a)=>{const u=a.split(/[\s,]+/).filter(Boolean);e.onChange([...e.known.filter(m=>r.has(m)),...u.filter(m=>!e.known.includes(m))])};return n("fieldset",{class:"perms",children:[n("legend",{children:e.legend??"Permissions"}),e.known.map(r=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:o.has(r),onChange:a=>{const u=new Set(o);a.currentTarget.checked?u.add(r):u.delete(r),s(u,t)}})," ",r]},r)),n("div",{class:"field",children:[n("label",{for:`${e.idPrefix}-extra`,children:"Other permissions"}),n("span",{class:"hint",id:`${e.idPrefix}-extra-hint`,children:"Strings your account's policy gives meaning to, separated by spaces."}),n("input",{id:`${e.idPrefix}-extra`,"aria-describedby":`${e.idPrefix}-extra-hint`,value:t,onInput:r=>{i(r.currentTarget.value),s(o,r.currentTarget.value)}})]})]})}const Li=E(`
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
`);function Fi(){const e=oe(),[t,i]=y(null),o=X(Li,{after:t}),s=o.data?.account,[r,a]=y(null),[u,m]=y(null),[d,f]=y(""),c=M(Oi),l=s?.knownPermissions??[];return n(j,{children:[n("h1",{children:"Users and API tokens"}),n(U,{error:o.error}),d&&n("p",{class:"ok",role:"status",children:d}),n("section",{"aria-labelledby":"users-title",children:[n("div",{class:"section-head",children:[n("h2",{id:"users-title",children:"Users"}),e.can("user.create")&&n("button",{type:"button",class:"primary",onClick:()=>a("new"),children:"Create user"})]}),r&&n(Hi,{user:r==="new"?null:r,known:l,onDone:p=>{a(null),p&&(f(p),o.reload())}}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:"Users of the account"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Permissions"}),n("th",{scope:"col",children:"Notes"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Last sign-in"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:s?.users.edges.map(({node:p})=>n("tr",{"data-email":p.email,children:[n("th",{scope:"row",children:p.email}),n("td",{children:p.role}),n("td",{children:p.role==="ADMIN"?"all":p.permissions.join(", ")||"—"}),n("td",{children:p.notes??""}),n("td",{children:p.disabled?"Disabled":"Active"}),n("td",{children:Q(p.lastLoginAt)}),n("td",{class:"row-actions",children:[p.role==="OPERATOR"&&e.can("user.update")&&n("button",{type:"button","aria-label":`Edit ${p.email}`,onClick:()=>a(p),children:"Edit"}),p.role==="OPERATOR"&&e.can("user.delete")&&n("button",{type:"button","aria-label":`Delete ${p.email}`,onClick:()=>m(p),children:"Delete"})]})]},p.id))})]})}),s&&(s.users.pageInfo.hasNextPage||t)&&n("nav",{class:"pager","aria-label":"Pages of users",children:[n("button",{type:"button",disabled:!t,onClick:()=>i(null),children:"First page"}),n("button",{type:"button",disabled:!s.users.pageInfo.hasNextPage,onClick:()=>i(s.users.pageInfo.endCursor??null),children:"Next page"})]})]}),u&&n(te,{title:`Delete ${u.email}`,confirmLabel:"Delete user",danger:!0,pending:c.pending,error:c.error,onCancel:()=>m(null),onConfirm:async()=>{await c.run({id:u.id})&&(f(`${u.email} was deleted.`),m(null),o.reload())},children:n("p",{children:"The user can no longer sign in; its sessions end at once."})}),s&&n(ji,{tokens:s.apiTokenConnection.edges.map(p=>p.node),known:l,onChange:o.reload})]})}function Hi({user:e,known:t,onDone:i}){const o=M(qi),s=M(Ui),[r,a]=y(""),[u,m]=y(""),[d,f]=y(e?.notes??""),[c,l]=y(e?.permissions??["count"]),[p,v]=y(e?.disabled??!1),_=e?s:o;return n("form",{class:"panel","aria-labelledby":"user-form-title",onSubmit:async h=>{if(h.preventDefault(),e)await s.run({id:e.id,input:{notes:d,permissions:c,disabled:p,...u?{password:u}:{}}})&&i(`${e.email} was saved.`);else{const g=await o.run({input:{email:r,password:u,notes:d||null,permissions:c}});g&&i(`${g.createUser.email} was created.`)}},children:[n("h3",{id:"user-form-title",children:e?`Edit ${e.email}`:"Create a user"}),!e&&n(x,{id:"u-email",label:"Email",children:n("input",{id:"u-email",type:"email",required:!0,value:r,onInput:h=>a(h.currentTarget.value),autoComplete:"off"})}),n(x,{id:"u-password",label:e?"New password (leave empty to keep)":"Password",children:n("input",{id:"u-password",type:"password",required:!e,value:u,onInput:h=>m(h.currentTarget.value),autoComplete:"new-password"})}),n(x,{id:"u-notes",label:"Notes",children:n("input",{id:"u-notes",value:d,onInput:h=>f(h.currentTarget.value)})}),n(zn,{idPrefix:"u-perms",known:t,value:c,onChange:l}),e&&n("label",{class:"check",children:[n("input",{type:"checkbox",checked:p,onChange:h=>v(h.currentTarget.checked)})," Disabled (cannot sign in)"]}),n(U,{error:_.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:"primary",disabled:_.pending,children:e?"Save user":"Create user"}),n("button",{type:"button",onClick:()=>i(),children:"Cancel"})]})]})}function ji({tokens:e,known:t,onChange:i}){const o=oe(),s=M(Wi),r=M(Mi),[a,u]=y(""),[m,d]=y(["devices:read"]),[f,c]=y(null),[l,p]=y(null);return n("section",{"aria-labelledby":"tokens-title",children:[n("h2",{id:"tokens-title",children:"API tokens"}),f&&n(jn,{label:"New API token.",value:f}),o.can("apitoken.create")&&n("form",{class:"panel","aria-label":"Create an API token",onSubmit:async v=>{v.preventDefault();const _=await s.run({name:a,permissions:m});_&&(c(_.createApiToken.token),u(""),i())},children:[n(x,{id:"t-name",label:"Token name",children:n("input",{id:"t-name",required:!0,value:a,onInput:v=>u(v.currentTarget.value)})}),n(zn,{idPrefix:"t-perms",legend:"Token permissions",known:t,value:m,onChange:d}),n(U,{error:s.error}),n("button",{type:"submit",class:"primary",disabled:s.pending,children:"Create token"})]}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:"API tokens"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Permissions"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:[e.map(v=>n("tr",{children:[n("th",{scope:"row",children:v.name}),n("td",{children:v.permissions.join(", ")}),n("td",{children:[Q(v.createdAt),v.createdBy?` by ${v.createdBy.email}`:""]}),n("td",{children:Q(v.lastUsedAt)}),n("td",{children:v.revokedAt?`Revoked ${Q(v.revokedAt)}`:"Active"}),n("td",{children:!v.revokedAt&&o.can("apitoken.create")&&n("button",{type:"button","aria-label":`Revoke token ${v.name}`,onClick:()=>p(v),children:"Revoke"})})]},v.id)),e.length===0&&n("tr",{children:n("td",{colSpan:6,children:"No API token yet."})})]})]})}),l&&n(te,{title:`Revoke token ${l.name}`,confirmLabel:"Revoke token",danger:!0,pending:r.pending,error:r.error,onCancel:()=>p(null),onConfirm:async()=>{await r.run({id:l.id})&&(p(null),i())},children:n("p",{children:"Integrations using this token stop working at once."})})]})}const $n=E(`
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
`),Bi=E(`
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
`),Ki=["account.read","account.settings.update","user.read","user.create","user.update","user.delete","device.read","device.login","device.inactive.set","license.assign","license.remove","license.move","policy.read","policy.update","event.read","apitoken.create","usage.read","webhook.manage"];function zi(){const{path:e}=Ae(),t=e.endsWith("/FLOATING")?"FLOATING":"PERMISSIONS";return n(j,{children:[n("h1",{children:"Policies"}),n("nav",{class:"tabs","aria-label":"Policy kind",children:[n(we,{to:"/policies/PERMISSIONS","aria-current":t==="PERMISSIONS"?"page":void 0,children:"Permissions"}),n(we,{to:"/policies/FLOATING","aria-current":t==="FLOATING"?"page":void 0,children:"Floating strategy"})]}),n(Yi,{kind:t},t)]})}function Yi({kind:e}){const t=oe(),i=X($n,{kind:e}),o=i.data?.account,s=ne(null),r=ne(null),[a,u]=y(!1),[m,d]=y(!1),[f,c]=y([]),[l,p]=y(""),v=M(Bi),_=M(Vi),[h,g]=y(null),$=t.can("policy.update");B(()=>{if(!o||r.current||!s.current)return;let A=!1;return $e(()=>import("./editor-DT4Ukf0T.js"),[]).then(k=>{A||!s.current||(r.current=k.createEditor(s.current,o.policy.active.source,`${e} policy source`,()=>d(!0)),r.current.view.contentDOM.setAttribute("contenteditable",$?"true":"false"),u(!0))}),()=>{A=!0}},[o]),B(()=>()=>r.current?.destroy(),[]);const b=A=>{const k=A instanceof ie&&A.code==="POLICY_INVALID"?A.problems:[];c(k),r.current?.problems(k)};if(i.error)return n(U,{error:i.error});if(!o)return n("p",{"aria-busy":"true",children:"Loading…"});const S=o.policy.active;return n(j,{children:[n("p",{class:"sub",children:["Active: version ",n("strong",{"data-testid":"active-version",children:S.version}),m&&" · unsaved changes"]}),l&&n("p",{class:"ok",role:"status",children:l}),e==="FLOATING"&&$&&i.data&&n("div",{class:"presets",role:"group","aria-label":"Floating presets",children:[n("span",{children:"Start from a preset:"}),i.data.floatingPresets.map(A=>n("button",{type:"button",title:A.description,onClick:()=>{r.current?.set(A.source),d(!0)},children:A.name},A.name))]}),n("div",{class:"editor",ref:s,"data-ready":a?"yes":"no"}),f.length>0&&n("section",{class:"problems","aria-labelledby":"problems-title",children:[n("h2",{id:"problems-title",children:"Problems"}),n("ul",{children:f.map((A,k)=>n("li",{"data-line":A.line,children:[A.line?`Line ${A.line}${A.column?`, column ${A.column}`:""}: `:"",A.message]},k))})]}),n(U,{error:v.error&&!(v.error instanceof ie&&v.error.code==="POLICY_INVALID")?v.error:null}),v.error instanceof ie&&v.error.code==="POLICY_INVALID"&&n("p",{class:"error",role:"alert",children:"The policy was not saved: fix the problems marked in the editor."}),$&&n("div",{class:"actions",children:[n("button",{type:"button",class:"primary",disabled:v.pending||!a,onClick:async()=>{p("");const A=await v.run({kind:e,source:r.current.get()});A&&(c([]),r.current?.problems([]),d(!1),p(`Saved: version ${A.updatePolicy.version} is active.`),i.reload())},children:"Save policy"}),n("button",{type:"button",disabled:!a,onClick:()=>{r.current?.set(S.source),d(!1),b(null)},children:"Discard changes"})]}),v.error!=null&&n(Ji,{error:v.error,show:b}),n(Qi,{kind:e,acc:o,source:()=>r.current?.get()??S.source,onProblems:b}),n(Xi,{kind:e,versions:o.policy.versions,canEdit:$,onRollback:A=>g(A)}),h!==null&&n(te,{title:`Make version ${h} active again`,confirmLabel:`Activate version ${h}`,pending:_.pending,error:_.error,onCancel:()=>g(null),onConfirm:async()=>{const A=await _.run({kind:e,version:h});if(A){g(null),p(`Version ${A.activatePolicyVersion.version} is active again.`);const k=await le($n,{kind:e}).catch(()=>null);k?.account&&r.current?.set(k.account.policy.active.source),d(!1),i.reload()}},children:n("p",{children:"It replaces the active version at once, for every request."})})]})}function Ji({error:e,show:t}){return B(()=>t(e),[e]),null}function Qi({kind:e,acc:t,source:i,onProblems:o}){const s=t.users.edges.map(b=>b.node),r=t.devices.edges.map(b=>b.node),[a,u]=y(s.find(b=>b.role==="OPERATOR")?.id??s[0]?.id??""),[m,d]=y(r[0]?.id??""),[f,c]=y("device.read"),[l,p]=y(null),[v,_]=y(null),[h,g]=y(!1),$=()=>{const b=s.find(P=>P.id===a),S=r.find(P=>P.id===m),A=new Date().toISOString();if(e==="PERMISSIONS")return{subject:{id:b?.id,kind:"user",email:b?.email,role:b?.role,permissions:b?.permissions??[],accountId:t.id,disabled:b?.disabled??!1},action:f,resource:S?{type:"device",id:S.id,accountId:t.id,code:S.code,inactive:S.inactive}:{type:"account",id:t.id,accountId:t.id},now:A};const k=t.licensePool;return{account:{id:t.id,type:t.type},device:{id:S?.id,code:S?.code,name:S?.name??""},user:{id:b?.id,email:b?.email,permissions:b?.permissions??[]},pools:{STANDARD:{total:k.standard.total,free:k.standard.unassigned},FLOATING:{total:k.floating.total,free:k.floating.unassigned}},holders:r.filter(P=>P.license&&P.id!==S?.id).map(P=>({deviceId:P.id,code:P.code,pool:P.license.pool,status:P.licenseStatus,lastSeenAt:P.lastSeenAt,idleMinutes:P.lastSeenAt?Math.floor((Date.now()-Date.parse(P.lastSeenAt))/6e4):0,userEmail:P.lastUser?.email??"",userPermissions:P.lastUser?.permissions??[],inactive:P.inactive})),settings:{floatingIdleMinutes:t.settings.floatingIdleMinutes,priorityPermission:t.settings.floatingPriorityPermission??""},now:A}};return n("section",{class:"panel","aria-labelledby":"dry-title",children:[n("h2",{id:"dry-title",children:"Dry run"}),n("p",{class:"hint",children:"Evaluates the text in the editor (saved or not) on a request you choose. Nothing changes."}),n("form",{class:"filters",onSubmit:async b=>{b.preventDefault(),g(!0),_(null),p(null);try{const S=await le(Gi,{kind:e,input:$(),source:i()});p(JSON.stringify(S.evaluatePolicy,null,2)),o(null)}catch(S){_(S),o(S)}finally{g(!1)}},children:[n("div",{class:"field",children:[n("label",{for:"dry-user",children:"User"}),n("select",{id:"dry-user",value:a,onChange:b=>u(b.currentTarget.value),children:s.map(b=>n("option",{value:b.id,children:`${b.email} (${b.role})`}))})]}),n("div",{class:"field",children:[n("label",{for:"dry-device",children:"Device"}),n("select",{id:"dry-device",value:m,onChange:b=>d(b.currentTarget.value),children:[e==="PERMISSIONS"&&n("option",{value:"",children:"None (the account)"}),r.map(b=>n("option",{value:b.id,children:b.code}))]})]}),e==="PERMISSIONS"&&n("div",{class:"field",children:[n("label",{for:"dry-action",children:"Action"}),n("select",{id:"dry-action",value:f,onChange:b=>c(b.currentTarget.value),children:Ki.map(b=>n("option",{value:b,children:b}))})]}),n("div",{class:"field",children:n("button",{type:"submit",disabled:h,children:"Run dry run"})})]}),n(U,{error:v}),l!==null&&n("pre",{class:"result","data-testid":"dry-result","aria-label":"Dry-run decision",children:l})]})}function Xi({kind:e,versions:t,canEdit:i,onRollback:o}){const s=[...t].sort((l,p)=>p.version-l.version),[r,a]=y(s[1]?.version??s[0]?.version??0),[u,m]=y(s[0]?.version??0),d=ne(null),[f,c]=y(!1);return B(()=>{if(!f||!d.current)return;const l=t.find(h=>h.version===r),p=t.find(h=>h.version===u);if(!l||!p)return;let v=null,_=!1;return $e(()=>import("./editor-DT4Ukf0T.js"),[]).then(h=>{_||!d.current||(d.current.textContent="",v=h.createDiff(d.current,l.source,p.source))}),()=>{_=!0,v?.destroy()}},[f,r,u,t]),n("section",{"aria-labelledby":"versions-title",children:[n("h2",{id:"versions-title",children:"Version history"}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:[e," policy versions"]}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Version"}),n("th",{scope:"col",children:"Author"}),n("th",{scope:"col",children:"Date"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:s.map(l=>n("tr",{"data-version":l.version,children:[n("th",{scope:"row",children:l.version===0?"0 (shipped default)":l.version}),n("td",{children:l.author?.email??"—"}),n("td",{children:Q(l.createdAt)}),n("td",{children:l.active?"Active":""}),n("td",{children:!l.active&&i&&n("button",{type:"button","aria-label":`Roll back to version ${l.version}`,onClick:()=>o(l.version),children:"Roll back"})})]},l.id))})]})}),s.length>1&&n("form",{class:"filters",onSubmit:l=>{l.preventDefault(),c(!0)},"aria-label":"Compare versions",children:[n("div",{class:"field",children:[n("label",{for:"diff-a",children:"Compare version"}),n("select",{id:"diff-a",value:r,onChange:l=>a(Number(l.currentTarget.value)),children:s.map(l=>n("option",{value:l.version,children:l.version}))})]}),n("div",{class:"field",children:[n("label",{for:"diff-b",children:"with version"}),n("select",{id:"diff-b",value:u,onChange:l=>m(Number(l.currentTarget.value)),children:s.map(l=>n("option",{value:l.version,children:l.version}))})]}),n("div",{class:"field",children:n("button",{type:"submit",children:"Show differences"})})]}),f&&n("div",{class:"diff",ref:d,"aria-label":`Differences between version ${r} and version ${u}`,role:"region"})]})}const Zi=["ASSIGNED","RESERVED","REMOVED","MOVED","RECLAIMED","RELEASED","DENIED","EXPIRED","RENEWED"],Yn=500,eo=E(`
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
`);async function no(e,t){let i=null,o=[],s=0;for(;;){const r=await le(eo,{types:e,deviceId:t,after:i});if(s=r.licenseEvents.totalCount,o=o.concat(r.licenseEvents.edges.map(a=>a.node)).slice(-Yn),i=r.licenseEvents.pageInfo.endCursor??i,!r.licenseEvents.pageInfo.hasNextPage)return{events:o,last:i,total:s}}}function to(){const{query:e}=Ae(),t=e.get("type")??"",i=e.get("device")??"",o=oe(),[s,r]=y([]),[a,u]=y(null),[m,d]=y(!0),[f,c]=y("live"),[l,p]=y(null),v=ne(new Set);B(()=>{let h=()=>{},g=!1;return d(!0),no(t?[t]:null,i||null).then(({events:$,last:b})=>{g||(d(!1),v.current=new Set($.map(S=>S.cursor)),r($.slice().reverse()),h=_(b))},$=>{d(!1),u($)}),()=>{g=!0,h()}},[t,i]);const _=h=>Kn({after:h,accountId:o.me.account?.id,onEvent:g=>{v.current.has(g.cursor)||(v.current.add(g.cursor),!(t&&g.type!==t)&&(i&&g.device?.id!==i&&g.previousDevice?.id!==i||r($=>[g,...$].slice(0,Yn))))},onStatus:(g,$)=>{c(g),$&&($.code==="FORBIDDEN"||$.code==="UNAUTHENTICATED")&&p($)}});return n("section",{"aria-labelledby":"events-title",children:[n("h1",{id:"events-title",children:"Events"}),n("form",{class:"filters",role:"search","aria-label":"Filter events",onSubmit:h=>h.preventDefault(),children:[n("div",{class:"field",children:[n("label",{for:"ev-type",children:"Type"}),n("select",{id:"ev-type",value:t,onChange:h=>ge({type:h.currentTarget.value}),children:[n("option",{value:"",children:"All types"}),Zi.map(h=>n("option",{value:h,children:h}))]})]}),n("div",{class:"field",children:[n("label",{for:"ev-device",children:"Device ID"}),n("input",{id:"ev-device",value:i,onChange:h=>ge({device:h.currentTarget.value.trim()})})]}),n("div",{class:"field",children:n(io,{})})]}),n("p",{class:f==="live"?"ok":"notice",role:"status","data-testid":"feed-status",children:f==="live"?"Live: new events appear at the top.":"Connection lost: reconnecting, and missed events will follow."}),n(U,{error:a??l}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"License events, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Type"}),n("th",{scope:"col",children:"Device"}),n("th",{scope:"col",children:"Pool"}),n("th",{scope:"col",children:"User"}),n("th",{scope:"col",children:"By"}),n("th",{scope:"col",children:"Reason"})]})}),n("tbody",{children:[s.map(h=>n("tr",{"data-type":h.type,"data-sequence":h.sequence,children:[n("td",{children:h.sequence}),n("td",{children:Q(h.occurredAt)}),n("th",{scope:"row",children:h.type}),n("td",{children:[h.device?.code??"—",h.previousDevice?` (from ${h.previousDevice.code})`:""]}),n("td",{children:h.pool??"—"}),n("td",{children:h.userEmail??"—"}),n("td",{children:h.actorEmail??"system"}),n("td",{children:h.reason??""})]},h.cursor)),s.length===0&&!m&&n("tr",{children:n("td",{colSpan:8,children:"No event yet."})})]})]})})]})}function io(){const[e,t]=y(null);return n(j,{children:[n("button",{type:"button",onClick:async()=>{t(null);const{exportCSV:i}=await $e(async()=>{const{exportCSV:s}=await Promise.resolve().then(()=>mi);return{exportCSV:s}},void 0),o=await i("/export/license-events.csv","license-events.csv");o&&t(o)},children:"Export CSV"}),e&&n("span",{class:"error",role:"alert",children:e})]})}const oo=E(`
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
`),uo=["ASSIGNED","RESERVED","REMOVED","MOVED","RECLAIMED","RELEASED","DENIED","EXPIRED","RENEWED"];function po(e){return e.webhookConnection.edges.map(({node:{deliveryConnection:t,...i}})=>({...i,deliveries:t.edges.map(o=>o.node)}))}function ho(){const e=oe(),t=X(oo,{}),i=t.data?.account,o=M(ro),[s,r]=y(""),[a,u]=y(""),[m,d]=y("30"),[f,c]=y("");B(()=>{i&&(r(i.settings.operatorContactEmail??""),u(i.settings.operatorContactPhone??""),d(String(i.settings.floatingIdleMinutes)))},[i?.id]);const l=e.can("account.settings.update");return t.error?n(U,{error:t.error}):i?n(j,{children:[n("h1",{children:"Settings"}),n("form",{class:"panel","aria-labelledby":"contact-title",onSubmit:async p=>{p.preventDefault(),c(""),await o.run({input:{operatorContactEmail:s,operatorContactPhone:a,floatingIdleMinutes:Number(m)}})&&c("Settings saved.")},children:[n("h2",{id:"contact-title",children:"Operators' contact and floating licenses"}),n(x,{id:"s-email",label:"Operator contact email",hint:"Shown to operators who need help, e.g. when no license is free.",children:n("input",{id:"s-email",type:"email",value:s,disabled:!l,onInput:p=>r(p.currentTarget.value),"aria-describedby":"s-email-hint"})}),n(x,{id:"s-phone",label:"Operator contact phone",children:n("input",{id:"s-phone",type:"tel",value:a,disabled:!l,onInput:p=>u(p.currentTarget.value)})}),n(x,{id:"s-idle",label:"Floating idle minutes",hint:"A device silent for longer may lose its floating license to another device.",children:n("input",{id:"s-idle",type:"number",min:0,value:m,disabled:!l,onInput:p=>d(p.currentTarget.value),"aria-describedby":"s-idle-hint"})}),n(U,{error:o.error}),f&&n("p",{class:"ok",role:"status",children:f}),l&&n("button",{type:"submit",class:"primary",disabled:o.pending,children:"Save settings"})]}),n(mo,{hooks:po(i),canManage:e.can("webhook.manage"),onChange:t.reload})]}):n("p",{"aria-busy":"true",children:"Loading…"})}function kn(){const e=new Uint8Array(24);return crypto.getRandomValues(e),Array.from(e,t=>t.toString(16).padStart(2,"0")).join("")}function mo({hooks:e,canManage:t,onChange:i}){const o=M(so),s=M(ao),r=M(lo),a=M(co),[u,m]=y(""),[d,f]=y([]),[c,l]=y(null),[p,v]=y(null);return n("section",{"aria-labelledby":"hooks-title",children:[n("h2",{id:"hooks-title",children:"Webhooks"}),c&&n(jn,{label:"Signing secret.",value:c}),t&&n("form",{class:"panel","aria-label":"Create a webhook",onSubmit:async _=>{_.preventDefault();const h=kn();await o.run({input:{url:u,secret:h,eventTypes:d}})&&(l(h),m(""),i())},children:[n(x,{id:"w-url",label:"Endpoint URL",children:n("input",{id:"w-url",type:"url",required:!0,value:u,onInput:_=>m(_.currentTarget.value)})}),n("fieldset",{class:"perms",children:[n("legend",{children:"Event types (none: all)"}),uo.map(_=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:d.includes(_),onChange:h=>f(h.currentTarget.checked?[...d,_]:d.filter(g=>g!==_))})," ",_]},_))]}),n(U,{error:o.error}),n("button",{type:"submit",class:"primary",disabled:o.pending,children:"Create webhook"})]}),n(U,{error:s.error??a.error}),e.length===0&&n("p",{children:"No webhook yet."}),e.map(_=>n("section",{class:"card","aria-label":`Webhook ${_.url}`,children:[n("h3",{children:_.url}),n("p",{children:[_.active?"Active":"Paused"," · ",_.eventTypes.length?_.eventTypes.join(", "):"all events"," · created ",Q(_.createdAt)]}),t&&n("div",{class:"actions",children:[n("button",{type:"button",onClick:async()=>{await s.run({id:_.id,input:{active:!_.active}})&&i()},children:_.active?"Pause":"Resume (sends what it missed)"}),n("button",{type:"button",onClick:async()=>{const h=kn();await s.run({id:_.id,input:{secret:h}})&&l(h)},children:"New secret"}),n("button",{type:"button",onClick:()=>v(_),children:"Delete"})]}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{children:"Latest deliveries"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Event"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Attempts"}),n("th",{scope:"col",children:"Last answer"}),n("th",{scope:"col",children:"Next attempt"}),t&&n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:[_.deliveries.map(h=>n("tr",{children:[n("th",{scope:"row",children:["#",h.event.sequence," ",h.event.type]}),n("td",{children:h.status}),n("td",{children:h.attempts}),n("td",{children:h.lastStatusCode??h.lastError??"—"}),n("td",{children:h.status==="PENDING"?Q(h.nextAttemptAt):h.deliveredAt?`delivered ${Q(h.deliveredAt)}`:"—"}),t&&n("td",{children:h.status!=="PENDING"&&n("button",{type:"button","aria-label":`Redeliver event ${h.event.sequence}`,onClick:async()=>{await a.run({id:h.id})&&i()},children:"Redeliver"})})]},h.id)),_.deliveries.length===0&&n("tr",{children:n("td",{colSpan:t?6:5,children:"No delivery yet."})})]})]})})]},_.id)),p&&n(te,{title:`Delete the webhook ${p.url}`,confirmLabel:"Delete webhook",danger:!0,pending:r.pending,error:r.error,onCancel:()=>v(null),onConfirm:async()=>{await r.run({id:p.id})&&(v(null),i())},children:n("p",{children:"No more events are sent to it."})})]})}const fo=E(`
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
`),Jn=()=>new Date(Date.now()+365*864e5).toISOString().slice(0,10),on=e=>new Date(`${e}T00:00:00Z`).toISOString();function wo(){const{path:e}=Ae(),t=/^\/accounts\/([^/]+)$/.exec(e);return t?n(j,{children:[n("p",{children:n(we,{to:"/accounts",children:"← All accounts"})}),n(Gn,{accountId:decodeURIComponent(t[1])})]}):n($o,{})}function $o(){const e=oe(),[t,i]=y(null),o=X(fo,{after:t}),s=X(vo,{},!e.can("accountrequest.read")),[r,a]=y(""),[u,m]=y(null),[d,f]=y(!1),c=l=>{a(l),o.reload(),s.reload()};return n(j,{children:[n("h1",{children:"Accounts"}),r&&n("p",{class:"ok",role:"status",children:r}),e.can("accountrequest.read")&&n("section",{"aria-labelledby":"req-title",children:[n("h2",{id:"req-title",children:"Account requests"}),n(U,{error:s.error}),s.data?.accountRequests.length===0&&n("p",{children:"No request is waiting."}),s.data?.accountRequests.map(l=>n(ko,{r:l,presets:s.data.floatingPresets,onDone:c},l.id))]}),n("section",{"aria-labelledby":"acc-title",children:[n("div",{class:"section-head",children:[n("h2",{id:"acc-title",children:"All accounts"}),e.can("account.create")&&n("button",{type:"button",class:"primary",onClick:()=>f(!0),children:"Create account"})]}),d&&n(Ao,{onDone:l=>{f(!1),l&&c(l)}}),u&&n(Io,{acc:u,onDone:l=>{m(null),l&&c(l)}}),n(U,{error:o.error}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:"Enterprise accounts"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Account email"}),n("th",{scope:"col",children:"Type"}),n("th",{scope:"col",children:"Licenses in use"}),n("th",{scope:"col",children:"Ends"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:o.data?.accounts.edges.map(({node:l})=>n("tr",{"data-account":l.name,children:[n("th",{scope:"row",children:n(we,{to:`/accounts/${encodeURIComponent(l.id)}`,children:l.name})}),n("td",{children:l.email}),n("td",{children:l.type}),n("td",{children:[l.licensePool.assigned," of ",l.licensePool.total]}),n("td",{children:tn(l.expiresAt)}),n("td",{children:e.can("account.renew")&&n("button",{type:"button","aria-label":`Renew ${l.name}`,onClick:()=>m(l),children:"Renew"})})]},l.id))})]})}),o.data&&(o.data.accounts.pageInfo.hasNextPage||t)&&n("nav",{class:"pager","aria-label":"Pages of accounts",children:[n("button",{type:"button",disabled:!t,onClick:()=>i(null),children:"First page"}),n("button",{type:"button",disabled:!o.data.accounts.pageInfo.hasNextPage,onClick:()=>i(o.data.accounts.pageInfo.endCursor??null),children:"Next page"})]})]})]})}function ko({r:e,presets:t,onDone:i}){const o=M(go),s=M(yo),r=`req-${e.id}`,[a,u]=y(""),[m,d]=y(""),[f,c]=y(e.accountType),[l,p]=y(String(e.standardLicenses)),[v,_]=y(String(e.floatingLicenses)),[h,g]=y(Jn()),[$,b]=y(""),[S,A]=y("");return n("article",{class:"card","aria-labelledby":`${r}-title`,"data-request":e.companyName,children:[n("h3",{id:`${r}-title`,children:e.companyName}),n("p",{children:[e.contactName?`${e.contactName}, `:"",e.contactEmail," · asks for ",e.accountType,": ",e.standardLicenses," standard, ",e.floatingLicenses," floating · ",Q(e.createdAt)]}),e.workflow&&n("p",{class:"workflow",children:["“",e.workflow,"”"]}),n("form",{"aria-label":`Approve ${e.companyName}`,onSubmit:async k=>{k.preventDefault();const P=await o.run({id:e.id,input:{email:a,adminPassword:m,expiresAt:on(h),type:f,standardLicenses:Number(l),floatingLicenses:Number(v),...$?{floatingPresetName:$}:{}}});P&&i(`${P.approveAccountRequest.name} was created.`)},children:[n("div",{class:"filters",children:[n(x,{id:`${r}-email`,label:"Account Email",children:n("input",{id:`${r}-email`,type:"email",required:!0,value:a,onInput:k=>u(k.currentTarget.value)})}),n(x,{id:`${r}-pw`,label:"Admin password",children:n("input",{id:`${r}-pw`,type:"password",required:!0,autoComplete:"new-password",value:m,onInput:k=>d(k.currentTarget.value)})}),n(x,{id:`${r}-type`,label:"Type",children:n("select",{id:`${r}-type`,value:f,onChange:k=>c(k.currentTarget.value),children:[n("option",{children:"STANDARD"}),n("option",{children:"FLOATING"}),n("option",{children:"MIXED"})]})}),n(x,{id:`${r}-std`,label:"Standard licenses",children:n("input",{id:`${r}-std`,type:"number",min:0,value:l,onInput:k=>p(k.currentTarget.value)})}),n(x,{id:`${r}-flt`,label:"Floating licenses",children:n("input",{id:`${r}-flt`,type:"number",min:0,value:v,onInput:k=>_(k.currentTarget.value)})}),n(x,{id:`${r}-ends`,label:"End date",children:n("input",{id:`${r}-ends`,type:"date",required:!0,value:h,onInput:k=>g(k.currentTarget.value)})}),n(x,{id:`${r}-preset`,label:"Floating strategy",children:n("select",{id:`${r}-preset`,value:$,onChange:k=>b(k.currentTarget.value),children:[n("option",{value:"",children:"Default"}),t.map(k=>n("option",{value:k.preset,title:k.description,children:k.name}))]})})]}),n(U,{error:o.error}),n("button",{type:"submit",class:"primary",disabled:o.pending,children:"Approve"})]}),n("form",{class:"filters","aria-label":`Reject ${e.companyName}`,onSubmit:async k=>{k.preventDefault(),await s.run({id:e.id,reason:S||null})&&i(`The request of ${e.companyName} was rejected.`)},children:[n(x,{id:`${r}-reason`,label:"Reason for rejecting",children:n("input",{id:`${r}-reason`,value:S,onInput:k=>A(k.currentTarget.value)})}),n("div",{class:"field",children:n("button",{type:"submit",class:"danger",disabled:s.pending,children:"Reject"})}),n(U,{error:s.error})]})]})}function Ao({onDone:e}){const t=M(_o),[i,o]=y(""),[s,r]=y(""),[a,u]=y(""),[m,d]=y("STANDARD"),[f,c]=y("5"),[l,p]=y("0"),[v,_]=y(Jn());return n("form",{class:"panel","aria-label":"Create an account",onSubmit:async h=>{h.preventDefault();const g=await t.run({input:{name:i,email:s,adminPassword:a,type:m,standardLicenses:Number(f),floatingLicenses:Number(l),expiresAt:on(v)}});g&&e(`${g.createAccount.name} was created.`)},children:[n("div",{class:"filters",children:[n(x,{id:"ca-name",label:"Company name",children:n("input",{id:"ca-name",required:!0,value:i,onInput:h=>o(h.currentTarget.value)})}),n(x,{id:"ca-email",label:"Account Email",children:n("input",{id:"ca-email",type:"email",required:!0,value:s,onInput:h=>r(h.currentTarget.value)})}),n(x,{id:"ca-pw",label:"Admin password",children:n("input",{id:"ca-pw",type:"password",autoComplete:"new-password",required:!0,value:a,onInput:h=>u(h.currentTarget.value)})}),n(x,{id:"ca-type",label:"Type",children:n("select",{id:"ca-type",value:m,onChange:h=>d(h.currentTarget.value),children:[n("option",{children:"STANDARD"}),n("option",{children:"FLOATING"}),n("option",{children:"MIXED"})]})}),n(x,{id:"ca-std",label:"Standard licenses",children:n("input",{id:"ca-std",type:"number",min:0,value:f,onInput:h=>c(h.currentTarget.value)})}),n(x,{id:"ca-flt",label:"Floating licenses",children:n("input",{id:"ca-flt",type:"number",min:0,value:l,onInput:h=>p(h.currentTarget.value)})}),n(x,{id:"ca-ends",label:"End date",children:n("input",{id:"ca-ends",type:"date",required:!0,value:v,onInput:h=>_(h.currentTarget.value)})})]}),n(U,{error:t.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:"primary",disabled:t.pending,children:"Create account"}),n("button",{type:"button",onClick:()=>e(),children:"Cancel"})]})]})}function Io({acc:e,onDone:t}){const i=M(bo),[o,s]=y(new Date(Date.parse(e.expiresAt)+365*864e5).toISOString().slice(0,10)),[r,a]=y(""),[u,m]=y("");return n("form",{class:"panel","aria-label":`Renew ${e.name}`,onSubmit:async d=>{d.preventDefault();const f=await i.run({id:e.id,input:{expiresAt:on(o),...r?{standardLicenses:Number(r)}:{},...u?{floatingLicenses:Number(u)}:{}}});f&&t(`${e.name} now ends on ${tn(f.renewAccount.expiresAt)}.`)},children:[n("h3",{children:["Renew ",e.name]}),n("div",{class:"filters",children:[n(x,{id:"rn-ends",label:"New end date",children:n("input",{id:"rn-ends",type:"date",required:!0,value:o,onInput:d=>s(d.currentTarget.value)})}),n(x,{id:"rn-std",label:"Standard licenses (empty: unchanged)",children:n("input",{id:"rn-std",type:"number",min:0,value:r,onInput:d=>a(d.currentTarget.value)})}),n(x,{id:"rn-flt",label:"Floating licenses (empty: unchanged)",children:n("input",{id:"rn-flt",type:"number",min:0,value:u,onInput:d=>m(d.currentTarget.value)})})]}),n(U,{error:i.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:"primary",disabled:i.pending,children:"Renew"}),n("button",{type:"button",onClick:()=>t(),children:"Cancel"})]})]})}const So=E(`
  mutation Logout {
    logout
  }
`),An=[{path:"/",title:"Overview",show:e=>!!e.me.account&&e.can("account.read")},{path:"/devices",title:"Devices",show:e=>!!e.me.account&&e.can("device.read")},{path:"/users",title:"Users and tokens",show:e=>!!e.me.account&&e.can("user.read")},{path:"/policies",title:"Policies",show:e=>!!e.me.account&&e.can("policy.read")},{path:"/events",title:"Events",show:e=>!!e.me.account&&e.can("event.read")},{path:"/settings",title:"Settings",show:e=>!!e.me.account&&e.can("account.read")},{path:"/accounts",title:"Accounts",show:e=>e.can("account.list")}];function Do(){const e=Ae(),t=X(li,{actions:ci}),i=Ze(()=>{if(!t.data?.me)return null;const a=new Set(t.data.viewerPermissions.filter(u=>u.allowed).map(u=>u.action));return{me:t.data.me,can:u=>a.has(u),reload:t.reload}},[t.data]),o=i?An.filter(a=>a.show(i)):[],s=o.find(a=>a.path!=="/"&&(e.path===a.path||e.path.startsWith(a.path+"/")))??o.find(a=>a.path===e.path);if(B(()=>{document.title=`${s?.title??"Console"} · CountThings`;const a=An.some(u=>u.path===e.path||u.path!=="/"&&e.path.startsWith(u.path+"/"));i&&!s&&o.length&&(e.path==="/"||a)&&qe(o[0].path,!0)},[s,i,e.path]),t.error&&!t.data)return n("main",{id:"main",class:"center",children:n("p",{role:"alert",children:String(t.error.message)})});if(!i)return n("main",{id:"main",class:"center","aria-busy":"true",children:n("p",{children:"Loading…"})});let r;switch(s?.path){case"/":r=n(Gn,{});break;case"/devices":r=n(Ri,{});break;case"/users":r=n(Fi,{});break;case"/policies":r=n(zi,{});break;case"/events":r=n(to,{});break;case"/settings":r=n(ho,{});break;case"/accounts":r=n(wo,{});break;default:r=n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:"There is no such page in the console, or your permissions do not include it."})]})}return n(Bn.Provider,{value:i,children:[n("a",{class:"skip",href:"#main",children:"Skip to content"}),n("header",{class:"top",children:[n("span",{class:"brand",children:"CountThings"}),n("nav",{"aria-label":"Console",children:n("ul",{children:o.map(a=>n("li",{children:n(we,{to:a.path,"aria-current":s===a?"page":void 0,children:a.title})},a.path))})}),n("div",{class:"who",children:[n("span",{children:[i.me.email," ",n("span",{class:"role",children:i.me.role}),i.me.account&&n(j,{children:[" · ",i.me.account.name]})]}),n("button",{type:"button",onClick:async()=>{try{await le(So)}catch{}Hn(),qe("/",!0),ke("You are signed out.")},children:"Sign out"})]})]}),n("main",{id:"main",tabIndex:-1,children:r})]})}function Eo(){const[e,t]=y(!!ce());return B(()=>bt(()=>{const i=!!ce();i||Hn(),t(i)}),[]),B(()=>{const i=ce();if(!i)return;const o=Date.parse(i.expiresAt)-Date.now(),s=setTimeout(()=>ke("Your session has ended. Please sign in again."),Math.min(Math.max(o,0),2**31-1));return()=>clearTimeout(s)},[e]),e?n(Do,{}):n(ui,{})}ot(n(Eo,{}),document.getElementById("app"));
