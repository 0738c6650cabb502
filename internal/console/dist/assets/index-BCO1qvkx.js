var Re,R,An,oe,rn,kn,In,Sn,Ge,We,Fe,Dn,_e={},En=[],Yn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,xe=Array.isArray;function ee(e,t){for(var i in t)e[i]=t[i];return e}function Ke(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Qn(e,t,i){var r,s,o,c={};for(o in t)o=="key"?r=t[o]:o=="ref"?s=t[o]:c[o]=t[o];if(arguments.length>2&&(c.children=arguments.length>3?Re.call(arguments,2):i),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)c[o]===void 0&&(c[o]=e.defaultProps[o]);return Ie(e,c,r,s,null)}function Ie(e,t,i,r,s){var o={type:e,props:t,key:i,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++An,__i:-1,__u:0};return s==null&&R.vnode!=null&&R.vnode(o),o}function z(e){return e.children}function Se(e,t){this.props=e,this.context=t}function he(e,t){if(t==null)return e.__?he(e.__,e.__i+1):null;for(var i;t<e.__k.length;t++)if((i=e.__k[t])!=null&&i.__e!=null)return i.__e;return typeof e.type=="function"?he(e):null}function Pn(e){var t,i;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((i=e.__k[t])!=null&&i.__e!=null){e.__e=e.__c.base=i.__e;break}return Pn(e)}}function Be(e){(!e.__d&&(e.__d=!0)&&oe.push(e)&&!Ee.__r++||rn!=R.debounceRendering)&&((rn=R.debounceRendering)||kn)(Ee)}function Ee(){for(var e,t,i,r,s,o,c,u=1;oe.length;)oe.length>u&&oe.sort(In),e=oe.shift(),u=oe.length,e.__d&&(i=void 0,r=void 0,s=(r=(t=e).__v).__e,o=[],c=[],t.__P&&((i=ee({},r)).__v=r.__v+1,R.vnode&&R.vnode(i),ze(t.__P,i,r,t.__n,t.__P.namespaceURI,32&r.__u?[s]:null,o,s??he(r),!!(32&r.__u),c),i.__v=r.__v,i.__.__k[i.__i]=i,Nn(o,i,c),r.__e=r.__=null,i.__e!=s&&Pn(i)));Ee.__r=0}function Cn(e,t,i,r,s,o,c,u,f,a,m){var d,l,h,g,b,p,v,$=r&&r.__k||En,y=t.length;for(f=Xn(i,t,$,f,y),d=0;d<y;d++)(h=i.__k[d])!=null&&(l=h.__i==-1?_e:$[h.__i]||_e,h.__i=d,p=ze(e,h,l,s,o,c,u,f,a,m),g=h.__e,h.ref&&l.ref!=h.ref&&(l.ref&&Je(l.ref,null,h),m.push(h.ref,h.__c||g,h)),b==null&&g!=null&&(b=g),(v=!!(4&h.__u))||l.__k===h.__k?f=Tn(h,f,e,v):typeof h.type=="function"&&p!==void 0?f=p:g&&(f=g.nextSibling),h.__u&=-7);return i.__e=b,f}function Xn(e,t,i,r,s){var o,c,u,f,a,m=i.length,d=m,l=0;for(e.__k=new Array(s),o=0;o<s;o++)(c=t[o])!=null&&typeof c!="boolean"&&typeof c!="function"?(f=o+l,(c=e.__k[o]=typeof c=="string"||typeof c=="number"||typeof c=="bigint"||c.constructor==String?Ie(null,c,null,null,null):xe(c)?Ie(z,{children:c},null,null,null):c.constructor==null&&c.__b>0?Ie(c.type,c.props,c.key,c.ref?c.ref:null,c.__v):c).__=e,c.__b=e.__b+1,u=null,(a=c.__i=Zn(c,i,f,d))!=-1&&(d--,(u=i[a])&&(u.__u|=2)),u==null||u.__v==null?(a==-1&&(s>m?l--:s<m&&l++),typeof c.type!="function"&&(c.__u|=4)):a!=f&&(a==f-1?l--:a==f+1?l++:(a>f?l--:l++,c.__u|=4))):e.__k[o]=null;if(d)for(o=0;o<m;o++)(u=i[o])!=null&&(2&u.__u)==0&&(u.__e==r&&(r=he(u)),xn(u,u));return r}function Tn(e,t,i,r){var s,o;if(typeof e.type=="function"){for(s=e.__k,o=0;s&&o<s.length;o++)s[o]&&(s[o].__=e,t=Tn(s[o],t,i,r));return t}e.__e!=t&&(r&&(t&&e.type&&!t.parentNode&&(t=he(e)),i.insertBefore(e.__e,t||null)),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Zn(e,t,i,r){var s,o,c,u=e.key,f=e.type,a=t[i],m=a!=null&&(2&a.__u)==0;if(a===null&&e.key==null||m&&u==a.key&&f==a.type)return i;if(r>(m?1:0)){for(s=i-1,o=i+1;s>=0||o<t.length;)if((a=t[c=s>=0?s--:o++])!=null&&(2&a.__u)==0&&u==a.key&&f==a.type)return c}return-1}function on(e,t,i){t[0]=="-"?e.setProperty(t,i??""):e[t]=i==null?"":typeof i!="number"||Yn.test(t)?i:i+"px"}function ke(e,t,i,r,s){var o,c;e:if(t=="style")if(typeof i=="string")e.style.cssText=i;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)i&&t in i||on(e.style,t,"");if(i)for(t in i)r&&i[t]==r[t]||on(e.style,t,i[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(Sn,"$1")),c=t.toLowerCase(),t=c in e||t=="onFocusOut"||t=="onFocusIn"?c.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=i,i?r?i.u=r.u:(i.u=Ge,e.addEventListener(t,o?Fe:We,o)):e.removeEventListener(t,o?Fe:We,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=i??"";break e}catch{}typeof i=="function"||(i==null||i===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&i==1?"":i))}}function sn(e){return function(t){if(this.l){var i=this.l[t.type+e];if(t.t==null)t.t=Ge++;else if(t.t<i.u)return;return i(R.event?R.event(t):t)}}}function ze(e,t,i,r,s,o,c,u,f,a){var m,d,l,h,g,b,p,v,$,y,S,k,A,C,w,j,le,K=t.type;if(t.constructor!=null)return null;128&i.__u&&(f=!!(32&i.__u),o=[u=t.__e=i.__e]),(m=R.__b)&&m(t);e:if(typeof K=="function")try{if(v=t.props,$="prototype"in K&&K.prototype.render,y=(m=K.contextType)&&r[m.__c],S=m?y?y.props.value:m.__:r,i.__c?p=(d=t.__c=i.__c).__=d.__E:($?t.__c=d=new K(v,S):(t.__c=d=new Se(v,S),d.constructor=K,d.render=nt),y&&y.sub(d),d.props=v,d.state||(d.state={}),d.context=S,d.__n=r,l=d.__d=!0,d.__h=[],d._sb=[]),$&&d.__s==null&&(d.__s=d.state),$&&K.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=ee({},d.__s)),ee(d.__s,K.getDerivedStateFromProps(v,d.__s))),h=d.props,g=d.state,d.__v=t,l)$&&K.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),$&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if($&&K.getDerivedStateFromProps==null&&v!==h&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(v,S),!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(v,d.__s,S)===!1||t.__v==i.__v){for(t.__v!=i.__v&&(d.props=v,d.state=d.__s,d.__d=!1),t.__e=i.__e,t.__k=i.__k,t.__k.some(function(Z){Z&&(Z.__=t)}),k=0;k<d._sb.length;k++)d.__h.push(d._sb[k]);d._sb=[],d.__h.length&&c.push(d);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(v,d.__s,S),$&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate(h,g,b)})}if(d.context=S,d.props=v,d.__P=e,d.__e=!1,A=R.__r,C=0,$){for(d.state=d.__s,d.__d=!1,A&&A(t),m=d.render(d.props,d.state,d.context),w=0;w<d._sb.length;w++)d.__h.push(d._sb[w]);d._sb=[]}else do d.__d=!1,A&&A(t),m=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++C<25);d.state=d.__s,d.getChildContext!=null&&(r=ee(ee({},r),d.getChildContext())),$&&!l&&d.getSnapshotBeforeUpdate!=null&&(b=d.getSnapshotBeforeUpdate(h,g)),j=m,m!=null&&m.type===z&&m.key==null&&(j=Rn(m.props.children)),u=Cn(e,xe(j)?j:[j],t,i,r,s,o,c,u,f,a),d.base=t.__e,t.__u&=-161,d.__h.length&&c.push(d),p&&(d.__E=d.__=null)}catch(Z){if(t.__v=null,f||o!=null)if(Z.then){for(t.__u|=f?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;o[o.indexOf(u)]=null,t.__e=u}else{for(le=o.length;le--;)Ke(o[le]);je(t)}else t.__e=i.__e,t.__k=i.__k,Z.then||je(t);R.__e(Z,t,i)}else o==null&&t.__v==i.__v?(t.__k=i.__k,t.__e=i.__e):u=t.__e=et(i.__e,t,i,r,s,o,c,f,a);return(m=R.diffed)&&m(t),128&t.__u?void 0:u}function je(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(je)}function Nn(e,t,i){for(var r=0;r<i.length;r++)Je(i[r],i[++r],i[++r]);R.__c&&R.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){R.__e(o,s.__v)}})}function Rn(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:xe(e)?e.map(Rn):ee({},e)}function et(e,t,i,r,s,o,c,u,f){var a,m,d,l,h,g,b,p=i.props,v=t.props,$=t.type;if($=="svg"?s="http://www.w3.org/2000/svg":$=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(a=0;a<o.length;a++)if((h=o[a])&&"setAttribute"in h==!!$&&($?h.localName==$:h.nodeType==3)){e=h,o[a]=null;break}}if(e==null){if($==null)return document.createTextNode(v);e=document.createElementNS(s,$,v.is&&v),u&&(R.__m&&R.__m(t,o),u=!1),o=null}if($==null)p===v||u&&e.data==v||(e.data=v);else{if(o=o&&Re.call(e.childNodes),p=i.props||_e,!u&&o!=null)for(p={},a=0;a<e.attributes.length;a++)p[(h=e.attributes[a]).name]=h.value;for(a in p)if(h=p[a],a!="children"){if(a=="dangerouslySetInnerHTML")d=h;else if(!(a in v)){if(a=="value"&&"defaultValue"in v||a=="checked"&&"defaultChecked"in v)continue;ke(e,a,null,h,s)}}for(a in v)h=v[a],a=="children"?l=h:a=="dangerouslySetInnerHTML"?m=h:a=="value"?g=h:a=="checked"?b=h:u&&typeof h!="function"||p[a]===h||ke(e,a,h,p[a],s);if(m)u||d&&(m.__html==d.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(d&&(e.innerHTML=""),Cn(t.type=="template"?e.content:e,xe(l)?l:[l],t,i,r,$=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,c,o?o[0]:i.__k&&he(i,0),u,f),o!=null)for(a=o.length;a--;)Ke(o[a]);u||(a="value",$=="progress"&&g==null?e.removeAttribute("value"):g!=null&&(g!==e[a]||$=="progress"&&!g||$=="option"&&g!=p[a])&&ke(e,a,g,p[a],s),a="checked",b!=null&&b!=e[a]&&ke(e,a,b,p[a],s))}return e}function Je(e,t,i){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(s){R.__e(s,i)}}function xn(e,t,i){var r,s;if(R.unmount&&R.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||Je(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(o){R.__e(o,t)}r.base=r.__P=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&xn(r[s],t,i||typeof e.type!="function");i||Ke(e.__e),e.__c=e.__=e.__e=void 0}function nt(e,t,i){return this.constructor(e,i)}function tt(e,t,i){var r,s,o,c;t==document&&(t=document.documentElement),R.__&&R.__(e,t),s=(r=!1)?null:t.__k,o=[],c=[],ze(t,e=t.__k=Qn(z,null,[e]),s||_e,_e,t.namespaceURI,s?null:t.firstChild?Re.call(t.childNodes):null,o,s?s.__e:t.firstChild,r,c),Nn(o,e,c)}function it(e){function t(i){var r,s;return this.getChildContext||(r=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){r=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&r.forEach(function(c){c.__e=!0,Be(c)})},this.sub=function(o){r.add(o);var c=o.componentWillUnmount;o.componentWillUnmount=function(){r&&r.delete(o),c&&c.call(o)}}),i.children}return t.__c="__cC"+Dn++,t.__=e,t.Provider=t.__l=(t.Consumer=function(i,r){return i.children(r)}).contextType=t,t}Re=En.slice,R={__e:function(e,t,i,r){for(var s,o,c;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),c=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),c=s.__d),c)return s.__E=s}catch(u){e=u}throw e}},An=0,Se.prototype.setState=function(e,t){var i;i=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ee({},this.state),typeof e=="function"&&(e=e(ee({},i),this.props)),e&&ee(i,e),e!=null&&this.__v&&(t&&this._sb.push(t),Be(this))},Se.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Be(this))},Se.prototype.render=z,oe=[],kn=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,In=function(e,t){return e.__v.__b-t.__v.__b},Ee.__r=0,Sn=/(PointerCapture)$|Capture$/i,Ge=0,We=sn(!1),Fe=sn(!0),Dn=0;var rt=0;function n(e,t,i,r,s,o){t||(t={});var c,u,f=t;if("ref"in f)for(u in f={},t)u=="ref"?c=t[u]:f[u]=t[u];var a={type:e,props:f,key:i,ref:c,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--rt,__i:-1,__u:0,__source:s,__self:o};if(typeof e=="function"&&(c=e.defaultProps))for(u in c)f[u]===void 0&&(f[u]=c[u]);return R.vnode&&R.vnode(a),a}var fe,q,Ue,cn,ye=0,Ln=[],M=R,an=M.__b,ln=M.__r,dn=M.diffed,un=M.__c,pn=M.unmount,hn=M.__;function Le(e,t){M.__h&&M.__h(q,e,ye||t),ye=0;var i=q.__H||(q.__H={__:[],__h:[]});return e>=i.__.length&&i.__.push({}),i.__[e]}function _(e){return ye=1,ot(On,e)}function ot(e,t,i){var r=Le(fe++,2);if(r.t=e,!r.__c&&(r.__=[On(void 0,t),function(u){var f=r.__N?r.__N[0]:r.__[0],a=r.t(f,u);f!==a&&(r.__N=[a,r.__[1]],r.__c.setState({}))}],r.__c=q,!q.__f)){var s=function(u,f,a){if(!r.__c.__H)return!0;var m=r.__c.__H.__.filter(function(l){return!!l.__c});if(m.every(function(l){return!l.__N}))return!o||o.call(this,u,f,a);var d=r.__c.props!==u;return m.forEach(function(l){if(l.__N){var h=l.__[0];l.__=l.__N,l.__N=void 0,h!==l.__[0]&&(d=!0)}}),o&&o.call(this,u,f,a)||d};q.__f=!0;var o=q.shouldComponentUpdate,c=q.componentWillUpdate;q.componentWillUpdate=function(u,f,a){if(this.__e){var m=o;o=void 0,s(u,f,a),o=m}c&&c.call(this,u,f,a)},q.shouldComponentUpdate=s}return r.__N||r.__}function G(e,t){var i=Le(fe++,3);!M.__s&&Un(i.__H,t)&&(i.__=e,i.u=t,q.__H.__h.push(i))}function ie(e){return ye=5,Ye(function(){return{current:e}},[])}function Ye(e,t){var i=Le(fe++,7);return Un(i.__H,t)&&(i.__=e(),i.__H=t,i.__h=e),i.__}function qn(e,t){return ye=8,Ye(function(){return e},t)}function st(e){var t=q.context[e.__c],i=Le(fe++,9);return i.c=e,t?(i.__==null&&(i.__=!0,t.sub(q)),t.props.value):e.__}function ct(){for(var e;e=Ln.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(De),e.__H.__h.forEach(Ve),e.__H.__h=[]}catch(t){e.__H.__h=[],M.__e(t,e.__v)}}M.__b=function(e){q=null,an&&an(e)},M.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),hn&&hn(e,t)},M.__r=function(e){ln&&ln(e),fe=0;var t=(q=e.__c).__H;t&&(Ue===q?(t.__h=[],q.__h=[],t.__.forEach(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})):(t.__h.forEach(De),t.__h.forEach(Ve),t.__h=[],fe=0)),Ue=q},M.diffed=function(e){dn&&dn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Ln.push(t)!==1&&cn===M.requestAnimationFrame||((cn=M.requestAnimationFrame)||at)(ct)),t.__H.__.forEach(function(i){i.u&&(i.__H=i.u),i.u=void 0})),Ue=q=null},M.__c=function(e,t){t.some(function(i){try{i.__h.forEach(De),i.__h=i.__h.filter(function(r){return!r.__||Ve(r)})}catch(r){t.some(function(s){s.__h&&(s.__h=[])}),t=[],M.__e(r,i.__v)}}),un&&un(e,t)},M.unmount=function(e){pn&&pn(e);var t,i=e.__c;i&&i.__H&&(i.__H.__.forEach(function(r){try{De(r)}catch(s){t=s}}),i.__H=void 0,t&&M.__e(t,i.__v))};var fn=typeof requestAnimationFrame=="function";function at(e){var t,i=function(){clearTimeout(r),fn&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(i,35);fn&&(t=requestAnimationFrame(i))}function De(e){var t=q,i=e.__c;typeof i=="function"&&(e.__c=void 0,i()),q=t}function Ve(e){var t=q;e.__c=e.__(),q=t}function Un(e,t){return!e||e.length!==t.length||t.some(function(i,r){return i!==e[r]})}function On(e,t){return typeof t=="function"?t(e):t}function H(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function re(e){return H(e)==="object"}function lt(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function mn(e,t){return e.length<124?e:t}const dt="graphql-transport-ws";var J=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(J||{}),Y=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(Y||{});function Mn(e){if(!re(e))throw new Error(`Message is expected to be an object, but got ${H(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${H(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!re(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!re(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${H(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${H(e.payload.query)}`);if(e.payload.variables!=null&&!re(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${H(e.payload.variables)}`);if(e.payload.operationName!=null&&H(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${H(e.payload.operationName)}`);if(e.payload.extensions!=null&&!re(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${H(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!re(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${H(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!lt(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function ut(e,t){return Mn(typeof e=="string"?JSON.parse(e,t):e)}function ve(e,t){return Mn(e),JSON.stringify(e,t)}function pt(e){const{url:t,connectionParams:i,lazy:r=!0,onNonLazyError:s=console.error,lazyCloseTimeout:o=0,keepAlive:c=0,disablePong:u,connectionAckWaitTimeout:f=0,retryAttempts:a=5,retryWait:m=async function(L){const I=Math.pow(2,L);await new Promise(T=>setTimeout(T,I*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:d=Oe,on:l,webSocketImpl:h,generateID:g=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,L=>{const I=Math.random()*16|0;return(L=="x"?I:I&3|8).toString(16)})},jsonMessageReplacer:b,jsonMessageReviver:p}=e;let v;if(h){if(!ft(h))throw new Error("Invalid WebSocket implementation provided");v=h}else typeof WebSocket<"u"?v=WebSocket:typeof global<"u"?v=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(v=window.WebSocket||window.MozWebSocket);if(!v)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const $=v,y=(()=>{const P=(()=>{const I={};return{on(T,U){return I[T]=U,()=>{delete I[T]}},emit(T){"id"in T&&I[T.id]?.(T)}}})(),L={connecting:l?.connecting?[l.connecting]:[],opened:l?.opened?[l.opened]:[],connected:l?.connected?[l.connected]:[],ping:l?.ping?[l.ping]:[],pong:l?.pong?[l.pong]:[],message:l?.message?[P.emit,l.message]:[P.emit],closed:l?.closed?[l.closed]:[],error:l?.error?[l.error]:[]};return{onMessage:P.on,on(I,T){const U=L[I];return U.push(T),()=>{U.splice(U.indexOf(T),1)}},emit(I,...T){for(const U of[...L[I]])U(...T)}}})();function S(P){const L=[y.on("error",I=>{L.forEach(T=>T()),P(I)}),y.on("closed",I=>{L.forEach(T=>T()),P(I)})]}let k,A=0,C,w=!1,j=0,le=!1;async function K(){clearTimeout(C);const[P,L]=await(k??(k=new Promise((U,V)=>(async()=>{if(w){if(await m(j),!A)return k=void 0,V({code:1e3,reason:"All Subscriptions Gone"});j++}y.emit("connecting",w);const N=new $(typeof t=="function"?await t():t,dt);let de,me;function Ae(){isFinite(c)&&c>0&&(clearTimeout(me),me=setTimeout(()=>{N.readyState===$.OPEN&&(N.send(ve({type:Y.Ping})),y.emit("ping",!1,void 0))},c))}S(B=>{k=void 0,clearTimeout(de),clearTimeout(me),V(B),B instanceof vn&&(N.close(4499,"Terminated"),N.onerror=null,N.onclose=null)}),N.onerror=B=>y.emit("error",B),N.onclose=B=>y.emit("closed",B),N.onopen=async()=>{try{y.emit("opened",N);const B=typeof i=="function"?await i():i;if(N.readyState!==$.OPEN)return;N.send(ve(B?{type:Y.ConnectionInit,payload:B}:{type:Y.ConnectionInit},b)),isFinite(f)&&f>0&&(de=setTimeout(()=>{N.close(J.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},f)),Ae()}catch(B){y.emit("error",B),N.close(J.InternalClientError,mn(B instanceof Error?B.message:String(B),"Internal client error"))}};let ue=!1;N.onmessage=({data:B})=>{try{const F=ut(B,p);if(y.emit("message",F),F.type==="ping"||F.type==="pong"){y.emit(F.type,!0,F.payload),F.type==="pong"?Ae():u||(N.send(ve(F.payload?{type:Y.Pong,payload:F.payload}:{type:Y.Pong})),y.emit("pong",!1,F.payload));return}if(ue)return;if(F.type!==Y.ConnectionAck)throw new Error(`First message cannot be of type ${F.type}`);clearTimeout(de),ue=!0,y.emit("connected",N,F.payload,w),w=!1,j=0,U([N,new Promise((wr,Jn)=>S(Jn))])}catch(F){N.onmessage=null,y.emit("error",F),N.close(J.BadResponse,mn(F instanceof Error?F.message:String(F),"Bad response"))}}})())));P.readyState===$.CLOSING&&await L;let I=()=>{};const T=new Promise(U=>I=U);return[P,I,Promise.race([T.then(()=>{if(!A){const U=()=>P.close(1e3,"Normal Closure");isFinite(o)&&o>0?C=setTimeout(()=>{P.readyState===$.OPEN&&U()},o):U()}}),L])]}function Z(P){if(Oe(P)&&(ht(P.code)||[J.InternalServerError,J.InternalClientError,J.BadRequest,J.BadResponse,J.Unauthorized,J.SubprotocolNotAcceptable,J.SubscriberAlreadyExists,J.TooManyInitialisationRequests].includes(P.code)))throw P;if(le)return!1;if(Oe(P)&&P.code===1e3)return A>0;if(!a||j>=a||!d(P))throw P;return w=!0}r||(async()=>{for(A++;;)try{const[,,P]=await K();await P}catch(P){try{if(!Z(P))return}catch(L){return s?.(L)}}})();function tn(P,L){const I=g(P);let T=!1,U=!1,V=()=>{A--,T=!0};return(async()=>{for(A++;;)try{const[N,de,me]=await K();if(T)return de();const Ae=y.onMessage(I,ue=>{switch(ue.type){case Y.Next:{L.next(ue.payload);return}case Y.Error:{U=!0,T=!0,L.error(ue.payload),V();return}case Y.Complete:{T=!0,V();return}}});N.send(ve({id:I,type:Y.Subscribe,payload:P},b)),V=()=>{!T&&N.readyState===$.OPEN&&N.send(ve({id:I,type:Y.Complete},b)),A--,T=!0,de()},await me.finally(Ae);return}catch(N){if(!Z(N))return}})().then(()=>{U||L.complete()}).catch(N=>{L.error(N)}),()=>{T||V()}}return{on:y.on,subscribe:tn,iterate(P){const L=[],I={done:!1,error:null,resolve:()=>{}},T=tn(P,{next(V){L.push(V),I.resolve()},error(V){I.done=!0,I.error=V,I.resolve()},complete(){I.done=!0,I.resolve()}}),U=(async function*(){for(;;){for(L.length||await new Promise(N=>I.resolve=N);L.length;)yield L.shift();if(I.error)throw I.error;if(I.done)return}})();return U.throw=async V=>(I.done||(I.done=!0,I.error=V,I.resolve()),{done:!0,value:void 0}),U.return=async()=>(T(),{done:!0,value:void 0}),U},async dispose(){if(le=!0,k){const[P]=await k;P.close(1e3,"Normal Closure")}},terminate(){k&&y.emit("closed",new vn)}}}class vn extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function Oe(e){return re(e)&&"code"in e&&"reason"in e}function ht(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function ft(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}const Pe="countthings.session";let Qe=mt();const Ce=new Set;let Xe="";function mt(){try{const e=sessionStorage.getItem(Pe);if(!e)return null;const t=JSON.parse(e);return!t.token||Date.parse(t.expiresAt)<=Date.now()?(sessionStorage.removeItem(Pe),null):t}catch{return null}}function pe(){return Qe}function vt(e){Qe=e,Xe="",sessionStorage.setItem(Pe,JSON.stringify(e)),Ce.forEach(t=>t())}function qe(e=""){Qe=null,Xe=e,sessionStorage.removeItem(Pe),Ce.forEach(t=>t())}function gt(){return Xe}function _t(e){return Ce.add(e),()=>Ce.delete(e)}const Wn="Your session has ended. Please sign in again.";class te extends Error{code;problems;constructor(t,i,r=[]){super(t),this.code=i,this.problems=r}}function He(e){const t=e[0],i=t.extensions?.code??"INTERNAL";return new te(e.map(r=>r.message).join(`
`),i,t.extensions?.problems??[])}async function ce(e,t){const i=pe();let r;try{r=await fetch("/graphql",{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json",...i?{Authorization:`Bearer ${i.token}`}:{}},body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new te("The server cannot be reached. Check your connection and try again.","NETWORK")}let s;try{s=await r.json()}catch{throw new te(`The server answered ${r.status} without a readable reply.`,"INTERNAL")}if(s.errors?.length){const o=He(s.errors);throw o.code==="UNAUTHENTICATED"&&i&&qe(Wn),o}return s.data}let se=null,gn="";function yt(){const t=pe()?.token??"";if(se&&gn===t)return se;se?.dispose(),gn=t;const i=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql`;return se=pt({url:i,lazy:!0,retryAttempts:0,connectionParams:{Authorization:`Bearer ${t}`},on:{closed:r=>{r?.code===4403&&pe()?.token===t&&qe(Wn)}}}),se}function Fn(){se?.dispose(),se=null}function bt(e,t,i){return yt().subscribe({query:e.toString(),variables:t},{next:r=>{r.errors?.length?i.error(He(r.errors)):r.data&&i.next(r.data)},error:r=>{Array.isArray(r)?i.error(He(r)):i.error(new te("The live connection dropped.","NETWORK"))},complete:()=>i.complete?.()})}class D extends String{__apiType;value;__meta__;constructor(t,i){super(t),this.value=t,this.__meta__=i}toString(){return this.value}}const wt=new D(`
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
    `,{fragmentName:"AccountOverview"}),$t=new D(`
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
    `),At=new D(`
    mutation Logout {
  logout
}
    `),kt=new D(`
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
    `),It=new D(`
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
    `),St=new D(`
    mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {
  assignLicense(deviceId: $deviceId, pool: $pool) {
    id
    licenseStatus
  }
}
    `),Dt=new D(`
    mutation RemoveLicense($deviceId: ID!) {
  removeLicense(deviceId: $deviceId) {
    id
    licenseStatus
  }
}
    `),Et=new D(`
    mutation MoveLicense($from: ID!, $to: ID!) {
  moveLicense(fromDeviceId: $from, toDeviceId: $to) {
    id
    code
    licenseStatus
  }
}
    `),Pt=new D(`
    mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {
  setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {
    id
    inactive
  }
}
    `),Ct=new D(`
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
    `),Tt=new D(`
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
}`),Nt=new D(`
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
}`),Rt=new D(`
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
    `),xt=new D(`
    mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {
  updatePolicy(kind: $kind, source: $source) {
    id
    version
  }
}
    `),Lt=new D(`
    mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {
  activatePolicyVersion(kind: $kind, version: $version) {
    id
    version
  }
}
    `),qt=new D(`
    query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {
  evaluatePolicy(kind: $kind, input: $input, source: $source)
}
    `),Ut=new D(`
    query SettingsPage {
  account {
    id
    type
    settings {
      operatorContactEmail
      operatorContactPhone
      floatingIdleMinutes
    }
    webhooks {
      id
      url
      eventTypes
      active
      createdAt
      deliveries(first: 20) {
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
    `),Ot=new D(`
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
    `),Mt=new D(`
    mutation CreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    id
  }
}
    `),Wt=new D(`
    mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
  updateWebhook(id: $id, input: $input) {
    id
    active
  }
}
    `),Ft=new D(`
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
    `),jt=new D(`
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
    `),Vt=new D(`
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
    `),Ht=new D(`
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
    name
    description
  }
}
    `),Gt=new D(`
    mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {
  approveAccountRequest(id: $id, input: $input) {
    id
    name
  }
}
    `),Kt=new D(`
    mutation RejectAccountRequest($id: ID!, $reason: String) {
  rejectAccountRequest(id: $id, reason: $reason) {
    id
    status
  }
}
    `),zt=new D(`
    mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    id
    name
  }
}
    `),Jt=new D(`
    mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {
  renewAccount(accountId: $id, input: $input) {
    id
    expiresAt
  }
}
    `),Yt=new D(`
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
    apiTokens {
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
    `),Qt=new D(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    email
  }
}
    `),Xt=new D(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    disabled
    permissions
    notes
  }
}
    `),Zt=new D(`
    mutation DeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `),ei=new D(`
    mutation CreateApiToken($name: String!, $permissions: [String!]!) {
  createApiToken(name: $name, permissions: $permissions) {
    token
    name
    permissions
  }
}
    `),ni=new D(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `),ti=new D(`
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
    `),ii={"\n  subscription LiveEvents($after: String, $accountId: ID) {\n    licenseEvents(after: $after, accountId: $accountId) {\n      id\n      cursor\n      sequence\n      type\n      occurredAt\n      pool\n      reason\n      userEmail\n      actorEmail\n      device {\n        id\n        code\n        name\n      }\n      previousDevice {\n        id\n        code\n      }\n    }\n  }\n":$t,"\n  mutation Logout {\n    logout\n  }\n":At,"\n  query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          unassigned\n        }\n        floating {\n          unassigned\n        }\n      }\n      devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            code\n            name\n            platform\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              id\n              pool\n            }\n            lastUser {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n":kt,"\n  query FindDevice($code: String!) {\n    account {\n      id\n      devices(first: 5, where: { code: $code }) {\n        edges {\n          node {\n            id\n            code\n            name\n            licenseStatus\n          }\n        }\n      }\n    }\n  }\n":It,"\n  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {\n    assignLicense(deviceId: $deviceId, pool: $pool) {\n      id\n      licenseStatus\n    }\n  }\n":St,"\n  mutation RemoveLicense($deviceId: ID!) {\n    removeLicense(deviceId: $deviceId) {\n      id\n      licenseStatus\n    }\n  }\n":Dt,"\n  mutation MoveLicense($from: ID!, $to: ID!) {\n    moveLicense(fromDeviceId: $from, toDeviceId: $to) {\n      id\n      code\n      licenseStatus\n    }\n  }\n":Et,"\n  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {\n    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {\n      id\n      inactive\n    }\n  }\n":Pt,"\n  query RecentEvents($types: [LicenseEventType!], $deviceId: ID, $after: String) {\n    licenseEvents(first: 100, after: $after, types: $types, deviceId: $deviceId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          cursor\n          sequence\n          type\n          occurredAt\n          pool\n          reason\n          userEmail\n          actorEmail\n          device {\n            id\n            code\n            name\n          }\n          previousDevice {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n":Ct,"\n  fragment AccountOverview on Account {\n    id\n    name\n    email\n    type\n    expiresAt\n    licensePool {\n      total\n      assigned\n      unassigned\n      expiresAt\n      standard {\n        total\n        assigned\n        unassigned\n      }\n      floating {\n        total\n        assigned\n        unassigned\n      }\n    }\n    settings {\n      operatorContactEmail\n      operatorContactPhone\n      floatingIdleMinutes\n    }\n  }\n":wt,"\n  query OwnOverview {\n    account {\n      ...AccountOverview\n    }\n  }\n":Tt,"\n  query AnyOverview($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        ...AccountOverview\n      }\n    }\n  }\n":Nt,"\n  query PolicyPage($kind: PolicyKind!) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          total\n          unassigned\n        }\n        floating {\n          total\n          unassigned\n        }\n      }\n      settings {\n        floatingIdleMinutes\n        floatingPriorityPermission\n      }\n      policy(kind: $kind) {\n        kind\n        active {\n          id\n          version\n          source\n        }\n        versions {\n          id\n          version\n          source\n          active\n          createdAt\n          author {\n            id\n            email\n          }\n        }\n      }\n      users(first: 100) {\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            disabled\n          }\n        }\n      }\n      devices(first: 100) {\n        edges {\n          node {\n            id\n            code\n            name\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              pool\n            }\n            lastUser {\n              email\n              permissions\n            }\n          }\n        }\n      }\n    }\n    floatingPresets {\n      name\n      description\n      source\n    }\n  }\n":Rt,"\n  mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {\n    updatePolicy(kind: $kind, source: $source) {\n      id\n      version\n    }\n  }\n":xt,"\n  mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {\n    activatePolicyVersion(kind: $kind, version: $version) {\n      id\n      version\n    }\n  }\n":Lt,"\n  query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {\n    evaluatePolicy(kind: $kind, input: $input, source: $source)\n  }\n":qt,"\n  query SettingsPage {\n    account {\n      id\n      type\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n      webhooks {\n        id\n        url\n        eventTypes\n        active\n        createdAt\n        deliveries(first: 20) {\n          id\n          status\n          attempts\n          lastStatusCode\n          lastError\n          nextAttemptAt\n          deliveredAt\n          createdAt\n          event {\n            id\n            type\n            sequence\n          }\n        }\n      }\n    }\n  }\n":Ut,"\n  mutation UpdateSettings($input: AccountSettingsInput!) {\n    updateAccountSettings(input: $input) {\n      id\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n    }\n  }\n":Ot,"\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id\n    }\n  }\n":Mt,"\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      active\n    }\n  }\n":Wt,"\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n":Ft,"\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":Bt,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        role\n      }\n    }\n  }\n":jt,"\n  query AccountsList($after: String) {\n    accounts(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          type\n          expiresAt\n          licensePool {\n            total\n            assigned\n          }\n        }\n      }\n    }\n  }\n":Vt,"\n  query AccountRequests {\n    accountRequests(status: PENDING) {\n      id\n      companyName\n      contactEmail\n      contactName\n      accountType\n      standardLicenses\n      floatingLicenses\n      workflow\n      createdAt\n    }\n    floatingPresets {\n      name\n      description\n    }\n  }\n":Ht,"\n  mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {\n    approveAccountRequest(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n":Gt,"\n  mutation RejectAccountRequest($id: ID!, $reason: String) {\n    rejectAccountRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n":Kt,"\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n    }\n  }\n":zt,"\n  mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {\n    renewAccount(accountId: $id, input: $input) {\n      id\n      expiresAt\n    }\n  }\n":Jt,"\n  query Users($after: String) {\n    account {\n      id\n      knownPermissions\n      users(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            notes\n            disabled\n            createdAt\n            lastLoginAt\n          }\n        }\n      }\n      apiTokens {\n        id\n        name\n        permissions\n        createdAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          id\n          email\n        }\n      }\n    }\n  }\n":Yt,"\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n":Qt,"\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      disabled\n      permissions\n      notes\n    }\n  }\n":Xt,"\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n":Zt,"\n  mutation CreateApiToken($name: String!, $permissions: [String!]!) {\n    createApiToken(name: $name, permissions: $permissions) {\n      token\n      name\n      permissions\n    }\n  }\n":ei,"\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n":ni,"\n  query Viewer($actions: [String!]!) {\n    me {\n      id\n      email\n      role\n      permissions\n      account {\n        id\n        name\n      }\n    }\n    viewerPermissions(actions: $actions) {\n      action\n      allowed\n    }\n  }\n":ti};function E(e){return ii[e]??{}}const be="/console",Te=new Set;window.addEventListener("popstate",()=>Te.forEach(e=>e()));function Ne(e,t=!1){const i=e.startsWith(be)?e:be+e;t?history.replaceState(null,"",i):history.pushState(null,"",i),Te.forEach(r=>r())}function _n(){let e=location.pathname.startsWith(be)?location.pathname.slice(be.length):location.pathname;return e===""||e==="/"?e="/":e=e.replace(/\/+$/,""),{path:e,query:new URLSearchParams(location.search)}}function $e(){const[e,t]=_(_n);return G(()=>{const i=()=>t(_n());return Te.add(i),()=>{Te.delete(i)}},[]),e}function ge(e){const t=new URLSearchParams(location.search);for(const[r,s]of Object.entries(e))s===void 0||s===""?t.delete(r):t.set(r,s);const i=t.toString();Ne(location.pathname+(i?`?${i}`:""),!0)}function ri(e){const t=e.currentTarget;e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey||(e.preventDefault(),Ne(t.pathname+t.search))}function we(e){return n("a",{href:be+e.to,onClick:ri,class:e.class,"aria-current":e["aria-current"],children:e.children})}function O({error:e}){if(!e)return null;const t=e instanceof te?e.message:String(e?.message??e);return n("p",{class:"error",role:"alert",children:t})}function X(e,t,i=!1){const[r,s]=_({loading:!i}),o=JSON.stringify(t),c=ie(0),u=qn(()=>{if(i)return;const f=++c.current;s(a=>({...a,loading:!0})),ce(e,t).then(a=>f===c.current&&s({data:a,loading:!1}),a=>f===c.current&&s(m=>({data:m.data,error:a,loading:!1})))},[e,o,i]);return G(u,[u]),{data:r.data,error:r.error,loading:r.loading,reload:u}}function W(e){const[t,i]=_(!1),[r,s]=_(null);return{run:qn(async c=>{i(!0),s(null);try{return await ce(e,c)}catch(u){s(u);return}finally{i(!1)}},[e]),pending:t,error:r,setError:s}}function ne(e){const t=ie(null);return G(()=>{const i=t.current;i&&!i.open&&i.showModal()},[]),n("dialog",{ref:t,"aria-labelledby":"confirm-title",onCancel:i=>{i.preventDefault(),e.onCancel()},children:n("form",{method:"dialog",onSubmit:i=>{i.preventDefault(),e.onConfirm()},children:[n("h2",{id:"confirm-title",children:e.title}),e.children,n(O,{error:e.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:e.danger?"danger":"primary",disabled:e.pending,children:e.confirmLabel}),n("button",{type:"button",onClick:e.onCancel,children:"Cancel"})]})]})})}function Bn({label:e,value:t}){const[i,r]=_(!1);return n("div",{class:"shown-once",role:"status",children:[n("p",{children:[n("strong",{children:e})," It is shown only now: copy it and keep it safe."]}),n("code",{class:"secret","data-testid":"secret",children:t}),n("button",{type:"button",onClick:async()=>{try{await navigator.clipboard.writeText(t),r(!0)}catch{r(!1)}},children:i?"Copied":`Copy ${e.toLowerCase().replace(/[.:]$/,"")}`})]})}function Q(e){return e?new Date(e).toLocaleString(void 0,{dateStyle:"medium",timeStyle:"short"}):"—"}function Ze(e){return e?new Date(e).toLocaleDateString(void 0,{dateStyle:"medium"}):"—"}function x(e){return n("div",{class:"field",children:[n("label",{for:e.id,children:e.label}),e.hint&&n("span",{class:"hint",id:`${e.id}-hint`,children:e.hint}),e.children]})}const oi=["account.read","account.settings.update","device.read","device.inactive.set","license.assign","license.remove","license.move","user.read","user.create","user.update","user.delete","apitoken.create","policy.read","policy.update","event.read","usage.read","webhook.manage","account.list","account.create","account.renew","accountrequest.read","accountrequest.decide"],si=E(`
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
`),jn=it(null);function ae(){const e=st(jn);if(!e)throw new Error("no viewer");return e}const ci=E(`
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
`);function ai(){const[e,t]=_(""),[i,r]=_(""),[s,o]=_(null),[c,u]=_(!1),f=gt(),a=ie(null);G(()=>{document.title="Sign in · CountThings",a.current?.focus()},[]);async function m(d){d.preventDefault(),u(!0),o(null);try{const l=await ce(ci,{input:{email:e,password:i}});(l.login.user.role==="OPERATOR"||l.login.user.role==="ADMIN"||l.login.user.role==="SUPPORT")&&vt({token:l.login.token,expiresAt:l.login.expiresAt})}catch(l){o(l)}finally{u(!1)}}return n("main",{id:"main",class:"signin",children:n("form",{onSubmit:m,"aria-labelledby":"signin-title",children:[n("h1",{id:"signin-title",children:"Sign in to CountThings"}),f&&n("p",{class:"notice",role:"status",children:f}),n("div",{class:"field",children:[n("label",{for:"email",children:"Email"}),n("input",{id:"email",ref:a,type:"email",autoComplete:"username",required:!0,value:e,onInput:d=>t(d.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"password",children:"Password"}),n("input",{id:"password",type:"password",autoComplete:"current-password",required:!0,value:i,onInput:d=>r(d.currentTarget.value)})]}),n(O,{error:s}),n("button",{type:"submit",class:"primary",disabled:c,children:c?"Signing in…":"Sign in"})]})})}function li(e){return null}E(`
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
`);const di=E(`
  query OwnOverview {
    account {
      ...AccountOverview
    }
  }
`),ui=E(`
  query AnyOverview($id: ID!) {
    node(id: $id) {
      ... on Account {
        ...AccountOverview
      }
    }
  }
`);function Vn({accountId:e}){const t=X(di,{},!!e),i=X(ui,{id:e??""},!e),r=e?i:t,s=(e?i.data?.node:t.data?.account)??null;return r.error?n(O,{error:r.error}):s?n(hi,{acc:s}):n("p",{"aria-busy":"true",children:r.loading?"Loading…":"No such account."})}function pi(e){return Math.ceil((Date.parse(e)-Date.now())/864e5)}function Me({title:e,c:t}){const i=t.total?Math.round(t.assigned/t.total*100):0;return n("section",{class:"card pool","aria-labelledby":`pool-${e}`,children:[n("h2",{id:`pool-${e}`,children:e}),n("dl",{class:"counts",children:[n("div",{children:[n("dt",{children:"Total"}),n("dd",{"data-testid":`${e}-total`,children:t.total})]}),n("div",{children:[n("dt",{children:"Assigned"}),n("dd",{"data-testid":`${e}-assigned`,children:t.assigned})]}),n("div",{children:[n("dt",{children:"Unassigned"}),n("dd",{"data-testid":`${e}-unassigned`,children:t.unassigned})]})]}),n("div",{class:"meter",role:"img","aria-label":`${i}% of ${e} licenses assigned`,children:n("span",{style:{width:`${i}%`}})})]})}function hi({acc:e}){const t=pi(e.expiresAt),i=e.licensePool;return n(z,{children:[n("h1",{children:e.name}),n("p",{class:"sub",children:[e.email," · ",e.type," account"]}),n("div",{class:"cards",children:[n("section",{class:`card ${t<=30?"warn":""}`,"aria-labelledby":"ends",children:[n("h2",{id:"ends",children:"Licenses end"}),n("p",{class:"big","data-testid":"end-date",children:Ze(e.expiresAt)}),n("p",{children:t>0?`${t} day${t===1?"":"s"} left`:"Expired: devices can no longer count."})]}),n(Me,{title:"All",c:i}),i.standard.total>0&&n(Me,{title:"Standard",c:i.standard}),i.floating.total>0&&n(Me,{title:"Floating",c:i.floating})]}),n(li,{accountId:e.id})]})}const fi=E(`
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
`);function Hn(e){let t=e.after??null;const i=new Set;let r=null,s=!1,o=0,c;const u=()=>{s||(r=bt(fi,{after:t,accountId:e.accountId},{next:a=>{o=0;const m=a.licenseEvents;e.onStatus?.("live"),!i.has(m.cursor)&&(i.add(m.cursor),t=m.cursor,e.onEvent(m))},error:a=>f(a),complete:()=>f()}),e.onStatus?.("live"))},f=a=>{if(s)return;if(a?.code==="UNAUTHENTICATED"||a?.code==="FORBIDDEN"){e.onStatus?.("reconnecting",a);return}e.onStatus?.("reconnecting",a);const m=Math.min(250*2**o++,1e4);c=setTimeout(u,m)};return u(),()=>{s=!0,clearTimeout(c),r?.()}}function mi(e,t){const i=ie(e);i.current=e,G(()=>{let r;const s=Hn({accountId:t,onEvent:()=>{r||(r=setTimeout(()=>{r=void 0,i.current()},200))}});return()=>{clearTimeout(r),s()}},[t])}const vi=50,gi=E(`
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
`),_i=E(`
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
`),yi=E(`
  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {
    assignLicense(deviceId: $deviceId, pool: $pool) {
      id
      licenseStatus
    }
  }
`),bi=E(`
  mutation RemoveLicense($deviceId: ID!) {
    removeLicense(deviceId: $deviceId) {
      id
      licenseStatus
    }
  }
`),wi=E(`
  mutation MoveLicense($from: ID!, $to: ID!) {
    moveLicense(fromDeviceId: $from, toDeviceId: $to) {
      id
      code
      licenseStatus
    }
  }
`),$i=E(`
  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {
    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {
      id
      inactive
    }
  }
`),Ai=["ACTIVE","ASSIGNED","NONE"],ki=[{field:"CODE",label:"Code"},{field:"LAST_SEEN_AT",label:"Last seen"},{field:"CREATED_AT",label:"Registered"}];function Ii(){const e=ae(),{query:t}=$e(),i=t.get("status")??"",r=t.get("inactive")??"",s=t.get("code")??"",o=t.get("user")??"",c=t.get("sort")??"CODE",u=t.get("dir")??"ASC",[f,a]=_([null]),m=f[f.length-1],d={...i?{licenseStatus:i}:{},...r?{inactive:r==="true"}:{},...s?{code:s}:{},...o?{userEmail:o}:{}},l=X(gi,{first:vi,after:m,where:d,orderBy:{field:c,direction:u}});mi(l.reload);const[h,g]=_(null),[b,p]=_(""),v=(w,j)=>{a([null]),ge({[w]:j})},$=w=>{a([null]),ge({sort:w,dir:w===c&&u==="ASC"?"DESC":"ASC"})},y=l.data?.account?.devices,S=l.data?.account,k=w=>c===w?u==="ASC"?"ascending":"descending":void 0,A=({field:w,label:j})=>n("th",{scope:"col","aria-sort":k(w),children:n("button",{type:"button",class:"sort",onClick:()=>$(w),children:[j," ",n("span",{"aria-hidden":"true",children:c===w?u==="ASC"?"▲":"▼":"↕"})]})}),C=e.can("license.assign")||e.can("license.remove")||e.can("license.move")||e.can("device.inactive.set");return n("section",{"aria-labelledby":"devices-title",children:[n("h1",{id:"devices-title",children:"Devices"}),n("form",{class:"filters",role:"search","aria-label":"Filter devices",onSubmit:w=>w.preventDefault(),children:[n("div",{class:"field",children:[n("label",{for:"f-code",children:"Code"}),n("input",{id:"f-code",type:"search",value:s,onChange:w=>v("code",w.currentTarget.value.trim())})]}),n("div",{class:"field",children:[n("label",{for:"f-status",children:"Status"}),n("select",{id:"f-status",value:i,onChange:w=>v("status",w.currentTarget.value),children:[n("option",{value:"",children:"Any"}),Ai.map(w=>n("option",{value:w,children:w}))]})]}),n("div",{class:"field",children:[n("label",{for:"f-inactive",children:"Inactive"}),n("select",{id:"f-inactive",value:r,onChange:w=>v("inactive",w.currentTarget.value),children:[n("option",{value:"",children:"Any"}),n("option",{value:"true",children:"Inactive"}),n("option",{value:"false",children:"Active use"})]})]}),n("div",{class:"field",children:[n("label",{for:"f-user",children:"Last user email"}),n("input",{id:"f-user",type:"search",value:o,onChange:w=>v("user",w.currentTarget.value.trim())})]}),n("div",{class:"field",children:[n("label",{for:"f-sort",children:"Sort by"}),n("select",{id:"f-sort",value:c,onChange:w=>{a([null]),ge({sort:w.currentTarget.value})},children:ki.map(w=>n("option",{value:w.field,children:w.label}))})]})]}),b&&n("p",{class:"ok",role:"status",children:b}),n(O,{error:l.error}),n("p",{class:"count","aria-live":"polite",children:y?`${y.totalCount} device${y.totalCount===1?"":"s"}`:l.loading?"Loading…":""}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{class:"devices","aria-busy":l.loading,children:[n("caption",{class:"visually-hidden",children:"Devices of the account"}),n("thead",{children:n("tr",{children:[n(A,{field:"CODE",label:"Code"}),n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Platform"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Pool"}),n("th",{scope:"col",children:"Last user"}),n(A,{field:"LAST_SEEN_AT",label:"Last seen"}),n("th",{scope:"col",children:"Inactive"}),C&&n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:[y?.edges.map(({node:w})=>n("tr",{"data-code":w.code,children:[n("th",{scope:"row",children:w.code}),n("td",{children:w.name??"—"}),n("td",{children:w.platform??"—"}),n("td",{children:n("span",{class:`status ${w.licenseStatus.toLowerCase()}`,children:w.licenseStatus})}),n("td",{children:w.license?.pool??"—"}),n("td",{children:w.lastUser?.email??"—"}),n("td",{children:Q(w.lastSeenAt)}),n("td",{children:w.inactive?"Yes":"No"}),C&&n("td",{class:"row-actions",children:[w.licenseStatus==="NONE"&&e.can("license.assign")&&n("button",{type:"button",onClick:()=>g({kind:"assign",device:w}),"aria-label":`Allocate a license to ${w.code}`,children:"Allocate"}),w.licenseStatus!=="NONE"&&e.can("license.move")&&n("button",{type:"button",onClick:()=>g({kind:"move",device:w}),"aria-label":`Move the license of ${w.code}`,children:"Move"}),w.licenseStatus!=="NONE"&&e.can("license.remove")&&n("button",{type:"button",onClick:()=>g({kind:"remove",device:w}),"aria-label":`Remove the license of ${w.code}`,children:"Remove"}),e.can("device.inactive.set")&&n("button",{type:"button",onClick:()=>g({kind:"inactive",device:w}),"aria-label":`${w.inactive?"Clear the inactive flag of":"Flag inactive"} ${w.code}`,children:w.inactive?"Clear inactive":"Flag inactive"})]})]},w.id)),y&&y.edges.length===0&&n("tr",{children:n("td",{colSpan:C?9:8,children:"No device matches."})})]})]})}),n("nav",{class:"pager","aria-label":"Pages of devices",children:[n("button",{type:"button",disabled:f.length<=1,onClick:()=>a(f.slice(0,-1)),children:"Previous page"}),n("span",{children:["Page ",f.length]}),n("button",{type:"button",disabled:!y?.pageInfo.hasNextPage,onClick:()=>y&&a([...f,y.pageInfo.endCursor??null]),children:"Next page"})]}),h&&S&&n(Si,{action:h,accountType:S.type,onClose:w=>{g(null),w&&(p(w),l.reload())}})]})}function Si({action:e,accountType:t,onClose:i}){const r=e.device,s=W(yi),o=W(bi),c=W(wi),u=W($i),[f,a]=_(""),[m,d]=_(""),[l,h]=_(null),g=X(_i,{code:m},e.kind!=="move"||m.length===0);switch(e.kind){case"assign":return n(ne,{title:`Allocate a license to ${r.code}`,confirmLabel:"Allocate",pending:s.pending,error:s.error,onCancel:()=>i(),onConfirm:async()=>{const b=await s.run({deviceId:r.id,pool:f||null});b&&i(`${r.code} now holds a license (${b.assignLicense.licenseStatus}).`)},children:[n("p",{children:"An unassigned license is reserved for this device."}),t==="MIXED"&&n("div",{class:"field",children:[n("label",{for:"assign-pool",children:"Pool"}),n("select",{id:"assign-pool",value:f,onChange:b=>a(b.currentTarget.value),children:[n("option",{value:"",children:"As the account's strategy decides"}),n("option",{value:"STANDARD",children:"STANDARD"}),n("option",{value:"FLOATING",children:"FLOATING"})]})]})]});case"remove":return n(ne,{title:`Remove the license of ${r.code}`,confirmLabel:"Remove license",danger:!0,pending:o.pending,error:o.error,onCancel:()=>i(),onConfirm:async()=>{await o.run({deviceId:r.id})&&i(`The license of ${r.code} went back to the pool.`)},children:n("p",{children:"The device stops counting until it gets a license again."})});case"inactive":return n(ne,{title:r.inactive?`Clear the inactive flag of ${r.code}`:`Flag ${r.code} inactive`,confirmLabel:r.inactive?"Clear flag":"Flag inactive",pending:u.pending,error:u.error,onCancel:()=>i(),onConfirm:async()=>{await u.run({deviceId:r.id,inactive:!r.inactive})&&i(r.inactive?`${r.code} is no longer flagged inactive.`:`${r.code} is flagged inactive.`)},children:n("p",{children:r.inactive?"The device is treated as in use again.":"An inactive device is the first to give up a floating license."})});case"move":{const b=g.data?.account?.devices.edges.map(v=>v.node)??[],p=b.find(v=>v.code===m);return n(ne,{title:`Move the license of ${r.code}`,confirmLabel:"Move license",pending:c.pending,error:c.error??l,onCancel:()=>i(),onConfirm:async()=>{if(!p){h(new Error(`There is no device with the code “${m}” in this account.`));return}h(null);const v=await c.run({from:r.id,to:p.id});v&&i(`The license of ${r.code} moved to ${v.moveLicense.code}.`)},children:[n("p",{children:["The license goes to a device that has none; ",r.code," stops counting."]}),n("div",{class:"field",children:[n("label",{for:"move-target",children:"Code of the receiving device"}),n("input",{id:"move-target",list:"move-candidates",value:m,required:!0,onInput:v=>d(v.currentTarget.value.trim()),autoComplete:"off"}),n("datalist",{id:"move-candidates",children:b.map(v=>n("option",{value:v.code,children:`${v.name??v.code} (${v.licenseStatus})`}))}),p&&n("span",{class:"hint",children:[p.name??p.code,": ",p.licenseStatus]})]})]})}}}function Gn(e){const[t,i]=_(e.value.filter(o=>!e.known.includes(o)).join(" ")),r=new Set(e.value),s=(o,c)=>{const u=c.split(/[\s,]+/).filter(Boolean);e.onChange([...e.known.filter(f=>o.has(f)),...u.filter(f=>!e.known.includes(f))])};return n("fieldset",{class:"perms",children:[n("legend",{children:e.legend??"Permissions"}),e.known.map(o=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:r.has(o),onChange:c=>{const u=new Set(r);c.currentTarget.checked?u.add(o):u.delete(o),s(u,t)}})," ",o]},o)),n("div",{class:"field",children:[n("label",{for:`${e.idPrefix}-extra`,children:"Other permissions"}),n("span",{class:"hint",id:`${e.idPrefix}-extra-hint`,children:"Strings your account's policy gives meaning to, separated by spaces."}),n("input",{id:`${e.idPrefix}-extra`,"aria-describedby":`${e.idPrefix}-extra-hint`,value:t,onInput:o=>{i(o.currentTarget.value),s(r,o.currentTarget.value)}})]})]})}const Di=E(`
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
      apiTokens {
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
`),Ei=E(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
    }
  }
`),Pi=E(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      disabled
      permissions
      notes
    }
  }
`),Ci=E(`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`),Ti=E(`
  mutation CreateApiToken($name: String!, $permissions: [String!]!) {
    createApiToken(name: $name, permissions: $permissions) {
      token
      name
      permissions
    }
  }
`),Ni=E(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);function Ri(){const e=ae(),[t,i]=_(null),r=X(Di,{after:t}),s=r.data?.account,[o,c]=_(null),[u,f]=_(null),[a,m]=_(""),d=W(Ci),l=s?.knownPermissions??[];return n(z,{children:[n("h1",{children:"Users and API tokens"}),n(O,{error:r.error}),a&&n("p",{class:"ok",role:"status",children:a}),n("section",{"aria-labelledby":"users-title",children:[n("div",{class:"section-head",children:[n("h2",{id:"users-title",children:"Users"}),e.can("user.create")&&n("button",{type:"button",class:"primary",onClick:()=>c("new"),children:"Create user"})]}),o&&n(xi,{user:o==="new"?null:o,known:l,onDone:h=>{c(null),h&&(m(h),r.reload())}}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:"Users of the account"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Permissions"}),n("th",{scope:"col",children:"Notes"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Last sign-in"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:s?.users.edges.map(({node:h})=>n("tr",{"data-email":h.email,children:[n("th",{scope:"row",children:h.email}),n("td",{children:h.role}),n("td",{children:h.role==="ADMIN"?"all":h.permissions.join(", ")||"—"}),n("td",{children:h.notes??""}),n("td",{children:h.disabled?"Disabled":"Active"}),n("td",{children:Q(h.lastLoginAt)}),n("td",{class:"row-actions",children:[h.role==="OPERATOR"&&e.can("user.update")&&n("button",{type:"button","aria-label":`Edit ${h.email}`,onClick:()=>c(h),children:"Edit"}),h.role==="OPERATOR"&&e.can("user.delete")&&n("button",{type:"button","aria-label":`Delete ${h.email}`,onClick:()=>f(h),children:"Delete"})]})]},h.id))})]})}),s&&(s.users.pageInfo.hasNextPage||t)&&n("nav",{class:"pager","aria-label":"Pages of users",children:[n("button",{type:"button",disabled:!t,onClick:()=>i(null),children:"First page"}),n("button",{type:"button",disabled:!s.users.pageInfo.hasNextPage,onClick:()=>i(s.users.pageInfo.endCursor??null),children:"Next page"})]})]}),u&&n(ne,{title:`Delete ${u.email}`,confirmLabel:"Delete user",danger:!0,pending:d.pending,error:d.error,onCancel:()=>f(null),onConfirm:async()=>{await d.run({id:u.id})&&(m(`${u.email} was deleted.`),f(null),r.reload())},children:n("p",{children:"The user can no longer sign in; its sessions end at once."})}),s&&n(Li,{tokens:s.apiTokens,known:l,onChange:r.reload})]})}function xi({user:e,known:t,onDone:i}){const r=W(Ei),s=W(Pi),[o,c]=_(""),[u,f]=_(""),[a,m]=_(e?.notes??""),[d,l]=_(e?.permissions??["count"]),[h,g]=_(e?.disabled??!1),b=e?s:r;return n("form",{class:"panel","aria-labelledby":"user-form-title",onSubmit:async p=>{if(p.preventDefault(),e)await s.run({id:e.id,input:{notes:a,permissions:d,disabled:h,...u?{password:u}:{}}})&&i(`${e.email} was saved.`);else{const v=await r.run({input:{email:o,password:u,notes:a||null,permissions:d}});v&&i(`${v.createUser.email} was created.`)}},children:[n("h3",{id:"user-form-title",children:e?`Edit ${e.email}`:"Create a user"}),!e&&n(x,{id:"u-email",label:"Email",children:n("input",{id:"u-email",type:"email",required:!0,value:o,onInput:p=>c(p.currentTarget.value),autoComplete:"off"})}),n(x,{id:"u-password",label:e?"New password (leave empty to keep)":"Password",children:n("input",{id:"u-password",type:"password",required:!e,value:u,onInput:p=>f(p.currentTarget.value),autoComplete:"new-password"})}),n(x,{id:"u-notes",label:"Notes",children:n("input",{id:"u-notes",value:a,onInput:p=>m(p.currentTarget.value)})}),n(Gn,{idPrefix:"u-perms",known:t,value:d,onChange:l}),e&&n("label",{class:"check",children:[n("input",{type:"checkbox",checked:h,onChange:p=>g(p.currentTarget.checked)})," Disabled (cannot sign in)"]}),n(O,{error:b.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:"primary",disabled:b.pending,children:e?"Save user":"Create user"}),n("button",{type:"button",onClick:()=>i(),children:"Cancel"})]})]})}function Li({tokens:e,known:t,onChange:i}){const r=ae(),s=W(Ti),o=W(Ni),[c,u]=_(""),[f,a]=_(["devices:read"]),[m,d]=_(null),[l,h]=_(null);return n("section",{"aria-labelledby":"tokens-title",children:[n("h2",{id:"tokens-title",children:"API tokens"}),m&&n(Bn,{label:"New API token.",value:m}),r.can("apitoken.create")&&n("form",{class:"panel","aria-label":"Create an API token",onSubmit:async g=>{g.preventDefault();const b=await s.run({name:c,permissions:f});b&&(d(b.createApiToken.token),u(""),i())},children:[n(x,{id:"t-name",label:"Token name",children:n("input",{id:"t-name",required:!0,value:c,onInput:g=>u(g.currentTarget.value)})}),n(Gn,{idPrefix:"t-perms",legend:"Token permissions",known:t,value:f,onChange:a}),n(O,{error:s.error}),n("button",{type:"submit",class:"primary",disabled:s.pending,children:"Create token"})]}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:"API tokens"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Permissions"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:[e.map(g=>n("tr",{children:[n("th",{scope:"row",children:g.name}),n("td",{children:g.permissions.join(", ")}),n("td",{children:[Q(g.createdAt),g.createdBy?` by ${g.createdBy.email}`:""]}),n("td",{children:Q(g.lastUsedAt)}),n("td",{children:g.revokedAt?`Revoked ${Q(g.revokedAt)}`:"Active"}),n("td",{children:!g.revokedAt&&r.can("apitoken.create")&&n("button",{type:"button","aria-label":`Revoke token ${g.name}`,onClick:()=>h(g),children:"Revoke"})})]},g.id)),e.length===0&&n("tr",{children:n("td",{colSpan:6,children:"No API token yet."})})]})]})}),l&&n(ne,{title:`Revoke token ${l.name}`,confirmLabel:"Revoke token",danger:!0,pending:o.pending,error:o.error,onCancel:()=>h(null),onConfirm:async()=>{await o.run({id:l.id})&&(h(null),i())},children:n("p",{children:"Integrations using this token stop working at once."})})]})}const qi=(function(){const t=typeof document<"u"&&document.createElement("link").relList;return t&&t.supports&&t.supports("modulepreload")?"modulepreload":"preload"})(),Ui=function(e){return"/console/"+e},yn={},en=function(t,i,r){let s=Promise.resolve();if(i&&i.length>0){let f=function(a){return Promise.all(a.map(m=>Promise.resolve(m).then(d=>({status:"fulfilled",value:d}),d=>({status:"rejected",reason:d}))))};document.getElementsByTagName("link");const c=document.querySelector("meta[property=csp-nonce]"),u=c?.nonce||c?.getAttribute("nonce");s=f(i.map(a=>{if(a=Ui(a),a in yn)return;yn[a]=!0;const m=a.endsWith(".css"),d=m?'[rel="stylesheet"]':"";if(document.querySelector(`link[href="${a}"]${d}`))return;const l=document.createElement("link");if(l.rel=m?"stylesheet":qi,m||(l.as="script"),l.crossOrigin="",l.href=a,u&&l.setAttribute("nonce",u),document.head.appendChild(l),m)return new Promise((h,g)=>{l.addEventListener("load",h),l.addEventListener("error",()=>g(new Error(`Unable to preload CSS for ${a}`)))})}))}function o(c){const u=new Event("vite:preloadError",{cancelable:!0});if(u.payload=c,window.dispatchEvent(u),!u.defaultPrevented)throw c}return s.then(c=>{for(const u of c||[])u.status==="rejected"&&o(u.reason);return t().catch(o)})},bn=E(`
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
`),Oi=E(`
  mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {
    updatePolicy(kind: $kind, source: $source) {
      id
      version
    }
  }
`),Mi=E(`
  mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {
    activatePolicyVersion(kind: $kind, version: $version) {
      id
      version
    }
  }
`),Wi=E(`
  query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {
    evaluatePolicy(kind: $kind, input: $input, source: $source)
  }
`),Fi=["account.read","account.settings.update","user.read","user.create","user.update","user.delete","device.read","device.login","device.inactive.set","license.assign","license.remove","license.move","policy.read","policy.update","event.read","apitoken.create","usage.read","webhook.manage"];function Bi(){const{path:e}=$e(),t=e.endsWith("/FLOATING")?"FLOATING":"PERMISSIONS";return n(z,{children:[n("h1",{children:"Policies"}),n("nav",{class:"tabs","aria-label":"Policy kind",children:[n(we,{to:"/policies/PERMISSIONS","aria-current":t==="PERMISSIONS"?"page":void 0,children:"Permissions"}),n(we,{to:"/policies/FLOATING","aria-current":t==="FLOATING"?"page":void 0,children:"Floating strategy"})]}),n(ji,{kind:t},t)]})}function ji({kind:e}){const t=ae(),i=X(bn,{kind:e}),r=i.data?.account,s=ie(null),o=ie(null),[c,u]=_(!1),[f,a]=_(!1),[m,d]=_([]),[l,h]=_(""),g=W(Oi),b=W(Mi),[p,v]=_(null),$=t.can("policy.update");G(()=>{if(!r||o.current||!s.current)return;let k=!1;return en(()=>import("./editor-DT4Ukf0T.js"),[]).then(A=>{k||!s.current||(o.current=A.createEditor(s.current,r.policy.active.source,`${e} policy source`,()=>a(!0)),o.current.view.contentDOM.setAttribute("contenteditable",$?"true":"false"),u(!0))}),()=>{k=!0}},[r]),G(()=>()=>o.current?.destroy(),[]);const y=k=>{const A=k instanceof te&&k.code==="POLICY_INVALID"?k.problems:[];d(A),o.current?.problems(A)};if(i.error)return n(O,{error:i.error});if(!r)return n("p",{"aria-busy":"true",children:"Loading…"});const S=r.policy.active;return n(z,{children:[n("p",{class:"sub",children:["Active: version ",n("strong",{"data-testid":"active-version",children:S.version}),f&&" · unsaved changes"]}),l&&n("p",{class:"ok",role:"status",children:l}),e==="FLOATING"&&$&&i.data&&n("div",{class:"presets",role:"group","aria-label":"Floating presets",children:[n("span",{children:"Start from a preset:"}),i.data.floatingPresets.map(k=>n("button",{type:"button",title:k.description,onClick:()=>{o.current?.set(k.source),a(!0)},children:k.name},k.name))]}),n("div",{class:"editor",ref:s,"data-ready":c?"yes":"no"}),m.length>0&&n("section",{class:"problems","aria-labelledby":"problems-title",children:[n("h2",{id:"problems-title",children:"Problems"}),n("ul",{children:m.map((k,A)=>n("li",{"data-line":k.line,children:[k.line?`Line ${k.line}${k.column?`, column ${k.column}`:""}: `:"",k.message]},A))})]}),n(O,{error:g.error&&!(g.error instanceof te&&g.error.code==="POLICY_INVALID")?g.error:null}),g.error instanceof te&&g.error.code==="POLICY_INVALID"&&n("p",{class:"error",role:"alert",children:"The policy was not saved: fix the problems marked in the editor."}),$&&n("div",{class:"actions",children:[n("button",{type:"button",class:"primary",disabled:g.pending||!c,onClick:async()=>{h("");const k=await g.run({kind:e,source:o.current.get()});k&&(d([]),o.current?.problems([]),a(!1),h(`Saved: version ${k.updatePolicy.version} is active.`),i.reload())},children:"Save policy"}),n("button",{type:"button",disabled:!c,onClick:()=>{o.current?.set(S.source),a(!1),y(null)},children:"Discard changes"})]}),g.error!=null&&n(Vi,{error:g.error,show:y}),n(Hi,{kind:e,acc:r,source:()=>o.current?.get()??S.source,onProblems:y}),n(Gi,{kind:e,versions:r.policy.versions,canEdit:$,onRollback:k=>v(k)}),p!==null&&n(ne,{title:`Make version ${p} active again`,confirmLabel:`Activate version ${p}`,pending:b.pending,error:b.error,onCancel:()=>v(null),onConfirm:async()=>{const k=await b.run({kind:e,version:p});if(k){v(null),h(`Version ${k.activatePolicyVersion.version} is active again.`);const A=await ce(bn,{kind:e}).catch(()=>null);A?.account&&o.current?.set(A.account.policy.active.source),a(!1),i.reload()}},children:n("p",{children:"It replaces the active version at once, for every request."})})]})}function Vi({error:e,show:t}){return G(()=>t(e),[e]),null}function Hi({kind:e,acc:t,source:i,onProblems:r}){const s=t.users.edges.map(y=>y.node),o=t.devices.edges.map(y=>y.node),[c,u]=_(s.find(y=>y.role==="OPERATOR")?.id??s[0]?.id??""),[f,a]=_(o[0]?.id??""),[m,d]=_("device.read"),[l,h]=_(null),[g,b]=_(null),[p,v]=_(!1),$=()=>{const y=s.find(C=>C.id===c),S=o.find(C=>C.id===f),k=new Date().toISOString();if(e==="PERMISSIONS")return{subject:{id:y?.id,kind:"user",email:y?.email,role:y?.role,permissions:y?.permissions??[],accountId:t.id,disabled:y?.disabled??!1},action:m,resource:S?{type:"device",id:S.id,accountId:t.id,code:S.code,inactive:S.inactive}:{type:"account",id:t.id,accountId:t.id},now:k};const A=t.licensePool;return{account:{id:t.id,type:t.type},device:{id:S?.id,code:S?.code,name:S?.name??""},user:{id:y?.id,email:y?.email,permissions:y?.permissions??[]},pools:{STANDARD:{total:A.standard.total,free:A.standard.unassigned},FLOATING:{total:A.floating.total,free:A.floating.unassigned}},holders:o.filter(C=>C.license&&C.id!==S?.id).map(C=>({deviceId:C.id,code:C.code,pool:C.license.pool,status:C.licenseStatus,lastSeenAt:C.lastSeenAt,idleMinutes:C.lastSeenAt?Math.floor((Date.now()-Date.parse(C.lastSeenAt))/6e4):0,userEmail:C.lastUser?.email??"",userPermissions:C.lastUser?.permissions??[],inactive:C.inactive})),settings:{floatingIdleMinutes:t.settings.floatingIdleMinutes,priorityPermission:t.settings.floatingPriorityPermission??""},now:k}};return n("section",{class:"panel","aria-labelledby":"dry-title",children:[n("h2",{id:"dry-title",children:"Dry run"}),n("p",{class:"hint",children:"Evaluates the text in the editor (saved or not) on a request you choose. Nothing changes."}),n("form",{class:"filters",onSubmit:async y=>{y.preventDefault(),v(!0),b(null),h(null);try{const S=await ce(Wi,{kind:e,input:$(),source:i()});h(JSON.stringify(S.evaluatePolicy,null,2)),r(null)}catch(S){b(S),r(S)}finally{v(!1)}},children:[n("div",{class:"field",children:[n("label",{for:"dry-user",children:"User"}),n("select",{id:"dry-user",value:c,onChange:y=>u(y.currentTarget.value),children:s.map(y=>n("option",{value:y.id,children:`${y.email} (${y.role})`}))})]}),n("div",{class:"field",children:[n("label",{for:"dry-device",children:"Device"}),n("select",{id:"dry-device",value:f,onChange:y=>a(y.currentTarget.value),children:[e==="PERMISSIONS"&&n("option",{value:"",children:"None (the account)"}),o.map(y=>n("option",{value:y.id,children:y.code}))]})]}),e==="PERMISSIONS"&&n("div",{class:"field",children:[n("label",{for:"dry-action",children:"Action"}),n("select",{id:"dry-action",value:m,onChange:y=>d(y.currentTarget.value),children:Fi.map(y=>n("option",{value:y,children:y}))})]}),n("div",{class:"field",children:n("button",{type:"submit",disabled:p,children:"Run dry run"})})]}),n(O,{error:g}),l!==null&&n("pre",{class:"result","data-testid":"dry-result","aria-label":"Dry-run decision",children:l})]})}function Gi({kind:e,versions:t,canEdit:i,onRollback:r}){const s=[...t].sort((l,h)=>h.version-l.version),[o,c]=_(s[1]?.version??s[0]?.version??0),[u,f]=_(s[0]?.version??0),a=ie(null),[m,d]=_(!1);return G(()=>{if(!m||!a.current)return;const l=t.find(p=>p.version===o),h=t.find(p=>p.version===u);if(!l||!h)return;let g=null,b=!1;return en(()=>import("./editor-DT4Ukf0T.js"),[]).then(p=>{b||!a.current||(a.current.textContent="",g=p.createDiff(a.current,l.source,h.source))}),()=>{b=!0,g?.destroy()}},[m,o,u,t]),n("section",{"aria-labelledby":"versions-title",children:[n("h2",{id:"versions-title",children:"Version history"}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:[e," policy versions"]}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Version"}),n("th",{scope:"col",children:"Author"}),n("th",{scope:"col",children:"Date"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:s.map(l=>n("tr",{"data-version":l.version,children:[n("th",{scope:"row",children:l.version===0?"0 (shipped default)":l.version}),n("td",{children:l.author?.email??"—"}),n("td",{children:Q(l.createdAt)}),n("td",{children:l.active?"Active":""}),n("td",{children:!l.active&&i&&n("button",{type:"button","aria-label":`Roll back to version ${l.version}`,onClick:()=>r(l.version),children:"Roll back"})})]},l.id))})]})}),s.length>1&&n("form",{class:"filters",onSubmit:l=>{l.preventDefault(),d(!0)},"aria-label":"Compare versions",children:[n("div",{class:"field",children:[n("label",{for:"diff-a",children:"Compare version"}),n("select",{id:"diff-a",value:o,onChange:l=>c(Number(l.currentTarget.value)),children:s.map(l=>n("option",{value:l.version,children:l.version}))})]}),n("div",{class:"field",children:[n("label",{for:"diff-b",children:"with version"}),n("select",{id:"diff-b",value:u,onChange:l=>f(Number(l.currentTarget.value)),children:s.map(l=>n("option",{value:l.version,children:l.version}))})]}),n("div",{class:"field",children:n("button",{type:"submit",children:"Show differences"})})]}),m&&n("div",{class:"diff",ref:a,"aria-label":`Differences between version ${o} and version ${u}`,role:"region"})]})}const Ki=["ASSIGNED","RESERVED","REMOVED","MOVED","RECLAIMED","RELEASED","DENIED","EXPIRED","RENEWED"],Kn=500,zi=E(`
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
`);async function Ji(e,t){let i=null,r=[],s=0;for(;;){const o=await ce(zi,{types:e,deviceId:t,after:i});if(s=o.licenseEvents.totalCount,r=r.concat(o.licenseEvents.edges.map(c=>c.node)).slice(-Kn),i=o.licenseEvents.pageInfo.endCursor??i,!o.licenseEvents.pageInfo.hasNextPage)return{events:r,last:i,total:s}}}function Yi(){const{query:e}=$e(),t=e.get("type")??"",i=e.get("device")??"",r=ae(),[s,o]=_([]),[c,u]=_(null),[f,a]=_(!0),[m,d]=_("live"),[l,h]=_(null),g=ie(new Set);G(()=>{let p=()=>{},v=!1;return a(!0),Ji(t?[t]:null,i||null).then(({events:$,last:y})=>{v||(a(!1),g.current=new Set($.map(S=>S.cursor)),o($.slice().reverse()),p=b(y))},$=>{a(!1),u($)}),()=>{v=!0,p()}},[t,i]);const b=p=>Hn({after:p,accountId:r.me.account?.id,onEvent:v=>{g.current.has(v.cursor)||(g.current.add(v.cursor),!(t&&v.type!==t)&&(i&&v.device?.id!==i&&v.previousDevice?.id!==i||o($=>[v,...$].slice(0,Kn))))},onStatus:(v,$)=>{d(v),$&&($.code==="FORBIDDEN"||$.code==="UNAUTHENTICATED")&&h($)}});return n("section",{"aria-labelledby":"events-title",children:[n("h1",{id:"events-title",children:"Events"}),n("form",{class:"filters",role:"search","aria-label":"Filter events",onSubmit:p=>p.preventDefault(),children:[n("div",{class:"field",children:[n("label",{for:"ev-type",children:"Type"}),n("select",{id:"ev-type",value:t,onChange:p=>ge({type:p.currentTarget.value}),children:[n("option",{value:"",children:"All types"}),Ki.map(p=>n("option",{value:p,children:p}))]})]}),n("div",{class:"field",children:[n("label",{for:"ev-device",children:"Device ID"}),n("input",{id:"ev-device",value:i,onChange:p=>ge({device:p.currentTarget.value.trim()})})]}),n("div",{class:"field",children:n(Qi,{})})]}),n("p",{class:m==="live"?"ok":"notice",role:"status","data-testid":"feed-status",children:m==="live"?"Live: new events appear at the top.":"Connection lost: reconnecting, and missed events will follow."}),n(O,{error:c??l}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"License events, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Type"}),n("th",{scope:"col",children:"Device"}),n("th",{scope:"col",children:"Pool"}),n("th",{scope:"col",children:"User"}),n("th",{scope:"col",children:"By"}),n("th",{scope:"col",children:"Reason"})]})}),n("tbody",{children:[s.map(p=>n("tr",{"data-type":p.type,"data-sequence":p.sequence,children:[n("td",{children:p.sequence}),n("td",{children:Q(p.occurredAt)}),n("th",{scope:"row",children:p.type}),n("td",{children:[p.device?.code??"—",p.previousDevice?` (from ${p.previousDevice.code})`:""]}),n("td",{children:p.pool??"—"}),n("td",{children:p.userEmail??"—"}),n("td",{children:p.actorEmail??"system"}),n("td",{children:p.reason??""})]},p.cursor)),s.length===0&&!f&&n("tr",{children:n("td",{colSpan:8,children:"No event yet."})})]})]})})]})}function Qi(){const[e,t]=_(null);return n(z,{children:[n("button",{type:"button",onClick:async()=>{t(null);const{exportCSV:i}=await en(async()=>{const{exportCSV:s}=await import("./download-IUBWEuiH.js");return{exportCSV:s}},[]),r=await i("/export/license-events.csv","license-events.csv");r&&t(r)},children:"Export CSV"}),e&&n("span",{class:"error",role:"alert",children:e})]})}const Xi=E(`
  query SettingsPage {
    account {
      id
      type
      settings {
        operatorContactEmail
        operatorContactPhone
        floatingIdleMinutes
      }
      webhooks {
        id
        url
        eventTypes
        active
        createdAt
        deliveries(first: 20) {
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
`),Zi=E(`
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
`),er=E(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      id
    }
  }
`),nr=E(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      active
    }
  }
`),tr=E(`
  mutation RedeliverWebhookDelivery($id: ID!) {
    redeliverWebhookDelivery(id: $id) {
      id
      status
    }
  }
`),ir=E(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`),rr=["ASSIGNED","RESERVED","REMOVED","MOVED","RECLAIMED","RELEASED","DENIED","EXPIRED","RENEWED"];function or(){const e=ae(),t=X(Xi,{}),i=t.data?.account,r=W(Zi),[s,o]=_(""),[c,u]=_(""),[f,a]=_("30"),[m,d]=_("");G(()=>{i&&(o(i.settings.operatorContactEmail??""),u(i.settings.operatorContactPhone??""),a(String(i.settings.floatingIdleMinutes)))},[i?.id]);const l=e.can("account.settings.update");return t.error?n(O,{error:t.error}):i?n(z,{children:[n("h1",{children:"Settings"}),n("form",{class:"panel","aria-labelledby":"contact-title",onSubmit:async h=>{h.preventDefault(),d(""),await r.run({input:{operatorContactEmail:s,operatorContactPhone:c,floatingIdleMinutes:Number(f)}})&&d("Settings saved.")},children:[n("h2",{id:"contact-title",children:"Operators' contact and floating licenses"}),n(x,{id:"s-email",label:"Operator contact email",hint:"Shown to operators who need help, e.g. when no license is free.",children:n("input",{id:"s-email",type:"email",value:s,disabled:!l,onInput:h=>o(h.currentTarget.value),"aria-describedby":"s-email-hint"})}),n(x,{id:"s-phone",label:"Operator contact phone",children:n("input",{id:"s-phone",type:"tel",value:c,disabled:!l,onInput:h=>u(h.currentTarget.value)})}),n(x,{id:"s-idle",label:"Floating idle minutes",hint:"A device silent for longer may lose its floating license to another device.",children:n("input",{id:"s-idle",type:"number",min:0,value:f,disabled:!l,onInput:h=>a(h.currentTarget.value),"aria-describedby":"s-idle-hint"})}),n(O,{error:r.error}),m&&n("p",{class:"ok",role:"status",children:m}),l&&n("button",{type:"submit",class:"primary",disabled:r.pending,children:"Save settings"})]}),n(sr,{hooks:i.webhooks,canManage:e.can("webhook.manage"),onChange:t.reload})]}):n("p",{"aria-busy":"true",children:"Loading…"})}function wn(){const e=new Uint8Array(24);return crypto.getRandomValues(e),Array.from(e,t=>t.toString(16).padStart(2,"0")).join("")}function sr({hooks:e,canManage:t,onChange:i}){const r=W(er),s=W(nr),o=W(ir),c=W(tr),[u,f]=_(""),[a,m]=_([]),[d,l]=_(null),[h,g]=_(null);return n("section",{"aria-labelledby":"hooks-title",children:[n("h2",{id:"hooks-title",children:"Webhooks"}),d&&n(Bn,{label:"Signing secret.",value:d}),t&&n("form",{class:"panel","aria-label":"Create a webhook",onSubmit:async b=>{b.preventDefault();const p=wn();await r.run({input:{url:u,secret:p,eventTypes:a}})&&(l(p),f(""),i())},children:[n(x,{id:"w-url",label:"Endpoint URL",children:n("input",{id:"w-url",type:"url",required:!0,value:u,onInput:b=>f(b.currentTarget.value)})}),n("fieldset",{class:"perms",children:[n("legend",{children:"Event types (none: all)"}),rr.map(b=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:a.includes(b),onChange:p=>m(p.currentTarget.checked?[...a,b]:a.filter(v=>v!==b))})," ",b]},b))]}),n(O,{error:r.error}),n("button",{type:"submit",class:"primary",disabled:r.pending,children:"Create webhook"})]}),n(O,{error:s.error??c.error}),e.length===0&&n("p",{children:"No webhook yet."}),e.map(b=>n("section",{class:"card","aria-label":`Webhook ${b.url}`,children:[n("h3",{children:b.url}),n("p",{children:[b.active?"Active":"Paused"," · ",b.eventTypes.length?b.eventTypes.join(", "):"all events"," · created ",Q(b.createdAt)]}),t&&n("div",{class:"actions",children:[n("button",{type:"button",onClick:async()=>{await s.run({id:b.id,input:{active:!b.active}})&&i()},children:b.active?"Pause":"Resume (sends what it missed)"}),n("button",{type:"button",onClick:async()=>{const p=wn();await s.run({id:b.id,input:{secret:p}})&&l(p)},children:"New secret"}),n("button",{type:"button",onClick:()=>g(b),children:"Delete"})]}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{children:"Latest deliveries"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Event"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Attempts"}),n("th",{scope:"col",children:"Last answer"}),n("th",{scope:"col",children:"Next attempt"}),t&&n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:[b.deliveries.map(p=>n("tr",{children:[n("th",{scope:"row",children:["#",p.event.sequence," ",p.event.type]}),n("td",{children:p.status}),n("td",{children:p.attempts}),n("td",{children:p.lastStatusCode??p.lastError??"—"}),n("td",{children:p.status==="PENDING"?Q(p.nextAttemptAt):p.deliveredAt?`delivered ${Q(p.deliveredAt)}`:"—"}),t&&n("td",{children:p.status!=="PENDING"&&n("button",{type:"button","aria-label":`Redeliver event ${p.event.sequence}`,onClick:async()=>{await c.run({id:p.id})&&i()},children:"Redeliver"})})]},p.id)),b.deliveries.length===0&&n("tr",{children:n("td",{colSpan:t?6:5,children:"No delivery yet."})})]})]})})]},b.id)),h&&n(ne,{title:`Delete the webhook ${h.url}`,confirmLabel:"Delete webhook",danger:!0,pending:o.pending,error:o.error,onCancel:()=>g(null),onConfirm:async()=>{await o.run({id:h.id})&&(g(null),i())},children:n("p",{children:"No more events are sent to it."})})]})}const cr=E(`
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
`),ar=E(`
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
      name
      description
    }
  }
`),lr=E(`
  mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {
    approveAccountRequest(id: $id, input: $input) {
      id
      name
    }
  }
`),dr=E(`
  mutation RejectAccountRequest($id: ID!, $reason: String) {
    rejectAccountRequest(id: $id, reason: $reason) {
      id
      status
    }
  }
`),ur=E(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      name
    }
  }
