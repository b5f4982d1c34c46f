// @vitest-environment happy-dom
// The panel's promise and follow-up sections, as an agent reads and uses them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FollowUpContext } from '@/lib/followup/context';
import { mockFollowUps } from '@/lib/followup/connector';
import type { FollowUp } from '@/lib/followup/types';
import { FollowUps } from './FollowUps';
import { Promises } from './Promises';

afterEach(cleanup);

describe('Your promises', () => {
  // A fixed morning (local time), so "within 15 minutes" falls on the same day whenever the suite runs: run at 23:52 the
  // promise was due tomorrow and the line rightly gave the date, which this test did not expect (session 29, CI).
  afterEach(() => vi.useRealTimers());

  it('says what the agent promised and by when, with a reminder on by default that can be turned off', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 9, 30));
    const due = new Date(Date.now() + 15 * 60_000);
    const hhmm = due.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    const connector = mockFollowUps();
    render(
      <FollowUpContext.Provider value={connector}>
        <Promises tabId={7} commitments={[{ text: "I'll call you back within 15 minutes", span: { start: 0, end: 36 }, due: due.toISOString(), action: 'call them back' }]} />
      </FollowUpContext.Provider>,
    );
    expect(screen.getByText(`You promise: call them back by ${hhmm}`)).toBeTruthy();
    const box = screen.getByRole('checkbox', { name: 'Remind me' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    let muted: string[] = [];
    connector.watchMuted(7, (k) => (muted = k));
    expect(muted).toEqual(["i'll call you back within 15 minutes"]);
  });

  it('shows nothing for a draft without a promise', () => {
    const { container } = render(<Promises tabId={7} commitments={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('Follow-ups', () => {
  const f = (id: string, at: number, title: string): FollowUp => ({
    id,
    promise: "I'll call you back within 15 minutes",
    action: 'call them back',
    due: new Date(at).toISOString(),
    remindAt: at,
    ticket: { title, url: 'https://acme.zendesk.com/agent/tickets/1' },
    site: 'zendesk',
    createdAt: 0,
  });

  it('lists open promises overdue first, and acts on the one whose button was pressed', async () => {
    const connector = mockFollowUps([f('later', Date.now() + 3_600_000, 'Printer offline'), f('late', Date.now() - 60_000, 'VPN drops')]);
    render(
      <FollowUpContext.Provider value={connector}>
        <FollowUps tabId={7} />
      </FollowUpContext.Provider>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-followup'))).toEqual(['late', 'later']);
    expect(items[0]!.getAttribute('data-overdue')).toBe('true');
    expect(items[0]!.textContent).toContain('overdue since');
    fireEvent.click(screen.getByRole('button', { name: 'Snooze 15 minutes: call them back, VPN drops' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open ticket: call them back, Printer offline' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mark done: call them back, VPN drops' }));
    expect(connector.acted).toEqual([
      ['late', 'snooze'],
      ['later', 'open'],
      ['late', 'done'],
    ]);
    expect(await screen.findAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'My progress' }).getAttribute('href')).toBe('/progress.html');
  });

  it('says what it is for when there is nothing open', () => {
    render(
      <FollowUpContext.Provider value={mockFollowUps()}>
        <FollowUps tabId={null} />
      </FollowUpContext.Provider>,
    );
    expect(screen.getByText(/No open promises/)).toBeTruthy();
  });
});
