var Se,A,un,Q,Ke,_n,pn,fn,Fe,Ne,Oe,hn,se={},mn=[],Ln=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ie=Array.isArray;function V(e,n){for(var t in n)e[t]=n[t];return e}function We(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Nn(e,n,t){var o,r,c,a={};for(c in n)c=="key"?o=n[c]:c=="ref"?r=n[c]:a[c]=n[c];if(arguments.length>2&&(a.children=arguments.length>3?Se.call(arguments,2):t),typeof e=="function"&&e.defaultProps!=null)for(c in e.defaultProps)a[c]===void 0&&(a[c]=e.defaultProps[c]);return me(e,a,o,r,null)}function me(e,n,t,o,r){var c={type:e,props:n,key:t,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:r??++un,__i:-1,__u:0};return r==null&&A.vnode!=null&&A.vnode(c),c}function ie(e){return e.children}function ge(e,n){this.props=e,this.context=n}function te(e,n){if(n==null)return e.__?te(e.__,e.__i+1):null;for(var t;n<e.__k.length;n++)if((t=e.__k[n])!=null&&t.__e!=null)return t.__e;return typeof e.type=="function"?te(e):null}function gn(e){var n,t;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,n=0;n<e.__k.length;n++)if((t=e.__k[n])!=null&&t.__e!=null){e.__e=e.__c.base=t.__e;break}return gn(e)}}function qe(e){(!e.__d&&(e.__d=!0)&&Q.push(e)&&!ye.__r++||Ke!=A.debounceRendering)&&((Ke=A.debounceRendering)||_n)(ye)}function ye(){for(var e,n,t,o,r,c,a,d=1;Q.length;)Q.length>d&&Q.sort(pn),e=Q.shift(),d=Q.length,e.__d&&(t=void 0,o=void 0,r=(o=(n=e).__v).__e,c=[],a=[],n.__P&&((t=V({},o)).__v=o.__v+1,A.vnode&&A.vnode(t),Be(n.__P,t,o,n.__n,n.__P.namespaceURI,32&o.__u?[r]:null,c,r??te(o),!!(32&o.__u),a),t.__v=o.__v,t.__.__k[t.__i]=t,wn(c,t,a),o.__e=o.__=null,t.__e!=r&&gn(t)));ye.__r=0}function vn(e,n,t,o,r,c,a,d,p,l,f){var s,u,h,I,E,$,m,v=o&&o.__k||mn,y=n.length;for(p=On(t,n,v,p,y),s=0;s<y;s++)(h=t.__k[s])!=null&&(u=h.__i==-1?se:v[h.__i]||se,h.__i=s,$=Be(e,h,u,r,c,a,d,p,l,f),I=h.__e,h.ref&&u.ref!=h.ref&&(u.ref&&He(u.ref,null,h),f.push(h.ref,h.__c||I,h)),E==null&&I!=null&&(E=I),(m=!!(4&h.__u))||u.__k===h.__k?p=yn(h,p,e,m):typeof h.type=="function"&&$!==void 0?p=$:I&&(p=I.nextSibling),h.__u&=-7);return t.__e=E,p}function On(e,n,t,o,r){var c,a,d,p,l,f=t.length,s=f,u=0;for(e.__k=new Array(r),c=0;c<r;c++)(a=n[c])!=null&&typeof a!="boolean"&&typeof a!="function"?(p=c+u,(a=e.__k[c]=typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?me(null,a,null,null,null):Ie(a)?me(ie,{children:a},null,null,null):a.constructor==null&&a.__b>0?me(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):a).__=e,a.__b=e.__b+1,d=null,(l=a.__i=qn(a,t,p,s))!=-1&&(s--,(d=t[l])&&(d.__u|=2)),d==null||d.__v==null?(l==-1&&(r>f?u--:r<f&&u++),typeof a.type!="function"&&(a.__u|=4)):l!=p&&(l==p-1?u--:l==p+1?u++:(l>p?u--:u++,a.__u|=4))):e.__k[c]=null;if(s)for(c=0;c<f;c++)(d=t[c])!=null&&(2&d.__u)==0&&(d.__e==o&&(o=te(d)),$n(d,d));return o}function yn(e,n,t,o){var r,c;if(typeof e.type=="function"){for(r=e.__k,c=0;r&&c<r.length;c++)r[c]&&(r[c].__=e,n=yn(r[c],n,t,o));return n}e.__e!=n&&(o&&(n&&e.type&&!n.parentNode&&(n=te(e)),t.insertBefore(e.__e,n||null)),n=e.__e);do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function qn(e,n,t,o){var r,c,a,d=e.key,p=e.type,l=n[t],f=l!=null&&(2&l.__u)==0;if(l===null&&e.key==null||f&&d==l.key&&p==l.type)return t;if(o>(f?1:0)){for(r=t-1,c=t+1;r>=0||c<n.length;)if((l=n[a=r>=0?r--:c++])!=null&&(2&l.__u)==0&&d==l.key&&p==l.type)return a}return-1}function Qe(e,n,t){n[0]=="-"?e.setProperty(n,t??""):e[n]=t==null?"":typeof t!="number"||Ln.test(n)?t:t+"px"}function pe(e,n,t,o,r){var c,a;e:if(n=="style")if(typeof t=="string")e.style.cssText=t;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(n in o)t&&n in t||Qe(e.style,n,"");if(t)for(n in t)o&&t[n]==o[n]||Qe(e.style,n,t[n])}else if(n[0]=="o"&&n[1]=="n")c=n!=(n=n.replace(fn,"$1")),a=n.toLowerCase(),n=a in e||n=="onFocusOut"||n=="onFocusIn"?a.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+c]=t,t?o?t.u=o.u:(t.u=Fe,e.addEventListener(n,c?Oe:Ne,c)):e.removeEventListener(n,c?Oe:Ne,c);else{if(r=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=t??"";break e}catch{}typeof t=="function"||(t==null||t===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&t==1?"":t))}}function Ye(e){return function(n){if(this.l){var t=this.l[n.type+e];if(n.t==null)n.t=Fe++;else if(n.t<t.u)return;return t(A.event?A.event(n):n)}}}function Be(e,n,t,o,r,c,a,d,p,l){var f,s,u,h,I,E,$,m,v,y,O,q,P,z,_,R,X,F=n.type;if(n.constructor!=null)return null;128&t.__u&&(p=!!(32&t.__u),c=[d=n.__e=t.__e]),(f=A.__b)&&f(n);e:if(typeof F=="function")try{if(m=n.props,v="prototype"in F&&F.prototype.render,y=(f=F.contextType)&&o[f.__c],O=f?y?y.props.value:f.__:o,t.__c?$=(s=n.__c=t.__c).__=s.__E:(v?n.__c=s=new F(m,O):(n.__c=s=new ge(m,O),s.constructor=F,s.render=Mn),y&&y.sub(s),s.props=m,s.state||(s.state={}),s.context=O,s.__n=o,u=s.__d=!0,s.__h=[],s._sb=[]),v&&s.__s==null&&(s.__s=s.state),v&&F.getDerivedStateFromProps!=null&&(s.__s==s.state&&(s.__s=V({},s.__s)),V(s.__s,F.getDerivedStateFromProps(m,s.__s))),h=s.props,I=s.state,s.__v=n,u)v&&F.getDerivedStateFromProps==null&&s.componentWillMount!=null&&s.componentWillMount(),v&&s.componentDidMount!=null&&s.__h.push(s.componentDidMount);else{if(v&&F.getDerivedStateFromProps==null&&m!==h&&s.componentWillReceiveProps!=null&&s.componentWillReceiveProps(m,O),!s.__e&&s.shouldComponentUpdate!=null&&s.shouldComponentUpdate(m,s.__s,O)===!1||n.__v==t.__v){for(n.__v!=t.__v&&(s.props=m,s.state=s.__s,s.__d=!1),n.__e=t.__e,n.__k=t.__k,n.__k.some(function(G){G&&(G.__=n)}),q=0;q<s._sb.length;q++)s.__h.push(s._sb[q]);s._sb=[],s.__h.length&&a.push(s);break e}s.componentWillUpdate!=null&&s.componentWillUpdate(m,s.__s,O),v&&s.componentDidUpdate!=null&&s.__h.push(function(){s.componentDidUpdate(h,I,E)})}if(s.context=O,s.props=m,s.__P=e,s.__e=!1,P=A.__r,z=0,v){for(s.state=s.__s,s.__d=!1,P&&P(n),f=s.render(s.props,s.state,s.context),_=0;_<s._sb.length;_++)s.__h.push(s._sb[_]);s._sb=[]}else do s.__d=!1,P&&P(n),f=s.render(s.props,s.state,s.context),s.state=s.__s;while(s.__d&&++z<25);s.state=s.__s,s.getChildContext!=null&&(o=V(V({},o),s.getChildContext())),v&&!u&&s.getSnapshotBeforeUpdate!=null&&(E=s.getSnapshotBeforeUpdate(h,I)),R=f,f!=null&&f.type===ie&&f.key==null&&(R=bn(f.props.children)),d=vn(e,Ie(R)?R:[R],n,t,o,r,c,a,d,p,l),s.base=n.__e,n.__u&=-161,s.__h.length&&a.push(s),$&&(s.__E=s.__=null)}catch(G){if(n.__v=null,p||c!=null)if(G.then){for(n.__u|=p?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;c[c.indexOf(d)]=null,n.__e=d}else{for(X=c.length;X--;)We(c[X]);Re(n)}else n.__e=t.__e,n.__k=t.__k,G.then||Re(n);A.__e(G,n,t)}else c==null&&n.__v==t.__v?(n.__k=t.__k,n.__e=t.__e):d=n.__e=Rn(t.__e,n,t,o,r,c,a,p,l);return(f=A.diffed)&&f(n),128&n.__u?void 0:d}function Re(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(Re)}function wn(e,n,t){for(var o=0;o<t.length;o++)He(t[o],t[++o],t[++o]);A.__c&&A.__c(n,e),e.some(function(r){try{e=r.__h,r.__h=[],e.some(function(c){c.call(r)})}catch(c){A.__e(c,r.__v)}})}function bn(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:Ie(e)?e.map(bn):V({},e)}function Rn(e,n,t,o,r,c,a,d,p){var l,f,s,u,h,I,E,$=t.props,m=n.props,v=n.type;if(v=="svg"?r="http://www.w3.org/2000/svg":v=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),c!=null){for(l=0;l<c.length;l++)if((h=c[l])&&"setAttribute"in h==!!v&&(v?h.localName==v:h.nodeType==3)){e=h,c[l]=null;break}}if(e==null){if(v==null)return document.createTextNode(m);e=document.createElementNS(r,v,m.is&&m),d&&(A.__m&&A.__m(n,c),d=!1),c=null}if(v==null)$===m||d&&e.data==m||(e.data=m);else{if(c=c&&Se.call(e.childNodes),$=t.props||se,!d&&c!=null)for($={},l=0;l<e.attributes.length;l++)$[(h=e.attributes[l]).name]=h.value;for(l in $)if(h=$[l],l!="children"){if(l=="dangerouslySetInnerHTML")s=h;else if(!(l in m)){if(l=="value"&&"defaultValue"in m||l=="checked"&&"defaultChecked"in m)continue;pe(e,l,null,h,r)}}for(l in m)h=m[l],l=="children"?u=h:l=="dangerouslySetInnerHTML"?f=h:l=="value"?I=h:l=="checked"?E=h:d&&typeof h!="function"||$[l]===h||pe(e,l,h,$[l],r);if(f)d||s&&(f.__html==s.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),n.__k=[];else if(s&&(e.innerHTML=""),vn(n.type=="template"?e.content:e,Ie(u)?u:[u],n,t,o,v=="foreignObject"?"http://www.w3.org/1999/xhtml":r,c,a,c?c[0]:t.__k&&te(t,0),d,p),c!=null)for(l=c.length;l--;)We(c[l]);d||(l="value",v=="progress"&&I==null?e.removeAttribute("value"):I!=null&&(I!==e[l]||v=="progress"&&!I||v=="option"&&I!=$[l])&&pe(e,l,I,$[l],r),l="checked",E!=null&&E!=e[l]&&pe(e,l,E,$[l],r))}return e}function He(e,n,t){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&n==null||(e.__u=e(n))}else e.current=n}catch(r){A.__e(r,t)}}function $n(e,n,t){var o,r;if(A.unmount&&A.unmount(e),(o=e.ref)&&(o.current&&o.current!=e.__e||He(o,null,n)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(c){A.__e(c,n)}o.base=o.__P=null}if(o=e.__k)for(r=0;r<o.length;r++)o[r]&&$n(o[r],n,t||typeof e.type!="function");t||We(e.__e),e.__c=e.__=e.__e=void 0}function Mn(e,n,t){return this.constructor(e,t)}function Un(e,n,t){var o,r,c,a;n==document&&(n=document.documentElement),A.__&&A.__(e,n),r=(o=!1)?null:n.__k,c=[],a=[],Be(n,e=n.__k=Nn(ie,null,[e]),r||se,se,n.namespaceURI,r?null:n.firstChild?Se.call(n.childNodes):null,c,r?r.__e:n.firstChild,o,a),wn(c,e,a)}function Fn(e){function n(t){var o,r;return this.getChildContext||(o=new Set,(r={})[n.__c]=this,this.getChildContext=function(){return r},this.componentWillUnmount=function(){o=null},this.shouldComponentUpdate=function(c){this.props.value!=c.value&&o.forEach(function(a){a.__e=!0,qe(a)})},this.sub=function(c){o.add(c);var a=c.componentWillUnmount;c.componentWillUnmount=function(){o&&o.delete(c),a&&a.call(c)}}),t.children}return n.__c="__cC"+hn++,n.__=e,n.Provider=n.__l=(n.Consumer=function(t,o){return t.children(o)}).contextType=n,n}Se=mn.slice,A={__e:function(e,n,t,o){for(var r,c,a;n=n.__;)if((r=n.__c)&&!r.__)try{if((c=r.constructor)&&c.getDerivedStateFromError!=null&&(r.setState(c.getDerivedStateFromError(e)),a=r.__d),r.componentDidCatch!=null&&(r.componentDidCatch(e,o||{}),a=r.__d),a)return r.__E=r}catch(d){e=d}throw e}},un=0,ge.prototype.setState=function(e,n){var t;t=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=V({},this.state),typeof e=="function"&&(e=e(V({},t),this.props)),e&&V(t,e),e!=null&&this.__v&&(n&&this._sb.push(n),qe(this))},ge.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),qe(this))},ge.prototype.render=ie,Q=[],_n=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,pn=function(e,n){return e.__v.__b-n.__v.__b},ye.__r=0,fn=/(PointerCapture)$|Capture$/i,Fe=0,Ne=Ye(!1),Oe=Ye(!0),hn=0;var Wn=0;function i(e,n,t,o,r,c){n||(n={});var a,d,p=n;if("ref"in p)for(d in p={},n)d=="ref"?a=n[d]:p[d]=n[d];var l={type:e,props:p,key:t,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Wn,__i:-1,__u:0,__source:r,__self:c};if(typeof e=="function"&&(a=e.defaultProps))for(d in a)p[d]===void 0&&(p[d]=a[d]);return A.vnode&&A.vnode(l),l}var oe,k,Te,Xe,ae=0,Sn=[],T=A,Ze=T.__b,en=T.__r,nn=T.diffed,tn=T.__c,on=T.unmount,rn=T.__;function Ae(e,n){T.__h&&T.__h(k,e,ae||n),ae=0;var t=k.__H||(k.__H={__:[],__h:[]});return e>=t.__.length&&t.__.push({}),t.__[e]}function N(e){return ae=1,Bn(En,e)}function Bn(e,n,t){var o=Ae(oe++,2);if(o.t=e,!o.__c&&(o.__=[En(void 0,n),function(d){var p=o.__N?o.__N[0]:o.__[0],l=o.t(p,d);p!==l&&(o.__N=[l,o.__[1]],o.__c.setState({}))}],o.__c=k,!k.__f)){var r=function(d,p,l){if(!o.__c.__H)return!0;var f=o.__c.__H.__.filter(function(u){return!!u.__c});if(f.every(function(u){return!u.__N}))return!c||c.call(this,d,p,l);var s=o.__c.props!==d;return f.forEach(function(u){if(u.__N){var h=u.__[0];u.__=u.__N,u.__N=void 0,h!==u.__[0]&&(s=!0)}}),c&&c.call(this,d,p,l)||s};k.__f=!0;var c=k.shouldComponentUpdate,a=k.componentWillUpdate;k.componentWillUpdate=function(d,p,l){if(this.__e){var f=c;c=void 0,r(d,p,l),c=f}a&&a.call(this,d,p,l)},k.shouldComponentUpdate=r}return o.__N||o.__}function J(e,n){var t=Ae(oe++,3);!T.__s&&An(t.__H,n)&&(t.__=e,t.u=n,k.__H.__h.push(t))}function Ee(e){return ae=5,je(function(){return{current:e}},[])}function je(e,n){var t=Ae(oe++,7);return An(t.__H,n)&&(t.__=e(),t.__H=n,t.__h=e),t.__}function In(e,n){return ae=8,je(function(){return e},n)}function Hn(e){var n=k.context[e.__c],t=Ae(oe++,9);return t.c=e,n?(t.__==null&&(t.__=!0,n.sub(k)),n.props.value):e.__}function jn(){for(var e;e=Sn.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(ve),e.__H.__h.forEach(Me),e.__H.__h=[]}catch(n){e.__H.__h=[],T.__e(n,e.__v)}}T.__b=function(e){k=null,Ze&&Ze(e)},T.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),rn&&rn(e,n)},T.__r=function(e){en&&en(e),oe=0;var n=(k=e.__c).__H;n&&(Te===k?(n.__h=[],k.__h=[],n.__.forEach(function(t){t.__N&&(t.__=t.__N),t.u=t.__N=void 0})):(n.__h.forEach(ve),n.__h.forEach(Me),n.__h=[],oe=0)),Te=k},T.diffed=function(e){nn&&nn(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(Sn.push(n)!==1&&Xe===T.requestAnimationFrame||((Xe=T.requestAnimationFrame)||zn)(jn)),n.__H.__.forEach(function(t){t.u&&(t.__H=t.u),t.u=void 0})),Te=k=null},T.__c=function(e,n){n.some(function(t){try{t.__h.forEach(ve),t.__h=t.__h.filter(function(o){return!o.__||Me(o)})}catch(o){n.some(function(r){r.__h&&(r.__h=[])}),n=[],T.__e(o,t.__v)}}),tn&&tn(e,n)},T.unmount=function(e){on&&on(e);var n,t=e.__c;t&&t.__H&&(t.__H.__.forEach(function(o){try{ve(o)}catch(r){n=r}}),t.__H=void 0,n&&T.__e(n,t.__v))};var cn=typeof requestAnimationFrame=="function";function zn(e){var n,t=function(){clearTimeout(o),cn&&cancelAnimationFrame(n),setTimeout(e)},o=setTimeout(t,35);cn&&(n=requestAnimationFrame(t))}function ve(e){var n=k,t=e.__c;typeof t=="function"&&(e.__c=void 0,t()),k=n}function Me(e){var n=k;e.__c=e.__(),k=n}function An(e,n){return!e||e.length!==n.length||n.some(function(t,o){return t!==e[o]})}function En(e,n){return typeof n=="function"?n(e):n}function U(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function K(e){return U(e)==="object"}function Gn(e){return Array.isArray(e)&&e.length>0&&e.every(n=>"message"in n)}function sn(e,n){return e.length<124?e:n}const Vn="graphql-transport-ws";var H=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(H||{}),j=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(j||{});function Dn(e){if(!K(e))throw new Error(`Message is expected to be an object, but got ${U(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${U(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!K(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${U(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!K(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${U(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${U(e.payload.query)}`);if(e.payload.variables!=null&&!K(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${U(e.payload.variables)}`);if(e.payload.operationName!=null&&U(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${U(e.payload.operationName)}`);if(e.payload.extensions!=null&&!K(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${U(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${U(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!K(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${U(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${U(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Gn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${U(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Jn(e,n){return Dn(typeof e=="string"?JSON.parse(e,n):e)}function ce(e,n){return Dn(e),JSON.stringify(e,n)}function Kn(e){const{url:n,connectionParams:t,lazy:o=!0,onNonLazyError:r=console.error,lazyCloseTimeout:c=0,keepAlive:a=0,disablePong:d,connectionAckWaitTimeout:p=0,retryAttempts:l=5,retryWait:f=async function(D){const g=Math.pow(2,D);await new Promise(b=>setTimeout(b,g*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:s=Ce,on:u,webSocketImpl:h,generateID:I=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,D=>{const g=Math.random()*16|0;return(D=="x"?g:g&3|8).toString(16)})},jsonMessageReplacer:E,jsonMessageReviver:$}=e;let m;if(h){if(!Yn(h))throw new Error("Invalid WebSocket implementation provided");m=h}else typeof WebSocket<"u"?m=WebSocket:typeof global<"u"?m=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(m=window.WebSocket||window.MozWebSocket);if(!m)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const v=m,y=(()=>{const w=(()=>{const g={};return{on(b,x){return g[b]=x,()=>{delete g[b]}},emit(b){"id"in b&&g[b.id]?.(b)}}})(),D={connecting:u?.connecting?[u.connecting]:[],opened:u?.opened?[u.opened]:[],connected:u?.connected?[u.connected]:[],ping:u?.ping?[u.ping]:[],pong:u?.pong?[u.pong]:[],message:u?.message?[w.emit,u.message]:[w.emit],closed:u?.closed?[u.closed]:[],error:u?.error?[u.error]:[]};return{onMessage:w.on,on(g,b){const x=D[g];return x.push(b),()=>{x.splice(x.indexOf(b),1)}},emit(g,...b){for(const x of[...D[g]])x(...b)}}})();function O(w){const D=[y.on("error",g=>{D.forEach(b=>b()),w(g)}),y.on("closed",g=>{D.forEach(b=>b()),w(g)})]}let q,P=0,z,_=!1,R=0,X=!1;async function F(){clearTimeout(z);const[w,D]=await(q??(q=new Promise((x,M)=>(async()=>{if(_){if(await f(R),!P)return q=void 0,M({code:1e3,reason:"All Subscriptions Gone"});R++}y.emit("connecting",_);const S=new v(typeof n=="function"?await n():n,Vn);let Z,re;function _e(){isFinite(a)&&a>0&&(clearTimeout(re),re=setTimeout(()=>{S.readyState===v.OPEN&&(S.send(ce({type:j.Ping})),y.emit("ping",!1,void 0))},a))}O(L=>{q=void 0,clearTimeout(Z),clearTimeout(re),M(L),L instanceof an&&(S.close(4499,"Terminated"),S.onerror=null,S.onclose=null)}),S.onerror=L=>y.emit("error",L),S.onclose=L=>y.emit("closed",L),S.onopen=async()=>{try{y.emit("opened",S);const L=typeof t=="function"?await t():t;if(S.readyState!==v.OPEN)return;S.send(ce(L?{type:j.ConnectionInit,payload:L}:{type:j.ConnectionInit},E)),isFinite(p)&&p>0&&(Z=setTimeout(()=>{S.close(H.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),_e()}catch(L){y.emit("error",L),S.close(H.InternalClientError,sn(L instanceof Error?L.message:String(L),"Internal client error"))}};let ee=!1;S.onmessage=({data:L})=>{try{const C=Jn(L,$);if(y.emit("message",C),C.type==="ping"||C.type==="pong"){y.emit(C.type,!0,C.payload),C.type==="pong"?_e():d||(S.send(ce(C.payload?{type:j.Pong,payload:C.payload}:{type:j.Pong})),y.emit("pong",!1,C.payload));return}if(ee)return;if(C.type!==j.ConnectionAck)throw new Error(`First message cannot be of type ${C.type}`);clearTimeout(Z),ee=!0,y.emit("connected",S,C.payload,_),_=!1,R=0,x([S,new Promise((Yt,Pn)=>O(Pn))])}catch(C){S.onmessage=null,y.emit("error",C),S.close(H.BadResponse,sn(C instanceof Error?C.message:String(C),"Bad response"))}}})())));w.readyState===v.CLOSING&&await D;let g=()=>{};const b=new Promise(x=>g=x);return[w,g,Promise.race([b.then(()=>{if(!P){const x=()=>w.close(1e3,"Normal Closure");isFinite(c)&&c>0?z=setTimeout(()=>{w.readyState===v.OPEN&&x()},c):x()}}),D])]}function G(w){if(Ce(w)&&(Qn(w.code)||[H.InternalServerError,H.InternalClientError,H.BadRequest,H.BadResponse,H.Unauthorized,H.SubprotocolNotAcceptable,H.SubscriberAlreadyExists,H.TooManyInitialisationRequests].includes(w.code)))throw w;if(X)return!1;if(Ce(w)&&w.code===1e3)return P>0;if(!l||R>=l||!s(w))throw w;return _=!0}o||(async()=>{for(P++;;)try{const[,,w]=await F();await w}catch(w){try{if(!G(w))return}catch(D){return r?.(D)}}})();function Je(w,D){const g=I(w);let b=!1,x=!1,M=()=>{P--,b=!0};return(async()=>{for(P++;;)try{const[S,Z,re]=await F();if(b)return Z();const _e=y.onMessage(g,ee=>{switch(ee.type){case j.Next:{D.next(ee.payload);return}case j.Error:{x=!0,b=!0,D.error(ee.payload),M();return}case j.Complete:{b=!0,M();return}}});S.send(ce({id:g,type:j.Subscribe,payload:w},E)),M=()=>{!b&&S.readyState===v.OPEN&&S.send(ce({id:g,type:j.Complete},E)),P--,b=!0,Z()},await re.finally(_e);return}catch(S){if(!G(S))return}})().then(()=>{x||D.complete()}).catch(S=>{D.error(S)}),()=>{b||M()}}return{on:y.on,subscribe:Je,iterate(w){const D=[],g={done:!1,error:null,resolve:()=>{}},b=Je(w,{next(M){D.push(M),g.resolve()},error(M){g.done=!0,g.error=M,g.resolve()},complete(){g.done=!0,g.resolve()}}),x=(async function*(){for(;;){for(D.length||await new Promise(S=>g.resolve=S);D.length;)yield D.shift();if(g.error)throw g.error;if(g.done)return}})();return x.throw=async M=>(g.done||(g.done=!0,g.error=M,g.resolve()),{done:!0,value:void 0}),x.return=async()=>(b(),{done:!0,value:void 0}),x},async dispose(){if(X=!0,q){const[w]=await q;w.close(1e3,"Normal Closure")}},terminate(){q&&y.emit("closed",new an)}}}class an extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function Ce(e){return K(e)&&"code"in e&&"reason"in e}function Qn(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function Yn(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}const we="countthings.session";let ze=Xn();const be=new Set;let Ge="";function Xn(){try{const e=sessionStorage.getItem(we);if(!e)return null;const n=JSON.parse(e);return!n.token||Date.parse(n.expiresAt)<=Date.now()?(sessionStorage.removeItem(we),null):n}catch{return null}}function ne(){return ze}function Zn(e){ze=e,Ge="",sessionStorage.setItem(we,JSON.stringify(e)),be.forEach(n=>n())}function De(e=""){ze=null,Ge=e,sessionStorage.removeItem(we),be.forEach(n=>n())}function et(){return Ge}function nt(e){return be.add(e),()=>be.delete(e)}const kn="Your session has ended. Please sign in again.";class le extends Error{code;problems;constructor(n,t,o=[]){super(n),this.code=t,this.problems=o}}function Ue(e){const n=e[0],t=n.extensions?.code??"INTERNAL";return new le(e.map(o=>o.message).join(`
`),t,n.extensions?.problems??[])}async function ke(e,n){const t=ne();let o;try{o=await fetch("/graphql",{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json",...t?{Authorization:`Bearer ${t.token}`}:{}},body:JSON.stringify({query:e.toString(),variables:n??{}})})}catch{throw new le("The server cannot be reached. Check your connection and try again.","NETWORK")}let r;try{r=await o.json()}catch{throw new le(`The server answered ${o.status} without a readable reply.`,"INTERNAL")}if(r.errors?.length){const c=Ue(r.errors);throw c.code==="UNAUTHENTICATED"&&t&&De(kn),c}return r.data}let Y=null,ln="";function tt(){const n=ne()?.token??"";if(Y&&ln===n)return Y;Y?.dispose(),ln=n;const t=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql`;return Y=Kn({url:t,lazy:!0,retryAttempts:0,connectionParams:{Authorization:`Bearer ${n}`},on:{closed:o=>{o?.code===4403&&ne()?.token===n&&De(kn)}}}),Y}function xn(){Y?.dispose(),Y=null}function ot(e,n,t){return tt().subscribe({query:e.toString(),variables:n},{next:o=>{o.errors?.length?t.error(Ue(o.errors)):o.data&&t.next(o.data)},error:o=>{Array.isArray(o)?t.error(Ue(o)):t.error(new le("The live connection dropped.","NETWORK"))},complete:()=>t.complete?.()})}class W extends String{__apiType;value;__meta__;constructor(n,t){super(n),this.value=n,this.__meta__=t}toString(){return this.value}}const it=new W(`
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
    `,{fragmentName:"AccountOverview"}),rt=new W(`
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
    `),ct=new W(`
    mutation Logout {
  logout
}
    `),st=new W(`
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
    `),at=new W(`
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
    `),lt=new W(`
    mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {
  assignLicense(deviceId: $deviceId, pool: $pool) {
    id
    licenseStatus
  }
}
    `),dt=new W(`
    mutation RemoveLicense($deviceId: ID!) {
  removeLicense(deviceId: $deviceId) {
    id
    licenseStatus
  }
}
    `),ut=new W(`
    mutation MoveLicense($from: ID!, $to: ID!) {
  moveLicense(fromDeviceId: $from, toDeviceId: $to) {
    id
    code
    licenseStatus
  }
}
    `),_t=new W(`
    mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {
  setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {
    id
    inactive
  }
}
    `),pt=new W(`
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
}`),ft=new W(`
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
}`),ht=new W(`
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
    `),mt=new W(`
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
    `),gt={"\n  subscription LiveEvents($after: String, $accountId: ID) {\n    licenseEvents(after: $after, accountId: $accountId) {\n      id\n      cursor\n      sequence\n      type\n      occurredAt\n      pool\n      reason\n      userEmail\n      actorEmail\n      device {\n        id\n        code\n        name\n      }\n      previousDevice {\n        id\n        code\n      }\n    }\n  }\n":rt,"\n  mutation Logout {\n    logout\n  }\n":ct,"\n  query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          unassigned\n        }\n        floating {\n          unassigned\n        }\n      }\n      devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            code\n            name\n            platform\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              id\n              pool\n            }\n            lastUser {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n":st,"\n  query FindDevice($code: String!) {\n    account {\n      id\n      devices(first: 5, where: { code: $code }) {\n        edges {\n          node {\n            id\n            code\n            name\n            licenseStatus\n          }\n        }\n      }\n    }\n  }\n":at,"\n  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {\n    assignLicense(deviceId: $deviceId, pool: $pool) {\n      id\n      licenseStatus\n    }\n  }\n":lt,"\n  mutation RemoveLicense($deviceId: ID!) {\n    removeLicense(deviceId: $deviceId) {\n      id\n      licenseStatus\n    }\n  }\n":dt,"\n  mutation MoveLicense($from: ID!, $to: ID!) {\n    moveLicense(fromDeviceId: $from, toDeviceId: $to) {\n      id\n      code\n      licenseStatus\n    }\n  }\n":ut,"\n  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {\n    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {\n      id\n      inactive\n    }\n  }\n":_t,"\n  fragment AccountOverview on Account {\n    id\n    name\n    email\n    type\n    expiresAt\n    licensePool {\n      total\n      assigned\n      unassigned\n      expiresAt\n      standard {\n        total\n        assigned\n        unassigned\n      }\n      floating {\n        total\n        assigned\n        unassigned\n      }\n    }\n    settings {\n      operatorContactEmail\n      operatorContactPhone\n      floatingIdleMinutes\n    }\n  }\n":it,"\n  query OwnOverview {\n    account {\n      ...AccountOverview\n    }\n  }\n":pt,"\n  query AnyOverview($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        ...AccountOverview\n      }\n    }\n  }\n":ft,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        role\n      }\n    }\n  }\n":ht,"\n  query Viewer($actions: [String!]!) {\n    me {\n      id\n      email\n      role\n      permissions\n      account {\n        id\n        name\n      }\n    }\n    viewerPermissions(actions: $actions) {\n      action\n      allowed\n    }\n  }\n":mt};function B(e){return gt[e]??{}}const de="/console",$e=new Set;window.addEventListener("popstate",()=>$e.forEach(e=>e()));function Ve(e,n=!1){const t=e.startsWith(de)?e:de+e;n?history.replaceState(null,"",t):history.pushState(null,"",t),$e.forEach(o=>o())}function dn(){let e=location.pathname.startsWith(de)?location.pathname.slice(de.length):location.pathname;return e===""||e==="/"?e="/":e=e.replace(/\/+$/,""),{path:e,query:new URLSearchParams(location.search)}}function Tn(){const[e,n]=N(dn);return J(()=>{const t=()=>n(dn());return $e.add(t),()=>{$e.delete(t)}},[]),e}function Pe(e){const n=new URLSearchParams(location.search);for(const[o,r]of Object.entries(e))r===void 0||r===""?n.delete(o):n.set(o,r);const t=n.toString();Ve(location.pathname+(t?`?${t}`:""),!0)}function vt(e){const n=e.currentTarget;e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey||(e.preventDefault(),Ve(n.pathname+n.search))}function yt(e){return i("a",{href:de+e.to,onClick:vt,class:e.class,"aria-current":e["aria-current"],children:e.children})}function xe({error:e}){if(!e)return null;const n=e instanceof le?e.message:String(e?.message??e);return i("p",{class:"error",role:"alert",children:n})}function ue(e,n,t=!1){const[o,r]=N({loading:!t}),c=JSON.stringify(n),a=Ee(0),d=In(()=>{if(t)return;const p=++a.current;r(l=>({...l,loading:!0})),ke(e,n).then(l=>p===a.current&&r({data:l,loading:!1}),l=>p===a.current&&r(f=>({data:f.data,error:l,loading:!1})))},[e,c,t]);return J(d,[d]),{data:o.data,error:o.error,loading:o.loading,reload:d}}function fe(e){const[n,t]=N(!1),[o,r]=N(null);return{run:In(async a=>{t(!0),r(null);try{return await ke(e,a)}catch(d){r(d);return}finally{t(!1)}},[e]),pending:n,error:o,setError:r}}function he(e){const n=Ee(null);return J(()=>{const t=n.current;t&&!t.open&&t.showModal()},[]),i("dialog",{ref:n,"aria-labelledby":"confirm-title",onCancel:t=>{t.preventDefault(),e.onCancel()},children:i("form",{method:"dialog",onSubmit:t=>{t.preventDefault(),e.onConfirm()},children:[i("h2",{id:"confirm-title",children:e.title}),e.children,i(xe,{error:e.error}),i("div",{class:"actions",children:[i("button",{type:"submit",class:e.danger?"danger":"primary",disabled:e.pending,children:e.confirmLabel}),i("button",{type:"button",onClick:e.onCancel,children:"Cancel"})]})]})})}function wt(e){return e?new Date(e).toLocaleString(void 0,{dateStyle:"medium",timeStyle:"short"}):"—"}function bt(e){return e?new Date(e).toLocaleDateString(void 0,{dateStyle:"medium"}):"—"}const $t=["account.read","account.settings.update","device.read","device.inactive.set","license.assign","license.remove","license.move","user.read","user.create","user.update","user.delete","apitoken.create","policy.read","policy.update","event.read","usage.read","webhook.manage","account.list","account.create","account.renew","accountrequest.read","accountrequest.decide"],St=B(`
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
`),Cn=Fn(null);function It(){const e=Hn(Cn);if(!e)throw new Error("no viewer");return e}const At=B(`
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
`);function Et(){const[e,n]=N(""),[t,o]=N(""),[r,c]=N(null),[a,d]=N(!1),p=et(),l=Ee(null);J(()=>{document.title="Sign in · CountThings",l.current?.focus()},[]);async function f(s){s.preventDefault(),d(!0),c(null);try{const u=await ke(At,{input:{email:e,password:t}});(u.login.user.role==="OPERATOR"||u.login.user.role==="ADMIN"||u.login.user.role==="SUPPORT")&&Zn({token:u.login.token,expiresAt:u.login.expiresAt})}catch(u){c(u)}finally{d(!1)}}return i("main",{id:"main",class:"signin",children:i("form",{onSubmit:f,"aria-labelledby":"signin-title",children:[i("h1",{id:"signin-title",children:"Sign in to CountThings"}),p&&i("p",{class:"notice",role:"status",children:p}),i("div",{class:"field",children:[i("label",{for:"email",children:"Email"}),i("input",{id:"email",ref:l,type:"email",autoComplete:"username",required:!0,value:e,onInput:s=>n(s.currentTarget.value)})]}),i("div",{class:"field",children:[i("label",{for:"password",children:"Password"}),i("input",{id:"password",type:"password",autoComplete:"current-password",required:!0,value:t,onInput:s=>o(s.currentTarget.value)})]}),i(xe,{error:r}),i("button",{type:"submit",class:"primary",disabled:a,children:a?"Signing in…":"Sign in"})]})})}function Dt(e){return null}B(`
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
`);const kt=B(`
  query OwnOverview {
    account {
      ...AccountOverview
    }
  }
`),xt=B(`
  query AnyOverview($id: ID!) {
    node(id: $id) {
      ... on Account {
        ...AccountOverview
      }
    }
  }
`);function Tt({accountId:e}){const n=ue(kt,{},!!e),t=ue(xt,{id:e??""},!e),o=e?t:n,r=(e?t.data?.node:n.data?.account)??null;return o.error?i(xe,{error:o.error}):r?i(Pt,{acc:r}):i("p",{"aria-busy":"true",children:o.loading?"Loading…":"No such account."})}function Ct(e){return Math.ceil((Date.parse(e)-Date.now())/864e5)}function Le({title:e,c:n}){const t=n.total?Math.round(n.assigned/n.total*100):0;return i("section",{class:"card pool","aria-labelledby":`pool-${e}`,children:[i("h2",{id:`pool-${e}`,children:e}),i("dl",{class:"counts",children:[i("div",{children:[i("dt",{children:"Total"}),i("dd",{"data-testid":`${e}-total`,children:n.total})]}),i("div",{children:[i("dt",{children:"Assigned"}),i("dd",{"data-testid":`${e}-assigned`,children:n.assigned})]}),i("div",{children:[i("dt",{children:"Unassigned"}),i("dd",{"data-testid":`${e}-unassigned`,children:n.unassigned})]})]}),i("div",{class:"meter",role:"img","aria-label":`${t}% of ${e} licenses assigned`,children:i("span",{style:{width:`${t}%`}})})]})}function Pt({acc:e}){const n=Ct(e.expiresAt),t=e.licensePool;return i(ie,{children:[i("h1",{children:e.name}),i("p",{class:"sub",children:[e.email," · ",e.type," account"]}),i("div",{class:"cards",children:[i("section",{class:`card ${n<=30?"warn":""}`,"aria-labelledby":"ends",children:[i("h2",{id:"ends",children:"Licenses end"}),i("p",{class:"big","data-testid":"end-date",children:bt(e.expiresAt)}),i("p",{children:n>0?`${n} day${n===1?"":"s"} left`:"Expired: devices can no longer count."})]}),i(Le,{title:"All",c:t}),t.standard.total>0&&i(Le,{title:"Standard",c:t.standard}),t.floating.total>0&&i(Le,{title:"Floating",c:t.floating})]}),i(Dt,{accountId:e.id})]})}const Lt=B(`
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
`);function Nt(e){let n=e.after??null;const t=new Set;let o=null,r=!1,c=0,a;const d=()=>{r||(o=ot(Lt,{after:n,accountId:e.accountId},{next:l=>{c=0;const f=l.licenseEvents;e.onStatus?.("live"),!t.has(f.cursor)&&(t.add(f.cursor),n=f.cursor,e.onEvent(f))},error:l=>p(l),complete:()=>p()}),e.onStatus?.("live"))},p=l=>{if(r)return;if(l?.code==="UNAUTHENTICATED"||l?.code==="FORBIDDEN"){e.onStatus?.("reconnecting",l);return}e.onStatus?.("reconnecting",l);const f=Math.min(250*2**c++,1e4);a=setTimeout(d,f)};return d(),()=>{r=!0,clearTimeout(a),o?.()}}function Ot(e,n){const t=Ee(e);t.current=e,J(()=>{let o;const r=Nt({accountId:n,onEvent:()=>{o||(o=setTimeout(()=>{o=void 0,t.current()},200))}});return()=>{clearTimeout(o),r()}},[n])}const qt=50,Rt=B(`
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
`),Mt=B(`
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
`),Ut=B(`
  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {
    assignLicense(deviceId: $deviceId, pool: $pool) {
      id
      licenseStatus
    }
  }
`),Ft=B(`
  mutation RemoveLicense($deviceId: ID!) {
    removeLicense(deviceId: $deviceId) {
      id
      licenseStatus
    }
  }
`),Wt=B(`
  mutation MoveLicense($from: ID!, $to: ID!) {
    moveLicense(fromDeviceId: $from, toDeviceId: $to) {
      id
      code
      licenseStatus
    }
  }
`),Bt=B(`
  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {
    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {
      id
      inactive
    }
  }
`),Ht=["ACTIVE","ASSIGNED","NONE"],jt=[{field:"CODE",label:"Code"},{field:"LAST_SEEN_AT",label:"Last seen"},{field:"CREATED_AT",label:"Registered"}];function zt(){const e=It(),{query:n}=Tn(),t=n.get("status")??"",o=n.get("inactive")??"",r=n.get("code")??"",c=n.get("user")??"",a=n.get("sort")??"CODE",d=n.get("dir")??"ASC",[p,l]=N([null]),f=p[p.length-1],s={...t?{licenseStatus:t}:{},...o?{inactive:o==="true"}:{},...r?{code:r}:{},...c?{userEmail:c}:{}},u=ue(Rt,{first:qt,after:f,where:s,orderBy:{field:a,direction:d}});Ot(u.reload);const[h,I]=N(null),[E,$]=N(""),m=(_,R)=>{l([null]),Pe({[_]:R})},v=_=>{l([null]),Pe({sort:_,dir:_===a&&d==="ASC"?"DESC":"ASC"})},y=u.data?.account?.devices,O=u.data?.account,q=_=>a===_?d==="ASC"?"ascending":"descending":void 0,P=({field:_,label:R})=>i("th",{scope:"col","aria-sort":q(_),children:i("button",{type:"button",class:"sort",onClick:()=>v(_),children:[R," ",i("span",{"aria-hidden":"true",children:a===_?d==="ASC"?"▲":"▼":"↕"})]})}),z=e.can("license.assign")||e.can("license.remove")||e.can("license.move")||e.can("device.inactive.set");return i("section",{"aria-labelledby":"devices-title",children:[i("h1",{id:"devices-title",children:"Devices"}),i("form",{class:"filters",role:"search","aria-label":"Filter devices",onSubmit:_=>_.preventDefault(),children:[i("div",{class:"field",children:[i("label",{for:"f-code",children:"Code"}),i("input",{id:"f-code",type:"search",value:r,onChange:_=>m("code",_.currentTarget.value.trim())})]}),i("div",{class:"field",children:[i("label",{for:"f-status",children:"Status"}),i("select",{id:"f-status",value:t,onChange:_=>m("status",_.currentTarget.value),children:[i("option",{value:"",children:"Any"}),Ht.map(_=>i("option",{value:_,children:_}))]})]}),i("div",{class:"field",children:[i("label",{for:"f-inactive",children:"Inactive"}),i("select",{id:"f-inactive",value:o,onChange:_=>m("inactive",_.currentTarget.value),children:[i("option",{value:"",children:"Any"}),i("option",{value:"true",children:"Inactive"}),i("option",{value:"false",children:"Active use"})]})]}),i("div",{class:"field",children:[i("label",{for:"f-user",children:"Last user email"}),i("input",{id:"f-user",type:"search",value:c,onChange:_=>m("user",_.currentTarget.value.trim())})]}),i("div",{class:"field",children:[i("label",{for:"f-sort",children:"Sort by"}),i("select",{id:"f-sort",value:a,onChange:_=>{l([null]),Pe({sort:_.currentTarget.value})},children:jt.map(_=>i("option",{value:_.field,children:_.label}))})]})]}),E&&i("p",{class:"ok",role:"status",children:E}),i(xe,{error:u.error}),i("p",{class:"count","aria-live":"polite",children:y?`${y.totalCount} device${y.totalCount===1?"":"s"}`:u.loading?"Loading…":""}),i("div",{class:"table-wrap",children:i("table",{class:"devices","aria-busy":u.loading,children:[i("caption",{class:"visually-hidden",children:"Devices of the account"}),i("thead",{children:i("tr",{children:[i(P,{field:"CODE",label:"Code"}),i("th",{scope:"col",children:"Name"}),i("th",{scope:"col",children:"Platform"}),i("th",{scope:"col",children:"Status"}),i("th",{scope:"col",children:"Pool"}),i("th",{scope:"col",children:"Last user"}),i(P,{field:"LAST_SEEN_AT",label:"Last seen"}),i("th",{scope:"col",children:"Inactive"}),z&&i("th",{scope:"col",children:"Actions"})]})}),i("tbody",{children:[y?.edges.map(({node:_})=>i("tr",{"data-code":_.code,children:[i("th",{scope:"row",children:_.code}),i("td",{children:_.name??"—"}),i("td",{children:_.platform??"—"}),i("td",{children:i("span",{class:`status ${_.licenseStatus.toLowerCase()}`,children:_.licenseStatus})}),i("td",{children:_.license?.pool??"—"}),i("td",{children:_.lastUser?.email??"—"}),i("td",{children:wt(_.lastSeenAt)}),i("td",{children:_.inactive?"Yes":"No"}),z&&i("td",{class:"row-actions",children:[_.licenseStatus==="NONE"&&e.can("license.assign")&&i("button",{type:"button",onClick:()=>I({kind:"assign",device:_}),"aria-label":`Allocate a license to ${_.code}`,children:"Allocate"}),_.licenseStatus!=="NONE"&&e.can("license.move")&&i("button",{type:"button",onClick:()=>I({kind:"move",device:_}),"aria-label":`Move the license of ${_.code}`,children:"Move"}),_.licenseStatus!=="NONE"&&e.can("license.remove")&&i("button",{type:"button",onClick:()=>I({kind:"remove",device:_}),"aria-label":`Remove the license of ${_.code}`,children:"Remove"}),e.can("device.inactive.set")&&i("button",{type:"button",onClick:()=>I({kind:"inactive",device:_}),"aria-label":`${_.inactive?"Clear the inactive flag of":"Flag inactive"} ${_.code}`,children:_.inactive?"Clear inactive":"Flag inactive"})]})]},_.id)),y&&y.edges.length===0&&i("tr",{children:i("td",{colSpan:z?9:8,children:"No device matches."})})]})]})}),i("nav",{class:"pager","aria-label":"Pages of devices",children:[i("button",{type:"button",disabled:p.length<=1,onClick:()=>l(p.slice(0,-1)),children:"Previous page"}),i("span",{children:["Page ",p.length]}),i("button",{type:"button",disabled:!y?.pageInfo.hasNextPage,onClick:()=>y&&l([...p,y.pageInfo.endCursor??null]),children:"Next page"})]}),h&&O&&i(Gt,{action:h,accountType:O.type,onClose:_=>{I(null),_&&($(_),u.reload())}})]})}function Gt({action:e,accountType:n,onClose:t}){const o=e.device,r=fe(Ut),c=fe(Ft),a=fe(Wt),d=fe(Bt),[p,l]=N(""),[f,s]=N(""),[u,h]=N(null),I=ue(Mt,{code:f},e.kind!=="move"||f.length===0);switch(e.kind){case"assign":return i(he,{title:`Allocate a license to ${o.code}`,confirmLabel:"Allocate",pending:r.pending,error:r.error,onCancel:()=>t(),onConfirm:async()=>{const E=await r.run({deviceId:o.id,pool:p||null});E&&t(`${o.code} now holds a license (${E.assignLicense.licenseStatus}).`)},children:[i("p",{children:"An unassigned license is reserved for this device."}),n==="MIXED"&&i("div",{class:"field",children:[i("label",{for:"assign-pool",children:"Pool"}),i("select",{id:"assign-pool",value:p,onChange:E=>l(E.currentTarget.value),children:[i("option",{value:"",children:"As the account's strategy decides"}),i("option",{value:"STANDARD",children:"STANDARD"}),i("option",{value:"FLOATING",children:"FLOATING"})]})]})]});case"remove":return i(he,{title:`Remove the license of ${o.code}`,confirmLabel:"Remove license",danger:!0,pending:c.pending,error:c.error,onCancel:()=>t(),onConfirm:async()=>{await c.run({deviceId:o.id})&&t(`The license of ${o.code} went back to the pool.`)},children:i("p",{children:"The device stops counting until it gets a license again."})});case"inactive":return i(he,{title:o.inactive?`Clear the inactive flag of ${o.code}`:`Flag ${o.code} inactive`,confirmLabel:o.inactive?"Clear flag":"Flag inactive",pending:d.pending,error:d.error,onCancel:()=>t(),onConfirm:async()=>{await d.run({deviceId:o.id,inactive:!o.inactive})&&t(o.inactive?`${o.code} is no longer flagged inactive.`:`${o.code} is flagged inactive.`)},children:i("p",{children:o.inactive?"The device is treated as in use again.":"An inactive device is the first to give up a floating license."})});case"move":{const E=I.data?.account?.devices.edges.map(m=>m.node)??[],$=E.find(m=>m.code===f);return i(he,{title:`Move the license of ${o.code}`,confirmLabel:"Move license",pending:a.pending,error:a.error??u,onCancel:()=>t(),onConfirm:async()=>{if(!$){h(new Error(`There is no device with the code “${f}” in this account.`));return}h(null);const m=await a.run({from:o.id,to:$.id});m&&t(`The license of ${o.code} moved to ${m.moveLicense.code}.`)},children:[i("p",{children:["The license goes to a device that has none; ",o.code," stops counting."]}),i("div",{class:"field",children:[i("label",{for:"move-target",children:"Code of the receiving device"}),i("input",{id:"move-target",list:"move-candidates",value:f,required:!0,onInput:m=>s(m.currentTarget.value.trim()),autoComplete:"off"}),i("datalist",{id:"move-candidates",children:E.map(m=>i("option",{value:m.code,children:`${m.name??m.code} (${m.licenseStatus})`}))}),$&&i("span",{class:"hint",children:[$.name??$.code,": ",$.licenseStatus]})]})]})}}}const Vt=B(`
  mutation Logout {
    logout
  }
`),Jt=[{path:"/",title:"Overview",show:e=>!!e.me.account&&e.can("account.read")},{path:"/devices",title:"Devices",show:e=>!!e.me.account&&e.can("device.read")}];function Kt(){const e=Tn(),n=ue(St,{actions:$t}),t=je(()=>{if(!n.data?.me)return null;const a=new Set(n.data.viewerPermissions.filter(d=>d.allowed).map(d=>d.action));return{me:n.data.me,can:d=>a.has(d),reload:n.reload}},[n.data]),o=t?Jt.filter(a=>a.show(t)):[],r=o.find(a=>a.path!=="/"&&(e.path===a.path||e.path.startsWith(a.path+"/")))??o.find(a=>a.path===e.path);if(J(()=>{document.title=`${r?.title??"Console"} · CountThings`,t&&!r&&o.length&&e.path==="/"&&Ve(o[0].path,!0)},[r,t,e.path]),n.error&&!n.data)return i("main",{id:"main",class:"center",children:i("p",{role:"alert",children:String(n.error.message)})});if(!t)return i("main",{id:"main",class:"center","aria-busy":"true",children:i("p",{children:"Loading…"})});let c;switch(r?.path){case"/":c=i(Tt,{});break;case"/devices":c=i(zt,{});break;default:c=i("section",{children:[i("h1",{children:"Page not found"}),i("p",{children:"There is no such page in the console, or your permissions do not include it."})]})}return i(Cn.Provider,{value:t,children:[i("a",{class:"skip",href:"#main",children:"Skip to content"}),i("header",{class:"top",children:[i("span",{class:"brand",children:"CountThings"}),i("nav",{"aria-label":"Console",children:i("ul",{children:o.map(a=>i("li",{children:i(yt,{to:a.path,"aria-current":r===a?"page":void 0,children:a.title})},a.path))})}),i("div",{class:"who",children:[i("span",{children:[t.me.email," ",i("span",{class:"role",children:t.me.role}),t.me.account&&i(ie,{children:[" · ",t.me.account.name]})]}),i("button",{type:"button",onClick:async()=>{try{await ke(Vt)}catch{}xn(),De("You are signed out.")},children:"Sign out"})]})]}),i("main",{id:"main",tabIndex:-1,children:c})]})}function Qt(){const[e,n]=N(!!ne());return J(()=>nt(()=>{const t=!!ne();t||xn(),n(t)}),[]),J(()=>{const t=ne();if(!t)return;const o=Date.parse(t.expiresAt)-Date.now(),r=setTimeout(()=>De("Your session has ended. Please sign in again."),Math.min(Math.max(o,0),2**31-1));return()=>clearTimeout(r)},[e]),e?i(Kt,{}):i(Et,{})}Un(i(Qt,{}),document.getElementById("app"));
