import { useState } from 'preact/hooks';

/** Permission strings as checkboxes (the account's known ones) plus free text for others. */
export function PermissionPicker(props: { idPrefix: string; known: string[]; value: string[]; onChange: (v: string[]) => void; legend?: string }) {
  const [extra, setExtra] = useState(props.value.filter((p) => !props.known.includes(p)).join(' '));
  const checked = new Set(props.value);
  const emit = (set: Set<string>, extraText: string) => {
    const free = extraText.split(/[\s,]+/).filter(Boolean);
    props.onChange([...props.known.filter((k) => set.has(k)), ...free.filter((f) => !props.known.includes(f))]);
  };
  return (
    <fieldset class="perms">
      <legend>{props.legend ?? 'Permissions'}</legend>
      {props.known.map((p) => (
        <label key={p} class="check">
          <input
            type="checkbox"
            checked={checked.has(p)}
            onChange={(e) => {
              const s = new Set(checked);
              if (e.currentTarget.checked) s.add(p);
              else s.delete(p);
              emit(s, extra);
            }}
          />{' '}
          {p}
        </label>
      ))}
      <div class="field">
        <label for={`${props.idPrefix}-extra`}>Other permissions</label>
        <span class="hint" id={`${props.idPrefix}-extra-hint`}>
          Strings your account's policy gives meaning to, separated by spaces.
        </span>
        <input
          id={`${props.idPrefix}-extra`}
          aria-describedby={`${props.idPrefix}-extra-hint`}
          value={extra}
          onInput={(e) => {
            setExtra(e.currentTarget.value);
            emit(checked, e.currentTarget.value);
          }}
        />
      </div>
    </fieldset>
  );
}
