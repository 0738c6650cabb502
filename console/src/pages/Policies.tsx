import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { graphql } from '../gql';
import type { PolicyKind, PolicyPageQuery } from '../gql/graphql';
import { useLocation } from '../router';
import { Confirm, ErrorText, Link, fmtTime, useMutation, useQuery } from '../ui';
import { useViewer } from '../viewer';
import type { PolicyEditor } from '../editor';

const PolicyPageDoc = graphql(`
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
`);

const UpdatePolicyDoc = graphql(`
  mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {
    updatePolicy(kind: $kind, source: $source) {
      id
      version
    }
  }
`);
const ActivateDoc = graphql(`
  mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {
    activatePolicyVersion(kind: $kind, version: $version) {
      id
      version
    }
  }
`);
const EvaluateDoc = graphql(`
  query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {
    evaluatePolicy(kind: $kind, input: $input, source: $source)
  }
`);

// The actions of the policy contract (API.md), to dry-run a PERMISSIONS policy against.
const ACTIONS = [
  'account.read', 'account.settings.update', 'user.read', 'user.create', 'user.update', 'user.delete', 'device.read', 'device.login',
  'device.inactive.set', 'license.assign', 'license.remove', 'license.move', 'policy.read', 'policy.update', 'event.read', 'apitoken.create',
  'usage.read', 'webhook.manage',
];

type Account = NonNullable<PolicyPageQuery['account']>;

export function Policies() {
  const { path } = useLocation();
  const kind: PolicyKind = path.endsWith('/FLOATING') ? 'FLOATING' : 'PERMISSIONS';
  return (
    <>
      <h1>Policies</h1>
      <nav class="tabs" aria-label="Policy kind">
        <Link to="/policies/PERMISSIONS" aria-current={kind === 'PERMISSIONS' ? 'page' : undefined}>
          Permissions
        </Link>
        <Link to="/policies/FLOATING" aria-current={kind === 'FLOATING' ? 'page' : undefined}>
          Floating strategy
        </Link>
      </nav>
      <PolicyKindPage key={kind} kind={kind} />
    </>
  );
}

