/**
 * Session 51 (judge-o): ownership by structure. Sentences written for these tests, none copied from a corpus row.
 * - Ownership (O2): the case referred on to a team of ours, in the future passive ("the matter will be referred to our
 *   billing team") as already in the perfect, and in the active with the case as object ("we've
 *   referred your ticket to the network engineers"). Referring the customer to a page or a document is routing, not ours.
 * - Ownership (O1, R-G4): our own contact announced as what the customer should expect ("please expect our call"); a call
 *   from anyone else (a courier, the bank) is not ours.
 * - Ownership (O1): work under way told in an "as"/"while" clause with the case as object ("as we look into this matter");
 *   general improvement ("as we work on improving") is not (R-U5).
 * - Not ownership (O1): a relative clause on a thing the customer is asked to give, naming what we may do with it ("a
 *   reference number we can follow up on"): the purpose of a request, like "DM us so we can assist".
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'the case referred on to a team of ours, future passive or active, is passing it on (O2); the customer sent to a page is not',
  'ownership',
  [
    'Thanks for letting us know. The matter will be referred to our billing team today.',
    'Your complaint will be assigned to a specialist.',
    'We have now referred your ticket to our network engineers.',
    "I'll refer this to one of our engineers.",
  ],
  [
    'For the setup steps I would refer you to the user guide.',
    'Please refer to our help page for the opening hours.',
    'The parcel will be handed to the courier on Monday.',
  ],
);

signalCases(
  'our own call announced as what to expect is a promised contact (O1, R-G4); someone else calling is not',
  'ownership',
  [
    'Apologies for the dropped line on Friday. Please expect our call shortly.',
    'Kindly expect a call from our accounts team before noon.',
    'We have your new address now, so please await my email with the revised quote.',
  ],
  [
    'You should expect a call from the courier before delivery.',
    'Please expect a call from your bank to confirm the payment.',
    'We expect our call volumes to be high this week.',
  ],
);

signalCases(
  'work on the case in an "as"/"while" clause is under way (O1); improvement in general is not (R-U5)',
  'ownership',
  [
    'We are sorry for the wait as we look into this matter.',
    'Please bear with us while we follow up on your refund request.',
    'Thank you for your patience as we investigate the issue.',
  ],
  [
    'Thank you for your patience as we work on improving the app.',
    'As we review all applications in January, decisions come in February.',
    'While we look forward to your next stay, the pool will be closed in May.',
  ],
);

signalCases(
  'a thing asked of the customer, with what we can do with it, is a request (O1); a plain offer to act still counts',
  'ownership',
  [
    'Send me the crash log and I can take a look at it tonight.',
    "I'll look at the test case once it is uploaded.",
    'Thanks, using the repro file you sent I can reproduce the hang on my machine.',
  ],
  [
    'Could you share a contact number we can reach you on?',
    'Do you have an order reference that we can follow up on?',
    'If you have a sample file which we could open here, please attach it.',
    'Please post a small project where we can try this out.',
  ],
);

signalCases(
  'review (rf-o): the case passed on in the future passive is ours only for this customer\'s case and a team of ours (O2)',
  'ownership',
  [
    "Your ticket'll be handed over to our returns desk this afternoon.",
    'The enquiry will now be routed to the regional office for a decision.',
    'Your refund request will be handed over to our payments team.',
    'This case will be assigned to one of our senior advisors today.',
  ],
  [
    'If we cannot agree, the claim will be referred to an independent adjudicator.',
    'Issues will be assigned to a milestone once the roadmap is agreed.',
    'New reports will be assigned to whoever is on call that week, so there is no fixed owner.',
    'Claims will be referred to the insurer after thirty days.',
  ],
);

signalCases(
  'review (rf-o): our call is promised only when the customer is told to expect it (O1, R-G4); others expecting it, or a question, is not',
  'ownership',
  [
    'Please expect my callback within the hour.',
    'Expect my call before five.',
    'You can expect my email by the end of the day.',
  ],
  [
    'Subscribers usually expect our email on the first of each month with the new offers.',
    'Did you expect our call today? We have no record of booking one.',
    'Most people await my email with some worry, but this one is good news.',
    'Customers tend to expect our call at the end of the week.',
  ],
);

signalCases(
  'review (rf-o): "as we …" joined to a clause is work under way (O1); an opening "As we …", a kind of case or a routine is not (R-U5)',
  'ownership',
  [
    'Thanks for waiting while we check your account settings.',
    'Thanks for bearing with us, as we check your account.',
    'While we look into this, could you send a screenshot of the error?',
    'Please hold while we review the ticket.',
  ],
  [
    "As we look at it, the fault is on your router's side rather than ours.",
    'As we review your tariff every April, prices may change from year to year.',
    'As we resolve this type of fault several times a week, there is a guide for it.',
    'As we check your documents at the desk, please bring photo ID on the day.',
    'Prices can move a little as we review your plan each year.',
    'Sorry for the delay, as we check these kinds of orders by hand.',
  ],
);

signalCases(
  'review (rf-o): a fix pushed or shipped for the report by us or by our own team is a step on it (O3); someone else\'s fix is not',
  'ownership',
  [
    "We've rolled out a fix for the login loop.",
    'Our team pushed a fix for this yesterday.',
    'My colleague pushed a fix for this to the beta branch.',
    'The dev team has shipped a fix for the sync bug.',
    'We landed a fix for your report this morning.',
    'We have put out a hotfix for this.',
  ],
  [
    'The upstream project pushed a fix last week.',
    'Another contributor merged a patch for this.',
    'Their developers shipped a fix for the driver last month.',
    'A community member landed a patch for this.',
    'Version 2.3 includes a fix for this.',
  ],
);
