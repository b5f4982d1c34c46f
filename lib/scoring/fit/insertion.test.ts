import { describe, expect, it } from 'vitest';
import { caretAfterEdit, fitInsertion } from './insertion';

/** The draft after inserting `text` at the `|` in `marked`, with `|` where the caret ends up. */
function insert(marked: string, text: string, name?: string): string {
  const at = marked.indexOf('|');
  const draft = marked.slice(0, at) + marked.slice(at + 1);
  const edit = fitInsertion(draft, { start: at, end: at }, text, { name });
  const out = draft.slice(0, edit.span.start) + edit.text + draft.slice(edit.span.end);
  return out.slice(0, edit.caret) + '|' + out.slice(edit.caret);
}

const LINE = 'I can see why that would be frustrating.';

describe('inserting a line as the agent would have typed it', () => {
  it.each([
    // The case: a sentence end gets one space, never glued on.
    ['Hi Dana, I will reset the VPN profile now.|', LINE, 'Hi Dana, I will reset the VPN profile now. I can see why that would be frustrating.|'],
    ['Hi Dana, I will reset the VPN profile now. |', LINE, 'Hi Dana, I will reset the VPN profile now. I can see why that would be frustrating.|'],
    // Between two sentences: one space on each side, the caret after the inserted words.
    ['Thanks for waiting.| I will call you.', LINE, 'Thanks for waiting. I can see why that would be frustrating.| I will call you.'],
    ['Thanks for waiting. |I will call you.', LINE, 'Thanks for waiting. I can see why that would be frustrating.| I will call you.'],
    // After a comma the line goes on in lower case ("I" and names keep their capital).
    ['Hi Dana,|', 'Sorry for the trouble this has caused.', 'Hi Dana, sorry for the trouble this has caused.|'],
    ['Hi Dana,|', LINE, 'Hi Dana, I can see why that would be frustrating.|'],
    ['Hi Dana,|', 'Dana, thanks for waiting.', 'Hi Dana, Dana, thanks for waiting.|', 'Dana'],
    // A caret on an empty line: the text starts that line, no space before it.
    ['Hi Dana,\n|', LINE, 'Hi Dana,\nI can see why that would be frustrating.|'],
    ['Hi Dana,\n|\nBest, Sam', LINE, 'Hi Dana,\nI can see why that would be frustrating.|\nBest, Sam'],
    ['|', 'i can help.', 'I can help.|'],
    // A sentence start after lower-case text from the pack gets its capital.
    ['All fixed.|', "sorry it took so long.", 'All fixed. Sorry it took so long.|'],
    // Inside a word the insert moves to the word's end instead of splitting it.
    ['Thanks for wai|ting.', 'again', 'Thanks for waiting again|.'],
    // Before the agent's own full stop, the inserted full stop is not doubled.
    ['Thanks Dana|.', 'for waiting.', 'Thanks Dana for waiting|.'],
    // The contract case: a fragment before the agent's next word.
    ['Thanks |Dana.', 'again, ', 'Thanks again,| Dana.'],
    // Spaces the pack text carries are not doubled.
    ['Hello there |', ' Thanks! ', 'Hello there Thanks!|'],
  ])('%j + %j', (marked, text, expected, name?: string) => {
    expect(insert(marked, text, name)).toBe(expected);
  });

  it('replaces a selection with the line', () => {
    const draft = 'Thanks for waiting. XXX I will call you.';
    const start = draft.indexOf('XXX');
    const edit = fitInsertion(draft, { start, end: start + 3 }, LINE);
    expect(draft.slice(0, edit.span.start) + edit.text + draft.slice(edit.span.end)).toBe(`Thanks for waiting. ${LINE} I will call you.`);
  });

  it('inserts nothing for blank text', () => {
    expect(fitInsertion('Hi', { start: 2, end: 2 }, '  ')).toEqual({ span: { start: 2, end: 2 }, text: '', caret: 2 });
  });
});

describe('the agent\'s caret after an edit', () => {
  const edit = { span: { start: 0, end: 17 }, text: "You're welcome" };
  it.each([
    [0, 0],
    [17, 14],
    [30, 27],
    [5, 14],
  ])('caret %i → %i', (caret, expected) => {
    expect(caretAfterEdit(caret, edit)).toBe(expected);
  });
});
