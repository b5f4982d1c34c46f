import { expect, test } from '../harness';
import type { SiteCase } from './cases';
import { openCase } from './session';

/** The page's reply box is found without the agent doing anything, and reported as the right tool. */
export function detectsTheBox(c: SiteCase): void {
  test('detects the reply box', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    const state = await o.state((s) => !!s?.boxId);
    expect(state).toMatchObject({ site: c.site, editor: c.editor, boxKind: c.kind, text: '' });
  });
}
