import { expect, test } from '../harness';
import type { SiteCase } from './cases';
import { modelText, openCase, replaceFromPanel, typeInto } from './session';

/**
 * A rewrite replaces exactly its span, and is refused when the draft no longer has that text there:
 * then the draft is untouched and the answer says why (the panel shows it).
 */
export function replacesASpan(c: SiteCase): void {
  test('replaces a span, refusing a stale one', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    await typeInto(c, o, 'No problem, Dana.');
    await o.state((s) => s?.text === 'No problem, Dana.');
    const stale = await replaceFromPanel(driver, o, { start: 0, end: 10, actual: 'No worries', text: "You're welcome" });
    // Refused with a sentence the panel shows, and nothing lost: the draft is exactly as it was.
    expect(stale).toEqual({ ok: false, reason: expect.stringMatching(/\w+ \w+/) });
    expect(await modelText(o)).toBe('No problem, Dana.');
    expect((await driver.readTabState(o.tabId))?.text).toBe('No problem, Dana.');
    const done = await replaceFromPanel(driver, o, { start: 0, end: 10, actual: 'No problem', text: "You're welcome" });
    expect(done).toEqual({ ok: true });
    await o.state((s) => s?.text === "You're welcome, Dana.");
    expect(await modelText(o)).toBe("You're welcome, Dana.");
    if (c.typedUndo) {
      // An editor with its own history: the rewrite is one step of it, taking nothing typed with it.
      await o.tab.press('ControlOrMeta+z');
      await expect.poll(() => modelText(o)).toBe('No problem, Dana.');
      await o.tab.press('ControlOrMeta+z');
      await expect.poll(() => modelText(o)).toBe(c.typedUndo.replace);
    }
  });
}
