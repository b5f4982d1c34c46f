import { expect, test } from '../harness';
import type { SiteCase } from './cases';
import { insertFromPanel, openCase, typeInto } from './session';

/** A whole session (type, toggle, insert, close) throws nothing into the page's console. */
export function keepsThePageConsoleClean(c: SiteCase): void {
  test('throws nothing into the page console', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    await typeInto(c, o, 'Hello there');
    await o.state((s) => s?.text === 'Hello there');
    await insertFromPanel(driver, o, ' Thanks!');
    await o.state((s) => s?.text === 'Hello there Thanks!');
    if (c.toInternal && c.toPublic) {
      await c.toInternal(o.tab);
      await o.state((s) => s?.boxKind === 'internal');
      await c.toPublic(o.tab);
      await o.state((s) => s?.boxKind === 'public');
    }
    await c.removeBox(o.tab);
    await o.state((s) => !!s && !s.boxId);
    expect(o.errors).toEqual([]);
  });
}
