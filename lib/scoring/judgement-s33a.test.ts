/**
 * Session 33 (judge-a), teach (RULINGS T1, T2).
 * 1. teach-rule's time window: the pattern line `- up to # (hour|…) (before|after|from)` was unquoted, so YAML read
 *    everything after " #" as a comment and the phrase as a bare "up to". Quoted, it takes the whole window ("up to
 *    2 hours before"); a bare limit ("up to 5 users") is no condition of a rule. No list item of a shipped pack may
 *    lose its tail that way again.
 * 2. (Open question, settled by T1.) A requirement of a thing names its mechanism: "The export requires admin rights."
 *    teaches, as "the installer requires admin rights" did. A dependency named by its area only ("It depends on your
 *    plan.") is an area-only reason, like "something on your account": no teach, unless the reply says how it depends
 *    ("… depends on whether the phone is in power-saving mode", "… depends on the device: phones sync hourly").
 * 3. A recommendation frame teaches whatever stands between its noun and "is": "your best bet is probably to …", "the
 *    best way to keep X going is to …", "what you'd need to do is …" (T2: an approach in the reply's own words). An
 *    option WE have is our step, not the customer's method ("the only option we have is a refund").
 * Every sentence written for this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;
const evidence = (reply: string) => scorer.score(reply).breakdown?.find((b) => b.signal === 'teach')?.evidence;

describe('teach-rule: a time window before or after an event is the condition of a rule', () => {
  it.each([
    ['We waive the change fee up to 12 hours before the slot starts.', 'up to 12 hours before'],
    ['We refund a cancelled class up to 3 days before the start date.', 'up to 3 days before'],
  ])('flags %s, on the whole window', (reply, words) => {
    expect(teach(reply)).toBe(true);
    expect(evidence(reply)).toBe(words);
  });

  it('reads no bare "up to" amount as a condition', () => {
    expect(teach('Refunds take up to 10 days.')).toBe(false);
  });
});

describe('shipped packs: no unquoted list item hides its tail behind " #"', () => {
  const dir = fileURLToPath(new URL('../../packs/', import.meta.url));
  it.each(readdirSync(dir).filter((f) => f.endsWith('.yaml')))('%s', (file) => {
    // A plain (unquoted) scalar ends at " #" in YAML: `- up to # (day|days)` is the phrase "up to".
    const cut = readFileSync(dir + file, 'utf8')
      .split('\n')
      .filter((line) => /^\s*- [^"'#\s]/.test(line) && / #/.test(line));
    expect(cut).toEqual([]);
  });
});

describe('teach: a requirement names its mechanism, a dependency on an area alone does not (T1)', () => {
  it.each([
    ['The export requires admin rights.', 'requires'],
    ['The refresh rate depends on whether the phone is in power-saving mode.', 'The refresh rate depends on'],
  ])('flags %s', (reply, words) => {
    expect(teach(reply)).toBe(true);
    expect(evidence(reply)).toBe(words);
  });

  it.each(['It depends on your plan.', 'That depends on your account settings.', 'Delivery times depend on your location, so bear with us.'])(
    'does not flag %s',
    (reply) => {
      expect(teach(reply)).toBe(false);
    },
  );

  it('still flags a dependency the reply goes on to spell out', () => {
    expect(teach('How often it syncs depends on the device: phones sync every hour, tablets once a day.')).toBe(true);
  });
});

describe('teach: a recommended approach, framed (T2)', () => {
  it.each([
    ['Your best bet is probably to pair the speaker again from the Bluetooth menu.', 'Your best bet is probably to'],
    ['The best way to keep the sync going is to leave the app open in the background.', 'The best way to keep the sync going is to'],
    ["What you'd need to do is remove the old card from your wallet first.", "What you'd need to do is"],
  ])('flags %s, on the frame', (reply, words) => {
    expect(teach(reply)).toBe(true);
    expect(evidence(reply)).toBe(words);
  });

  it.each(['The only option we have is a refund.', 'Your best bet is to reach out to our support team.', 'The best way to reach us is through the chat in the app.'])(
    'does not flag %s',
    (reply) => {
      expect(teach(reply)).toBe(false);
    },
  );
});
