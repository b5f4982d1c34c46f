import type { ClosingQuestionState } from '@/lib/scoring/types';
import { usePackLang } from '@/lib/panel/context';
import { InsertButton } from './InsertButton';
import { i18n } from '#i18n';

/** The final three questions, ticking as the draft asks them (shown under "Before you send"). */
export function ClosingQuestions({ questions }: { questions: ClosingQuestionState[] }) {
  const lang = usePackLang();
  if (questions.length === 0) return null;
  return (
    <ul class="rp-closing" aria-label={i18n.t('closing.list')} data-testid="closing-questions">
      {questions.map((q) => (
        <li key={q.id} data-question={q.id} data-asked={String(q.asked)} class={q.asked ? 'rp-asked' : ''}>
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
  );
}