`),pr=E(`
  mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {
    renewAccount(accountId: $id, input: $input) {
      id
      expiresAt
    }
  }
`),zn=()=>new Date(Date.now()+365*864e5).toISOString().slice(0,10),nn=e=>new Date(`${e}T00:00:00Z`).toISOString();function hr(){const{path:e}=$e(),t=/^\/accounts\/([^/]+)$/.exec(e);return t?n(z,{children:[n("p",{children:n(we,{to:"/accounts",children:"← All accounts"})}),n(Vn,{accountId:decodeURIComponent(t[1])})]}):n(fr,{})}function fr(){const e=ae(),[t,i]=_(null),r=X(cr,{after:t}),s=X(ar,{},!e.can("accountrequest.read")),[o,c]=_(""),[u,f]=_(null),[a,m]=_(!1),d=l=>{c(l),r.reload(),s.reload()};return n(z,{children:[n("h1",{children:"Accounts"}),o&&n("p",{class:"ok",role:"status",children:o}),e.can("accountrequest.read")&&n("section",{"aria-labelledby":"req-title",children:[n("h2",{id:"req-title",children:"Account requests"}),n(O,{error:s.error}),s.data?.accountRequests.length===0&&n("p",{children:"No request is waiting."}),s.data?.accountRequests.map(l=>n(mr,{r:l,presets:s.data.floatingPresets.map(h=>h.name),onDone:d},l.id))]}),n("section",{"aria-labelledby":"acc-title",children:[n("div",{class:"section-head",children:[n("h2",{id:"acc-title",children:"All accounts"}),e.can("account.create")&&n("button",{type:"button",class:"primary",onClick:()=>m(!0),children:"Create account"})]}),a&&n(vr,{onDone:l=>{m(!1),l&&d(l)}}),u&&n(gr,{acc:u,onDone:l=>{f(null),l&&d(l)}}),n(O,{error:r.error}),n("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":"Table (scrolls sideways on narrow screens)",children:n("table",{children:[n("caption",{class:"visually-hidden",children:"Enterprise accounts"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Account email"}),n("th",{scope:"col",children:"Type"}),n("th",{scope:"col",children:"Licenses in use"}),n("th",{scope:"col",children:"Ends"}),n("th",{scope:"col",children:"Actions"})]})}),n("tbody",{children:r.data?.accounts.edges.map(({node:l})=>n("tr",{"data-account":l.name,children:[n("th",{scope:"row",children:n(we,{to:`/accounts/${encodeURIComponent(l.id)}`,children:l.name})}),n("td",{children:l.email}),n("td",{children:l.type}),n("td",{children:[l.licensePool.assigned," of ",l.licensePool.total]}),n("td",{children:Ze(l.expiresAt)}),n("td",{children:e.can("account.renew")&&n("button",{type:"button","aria-label":`Renew ${l.name}`,onClick:()=>f(l),children:"Renew"})})]},l.id))})]})}),r.data&&(r.data.accounts.pageInfo.hasNextPage||t)&&n("nav",{class:"pager","aria-label":"Pages of accounts",children:[n("button",{type:"button",disabled:!t,onClick:()=>i(null),children:"First page"}),n("button",{type:"button",disabled:!r.data.accounts.pageInfo.hasNextPage,onClick:()=>i(r.data.accounts.pageInfo.endCursor??null),children:"Next page"})]})]})]})}function mr({r:e,presets:t,onDone:i}){const r=W(lr),s=W(dr),o=`req-${e.id}`,[c,u]=_(""),[f,a]=_(""),[m,d]=_(e.accountType),[l,h]=_(String(e.standardLicenses)),[g,b]=_(String(e.floatingLicenses)),[p,v]=_(zn()),[$,y]=_(""),[S,k]=_("");return n("article",{class:"card","aria-labelledby":`${o}-title`,"data-request":e.companyName,children:[n("h3",{id:`${o}-title`,children:e.companyName}),n("p",{children:[e.contactName?`${e.contactName}, `:"",e.contactEmail," · asks for ",e.accountType,": ",e.standardLicenses," standard, ",e.floatingLicenses," floating · ",Q(e.createdAt)]}),e.workflow&&n("p",{class:"workflow",children:["“",e.workflow,"”"]}),n("form",{"aria-label":`Approve ${e.companyName}`,onSubmit:async A=>{A.preventDefault();const C=await r.run({id:e.id,input:{email:c,adminPassword:f,expiresAt:nn(p),type:m,standardLicenses:Number(l),floatingLicenses:Number(g),...$?{floatingPreset:$}:{}}});C&&i(`${C.approveAccountRequest.name} was created.`)},children:[n("div",{class:"filters",children:[n(x,{id:`${o}-email`,label:"Account Email",children:n("input",{id:`${o}-email`,type:"email",required:!0,value:c,onInput:A=>u(A.currentTarget.value)})}),n(x,{id:`${o}-pw`,label:"Admin password",children:n("input",{id:`${o}-pw`,type:"password",required:!0,autoComplete:"new-password",value:f,onInput:A=>a(A.currentTarget.value)})}),n(x,{id:`${o}-type`,label:"Type",children:n("select",{id:`${o}-type`,value:m,onChange:A=>d(A.currentTarget.value),children:[n("option",{children:"STANDARD"}),n("option",{children:"FLOATING"}),n("option",{children:"MIXED"})]})}),n(x,{id:`${o}-std`,label:"Standard licenses",children:n("input",{id:`${o}-std`,type:"number",min:0,value:l,onInput:A=>h(A.currentTarget.value)})}),n(x,{id:`${o}-flt`,label:"Floating licenses",children:n("input",{id:`${o}-flt`,type:"number",min:0,value:g,onInput:A=>b(A.currentTarget.value)})}),n(x,{id:`${o}-ends`,label:"End date",children:n("input",{id:`${o}-ends`,type:"date",required:!0,value:p,onInput:A=>v(A.currentTarget.value)})}),n(x,{id:`${o}-preset`,label:"Floating strategy",children:n("select",{id:`${o}-preset`,value:$,onChange:A=>y(A.currentTarget.value),children:[n("option",{value:"",children:"Default"}),t.map(A=>n("option",{value:A,children:A}))]})})]}),n(O,{error:r.error}),n("button",{type:"submit",class:"primary",disabled:r.pending,children:"Approve"})]}),n("form",{class:"filters","aria-label":`Reject ${e.companyName}`,onSubmit:async A=>{A.preventDefault(),await s.run({id:e.id,reason:S||null})&&i(`The request of ${e.companyName} was rejected.`)},children:[n(x,{id:`${o}-reason`,label:"Reason for rejecting",children:n("input",{id:`${o}-reason`,value:S,onInput:A=>k(A.currentTarget.value)})}),n("div",{class:"field",children:n("button",{type:"submit",class:"danger",disabled:s.pending,children:"Reject"})}),n(O,{error:s.error})]})]})}function vr({onDone:e}){const t=W(ur),[i,r]=_(""),[s,o]=_(""),[c,u]=_(""),[f,a]=_("STANDARD"),[m,d]=_("5"),[l,h]=_("0"),[g,b]=_(zn());return n("form",{class:"panel","aria-label":"Create an account",onSubmit:async p=>{p.preventDefault();const v=await t.run({input:{name:i,email:s,adminPassword:c,type:f,standardLicenses:Number(m),floatingLicenses:Number(l),expiresAt:nn(g)}});v&&e(`${v.createAccount.name} was created.`)},children:[n("div",{class:"filters",children:[n(x,{id:"ca-name",label:"Company name",children:n("input",{id:"ca-name",required:!0,value:i,onInput:p=>r(p.currentTarget.value)})}),n(x,{id:"ca-email",label:"Account Email",children:n("input",{id:"ca-email",type:"email",required:!0,value:s,onInput:p=>o(p.currentTarget.value)})}),n(x,{id:"ca-pw",label:"Admin password",children:n("input",{id:"ca-pw",type:"password",autoComplete:"new-password",required:!0,value:c,onInput:p=>u(p.currentTarget.value)})}),n(x,{id:"ca-type",label:"Type",children:n("select",{id:"ca-type",value:f,onChange:p=>a(p.currentTarget.value),children:[n("option",{children:"STANDARD"}),n("option",{children:"FLOATING"}),n("option",{children:"MIXED"})]})}),n(x,{id:"ca-std",label:"Standard licenses",children:n("input",{id:"ca-std",type:"number",min:0,value:m,onInput:p=>d(p.currentTarget.value)})}),n(x,{id:"ca-flt",label:"Floating licenses",children:n("input",{id:"ca-flt",type:"number",min:0,value:l,onInput:p=>h(p.currentTarget.value)})}),n(x,{id:"ca-ends",label:"End date",children:n("input",{id:"ca-ends",type:"date",required:!0,value:g,onInput:p=>b(p.currentTarget.value)})})]}),n(O,{error:t.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:"primary",disabled:t.pending,children:"Create account"}),n("button",{type:"button",onClick:()=>e(),children:"Cancel"})]})]})}function gr({acc:e,onDone:t}){const i=W(pr),[r,s]=_(new Date(Date.parse(e.expiresAt)+365*864e5).toISOString().slice(0,10)),[o,c]=_(""),[u,f]=_("");return n("form",{class:"panel","aria-label":`Renew ${e.name}`,onSubmit:async a=>{a.preventDefault();const m=await i.run({id:e.id,input:{expiresAt:nn(r),...o?{standardLicenses:Number(o)}:{},...u?{floatingLicenses:Number(u)}:{}}});m&&t(`${e.name} now ends on ${Ze(m.renewAccount.expiresAt)}.`)},children:[n("h3",{children:["Renew ",e.name]}),n("div",{class:"filters",children:[n(x,{id:"rn-ends",label:"New end date",children:n("input",{id:"rn-ends",type:"date",required:!0,value:r,onInput:a=>s(a.currentTarget.value)})}),n(x,{id:"rn-std",label:"Standard licenses (empty: unchanged)",children:n("input",{id:"rn-std",type:"number",min:0,value:o,onInput:a=>c(a.currentTarget.value)})}),n(x,{id:"rn-flt",label:"Floating licenses (empty: unchanged)",children:n("input",{id:"rn-flt",type:"number",min:0,value:u,onInput:a=>f(a.currentTarget.value)})})]}),n(O,{error:i.error}),n("div",{class:"actions",children:[n("button",{type:"submit",class:"primary",disabled:i.pending,children:"Renew"}),n("button",{type:"button",onClick:()=>t(),children:"Cancel"})]})]})}const _r=E(`
  mutation Logout {
    logout
  }
