import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api';
import { graphql } from '../gql';
import type { LicenseEventType, RecentEventsQuery } from '../gql/graphql';
import { followEvents, type LiveEvent } from '../live';
import { setQuery, useLocation } from '../router';
import { ErrorText, fmtTime } from '../ui';
import { useViewer } from '../viewer';

const TYPES: LicenseEventType[] = ['ASSIGNED', 'RESERVED', 'REMOVED', 'MOVED', 'RECLAIMED', 'RELEASED', 'DENIED', 'EXPIRED', 'RENEWED'];
const KEEP = 500;

const RecentEventsDoc = graphql(`
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
`);

/** Reads the events in order to the newest, keeping the last KEEP. */
async function readToEnd(types: LicenseEventType[] | null, deviceId: string | null) {
  let after: string | null = null;
  let kept: LiveEvent[] = [];
  let total = 0;
  for (;;) {
    const r: RecentEventsQuery = await request(RecentEventsDoc, { types, deviceId, after });
    total = r.licenseEvents.totalCount;
    kept = kept.concat(r.licenseEvents.edges.map((e) => e.node)).slice(-KEEP);
    after = r.licenseEvents.pageInfo.endCursor ?? after;
    if (!r.licenseEvents.pageInfo.hasNextPage) return { events: kept, last: after, total };
  }
}

/** The account's license events: the latest page, then live ones as they happen. */
export function Events() {
  const { query } = useLocation();
  const type = (query.get('type') ?? '') as LicenseEventType | '';
  const device = query.get('device') ?? '';
  const v = useViewer();
  const [events, setEvents] = useState<LiveEvent[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [status, setStatus] = useState<'live' | 'reconnecting'>('live');
  const [error, setError] = useState<unknown>(null);
  const seen = useRef(new Set<string>());

  // The query reads oldest first; the live feed resumes after the newest it read, so no event
  // is missed between the two and none is shown twice.
  useEffect(() => {
    let stop = () => {};
    let gone = false;
    setLoading(true);
    readToEnd(type ? [type] : null, device || null).then(
      ({ events: initial, last }) => {
        if (gone) return;
        setLoading(false);
        seen.current = new Set(initial.map((e) => e.cursor));
        setEvents(initial.slice().reverse());
        stop = follow(last);
      },
      (err) => {
        setLoading(false);
        setLoadError(err);
      },
    );
    return () => {
      gone = true;
      stop();
    };
  }, [type, device]);

  const follow = (last: string | null) =>
    followEvents({
      after: last,
      accountId: v.me.account?.id,
      onEvent: (e) => {
        if (seen.current.has(e.cursor)) return;
        seen.current.add(e.cursor);
        if (type && e.type !== type) return;
        if (device && e.device?.id !== device && e.previousDevice?.id !== device) return;
        setEvents((prev) => [e, ...prev].slice(0, KEEP));
      },
      onStatus: (s, err) => {
        setStatus(s);
        if (err && (err.code === 'FORBIDDEN' || err.code === 'UNAUTHENTICATED')) setError(err);
      },
    });

  return (
    <section aria-labelledby="events-title">
      <h1 id="events-title">Events</h1>
      <form class="filters" role="search" aria-label="Filter events" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="ev-type">Type</label>
          <select id="ev-type" value={type} onChange={(e) => setQuery({ type: e.currentTarget.value })}>
            <option value="">All types</option>
            {TYPES.map((t) => (
              <option value={t}>{t}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="ev-device">Device ID</label>
          <input id="ev-device" value={device} onChange={(e) => setQuery({ device: e.currentTarget.value.trim() })} />
        </div>
        <div class="field">
          <ExportButton />
        </div>
      </form>
      <p class={status === 'live' ? 'ok' : 'notice'} role="status" data-testid="feed-status">
        {status === 'live' ? 'Live: new events appear at the top.' : 'Connection lost: reconnecting, and missed events will follow.'}
      </p>
      <ErrorText error={loadError ?? error} />
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
        <table class="events">
          <caption class="visually-hidden">License events, newest first</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Type</th>
              <th scope="col">Device</th>
              <th scope="col">Pool</th>
              <th scope="col">User</th>
              <th scope="col">By</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.cursor} data-type={e.type} data-sequence={e.sequence}>
                <td>{e.sequence}</td>
                <td>{fmtTime(e.occurredAt)}</td>
                <th scope="row">{e.type}</th>
                <td>
                  {e.device?.code ?? '—'}
                  {e.previousDevice ? ` (from ${e.previousDevice.code})` : ''}
                </td>
                <td>{e.pool ?? '—'}</td>
                <td>{e.userEmail ?? '—'}</td>
                <td>{e.actorEmail ?? 'system'}</td>
                <td>{e.reason ?? ''}</td>
              </tr>
            ))}
            {events.length === 0 && !loading && (
              <tr>
                <td colSpan={8}>No event yet.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Downloads the events as CSV (the export needs the bearer token, so a plain link cannot). */
function ExportButton() {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          setError(null);
          const { exportCSV } = await import('../download');
          const err = await exportCSV('/export/license-events.csv', 'license-events.csv');
          if (err) setError(err);
        }}
      >
        Export CSV
      </button>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
