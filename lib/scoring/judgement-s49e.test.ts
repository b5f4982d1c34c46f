/**
 * Session 49 (judge-e): expectation by structure. Sentences written for these tests, none copied from a corpus row.
 * - Not expectation (X1 "a concrete next event"): "soon" or "shortly" told of unnamed things for every user, a plural set
 *   named only by a quantity or a sales word with its verb right after it ("more levels are coming soon", "we'll soon be
 *   launching some exciting offers"), or "any other bugs" fixed soon: the product's future, not an event this customer
 *   waits for (word classes <news-many> and <everyone-news>, excepts of expectation-next and expectation-next-contact).
 *   A thing named or owned ("the export you asked for", "your new cards", "new version coming soon") stays expectation.
 * - Not expectation (X1, as session 46's hotel wishes): "we look forward to welcoming you back to <a place named bare> soon"
 *   is the customer's choice, a wish; a promise joined to it by "and" still counts.
 * - Not empathy (E1, only a feeling or situation acknowledged counts): "I understand the code now", "we finally understand
 *   the root cause": comprehension of a thing of the case, closing its clause or followed by "now". "I understand the
 *   frustration", "I understand the outage has been stressful" still count.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'soon told of unnamed things announced to every user is no next event (X1); a named or owned thing soon still is',
  'expectation',
  [
    'We will put the dark theme back soon.',
    'The patch for the login loop will be released soon.',
    'Your refund will be processed shortly.',
    "I'll email you the tracking link shortly.",
    'The feature you asked about will ship soon.',
    'The rest of your order will be dispatched soon.',
    "We'll soon be adding the CSV export you asked about.",
    'The new features you requested will be live shortly.',
    "We'll mail you a few more vouchers soon.",
    "We'll have some new cards out to you shortly.",
    'New version coming soon.',
    'New maps will be added soon, and the crash you hit is fixed in the next patch.',
  ],
  [
    'More levels are coming soon, stay tuned.',
    "We'll be adding new features soon.",
    'Exciting new deals are coming your way soon!',
    'New maps will be added to the game very soon.',
    'Lots of fresh recipes are on the way soon.',
    "We'll soon be launching some exciting rewards for members.",
    'Any remaining glitches will be fixed soon.',
    'Some great promotions are arriving shortly.',
  ],
);

signalCases(
  'a return visit we look forward to, with the place named bare, is a wish, no next event (X1, as S46); a promise joined to it stays',
  'expectation',
  [
    'We look forward to welcoming you back and will ship your replacement soon.',
    'We look forward to hosting you in Porto soon, and your voucher will be emailed shortly.',
  ],
  [
    'Everyone here looks forward to welcoming you back to Seaview Lodge soon!',
    'Our team looks forward to seeing you again at Maple Court soon.',
    'We look forward to your next stay at Harbour Inn soon.',
  ],
);

signalCases(
  'understanding a thing of the case (the code, the cause) is comprehension, not empathy (E1); understanding a feeling still is',
  'empathy',
  [
    'I understand the frustration.',
    'I understand the outage has been stressful for your team.',
    "I understand your situation and I'm sorry it dragged on.",
    'I completely understand, the delay is unacceptable.',
    "I understand the bug, and yes, it's maddening.",
  ],
  [
    'I honestly understand the script now.',
    'We finally understand the root cause.',
    'Now I understand what you mean, the flag is inverted.',
    'I understand the issue now, thanks for the logs.',
    'We now understand how the config is read, so here is the fix.',
  ],
);

signalCases(
  'review (rf-e): an owned plural, a handing-over verb, or the customer\'s own case is a next event soon (X1); news for every user still is not',
  'expectation',
  [
    'Your new products are arriving shortly.',
    'Your new games will be available soon in your library.',
    "We'll shortly be sending you a few more products to replace the damaged ones.",
    "We'll soon be sending some new dishes to your table, on the house.",
    'Your additional rewards will be added soon.',
    'Any remaining issues with your order will be fixed shortly.',
    'Your new discounts will be live shortly.',
    'Some new features will be enabled on your account shortly.',
    'Your replacement should arrive soon, and more features are coming soon too.',
  ],
  [
    'More skins are coming to the store soon!',
    "We're bringing out lots of new recipes soon.",
    'New features are coming soon, so keep an eye out.',
    'Plenty of new events are dropping soon.',
    'Any other crashes should be patched soon.',
    'The whole crew looks forward to having you again in Lisbon soon.',
  ],
);

signalCases(
  'review (rf-e): understanding a feeling after "now", or a feeling noun before a thing of the case, is still empathy (E1)',
  'empathy',
  [
    'Now I understand how frustrating this has been.',
    'Now I understand your frustration.',
    'Now we understand how stressful the outage was for you.',
    'I understand your concern about the bug.',
    'I understand the situation now, and I am sorry it has been so stressful.',
    'I understand the frustration now.',
  ],
  [
    'Now I understand the setup you have.',
    'We understand the cause, it was a bad cache.',
    'I understand the schema better now.',
    'I now understand the stack trace.',
    'Now I understand it, thanks for the screenshots.',
    'I get the error log now.',
  ],
);
