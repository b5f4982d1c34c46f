// @vitest-environment happy-dom
// The "reply or internal note?" question: asked only when the page does not say, answered with one
// click, and once answered shown as the agent's word with a way to change it.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { CoachTabState } from '@/lib/coach-state';
import { ConnectorContext } from '@/lib/panel/context';
import { mockConnector } from '@/lib/panel/mock-connector';
import { panelStore } from '@/lib/panel/store';
import { BoxKindQuestion } from './BoxKindQuestion';

const coach = (over: Partial<CoachTabState>): CoachTabState => ({
  url: 'https://desk.acme.example/tickets/7/reply',
  site: 'generic',
  boxKind: 'unknown',
  text: 'Checked the logs',
  report: null,
  updatedAt: 1,
  boxId: 'b1',
  formKey: '1a2b3c4d',
  ...over,
});

function show(state: CoachTabState) {
  const connector = mockConnector({ tabId: 7 });
  panelStore.setState({ tabId: 7 });
  render(
    <ConnectorContext.Provider value={connector}>
      <BoxKindQuestion coach={state} />
    </ConnectorContext.Provider>,
  );
  return connector;
}

afterEach(cleanup);

describe('reply or internal note?', () => {
  it('asks when the page does not say, and sends the answer', async () => {
    const connector = show(coach({}));
    expect(screen.getByRole('heading', { name: 'Is this a reply to the customer or an internal note?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Internal note' }));
    await waitFor(() => expect(connector.calls.answers).toEqual(['internal']));
  });

  it('does not ask when the page says', () => {
    show(coach({ boxKind: 'public', boxKindFrom: 'page' }));
    expect(screen.queryByRole('heading', { name: /reply to the customer or an internal note/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Change/ })).toBeNull();
  });

  it('shows a remembered answer as the agent\'s, with a way to change it', async () => {
    const connector = show(coach({ boxKind: 'internal', boxKindFrom: 'agent' }));
    expect(screen.getByTestId('box-kind-answered').textContent).toContain('Internal note');
    fireEvent.click(screen.getByRole('button', { name: 'Change whether this box is a reply or an internal note' }));
    await waitFor(() => expect(connector.calls.answers).toEqual([null]));
  });
});
