import { useState } from 'preact/hooks';
import { graphql } from '../gql';
import type { AccountRequestsQuery, AccountType, AccountsListQuery, FloatingPresetName } from '../gql/graphql';
import { useLocation } from '../router';
import { ErrorText, Field, Link, fmtDate, fmtTime, useMutation, useQuery } from '../ui';
import { useViewer } from '../viewer';
import { Overview } from './Overview';

const AccountsDoc = graphql(`
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
`);

const RequestsDoc = graphql(`
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
      preset
      name
      description
    }
  }
`);

const ApproveDoc = graphql(`
  mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {
    approveAccountRequest(id: $id, input: $input) {
      id
      name
    }
  }
`);
const RejectDoc = graphql(`
  mutation RejectAccountRequest($id: ID!, $reason: String) {
    rejectAccountRequest(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
const CreateAccountDoc = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      name
    }
  }
`);
const RenewDoc = graphql(`
  mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {
    renewAccount(accountId: $id, input: $input) {
      id
      expiresAt
    }
  }
`);

type Req = AccountRequestsQuery['accountRequests'][number];
type Acc = AccountsListQuery['accounts']['edges'][number]['node'];

const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
const toTime = (d: string) => new Date(`${d}T00:00:00Z`).toISOString();

export function Support() {
  const { path } = useLocation();
  const m = /^\/accounts\/([^/]+)$/.exec(path);
  if (m) {
    return (
      <>
        <p>
          <Link to="/accounts">← All accounts</Link>
        </p>
        <Overview accountId={decodeURIComponent(m[1])} />
      </>
    );
  }
  return <Accounts />;
}

