// Session 34 (judge-c): negative language. Sentences written for these tests, not taken from any corpus row.
// 2. S34 review (fix-neg): the consequence of a step the customer takes ("Go to Settings > Privacy > Clear data and the old
//    history will be removed") explains how the step works (N1), no limit; "Your old history will be removed and we cannot
//    restore it" opens on no step and still reads negative.
// 3. S34 review (fix2-neg): care/case/ticket/desk are ordinary words too ("skin-care", "phone-cases", "tickets" on sale,
//    "www.healthcare.gov"): a channel only on a support host or with a closing word ("tickets/new"); two steps joined by
//    a dash are a menu path only after a navigation verb ("Hi Mike - Support here." is a greeting and a sign-off).
import { describe, expect, it } from 'vitest';
import { isSupportPage, supportPathsIn } from './negative-place';
import { findingsOf, signalCases } from './test/signal-cases';

describe('isSupportPage: what shape a web address is', () => {
  it.each([
    'https://www.example.com/request',
    'example.org/support',
    'https://library.example.org/index.cfm/about-us/reader-feedback/',
    'https://www.example.com/contact_form',
    'https://support.example.ca/contact-us.',
    'https://help.example.com/hc/en-gb/requests/new',
    'https://ithelp.example.edu/plugins/servlet/desk/site/ab',
    'https://help.example.com/hc/en-sg',
    'support.example.com',
    'support.example.com/Cases/New',
    'example.com/tickets/new',
    'care.example.com',
  ])('a channel to take the case to: %s', (u) => expect(isSupportPage(u)).toBe(true));
  it.each([
    'https://support.example.org/en-US/kb/reset-your-password',
    'https://help.example.com/hc/en-us/articles/12345-How-to-export',
    'https://example.com/help/faqs#billing',
    'https://github.com/example/support/issues/42',
    'https://example.org/support/collecting-debug-information/',
    'https://wiki.example.org/index.php/Asking_for_help',
    'https://www.example.com/pricing',
    'https://example.com/',
    'example.com/tickets',
    'shop.example.com/skin-care',
    'shop.example.com/phone-cases',
    'shop.example.com/furniture/desk',
    'www.healthcare.gov',
    'www.medicare.gov',
  ])('a page to read, or no support page: %s', (u) => expect(isSupportPage(u)).toBe(false));
});

signalCases(
  'a support page by its address, whatever verb sends the customer there',
  'negative-language',
  [
    'Please go to https://www.example.com/request and tell us which phone you use.',
    'Our front desk always welcomes comments, https://library.example.org/about-us/reader-feedback/ .',
    'You can find answers to common questions on https://www.example.com/support',
    'The data team (also reachable here: https://ithelp.example.edu/plugins/servlet/desk/site/ab) would know better.',
  ],
  [
    'This article explains the steps: https://help.example.com/hc/en-us/articles/12345-How-to-export',
    'The setting is described in https://support.example.org/en-US/kb/reset-your-password, under Privacy.',
    'Thanks for reaching out to us via https://www.example.com/request, I have refunded the order.',
    'Our new pricing is at https://www.example.com/pricing if you want to compare plans.',
  ],
);

describe('a support page is flagged on the address itself', () => {
  it('names the address', () => {
    expect(findingsOf('negative-', 'Please go to https://www.example.com/request and tell us more.')).toEqual([
      'negative-redirect: https://www.example.com/request',
    ]);
  });
});

describe('supportPathsIn: an in-app menu path through the support channel', () => {
  const paths = (t: string): string[] => supportPathsIn(t).map((p) => t.slice(p.start, p.end));
  it.each([
    ['You can tell the team directly by going to Menu - Settings - Send Feedback.', 'Menu - Settings - Send Feedback'],
    ['Please report it in the app via Profile > Help & Support so we can look.', 'Profile > Help & Support'],
    ['Open Example Wallet - Payments - Select the payment - Having Issues - Follow the steps', 'Open Example Wallet - Payments - Select the payment - Having Issues - Follow the steps'],
    ['Please send us a report via Settings - Support', 'Settings - Support'],
    ['report it to our team (go to play.example.com -> Support).', 'go to play.example.com -> Support'],
    ['Tap Account → Help', 'Tap Account → Help'],
  ])('%j leads to support', (t, path) => expect(paths(t)).toEqual([path]));
  it.each([
    'Go to Settings > Privacy > Clear data and restart the app.',
    'Open Help > About to see which version you have.',
    'Thanks - the support team',
    'It works on Android - support for iOS is coming next month.',
    'Hi Mike - Support here.',
  ])('%j does not', (t) => expect(paths(t)).toEqual([]));
});

signalCases(
  'a support page or menu path by its shape',
  'negative-language',
  ['You can send the team feedback directly by going to Menu - About - Send Feedback.', 'You can apply for a refund on the support portal: support.example.com/Cases/New'],
  ['To turn reminders off, go to Menu - Settings - Notifications.', 'Open Help > About to see which version you have.'],
);

signalCases(
  'the consequence of a step the customer takes is no limit (S34 review, fix-neg)',
  'negative-language',
  ['Your old history will be removed and we cannot restore it.', 'The old history will be removed.'],
  ['Go to Settings > Privacy > Clear data and the old history will be removed.', 'Tap Clear data and your saved files will be deleted.'],
);

signalCases(
  'an ordinary link or a greeting is no redirect (S34 review, fix2-neg)',
  'negative-language',
  ['Please go to https://www.example.com/request and tell us which phone you use.'],
  ['Tickets are on sale at example.com/tickets.', 'See our range at shop.example.com/skin-care.', 'See our range at shop.example.com/phone-cases.', 'Apply at www.healthcare.gov.', 'Hi Mike - Support here.'],
);
