import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../gql';
import type { LicenseEventType, SettingsPageQuery } from '../gql/graphql';
import { Confirm, ErrorText, Field, ShownOnce, fmtTime, useMutation, useQuery } from '../ui';
import { useViewer } from '../viewer';

const SettingsDoc = graphql(`
  query SettingsPage {
    account {
      id
      type
      settings {
        operatorContactEmail
        operatorContactPhone
        floatingIdleMinutes
      }
      webhookConnection(first: 20) {
        edges {
          node {
            id
            url
            eventTypes
            active
            createdAt
            deliveryConnection(first: 10) {
              edges {
                node {
                  id
                  status
                  attempts
                  lastStatusCode
                  lastError
                  nextAttemptAt
                  deliveredAt
                  createdAt
                  event {
                    id
                    type
                    sequence
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const UpdateSettingsDoc = graphql(`
  mutation UpdateSettings($input: AccountSettingsInput!) {
    updateAccountSettings(input: $input) {
      id
      settings {
        operatorContactEmail
        operatorContactPhone
        floatingIdleMinutes
      }
    }
  }
`);
const CreateWebhookDoc = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      id
    }
  }
`);
const UpdateWebhookDoc = graphql(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      active
    }
  }
`);
const RedeliverDoc = graphql(`
  mutation RedeliverWebhookDelivery($id: ID!) {
    redeliverWebhookDelivery(id: $id) {
      id
      status
    }
  }
