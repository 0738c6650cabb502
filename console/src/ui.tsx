import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from './api';
import type { TypedDocumentString } from './gql/graphql';
import { BASE, linkClick } from './router';

export function Link(props: { to: string; children: ComponentChildren; class?: string; 'aria-current'?: 'page' | undefined }) {
  return (
    <a href={BASE + props.to} onClick={linkClick} class={props.class} aria-current={props['aria-current']}>
      {props.children}
    </a>
  );
}

/** The server's error, in its own words. */
export function ErrorText({ error }: { error: unknown }) {
  if (!error) return null;
  const msg = error instanceof ApiError ? error.message : String((error as Error)?.message ?? error);
  return (
    <p class="error" role="alert">
      {msg}
    </p>
  );
}

export interface QueryState<R> {
  data: R | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs a query when its variables change; `reload` runs it again. */
export function useQuery<R, V>(doc: TypedDocumentString<R, V>, variables: V, skip = false): QueryState<R> {
  const [state, setState] = useState<{ data?: R; error?: unknown; loading: boolean }>({ loading: !skip });
  const key = JSON.stringify(variables);
  const seq = useRef(0);
  const run = useCallback(() => {
    if (skip) return;
    const n = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    request(doc, variables).then(
      (data) => n === seq.current && setState({ data, loading: false }),
      (error) => n === seq.current && setState((s) => ({ data: s.data, error, loading: false })),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, key, skip]);
  useEffect(run, [run]);
  return { data: state.data, error: state.error, loading: state.loading, reload: run };
}

/** A mutation with its pending flag and last error. */
export function useMutation<R, V>(doc: TypedDocumentString<R, V>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (variables: V): Promise<R | undefined> => {
      setPending(true);
      setError(null);
      try {
        return await request(doc, variables);
      } catch (e) {
        setError(e);
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [doc],
  );
  return { run, pending, error, setError };
}

/** A modal confirmation (native <dialog>: focus is trapped and Escape cancels). */
export function Confirm(props: {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
  pending?: boolean;
  error?: unknown;
  danger?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // The element that opened the dialog gets the focus back when it goes (Escape, Cancel or
    // done), as a native dialog's close() would; if it is gone, the page keeps the focus.
    const opener = document.activeElement as HTMLElement | null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      // Closed first: while a modal dialog is open, the page under it cannot take the focus.
      if (d?.open) d.close();
      if (opener && opener.isConnected && opener !== document.body) opener.focus();
      else document.getElementById('main')?.focus();
    };
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="confirm-title" onCancel={(e) => { e.preventDefault(); props.onCancel(); }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); void props.onConfirm(); }}>
        <h2 id="confirm-title">{props.title}</h2>
        {props.children}
        <ErrorText error={props.error} />
        <div class="actions">
          <button type="submit" class={props.danger ? 'danger' : 'primary'} disabled={props.pending}>
            {props.confirmLabel}
          </button>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** A secret shown once, with a copy button. */
export function ShownOnce({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="shown-once" role="status">
      <p>
        <strong>{label}</strong> It is shown only now: copy it and keep it safe.
      </p>
      <code class="secret" data-testid="secret">{value}</code>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(value);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {copied ? 'Copied' : `Copy ${label.toLowerCase().replace(/[.:]$/, '')}`}
      </button>
    </div>
  );
}

export function fmtTime(t: string | null | undefined): string {
  if (!t) return '—';
  const d = new Date(t);
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function fmtDate(t: string | null | undefined): string {
  if (!t) return '—';
  return new Date(t).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function Field(props: { label: string; hint?: string; children: ComponentChildren; id: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.children}
    </div>
  );
}
