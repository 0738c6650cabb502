import { useEffect, useRef, useState } from 'preact/hooks';
import { graphql } from '../gql';
import type { DevicesQuery, LicensePool, LicenseStatus, DeviceOrderField, OrderDirection } from '../gql/graphql';
import { useLiveRefresh } from '../live';
import { setQuery, useLocation } from '../router';
import { Confirm, ErrorText, fmtTime, useMutation, useQuery } from '../ui';
import { useViewer } from '../viewer';

const PAGE = 50;

const DevicesDoc = graphql(`
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
`);

const FindDeviceDoc = graphql(`
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
`);

const AssignDoc = graphql(`
  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {
    assignLicense(deviceId: $deviceId, pool: $pool) {
      id
      licenseStatus
    }
  }
`);
const RemoveDoc = graphql(`
  mutation RemoveLicense($deviceId: ID!) {
    removeLicense(deviceId: $deviceId) {
      id
      licenseStatus
    }
  }
`);
const MoveDoc = graphql(`
  mutation MoveLicense($from: ID!, $to: ID!) {
    moveLicense(fromDeviceId: $from, toDeviceId: $to) {
      id
      code
      licenseStatus
    }
  }
`);
const InactiveDoc = graphql(`
  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {
    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {
      id
      inactive
    }
  }
`);

type Device = NonNullable<DevicesQuery['account']>['devices']['edges'][number]['node'];
type Action = { kind: 'assign' | 'remove' | 'move' | 'inactive'; device: Device };

const STATUSES: LicenseStatus[] = ['ACTIVE', 'ASSIGNED', 'NONE'];
const SORTS: { field: DeviceOrderField; label: string }[] = [
  { field: 'CODE', label: 'Code' },
  { field: 'LAST_SEEN_AT', label: 'Last seen' },
  { field: 'CREATED_AT', label: 'Registered' },
];

