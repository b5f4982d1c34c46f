// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DraftSnapshot } from '@/lib/coach-state';
import { fakeLayout } from '@/lib/sites/layout.test-helper';
import { ReplySession } from './session';
import { insertText, replaceText } from './edits';

beforeAll(fakeLayout);
// Every session stops when its test ends: none may run a check after the test's document is gone.
const sessions: AbortController[] = [];
afterEach(() => {
  sessions.splice(0).forEach((a) => a.abort());
  vi.useRealTimers();
});

function setup(html: string) {
  vi.useFakeTimers();
  document.body.innerHTML = html; // markup written by the test
  const sent: DraftSnapshot[] = [];
  const gone: string[] = [];
  const abort = new AbortController();
  sessions.push(abort);
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

  it('re-identifies the editor when the page upgrades the box it already reported', () => {
    const { sent } = setup(`<div id="box" contenteditable="true" aria-label="Reply" style="width:400px;height:120px">Hi</div>`);
    expect(sent[0]).toMatchObject({ editor: 'contenteditable', text: 'Hi' });
    const box = document.getElementById('box')!;
    // What CKEditor 5's InlineEditor.create() does to the element it takes over.
    box.classList.add('ck', 'ck-content', 'ck-editor__editable', 'ck-editor__editable_inline');
    box.append(document.createTextNode(' Dana'));
    box.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(200);
    expect(sent[sent.length - 1]).toMatchObject({ editor: 'ckeditor5', text: 'Hi Dana', boxId: sent[0]?.boxId });
  });

  it('inserts a line after a sentence with one space, and leaves the caret after it', async () => {
    const { session } = setup(`<textarea id="a">Hi Dana, I will reset the VPN profile now.</textarea>`);
    const ta = document.getElementById('a') as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(ta.value.length, ta.value.length);
    ta.blur();
    vi.useRealTimers();
    expect(await insertText(session, 'I can see why that would be frustrating.')).toEqual({ ok: true });
    expect(ta.value).toBe('Hi Dana, I will reset the VPN profile now. I can see why that would be frustrating.');
    expect(document.activeElement).toBe(ta);
    expect(ta.selectionStart).toBe(ta.value.length);
  });

  it('keeps the agent\'s caret where it was after Apply, moved by the change in length', async () => {
    const { session } = setup(`<textarea id="a">No problem at all. I will check the invoice.</textarea>`);
    const ta = document.getElementById('a') as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(ta.value.length, ta.value.length);
    ta.blur();
    vi.useRealTimers();
    expect(await replaceText(session, { start: 0, end: 17, actual: 'No problem at all', text: "You're welcome" })).toEqual({ ok: true });
    expect(ta.value).toBe("You're welcome. I will check the invoice.");
    expect(document.activeElement).toBe(ta);
    expect(ta.selectionStart).toBe(ta.value.length);
  });
});
