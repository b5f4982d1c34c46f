// Quoted text is not the agent's: the three cases through the default pack, and the quote
// finder on its own (what opens and closes a quote, what never does).
import { describe, expect, it } from 'vitest';
import { createScorer, type SignalId } from './index';
import { quotedSpans } from './quotes';

const scorer = createScorer();
const on = (text: string) => {
  const r = scorer.score(text);
  return (Object.keys(r.signals) as SignalId[]).filter((k) => r.signals[k]);
};
const quoted = (text: string) => quotedSpans(text).map((s) => text.slice(s.start, s.end));

describe('words inside quotation marks are not the agent’s', () => {
  it.each([
    ['condescension', 'You wrote "obviously nobody reads tickets", and I see why it feels that way.', 'Obviously nobody reads tickets, and I see why it feels that way.'],
    ['no-problem', 'Our bot answered "No problem!" and then closed the chat; I have reopened it.', 'No problem! I have reopened the chat.'],
    ['negative-language', 'The error "Cannot connect: not possible to reach server" means the VPN profile expired.', 'We cannot connect you: it is not possible to reach the server.'],
  ] as const)('%s: quoted, not flagged; said, flagged', (signal, quotedText, said) => {
    expect(on(quotedText)).not.toContain(signal);
    expect(on(said)).toContain(signal);
  });

  it('keeps findings on the agent’s own words next to a quote', () => {
    const text = 'You said "no worries" but no worries, it is fixed.';
    const r = scorer.score(text);
    const np = r.findings.filter((f) => f.ruleId === 'no-problem');
    expect(np.map((f) => text.slice(f.span.start, f.span.end))).toEqual(['no worries']);
    expect(np[0]!.span.start).toBe(text.lastIndexOf('no worries'));
  });

  it('treats code and commands as quoted: `sudo apt purge` is not the agent’s "purge"', () => {
    expect(on('Run `echo "we cannot help"` in the terminal.')).not.toContain('negative-language');
    expect(on('```\nError: not possible to open file\n```\nThat file is read-only; I changed it for you.')).not.toContain('negative-language');
  });
});

describe('quotedSpans', () => {
  it('finds straight, curly and single quotes, backticks, fences and ">" lines', () => {
    expect(quoted('Click "Save", then ‘Apply’ and type `ls -la`.')).toEqual(['"Save"', '‘Apply’', '`ls -la`']);
    expect(quoted("Tap 'Plans and Billing' on the org page.")).toEqual(["'Plans and Billing'"]);
    expect(quoted('> old message\nnew words')).toEqual(['> old message']);
    expect(quoted('Steps:\n```\nrm -rf cache\n```\ndone')).toEqual(['```\nrm -rf cache\n```']);
  });

  it('never opens or closes on an apostrophe inside or after a word', () => {
    expect(quoted("I don't think the users' files are lost, it's fine.")).toEqual([]);
    expect(quoted("It's the 'shared' folder, isn't it?")).toEqual(["'shared'"]);
  });

  it('leaves an unmatched mark alone, also when the next line has none', () => {
    expect(quoted('He said "wait\nand then left.')).toEqual([]);
    expect(quoted('A 5" screen and a 7" one.')).toEqual([]);
  });

  it('follows a double quote wrapped onto the next line, as mail clients wrap long quotes', () => {
    expect(quoted('You wrote "nobody here ever reads\nthe tickets, obviously" and I see why.')).toEqual([
      '"nobody here ever reads\nthe tickets, obviously"',
    ]);
    expect(quoted('The log says “Cannot connect: not possible\r\nto reach server” at 09:14.')).toEqual([
      '“Cannot connect: not possible\r\nto reach server”',
    ]);
  });

  it('does not wrap a quote over a blank line, a quoted ">" line, or onto a line whose first mark opens', () => {
    expect(quoted('She wrote "first part\n\nsecond part" later.')).toEqual([]);
    expect(quoted('Click "Save\nthen "Done" appears.')).toEqual(['"Done"']);
    expect(quoted('He said "wait\n> quoted" line')).toEqual(['> quoted" line']);
  });
});

describe('a quote wrapped across a line break is still not the agent’s', () => {
  it.each([
    ['condescension', 'You wrote: "obviously nobody\nreads tickets", and I see why it feels that way.'],
    ['negative-language', 'The error "Cannot connect: not possible\nto reach server" means the VPN profile expired.'],
  ] as const)('%s is not flagged on a wrapped quote', (signal, text) => {
    expect(on(text)).not.toContain(signal);
    expect(on(text.replace(/"/g, ''))).toContain(signal);
  });
});
