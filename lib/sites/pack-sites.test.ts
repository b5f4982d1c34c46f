// The pack's `sites` section as a team lead writes it: bad patterns and unknown tool ids are refused
// with their path, so a typo never silently leaves a tool coached or an in-house desk unknown.
import { describe, expect, it } from 'vitest';
import { loadPack } from '../rule-pack';

const pack = (sites: unknown) => ({ schema_version: 1, id: 'team', name: 'Team', version: '1', rules: [], sites });
const errorsOf = (sites: unknown) => {
  const r = loadPack(pack(sites));
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('pack sites section', () => {
  const desk = { id: 'acme-desk', name: 'Acme Desk', match: ['https://desk.acme.example/tickets/*'], reply_box: '#reply-body' };

  it('takes an in-house desk with markers, labels and switched-off tools', () => {
    expect(
      errorsOf({
        disable: ['gmail'],
        custom: [{ ...desk, internal_marker: '#note-tab[aria-selected="true"]', customer_name: '.requester' }],
        labels: { internal: ['Nur intern'], public: ['An Anrufer senden'] },
      }),
    ).toEqual([]);
  });

  it('refuses a match pattern the browser would refuse, naming its path', () => {
    const errors = errorsOf({ custom: [{ ...desk, match: ['desk.acme.example/*'] }] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^sites\.custom\[0\]\.match\[0\]: not a URL match pattern/);
    expect(errorsOf({ custom: [{ ...desk, match: ['https://desk*.acme.example/*'] }] })[0]).toMatch(/not a URL match pattern/);
  });

  it('refuses a tool id Rapport does not know', () => {
    expect(errorsOf({ disable: ['gmial'] })[0]).toMatch(/^sites\.disable\[0\]:/);
  });

  it('refuses unknown keys in a custom site', () => {
    expect(errorsOf({ custom: [{ ...desk, replybox: 'x' }] })[0]).toMatch(/unknown field "replybox"/);
  });
});
