import { graphql } from '../gql';
import type { AccountOverviewFragment } from '../gql/graphql';
import { ErrorText, fmtDate, useQuery } from '../ui';
import { UsagePanel } from './Usage';

graphql(`
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
`);

const OwnOverviewDoc = graphql(`
  query OwnOverview {
    account {
      ...AccountOverview
    }
  }
`);

const AnyOverviewDoc = graphql(`
  query AnyOverview($id: ID!) {
    node(id: $id) {
      ... on Account {
        ...AccountOverview
      }
    }
  }
`);

/** The viewer's own account, or (SUPPORT) the account `accountId`. */
export function Overview({ accountId }: { accountId?: string }) {
  const own = useQuery(OwnOverviewDoc, {}, !!accountId);
  const any = useQuery(AnyOverviewDoc, { id: accountId ?? '' }, !accountId);
  const q = accountId ? any : own;
  const acc = (accountId ? (any.data?.node as AccountOverviewFragment | null) : own.data?.account) ?? null;
  if (q.error) return <ErrorText error={q.error} />;
  if (!acc) return <p aria-busy="true">{q.loading ? 'Loading…' : 'No such account.'}</p>;
  return <AccountSummary acc={acc} />;
}

function daysLeft(t: string): number {
  return Math.ceil((Date.parse(t) - Date.now()) / 86_400_000);
}

function PoolCard({ title, c }: { title: string; c: { total: number; assigned: number; unassigned: number } }) {
  const pct = c.total ? Math.round((c.assigned / c.total) * 100) : 0;
  return (
    <section class="card pool" aria-labelledby={`pool-${title}`}>
      <h2 id={`pool-${title}`}>{title}</h2>
      <dl class="counts">
        <div>
          <dt>Total</dt>
          <dd data-testid={`${title}-total`}>{c.total}</dd>
        </div>
        <div>
          <dt>Assigned</dt>
          <dd data-testid={`${title}-assigned`}>{c.assigned}</dd>
        </div>
        <div>
          <dt>Unassigned</dt>
          <dd data-testid={`${title}-unassigned`}>{c.unassigned}</dd>
        </div>
      </dl>
      <div class="meter" role="img" aria-label={`${pct}% of ${title} licenses assigned`}>
        <span style={{ width: `${pct}%` }} />
      </div>
    </section>
  );
}

export function AccountSummary({ acc }: { acc: AccountOverviewFragment }) {
  const left = daysLeft(acc.expiresAt);
  const p = acc.licensePool;
  return (
    <>
      <h1>{acc.name}</h1>
      <p class="sub">
        {acc.email} · {acc.type} account
      </p>
      <div class="cards">
        <section class={`card ${left <= 30 ? 'warn' : ''}`} aria-labelledby="ends">
          <h2 id="ends">Licenses end</h2>
          <p class="big" data-testid="end-date">{fmtDate(acc.expiresAt)}</p>
          <p>{left > 0 ? `${left} day${left === 1 ? '' : 's'} left` : 'Expired: devices can no longer count.'}</p>
        </section>
        <PoolCard title="All" c={p} />
        {p.standard.total > 0 && <PoolCard title="Standard" c={p.standard} />}
        {p.floating.total > 0 && <PoolCard title="Floating" c={p.floating} />}
      </div>
      <UsagePanel accountId={acc.id} />
    </>
  );
}
