// What a content script or panel sends the background is checked against zod schemas (issue 11):
// a malformed message is refused or cleaned, never trusted.
import { describe, expect, it } from 'vitest';
import { boxKindAnswerSchema, cleanSnapshot, MAX_DRAFT_CHARS, siteOffSchema } from './validate';

const good = { boxId: 'b1', site: 'zendesk', text: 'Hi Sam', boxKind: 'public' };

describe('draft snapshots from a page', () => {
  it('a well-formed snapshot passes, unknown keys stripped', () => {
    expect(cleanSnapshot({ ...good, formKey: '0a1b2c3d', extra: 'x' })).toEqual({ ...good, formKey: '0a1b2c3d' });
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an array', [good]],
    ['no text', { boxId: 'b1', site: 'zendesk' }],
    ['text that is not a string', { ...good, text: 42 }],
    ['a box id that is an object', { ...good, boxId: { toString: 'x' } }],
  ])('refuses %s', (_why, data) => {
    expect(cleanSnapshot(data)).toBeNull();
  });

  it('cleans what it can: unknown box kind, bad form key, wrong-typed optional fields, oversized text', () => {
    const out = cleanSnapshot({ ...good, boxKind: 'admin', formKey: '../../x', customerName: 7, siteName: 'Zendesk'.repeat(50), text: 'a'.repeat(MAX_DRAFT_CHARS + 10) });
    expect(out).not.toBeNull();
    expect(out!.boxKind).toBe('unknown');
    expect(out!.formKey).toBeUndefined();
    expect(out!.customerName).toBeUndefined();
    expect(out!.siteName).toHaveLength(120);
    expect(out!.text).toHaveLength(MAX_DRAFT_CHARS);
  });

  it('a __proto__ key in a message does not reach the snapshot', () => {
    const out = cleanSnapshot(JSON.parse('{"boxId":"b","site":"s","text":"t","__proto__":{"polluted":true}}'));
    expect(out).toEqual({ boxId: 'b', site: 's', text: 't', boxKind: 'unknown' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('other messages', () => {
  it('siteOff needs a site name string', () => {
    expect(siteOffSchema.safeParse({ site: 'zendesk', siteName: 5 }).data).toEqual({ site: 'zendesk', siteName: undefined });
    expect(siteOffSchema.safeParse({ site: 5 }).success).toBe(false);
  });

  it('answerBoxKind needs a tab id; any kind but public/internal forgets the answer', () => {
    expect(boxKindAnswerSchema.safeParse({ tabId: 3, kind: 'internal' }).data).toEqual({ tabId: 3, kind: 'internal' });
    expect(boxKindAnswerSchema.safeParse({ tabId: 3, kind: 'admin' }).data).toEqual({ tabId: 3, kind: null });
    expect(boxKindAnswerSchema.safeParse({ tabId: '3', kind: 'public' }).success).toBe(false);
    expect(boxKindAnswerSchema.safeParse({ tabId: -1 }).success).toBe(false);
  });
});
