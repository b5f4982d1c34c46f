// Session 35 review fixes (fix-cond). Rulings applied:
// - condescension, CON1 / R-F3 (a verdict on what the customer knows or should have read): an ordinary question stays
//   ordinary. Confirming an intent before a destructive step ("are you sure you want to delete it?") is no verdict;
//   "did you see X before installing?" asks for a fact unless "even/actually/ever" or a written thing to read (docs,
//   page, requirements) makes it a reproach; citing the text and then conceding ("…, but I can see you still hit it,
//   so I reopened it") is no verdict either.
// - negative language, LABELING policy refusals / R-D3: "not necessary to purchase" removes a limit; "not recommended,
//   so please try it on staging first" is a safety tip that names what to do instead, not a refusal.
// Review sentences (marked) and sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'condescension: a verdict, not an intent confirmed or a fact asked',
  'condescension',
  [
    'Are you really sure you installed the right driver?',
    'Did you even read the error message before installing the update?',
    'Did you read the setup guide before installing the plugin?',
    'It clearly says in the manual that the battery is not covered.',
  ],
  [
    // review
    'Are you really sure you want to delete the account? Deleting it removes all your saved projects.',
    'Did you see the error message before installing the update, or only after?',
    'It explicitly says in the release notes that this was fixed in 5.2, but I can see you are still hitting it, so I have reopened the bug.',
    // own
    'Are you certain you would like to cancel the renewal? I can pause it instead.',
    'Did you notice the warning light before plugging it in?',
    'It clearly says in the changelog that sync was changed, but we agree it broke your setup, so it is reverted.',
  ],
);

signalCases(
  'negative language: a limit removed or a safety tip is no refusal',
  'negative-language',
  [
    'To export in high resolution it is required to buy the full licence.',
    'Mixing the two drivers on one server is not recommended with this kernel.',
  ],
  [
    // review
    'It is not necessary to purchase anything; the export feature is free on every plan.',
    'Running the beta build on your live site is not recommended, so please try it on staging first.',
    // own
    'It is no longer required to subscribe to use the mobile app.',
    'Editing the registry by hand is not advised; instead, use the reset button in Settings.',
  ],
);
