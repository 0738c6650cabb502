// The policy editor: CodeMirror 6 with Rego highlighting and problem markers. This module is
// loaded only when the Policies page opens (a separate chunk, not in the first load).
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { StreamLanguage, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { linter, lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { MergeView } from '@codemirror/merge';

const KEYWORDS = new Set([
  'package', 'import', 'default', 'if', 'else', 'not', 'some', 'every', 'in', 'contains', 'with', 'as', 'true', 'false', 'null',
]);

// Rego, as a stream language: comments, strings (plain and raw), numbers, keywords, operators.
const rego = StreamLanguage.define<{ raw: boolean }>({
  name: 'rego',
  startState: () => ({ raw: false }),
  token(stream, state) {
    if (state.raw) {
      if (stream.skipTo('`')) {
        stream.next();
        state.raw = false;
      } else stream.skipToEnd();
      return 'string';
    }
    if (stream.eatSpace()) return null;
    if (stream.match('#')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.match('`')) {
      state.raw = true;
      return 'string';
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    if (stream.match(/^-?\d+(\.\d+)?([eE][-+]?\d+)?/)) return 'number';
    if (stream.match(/^(:=|==|!=|<=|>=|=|<|>|\||&|\+|-|\*|\/|%)/)) return 'operator';
    const word = stream.match(/^[A-Za-z_][A-Za-z0-9_]*/) as RegExpMatchArray | null;
    if (word) {
      if (KEYWORDS.has(word[0])) return 'keyword';
      if (word[0] === 'input' || word[0] === 'data') return 'variableName.special';
      if (stream.peek() === '(') return 'function';
      return 'variableName';
    }
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: '#' } },
});

// Colours with at least 4.5:1 contrast on white (WCAG AA).
const style = HighlightStyle.define([
  { tag: tags.keyword, color: '#8250df', fontWeight: '600' },
  { tag: tags.string, color: '#0a3069' },
  { tag: tags.comment, color: '#57606a', fontStyle: 'italic' },
  { tag: tags.number, color: '#0550ae' },
  { tag: tags.operator, color: '#953800' },
  { tag: tags.special(tags.variableName), color: '#953800', fontWeight: '600' },
  { tag: tags.function(tags.variableName), color: '#6639ba' },
]);

export interface Problem {
  line?: number;
  column?: number;
  message: string;
}

export interface PolicyEditor {
  view: EditorView;
  get(): string;
  set(doc: string): void;
  problems(p: Problem[]): void;
  destroy(): void;
}

function diagnostics(view: EditorView, problems: Problem[]): Diagnostic[] {
  const doc = view.state.doc;
  return problems.map((p) => {
    const line = doc.line(Math.min(Math.max(p.line ?? 1, 1), doc.lines));
    const from = Math.min(line.from + Math.max((p.column ?? 1) - 1, 0), line.to);
    return { from, to: line.to > from ? line.to : from, severity: 'error', message: p.message };
  });
}

export function createEditor(parent: HTMLElement, doc: string, label: string, onChange: () => void): PolicyEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        basicSetup,
        rego,
        syntaxHighlighting(style),
        lintGutter(),
        linter(null),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange();
        }),
      ],
    }),
  });
  // The scroller is a tab stop of its own, so a long policy can be scrolled from the keyboard
  // even where the editor is read-only.
  view.scrollDOM.tabIndex = 0;
  view.scrollDOM.setAttribute('aria-label', `${label}, scrollable`);
  const api: PolicyEditor = {
    view,
    get: () => view.state.doc.toString(),
    set: (d) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: d } }),
    problems: (p) => view.dispatch(setDiagnostics(view.state, diagnostics(view, p))),
    destroy: () => view.destroy(),
  };
  // The host element carries the editor, so the browser tests can set a whole policy at once
  // (typing it would meet the editor's auto-indent and bracket closing).
  (parent as HTMLElement & { policyEditor?: PolicyEditor }).policyEditor = api;
  return api;
}

/** Two versions side by side, differences marked. */
export function createDiff(parent: HTMLElement, a: string, b: string): { destroy(): void } {
  const ro = [basicSetup, rego, syntaxHighlighting(style), EditorView.editable.of(false), EditorState.readOnly.of(true)];
  const mv = new MergeView({ parent, a: { doc: a, extensions: ro }, b: { doc: b, extensions: ro } });
  return { destroy: () => mv.destroy() };
}
