import { expect, test } from '../harness';
import type { EditResult } from '../../../lib/messaging';
import type { SiteCase } from './cases';
import { openCase, panelAction, typeInto } from './session';

/** A whole session (type, toggle, insert, close) throws nothing into the page's console. */
export function keepsThePageConsoleClean(c: SiteCase): void {
  test('throws nothing into the page console', async ({ context, desk, harness }) => {
    const o = await openCase(c, context, desk, harness);
    await typeInto(c, o, 'Hello there');
    await o.state((s) => s?.text === 'Hello there');
    await panelAction<EditResult>(harness, o.tabId, 'insertIntoTab', { text: ' Thanks!' });
    await o.state((s) => s?.text === 'Hello there Thanks!');
    await o.page.bringToFront();
    if (c.toInternal && c.toPublic) {
      await c.toInternal(o.page);
      await o.state((s) => s?.boxKind === 'internal');
      await c.toPublic(o.page);
      await o.state((s) => s?.boxKind === 'public');
    }
    await c.removeBox(o.page);
    await o.state((s) => !!s && !s.boxId);
    expect(o.errors).toEqual([]);
  });
}
