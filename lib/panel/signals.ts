import type { SignalId } from '@/lib/scoring/types';

const TITLES: Record<SignalId, string> = {
  expectation: 'Says when they will hear back',
  greeting: 'Greets the customer',
  'contrived-greeting': 'Scripted greeting',
  ownership: 'Takes ownership',
  'negative-language': 'Negative wording',
  complaint: 'Complains about others',
  empathy: 'Acknowledges the feeling',
  gratitude: 'Thanks / please',
  'no-problem': '“No problem”',
  condescension: 'Talks down',
  'bonus-tip': 'Bonus tip',
  'closing-question': 'Closing question',
  apology: 'Apologizes',
  personalization: 'Uses their name',
  teach: 'Explains the cause',
  'confirm-resolution': 'Asks to confirm the fix',
  terse: 'Too short',
};

export function signalTitle(id: SignalId | string): string {
  return TITLES[id as SignalId] ?? id;
}
