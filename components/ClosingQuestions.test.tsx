// @vitest-environment happy-dom
// Session 28 (judge-d), issue 14: held-back closing questions say each their own true reason, and an
// "always" question the draft asks where the ticket holds it back is not labelled "always ask".
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import type { ClosingQuestionState, Report } from '@/lib/scoring/types';
import { ConnectorContext } from '@/lib/panel/context';
import { mockConnector } from '@/lib/panel/mock-connector';
import { ClosingQuestions as Bare } from './ClosingQuestions';

const c = mockConnector({ states: {} });
const ClosingQuestions = (props: Parameters<typeof Bare>[0]) => (
  <ConnectorContext.Provider value={c}>
    <Bare {...props} />
  </ConnectorContext.Provider>
);

afterEach(() => cleanup());

const report: Pick<Report, 'situations'> = { situations: [{ id: 'thanked', label: 'Thanks only', evidence: [] }] };
const solved = { id: 'solved', text: 'Have I solved your problem?', always: true };
const satisfied = { id: 'satisfied', text: 'Are you satisfied with the way I handled this?' };
const better = { id: 'better', text: 'Is there anything I could have done better?' };

describe('ClosingQuestions', () => {
  it('a customer who thanks us in a hurry: "solved" not needed (thanks), the other two later (hurry), each under its reason', () => {
    const questions: ClosingQuestionState[] = [
      { ...solved, asked: false, shown: false, hiddenBecause: [{ situation: 'thanked' }] },
      { ...satisfied, asked: false, shown: false, hiddenBecause: [{ mood: 'hurry' }] },
      { ...better, asked: false, shown: false, hiddenBecause: [{ mood: 'hurry' }] },
    ];
    render(<ClosingQuestions questions={questions} report={report} />);
    const held = screen.getByTestId('closing-held');
    const ticket = held.querySelector('[data-held-by="ticket"]')!;
    const mood = held.querySelector('[data-held-by="mood"]')!;
    expect(ticket.textContent).toContain('Held back (Thanks only): not needed in this ticket.');
    expect(ticket.textContent).not.toContain('hurry');
    expect([...ticket.querySelectorAll('[data-question]')].map((q) => q.getAttribute('data-question'))).toEqual(['solved']);
    expect(mood.textContent).toMatch(/Held back because the customer is in a hurry: ask these when there is time\./);
    expect(mood.textContent).not.toContain('Thanks only');
    expect([...mood.querySelectorAll('[data-question]')].map((q) => q.getAttribute('data-question'))).toEqual(['satisfied', 'better']);
  });

  it('held by both the thanks and the hurry, a question is not needed at all (not "ask later")', () => {
    render(<ClosingQuestions questions={[{ ...satisfied, asked: false, shown: false, hiddenBecause: [{ mood: 'hurry' }, { situation: 'thanked' }] }]} report={report} />);
    const held = screen.getByTestId('closing-held');
    expect(held.querySelector('[data-held-by="mood"]')).toBeNull();
    expect(held.textContent).toContain('Held back (Thanks only): not needed in this ticket.');
  });

  it('"Have I solved your problem?" asked on a thanks-only ticket: ticked, and "not needed here", not "always ask"', () => {
    render(<ClosingQuestions questions={[{ ...solved, asked: true, shown: true, heldBecause: [{ situation: 'thanked' }] }]} report={report} />);
    const row = screen.getByTestId('closing-questions').querySelector('[data-question="solved"]')!;
    expect(row.textContent).not.toContain('always ask');
    expect(screen.getByTestId('closing-held-note').textContent).toContain('not needed here (Thanks only)');
  });

  it('held by a pack rule (first reply only), a question is not needed here, not "ask when there is time" (review)', () => {
    render(<ClosingQuestions questions={[{ ...better, asked: false, shown: false, hiddenBecause: [{ rule: 'first-reply' }] }]} report={report} />);
    const held = screen.getByTestId('closing-held');
    expect(held.querySelector('[data-held-by="mood"]')).toBeNull();
    expect(held.querySelector('[data-held-by="ticket"]')!.textContent).toContain('not needed in this ticket');
    expect(held.textContent).not.toContain('when there is time');
  });

  it('on an open ticket it is still "always ask"', () => {
    render(<ClosingQuestions questions={[{ ...solved, asked: false, shown: true }]} report={report} />);
    expect(screen.getByTestId('closing-questions').textContent).toContain('always ask');
    expect(screen.queryByTestId('closing-held')).toBeNull();
  });
});
