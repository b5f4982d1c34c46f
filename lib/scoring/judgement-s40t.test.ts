/**
 * Session 40 (judge-t): teach false alarms by kind, each narrowed by structure and checked on sentences written here
 * (none copied from a corpus row).
 *
 * A step that only serves our diagnosis is no how-to (RULINGS T2: "how-tos that only help the customer send the agent
 * information"; corpus-extra R-WL1: "settings that only gather information (debug masks, no_console_suspend,
 * trace-cmd)"; the corpus-extra README: "a how-to that only gathers information … not teach"). teach-reading.ts reads
 * the step as gathering when its sentence or the next names that purpose (tracking or debugging the fault, our seeing
 * something, more detailed output, posting the output back), when a colon hands the command over from a gathering step
 * ("check the logs: …"), or when it turns on traces. A step that fixes or avoids the problem still teaches, also beside a
 * diagnosis sentence about something else.
 *
 * A word inside a snake_case identifier ("require" in "require_strict_mode") is code text, not the reply's own words
 * (RULINGS T1/T2; corpus-extra R-WL2: code is not teach by itself): the `identifier` reading of every teach rule.
 *
 * A step after the writer's own plan ("I'm going to …", "we'll …", "let me …") in a sentence that does not address the
 * customer is a step the agent will take (ownership, RULINGS O1), not a method the customer is told (T2): the `plan`
 * reading of the how-to rules.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a step said to serve our diagnosis, in its sentence or the next, is no how-to (T2, R-WL1)',
  'teach',
  [
    'You can set the option lazy_flush=0 in /etc/modprobe.d/acme.conf to stop the freeze after resume.',
    'You can disable the cache in Settings > Storage. That fixed it for us, and it also makes it easier to debug later.',
    'You can also run the daemon in the foreground with the -d flag, which avoids the crash. That also helps us debug it.',
  ],
  [
    'You can also run the daemon in the foreground with the -d flag. That would help us track down where it stops.',
    'You can also start the daemon in the foreground by passing the -d flag. From there it should be easier to debug the failure.',
    'You can launch the agent by passing the debug switch to get a more detailed error message in that window.',
    'You can also run acmectl probe --trace. That could help pinpoint the stuck request.',
  ],
);

signalCases(
  'a command after a gathering step and a colon, and traces turned on, only gather information (T2, R-WL1)',
  'teach',
  [
    'Open the settings file: nano /etc/acme/acme.conf and set cache_size to 0, which avoids the stale reads.',
    'Check the drive logs:\n# systemctl restart acme-agent will clear the stuck queue.',
  ],
  [
    'Please check the agent logs first:\n# systemctl status acme-agent -n 200',
    'Look at the service logs:\n# systemctl status acme-agent',
    'You could also enable dynamic traces on the sdhci driver.',
  ],
);

signalCases(
  'a word inside a snake_case identifier is code, not the reply\'s words (T1, T2, R-WL2)',
  'teach',
  [
    'The mount requires the seal option, because the server only allows encrypted sessions.',
    'The failure is due to a missing key in the config.',
  ],
  [
    'The module has these parameters: require_strict_mode N and enable_fast_path Y.',
    'Here is what I see on my box: depends_on_ext4 1, only_once_flag 0.',
    'I set by_default_mode on the test box and it booted the same way.',
  ],
);

signalCases(
  'a step after the writer\'s own plan, in a sentence not addressed to the customer, is ours, not a how-to (T2, O1)',
  'teach',
  [
    "I'll send a patch, but in the meantime you can call acme_reset() after resume to avoid the hang.",
    'Until the fix lands, please call acme_reset() after resume.',
  ],
  [
    "I'm going to change the kmalloc() call to kzalloc() in the next version of the patch.",
    "We'll move the check into acme_probe() before the next release.",
    'Let me add a call to acme_reset() in the resume path and send a new patch.',
  ],
);
