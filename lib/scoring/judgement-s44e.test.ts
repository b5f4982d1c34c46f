/**
 * Session 44 (judge-e): expectation, one structure, checked on sentences written here (none copied from a corpus row).
 *
 * Expectation (X1): a contact promised "if and when" something happens leaves open whether it happens at all, so no
 * next event is promised; "we'll let you know when it ships" still is one.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a contact promised "if and when" something happens is no next event (X1)',
  'expectation',
  ['We will let you know when the feature ships.', 'Our team will review the request and get back to you tomorrow.'],
  [
    'We will let you know if and when the feature ships.',
    'Thanks, our engineers will review it. They will let you know if and when this is added.',
  ],
);