function Accounts() {
  const v = useViewer();
  const [after, setAfter] = useState<string | null>(null);
  const accounts = useQuery(AccountsDoc, { after });
  const reqs = useQuery(RequestsDoc, {}, !v.can('accountrequest.read'));
  const [msg, setMsg] = useState('');
  const [renewing, setRenewing] = useState<Acc | null>(null);
  const [creating, setCreating] = useState(false);
  const reload = (m: string) => {
    setMsg(m);
    accounts.reload();
    reqs.reload();
  };
  return (
    <>
      <h1>Accounts</h1>
      {msg && (
        <p class="ok" role="status">
          {msg}
        </p>
      )}
      {v.can('accountrequest.read') && (
        <section aria-labelledby="req-title">
          <h2 id="req-title">Account requests</h2>
          <ErrorText error={reqs.error} />
          {reqs.data?.accountRequests.length === 0 && <p>No request is waiting.</p>}
          {reqs.data?.accountRequests.map((r) => (
            <RequestCard key={r.id} r={r} presets={reqs.data!.floatingPresets} onDone={reload} />
          ))}
        </section>
      )}
      <section aria-labelledby="acc-title">
        <div class="section-head">
          <h2 id="acc-title">All accounts</h2>
          {v.can('account.create') && (
            <button type="button" class="primary" onClick={() => setCreating(true)}>
              Create account
            </button>
          )}
        </div>
        {creating && (
          <CreateAccount
            onDone={(m) => {
              setCreating(false);
              if (m) reload(m);
            }}
          />
        )}
        {renewing && (
          <Renew
            acc={renewing}
            onDone={(m) => {
              setRenewing(null);
              if (m) reload(m);
            }}
          />
        )}
        <ErrorText error={accounts.error} />
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
          <table>
            <caption class="visually-hidden">Enterprise accounts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Account email</th>
                <th scope="col">Type</th>
                <th scope="col">Licenses in use</th>
                <th scope="col">Ends</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {accounts.data?.accounts.edges.map(({ node: a }) => (
                <tr key={a.id} data-account={a.name}>
                  <th scope="row">
                    <Link to={`/accounts/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                  </th>
                  <td>{a.email}</td>
                  <td>{a.type}</td>
                  <td>
                    {a.licensePool.assigned} of {a.licensePool.total}
                  </td>
                  <td>{fmtDate(a.expiresAt)}</td>
                  <td>
                    {v.can('account.renew') && (
                      <button type="button" aria-label={`Renew ${a.name}`} onClick={() => setRenewing(a)}>
                        Renew
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {accounts.data && (accounts.data.accounts.pageInfo.hasNextPage || after) && (
          <nav class="pager" aria-label="Pages of accounts">
            <button type="button" disabled={!after} onClick={() => setAfter(null)}>
              First page
            </button>
            <button type="button" disabled={!accounts.data.accounts.pageInfo.hasNextPage} onClick={() => setAfter(accounts.data!.accounts.pageInfo.endCursor ?? null)}>
              Next page
            </button>
          </nav>
        )}
      </section>
    </>
  );
}

type Preset = AccountRequestsQuery['floatingPresets'][number];

function RequestCard({ r, presets, onDone }: { r: Req; presets: Preset[]; onDone: (m: string) => void }) {
  const approve = useMutation(ApproveDoc);
  const reject = useMutation(RejectDoc);
  const p = `req-${r.id}`;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [type, setType] = useState<AccountType>(r.accountType);
  const [std, setStd] = useState(String(r.standardLicenses));
  const [flt, setFlt] = useState(String(r.floatingLicenses));
  const [ends, setEnds] = useState(inAYear());
  const [preset, setPreset] = useState<FloatingPresetName | ''>('');
  const [reason, setReason] = useState('');
  return (
    <article class="card" aria-labelledby={`${p}-title`} data-request={r.companyName}>
      <h3 id={`${p}-title`}>{r.companyName}</h3>
      <p>
        {r.contactName ? `${r.contactName}, ` : ''}
        {r.contactEmail} · asks for {r.accountType}: {r.standardLicenses} standard, {r.floatingLicenses} floating · {fmtTime(r.createdAt)}
      </p>
      {r.workflow && <p class="workflow">“{r.workflow}”</p>}
      <form
        aria-label={`Approve ${r.companyName}`}
        onSubmit={async (e) => {
          e.preventDefault();
          const res = await approve.run({
            id: r.id,
            input: { email, adminPassword: password, expiresAt: toTime(ends), type, standardLicenses: Number(std), floatingLicenses: Number(flt), ...(preset ? { floatingPresetName: preset } : {}) },
          });
          if (res) onDone(`${res.approveAccountRequest.name} was created.`);
        }}
      >
        <div class="filters">
          <Field id={`${p}-email`} label="Account Email">
            <input id={`${p}-email`} type="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
          </Field>
          <Field id={`${p}-pw`} label="Admin password">
            <input id={`${p}-pw`} type="password" required autoComplete="new-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
          </Field>
          <Field id={`${p}-type`} label="Type">
            <select id={`${p}-type`} value={type} onChange={(e) => setType(e.currentTarget.value as AccountType)}>
              <option>STANDARD</option>
              <option>FLOATING</option>
              <option>MIXED</option>
            </select>
          </Field>
          <Field id={`${p}-std`} label="Standard licenses">
            <input id={`${p}-std`} type="number" min={0} value={std} onInput={(e) => setStd(e.currentTarget.value)} />
          </Field>
          <Field id={`${p}-flt`} label="Floating licenses">
            <input id={`${p}-flt`} type="number" min={0} value={flt} onInput={(e) => setFlt(e.currentTarget.value)} />
          </Field>
          <Field id={`${p}-ends`} label="End date">
            <input id={`${p}-ends`} type="date" required value={ends} onInput={(e) => setEnds(e.currentTarget.value)} />
          </Field>
          <Field id={`${p}-preset`} label="Floating strategy">
            <select id={`${p}-preset`} value={preset} onChange={(e) => setPreset(e.currentTarget.value as FloatingPresetName | '')}>
              <option value="">Default</option>
              {presets.map((x) => (
                <option value={x.preset} title={x.description}>
                  {x.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <ErrorText error={approve.error} />
        <button type="submit" class="primary" disabled={approve.pending}>
          Approve
        </button>
      </form>
      <form
        class="filters"
        aria-label={`Reject ${r.companyName}`}
        onSubmit={async (e) => {
          e.preventDefault();
          if (await reject.run({ id: r.id, reason: reason || null })) onDone(`The request of ${r.companyName} was rejected.`);
        }}
      >
        <Field id={`${p}-reason`} label="Reason for rejecting">
          <input id={`${p}-reason`} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
        <div class="field">
          <button type="submit" class="danger" disabled={reject.pending}>
            Reject
          </button>
        </div>
        <ErrorText error={reject.error} />
      </form>
    </article>
  );
}

function CreateAccount({ onDone }: { onDone: (m?: string) => void }) {
  const create = useMutation(CreateAccountDoc);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [type, setType] = useState<AccountType>('STANDARD');
  const [std, setStd] = useState('5');
  const [flt, setFlt] = useState('0');
  const [ends, setEnds] = useState(inAYear());
  return (
    <form
      class="panel"
      aria-label="Create an account"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await create.run({ input: { name, email, adminPassword: password, type, standardLicenses: Number(std), floatingLicenses: Number(flt), expiresAt: toTime(ends) } });
        if (r) onDone(`${r.createAccount.name} was created.`);
      }}
    >
      <div class="filters">
        <Field id="ca-name" label="Company name">
          <input id="ca-name" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field id="ca-email" label="Account Email">
          <input id="ca-email" type="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <Field id="ca-pw" label="Admin password">
          <input id="ca-pw" type="password" autoComplete="new-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
        <Field id="ca-type" label="Type">
          <select id="ca-type" value={type} onChange={(e) => setType(e.currentTarget.value as AccountType)}>
            <option>STANDARD</option>
            <option>FLOATING</option>
            <option>MIXED</option>
          </select>
        </Field>
        <Field id="ca-std" label="Standard licenses">
          <input id="ca-std" type="number" min={0} value={std} onInput={(e) => setStd(e.currentTarget.value)} />
        </Field>
        <Field id="ca-flt" label="Floating licenses">
          <input id="ca-flt" type="number" min={0} value={flt} onInput={(e) => setFlt(e.currentTarget.value)} />
        </Field>
        <Field id="ca-ends" label="End date">
          <input id="ca-ends" type="date" required value={ends} onInput={(e) => setEnds(e.currentTarget.value)} />
        </Field>
      </div>
      <ErrorText error={create.error} />
      <div class="actions">
        <button type="submit" class="primary" disabled={create.pending}>
          Create account
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Renew({ acc, onDone }: { acc: Acc; onDone: (m?: string) => void }) {
  const renew = useMutation(RenewDoc);
  const [ends, setEnds] = useState(new Date(Date.parse(acc.expiresAt) + 365 * 86_400_000).toISOString().slice(0, 10));
  const [std, setStd] = useState('');
  const [flt, setFlt] = useState('');
  return (
    <form
      class="panel"
      aria-label={`Renew ${acc.name}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await renew.run({
          id: acc.id,
          input: { expiresAt: toTime(ends), ...(std ? { standardLicenses: Number(std) } : {}), ...(flt ? { floatingLicenses: Number(flt) } : {}) },
        });
        if (r) onDone(`${acc.name} now ends on ${fmtDate(r.renewAccount.expiresAt)}.`);
      }}
    >
      <h3>Renew {acc.name}</h3>
      <div class="filters">
        <Field id="rn-ends" label="New end date">
          <input id="rn-ends" type="date" required value={ends} onInput={(e) => setEnds(e.currentTarget.value)} />
        </Field>
        <Field id="rn-std" label="Standard licenses (empty: unchanged)">
          <input id="rn-std" type="number" min={0} value={std} onInput={(e) => setStd(e.currentTarget.value)} />
        </Field>
        <Field id="rn-flt" label="Floating licenses (empty: unchanged)">
          <input id="rn-flt" type="number" min={0} value={flt} onInput={(e) => setFlt(e.currentTarget.value)} />
        </Field>
      </div>
      <ErrorText error={renew.error} />
      <div class="actions">
        <button type="submit" class="primary" disabled={renew.pending}>
          Renew
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
