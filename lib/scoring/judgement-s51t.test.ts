/**
 * Session 51 (judge-t): teach by structure. Sentences written for these tests, none copied from a corpus row.
 * - Teach (RULINGS T2: a how-to in the reply's own words, "a command, a setting … or an approach"): a passive how-to on
 *   a call, "make sure / ensure (that) x() is called …" (rule teach-usage, a pattern: a phrase's gap stops at the call's
 *   brackets). The S50 review's except for a function named only as the place of a call ("x() is called twice here")
 *   lives in teach-howto and cancelled these; teach-usage does not carry it, so both readings stand. Not our own plan or
 *   act ("we'll make sure x() is called in the next patch", "we need to make sure …", "I made sure …"), not doubt
 *   ("I can't be sure x() is called"), not a question.
 * - Not teach (RULINGS T1 "a bare status report"): "only/always/never <does>" after a time that runs up to now ("so far
 *   the port only works on 32-bit", "to date it has only run on …") is a status to date (rules teach and teach-usage).
 *   The same with "currently" / "for now" still reads: "it currently only syncs over Wi-Fi" states the rule it keeps.
 * - Not teach (RULINGS T2 "a bare link or pointer"): what a document is said to explain, named as its topic ("there it
 *   is explained why a lexer always returns a list", "the manual explains why the scheduler always …").
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a passive how-to on a call, "make sure / ensure x() is called", is a step (T2); our plan, a doubt or a question is not',
  'teach',
  [
    'Make sure init() is only called once, before the first render.',
    'Make sure open_session() is called.',
    'Ensure that flush() gets called before you close the handle.',
    'Please make sure register_device() is invoked from probe, not from the module init.',
    'When you port the plugin, ensure cfg.load() is run ahead of the UI setup.',
  ],
  [
    'hfi1_qp_wakeup() is called twice here, once from the timer and once from the error path.',
    "We'll make sure reset_all() is called in the next patch.",
    'I made sure init() is called once in my test build.',
    'We need to make sure usb_reset() is called by the core before we merge this.',
    "I can't be sure foo_probe() is called here without a trace.",
    'Can you make sure init() is called on your side?',
    'This patch makes sure the hook is called on resume.',
  ],
);

signalCases(
  '"only/always/never <does>" after "so far" / "to date" is a status to date (T1); with "currently" or no time it is a rule it keeps',
  'teach',
  [
    'The exporter currently only accepts CSV and TSV files.',
    'For now the beta only runs on Android phones.',
    'The app only syncs when you are on Wi-Fi.',
    'The sync only works when the phone is charging, so plug it in overnight.',
    'Never run the installer as root, it breaks the file permissions.',
    'You should always send SIGTERM before SIGKILL so the daemon can flush its buffers.',
  ],
  [
    "So far the driver only works on 32-bit builds, I'm still porting it.",
    'To date the plugin has only been tested on macOS.',
    'Thus far the new exporter only runs on our staging box.',
  ],
);

signalCases(
  'what a document is said to explain, named as its topic, is a pointer (T2); the rule stated in the reply is not',
  'teach',
  ['The scheduler always runs jobs in the order they were queued, so a slow job holds up the rest.'],
  [
    'The manual explains why the scheduler always runs jobs in order.',
    'In that chapter it is explained why a lexer always returns a token list.',
  ],
);

signalCases(
  'review (rf-t): "make sure x() is called" is a step only when put to the reader; another doer\'s aim or promise is no step (T1)',
  'teach',
  [
    'Please make sure bind() gets invoked with the new port.',
    'Then make sure cache.clear() is invoked on logout.',
    "You'll want to make sure shutdown() is called in a finally block.",
  ],
  [
    'The upstream maintainers want to make sure open_port() is invoked exactly once.',
    'He promised to make sure commit() is executed.',
    'Their SDK already makes sure refresh_token() is run by itself.',
    'Could someone make sure bind() gets invoked?',
  ],
);

signalCases(
  'review (rf-t): a bare opening imperative on a code token (setting, --flag, `command`, path, file) is a reusable command (T2); our run, a question, a status, a quote or a link is not',
  'teach',
  [
    '@user set LDFLAGS first, the configure script reads it once.',
    'Please export LD_LIBRARY_PATH=/opt/lib and start it again.',
    'Try --safe-mode if the add-ons keep crashing it.',
    'Use node_modules/.bin/tsc instead of the global one.',
    'Enable dark_mode.auto in the advanced page.',
    'Hey Sam, use `git pull --rebase` so your history stays flat.',
  ],
  [
    "We'll set CXXFLAGS on the build server tonight.",
    'Did you set JAVA_HOME before starting the IDE?',
    'JAVA_HOME is set correctly on your machine.',
    'The log says "set LANG to a UTF-8 locale" and then exits.',
    'I added --no-cache to our pipeline yesterday.',
    'Try www.example.com/status for outage news.',
    'Just use N/A in the form.',
    'Add NOTE to the subject line so we see it.',
    'We use config.yaml on our side, so nothing to change for you.',
  ],
);
