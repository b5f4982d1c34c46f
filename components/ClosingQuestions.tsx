import type { ClosingQuestionState, Report } from '@/lib/scoring/types';
import { becauseList } from '@/lib/panel/because';
import { usePackLang } from '@/lib/panel/context';
import { InsertButton } from './InsertButton';
import { i18n } from '#i18n';

/**
 * The final three questions, ticking as the draft asks them (shown under "Before you send"). "Have I
 * solved your problem?" is listed unless the customer has said it is solved or only thanks you; the others
 * step back, saying why, when the customer is in a hurry or upset.
 */
export function ClosingQuestions({ questions, report }: { questions: ClosingQuestionState[]; report?: Pick<Report, 'situations'> }) {
  const lang = usePackLang();
  if (questions.length === 0) return null;
  const shown = questions.filter((q) => q.shown !== false);
  const held = questions.filter((q) => q.shown === false);
  const reasons = held.flatMap((q) => q.hiddenBecause ?? []);
  const why = becauseList(reasons, report ?? {});
  // Held back by the customer's mood: ask later, when there is time; by the ticket alone (the customer has said
  // it is solved, or only thanks you): not needed at all.
  const byMood = reasons.some((b) => 'mood' in b);
  return (
    <>
      <ul class="rp-closing" aria-label={i18n.t('closing.list')} data-testid="closing-questions">
        {shown.map((q) => (
          <li key={q.id} data-question={q.id} data-asked={String(q.asked)} data-shown="true" class={q.asked ? 'rp-asked' : ''}>
            <span class="rp-check" role="img" aria-label={q.asked ? i18n.t('closing.asked') : i18n.t('closing.notAsked')}>
              {q.asked ? '☑' : '☐'}
            </span>
            <span class="rp-q">
              <span lang={lang}>{q.text}</span>
              {q.always ? <em class="rp-always"> {i18n.t('closing.always')}</em> : null}
            </span>
            {q.asked ? null : <InsertButton text={q.text} />}
          </li>
        ))}
      </ul>
      {held.length ? (
        <div class="rp-held" data-testid="closing-held">
          <h3>{i18n.t('closing.heldTitle')}</h3>
          <p class="rp-muted">{byMood || reasons.length === 0 ? i18n.t('closing.held', [why]) : i18n.t('closing.heldSituation', [why])}</p>
          <ul class="rp-closing rp-muted">
            {held.map((q) => (
              <li key={q.id} data-question={q.id} data-asked="false" data-shown="false">
                <span class="rp-q" lang={lang}>
                  {q.text}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
