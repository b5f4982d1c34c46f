// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EMPTY_SITE_SETTINGS, type SiteSettings } from './settings';
import { originOf, testUrl } from './url-test';

const acme = { id: 'acme-desk', name: 'Acme Desk', match: ['https://desk.acme.example/tickets/*'], reply_box: '#reply', internal_marker: 'div[' };
const settings: SiteSettings = { ...EMPTY_SITE_SETTINGS, custom: [acme], disable: ['gmail'] };
const isSelector = (s: string) => {
  try {
    document.createDocumentFragment().querySelector(s);
    return true;
  } catch {
    return false;
  }
};
const verdict = (url: string) => testUrl(url, settings, document.implementation.createHTMLDocument(''), isSelector);

describe('URL tester', () => {
  it('names the in-house tool a pack pattern matches, with the pattern and any selector the browser refuses', () => {
    expect(verdict('https://desk.acme.example/tickets/4711')).toEqual({
      kind: 'custom',
      site: acme,
      pattern: 'https://desk.acme.example/tickets/*',
      problems: [{ field: 'internal_marker', selector: 'div[' }],
    });
  });

  it('names built-in tools, and says when the pack switched one off', () => {
    expect(verdict('https://acme.zendesk.com/agent/tickets/1')).toEqual({ kind: 'known', id: 'zendesk', name: 'Zendesk', off: false });
    expect(verdict('https://mail.google.com/mail/u/0/')).toMatchObject({ kind: 'known', id: 'gmail', off: true });
  });

  it('leaves other addresses to the generic reading, and refuses what is not a web address', () => {
    expect(verdict('https://desk.acme.example/admin')).toEqual({ kind: 'other', off: false });
    expect(verdict('desk.acme.example')).toEqual({ kind: 'invalid' });
    expect(verdict('file:///etc/passwd')).toEqual({ kind: 'invalid' });
    expect(originOf('https://desk.acme.example:8443/tickets/1')).toBe('https://desk.acme.example/*');
  });
});
