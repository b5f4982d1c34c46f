import { expect, test } from '../harness';
import type { SiteCase } from './cases';
import { openCase, typeInto } from './session';

/** Switching the tool to an internal note is reported as internal, and back to public. */
export function tellsPublicFromInternal(c: SiteCase): void {
  test('tells a public reply from an internal note', async ({ driver, desk }) => {
    test.skip(!c.toInternal || !c.toPublic, 'this tool has no internal notes');
    const o = await openCase(c, driver, desk);
    await typeInto(c, o, 'Checked the logs');
    await o.state((s) => s?.text === 'Checked the logs' && s.boxKind === 'public');
    await c.toInternal!(o.tab);
    const internal = await o.state((s) => s?.boxKind === 'internal');
    expect(await o.tab.evaluate(() => window.fixture?.mode())).toBe('internal');
    expect(internal?.site).toBe(c.site);
    await c.toPublic!(o.tab);
    await o.state((s) => s?.boxKind === 'public');
  });
}
