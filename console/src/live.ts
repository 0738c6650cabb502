import { useEffect, useRef } from 'preact/hooks';
import { subscribe, type ApiError } from './api';
import { graphql } from './gql';
import type { LiveEventsSubscription } from './gql/graphql';

export const LiveEventsDoc = graphql(`
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
`);

export type LiveEvent = LiveEventsSubscription['licenseEvents'];

/**
 * Follows the account's license events. After a dropped connection it subscribes again with
 * `after` = the last event it saw, so the server replays what was missed; an event already
 * seen (same cursor) is never passed on twice.
 */
export function followEvents(opts: {
  after?: string | null;
  accountId?: string;
  onEvent: (e: LiveEvent) => void;
  onStatus?: (s: 'live' | 'reconnecting', err?: ApiError) => void;
}): () => void {
  let last = opts.after ?? null;
  const seen = new Set<string>();
  let stop: (() => void) | null = null;
  let closed = false;
  let retry = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const start = () => {
    if (closed) return;
    stop = subscribe(
      LiveEventsDoc,
      { after: last, accountId: opts.accountId },
      {
        next: (d) => {
          retry = 0;
          const e = d.licenseEvents;
          opts.onStatus?.('live');
          if (seen.has(e.cursor)) return;
          seen.add(e.cursor);
          last = e.cursor;
          opts.onEvent(e);
        },
        error: (err) => again(err),
        complete: () => again(),
      },
    );
    opts.onStatus?.('live');
  };
  const again = (err?: ApiError) => {
    if (closed) return;
    if (err?.code === 'UNAUTHENTICATED' || err?.code === 'FORBIDDEN') {
      opts.onStatus?.('reconnecting', err);
      return;
    }
    opts.onStatus?.('reconnecting', err);
    const delay = Math.min(250 * 2 ** retry++, 10_000);
    timer = setTimeout(start, delay);
  };
  start();
  return () => {
    closed = true;
    clearTimeout(timer);
    stop?.();
  };
}

/** Calls `onChange` (at most every 200 ms) when a license event arrives. */
export function useLiveRefresh(onChange: () => void, accountId?: string) {
  const cb = useRef(onChange);
  cb.current = onChange;
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const stop = followEvents({
      accountId,
      onEvent: () => {
        if (pending) return;
        pending = setTimeout(() => {
          pending = undefined;
          cb.current();
        }, 200);
      },
    });
    return () => {
      clearTimeout(pending);
      stop();
    };
  }, [accountId]);
}
