/**
 * Session 42 (judge-t): teach false alarms by kind, narrowed by structure and checked on sentences written here (none
 * copied from a corpus row).
 *
 * A1. A step that follows a request for an artifact for us (a log, an output, a screenshot, a dump, a file) and names no
 *     fix, cause or interim way round is the set-up for what we asked ("Please upload the log it writes. You need to
 *     install the command-line tools first."): it only gets us information (RULINGS T2 "how-tos that only help the
 *     customer send the agent information"; corpus-extra R-WL1). The same step after a request with a fix, a cause or
 *     "in the meantime" still teaches, and so does it without the request.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'A1 the set-up for a log or screenshot we asked for gathers, it does not teach (T2, R-WL1)',
  'teach',
  [
    'You need to install the vendor flashing tool and add its folder to your PATH.',
    'Could you attach the crash log from last night? In the meantime, you can switch off hardware acceleration under Settings > Advanced.',
    'Please send the log file when you can. You can turn off auto-sync in Settings > Accounts to avoid the duplicates.',
  ],
  [
    'Please upload the log the tool writes when you run it. You need to install the vendor flashing tool and add its folder to your PATH.',
    'Could you share a screenshot of the error? You can open the app and go to Settings > About first.',
  ],
);
