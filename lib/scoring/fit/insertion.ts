// Fits a line the agent inserts from the panel into the draft at their caret, the way they would have
// typed it: one space after a sentence end and none doubled, a capital at a sentence start and a small
// letter after a comma, the line on its own where the caret sits on an empty line, a space before the
// agent's next word. The agent's own words are never changed; only the inserted text and the spaces
// around it are fitted. Pure: the editor modules apply the edit this returns.
import type { Span } from '../types';
import type { TextEdit } from './rewrite';
import { capitalise, decapitalise } from './words';

export interface InsertionEdit extends TextEdit {
  /** Where the caret goes after the edit: right after the inserted words (UTF-16 offset into the new draft). */
  caret: number;
}

export interface InsertionContext {
  /** The customer's name: it keeps its capital after a comma. */
  name?: string | undefined;
}

const SPACE = /[ \t\u00a0]/;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
const LETTER = /[\p{L}\p{N}]/u;
const OPENING = /[(["'“‘«¿¡/-]$/;

/**
 * The edit that inserts `text` at `at` (the agent's caret or selection, UTF-16 offsets into `draft`).
 * A caret inside a word moves to the end of that word first. Returns an empty edit at `at` when
 * `text` has no visible characters.
 */
export function fitInsertion(draft: string, at: Span, text: string, ctx: InsertionContext = {}): InsertionEdit {
  let { start, end } = at;
  const words = text.trim();
  if (!words) return { span: { start, end }, text: '', caret: start };
  // A caret in the middle of a word would split it: the insert goes after the word.
  if (start === end) {
    while (start < draft.length && LETTER.test(draft[start]!) && start > 0 && LETTER.test(draft[start - 1]!)) start++;
    end = start;
  }
  const before = draft.slice(0, start);
  const after = draft.slice(end);
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const typedBefore = lineBefore.replace(/[ \t\u00a0]+$/, '');

  let out = words;
  if (typedBefore === '' || SENTENCE_END.test(typedBefore)) out = capitalise(out);
  else if (/[,;]$/.test(typedBefore)) out = decapitalise(out, ctx.name ? [ctx.name.split(/\s+/)[0]!] : []);

  // Leading edge: a space, unless the caret starts a line, already follows one, or follows an opening mark.
  let lead = '';
  if (lineBefore !== '' && !SPACE.test(lineBefore[lineBefore.length - 1]!) && !OPENING.test(typedBefore) && !/^[,.;:!?)]/.test(out)) lead = ' ';
  // Trailing edge: the agent's next word gets its space; their own punctuation is not doubled.
  let trail = '';
  const next = after[0];
  if (next !== undefined && next !== '\n' && !SPACE.test(next)) {
    if (/[.,;:!?]/.test(next)) {
      if (/[.!?…]$/.test(out)) out = out.slice(0, -1);
    } else trail = ' ';
  }
  const inserted = lead + out + trail;
  return { span: { start, end }, text: inserted, caret: start + lead.length + out.length };
}

/**
 * Where a caret at `caret` (offset in the old draft) is after `edit`: before the edit it stays, after
 * it moves by the change in length, and inside the replaced text it goes to the end of the new text.
 */
export function caretAfterEdit(caret: number, edit: TextEdit): number {
  if (caret <= edit.span.start) return caret;
  const delta = edit.text.length - (edit.span.end - edit.span.start);
  if (caret >= edit.span.end) return caret + delta;
  return edit.span.start + edit.text.length;
}
