import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api';
import { graphql } from '../gql';
import { signIn, signOutNotice } from '../session';
import { ErrorText } from '../ui';

const LoginDoc = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user {
        id
        role
      }
    }
  }
`);

export function SignIn() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const notice = signOutNotice();
  const emailRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    document.title = 'Sign in · CountThings';
    emailRef.current?.focus();
  }, []);

  async function submit(e: Event) {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      const r = await request(LoginDoc, { input: { email, password } });
      if (r.login.user.role === 'OPERATOR' || r.login.user.role === 'ADMIN' || r.login.user.role === 'SUPPORT') {
        signIn({ token: r.login.token, expiresAt: r.login.expiresAt });
      }
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  }

  return (
    <main id="main" class="signin">
      <form onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">Sign in to CountThings</h1>
        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        <div class="field">
          <label for="email">Email</label>
          <input id="email" ref={emailRef} type="email" autoComplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="password">Password</label>
          <input id="password" type="password" autoComplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </div>
        <ErrorText error={error} />
        <button type="submit" class="primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
