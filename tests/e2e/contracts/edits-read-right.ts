// Issue 12: what Insert and Apply leave in the reply box reads as if the agent typed it, the agent
// can keep typing without clicking back into the box, and one undo of the editor takes the edit out.
import { expect, test } from '../harness';
import type { Fix } from '../../../lib/scoring/types';
import type { SiteCase } from './cases';
import { insertFromPanel, modelText, openCase, replaceFromPanel, typeInto } from './session';

const TYPED = 'Hi Dana, I will reset the VPN profile now.';
const LINE = 'I can see why that would be frustrating.';

/** Insert at the end of a finished sentence: one space, no glue; one undo restores exactly the draft. */
export function insertReadsRightAndUndoes(c: SiteCase): void {
  test('Insert after a sentence reads right, and one undo restores the draft', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    await typeInto(c, o, TYPED);
    await o.state((s) => s?.text === TYPED);
    expect(await insertFromPanel(driver, o, LINE)).toEqual({ ok: true });
    await o.state((s) => s?.text === `${TYPED} ${LINE}`);
    await expect.poll(() => modelText(o)).toBe(`${TYPED} ${LINE}`);

    await o.tab.press('ControlOrMeta+z');
    await o.state((s) => s?.text === TYPED);
    await expect.poll(() => modelText(o)).toBe(TYPED);
  });
}

/** After an Insert mid-draft the focus is in the box and the caret right after the inserted words. */
export function insertLeavesTheCaretAfterIt(c: SiteCase): void {
  test('after Insert the agent types on right after the inserted words', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    const rest = ' I will call you at 3 pm.';
    await typeInto(c, o, `Thanks for waiting.${rest}`);
    await o.state((s) => s?.text === `Thanks for waiting.${rest}`);
    for (let i = 0; i < rest.length; i++) await o.tab.press('ArrowLeft');
    expect(await insertFromPanel(driver, o, LINE)).toEqual({ ok: true });
    await o.state((s) => s?.text === `Thanks for waiting. ${LINE}${rest}`);

    // No click: the agent's next keys go to the reply box, where the inserted words end.
    await o.tab.type(' Sorry!');
    await o.state((s) => s?.text === `Thanks for waiting. ${LINE} Sorry!${rest}`);
    await expect.poll(() => modelText(o)).toBe(`Thanks for waiting. ${LINE} Sorry!${rest}`);
  });
}

/** Apply replaces the whole idiom and leaves the agent's caret where it was, not at the replacement. */
export function applyKeepsTheAgentsCaret(c: SiteCase): void {
  test('Apply replaces the idiom and the agent types on where they were', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    const typed = 'No problem at all. I will check the invoice today.';
    await typeInto(c, o, typed);
    const state = await o.state((s) => s?.text === typed && !!s.report?.findings.some((f) => f.ruleId === 'no-problem'));
    const fix = state?.report?.findings.find((f) => f.ruleId === 'no-problem')?.fixes?.[0] as Fix;
    expect(fix).toMatchObject({ actual: 'No problem at all', text: "You're welcome" });
    const done = await replaceFromPanel(driver, o, { ...fix.span, actual: fix.actual, text: fix.text });
    expect(done).toEqual({ ok: true });
    const applied = "You're welcome. I will check the invoice today.";
    await o.state((s) => s?.text === applied);

    await o.tab.type(' Bye');
    await o.state((s) => s?.text === `${applied} Bye`);
    await expect.poll(() => modelText(o)).toBe(`${applied} Bye`);
  });
}
