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
    if (c.undo === 'as-typed') {
      // An editor whose own undo takes back a whole typing session (Summernote) may take typed words
      // with the insert: the insert is gone and what stays is the start of the agent's draft.
      await expect.poll(() => modelText(o)).not.toContain('again');
      const after = (await modelText(o)) ?? '';
      expect('Thanks Dana.'.startsWith(after.trim())).toBe(true);
      return;
    }
    await o.state((s) => s?.text === 'Thanks Dana.');
    expect(await modelText(o)).toBe('Thanks Dana.');
  });
}

