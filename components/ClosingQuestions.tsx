import type { ClosingQuestionState } from '@/lib/scoring/types';
import { InsertButton } from './InsertButton';

/** The final three questions, ticking as the draft asks them. */
export function ClosingQuestions({ questions }: { questions: ClosingQuestionState[] }) {
  if (questions.length === 0) return null;
  return (
    <section class="rp-card" aria-labelledby="closing-title">
      <h2 id="closing-title">Before you send</h2>
      <ul class="rp-closing">
        {questions.map((q) => (
          <li key={q.id} data-question={q.id} data-asked={String(q.asked)} class={q.asked ? 'rp-asked' : ''}>
            <span class="rp-check" role="img" aria-label={q.asked ? 'asked' : 'not asked yet'}>
              {q.asked ? '☑' : '☐'}
            </span>
            <span class="rp-q">
              {q.text}
              {q.always ? <em class="rp-always"> always ask</em> : null}
            </span>
            {q.asked ? null : <InsertButton text={q.text} what={`question: ${q.text}`} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
