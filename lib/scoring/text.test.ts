// The text cases regexes alone get wrong, through the default pack, as rendered findings/signals.
import { describe, expect, it } from 'vitest';
import { createScorer, formatFindings, type SignalId } from './index';

const scorer = createScorer();
const on = (text: string, context = {}) => {
  const r = scorer.score(text, context);
  return (Object.keys(r.signals) as SignalId[]).filter((k) => r.signals[k]);
};

describe('negation and idiom', () => {
  it.each([
    ["I can't wait to help you set this up!", false],
    ["We can't reset that password from here.", true],
    ["If you can't log in, restart the app.", false],
    ["Sadly we're unable to refund used gift cards.", true],
  ])('negative-language in %j → %s', (text, flagged) => {
    expect(on(text).includes('negative-language')).toBe(flagged);
  });

  it('"not a problem at all" is a no-problem, "no problems on the line" is not', () => {
    expect(on('Not a problem at all!')).toContain('no-problem');
    expect(on('We see no problems on the line.')).not.toContain('no-problem');
  });
});

describe('quoted history and signatures are not the agent’s words', () => {
  it('ignores lines quoted with ">" and everything after "On … wrote:"', () => {
    const text = 'Hi Sam, the VPN is back up.\n\nOn Mon, 3 Jun 2024 at 09:12, Sam Lee <sam@example.com> wrote:\n> No problem, I can wait.\n> Thanks';
    expect(on(text)).not.toContain('no-problem');
    expect(on('Your VPN works again.\n> we cannot fix this')).not.toContain('negative-language');
  });

  it('ignores the signature after "-- " and the name after a sign-off', () => {
    expect(on('Your laptop is ready.\n-- \nNo problem, IT Desk')).not.toContain('no-problem');
    const signed = 'Your laptop is ready.\n\nBest regards,\nAshley Smith\nIT Service Desk';
    expect(scorer.score(signed).customerName).toBeUndefined();
  });

  it('takes the name after a sign-off as the signature even when a forum footer follows it', () => {
    const footer = 'If this answer helped you, please click Accept Answer so others can find it too.';
    const signed = `Run the repair from Settings > Apps, then reboot.\n\nKind regards,\n\nMorgan Price\n\n${footer}`;
    expect(on(signed)).not.toContain('personalization');
    expect(on(signed)).toContain('gratitude');
    const ruled = `Run the repair from Settings > Apps, then reboot.\n\nBest regards,\n\nMorgan Price\n\n=========\n\n${footer}`;
    expect(on(ruled)).not.toContain('personalization');
    // A line that goes on talking to the customer is not a signature.
    expect(on('The fix is live.\n\nThanks,\n\nMorgan, could you check the export again?')).toContain('personalization');
  });

  it('takes a lone name in the last paragraph as the signature', () => {
    expect(on('You could try the hex escape for the accented letter\n\nMorgan.')).not.toContain('personalization');
  });

  it('keeps "Thanks!" that opens a reply', () => {
    expect(on('Thanks!\nNo problem, Dana!')).toEqual(expect.arrayContaining(['gratitude', 'no-problem', 'personalization']));
  });
});

describe('questions', () => {
  it('counts a closing question only when the sentence asks it', () => {
    expect(on('Did that fix it? 🙂')).toContain('closing-question');
    expect(on('Let us know if you have any other questions!')).not.toContain('closing-question');
    expect(on('Did you restart the router?')).not.toContain('closing-question');
  });
});

describe('the customer’s name', () => {
  it('comes from the greeting when the page does not give it', () => {
    const r = scorer.score('Hi Ashley, your mailbox is fixed.');
    expect(r.customerName).toBe('Ashley');
    expect(r.signals.personalization).toBe(true);
  });

  it('from the page, counts only that name', () => {
    expect(on('Hi Ashley, your mailbox is fixed.', { customerName: 'Pat Jones' })).not.toContain('personalization');
    expect(on('Pat, your mailbox is fixed.', { customerName: 'Pat Jones' })).toContain('personalization');
  });

  it('is not "there", "team" or an initialism', () => {
    expect(on('Hi there, your mailbox is fixed.')).not.toContain('personalization');
    expect(on('Hi IT, your mailbox is fixed.')).not.toContain('personalization');
  });
});

describe('spans', () => {
  it('point into the original text through emoji, curly quotes and CRLF', () => {
    const text = '😀👍🏽 Hi!\r\nI’m afraid it’s not possible 🙈.\r\nNo worries though.';
    const r = scorer.score(text);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) if (f.actual !== undefined) expect(text.slice(f.span.start, f.span.end)).toBe(f.actual);
    expect(formatFindings(text, r.findings)).toEqual([
      // One finding for the regret and the limit it softens (session 13: "I'm afraid" counts with its limit).
      '2:1-2:20 negative-language: Say what you can do rather than what you can\'t ("I’m afraid it’s not").',
      '3:1-3:11 no-problem: Say "You\'re welcome" or "Happy to help" instead of "No worries".',
    ]);
  });
});
