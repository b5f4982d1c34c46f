// Session 24 (mood2): customer_upset false alarms on neutral technical reports. RULINGS U1: a bug report that
// describes a broken device or program in neutral terms is not upset unless feeling is expressed. Several upset
// cues of the default pack accuse the company's conduct ("for no reason", "without warning", "keeps changing",
// "hung up on", "report this to", "no support", "non-existent", "illegal", "nonsense", "drawback", "lying",
// "blows") and also name, in the words of a technical report, what a device, a program or a method does. The cues
// now set aside those readings (packs/default.yaml, mood_cues.upset); the same words aimed at the company or its
// people still flag. Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const upset = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood.upset;

describe('a device or program described in neutral terms is not upset', () => {
  it.each([
    // a fault with no cause found, told of the device
    'The uplink drops for no apparent reason every couple of hours; nothing in the logs.',
    'My backup drive disconnected without any warning during the copy. SMART data looks normal.',
    'The NAS reboots for no reason around 3 am, is there a scheduled task that does that?',
    // a device or a setting that keeps changing
    'The router keeps changing the 5 GHz channel back to auto after every reboot.',
    'The cursor keeps moving to the top left corner when I plug in the second monitor.',
    // a machine that hangs, a program that crashes
    'The laptop hung up on the vendor logo twice this morning, then booted normally.',
    'Opening a large CSV in the editor blows up with an out-of-memory exception.',
    // the words of an error message or a log
    'Running the tool on the older server prints "Illegal instruction" and exits.',
    'After the sensor is unplugged the dashboard shows nonsense values until a restart.',
    'The mount fails because the device node is non-existent after the resume.',
    // a trade-off, an upstream report, a spare part, a missing feature
    'The downside of this approach is that every nightly snapshot is a full copy.',
    'Should I report this to the project mailing list or open an issue on the tracker?',
    'I still have a 500 GB disk lying around that could serve as a temporary spare.',
    'The card has no support for 160 MHz channels in the current driver, is that coming?',
  ])('%s', (message) => expect(upset(message)).toBe(false));
});

describe('the same words aimed at the company or its people still flag', () => {
  it.each([
    'Your agent hung up on me halfway through the call.',
    'You closed my account for no reason and nobody will tell me why.',
    'You raised my monthly price without any notice.',
    'Your staff keep passing me from one department to the next.',
    'If this is not refunded by Friday I will report this to my bank.',
    'Zero support from your side, I have written four times.',
    'It is illegal to keep charging a card after the contract was cancelled.',
    'Customer service at this company is basically non-existent.',
    'Your new pricing is total nonsense.',
    'The biggest drawback of this app is that it loses my data.',
    'Your sales rep was lying about the contract length.',
    'This phone blows. Worst purchase I have made in years.',
  ])('%s', (message) => expect(upset(message)).toBe(true));
});
