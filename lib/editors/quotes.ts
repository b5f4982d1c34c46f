// What in a reply box is not the agent's own words: placeholders, signatures, quoted history.

/** Subtrees never read as draft text. Placeholders drawn with CSS (`::before`) are not in the DOM. */
export const SKIP_SELECTOR = [
  '[class*="placeholder" i]',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.signature',
  '[data-rapport-skip]',
  'style',
  'script',
  'template',
  '.ck-fake-selection-container',
  // Slate draws its placeholder as a non-editable span inside the editable.
  '[data-slate-placeholder]',
  // Editor.js keeps its toolbars and menus inside the holder of its blocks.
  '.ce-toolbar',
  '.ce-inline-toolbar',
  '.ce-popover',
  '.ce-conversion-toolbar',
  '.ce-settings',
  '.codex-editor-overlay',
].join(',');

const QUOTE_SELECTOR = '.gmail_quote, .gmail_quote_container, blockquote[type="cite"], .moz-cite-prefix, .quoted-history';

// "On Tue, 3 Mar 2026 at 10:02, Dana <dana@x.com> wrote:" (and the common "…schrieb:" etc. stay text).
const ATTRIBUTION = /^\s*On\b[\s\S]{3,300}\bwrote:\s*$/;

/** True when quoted history starts at this element (everything after it in the box is quoted too). */
export function isQuoteStart(el: Element): boolean {
  if (el.matches(QUOTE_SELECTOR)) return true;
  if (el.tagName === 'BLOCKQUOTE') {
    const prev = el.previousElementSibling;
    return !!prev && ATTRIBUTION.test(prev.textContent ?? '');
  }
  const next = el.nextElementSibling;
  return !!next && next.tagName === 'BLOCKQUOTE' && ATTRIBUTION.test(el.textContent ?? '');
}

/** Splits a plain-text draft at an "On … wrote:" line followed by `>`-quoted lines. */
export function splitPlainQuote(value: string): { text: string; quoted?: string } {
  const lines = value.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    if (ATTRIBUTION.test(lines[i] ?? '') && /^\s*>/.test(lines[i + 1] ?? '')) {
      const cut = lines.slice(0, i).join('\n').length;
      return { text: value.slice(0, cut).replace(/\s+$/, ''), quoted: lines.slice(i).join('\n') };
    }
  }
  return { text: value };
}
