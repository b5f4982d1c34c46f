// @vitest-environment happy-dom
// The advice cards as an agent sees them, fed by real reports of the method pack: what is offered,
// what steps back, and why (issue 14).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import type { CoachTabState } from '@/lib/coach-state';
import { createScorer } from '@/lib/scoring';
import { ConnectorContext } from '@/lib/panel/context';
import { mockConnector } from '@/lib/panel/mock-connector';
import { panelStore, startPanel } from '@/lib/panel/store';
import { App } from './App';

const scorer = createScorer();
let stop: (() => void) | undefined;

async function show(text: string, customerMessage: string, subject?: string) {
  const report = scorer.score(text, { customerMessage, ...(subject ? { subject } : {}) });
  const state: CoachTabState = { url: 'https://acme.zendesk.com/agent/tickets/7', site: 'zendesk', boxKind: 'public', text, report, updatedAt: 1, boxId: 'b1', customerMessage };
  const c = mockConnector({ states: { 1: state } });
  stop = await startPanel(c);
  render(
    <ConnectorContext.Provider value={c}>
      <App />
    </ConnectorContext.Provider>,
  );
  await waitFor(() => screen.getByTestId('signals'));
  return report;
}

beforeEach(() => panelStore.setState({ tabId: null, bound: false, coach: null, loaded: false, notice: null }));
afterEach(() => {
  stop?.();
  cleanup();
});

describe('advice cards', () => {
  it('an angry customer in an outage: both moods, bad news with its reason, no tip and the last two questions held back, saying why', async () => {
    await show('Hi Dana, I am looking into it.', "Your whole site is down and I'm furious. I need it back today!");
    const mood = screen.getByTestId('mood');
    expect(mood.getAttribute('data-flags')).toBe('upset hurry');
    expect(mood.textContent).toContain('The customer is upset');
    expect(mood.textContent).toContain('Also: The customer is in a hurry');
    expect(mood.textContent).toContain('Outage or incident');
    const badNews = document.querySelector('[data-kind="bad-news"]');
    expect(badNews?.textContent).toContain('Why now: Outage or incident');
    expect(screen.getByTestId('bonus-tip-held').textContent).toMatch(/No tip this time: .*upset/);
    const held = screen.getByTestId('closing-held');
    expect(held.textContent).toMatch(/Held back because .*the customer is upset/);
    expect(held.querySelectorAll('[data-shown="false"]')).toHaveLength(2);
    expect(document.querySelector('[data-question="solved"]')?.getAttribute('data-shown')).toBe('true');
    // The signal list agrees with the tip card: no "+4, not in the draft yet" for a tip.
    const tip = document.querySelector('[data-signal="bonus-tip"]');
    expect(tip?.getAttribute('data-need')).toBe('not-now');
    expect(tip?.textContent).toContain('not now');
    expect(tip?.textContent).not.toContain('+');
  });

  it('a calm printer question: no mood card, no frustration line, no apology asked for, a printer tip', async () => {
    await show('Hi Tomás, here is how to add the printer.', 'Could you tell me how to add the printer by the kitchen? No rush at all.', 'Adding the 3rd floor printer');
    expect(screen.queryByTestId('mood')).toBeNull();
    expect(document.querySelector('[data-kind="empathy"]')).toBeNull();
    expect(document.querySelector('[data-kind="apology"]')).toBeNull();
    const apology = document.querySelector('[data-signal="apology"]');
    expect(apology?.getAttribute('data-need')).toBe('optional');
    expect(apology?.textContent).toContain('not needed here');
    await waitFor(() => expect(screen.getByTestId('bonus-tip').getAttribute('data-tip')).toBe('printer-default'));
    expect(screen.queryByTestId('closing-held')).toBeNull();
  });
});
