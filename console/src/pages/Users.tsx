import { useState } from 'preact/hooks';
import { graphql } from '../gql';
import type { UsersQuery } from '../gql/graphql';
import { Confirm, ErrorText, Field, ShownOnce, fmtTime, useMutation, useQuery } from '../ui';
import { useViewer } from '../viewer';
import { PermissionPicker } from './Permissions';

const UsersDoc = graphql(`
  query Users($after: String) {
    account {
      id
      knownPermissions
      users(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            email
            role
            permissions
            notes
            disabled
            createdAt
            lastLoginAt
          }
        }
      }
      apiTokenConnection(first: 100) {
        edges {
          node {
            id
            name
            permissions
            createdAt
            lastUsedAt
            revokedAt
            createdBy {
              id
              email
            }
          }
        }
      }
    }
  }
`);

const CreateUserDoc = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
    }
  }
`);
const UpdateUserDoc = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      disabled
      permissions
      notes
    }
  }
`);
const DeleteUserDoc = graphql(`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`);
const CreateTokenDoc = graphql(`
  mutation CreateApiToken($name: String!, $permissions: [String!]!) {
    createApiToken(name: $name, permissions: $permissions) {
      token
      name
      permissions
    }
  }
`);
const RevokeTokenDoc = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

type User = NonNullable<UsersQuery['account']>['users']['edges'][number]['node'];

export function Users() {
  const v = useViewer();
  const [after, setAfter] = useState<string | null>(null);
  const q = useQuery(UsersDoc, { after });
  const acc = q.data?.account;
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [deleting, setDeleting] = useState<User | null>(null);
  const [msg, setMsg] = useState('');
  const del = useMutation(DeleteUserDoc);
  const known = acc?.knownPermissions ?? [];

  return (
    <>
      <h1>Users and API tokens</h1>
      <ErrorText error={q.error} />
      {msg && (
        <p class="ok" role="status">
          {msg}
        </p>
      )}
      <section aria-labelledby="users-title">
        <div class="section-head">
          <h2 id="users-title">Users</h2>
          {v.can('user.create') && (
            <button type="button" class="primary" onClick={() => setEditing('new')}>
              Create user
            </button>
          )}
        </div>
        {editing && (
          <UserForm
            user={editing === 'new' ? null : editing}
            known={known}
            onDone={(m) => {
              setEditing(null);
              if (m) {
                setMsg(m);
                q.reload();
              }
            }}
          />
        )}
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
          <table>
            <caption class="visually-hidden">Users of the account</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Permissions</th>
                <th scope="col">Notes</th>
                <th scope="col">Status</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {acc?.users.edges.map(({ node: u }) => (
                <tr key={u.id} data-email={u.email}>
                  <th scope="row">{u.email}</th>
                  <td>{u.role}</td>
                  <td>{u.role === 'ADMIN' ? 'all' : u.permissions.join(', ') || '—'}</td>
                  <td>{u.notes ?? ''}</td>
                  <td>{u.disabled ? 'Disabled' : 'Active'}</td>
                  <td>{fmtTime(u.lastLoginAt)}</td>
                  <td class="row-actions">
                    {u.role === 'OPERATOR' && v.can('user.update') && (
                      <button type="button" aria-label={`Edit ${u.email}`} onClick={() => setEditing(u)}>
                        Edit
                      </button>
                    )}
                    {u.role === 'OPERATOR' && v.can('user.delete') && (
                      <button type="button" aria-label={`Delete ${u.email}`} onClick={() => setDeleting(u)}>
                        Delete
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {acc && (acc.users.pageInfo.hasNextPage || after) && (
          <nav class="pager" aria-label="Pages of users">
            <button type="button" disabled={!after} onClick={() => setAfter(null)}>
              First page
            </button>
            <button type="button" disabled={!acc.users.pageInfo.hasNextPage} onClick={() => setAfter(acc.users.pageInfo.endCursor ?? null)}>
              Next page
            </button>
          </nav>
        )}
      </section>
      {deleting && (
        <Confirm
          title={`Delete ${deleting.email}`}
          confirmLabel="Delete user"
          danger
          pending={del.pending}
          error={del.error}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            if (await del.run({ id: deleting.id })) {
              setMsg(`${deleting.email} was deleted.`);
              setDeleting(null);
              q.reload();
            }
          }}
        >
          <p>The user can no longer sign in; its sessions end at once.</p>
        </Confirm>
      )}
      {acc && <Tokens tokens={acc.apiTokenConnection.edges.map((e) => e.node)} known={known} onChange={q.reload} />}
    </>
  );
}

function UserForm({ user, known, onDone }: { user: User | null; known: string[]; onDone: (msg?: string) => void }) {
  const create = useMutation(CreateUserDoc);
  const update = useMutation(UpdateUserDoc);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [notes, setNotes] = useState(user?.notes ?? '');
  const [perms, setPerms] = useState<string[]>(user?.permissions ?? ['count']);
  const [disabled, setDisabled] = useState(user?.disabled ?? false);
  const m = user ? update : create;
  return (
    <form
      class="panel"
      aria-labelledby="user-form-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (user) {
          const r = await update.run({ id: user.id, input: { notes, permissions: perms, disabled, ...(password ? { password } : {}) } });
          if (r) onDone(`${user.email} was saved.`);
        } else {
          const r = await create.run({ input: { email, password, notes: notes || null, permissions: perms } });
          if (r) onDone(`${r.createUser.email} was created.`);
        }
      }}
    >
      <h3 id="user-form-title">{user ? `Edit ${user.email}` : 'Create a user'}</h3>
      {!user && (
        <Field id="u-email" label="Email">
          <input id="u-email" type="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} autoComplete="off" />
        </Field>
      )}
      <Field id="u-password" label={user ? 'New password (leave empty to keep)' : 'Password'}>
        <input id="u-password" type="password" required={!user} value={password} onInput={(e) => setPassword(e.currentTarget.value)} autoComplete="new-password" />
      </Field>
      <Field id="u-notes" label="Notes">
        <input id="u-notes" value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </Field>
      <PermissionPicker idPrefix="u-perms" known={known} value={perms} onChange={setPerms} />
      {user && (
        <label class="check">
          <input type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.currentTarget.checked)} /> Disabled (cannot sign in)
        </label>
      )}
      <ErrorText error={m.error} />
      <div class="actions">
        <button type="submit" class="primary" disabled={m.pending}>
          {user ? 'Save user' : 'Create user'}
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type Token = NonNullable<UsersQuery['account']>['apiTokenConnection']['edges'][number]['node'];

