// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import type { CoachTabState } from '@/lib/coach-state';
import { createScorer } from '@/lib/scoring';
import { ConnectorContext } from '@/lib/panel/context';
import { mockConnector } from '@/lib/panel/mock-connector';
import { startPanel } from '@/lib/panel/store';
import { App } from './App';

const german =
  'Hallo Frau Meier, vielen Dank für Ihre Nachricht. Ich habe Ihr Passwort zurückgesetzt, Sie können sich jetzt wieder anmelden. Bei Fragen melden Sie sich gern.';

let stop: (() => void) | undefined;
afterEach(() => {
  cleanup();
  stop?.();
});

describe('a draft in another language than the pack', () => {
  it('the panel says which language instead of a score of 0', async () => {
    const report = createScorer().score(german);
    const coach: CoachTabState = { url: 'https://acme.zendesk.com/agent/tickets/7', site: 'zendesk', boxKind: 'public', text: german, report, updatedAt: 1, boxId: 'b1' };
    const c = mockConnector({ states: { 1: coach } });
    stop = await startPanel(c);
    render(
      <ConnectorContext.Provider value={c}>
        <App />
      </ConnectorContext.Provider>,
    );
    const note = await screen.findByTestId('other-language');
    expect(note.textContent).toContain('This draft looks German');
    expect(note.textContent).toContain('Your pack is written in English');
    expect(screen.queryByTestId('score')).toBeNull();
    expect(screen.queryByText('Rephrase')).toBeNull();
  });
});
