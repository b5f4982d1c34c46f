/**
 * Session 28 (judge-a), teach — the how-to rules read by structure (RULINGS T2).
 * 1. A diagnostic ask: a step or a command whose sentence says it is there to help us find the fault gets us
 *    information, not a how-to the customer will reuse.
 * 2. A try-X step keeps its kind with the means it is done by; "another one could use it" is somebody, not a method.
 * (Tried and dropped, see the session report: "you can <verb>" only with a where/how clue in its sentence, and a
 * function call only in a sentence that hands it to the customer; each lost more hits than it saved false alarms.)
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;

describe('teach: a diagnostic ask is no how-to', () => {
  it.each([
    "It'd be great if you could collect a trace with this command: sudo tracer record -e wifi",
    'If you pass --verbose to the sync command, it will help to identify where it stops.',
    'Capture the packets in Wireshark so the trace helps us narrow it down.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it('still flags a command that fixes it', () => {
    expect(teach('To keep the adapter awake, run sudo iwconfig wlan0 power off after each boot.')).toBe(true);
  });
});

describe('teach: try-X with its means, and "one" as somebody', () => {
  it.each([
    'Please uninstall and reinstall the plugin by running the installer as admin.',
    'Please send a test email to the customer by typing the address by hand.',
    "Please don't post your licence key here, as another one could use it.",
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it('still flags the generic one with a method', () => {
    expect(teach('One can switch the theme to Classic under Settings > Appearance.')).toBe(true);
  });
});
