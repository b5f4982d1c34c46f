import { expect, test } from '../harness';
import type { SiteCase } from './cases';
import { insertFromPanel, modelText, openCase, typeInto } from './session';

/** The panel inserts at the caret the agent left, through the editor, and the editor's undo removes it. */
export function insertsAtCaretThenUndo(c: SiteCase): void {
  test('inserts at the caret, and undo restores the draft', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    await typeInto(c, o, 'Thanks Dana.');
    await o.state((s) => s?.text === 'Thanks Dana.');
    for (let i = 0; i < 'Dana.'.length; i++) await o.tab.press('ArrowLeft');
    expect(await insertFromPanel(driver, o, 'again, ')).toEqual({ ok: true });
    await o.state((s) => s?.text === 'Thanks again, Dana.');
    expect(await modelText(o)).toBe('Thanks again, Dana.');

    await o.tab.press('ControlOrMeta+z');
    // One step of the editor's own history: exactly the draft as typed, the inserted words gone.
    await expect.poll(() => modelText(o)).toBe('Thanks Dana.');
    await o.state((s) => s?.text === 'Thanks Dana.');
    if (c.typedUndo) {
      // Nothing of the agent's typing went with the insert: the next Ctrl+Z undoes typing as usual.
      await o.tab.press('ControlOrMeta+z');
      await expect.poll(() => modelText(o)).toBe(c.typedUndo.insert);
    }
  });
}

