// @vitest-environment happy-dom
// When a reply counts as sent: a send gesture (the tool's control, a nearby send button, Ctrl/Cmd+Enter
// in the box, a form submit) followed by the page showing it went (box emptied or removed, text in the
// thread). Pages built here are plain markup; the e2e spec drives the real demo desk.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeLayout } from '@/lib/sites/layout.test-helper';
import { ReplySession } from './session';
import { SendWatcher, type SentReply } from './sent';

beforeAll(fakeLayout);
afterEach(() => vi.useRealTimers());

function setup(html: string, opts: { trusted?: boolean } = {}) {
  vi.useFakeTimers();
  document.body.innerHTML = html; // markup written by the test
  document.title = 'Ticket #7 · Desk';
  const sent: SentReply[] = [];
  const abort = new AbortController();
  const life = { signal: abort.signal, setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) };
  const watcher = new SendWatcher(
    { get active() { return session.active; }, snapshot: () => session.snapshot() },
    life,
    (s) => sent.push(s),
    Date.now,
    () => opts.trusted ?? true,
  );
  const session: ReplySession = new ReplySession(document, life, { draftChanged: () => {}, boxGone: () => {} }, (d) => watcher.watch(d));
  session.start();
  const box = document.querySelector('textarea')!;
  const type = (value: string) => {
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { sent, abort, box, type };
}

const PAGE = `<div class="thread"></div><form class="composer"><textarea aria-label="Reply"></textarea><div class="bar"><button type="button" class="bold" aria-label="Bold">B</button><button type="button" class="send">Send</button></div></form>`;

describe('a sent reply', () => {
  it('counts when the send button is clicked and the box empties', async () => {
    const { sent, box, type } = setup(PAGE);
    type("I'll call you back within 15 minutes.");
    document.querySelector<HTMLButtonElement>('.send')!.click();
    box.value = '';
    await vi.advanceTimersByTimeAsync(250);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ via: 'control', snapshot: { text: "I'll call you back within 15 minutes.", site: 'generic' }, ticket: { title: 'Ticket #7 · Desk' } });
    expect(sent[0]!.confirmedAfterMs).toBeGreaterThanOrEqual(200);
  });

  it('counts on Ctrl+Enter in the box when the text shows up in the thread', async () => {
    const { sent, box, type } = setup(PAGE);
    type('Thanks for waiting, the VPN profile is fixed now.');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    const item = document.createElement('p');
    item.textContent = 'Thanks for waiting, the VPN profile is fixed now.';
    document.querySelector('.thread')!.append(item);
    await vi.advanceTimersByTimeAsync(250);
    expect(sent.map((s) => s.via)).toEqual(['shortcut']);
  });

  it('counts when the tool removes the box after sending', async () => {
    const { sent, type } = setup(PAGE);
    type('Your refund is on its way.');
    document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true }));
    document.querySelector('form')!.remove();
    await vi.advanceTimersByTimeAsync(250);
    expect(sent.map((s) => s.via)).toEqual(['form']);
  });

  it('does not count when the tool kept the draft (a refused send), nor for other buttons', async () => {
    const { sent, type } = setup(PAGE);
    type('Still here after a failed send.');
    document.querySelector<HTMLButtonElement>('.send')!.click();
    await vi.advanceTimersByTimeAsync(7000);
    document.querySelector<HTMLButtonElement>('.bold')!.click();
    await vi.advanceTimersByTimeAsync(7000);
    expect(sent).toEqual([]);
  });

  it('ignores a page clicking its own send button from script', async () => {
    const { sent, box, type } = setup(PAGE, { trusted: false });
    type('A reply the page tries to send for the agent.');
    document.querySelector<HTMLButtonElement>('.send')!.click();
    box.value = '';
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toEqual([]);
  });

  it('leaves no listener running once the session ends', async () => {
    const { sent, box, type, abort } = setup(PAGE);
    type('Sent after the coach was switched off.');
    abort.abort();
    document.querySelector<HTMLButtonElement>('.send')!.click();
    box.value = '';
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toEqual([]);
  });
});