function PolicyKindPage({ kind }: { kind: PolicyKind }) {
  const v = useViewer();
  const q = useQuery(PolicyPageDoc, { kind });
  const acc = q.data?.account;
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<PolicyEditor | null>(null);
  const [ready, setReady] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<{ line?: number; column?: number; message: string }[]>([]);
  const [msg, setMsg] = useState('');
  const save = useMutation(UpdatePolicyDoc);
  const activate = useMutation(ActivateDoc);
  const [rollback, setRollback] = useState<number | null>(null);
  const canEdit = v.can('policy.update');

  // CodeMirror loads with the page that needs it, not with the console.
  useEffect(() => {
    if (!acc || editor.current || !host.current) return;
    let gone = false;
    void import('../editor').then((m) => {
      if (gone || !host.current) return;
      editor.current = m.createEditor(host.current, acc.policy.active.source, `${kind} policy source`, () => setDirty(true));
      editor.current.view.contentDOM.setAttribute('contenteditable', canEdit ? 'true' : 'false');
      setReady(true);
    });
    return () => {
      gone = true;
    };
  }, [acc]);
  useEffect(() => () => editor.current?.destroy(), []);

  const showProblems = (e: unknown) => {
    const p = e instanceof ApiError && e.code === 'POLICY_INVALID' ? e.problems : [];
    setProblems(p);
    editor.current?.problems(p);
  };

  if (q.error) return <ErrorText error={q.error} />;
  if (!acc) return <p aria-busy="true">Loading…</p>;
  const active = acc.policy.active;

  return (
    <>
      <p class="sub">
        Active: version <strong data-testid="active-version">{active.version}</strong>
        {dirty && ' · unsaved changes'}
      </p>
      {msg && (
        <p class="ok" role="status">
          {msg}
        </p>
      )}
      {kind === 'FLOATING' && canEdit && q.data && (
        <div class="presets" role="group" aria-label="Floating presets">
          <span>Start from a preset:</span>
          {q.data.floatingPresets.map((p) => (
            <button type="button" key={p.name} title={p.description} onClick={() => { editor.current?.set(p.source); setDirty(true); }}>
              {p.name}
            </button>
          ))}
        </div>
      )}
      <div class="editor" ref={host} data-ready={ready ? 'yes' : 'no'} />
      {problems.length > 0 && (
        <section class="problems" aria-labelledby="problems-title">
          <h2 id="problems-title">Problems</h2>
          <ul>
            {problems.map((p, i) => (
              <li key={i} data-line={p.line}>
                {p.line ? `Line ${p.line}${p.column ? `, column ${p.column}` : ''}: ` : ''}
                {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ErrorText error={save.error && !(save.error instanceof ApiError && save.error.code === 'POLICY_INVALID') ? save.error : null} />
      {save.error instanceof ApiError && save.error.code === 'POLICY_INVALID' && (
        <p class="error" role="alert">
          The policy was not saved: fix the problems marked in the editor.
        </p>
      )}
      {canEdit && (
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={save.pending || !ready}
            onClick={async () => {
              setMsg('');
              const r = await save.run({ kind, source: editor.current!.get() });
              if (r) {
                setProblems([]);
                editor.current?.problems([]);
                setDirty(false);
                setMsg(`Saved: version ${r.updatePolicy.version} is active.`);
                q.reload();
              }
            }}
          >
            Save policy
          </button>
          <button type="button" disabled={!ready} onClick={() => { editor.current?.set(active.source); setDirty(false); showProblems(null); }}>
            Discard changes
          </button>
        </div>
      )}
      {save.error != null && <ProblemSync error={save.error} show={showProblems} />}
      <DryRun kind={kind} acc={acc} source={() => editor.current?.get() ?? active.source} onProblems={showProblems} />
      <Versions
        kind={kind}
        versions={acc.policy.versions}
        canEdit={canEdit}
        onRollback={(n) => setRollback(n)}
      />
      {rollback !== null && (
        <Confirm
          title={`Make version ${rollback} active again`}
          confirmLabel={`Activate version ${rollback}`}
          pending={activate.pending}
          error={activate.error}
          onCancel={() => setRollback(null)}
          onConfirm={async () => {
            const r = await activate.run({ kind, version: rollback });
            if (r) {
              setRollback(null);
              setMsg(`Version ${r.activatePolicyVersion.version} is active again.`);
              const again = await request(PolicyPageDoc, { kind }).catch(() => null);
              if (again?.account) editor.current?.set(again.account.policy.active.source);
              setDirty(false);
              q.reload();
            }
          }}
        >
          <p>It replaces the active version at once, for every request.</p>
        </Confirm>
      )}
    </>
  );
}

function ProblemSync({ error, show }: { error: unknown; show: (e: unknown) => void }) {
  useEffect(() => show(error), [error]);
  return null;
}

function DryRun({ kind, acc, source, onProblems }: { kind: PolicyKind; acc: Account; source: () => string; onProblems: (e: unknown) => void }) {
  const users = acc.users.edges.map((e) => e.node);
  const devices = acc.devices.edges.map((e) => e.node);
  const [userId, setUserId] = useState(users.find((u) => u.role === 'OPERATOR')?.id ?? users[0]?.id ?? '');
  const [deviceId, setDeviceId] = useState(devices[0]?.id ?? '');
  const [action, setAction] = useState('device.read');
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const input = () => {
    const u = users.find((x) => x.id === userId);
    const d = devices.find((x) => x.id === deviceId);
    const now = new Date().toISOString();
    if (kind === 'PERMISSIONS') {
      return {
        subject: { id: u?.id, kind: 'user', email: u?.email, role: u?.role, permissions: u?.permissions ?? [], accountId: acc.id, disabled: u?.disabled ?? false },
        action,
        resource: d ? { type: 'device', id: d.id, accountId: acc.id, code: d.code, inactive: d.inactive } : { type: 'account', id: acc.id, accountId: acc.id },
        now,
      };
    }
    const p = acc.licensePool;
    return {
      account: { id: acc.id, type: acc.type },
      device: { id: d?.id, code: d?.code, name: d?.name ?? '' },
      user: { id: u?.id, email: u?.email, permissions: u?.permissions ?? [] },
      pools: { STANDARD: { total: p.standard.total, free: p.standard.unassigned }, FLOATING: { total: p.floating.total, free: p.floating.unassigned } },
      holders: devices
        .filter((x) => x.license && x.id !== d?.id)
        .map((x) => ({
          deviceId: x.id,
          code: x.code,
          pool: x.license!.pool,
          status: x.licenseStatus,
          lastSeenAt: x.lastSeenAt,
          idleMinutes: x.lastSeenAt ? Math.floor((Date.now() - Date.parse(x.lastSeenAt)) / 60000) : 0,
          userEmail: x.lastUser?.email ?? '',
          userPermissions: x.lastUser?.permissions ?? [],
          inactive: x.inactive,
        })),
      settings: { floatingIdleMinutes: acc.settings.floatingIdleMinutes, priorityPermission: acc.settings.floatingPriorityPermission ?? '' },
      now,
    };
  };

  return (
    <section class="panel" aria-labelledby="dry-title">
      <h2 id="dry-title">Dry run</h2>
      <p class="hint">Evaluates the text in the editor (saved or not) on a request you choose. Nothing changes.</p>
      <form
        class="filters"
        onSubmit={async (e) => {
          e.preventDefault();
          setPending(true);
          setError(null);
          setResult(null);
          try {
            const r = await request(EvaluateDoc, { kind, input: input(), source: source() });
            setResult(JSON.stringify(r.evaluatePolicy, null, 2));
            onProblems(null);
          } catch (err) {
            setError(err);
            onProblems(err);
          } finally {
            setPending(false);
          }
        }}
      >
        <div class="field">
          <label for="dry-user">User</label>
          <select id="dry-user" value={userId} onChange={(e) => setUserId(e.currentTarget.value)}>
            {users.map((u) => (
              <option value={u.id}>{`${u.email} (${u.role})`}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="dry-device">Device</label>
          <select id="dry-device" value={deviceId} onChange={(e) => setDeviceId(e.currentTarget.value)}>
            {kind === 'PERMISSIONS' && <option value="">None (the account)</option>}
            {devices.map((d) => (
              <option value={d.id}>{d.code}</option>
            ))}
          </select>
        </div>
        {kind === 'PERMISSIONS' && (
          <div class="field">
            <label for="dry-action">Action</label>
            <select id="dry-action" value={action} onChange={(e) => setAction(e.currentTarget.value)}>
              {ACTIONS.map((a) => (
                <option value={a}>{a}</option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <button type="submit" disabled={pending}>
            Run dry run
          </button>
        </div>
      </form>
      <ErrorText error={error} />
      {result !== null && (
        <pre class="result" data-testid="dry-result" aria-label="Dry-run decision">
          {result}
        </pre>
      )}
    </section>
  );
}

type Version = Account['policy']['versions'][number];

function Versions({ kind, versions, canEdit, onRollback }: { kind: PolicyKind; versions: Version[]; canEdit: boolean; onRollback: (n: number) => void }) {
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const [a, setA] = useState(sorted[1]?.version ?? sorted[0]?.version ?? 0);
  const [b, setB] = useState(sorted[0]?.version ?? 0);
  const diffHost = useRef<HTMLDivElement>(null);
  const [showDiff, setShowDiff] = useState(false);
  useEffect(() => {
    if (!showDiff || !diffHost.current) return;
    const va = versions.find((x) => x.version === a);
    const vb = versions.find((x) => x.version === b);
    if (!va || !vb) return;
    let d: { destroy(): void } | null = null;
    let gone = false;
    void import('../editor').then((m) => {
      if (gone || !diffHost.current) return;
      diffHost.current.textContent = '';
      d = m.createDiff(diffHost.current, va.source, vb.source);
    });
    return () => {
      gone = true;
      d?.destroy();
    };
  }, [showDiff, a, b, versions]);
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">Version history</h2>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
        <table>
          <caption class="visually-hidden">{kind} policy versions</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Author</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((x) => (
              <tr key={x.id} data-version={x.version}>
                <th scope="row">{x.version === 0 ? '0 (shipped default)' : x.version}</th>
                <td>{x.author?.email ?? '—'}</td>
                <td>{fmtTime(x.createdAt)}</td>
                <td>{x.active ? 'Active' : ''}</td>
                <td>
                  {!x.active && canEdit && (
                    <button type="button" aria-label={`Roll back to version ${x.version}`} onClick={() => onRollback(x.version)}>
                      Roll back
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > 1 && (
        <form class="filters" onSubmit={(e) => { e.preventDefault(); setShowDiff(true); }} aria-label="Compare versions">
          <div class="field">
            <label for="diff-a">Compare version</label>
            <select id="diff-a" value={a} onChange={(e) => setA(Number(e.currentTarget.value))}>
              {sorted.map((x) => (
                <option value={x.version}>{x.version}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="diff-b">with version</label>
            <select id="diff-b" value={b} onChange={(e) => setB(Number(e.currentTarget.value))}>
              {sorted.map((x) => (
                <option value={x.version}>{x.version}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <button type="submit">Show differences</button>
          </div>
        </form>
      )}
      {showDiff && <div class="diff" ref={diffHost} aria-label={`Differences between version ${a} and version ${b}`} role="region" />}
    </section>
  );
}