`),$n=[{path:"/",title:"Overview",show:e=>!!e.me.account&&e.can("account.read")},{path:"/devices",title:"Devices",show:e=>!!e.me.account&&e.can("device.read")},{path:"/users",title:"Users and tokens",show:e=>!!e.me.account&&e.can("user.read")},{path:"/policies",title:"Policies",show:e=>!!e.me.account&&e.can("policy.read")},{path:"/events",title:"Events",show:e=>!!e.me.account&&e.can("event.read")},{path:"/settings",title:"Settings",show:e=>!!e.me.account&&e.can("account.read")},{path:"/accounts",title:"Accounts",show:e=>e.can("account.list")}];function yr(){const e=$e(),t=X(si,{actions:oi}),i=Ye(()=>{if(!t.data?.me)return null;const c=new Set(t.data.viewerPermissions.filter(u=>u.allowed).map(u=>u.action));return{me:t.data.me,can:u=>c.has(u),reload:t.reload}},[t.data]),r=i?$n.filter(c=>c.show(i)):[],s=r.find(c=>c.path!=="/"&&(e.path===c.path||e.path.startsWith(c.path+"/")))??r.find(c=>c.path===e.path);if(G(()=>{document.title=`${s?.title??"Console"} · CountThings`;const c=$n.some(u=>u.path===e.path||u.path!=="/"&&e.path.startsWith(u.path+"/"));i&&!s&&r.length&&(e.path==="/"||c)&&Ne(r[0].path,!0)},[s,i,e.path]),t.error&&!t.data)return n("main",{id:"main",class:"center",children:n("p",{role:"alert",children:String(t.error.message)})});if(!i)return n("main",{id:"main",class:"center","aria-busy":"true",children:n("p",{children:"Loading…"})});let o;switch(s?.path){case"/":o=n(Vn,{});break;case"/devices":o=n(Ii,{});break;case"/users":o=n(Ri,{});break;case"/policies":o=n(Bi,{});break;case"/events":o=n(Yi,{});break;case"/settings":o=n(or,{});break;case"/accounts":o=n(hr,{});break;default:o=n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:"There is no such page in the console, or your permissions do not include it."})]})}return n(jn.Provider,{value:i,children:[n("a",{class:"skip",href:"#main",children:"Skip to content"}),n("header",{class:"top",children:[n("span",{class:"brand",children:"CountThings"}),n("nav",{"aria-label":"Console",children:n("ul",{children:r.map(c=>n("li",{children:n(we,{to:c.path,"aria-current":s===c?"page":void 0,children:c.title})},c.path))})}),n("div",{class:"who",children:[n("span",{children:[i.me.email," ",n("span",{class:"role",children:i.me.role}),i.me.account&&n(z,{children:[" · ",i.me.account.name]})]}),n("button",{type:"button",onClick:async()=>{try{await ce(_r)}catch{}Fn(),Ne("/",!0),qe("You are signed out.")},children:"Sign out"})]})]}),n("main",{id:"main",tabIndex:-1,children:o})]})}function br(){const[e,t]=_(!!pe());return G(()=>_t(()=>{const i=!!pe();i||Fn(),t(i)}),[]),G(()=>{const i=pe();if(!i)return;const r=Date.parse(i.expiresAt)-Date.now(),s=setTimeout(()=>qe("Your session has ended. Please sign in again."),Math.min(Math.max(r,0),2**31-1));return()=>clearTimeout(s)},[e]),e?n(yr,{}):n(ai,{})}tt(n(br,{}),document.getElementById("app"));export{Wn as E,pe as a,qe as s};
