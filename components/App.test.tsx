// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { CoachTabState } from '@/lib/coach-state';
import type { Report } from '@/lib/scoring/types';
import { ConnectorContext } from '@/lib/panel/context';
import { mockConnector, type MockConnector } from '@/lib/panel/mock-connector';
import { panelStore, startPanel } from '@/lib/panel/store';
import { App } from './App';
import { localeMessages, useLocale } from '@/tests/unit/i18n';
import { englishLeftovers } from '@/tests/unit/english-leftovers';
import { focusables, keepFocus } from '@/lib/panel/keep-focus';

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
    { id: 'mood-hurry', kind: 'mood', text: 'I can tell you’re in a hurry, so I’ll get straight to it.', because: [{ mood: 'hurry' }] },
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
let unwatch: AbortController | undefined;

/** Mounts the panel as entrypoints/sidepanel/main.tsx does (focus kept on removal included). */
async function mount(c: MockConnector) {
  connector = c;
  stop = await startPanel(c);
  const { container } = render(
    <ConnectorContext.Provider value={c}>
      <App />
    </ConnectorContext.Provider>,
  );
  unwatch = new AbortController();
  keepFocus(container as HTMLElement, unwatch.signal);
}

beforeEach(() => {
  localStorage.clear();
  panelStore.setState({ tabId: null, bound: false, coach: null, loaded: false, notice: null, prefs: null, offered: null });
});
afterEach(() => {
  unwatch?.abort();
  stop?.();
  cleanup();
});

