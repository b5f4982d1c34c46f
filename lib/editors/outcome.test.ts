// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { differingSpan, spliceText, verifiedEdit, type Attempt } from './outcome';

/** A box whose text an "editor" changes through `attempt`, as a real editor's input path would. */
function box(initial: string) {
  const root = document.createElement('div');
  root.textContent = initial;
  document.body.replaceChildren(root);
  return { root, read: () => root.textContent ?? '', set: (t: string) => void (root.textContent = t) };
}

/** How long an editor may take to render (ms); short, so a failing edit is reported quickly here. */
const WAIT = 200;

describe('spliceText / differingSpan', () => {
  it('splices a span and clamps offsets past the end', () => {
    expect(spliceText('Thanks Dana.', { start: 7, end: 7 }, 'again, ')).toBe('Thanks again, Dana.');
    expect(spliceText('No problem, Dana.', { start: 0, end: 10 }, "You're welcome")).toBe("You're welcome, Dana.");
    expect(spliceText('Hi', { start: 9, end: 12 }, '!')).toBe('Hi!');
  });

  it('names the one region where two drafts differ', () => {
    expect(differingSpan('same', 'same')).toBeNull();
    // The rewrite deleted "No problem" and inserted nothing.
    expect(differingSpan(', Dana.', 'No problem, Dana.')).toEqual({ start: 0, aEnd: 0, bEnd: 10 });
    expect(differingSpan('aXXc', 'abc')).toEqual({ start: 1, aEnd: 3, bEnd: 2 });
    // Repeated letters at the seam are not counted twice.
    expect(differingSpan('aaa', 'aa')).toEqual({ start: 2, aEnd: 3, bEnd: 2 });
  });
});

describe('verifiedEdit', () => {
  it('says ok only when the box reads exactly the edited draft', async () => {
    const b = box('Thanks Dana.');
    const attempt: Attempt = async (span, text) => b.set(spliceText(b.read(), span, text));
    await expect(verifiedEdit(b.root, b.read, { start: 7, end: 7 }, 'again, ', attempt, WAIT)).resolves.toEqual({ ok: true });
    expect(b.read()).toBe('Thanks again, Dana.');
  });

  it('waits for an editor that renders its model a moment later', async () => {
    const b = box('Thanks Dana.');
    const attempt: Attempt = async (span, text) => void setTimeout(() => b.set(spliceText(b.read(), span, text)), 20);
    await expect(verifiedEdit(b.root, b.read, { start: 7, end: 7 }, 'again, ', attempt, WAIT)).resolves.toEqual({ ok: true });
  });

  it('reports an edit the editor ignored, and leaves the draft alone', async () => {
    const b = box('Thanks Dana.');
    const result = await verifiedEdit(b.root, b.read, { start: 7, end: 7 }, 'again, ', async () => undefined, WAIT);
    expect(result).toEqual({ ok: false, reason: 'The editor did not take the text; the reply is unchanged.' });
    expect(b.read()).toBe('Thanks Dana.');
  });

  it('does not count text the editor shows and then takes back (a model editor reverting the DOM)', async () => {
    const b = box('Thanks Dana.');
    const attempt: Attempt = async (span, text) => {
      b.set(spliceText(b.read(), span, text));
      queueMicrotask(() => b.set('Thanks Dana.'));
    };
    const result = await verifiedEdit(b.root, b.read, { start: 7, end: 7 }, 'again, ', attempt, WAIT);
    expect(result.ok).toBe(false);
    expect(b.read()).toBe('Thanks Dana.');
  });

  it('puts the draft back when the editor deleted the phrase but inserted nothing, and says so', async () => {
    const b = box('No problem, Dana.');
    // Like Quill given an empty paste: the selection goes, nothing comes in; a real insert works.
    let calls = 0;
    const attempt: Attempt = async (span, text) => b.set(spliceText(b.read(), span, calls++ === 0 ? '' : text));
    const result = await verifiedEdit(b.root, b.read, { start: 0, end: 10 }, "You're welcome", attempt, WAIT);
    expect(result).toEqual({ ok: false, reason: 'The editor changed the reply differently than asked, so Rapport put it back as it was.' });
    expect(b.read()).toBe('No problem, Dana.');
  });

  it('says the reply needs checking when it cannot be put back', async () => {
    const b = box('No problem, Dana.');
    const attempt: Attempt = async (span) => b.set(spliceText(b.read(), span, ''));
    const result = await verifiedEdit(b.root, b.read, { start: 0, end: 10 }, "You're welcome", attempt, WAIT);
    expect(result).toEqual({ ok: false, reason: 'The editor changed the reply differently than asked. Check the reply before sending.' });
  });
});
