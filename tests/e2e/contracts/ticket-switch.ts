import { expect, test } from '../harness';
import type { SiteCase } from './cases';
import { openCase, typeInto } from './session';

/** Opening another ticket moves the tab's state to that ticket's box, without a reload. */
export function followsTicketSwitch(c: SiteCase): void {
  test('a ticket switch moves the state to the new box', async ({ driver, desk }) => {
    test.skip(!c.otherTicket, 'one ticket per page');
    const o = await openCase(c, driver, desk);
    await typeInto(c, o, 'Draft for the first ticket');
    const first = await o.state((s) => s?.text === 'Draft for the first ticket');
    await c.otherTicket!(o.tab);
    const moved = await o.state((s) => !!s?.boxId && s.boxId !== first?.boxId);
    expect(moved?.text).toBe('');
    await typeInto(c, o, 'Second ticket');
    await o.state((s) => s?.text === 'Second ticket' && s.boxId === moved?.boxId);
  });
}
