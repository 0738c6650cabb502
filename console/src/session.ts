// The session token lives in sessionStorage (this tab only, gone when it closes), never in
// localStorage; signing out or an expired session clears it.
const KEY = 'countthings.session';

export interface Session {
  token: string;
  expiresAt: string;
}

let current: Session | null = read();
const listeners = new Set<() => void>();
let notice = '';

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    if (!s.token || Date.parse(s.expiresAt) <= Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return s;
  } catch {
    return null;
  }
}

export function session(): Session | null {
  return current;
}

export function signIn(s: Session) {
  current = s;
  notice = '';
  sessionStorage.setItem(KEY, JSON.stringify(s));
  listeners.forEach((l) => l());
}

/** Forget the token; `message` is shown on the sign-in page (e.g. the session expired). */
export function signOut(message = '') {
  current = null;
  notice = message;
  sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

/** The message the last sign-out left for the sign-in page. */
export function signOutNotice(): string {
  return notice;
}

export function onSessionChange(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
