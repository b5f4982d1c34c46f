/**
 * Session 34 (judge-a), teach false alarms (RULINGS T1, T2). The rule applied:
 * - T1: a cause counts when it says what went wrong or names the rule or mechanism behind the customer's situation, or
 *   explains how something works as a reusable rule; plain facts (yes/no, availability, prices, opening hours and other
 *   schedules, timing, definitions) do not. So a sentence that only states a price, where or for whom something is
 *   available, or how often something happens, teaches nothing; the same facts with a cause, a consequence or a
 *   condition ("… because …", "… so …", "… if you …") still explain how it works (`skip_readings: [fact]`, rule teach).
 * - T2: routing to another team, and a step that only gets us information, are no how-to. A step addressed to us —
 *   sending, writing or forwarding something to us, our team or support, or giving feedback — is routing whatever path
 *   leads to it ("send the team feedback by going to Menu > About"), and so is our own forwarding ("we'll pass it to the
 *   relevant team to make sure …"), and so is a step said for our exchange with the customer (so we hear back, or to
 *   mark our reply as the answer) (`skip_readings: [routing]`, the how-to rules). A how-to that shares something with
 *   the customer's own team still teaches.
 * Every sentence written for this test.
 * 1. (fix-teach) A schedule with a clause that says why or what follows ("…, which is why …", "that's the reason …",
 *    "as a result …") is no plain fact: the `fact` reading counted only "because/so/since…" as a cause, so a schedule
 *    sentence whose teach match was "which is why" lost teach.
 * 2. (fix2-teach) Routing is a step addressed to us; "the finance team", "your IT team", "your admin" are the
 *    customer's own side, so a how-to that sends a file there still teaches (the `routing` reading took any "the …
 *    team" as ours). And "the reason is …" after a schedule is a cause like "that's why …" (the `fact` reading dropped it).
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;
const evidence = (reply: string) => scorer.score(reply).breakdown?.find((b) => b.signal === 'teach')?.evidence;

describe('teach: a price, an availability or a schedule stated alone is a plain fact (T1)', () => {
  it.each([
    'Our delivery service is available only in select cities for now.',
    'Backups beyond 50 GB are charged at $2 per GB.',
    'Reminder emails only go out every 12 hours.',
    'The bonus only applies once a month.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    ['Reports are available only in the desktop app because the mobile app cannot draw charts.', 'available only in'],
    ['The app only syncs over Wi-Fi, so photos taken on mobile data wait until you are home.', 'The app only syncs'],
    ['Reminder emails only go out every 12 hours if you have snoozed them once.', 'only go'],
    ['Shared calendars refresh every 15 minutes, which is why the new event did not appear straight away.', 'which is why'],
    [
      "Invoices are generated on the first of each month, which is why the upgrade you made on the 20th shows on next month's bill.",
      'which is why',
    ],
    ["Shared calendars refresh every 15 minutes, that's why the new event did not appear straight away.", "that's why"],
    ['Shared calendars refresh every 15 minutes; the reason is that the server batches changes.', 'the reason is'],
  ])('still flags %s: a cause, a consequence or a condition explains how it works', (reply, words) => {
    expect(teach(reply)).toBe(true);
    expect(evidence(reply)).toBe(words);
  });
});

describe('teach: a step addressed to us is routing, not a how-to (T2)', () => {
  it.each([
    'You can send the design team feedback directly by going to Menu > Help > Send Feedback.',
    'If you need anything else, please connect with us via the chat so we can sort it.',
    "We'll pass this on to the relevant team to make sure the app gets better in the future.",
    'You can reach out to our billing team by tapping Help in the top corner.',
    'You can turn on comments below your review, I look forward to hearing from you!',
    'If my reply answers your question, please click the Accept button under it.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    ['You can share the board with the team by clicking Share in the top bar.', 'by clicking'],
    ['To export your notes, go to Settings > Export and pick CSV.', 'go to Settings >'],
    ['Go to Reports > Export and send the file to the finance team.', 'Go to Reports >'],
    ['Go to Reports > Export and send the file to your IT team.', 'Go to Reports >'],
    ['Go to Reports > Export and send the file to your admin.', 'Go to Reports >'],
  ])('still flags %s: the step is the customer’s own', (reply, words) => {
    expect(teach(reply)).toBe(true);
    expect(evidence(reply)).toBe(words);
  });
});
