// Session 32 (judge-b), negative language. Sentences written for these tests (never corpus rows).
//   1. A "/" or "." inside a word ("BIOS/FW", "setup.exe", "the .msp file") is no clause break: a phrase's "..." gap reads
//      through it and counts the joined word once (matchers.ts `inWord`). The tokens stay apart, so a phrase can still
//      name a part ("example.com/contact" is "com" "/" "contact"); a full stop before a space, "24/7" and a run-on
//      sentence ("thanks.please") still stop a gap.
//   2. A limit of a third thing drawn as a consequence, or with a consequence drawn from it, explains how that thing works
//      (RULINGS N1: a negatively worded fact, nothing denied): "Java doesn't support unsigned ints, so the value is
//      widened", "so the driver is unable to find the library". Ours, the customer's, with a regret, naming a possibility
//      or permission, with a rule of ours as the cause, with a cost to the customer after it ("so you'll need a second
//      adapter"), a redirect, or after the customer asked whether they can: a limit.
//   3. (Fix, R2) A denial of what the customer asked of us or of their thing (cancel, return, change, refund, update…)
//      is a limit even drawn as a consequence ("so it can't be cancelled"), and "the system", "the app" is our product,
//      not a third thing. The fault-and-cause exception no longer takes a present "can't" without a fault verb.
//   4. (Fix, P1) A product named after Google, Microsoft, Apple or Amazon ("Open Google Chrome") is no redirect.
//   5. (Fix, R10) A point joined to a capitalised word ("it.Can", "sorry.We") is a run-on sentence: it stops a gap.
import { describe, expect, it } from 'vitest';
import { readLimitAt } from './clause-reading';
import { MatcherTable } from './matchers';
import { analyse } from './text';
import { findingsOf, shows } from './test/signal-cases';
import { tokenize } from './tokens';
import { compileWordClasses } from './word-classes';

const negative = (text: string, customerMessage?: string) => shows('negative-language', text, customerMessage);
/** The words of the negative-language findings, with the rule that found them. */
const found = (text: string) => findingsOf('negative-', text);

/** The spans one phrase matches in `text`, as the text they cover. */
function matches(phrase: string, text: string): string[] {
  const table = new MatcherTable(compileWordClasses({}));
  table.addList([phrase]);
  return table.scanAll(text, tokenize(text, 0, text.length), () => false)[0]!.map((h) => text.slice(h.start, h.end));
}

describe('a gap reads through a slash or a point inside a word', () => {
  it.each([
    ['no ... sadly', 'There is no newer BIOS/FW sadly', 'no newer BIOS/FW sadly'],
    ['no ... sadly', 'There is no newer setup.exe sadly', 'no newer setup.exe sadly'],
    ['no ... sadly', 'There is no signed .msp patch sadly', 'no signed .msp patch sadly'],
    // The joined word counts once: "new BIOS/FW image" is three words of the gap's three.
    ['no ... sadly', 'There is no new BIOS/FW image sadly', 'no new BIOS/FW image sadly'],
  ])('%s in %j', (phrase, text, match) => {
    expect(matches(phrase, text)).toEqual([match]);
  });

  it.each([
    ['no ... sadly', 'There is no fix. Sadly'],
    ['no ... sadly', 'There is no fix/ sadly'],
    ['no ... sadly', 'There is no 24/7 line sadly'],
    ['no ... sadly', 'There is no fix yet.sadly'],
  ])('still a break: %s in %j', (phrase, text) => {
    expect(matches(phrase, text)).toEqual([]);
  });

  it('the tokens stay apart: a phrase still names a part of a web address', () => {
    expect(matches('com / contact', 'Write to example.com/contact today')).toEqual(['com/contact']);
  });

  it('a limit softened by a regret reads through a component named with a slash', () => {
    expect(found("There isn't anything in the BIOS/FW to change it, I'm afraid.")).toEqual([
      // S33 review: the "nothing/anything … to change" limit moved to negative-limit (judgement-s33b, 7).
      "negative-limit: There isn't anything in the BIOS/FW to change",
    ]);
    expect(negative("We don't ship a .msp installer for that, I'm afraid.")).toBe(true);
  });
});

describe('a limit of a third thing that explains how it works', () => {
  const reading = (text: string, words: string) => {
    const view = analyse(text);
    const at = text.indexOf(words);
    return readLimitAt(view, at, at + words.length);
  };

  it.each([
    ["Java doesn't support unsigned ints, so the value is widened to a long.", "doesn't support"],
    ['The key is stored in the enclave, so the driver is unable to read it.', 'unable to'],
    ['The cable is too short. Therefore the dock can only charge at 30 W.', 'can only'],
  ])('an explanation: %j', (text, words) => {
    expect(reading(text, words)).toBe('explanation');
    expect(negative(text)).toBe(false);
  });

  it.each([
    // Ours, the customer's, a regret, a possibility denied, a rule of ours as the cause, no cause given.
    ["We don't support unsigned ints, so the value is widened to a long.", "We don't support"],
    ["Our plan doesn't include exports, so the button is greyed out.", "doesn't include"],
    ["Unfortunately the app doesn't support that, so the button is greyed out.", "doesn't support"],
    ["It's not possible to merge accounts, so you'll keep both logins.", 'not possible'],
    ['This version is no longer supported due to our policy, so please update.', 'no longer supported'],
    ["The app doesn't support exports.", "doesn't support"],
    ["It only supports one screen, so you'll need a second adapter.", 'only supports'],
    ["The app doesn't support exports because of the licence.", "doesn't support"],
  ])('a limit: %j', (text, words) => {
    expect(reading(text, words)).toBe('limit');
    expect(negative(text)).toBe(true);
  });

  it('a consequence drawn after the customer asked whether they can stays a limit (the how-to situation)', () => {
    const text = "The dock doesn't support a second screen, so the port stays idle.";
    expect(negative(text)).toBe(false);
    expect(negative(text, 'Is it possible to use two screens with the dock?')).toBe(true);
  });

  it('a redirect is never an explanation', () => {
    expect(negative('The sync is handled upstream, so you would need to ask on the project forum.')).toBe(true);
  });
});

describe('session 32 fixes (judge-b)', () => {
  it.each([
    "Your order has already shipped, so it can't be cancelled.",
    'The item is final sale, so it cannot be returned.',
    "The system doesn't allow changes after dispatch, so the address can't be updated.",
  ])('a denial of what the customer asked is a limit, however explained: %s', (reply) => {
    expect(negative(reply, 'I want to cancel my order and get a refund.')).toBe(true);
  });

  it('a fault with its cause still is no limit', () => {
    expect(negative("The token expired, so it can't connect to the server.")).toBe(false);
  });

  it.each(['Open Google Chrome and click Print.', 'Go to Google Drive > Settings > Manage apps.'])(
    'a product name after the company is no redirect: %s',
    (reply) => {
      expect(found(reply)).toEqual([]);
    },
  );

  it.each([
    ['no ... sadly', 'There is no fix.Now sadly'],
    ['no ... sadly', 'There is no way it.Can sadly'],
  ])('a point before a capital is a break: %s in %j', (phrase, text) => {
    expect(matches(phrase, text)).toEqual([]);
  });
});
