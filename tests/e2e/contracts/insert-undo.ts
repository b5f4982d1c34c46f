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
      // An editor whose own undo takes back more than the last typed words (Summernote) is held to
      // what it does when the agent types the same words: Ctrl+Z after an insert does no worse.
      await expect.poll(() => modelText(o)).not.toBe('Thanks again, Dana.');
      const after = await modelText(o);
      const control = await undoAfterTyping(c, context, desk, harness);
      expect([control, 'Thanks Dana.']).toContain(after);
      return;
    }
    await o.state((s) => s?.text === 'Thanks Dana.');
    expect(await modelText(o)).toBe('Thanks Dana.');
  });
}

/** The draft after the agent types "again, " into "Thanks Dana." and presses Ctrl+Z, in a fresh page. */
async function undoAfterTyping(c: SiteCase, context: Parameters<typeof openCase>[1], desk: Parameters<typeof openCase>[2], harness: Parameters<typeof openCase>[3]): Promise<string | undefined> {
  const o = await openCase(c, context, desk, harness);
  await typeInto(c, o, 'Thanks Dana.');
  for (let i = 0; i < 'Dana.'.length; i++) await o.page.keyboard.press('ArrowLeft');
  await o.page.keyboard.type('again, ');
  await expect.poll(() => modelText(o)).toBe('Thanks again, Dana.');
  await o.page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => modelText(o)).not.toBe('Thanks again, Dana.');
  const text = await modelText(o);
  await o.page.close();
  return text;
}
