import { session, signOut } from './session';
import { EXPIRED } from './api';

/** Fetches a CSV export with the session's token and saves it; returns an error message or null. */
export async function exportCSV(path: string, filename: string): Promise<string | null> {
  const s = session();
  let res: Response;
  try {
    res = await fetch(path, { headers: s ? { Authorization: `Bearer ${s.token}` } : {} });
  } catch {
    return 'The server cannot be reached.';
  }
  if (res.status === 401) {
    signOut(EXPIRED);
    return EXPIRED;
  }
  if (!res.ok) {
    const text = (await res.text()).trim();
    return text ? text.slice(0, 300) : `The export failed (${res.status}).`;
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}
