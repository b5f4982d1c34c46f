// The CLI's argv rules, on node:util parseArgs (issue 11): the same answers the hand-written parser gave.
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

const SPEC = { help: false, version: false, pack: true, format: true, summary: false };
const ALIASES = { '-h': 'help', '-v': 'version', '-V': 'version' };
const parse = (argv: string[]) => {
  const r = parseArgs(argv, SPEC, ALIASES);
  return { positional: r.positional, options: Object.fromEntries(r.options) };
};
const usage = (argv: string[]) => {
  try {
    parseArgs(argv, SPEC, ALIASES);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  return null;
};

describe('rapport argv', () => {
  it('reads commands, files, stdin and both value spellings', () => {
    expect(parse(['score', '-', '--pack', 'it.yaml', '--format=text', '--summary'])).toEqual({
      positional: ['score', '-'],
      options: { pack: 'it.yaml', format: 'text', summary: true },
    });
  });

  it('takes short aliases, the last of a repeated option, and everything after -- as files', () => {
    expect(parse(['-V'])).toEqual({ positional: [], options: { version: true } });
    expect(parse(['-h', '--pack', 'a', '--pack', 'b'])).toEqual({ positional: [], options: { help: true, pack: 'b' } });
    expect(parse(['score', '--', '--pack'])).toEqual({ positional: ['score', '--pack'], options: {} });
  });

  it('a value option takes the next argument as it is', () => {
    expect(parse(['score', 'x', '--pack', '-'])).toEqual({ positional: ['score', 'x'], options: { pack: '-' } });
  });

  it.each([
    [['--colour'], 'unknown option --colour'],
    [['-x'], 'unknown option -x'],
    [['--summary=yes'], '--summary takes no value'],
    [['score', 'x', '--pack'], '--pack needs a value'],
    [['score', 'x', '--pack='], '--pack needs a value'],
  ])('%j is a usage error: %s', (argv, message) => {
    expect(usage(argv)).toBe(message);
  });
});
