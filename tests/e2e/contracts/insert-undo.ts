import { expect, test } from '../harness';
import type { EditResult } from '../../../lib/messaging';
import type { SiteCase } from './cases';
import { modelText, openCase, panelAction, typeInto } from './session';

/** The panel inserts at the caret the agent left, through the editor, and the editor's undo removes it. */
export function insertsAtCaretThenUndo(c: SiteCase): void {
  test('inserts at the caret, and undo restores the draft', async ({ context, desk, harness }) => {
    const o = await openCase(c, context, desk, harness);
    await typeInto(c, o, 'Thanks Dana.');
    await o.state((s) => s?.text === 'Thanks Dana.');
    for (let i = 0; i < 'Dana.'.length; i++) await o.page.keyboard.press('ArrowLeft');
    const result = await panelAction<EditResult>(harness, o.tabId, 'insertIntoTab', { text: 'again, ' });
    expect(result).toEqual({ ok: true });
    await o.state((s) => s?.text === 'Thanks again, Dana.');
    expect(await modelText(o)).toBe('Thanks again, Dana.');

    await o.page.bringToFront();
    await o.page.keyboard.press('ControlOrMeta+z');
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

