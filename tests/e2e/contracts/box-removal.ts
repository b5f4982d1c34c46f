import { expect, test } from '../harness';
import type { SiteCase } from './cases';
import { openCase, typeInto } from './session';

/** Closing the ticket (the box unmounts) clears the tab's draft: no coaching for a box that is gone. */
export function clearsWhenBoxRemoved(c: SiteCase): void {
  test('clears the state when the box is removed', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    await typeInto(c, o, 'About to close');
    await o.state((s) => s?.text === 'About to close');
    await c.removeBox(o.tab);
    const cleared = await o.state((s) => !!s && !s.boxId);
    expect(cleared).toMatchObject({ text: '', report: null });
  });
}
