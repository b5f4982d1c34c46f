// Session 12 structures of the default pack (judgement-a, issue 10): teach as engineers state it on
// mailing lists and forums (RULINGS T1, T2) — a cause or mechanism named ("the most likely
// explanation", "is only used for", "was renamed", "is called when"), a how-to given as a means
// ("by calling …"), a condition ("if you … , … will"), the usual way ("the typical way is to"), a
// function call in the reply's own words. Each block keeps controls that must not teach: routing,
// try-X steps, requests for information, pleasantries. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'causes and mechanisms named in technical replies (T1)',
  'teach',
  [
    'The most likely explanation is a stale lock file left by the crashed import.',
    'A common culprit is a second DHCP server on the same subnet.',
    'The daemon is only used for discovery, not for the data path.',
    'The parser only accepts ASCII in the header line.',
    'The old flag was renamed to --output-dir.',
    'The paired option was removed in version 4.2.',
    'The helper package is no longer required on recent builds.',
    'Older kernels lack the module, so the card stays invisible.',
    "The exporter doesn't accept relative paths in the target field.",
    'You cannot join the two tables without first converting the date column.',
    'The onChange handler is called when the field loses focus.',
    'The cell width takes into account the font but not the icon.',
    'It sounds like the container is running out of memory.',
    'The dashboard is not stored in the database, it is read from the config file.',
    'Dashboards are not tied to a data source, only queries are.',
    'The trail data is contributed by users, so some paths are missing.',
    'The serial driver expects a newline after every command.',
    'The reason you got no tracking number is that the parcel went by standard airmail.',
  ],
  [
    // Controls: pleasantries, asking for information, routing, status.
    'Thanks so much for the kind words!',
    'Could you tell me which version you are running?',
    'This website is mainly used to track bug reports, please post ideas on the forum.',
    'The reason I ask is that I want to rule out the network.',
    'Please send us your order number, otherwise we cannot look this up.',
    'Your order was changed in our system this morning.',
    'There could be a few reasons for this.',
  ],
);

signalCases(
  'how-tos given as a means, a condition or the usual way (T2)',
  'teach',
  [
    'You can hide the panel by calling setVisible(false) on its widget.',
    'The sample rate can be lowered by increasing the delay between readings.',
    'If you drag a column header onto the grid, a new group will appear.',
    'The upload should work if you add the country prefix to the number.',
    'The usual way is to install the stable release first and then the patch.',
    'The basic process is to give both tables a shared key column.',
    'You would need to loop through every control and clear its tooltip.',
    'Instead you would select the rows from the payments table.',
    'After restoring the backup, run the migration script once.',
    'Go to Settings >> Privacy and switch off the location toggle.',
    'Your best option would be to schedule the export overnight.',
    'Make sure the firewall rule allows port 443 from the app server.',
    'Replace the check with inherits(x, "frame") and it goes through.',
  ],
  [
    // Controls: routing, a try-X step, a request, "please try again", a ritual.
    'You can reach our billing team by calling 0800 123 456.',
    'Please raise a ticket via in-app support by clicking on the transaction ID.',
    'We improve the app by using the feedback you send us.',
    'If you restart the router, it should work again.',
    'If you go to your nearest branch, they will sort it out.',
    'You could try installing the latest version.',
    'Please try again in a few minutes.',
    'Please send us the output and we will take a look.',
    'Happy to help, have a great day!',
  ],
);

signalCases(
  'chat-style rules and causes, terse and unpunctuated (T1, T2)',
  'teach',
  [
    'that call will give you a linker error on windows',
    'everything above 60 degrees is too hot for that chip',
    "it's the reason we don't need a separate config file",
    'in the end it comes down to which compiler you use',
    'the case was designed for the slimmer battery',
    "you can't use async functions inside a comptime block",
    "if you're running a debug build then the binary includes all the symbols",
    'set CFLAGS before you run configure for the first time',
    'you can flash the bootloader over USB if you have the SWD pins exposed',
  ],
  [
    // Controls: chat pleasantries, a question back, routing, try-X after an update.
    'lol yeah same here',
    'which version are you on?',
    'ask in the other channel, they know more',
    'restart the app after you update it',
    'the reason I ask is that nobody else sees it',
  ],
);