function Tokens({ tokens, known, onChange }: { tokens: Token[]; known: string[]; onChange: () => void }) {
  const v = useViewer();
  const create = useMutation(CreateTokenDoc);
  const revoke = useMutation(RevokeTokenDoc);
  const [name, setName] = useState('');
  const [perms, setPerms] = useState<string[]>(['devices:read']);
  const [shown, setShown] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      {shown && <ShownOnce label="New API token." value={shown} />}
      {v.can('apitoken.create') && (
        <form
          class="panel"
          aria-label="Create an API token"
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await create.run({ name, permissions: perms });
            if (r) {
              setShown(r.createApiToken.token);
              setName('');
              onChange();
            }
          }}
        >
          <Field id="t-name" label="Token name">
            <input id="t-name" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </Field>
          <PermissionPicker idPrefix="t-perms" legend="Token permissions" known={known} value={perms} onChange={setPerms} />
          <ErrorText error={create.error} />
          <button type="submit" class="primary" disabled={create.pending}>
            Create token
          </button>
        </form>
      )}
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
        <table>
          <caption class="visually-hidden">API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Permissions</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                <td>{t.permissions.join(', ')}</td>
                <td>
                  {fmtTime(t.createdAt)}
                  {t.createdBy ? ` by ${t.createdBy.email}` : ''}
                </td>
                <td>{fmtTime(t.lastUsedAt)}</td>
                <td>{t.revokedAt ? `Revoked ${fmtTime(t.revokedAt)}` : 'Active'}</td>
                <td>
                  {!t.revokedAt && v.can('apitoken.create') && (
                    <button type="button" aria-label={`Revoke token ${t.name}`} onClick={() => setRevoking(t)}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
            {tokens.length === 0 && (
              <tr>
                <td colSpan={6}>No API token yet.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {revoking && (
        <Confirm
          title={`Revoke token ${revoking.name}`}
          confirmLabel="Revoke token"
          danger
          pending={revoke.pending}
          error={revoke.error}
          onCancel={() => setRevoking(null)}
          onConfirm={async () => {
            if (await revoke.run({ id: revoking.id })) {
              setRevoking(null);
              onChange();
            }
          }}
        >
          <p>Integrations using this token stop working at once.</p>
        </Confirm>
      )}
    </section>
  );
}
