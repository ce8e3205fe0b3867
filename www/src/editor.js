// The message editor: CodeMirror 6 with syntax colouring from the linter's parse
// (syntax.js), findings as @codemirror/lint diagnostics (underlines, gutter markers,
// tooltips), the element being explained outlined, and CR shown as a visible badge.
// It lives in a shadow root (see createEditor). Lines are split on LF only, so a CR stays in the text as the character it is and the
// linted text is exactly the editor's.

import { EditorSelection, EditorState, RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration, EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter,
  highlightSpecialChars, keymap, lineNumbers, placeholder,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { h } from './dom.js';

const setSyntax = StateEffect.define();
const setExplained = StateEffect.define();

const TOKEN_MARKS = {};
const tokenMark = (type) => (TOKEN_MARKS[type] ??= Decoration.mark({ class: `tok tok-${type}` }));
const START_LINE = Decoration.line({ class: 'cm-startLine' });
const EXPLAINED = Decoration.mark({ class: 'cm-explained' });

/** Syntax colouring, replaced after each lint and mapped through edits in between. */
const syntaxField = StateField.define({
  create: () => Decoration.none,
  update(decos, tr) {
    for (const e of tr.effects) if (e.is(setSyntax)) return e.value;
    return tr.docChanged ? decos.map(tr.changes) : decos;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The element the explain panel describes. */
const explainedField = StateField.define({
  create: () => Decoration.none,
  update(decos, tr) {
    for (const e of tr.effects) if (e.is(setExplained)) return e.value;
    return tr.docChanged ? decos.map(tr.changes) : decos;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/**
 * The decorations for `tokens` (sorted, as tokenize() makes them) and a line decoration
 * on each message's start line after the first: built in order, without sorting, as a
 * 100 KB pipeline has tens of thousands of tokens.
 */
function syntaxDecorations(doc, tokens, starts) {
  const len = doc.length;
  const lines = starts.map((at) => doc.lineAt(Math.min(at, len)).from).filter((at) => at > 0);
  const builder = new RangeSetBuilder();
  let s = 0;
  let last = 0;
  for (const t of tokens) {
    if (t.to > len) break; // out of step with the text: a newer lint is coming
    while (s < lines.length && lines[s] <= t.from) {
      if (lines[s] < last) return sortedDecorations(tokens, lines, len);
      builder.add(lines[s], lines[s], START_LINE);
      last = lines[s++];
    }
    if (t.from < last) return sortedDecorations(tokens, lines, len);
    builder.add(t.from, t.to, tokenMark(t.type));
    last = t.from;
  }
  return builder.finish();
}

function sortedDecorations(tokens, lines, len) {
  const ranges = lines.map((at) => START_LINE.range(at));
  for (const t of tokens) if (t.to <= len) ranges.push(tokenMark(t.type).range(t.from, t.to));
  return Decoration.set(ranges, true);
}

function renderSpecial(code, description, fallback) {
  if (code === 13) return h('span', { class: 'cm-ctl', title: 'CR (carriage return)', 'aria-label': 'CR' }, 'CR');
  const hex = code.toString(16).toUpperCase().padStart(2, '0');
  return h('span', { class: 'cm-ctl', title: description ?? `U+${hex}`, 'aria-label': description ?? `U+${hex}` },
    code < 0x100 ? `\\x${hex}` : fallback);
}

/**
 * @param {HTMLElement} parent
 * @param {{ onDocChange: (update) => void, onCursor: (pos: number) => void,
 *   onStep: (forward: boolean) => void, label: string, describedBy?: string }} hooks
 */
export function createEditor(host, hooks) {
  // CodeMirror injects its styles as a <style> element in a document, which the page's
  // Content-Security-Policy (style-src 'self') forbids; in a shadow root it adopts
  // constructed style sheets instead, which need no exception. The page's own style.css
  // is linked into the shadow root for the editor's colours (CSS variables inherit).
  const shadow = host.attachShadow({ mode: 'open' });
  const parent = h('div', { id: 'cm' });
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = 'style.css';
  shadow.append(sheet, parent);
  const view = new EditorView({
    parent,
    root: shadow,
    state: EditorState.create({
      doc: '',
      extensions: [
        EditorState.lineSeparator.of('\n'),
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars({ render: renderSpecial, addSpecialChars: /\u0085/ }),
        history(),
        drawSelection(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        search({ top: true }),
        EditorView.lineWrapping,
        placeholder('Paste or type an HTTP/1.x request or response, open a file, or pick an example…'),
        syntaxField,
        explainedField,
        lintGutter(),
        keymap.of([
          { key: 'F8', run: () => (hooks.onStep(true), true) },
          { key: 'Shift-F8', run: () => (hooks.onStep(false), true) },
          ...defaultKeymap,
          ...historyKeymap,
          ...searchKeymap,
        ]),
        EditorView.contentAttributes.of({
          'aria-label': hooks.label,
          ...(hooks.describedBy ? { 'aria-describedby': hooks.describedBy } : {}),
          spellcheck: 'false',
          autocorrect: 'off',
          autocapitalize: 'off',
          translate: 'no',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) hooks.onDocChange(update);
          if (update.selectionSet || update.docChanged) hooks.onCursor(update.state.selection.main.head);
        }),
        ...(hooks.extensions ?? []),
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    /** Replaces the whole text; the cursor goes to the start. */
    setText(text, annotations) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: EditorSelection.cursor(0),
        scrollIntoView: true,
        annotations,
      });
    },
    /** Shows a lint result: diagnostics and syntax tokens, in one transaction. */
    show(diagnostics, tokens, starts) {
      const spec = setDiagnostics(view.state, diagnostics);
      view.dispatch({ effects: [...spec.effects, setSyntax.of(syntaxDecorations(view.state.doc, tokens, starts))] });
    },
    setDiagnostics(diagnostics) {
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    /** Outlines [from, to) as the explained element (null: none). */
    explain(range) {
      const len = view.state.doc.length;
      const decos = range && range.end > range.start && range.end <= len
        ? Decoration.set([EXPLAINED.range(range.start, range.end)])
        : Decoration.none;
      view.dispatch({ effects: setExplained.of(decos) });
    },
    /** Selects [from, to), scrolls it to the middle of the editor and focuses it. */
    select(from, to, { focus = true } = {}) {
      const len = view.state.doc.length;
      const a = Math.min(from, len);
      const b = Math.min(Math.max(a, to), len);
      view.dispatch({
        selection: EditorSelection.single(a, b),
        effects: EditorView.scrollIntoView(EditorSelection.range(a, b), { y: 'center' }),
      });
      if (focus) view.focus();
    },
  };
}
