// The agent's answer to "reply or internal note?": applied where the page says nothing, never over
// what the page says, remembered per site and form, forgotten on request.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Report } from '@/lib/scoring/types';
import { getTabState } from './tab-state';
import { handleAnswer, handleDraft, handleSiteOff } from './hub';
import { answersItem } from './answers';

vi.mock('./scorer', () => ({
  scoreSnapshot: (s: { boxKind: string }): Report => ({
    score: s.boxKind === 'internal' ? 0 : 50,
    signals: {},
    findings: [],
    prompts: [],
    closingQuestions: [],
    mood: { kind: 'calm', hurry: false, upset: false, confused: false, evidence: [] },
  }),
}));

const url = 'https://desk.acme.example/tickets/12/comment';
const sender = (tabId: number, page = url) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId, url: page } as never, frameId: 0, url: page });
const draft = (over: Record<string, unknown> = {}) => ({ boxId: 'b1', site: 'generic', boxKind: 'unknown', text: 'Checked the logs', formKey: '0a1b2c3d', ...over });

describe('remembered answers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies the answer to the same form on another ticket, and only where the page says nothing', async () => {
    await handleDraft(draft(), sender(1));
    expect(await handleAnswer(1, 'internal')).toEqual({ ok: true });
    expect(await getTabState(1)).toMatchObject({ boxKind: 'internal', boxKindFrom: 'agent' });
    expect((await getTabState(1))?.report?.score).toBe(0);

    await handleDraft(draft({ boxId: 'b9' }), sender(2, 'https://desk.acme.example/tickets/99/comment'));
    expect(await getTabState(2)).toMatchObject({ boxKind: 'internal', boxKindFrom: 'agent' });

    await handleDraft(draft({ boxKind: 'public' }), sender(3));
    expect(await getTabState(3)).toMatchObject({ boxKind: 'public', boxKindFrom: 'page' });

    await handleDraft(draft({ formKey: 'ffffffff' }), sender(4));
    expect(await getTabState(4)).toMatchObject({ boxKind: 'unknown' });
  });

  it('keeps only the origin and the form digest, and forgets on request', async () => {
    await handleDraft(draft(), sender(1));
    await handleAnswer(1, 'public');
    expect(await answersItem.getValue()).toEqual({ 'https://desk.acme.example|0a1b2c3d': 'public' });
    await handleAnswer(1, null);
    expect(await answersItem.getValue()).toEqual({});
  });

  it('refuses an answer when no box is open', async () => {
    expect((await handleAnswer(5, 'public')).ok).toBe(false);
  });

  it('marks a tab whose tool the pack switched off', async () => {
    await handleSiteOff({ site: 'gmail', siteName: 'Gmail' }, sender(6, 'https://mail.google.com/mail/u/0/'));
    expect(await getTabState(6)).toMatchObject({ site: 'gmail', siteName: 'Gmail', off: true, text: '', report: null });
  });
});
