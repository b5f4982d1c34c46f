// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { CoachTabState } from '@/lib/coach-state';
import type { Report } from '@/lib/scoring/types';
import { ConnectorContext } from '@/lib/panel/context';
import { mockConnector, type MockConnector } from '@/lib/panel/mock-connector';
import { panelStore, startPanel } from '@/lib/panel/store';
import { App } from './App';

const text = 'Hi Ana, no problem. Have I solved your problem?';
const report: Report = {
  score: 64,
  signals: { personalization: true, 'no-problem': true, 'closing-question': true },
  findings: [
    {
      ruleId: 'no-problem',
      level: 'warning',
      message: 'Say “you’re welcome” instead.',
      span: { start: 8, end: 18 },
      actual: 'no problem',
      expected: ['you’re welcome'],
    },
  ],
  prompts: [
    { id: 'empathy-calm-1', kind: 'empathy', text: 'I understand how frustrating this is, Ana.' },
    { id: 'mood-hurry', kind: 'mood', text: 'I can tell you’re in a hurry, so I’ll get straight to it.' },
  ],
  closingQuestions: [
    { id: 'solved', text: 'Have I solved your problem?', asked: true, always: true },
    { id: 'anything-else', text: 'Is there anything else I can help you with?', asked: false },
  ],
  mood: { kind: 'hurry', hurry: true, upset: false, confused: false, evidence: ['ASAP'] },
  breakdown: [
    { signal: 'personalization', present: true, weight: 10, points: 10, evidence: 'Ana' },
    { signal: 'empathy', present: false, weight: 15, points: 0 },
  ],
};
const coach = (over: Partial<CoachTabState> = {}): CoachTabState => ({
  url: 'https://acme.zendesk.com/agent/tickets/7',
  site: 'zendesk',
  siteName: 'Zendesk',
  boxKind: 'public',
  text,
  report,
  updatedAt: 1,
  boxId: 'b1',
  ...over,
});

let connector: MockConnector;
let stop: () => void;

async function mount(c: MockConnector) {
  connector = c;
  stop = await startPanel(c);
  render(
    <ConnectorContext.Provider value={c}>
      <App />
    </ConnectorContext.Provider>,
  );
}

beforeEach(() => panelStore.setState({ tabId: null, bound: false, coach: null, loaded: false, notice: null }));
afterEach(() => {
  stop?.();
  cleanup();
});

describe('side panel', () => {
  it('shows where the agent writes, the score with a verdict, and the word count', async () => {
    await mount(mockConnector({ states: { 1: coach() } }));
    expect(screen.getByTestId('where').textContent).toBe('Zendesk · public reply');
    expect(screen.getByLabelText('Score 64 of 100').textContent).toContain('64');
    expect(screen.getByTestId('word-count').textContent).toBe('9 words');
  });

  it('updates live when the hub pushes a new state', async () => {
    await mount(mockConnector({ states: { 1: coach() } }));
    connector.push(1, coach({ text: 'Hi Ana', report: { ...report, score: 20 } }));
    await waitFor(() => expect(screen.getByTestId('word-count').textContent).toBe('2 words'));
    expect(screen.getByLabelText('Score 20 of 100')).toBeTruthy();
  });

  it('follows the active tab when unbound, and stays put when bound', async () => {
    await mount(mockConnector({ states: { 1: coach(), 2: coach({ site: 'gmail', siteName: 'Gmail', text: 'one two' }) } }));
    connector.activate(2);
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('Gmail · public reply'));
    cleanup();
    stop();
    panelStore.setState({ tabId: null, loaded: false });
    await mount(mockConnector({ tabId: 1, bound: true, states: { 1: coach(), 2: coach({ site: 'gmail', siteName: 'Gmail' }) } }));
    connector.activate(2);
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByTestId('where').textContent).toBe('Zendesk · public reply');
  });

  it('Insert puts a prompt into the reply; Apply replaces the finding’s exact span', async () => {
    await mount(mockConnector({ states: { 1: coach() } }));
    fireEvent.click(screen.getByRole('button', { name: /^Insert empathy line/ }));
    await waitFor(() => expect(connector.calls.insert).toEqual(['I understand how frustrating this is, Ana.']));
    fireEvent.click(screen.getByRole('button', { name: /^Apply “you’re welcome”/ }));
    await waitFor(() => expect(connector.calls.replace).toEqual([{ start: 8, end: 18, actual: 'no problem', text: 'you’re welcome' }]));
    expect(screen.getByTestId('notice').textContent).toBe('Rewrite applied.');
  });

  it('says why an edit failed', async () => {
    await mount(mockConnector({ states: { 1: coach() }, result: { ok: false, reason: 'No reply box is open in that tab.' } }));
    fireEvent.click(screen.getByRole('button', { name: /^Insert question/ }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('No reply box is open in that tab.'));
  });

  it('ticks closing questions the draft asks and offers Insert for the rest', async () => {
    await mount(mockConnector({ states: { 1: coach() } }));
    const asked = document.querySelector('[data-question="solved"]');
    expect(asked?.getAttribute('data-asked')).toBe('true');
    expect(asked?.textContent).toContain('always ask');
    expect(screen.getByRole('button', { name: 'Insert question: Is there anything else I can help you with?' })).toBeTruthy();
  });

  it('shows the hurry banner with the line that fits', async () => {
    await mount(mockConnector({ states: { 1: coach() } }));
    expect(screen.getByTestId('mood').textContent).toContain('in a hurry');
    expect(screen.getByTestId('mood').textContent).toContain('“ASAP”');
  });

  it('an internal note is not coached', async () => {
    await mount(mockConnector({ states: { 1: coach({ boxKind: 'internal', report: { ...report, skipped: 'internal-note' } }) } }));
    expect(screen.getByTestId('internal-note').textContent).toContain('Internal note — not customer-facing');
    expect(screen.queryByText('Rephrase')).toBeNull();
    expect(screen.queryByTestId('score')).toBeNull();
  });

  it('with no box on an unknown site, offers to coach there', async () => {
    await mount(mockConnector({ states: {} }));
    expect(screen.getByText('No reply box yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Coach on this site' }));
    await waitFor(() => expect(connector.calls.coachSite).toEqual([1]));
  });

  it('renders page text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await mount(mockConnector({ states: { 1: coach({ text: hostile, report: { ...report, findings: [] } }) } }));
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('draft-preview').textContent).toBe(hostile);
  });
});

