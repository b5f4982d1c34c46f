/**
 * Session 29 (judge-a), teach — false alarms read by who acts and what the words are for (RULINGS T1, T2).
 * 1. A reason hung on our own act or our own question, with the reason first ("due to …, we have removed …",
 *    "that's why I'm asking"), a workaround we pushed, a person as the subject of a found cause: no mechanism.
 * 2. Routing and information: getting in touch through an in-app path, where the logs are, a command that only
 *    reads or captures what the system does, a one-off click on a quoted label.
 * 3. Status, not usage: a function named as the subject of a status report or closing a quoted commit title,
 *    what a future version will have.
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;

describe('teach: a reason for our own act or question is no cause', () => {
  it.each([
    'Due to a security flaw in the old widget, we have removed the upload button.',
    'Because of the new licence terms we no longer offer the desktop edition.',
    "I only have the older card here, that's why I'm asking which model you use.",
    "I've pushed the workaround to the main branch for now.",
    'We want to be clear in our pricing.',
    "I think it's confusing because I don't know which method runs first.",
    'Your card was charged due to the plan’s terms and conditions.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    'Due to a bug in the driver, the card drops off the bus after resume.',
    'As a workaround, set the buffer size to 4096 in the config file.',
    'I think it fails because the token has expired.',
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});

describe('teach: routing, information for us and one-off clicks are no how-to', () => {
  it.each([
    "If you have a moment, get in touch in the app via the gear icon and choose 'Send feedback'.",
    "Open the gear icon, choose 'Send feedback' and you can talk directly with me.",
    "Please attach the log files found under the 'i' button in the top right.",
    'The crash logs can be found in the "Help" menu through a "Show logs" link.',
    'Capture the traffic first.\nsudo tcpdump -i wlan0 -w dump.pcap',
    'sudo dmesg | tail -n 50',
    "Click on 'Show all plans'.",
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    'sudo systemctl enable --now bluetooth',
    "Tap 'Account', then 'Privacy'.",
    "Click 'Sync' in the top bar.",
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});

describe('teach: a status report names no usage', () => {
  it.each([
    'parse_header() has been implemented but not merged yet.',
    'Here are the fixes: commit 1a2b3c4d ("cache: avoid a stall in flush_queue()")',
    "We don't support plugins yet. This will be available in future versions!",
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    'Call reset_cache() before you reload the page.',
    'That setting is available under the Advanced tab.',
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});

describe('teach: a reason for what we think, or for who can answer, is no cause', () => {
  it.each([
    "It doesn't look like the driver, especially since you rolled it back and the issue remains.",
    'Since you said it works on the laptop, the card itself is fine.',
    'This is a user forum and because of this there aren’t many people who can answer coding questions.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it('still flags a cause after "since"', () => {
    expect(teach('It stalls since the controller only polls the bus once a second.')).toBe(true);
  });
});

describe('teach: our act with its reason after a comma, a patch to try, a bug placed only in a release', () => {
  it.each([
    "I'll forward this to the firmware team, since they own that code.",
    'Use the attached patch instead of the old one.',
    "We're aware of this, it's caused by a bug in the last update and a fix is coming.",
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    "It's caused by a bug in the scheduler that drops the timer after resume.",
    'The tool does not know the new header, so it treats the file as plain text.',
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});

describe('teach: what the customer sent, and what a plan includes, are no mechanism', () => {
  it.each([
    "I'd need the full log to say more, the part you posted only shows the symptom.",
    'The integration only works with the Pro plan and above.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it('still flags what a part only works with', () => {
    expect(teach('The sensor only works with a 5 V supply.')).toBe(true);
  });
});
