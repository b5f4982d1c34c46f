// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DraftSnapshot } from '@/lib/coach-state';
import { fakeLayout } from '@/lib/sites/layout.test-helper';
import { ReplySession } from './session';
import { insertText, replaceText } from './edits';

beforeAll(fakeLayout);
afterEach(() => vi.useRealTimers());

function setup(html: string) {
  vi.useFakeTimers();
  document.body.innerHTML = html; // markup written by the test
  const sent: DraftSnapshot[] = [];
  const gone: string[] = [];
  const abort = new AbortController();
  const session = new ReplySession(document, { signal: abort.signal, setTimeout: (fn, ms) => setTimeout(fn, ms) }, {
    draftChanged: (s) => sent.push(s),
    boxGone: (id) => gone.push(id),
  });
  session.start();
  return { session, sent, gone, abort };
}

function type(el: HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('reply session', () => {
  it('reports the box on load and the draft shortly after typing, once per burst', () => {
    const { sent } = setup(`<textarea id="a" aria-label="Reply"></textarea>`);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ site: 'generic', text: '', boxKind: 'unknown', editor: 'textarea' });
    const ta = document.getElementById('a') as HTMLTextAreaElement;
    type(ta, 'Hi');
    type(ta, 'Hi Dana');
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(200);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.text).toBe('Hi Dana');
  });

  it('says the box is gone when it is removed', async () => {
    const { sent, gone } = setup(`<div id="wrap"><textarea id="a"></textarea></div>`);
    const id = sent[0]?.boxId;
    document.getElementById('wrap')!.remove();
    await vi.advanceTimersByTimeAsync(1000);
    expect(gone).toEqual([id]);
  });

  it('moves to the box the agent focuses, with its own id', () => {
    const { sent } = setup(`<textarea id="a"></textarea><textarea id="b"></textarea>`);
    const b = document.getElementById('b') as HTMLTextAreaElement;
    b.focus();
    vi.advanceTimersByTime(50);
    const last = sent[sent.length - 1];
    expect(last?.boxId).not.toBe(sent[0]?.boxId);
    type(b, 'second box');
    vi.advanceTimersByTime(200);
    expect(sent[sent.length - 1]).toMatchObject({ boxId: last?.boxId, text: 'second box' });
  });

  it('stops everything when its lifetime ends', () => {
    const { sent, abort } = setup(`<textarea id="a"></textarea>`);
    abort.abort();
    type(document.getElementById('a') as HTMLTextAreaElement, 'after reload');
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(1);
  });

  it('inserts at the caret saved when the box lost focus', async () => {
    const { session } = setup(`<textarea id="a">Hello Dana.</textarea>`);
    const ta = document.getElementById('a') as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(5, 5);
    ta.blur();
    vi.useRealTimers();
    const result = await insertText(session, ',');
    expect(result.ok).toBe(true);
    expect(ta.value).toBe('Hello, Dana.');
  });

  it('refuses a replacement when the draft changed under it', async () => {
    const { session } = setup(`<textarea id="a">No problem at all</textarea>`);
    vi.useRealTimers();
    const ta = document.getElementById('a') as HTMLTextAreaElement;
    const stale = await replaceText(session, { start: 0, end: 10, actual: 'No worries', text: "You're welcome" });
    expect(stale.ok).toBe(false);
    expect(ta.value).toBe('No problem at all');
    const ok = await replaceText(session, { start: 0, end: 10, actual: 'No problem', text: "You're welcome" });
    expect(ok.ok).toBe(true);
    expect(ta.value).toBe("You're welcome at all");
  });
});
