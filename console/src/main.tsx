import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { closeWs, request } from './api';
import { graphql } from './gql';
import { navigate, useLocation } from './router';
import { onSessionChange, session, signOut } from './session';
import { Link, useQuery } from './ui';
import { ACCOUNT_ACTIONS, ViewerContext, ViewerDoc, type Viewer } from './viewer';
import { SignIn } from './pages/SignIn';
import { Overview } from './pages/Overview';
import { Devices } from './pages/Devices';
import { Users } from './pages/Users';
import { Policies } from './pages/Policies';
import { Events } from './pages/Events';
import { Settings } from './pages/Settings';
import { Support } from './pages/Support';
import './styles.css';

const LogoutDoc = graphql(`
  mutation Logout {
    logout
  }
`);

interface Page {
  path: string;
  title: string;
  show: (v: Viewer) => boolean;
}

const PAGES: Page[] = [
  { path: '/', title: 'Overview', show: (v) => !!v.me.account && v.can('account.read') },
  { path: '/devices', title: 'Devices', show: (v) => !!v.me.account && v.can('device.read') },
  { path: '/users', title: 'Users and tokens', show: (v) => !!v.me.account && v.can('user.read') },
  { path: '/policies', title: 'Policies', show: (v) => !!v.me.account && v.can('policy.read') },
  { path: '/events', title: 'Events', show: (v) => !!v.me.account && v.can('event.read') },
  { path: '/settings', title: 'Settings', show: (v) => !!v.me.account && v.can('account.read') },
  { path: '/accounts', title: 'Accounts', show: (v) => v.can('account.list') },
];

function Shell() {
  const loc = useLocation();
  const q = useQuery(ViewerDoc, { actions: ACCOUNT_ACTIONS });
  const viewer = useMemo<Viewer | null>(() => {
    if (!q.data?.me) return null;
    const allowed = new Set(q.data.viewerPermissions.filter((p) => p.allowed).map((p) => p.action));
    return { me: q.data.me, can: (a) => allowed.has(a), reload: q.reload };
  }, [q.data]);

  const pages = viewer ? PAGES.filter((p) => p.show(viewer)) : [];
  const active =
    pages.find((p) => p.path !== '/' && (loc.path === p.path || loc.path.startsWith(p.path + '/'))) ??
    pages.find((p) => p.path === loc.path);
  useEffect(() => {
    document.title = `${active?.title ?? 'Console'} · CountThings`;
    // Land on the first page this viewer has (SUPPORT has no account overview of its own), also
    // from a link to a page that is another role's.
    const elsewhere = PAGES.some((p) => p.path === loc.path || (p.path !== '/' && loc.path.startsWith(p.path + '/')));
    if (viewer && !active && pages.length && (loc.path === '/' || elsewhere)) navigate(pages[0].path, true);
  }, [active, viewer, loc.path]);
  // A page change moves the focus to the new page (as a full page load would put it at the
  // top), so that keyboard and screen-reader users continue from its start, not from the menu.
  const shownPath = useRef<string | null>(null);
  useEffect(() => {
    if (!viewer || !active) return;
    if (shownPath.current !== null && shownPath.current !== active.path) document.getElementById('main')?.focus();
    shownPath.current = active.path;
  }, [active, viewer]);

  if (q.error && !q.data) {
    return (
      <main id="main" class="center">
        <p role="alert">{String((q.error as Error).message)}</p>
      </main>
    );
  }
  if (!viewer) return <main id="main" class="center" aria-busy="true"><p>Loading…</p></main>;

  let content;
  switch (active?.path) {
    case '/':
      content = <Overview />;
      break;
    case '/devices':
      content = <Devices />;
      break;
    case '/users':
      content = <Users />;
      break;
    case '/policies':
      content = <Policies />;
      break;
    case '/events':
      content = <Events />;
      break;
    case '/settings':
      content = <Settings />;
      break;
    case '/accounts':
      content = <Support />;
      break;
    default:
      content = (
        <section>
          <h1>Page not found</h1>
          <p>There is no such page in the console, or your permissions do not include it.</p>
        </section>
      );
  }

  return (
    <ViewerContext.Provider value={viewer}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <span class="brand">CountThings</span>
        <nav aria-label="Console">
          <ul>
            {pages.map((p) => (
              <li key={p.path}>
                <Link to={p.path} aria-current={active === p ? 'page' : undefined}>
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span>
            {viewer.me.email} <span class="role">{viewer.me.role}</span>
            {viewer.me.account && <> · {viewer.me.account.name}</>}
          </span>
          <button
            type="button"
            onClick={async () => {
              try {
                await request(LogoutDoc);
              } catch {
                /* signing out locally is what matters */
              }
              closeWs();
              navigate('/', true); // the next user starts at their own first page
              signOut('You are signed out.');
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {content}
      </main>
    </ViewerContext.Provider>
  );
}

function App() {
  const [signedIn, setSignedIn] = useState(!!session());
  useEffect(
    () =>
      onSessionChange(() => {
        const s = !!session();
        if (!s) closeWs();
        setSignedIn(s);
      }),
    [],
  );
  // The token's own end: return to sign-in with a plain message when it passes.
  useEffect(() => {
    const s = session();
    if (!s) return;
    const ms = Date.parse(s.expiresAt) - Date.now();
    const t = setTimeout(() => signOut('Your session has ended. Please sign in again.'), Math.min(Math.max(ms, 0), 2 ** 31 - 1));
    return () => clearTimeout(t);
  }, [signedIn]);
  return signedIn ? <Shell /> : <SignIn />;
}

render(<App />, document.getElementById('app')!);