`);
const DeleteWebhookDoc = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

const TYPES: LicenseEventType[] = ['ASSIGNED', 'RESERVED', 'REMOVED', 'MOVED', 'RECLAIMED', 'RELEASED', 'DENIED', 'EXPIRED', 'RENEWED'];

type WebhookNode = NonNullable<SettingsPageQuery['account']>['webhookConnection']['edges'][number]['node'];
type Webhook = Omit<WebhookNode, 'deliveryConnection'> & { deliveries: WebhookNode['deliveryConnection']['edges'][number]['node'][] };

// The account's webhooks, each with its latest deliveries, as lists.
function webhooksOf(acc: NonNullable<SettingsPageQuery['account']>): Webhook[] {
  return acc.webhookConnection.edges.map(({ node: { deliveryConnection, ...h } }) => ({ ...h, deliveries: deliveryConnection.edges.map((e) => e.node) }));
}

export function Settings() {
  const v = useViewer();
  const q = useQuery(SettingsDoc, {});
  const acc = q.data?.account;
  const save = useMutation(UpdateSettingsDoc);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [idle, setIdle] = useState('30');
  const [msg, setMsg] = useState('');
  useEffect(() => {
    if (!acc) return;
    setEmail(acc.settings.operatorContactEmail ?? '');
    setPhone(acc.settings.operatorContactPhone ?? '');
    setIdle(String(acc.settings.floatingIdleMinutes));
  }, [acc?.id]);
  const canEdit = v.can('account.settings.update');
  if (q.error) return <ErrorText error={q.error} />;
  if (!acc) return <p aria-busy="true">Loading…</p>;
  return (
    <>
      <h1>Settings</h1>
      <form
        class="panel"
        aria-labelledby="contact-title"
        onSubmit={async (e) => {
          e.preventDefault();
          setMsg('');
          const r = await save.run({ input: { operatorContactEmail: email, operatorContactPhone: phone, floatingIdleMinutes: Number(idle) } });
          if (r) setMsg('Settings saved.');
        }}
      >
        <h2 id="contact-title">Operators' contact and floating licenses</h2>
        <Field id="s-email" label="Operator contact email" hint="Shown to operators who need help, e.g. when no license is free.">
          <input id="s-email" type="email" value={email} disabled={!canEdit} onInput={(e) => setEmail(e.currentTarget.value)} aria-describedby="s-email-hint" />
        </Field>
        <Field id="s-phone" label="Operator contact phone">
          <input id="s-phone" type="tel" value={phone} disabled={!canEdit} onInput={(e) => setPhone(e.currentTarget.value)} />
        </Field>
        <Field id="s-idle" label="Floating idle minutes" hint="A device silent for longer may lose its floating license to another device.">
          <input id="s-idle" type="number" min={0} value={idle} disabled={!canEdit} onInput={(e) => setIdle(e.currentTarget.value)} aria-describedby="s-idle-hint" />
        </Field>
        <ErrorText error={save.error} />
        {msg && (
          <p class="ok" role="status">
            {msg}
          </p>
        )}
        {canEdit && (
          <button type="submit" class="primary" disabled={save.pending}>
            Save settings
          </button>
        )}
      </form>
      <Webhooks hooks={webhooksOf(acc)} canManage={v.can('webhook.manage')} onChange={q.reload} />
    </>
  );
}

function newSecret(): string {
  const b = new Uint8Array(24);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

function Webhooks({ hooks, canManage, onChange }: { hooks: Webhook[]; canManage: boolean; onChange: () => void }) {
  const create = useMutation(CreateWebhookDoc);
  const update = useMutation(UpdateWebhookDoc);
  const del = useMutation(DeleteWebhookDoc);
  const redeliver = useMutation(RedeliverDoc);
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<LicenseEventType[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  return (
    <section aria-labelledby="hooks-title">
      <h2 id="hooks-title">Webhooks</h2>
      {secret && <ShownOnce label="Signing secret." value={secret} />}
      {canManage && (
        <form
          class="panel"
          aria-label="Create a webhook"
          onSubmit={async (e) => {
            e.preventDefault();
            const s = newSecret();
            const r = await create.run({ input: { url, secret: s, eventTypes: types } });
            if (r) {
              setSecret(s);
              setUrl('');
              onChange();
            }
          }}
        >
          <Field id="w-url" label="Endpoint URL">
            <input id="w-url" type="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          </Field>
          <fieldset class="perms">
            <legend>Event types (none: all)</legend>
            {TYPES.map((t) => (
              <label class="check" key={t}>
                <input type="checkbox" checked={types.includes(t)} onChange={(e) => setTypes(e.currentTarget.checked ? [...types, t] : types.filter((x) => x !== t))} /> {t}
              </label>
            ))}
          </fieldset>
          <ErrorText error={create.error} />
          <button type="submit" class="primary" disabled={create.pending}>
            Create webhook
          </button>
        </form>
      )}
      <ErrorText error={update.error ?? redeliver.error} />
      {hooks.length === 0 && <p>No webhook yet.</p>}
      {hooks.map((h) => (
        <section class="card" key={h.id} aria-label={`Webhook ${h.url}`}>
          <h3>{h.url}</h3>
          <p>
            {h.active ? 'Active' : 'Paused'} · {h.eventTypes.length ? h.eventTypes.join(', ') : 'all events'} · created {fmtTime(h.createdAt)}
          </p>
          {canManage && (
            <div class="actions">
              <button type="button" onClick={async () => { if (await update.run({ id: h.id, input: { active: !h.active } })) onChange(); }}>
                {h.active ? 'Pause' : 'Resume (sends what it missed)'}
              </button>
              <button type="button" onClick={async () => { const s = newSecret(); if (await update.run({ id: h.id, input: { secret: s } })) setSecret(s); }}>
                New secret
              </button>
              <button type="button" onClick={() => setDeleting(h)}>
                Delete
              </button>
            </div>
          )}
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
            <table>
              <caption>Latest deliveries</caption>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last answer</th>
                  <th scope="col">Next attempt</th>
                  {canManage && <th scope="col">Actions</th>}
                </tr>
              </thead>
              <tbody>
                {h.deliveries.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">
                      #{d.event.sequence} {d.event.type}
                    </th>
                    <td>{d.status}</td>
                    <td>{d.attempts}</td>
                    <td>{d.lastStatusCode ?? d.lastError ?? '—'}</td>
                    <td>{d.status === 'PENDING' ? fmtTime(d.nextAttemptAt) : d.deliveredAt ? `delivered ${fmtTime(d.deliveredAt)}` : '—'}</td>
                    {canManage && (
                      <td>
                        {d.status !== 'PENDING' && (
                          <button type="button" aria-label={`Redeliver event ${d.event.sequence}`} onClick={async () => { if (await redeliver.run({ id: d.id })) onChange(); }}>
                            Redeliver
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
                {h.deliveries.length === 0 && (
                  <tr>
                    <td colSpan={canManage ? 6 : 5}>No delivery yet.</td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {deleting && (
        <Confirm
          title={`Delete the webhook ${deleting.url}`}
          confirmLabel="Delete webhook"
          danger
          pending={del.pending}
          error={del.error}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            if (await del.run({ id: deleting.id })) {
              setDeleting(null);
              onChange();
            }
          }}
        >
          <p>No more events are sent to it.</p>
        </Confirm>
      )}
    </section>
  );
}
