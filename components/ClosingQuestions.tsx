import type { Because, ClosingQuestionState, Report } from '@/lib/scoring/types';
import { becauseList } from '@/lib/panel/because';
import { usePackLang } from '@/lib/panel/context';
import { InsertButton } from './InsertButton';
import { i18n } from '#i18n';

/** Held back by the customer's mood (hurried, upset, confused): the question waits for a time that allows it. */
const byMood = (because: readonly Because[]) => because.some((b) => 'mood' in b && b.mood !== 'calm');

/**
 * Held back by the ticket: a situation (the customer said it is solved, or only thanks you) or anything other than the
 * customer's mood (a pack's rule: first reply only, a long message): not needed here. A situation outranks a mood.
 */
const byTicket = (because: readonly Because[]) => because.some((b) => 'situation' in b) || !byMood(because);

/** The reasons to name for a question the ticket holds back: its situations when it has any, else every reason. */
const ticketReasons = (because: readonly Because[]) =>
  because.some((b) => 'situation' in b) ? because.filter((b) => 'situation' in b) : [...because];

/**
 * The held questions in groups that share one true reason: those the ticket rules out (not needed here,
 * named by its situations) apart from those the customer's mood holds back (ask when there is time, named
 * by the moods). A question the ticket rules out is not needed whatever the mood, so it joins the first.
 */
function heldGroups(held: readonly ClosingQuestionState[]): { ticket: boolean; reasons: Because[]; questions: ClosingQuestionState[] }[] {
  const groups: { ticket: boolean; reasons: Because[]; questions: ClosingQuestionState[] }[] = [];
  for (const q of held) {
    const because = q.hiddenBecause ?? [];
    const ticket = byTicket(because);
    const reasons = ticket ? ticketReasons(because) : because;
    let group = groups.find((g) => g.ticket === ticket);
    if (!group) groups.push((group = { ticket, reasons: [], questions: [] }));
    // becauseList says a reason two questions share once.
    group.reasons.push(...reasons);
    group.questions.push(q);
  }
  // Not needed first: it is the stronger word.
  return groups.sort((a, b) => Number(b.ticket) - Number(a.ticket));
}

/**
 * The final three questions, ticking as the draft asks them (shown under "Before you send"). "Have I
 * solved your problem?" is listed unless the customer has said it is solved or only thanks you; the others
 * step back when the customer is in a hurry or upset. Each held question says its own reason: questions
 * held for different reasons (a customer who thanks you in a hurry) are listed under each. A question the
 * draft asks though the ticket holds it back stays ticked, and says so instead of "always ask".
 */
export function ClosingQuestions({ questions, report }: { questions: ClosingQuestionState[]; report?: Pick<Report, 'situations'> }) {
  const lang = usePackLang();
  if (questions.length === 0) return null;
  const shown = questions.filter((q) => q.shown !== false);
  const held = questions.filter((q) => q.shown === false);
  const ctx = report ?? {};
  const label = (q: ClosingQuestionState) => {
    if (q.heldBecause?.length) {
      const ticket = byTicket(q.heldBecause);
      const why = becauseList(ticket ? ticketReasons(q.heldBecause) : q.heldBecause, ctx);
      return (
        <em class="rp-held-note" data-testid="closing-held-note">
          {' '}
          {ticket ? i18n.t('closing.notNeededHere', [why]) : i18n.t('closing.laterHere', [why])}
        </em>
      );
    }
    return q.always ? <em class="rp-always"> {i18n.t('closing.always')}</em> : null;
  };
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
              {label(q)}
            </span>
            {q.asked ? null : <InsertButton text={q.text} />}
          </li>
        ))}
      </ul>
      {held.length ? (
        <div class="rp-held" data-testid="closing-held">
          <h3>{i18n.t('closing.heldTitle')}</h3>
          {heldGroups(held).map((g) => {
            const why = becauseList(g.reasons, ctx);
            return (
              <div key={g.ticket ? 'ticket' : 'mood'} data-held-by={g.ticket ? 'ticket' : 'mood'}>
                <p class="rp-muted">{g.ticket ? i18n.t('closing.heldSituation', [why]) : i18n.t('closing.held', [why])}</p>
                <ul class="rp-closing rp-muted">
                  {g.questions.map((q) => (
                    <li key={q.id} data-question={q.id} data-asked="false" data-shown="false">
                      <span class="rp-q" lang={lang}>
                        {q.text}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      ) : null}
    </>
  );
}