export function Devices() {
  const v = useViewer();
  const { query } = useLocation();
  const status = (query.get('status') ?? '') as LicenseStatus | '';
  const inactive = query.get('inactive') ?? '';
  const code = query.get('code') ?? '';
  const user = query.get('user') ?? '';
  const sort = (query.get('sort') ?? 'CODE') as DeviceOrderField;
  const dir = (query.get('dir') ?? 'ASC') as OrderDirection;
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const where = {
    ...(status ? { licenseStatus: status } : {}),
    ...(inactive ? { inactive: inactive === 'true' } : {}),
    ...(code ? { code } : {}),
    ...(user ? { userEmail: user } : {}),
  };
  const q = useQuery(DevicesDoc, { first: PAGE, after, where, orderBy: { field: sort, direction: dir } });
  useLiveRefresh(q.reload);
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState('');
  // The outcome of an action takes the focus from the closed dialog: the button that opened it
  // may be gone (a moved license has no Move button), and the keyboard continues from here.
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const filter = (k: string, val: string) => {
    setCursors([null]);
    setQuery({ [k]: val });
  };
  const sortBy = (field: DeviceOrderField) => {
    setCursors([null]);
    setQuery({ sort: field, dir: field === sort && dir === 'ASC' ? 'DESC' : 'ASC' });
  };
  const conn = q.data?.account?.devices;
  const acc = q.data?.account;
  const ariaSort = (f: DeviceOrderField) => (sort === f ? (dir === 'ASC' ? 'ascending' : 'descending') : undefined);
  const SortHeader = ({ field, label }: { field: DeviceOrderField; label: string }) => (
    <th scope="col" aria-sort={ariaSort(field)}>
      <button type="button" class="sort" onClick={() => sortBy(field)}>
        {label} <span aria-hidden="true">{sort === field ? (dir === 'ASC' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
  const canManage = v.can('license.assign') || v.can('license.remove') || v.can('license.move') || v.can('device.inactive.set');

  return (
    <section aria-labelledby="devices-title">
      <h1 id="devices-title">Devices</h1>
      <form class="filters" role="search" aria-label="Filter devices" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="f-code">Code</label>
          <input id="f-code" type="search" value={code} onChange={(e) => filter('code', e.currentTarget.value.trim())} />
        </div>
        <div class="field">
          <label for="f-status">Status</label>
          <select id="f-status" value={status} onChange={(e) => filter('status', e.currentTarget.value)}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-inactive">Inactive</label>
          <select id="f-inactive" value={inactive} onChange={(e) => filter('inactive', e.currentTarget.value)}>
            <option value="">Any</option>
            <option value="true">Inactive</option>
            <option value="false">Active use</option>
          </select>
        </div>
        <div class="field">
          <label for="f-user">Last user email</label>
          <input id="f-user" type="search" value={user} onChange={(e) => filter('user', e.currentTarget.value.trim())} />
        </div>
        <div class="field">
          <label for="f-sort">Sort by</label>
          <select id="f-sort" value={sort} onChange={(e) => { setCursors([null]); setQuery({ sort: e.currentTarget.value }); }}>
            {SORTS.map((s) => (
              <option value={s.field}>{s.label}</option>
            ))}
          </select>
        </div>
      </form>
      {done && (
        <p class="ok" role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      )}
      <ErrorText error={q.error} />
      <p class="count" aria-live="polite">
        {conn ? `${conn.totalCount} device${conn.totalCount === 1 ? '' : 's'}` : q.loading ? 'Loading…' : ''}
      </p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
        <table class="devices" aria-busy={q.loading}>
          <caption class="visually-hidden">Devices of the account</caption>
          <thead>
            <tr>
              <SortHeader field="CODE" label="Code" />
              <th scope="col">Name</th>
              <th scope="col">Platform</th>
              <th scope="col">Status</th>
              <th scope="col">Pool</th>
              <th scope="col">Last user</th>
              <SortHeader field="LAST_SEEN_AT" label="Last seen" />
              <th scope="col">Inactive</th>
              {canManage && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {conn?.edges.map(({ node: d }) => (
              <tr key={d.id} data-code={d.code}>
                <th scope="row">{d.code}</th>
                <td>{d.name ?? '—'}</td>
                <td>{d.platform ?? '—'}</td>
                <td>
                  <span class={`status ${d.licenseStatus.toLowerCase()}`}>{d.licenseStatus}</span>
                </td>
                <td>{d.license?.pool ?? '—'}</td>
                <td>{d.lastUser?.email ?? '—'}</td>
                <td>{fmtTime(d.lastSeenAt)}</td>
                <td>{d.inactive ? 'Yes' : 'No'}</td>
                {canManage && (
                  <td class="row-actions">
                    {d.licenseStatus === 'NONE' && v.can('license.assign') && (
                      <button type="button" onClick={() => setAction({ kind: 'assign', device: d })} aria-label={`Allocate a license to ${d.code}`}>
                        Allocate
                      </button>
                    )}
                    {d.licenseStatus !== 'NONE' && v.can('license.move') && (
                      <button type="button" onClick={() => setAction({ kind: 'move', device: d })} aria-label={`Move the license of ${d.code}`}>
                        Move
                      </button>
                    )}
                    {d.licenseStatus !== 'NONE' && v.can('license.remove') && (
                      <button type="button" onClick={() => setAction({ kind: 'remove', device: d })} aria-label={`Remove the license of ${d.code}`}>
                        Remove
                      </button>
                    )}
                    {v.can('device.inactive.set') && (
                      <button type="button" onClick={() => setAction({ kind: 'inactive', device: d })} aria-label={`${d.inactive ? 'Clear the inactive flag of' : 'Flag inactive'} ${d.code}`}>
                        {d.inactive ? 'Clear inactive' : 'Flag inactive'}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
            {conn && conn.edges.length === 0 && (
              <tr>
                <td colSpan={canManage ? 9 : 8}>No device matches.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label="Pages of devices">
        <button type="button" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          Previous page
        </button>
        <span>Page {cursors.length}</span>
        <button type="button" disabled={!conn?.pageInfo.hasNextPage} onClick={() => conn && setCursors([...cursors, conn.pageInfo.endCursor ?? null])}>
          Next page
        </button>
      </nav>
      {action && acc && (
        <DeviceAction
          action={action}
          accountType={acc.type}
          onClose={(msg) => {
            setAction(null);
            if (msg) {
              setDone(msg);
              q.reload();
            }
          }}
        />
      )}
    </section>
  );
}

function DeviceAction({ action, accountType, onClose }: { action: Action; accountType: string; onClose: (msg?: string) => void }) {
  const d = action.device;
  const assign = useMutation(AssignDoc);
  const remove = useMutation(RemoveDoc);
  const move = useMutation(MoveDoc);
  const inactive = useMutation(InactiveDoc);
  const [pool, setPool] = useState<LicensePool | ''>('');
  const [target, setTarget] = useState('');
  const [lookErr, setLookErr] = useState<unknown>(null);
  const found = useQuery(FindDeviceDoc, { code: target }, action.kind !== 'move' || target.length === 0);

  switch (action.kind) {
    case 'assign':
      return (
        <Confirm
          title={`Allocate a license to ${d.code}`}
          confirmLabel="Allocate"
          pending={assign.pending}
          error={assign.error}
          onCancel={() => onClose()}
          onConfirm={async () => {
            const r = await assign.run({ deviceId: d.id, pool: pool || null });
            if (r) onClose(`${d.code} now holds a license (${r.assignLicense.licenseStatus}).`);
          }}
        >
          <p>An unassigned license is reserved for this device.</p>
          {accountType === 'MIXED' && (
            <div class="field">
              <label for="assign-pool">Pool</label>
              <select id="assign-pool" value={pool} onChange={(e) => setPool(e.currentTarget.value as LicensePool | '')}>
                <option value="">As the account's strategy decides</option>
                <option value="STANDARD">STANDARD</option>
                <option value="FLOATING">FLOATING</option>
              </select>
            </div>
          )}
        </Confirm>
      );
    case 'remove':
      return (
        <Confirm
          title={`Remove the license of ${d.code}`}
          confirmLabel="Remove license"
          danger
          pending={remove.pending}
          error={remove.error}
          onCancel={() => onClose()}
          onConfirm={async () => {
            if (await remove.run({ deviceId: d.id })) onClose(`The license of ${d.code} went back to the pool.`);
          }}
        >
          <p>The device stops counting until it gets a license again.</p>
        </Confirm>
      );
    case 'inactive':
      return (
        <Confirm
          title={d.inactive ? `Clear the inactive flag of ${d.code}` : `Flag ${d.code} inactive`}
          confirmLabel={d.inactive ? 'Clear flag' : 'Flag inactive'}
          pending={inactive.pending}
          error={inactive.error}
          onCancel={() => onClose()}
          onConfirm={async () => {
            if (await inactive.run({ deviceId: d.id, inactive: !d.inactive })) onClose(d.inactive ? `${d.code} is no longer flagged inactive.` : `${d.code} is flagged inactive.`);
          }}
        >
          <p>{d.inactive ? 'The device is treated as in use again.' : 'An inactive device is the first to give up a floating license.'}</p>
        </Confirm>
      );
    case 'move': {
      const candidates = found.data?.account?.devices.edges.map((e) => e.node) ?? [];
      const to = candidates.find((c) => c.code === target);
      return (
        <Confirm
          title={`Move the license of ${d.code}`}
          confirmLabel="Move license"
          pending={move.pending}
          error={move.error ?? lookErr}
          onCancel={() => onClose()}
          onConfirm={async () => {
            if (!to) {
              setLookErr(new Error(`There is no device with the code “${target}” in this account.`));
              return;
            }
            setLookErr(null);
            const r = await move.run({ from: d.id, to: to.id });
            if (r) onClose(`The license of ${d.code} moved to ${r.moveLicense.code}.`);
          }}
        >
          <p>The license goes to a device that has none; {d.code} stops counting.</p>
          <div class="field">
            <label for="move-target">Code of the receiving device</label>
            <input id="move-target" list="move-candidates" value={target} required onInput={(e) => setTarget(e.currentTarget.value.trim())} autoComplete="off" />
            <datalist id="move-candidates">
              {candidates.map((c) => (
                <option value={c.code}>{`${c.name ?? c.code} (${c.licenseStatus})`}</option>
              ))}
            </datalist>
            {to && <span class="hint">{to.name ?? to.code}: {to.licenseStatus}</span>}
          </div>
        </Confirm>
      );
    }
  }
}
