import type { Mood, Prompt } from '@/lib/scoring/types';
import { InsertButton } from './InsertButton';

const SAYS: Record<Mood['kind'], string> = {
  hurry: 'The customer is in a hurry',
  upset: 'The customer is upset',
  confused: 'The customer sounds unsure',
  calm: '',
};

/** Tells the agent how the customer feels, and offers the line that fits. */
export function MoodBanner({ mood, prompts }: { mood: Mood; prompts: Prompt[] }) {
  if (mood.kind === 'calm') return null;
  const line = prompts.find((p) => p.kind === 'mood');
  return (
    <section class={`rp-card rp-mood rp-mood-${mood.kind}`} role="note" data-testid="mood" data-mood={mood.kind}>
      <h2>{SAYS[mood.kind]}</h2>
      {mood.evidence.length > 0 ? <p class="rp-muted">Their words: {mood.evidence.map((e) => `“${e}”`).join(', ')}</p> : null}
      {mood.kind === 'hurry' || mood.kind === 'upset' ? <p>Skip small talk and the bonus tip; get to the fix.</p> : null}
      {line ? (
        <div class="rp-prompt">
          <p>{line.text}</p>
          <InsertButton text={line.text} what="mood line" />
        </div>
      ) : null}
    </section>
  );
}
