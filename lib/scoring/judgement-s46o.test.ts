/**
 * Session 46 (judge-o): ownership by structure. Sentences written for these tests, none copied from a corpus row.
 * - Not ownership (O3, review left from S45): product history with the release named by its bare number put first ("In 2.4
 *   we fixed the crash some users saw", "Since 3.1.2, we changed the default port") explains the product, as "In version
 *   2.4 …" already did; a fix of what this customer reported ("In 2.4 we fixed the crash you reported", "… your sync
 *   error") and a step of the writer's own on the case in the same reply still count.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'product history with the release named by its bare number put first is no step on the case (O3)',
  'ownership',
  [
    // The reviewer's near side (S45 finding 6): the fix of what this customer reported.
    'In 2.4 we fixed the crash you reported, so please update.',
    // Written here.
    'In 3.0.1 we fixed your sync error, so the upload should finish now.',
    'Since 2.2 we changed the default port, and I have now checked your firewall settings.',
  ],
  [
    // The reviewer's sentence (left from S45).
    'In 2.4 we fixed the crash some users saw.',
    // Written here.
    'Since 3.1.2, we changed the default port to 8443.',
    'From 5.0 we removed the old export menu from the toolbar.',
  ],
);
