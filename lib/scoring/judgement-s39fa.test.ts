/**
 * Session 39 fix (fix-a): readings of condescension-pointed and negative-redirect that a read-only review found too
 * broad. The rulings applied:
 * - CON1 "talking down" is a verdict on the customer; sympathy ("don't be so hard on yourself"), an apology for our
 *   own fault ("no wonder it was slow: our server was down", "that's on us", "we should have cleared it"), a
 *   misreading called understandable ("not surprising that you expected …") and normalising are not (LABELING
 *   "lecturing or talking down"; the lead's ruling in judgement-s39c: normalising is not talking down).
 * - The rating scale, a poster spoken of neutrally ("this poster said the same thing"), "think outside the box" and
 *   "upsets the reviewer so much" were one reply's wording, not a kind: removed; a poster judged still fires.
 * - N1 / replies-usbvendor2's note: a ticket or bug named only as the place to attach material, with the agent
 *   keeping the case ("so I can look at it", "and I'll take a look"), is not a redirect; without that it stays one
 *   (R-X3, R-F1).
 * The reviewer's sentences are its own (not data rows); the near misses are written for this file.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'CON1: sympathy, our own fault, a misreading called understandable, normalising — not talking down',
  'condescension',
  [
    "Don't be so hard on a small studio.",
    'No wonder it crashes, the driver is from 2012.',
    "It's not surprising that a full rebuild takes days.",
    'Most users don’t understand how many settings there are.',
    'There was a warning about that in the system requirements.',
    'The reviewer apparently never reached the second level.',
    'This reviewer played for ten minutes and left.',
    'No wonder it fails, you never installed the driver.',
  ],
  [
    "Don't be so hard on yourself, this trips up everyone!",
    'No wonder the sync was slow: our server was down for an hour, sorry about that.',
    "It's not surprising that you expected the refund there; our page is confusing, so I've fixed the wording.",
    "Most customers don't understand the new invoice layout at first, that's on us, so here's a quick guide.",
    'This poster said the same thing last week and the 2.3 update fixed it for them.',
    'Sorry, there was a warning about this on your account that we should have cleared; I have removed it now.',
    'In the survey, 5 stars means excellent and 1 star means poor.',
    'Our designers try to think outside the box with every level.',
    'Whatever upsets the reviewer so much, we would like to hear it.',
    'No wonder you missed it, our button was hidden in the footer.',
    'Not surprising that you thought it renewed; we changed the plan names last month.',
    "Don't be so harsh on yourself, it happens to all of us.",
    "Most people don't grasp the export screen at first; that's on us and we're redesigning it.",
    'No wonder the page timed out, our servers were overloaded this morning.',
  ],
);

signalCases(
  'N1: a new ticket or the bug as the place to attach material, the agent keeping the case — not a redirect',
  'negative-language',
  ['Please attach the crash dump to a support ticket.', 'Could you upload the screenshots to a new ticket?', 'Please upload the log to the bug report.'],
  [
    'Please attach the screenshot to a new ticket so I can look at it.',
    "Please upload the log to the bug and I'll take a look tonight.",
    "Could you add the trace to a new ticket, so we can dig into it?",
    'Please post the dump on the bug report and we will check it today.',
  ],
);
