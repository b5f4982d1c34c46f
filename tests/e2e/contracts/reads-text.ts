import { expect, test } from '../harness';
import type { SiteCase } from './cases';
import { modelText, openCase, typeInto } from './session';

export const TYPED = 'Hi Dana 👋 thanks for waiting.\nשלום — the fix is live.';

/** What the agent types arrives as typed: emoji, right-to-left text and line breaks intact. */
export function readsTypedText(c: SiteCase): void {
  test('reads the draft as typed (emoji, RTL, line breaks)', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    await typeInto(c, o, TYPED);
    const state = await o.state((s) => s?.text === TYPED);
    expect(state).toMatchObject({ site: c.site, text: TYPED });
    // The editor's own model holds the same text.
    expect(await modelText(o)).toBe(TYPED);
  });
}
