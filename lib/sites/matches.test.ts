import { describe, expect, it } from 'vitest';
import { matchesAny } from './matches';

const m = (pattern: string, url: string) => matchesAny([pattern], url);

describe('URL match patterns', () => {
  it('matches tool subdomains on any port, as the browser does', () => {
    expect(m('*://*.zendesk.com/*', 'http://acme.zendesk.com:4173/agent/tickets/101')).toBe(true);
    expect(m('*://*.zendesk.com/*', 'https://zendesk.com/')).toBe(true);
  });

  it('does not match look-alike hosts or other schemes', () => {
    expect(m('*://*.zendesk.com/*', 'https://zendesk.com.evil.example/')).toBe(false);
    expect(m('*://*.zendesk.com/*', 'https://evilzendesk.com/')).toBe(false);
    expect(m('*://mail.google.com/*', 'file:///mail.google.com/x')).toBe(false);
  });

  it('matches exact hosts and paths', () => {
    expect(m('http://127.0.0.1/*', 'http://127.0.0.1:9999/fixtures/quill/')).toBe(true);
    expect(m('*://secure.helpscout.net/conversation/*', 'https://secure.helpscout.net/inbox/')).toBe(false);
  });

  it('matches nothing for a pattern or URL that does not parse', () => {
    expect(m('desk.example.com/*', 'https://desk.example.com/')).toBe(false);
    expect(m('*://*/*', 'not a url')).toBe(false);
  });
});
