import { describe, expect, it } from 'vitest';
import { matchesPattern } from './match-pattern';

describe('match patterns', () => {
  it('matches tool subdomains on any port, as the browser does', () => {
    expect(matchesPattern('*://*.zendesk.com/*', 'http://acme.zendesk.com:4173/agent/tickets/101')).toBe(true);
    expect(matchesPattern('*://*.zendesk.com/*', 'https://zendesk.com/')).toBe(true);
  });

  it('does not match look-alike hosts or other schemes', () => {
    expect(matchesPattern('*://*.zendesk.com/*', 'https://zendesk.com.evil.example/')).toBe(false);
    expect(matchesPattern('*://*.zendesk.com/*', 'https://evilzendesk.com/')).toBe(false);
    expect(matchesPattern('*://mail.google.com/*', 'file:///mail.google.com/x')).toBe(false);
  });

  it('matches exact hosts and paths', () => {
    expect(matchesPattern('http://127.0.0.1/*', 'http://127.0.0.1:9999/fixtures/quill/')).toBe(true);
    expect(matchesPattern('*://secure.helpscout.net/conversation/*', 'https://secure.helpscout.net/inbox/')).toBe(false);
  });
});
