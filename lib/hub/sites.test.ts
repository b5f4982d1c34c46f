// Which host permission an in-house tool's pattern needs, and whether the manifest's own content
// script already covers it (then no second copy is registered).
import { describe, expect, it } from 'vitest';
import { coveredByManifest, permissionOrigins } from './sites';

describe('in-house tool permissions', () => {
  it('asks for the origin of a pattern, both schemes for *', () => {
    expect(permissionOrigins('https://desk.acme.example/tickets/*')).toEqual(['https://desk.acme.example/*']);
    expect(permissionOrigins('*://*.acme.example/*')).toEqual(['https://*.acme.example/*', 'http://*.acme.example/*']);
    expect(permissionOrigins('not a pattern')).toEqual([]);
  });

  it('leaves known tools and loopback to the manifest script', () => {
    expect(coveredByManifest('https://acme.zendesk.com/agent/*')).toBe(true);
    expect(coveredByManifest('http://127.0.0.1/fixtures/inhouse/*')).toBe(true);
    expect(coveredByManifest('https://desk.acme.example/*')).toBe(false);
    expect(coveredByManifest('*://*/*')).toBe(false);
  });
});
