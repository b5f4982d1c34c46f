import type { Mood, Prompt } from '@/lib/scoring/types';
import { usePackLang } from '@/lib/panel/context';
import { InsertButton } from './InsertButton';
import { i18n } from '#i18n';

const says = (kind: Exclude<Mood['kind'], 'calm'>): string =>
  kind === 'hurry' ? i18n.t('mood.hurry') : kind === 'upset' ? i18n.t('mood.upset') : i18n.t('mood.confused');

/** Tells the agent how the customer feels, and offers the line that fits. */
export function MoodBanner({ mood, prompts }: { mood: Mood; prompts: Prompt[] }) {
  const lang = usePackLang();
  if (mood.kind === 'calm') return null;
  const line = prompts.find((p) => p.kind === 'mood');
  return (
    <section class={`rp-card rp-mood rp-mood-${mood.kind}`} role="note" data-testid="mood" data-mood={mood.kind}>
      <h2>{says(mood.kind)}</h2>
      {mood.evidence.length > 0 ? <p class="rp-muted">{i18n.t('mood.theirWords', [mood.evidence.map((e) => `“${e}”`).join(', ')])}</p> : null}
      {mood.kind === 'hurry' || mood.kind === 'upset' ? <p>{i18n.t('mood.stepBack')}</p> : null}
      {line ? (
        <div class="rp-prompt">
          <p lang={lang}>{line.text}</p>
          <InsertButton text={line.text} />
        </div>
      ) : null}
    </section>
  );
}
