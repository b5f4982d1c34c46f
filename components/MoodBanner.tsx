import type { Mood, Prompt, Report } from '@/lib/scoring/types';
import { usePackLang } from '@/lib/panel/context';
import { InsertButton } from './InsertButton';
import { i18n } from '#i18n';

type Flag = Exclude<Mood['kind'], 'calm'>;
const FLAGS: Flag[] = ['upset', 'hurry', 'confused'];

const says = (kind: Flag): string => (kind === 'hurry' ? i18n.t('mood.hurry') : kind === 'upset' ? i18n.t('mood.upset') : i18n.t('mood.confused'));

/**
 * Tells the agent how the customer feels (every flag, the one the coach leads with first), what the
 * ticket is about, and offers the line that fits each mood.
 */
export function MoodBanner({ mood, prompts, situations }: { mood: Mood; prompts: Prompt[]; situations?: Report['situations'] }) {
  const lang = usePackLang();
  const flags = FLAGS.filter((f) => mood[f]);
  if (flags.length === 0 && !situations?.length) return null;
  // One line per mood shown, in the order the coach leads with.
  const lines = flags
    .map((f) => prompts.find((p) => p.kind === 'mood' && p.because?.some((b) => 'mood' in b && b.mood === f)))
    .filter((p): p is Prompt => p !== undefined);
  const lead = flags[0];
  // A calm customer: no mood card, only what the ticket is about.
  if (!lead)
    return (
      <p class="rp-muted rp-situations" data-testid="situations" data-situations={(situations ?? []).map((s) => s.id).join(' ')}>
        {i18n.t('mood.situation', [(situations ?? []).map((s) => s.label).join(', ')])}
      </p>
    );
  return (
    <section
      class={`rp-card rp-mood rp-mood-${mood.kind}`}
      role="note"
      data-testid="mood"
      data-mood={mood.kind}
      data-flags={flags.join(' ')}
      data-situations={(situations ?? []).map((s) => s.id).join(' ')}
    >
      <h2>{says(lead)}</h2>
      {flags.length > 1 ? <p>{i18n.t('mood.also', [flags.slice(1).map(says).join(', ')])}</p> : null}
      {situations?.length ? <p data-testid="situations">{i18n.t('mood.situation', [situations.map((s) => s.label).join(', ')])}</p> : null}
      {mood.evidence.length > 0 ? <p class="rp-muted">{i18n.t('mood.theirWords', [mood.evidence.map((e) => `“${e}”`).join(', ')])}</p> : null}
      {mood.hurry || mood.upset ? <p>{i18n.t('mood.stepBack')}</p> : null}
      {lines.map((line) => (
        <div class="rp-prompt" key={line.id} data-kind="mood">
          <p lang={lang}>{line.text}</p>
          <InsertButton text={line.text} />
        </div>
      ))}
    </section>
  );
}
