import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from './gql/graphql';
import { session, signOut } from './session';

export const EXPIRED = 'Your session has ended. Please sign in again.';

/** A GraphQL error as the server sent it: its message is meant for people. */
export class ApiError extends Error {
  code: string;
  problems: Problem[];
  constructor(message: string, code: string, problems: Problem[] = []) {
    super(message);
    this.code = code;
    this.problems = problems;
  }
}

/** A policy problem (POLICY_INVALID's extensions.problems). */
export interface Problem {
  line?: number;
  column?: number;
  message: string;
}

interface GqlError {
  message: string;
  extensions?: { code?: string; problems?: Problem[] };
}

function toError(errors: GqlError[]): ApiError {
  const e = errors[0];
  const code = e.extensions?.code ?? 'INTERNAL';
  return new ApiError(errors.map((x) => x.message).join('\n'), code, e.extensions?.problems ?? []);
}

/** Runs one query or mutation over HTTP with the session's token. */
export async function request<R, V>(doc: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const s = session();
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        ...(s ? { Authorization: `Bearer ${s.token}` } : {}),
      },
      body: JSON.stringify({ query: doc.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('The server cannot be reached. Check your connection and try again.', 'NETWORK');
  }
  let body: { data?: R; errors?: GqlError[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The server answered ${res.status} without a readable reply.`, 'INTERNAL');
  }
  if (body.errors?.length) {
    const err = toError(body.errors);
    if (err.code === 'UNAUTHENTICATED' && s) signOut(EXPIRED);
    throw err;
  }
  return body.data as R;
}

let ws: Client | null = null;
let wsToken = '';

/** The one WebSocket client of this session (graphql-transport-ws), made on first use. */
export function wsClient(): Client {
  const s = session();
  const token = s?.token ?? '';
  if (ws && wsToken === token) return ws;
  ws?.dispose();
  wsToken = token;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  ws = createClient({
    url,
    lazy: true,
    retryAttempts: 0, // callers resume with `after` themselves, so nothing is replayed twice
    connectionParams: { Authorization: `Bearer ${token}` },
    on: {
      closed: (ev) => {
        const code = (ev as CloseEvent | undefined)?.code;
        if (code === 4403 && session()?.token === token) signOut(EXPIRED);
      },
    },
  });
  return ws;
}

export function closeWs() {
  ws?.dispose();
  ws = null;
}

/** Subscribes; `next` gets each result's data, `error` the reason it ended early. */
export function subscribe<R, V>(
  doc: TypedDocumentString<R, V>,
  variables: V,
  handlers: { next: (data: R) => void; error: (e: ApiError) => void; complete?: () => void },
): () => void {
  return wsClient().subscribe<R>(
    { query: doc.toString(), variables: variables as Record<string, unknown> },
    {
      next: (r) => {
        if (r.errors?.length) handlers.error(toError(r.errors as GqlError[]));
        else if (r.data) handlers.next(r.data);
      },
      error: (e) => {
        if (Array.isArray(e)) handlers.error(toError(e as GqlError[]));
        else handlers.error(new ApiError('The live connection dropped.', 'NETWORK'));
      },
      complete: () => handlers.complete?.(),
    },
  );
}