describe('bonus tip', () => {
  const tips = [
    { id: 'vpn-reconnect', title: 'Auto-reconnect', text: 'Turn on auto-reconnect in the VPN client.', topics: ['vpn'] },
    { id: 'vpn-wired', title: 'Wired is steadier', text: 'A cable beats Wi-Fi for long calls.', topics: ['vpn'] },
  ];
  const withTip = (offer: boolean, reason = '') => coach({ customerName: 'Ana', report: { ...report, bonusTip: { offer, reason, tips } } });

  it('offers a topic tip, inserts it, and does not offer it to the same requester again', async () => {
    await mount(mockConnector({ states: { 1: withTip(true) } }));
    await waitFor(() => expect(screen.getByTestId('bonus-tip').getAttribute('data-tip')).toBe('vpn-reconnect'));
    fireEvent.click(screen.getByRole('button', { name: 'Insert tip: Auto-reconnect' }));
    await waitFor(() => expect(connector.calls.offered).toEqual([['Ana', 'vpn-reconnect']]));
    expect(connector.calls.insert).toEqual(['Turn on auto-reconnect in the VPN client.']);
    await waitFor(() => expect(screen.getByTestId('bonus-tip').getAttribute('data-tip')).toBe('vpn-wired'));
  });

  it('Next shows another tip, Dismiss hides it', async () => {
    await mount(mockConnector({ states: { 1: withTip(true) } }));
    await waitFor(() => screen.getByTestId('bonus-tip'));
    fireEvent.click(screen.getByRole('button', { name: 'Next tip' }));
    await waitFor(() => expect(screen.getByTestId('bonus-tip').getAttribute('data-tip')).toBe('vpn-wired'));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByTestId('bonus-tip')).toBeNull());
  });

  it('steps back with the reason when the customer is in a hurry', async () => {
    await mount(mockConnector({ states: { 1: withTip(false, 'The customer is in a hurry: no bonus tip today.') } }));
    await waitFor(() => expect(screen.getByTestId('bonus-tip-held').textContent).toContain('in a hurry'));
    expect(screen.queryByRole('button', { name: /Insert tip/ })).toBeNull();
  });
});

describe('signals', () => {
  it('lists what costs points first, then what is missing with what it would add; clean habits stay quiet', async () => {
    const breakdown = [
      { signal: 'personalization' as const, present: true, weight: 8, points: 8, evidence: 'Hi Ana' },
      { signal: 'empathy' as const, present: false, weight: 12, points: 0 },
      { signal: 'no-problem' as const, present: true, weight: -4, points: -4, evidence: 'no problem' },
      { signal: 'condescension' as const, present: false, weight: -20, points: 0 },
    ];
    await mount(mockConnector({ states: { 1: coach({ report: { ...report, breakdown } }) } }));
    const rows = [...screen.getByTestId('signals').querySelectorAll('li')].map((li) => li.getAttribute('data-signal'));
    expect(rows).toEqual(['no-problem', 'empathy', 'personalization']);
    expect(screen.getByTestId('signals').textContent).toContain('“no problem”');
    expect(screen.getByLabelText('-4 points')).toBeTruthy();
  });
});

describe('phonetic helper in the panel', () => {
  it('offers the tokens of the draft and the customer message, and inserts the spelling into the reply', async () => {
    await mount(mockConnector({ states: { 1: coach({ text: 'Your ticket is INC0012345.', customerMessage: 'My order #A-48213 never came' }) } }));
    const spellButton = await screen.findByRole('button', { name: 'Spell INC0012345' });
    fireEvent.click(spellButton);
    fireEvent.click(screen.getByRole('button', { name: 'Insert spelling' }));
    await waitFor(() => expect(connector.calls.insert[0]).toMatch(/^India – November – Charlie/));
  });

  it('still works on an internal note', async () => {
    await mount(mockConnector({ states: { 1: coach({ boxKind: 'internal', text: 'Temp password is Xq7-pL', report: { ...report, skipped: 'internal-note' } }) } }));
    expect(await screen.findByText('Spell it out')).toBeTruthy();
  });
});
