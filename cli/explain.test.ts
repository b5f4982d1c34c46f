import { describe, expect, it } from 'vitest';
import { createScorer } from '../lib/scoring/index';
import { testPack } from '../lib/scoring/test/packs';
import { explainReport } from './explain';

const ex = { examples: { flag: [], pass: [] } };
const pack = testPack(
  [
    { id: 'thanks', type: 'phrase-present', signal: 'gratitude', level: 'info', message: 'Thank them', phrases: ['thank you'], ...ex },
    { id: 'kb', type: 'phrase-present', signal: 'kb-link', level: 'suggestion', message: 'Link it', phrases: [{ pattern: '\\bKB\\d{7}\\b' }], ...ex },
    { id: 'tip', type: 'phrase-present', signal: 'bonus-tip', level: 'info', message: 'Tip', phrases: ['by the way'], ...ex },
    {
      id: 'np',
      type: 'phrase-avoid',
      signal: 'no-problem',
      level: 'warning',
      message: 'Say welcome',
      link: 'https://wiki.example.com/tone#welcome',
      phrases: ['no problem'],
      rewrites: ["you're welcome"],
      ...ex,
    },
  ],
  {
    signals: { 'kb-link': { label: 'Links a KB article', points: 6 } },
    weights: { gratitude: 8, 'bonus-tip': 4, 'no-problem': -4 },
    mood_cues: { hurry: ['asap'] },
    tips: [{ id: 'vpn', title: 'VPN', text: 'Reconnect the VPN first.', topics: ['vpn'] }],
    prompts: { mood: { hurry: ['I know time is short.'] } },
    closing_questions: [{ id: 'solved', text: 'Have I solved your problem?', always: true, variants: ['have I solved your problem'] }],
  },
);

describe('rapport score --format text explains the score', () => {
  const scorer = createScorer(pack);

  it('lists points earned and missing (with their points), what is not expected now, rewrites, prompts and questions', () => {
    const { head, tail } = explainReport('a', scorer.score('Thank you, no problem.', { customerMessage: 'Need the VPN back ASAP' }));
    expect(head[0]).toMatch(/^a {2}score \d+ {2}mood hurry \("ASAP"\)$/);
    expect(head).toContain('  earned: gratitude +8 "Thank you"');
    expect(head).toContain('  costs: no-problem -4 "no problem"');
    expect(head).toContain('  missing: kb-link (Links a KB article) +6');
    expect(head).toContain('  not now: bonus-tip (The customer is in a hurry: skip the small talk and the tip.)');
    expect(tail).toContain('  rewrite np: "no problem" → "you\'re welcome"');
    expect(tail).toContain('  see np: https://wiki.example.com/tone#welcome');
    expect(tail).toContain('  prompt (mood): I know time is short.');
    expect(tail).toContain('  to ask: Have I solved your problem?');
  });

  it('never says a signal the method leaves optional is unexpected or absent: optional and "not now" are told apart, each with its own reason', () => {
    // Written for this test: a hurried customer, a reply that acknowledges their time in words the
    // pack's empathy rules may or may not know. Empathy is optional for a hurried (not upset) customer.
    const def = createScorer();
    const r = def.score("I know you're short on time, so I've reset your password right away.", { customerMessage: 'I need this fixed today, my presentation is at 3pm' });
    const empathy = r.breakdown?.find((s) => s.signal === 'empathy');
    expect(empathy?.need).toBe('optional');
    const { head } = explainReport('e', r);
    const text = head.join('\n');
    expect(text).not.toMatch(/not expected now|not expected/);
    const optional = head.find((l) => l.startsWith('  optional now'));
    expect(optional).toMatch(/empathy \(hurry\)/);
    // The tip's reason belongs to the tip alone.
    expect(optional).not.toContain('skip the small talk');
    expect(head.find((l) => l.startsWith('  not now:'))).toMatch(/^ {2}not now: bonus-tip \(The customer is in a hurry/);
    // When the draft has it, it is earned, never listed as optional or not now.
    const withEmpathy = def.score('I understand how stressful this is. I have reset your password.', { customerMessage: 'I need this fixed today, my presentation is at 3pm' });
    const h2 = explainReport('f', withEmpathy).head;
    expect(h2.find((l) => l.startsWith('  earned:'))).toContain('empathy');
    expect(h2.filter((l) => /^ {2}(optional now|not now)/.test(l)).join(' ')).not.toContain('empathy');
  });

  it('offers the tip that fits a relaxed customer', () => {
    const { head, tail } = explainReport('b', scorer.score('Thank you, the VPN works again.', { customerMessage: 'The VPN keeps dropping.' }));
    expect(head.join('\n')).toContain('missing: kb-link (Links a KB article) +6, bonus-tip +4');
    expect(tail).toContain('  tip: VPN: Reconnect the VPN first.');
  });

  it('says a German reply is not scored against an English pack, and why', () => {
    const german = 'Hallo Frau Meier, vielen Dank für Ihre Nachricht. Ich habe Ihr Passwort zurückgesetzt, Sie können sich jetzt wieder anmelden.';
    const { head, tail } = explainReport('c', createScorer().score(german));
    expect(tail).toEqual([]);
    expect(head[0]).toMatch(/^c {2}not scored {2}mood calm$/);
    expect(head).toContain('  not scored: the reply looks German (de); the pack is in English (en)');
    expect(head.join('\n')).not.toContain('missing:');
  });
});
