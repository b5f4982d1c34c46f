// Session 24 (judge-c): negative language by structure — a device or program that is "unable" or "not able" to do
// its job is the fault described, as "can't" already was (N1: nothing is refused to the customer), while the same
// words with our side as the subject stay a refusal. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a device or program unable to do its job is the fault described, not a refusal (N1)',
  'negative-language',
  [
    'We are unable to verify your account without a photo ID.',
    "We're unable to open a second account for you.",
    "Unfortunately our team isn't able to change that.",
    "I'm not able to reach the billing system from here, please call them.",
    "That version isn't supported anymore.",
  ],
  [
    "The phone wasn't able to connect to the network after the update, so I've reset your SIM profile.",
    'It was unable to load the config because the path had a space in it.',
    "Your laptop isn't able to boot from the USB stick until Secure Boot is off.",
    'The client was unable to authenticate with the old token, so I issued you a new one.',
    'They were unable to mount the share after the password change; the new password is in place now.',
    'The installer would be unable to locate the library in that folder, so move it to /usr/lib.',
  ],
);