describe('side panel', () => {
  it('shows where the agent writes, the score with a verdict, and the word count', async () => {
    await mount(mockConnector({ states: { 1: coach() } }));
    expect(screen.getByTestId('where').textContent).toBe('Zendesk · public reply');
    expect(screen.getByTestId('score').textContent).toContain('Score 64 of 100');
    expect(screen.getByTestId('word-count').textContent).toBe('9 words');
  });

  it('updates live when the hub pushes a new state', async () => {
    await mount(mockConnector({ states: { 1: coach() } }));
    connector.push(1, coach({ text: 'Hi Ana', report: { ...report, score: 20 } }));
    await waitFor(() => expect(screen.getByTestId('word-count').textContent).toBe('2 words'));
    expect(screen.getByTestId('score').textContent).toContain('Score 20 of 100');
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
    fireEvent.click(screen.getByRole('button', { name: 'Insert: I understand how frustrating this is, Ana.' }));
    await waitFor(() => expect(connector.calls.insert).toEqual(['I understand how frustrating this is, Ana.']));
    fireEvent.click(screen.getByRole('button', { name: /^Apply “you’re welcome”/ }));
    await waitFor(() => expect(connector.calls.replace).toEqual([{ start: 8, end: 18, actual: 'no problem', text: 'you’re welcome' }]));
    expect(screen.getByTestId('notice').textContent).toBe('Rewrite applied.');
  });

  it('links a finding to the page its rule names, and opens nothing but a web page', async () => {
    const findings = [
      { ...report.findings[0]!, link: 'https://wiki.example.com/support/tone' },
      { ruleId: 'x', level: 'suggestion' as const, message: 'Keep it short.', span: { start: 0, end: 2 }, link: 'javascript:alert(1)' },
    ];
    await mount(mockConnector({ states: { 1: coach({ report: { ...report, findings } }) } }));
    const why = screen.getByRole('link', { name: 'Why? A page about: Say “you’re welcome” instead.' });
    expect(why.getAttribute('href')).toBe('https://wiki.example.com/support/tone');
    expect(why.getAttribute('rel')).toContain('noopener');
    expect(screen.getAllByRole('link', { name: /^Why\?/ })).toHaveLength(1);
  });

  it('says why an edit failed', async () => {
    await mount(mockConnector({ states: { 1: coach() }, result: { ok: false, reason: 'No reply box is open in that tab.' } }));
    fireEvent.click(screen.getByRole('button', { name: /^Insert: Is there anything else/ }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('No reply box is open in that tab.'));
  });

  it('ticks closing questions the draft asks and offers Insert for the rest', async () => {
    await mount(mockConnector({ states: { 1: coach() } }));
    const asked = document.querySelector('[data-question="solved"]');
    expect(asked?.getAttribute('data-asked')).toBe('true');
    expect(asked?.textContent).toContain('always ask');
    expect(screen.getByRole('button', { name: 'Insert: Is there anything else I can help you with?' })).toBeTruthy();
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
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss tip: Wired is steadier' }));
    await waitFor(() => expect(screen.queryByTestId('bonus-tip')).toBeNull());
  });

  it('Dismiss hands the keyboard focus to the next control, not to the top of the panel', async () => {
    await mount(mockConnector({ states: { 1: withTip(true) } }));
    const dismiss = await screen.findByRole('button', { name: 'Dismiss tip: Auto-reconnect' });
    dismiss.focus();
    fireEvent.click(dismiss);
    await waitFor(() => expect(screen.queryByTestId('bonus-tip')).toBeNull());
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(document.activeElement?.matches('button, input, select, summary')).toBe(true);
    expect(document.querySelector('main')?.contains(document.activeElement)).toBe(true);
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
    const row = (id: string) => screen.getByTestId('signals').querySelector(`[data-signal="${id}"]`)?.textContent;
    expect(row('no-problem')).toContain('in the draft, costs 4 points');
    expect(row('empathy')).toContain('missing, would add 12 points');
    expect(row('personalization')).toContain('met, adds 8 points');
  });
});

describe('compact layout', () => {
  it('puts “Before you send” first: the must-haves still missing, each with its line, then the closing questions', async () => {
    const breakdown = [
      { signal: 'personalization' as const, present: true, weight: 8, points: 8, evidence: 'Hi Ana' },
      { signal: 'empathy' as const, present: false, weight: 12, points: 0 },
      { signal: 'expectation' as const, present: false, weight: 10, points: 0 },
      { signal: 'teach' as const, present: false, weight: 5, points: 0 },
      { signal: 'gratitude' as const, present: false, weight: 4, points: 0 },
      { signal: 'closing-question' as const, present: false, weight: 12, points: 0 },
    ];
    await mount(mockConnector({ states: { 1: coach({ report: { ...report, breakdown } }) } }));
    const before = screen.getByTestId('before-send');
    expect([...before.querySelectorAll('.rp-must li')].map((li) => li.getAttribute('data-signal'))).toEqual(['empathy', 'expectation', 'teach']);
    expect(before.querySelector('[data-signal="empathy"]')?.textContent).toContain('missing, would add 12 points');
    expect(before.querySelector('[data-question="anything-else"]')).toBeTruthy();
    // Reachable from the top in a few Tab presses: the mood line's Insert, then this section.
    const order = focusables(document.querySelector('main')!);
    expect(order.findIndex((el) => before.contains(el))).toBeLessThan(5);
    fireEvent.click(screen.getByRole('button', { name: 'Insert: I understand how frustrating this is, Ana.' }));
    await waitFor(() => expect(connector.calls.insert).toEqual(['I understand how frustrating this is, Ana.']));
    expect(connector.calls.shown).toEqual([1]);
  });

  it('folds the rest into sections that remember being opened or closed', async () => {
    localStorage.clear();
    await mount(mockConnector({ states: { 1: coach() } }));
    const signals = screen.getByRole('button', { name: /^Signals/ });
    expect(signals.getAttribute('aria-expanded')).toBe('false');
    const rephrase = screen.getByRole('button', { name: /^Rephrase/ });
    expect(rephrase.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(signals);
    fireEvent.click(rephrase);
    cleanup();
    stop();
    panelStore.setState({ tabId: null, loaded: false });
    await mount(mockConnector({ states: { 1: coach() } }));
    expect(screen.getByRole('button', { name: /^Signals/ }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /^Rephrase/ }).getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(screen.getByRole('button', { name: /^Rephrase/ }).getAttribute('aria-controls')!)?.hidden).toBe(true);
    localStorage.clear();
  });
});

describe('phonetic helper in the panel', () => {
  it('offers the tokens of the draft and the customer message, and inserts the spelling into the reply', async () => {
    await mount(mockConnector({ states: { 1: coach({ text: 'Your ticket is INC0012345.', customerMessage: 'My order #A-48213 never came' }) } }));
    fireEvent.click(await screen.findByRole('button', { name: /^Spell it out/ }));
    const spellButton = await screen.findByRole('button', { name: 'Spell INC0012345 ticket' });
    fireEvent.click(spellButton);
    fireEvent.click(screen.getByRole('button', { name: 'Insert spelling' }));
    await waitFor(() => expect(connector.calls.insert[0]).toMatch(/^India – November – Charlie/));
  });

  it('still works on an internal note', async () => {
    await mount(mockConnector({ states: { 1: coach({ boxKind: 'internal', text: 'Temp password is Xq7-pL', report: { ...report, skipped: 'internal-note' } }) } }));
    expect(await screen.findByText('Spell it out')).toBeTruthy();
  });
});

describe('in a German browser', () => {
  afterEach(() => useLocale('en'));

  it('shows no English: every label, reason and count is German, and a German pack’s words are marked German', async () => {
    useLocale('de');
    const german: Report = {
      score: 41,
      signals: { personalization: true, 'no-problem': true },
      findings: [
        { ruleId: 'kein-problem', level: 'warning', message: 'Sagen Sie „Gern geschehen“ statt „Kein Problem“.', span: { start: 13, end: 25 }, actual: 'kein Problem', expected: ['gern geschehen'] },
        { ruleId: 'bonus-tip-timing', level: 'suggestion', message: 'The customer seems in a hurry: save the bonus tip for another time.', code: 'tip-timing-hurry', span: { start: 0, end: 5 } },
        // Session 20: a closing question asked of a customer in a hurry, the note in the panel's language.
        { ruleId: 'closing-question-timing', level: 'suggestion', message: 'The customer is in a hurry: save this question ("Kann ich sonst noch etwas für Sie tun?") for another time.', code: 'question-timing-hurry', span: { start: 28, end: 32 } },
      ],
      prompts: [
        { id: 'mood-hurry-1', kind: 'mood', text: 'Ich weiß, Ihre Zeit ist knapp, Ana Weber. Hier die schnellste Lösung.', because: [{ mood: 'hurry' }] },
        { id: 'empathy-hurry-1', kind: 'empathy', text: 'Ich verstehe, wie ärgerlich das ist, Ana Weber.', because: [{ mood: 'hurry' }, { situation: 'stoerung' }] },
      ],
      closingQuestions: [
        { id: 'geloest', text: 'Konnte ich Ihr Problem lösen?', asked: false, always: true },
        { id: 'sonst', text: 'Kann ich sonst noch etwas für Sie tun?', asked: true },
        { id: 'zeit', text: 'Haben Sie noch einen Moment?', asked: false, shown: false, hiddenBecause: [{ mood: 'hurry' }] },
      ],
      mood: { kind: 'hurry', hurry: true, upset: false, confused: true, evidence: ['dringend'] },
      situations: [{ id: 'stoerung', label: 'Störung', evidence: ['ausgefallen'] }],
      breakdown: [
        { signal: 'personalization', present: true, weight: 1, points: 1, evidence: 'Ana' },
        { signal: 'empathy', present: false, weight: 12, points: 0 },
        { signal: 'no-problem', present: true, weight: -4, points: -4, evidence: 'kein Problem' },
        { signal: 'bonus-tip', present: false, weight: 4, points: 0, need: 'not-now', needBecause: [{ mood: 'hurry' }] },
      ],
      bonusTip: { offer: false, because: [{ mood: 'hurry' }], reason: 'The customer is in a hurry: skip the small talk and the tip.', tips: [] },
      locale: 'de',
    };
    await mount(mockConnector({ states: { 1: coach({ text: 'Hallo Ana, ja kein Problem. Code: INC0012345', report: german }) } }));
    await screen.findByText('Buchstabieren');
    // Every section open, so its words are checked too.
    for (const t of document.querySelectorAll<HTMLButtonElement>('.rp-toggle[aria-expanded="false"]')) fireEvent.click(t);
    await screen.findByText('Buchstabierung einfügen');
    expect(screen.getByTestId('word-count').textContent).toBe('7 Wörter');
    expect(screen.getByRole('button', { name: 'Einfügen: Konnte ich Ihr Problem lösen?' })).toBeTruthy();
    expect(screen.getByText('Ihr Gegenüber scheint es eilig zu haben: Heben Sie diese Abschlussfrage für ein anderes Mal auf.')).toBeTruthy();
    expect(englishLeftovers({ english: localeMessages('en'), other: localeMessages('de'), lang: 'de' })).toEqual([]);
    expect(document.querySelector('[data-kind="empathy"] p')?.getAttribute('lang')).toBe('de');
  });

  it('marks an English pack’s words as English in a German panel', async () => {
    useLocale('de');
    await mount(mockConnector({ states: { 1: coach({ report: { ...report, locale: 'en' } }) } }));
    const lines = screen.getAllByText('I understand how frustrating this is, Ana.');
    expect(lines.map((l) => l.getAttribute('lang'))).toEqual(lines.map(() => 'en'));
    expect(screen.getByTestId('where').textContent).toBe('Zendesk · öffentliche Antwort');
  });
});
