// Issue 12, editor by editor: a box that becomes a rich editor after the agent started typing, and a
// block editor whose draft is every block. (What every editor shares runs in sites.spec.ts.)
import { expect, test } from './harness';
import type { Fix } from '../../lib/scoring/types';
import { CASES } from './contracts/cases';
import { insertFromPanel, modelText, openCase, replaceFromPanel, typeInto } from './contracts/session';
import { firstNoProblemRewrite } from './contracts/edits-read-right';

const caseOf = (name: string) => CASES.find((c) => c.fixture.name === name)!;

test('a plain box upgraded to CKEditor 5 while the agent types is driven as CKEditor 5 from then on', { tag: '@firefox' }, async ({ driver, desk }) => {
  const c = caseOf('ckeditor5-late');
  const o = await openCase(c, driver, desk);
  await o.state((s) => s?.editor === 'contenteditable');
  const typed = 'Hi Dana, I will reset the VPN profile now.';
  await typeInto(c, o, typed);
  await expect.poll(() => o.tab.evaluate(() => document.body.dataset.editor)).toBe('ckeditor5');
  await o.state((s) => s?.text === typed && s.editor === 'ckeditor5');

  const result = await insertFromPanel(driver, o, 'I can see why that would be frustrating.');
  expect(result).toEqual({ ok: true });
  await expect.poll(() => modelText(o)).toBe(`${typed} I can see why that would be frustrating.`);
  await o.tab.press('ControlOrMeta+z');
  await expect.poll(() => modelText(o)).toBe(typed);
});

test('Editor.js: the draft is every block in order, and a finding in any block can be applied', { tag: '@firefox' }, async ({ driver, desk }) => {
  const c = caseOf('editorjs');
  const o = await openCase(c, driver, desk);
  await typeInto(c, o, 'I am sorry the VPN dropped again.');
  // Editor.js makes a new block on Enter and focuses it at once, but binds the new block's own keys
  // (its Enter among them) only in an idle callback (`requestIdleCallback`, up to 2 s later: Editor.js
  // 2.31's BlockManager.composeBlock). An Enter pressed in that block before then is the browser's
  // plain line break inside the block: on a loaded 2-core machine that happened to 2 of 12 runs. An
  // agent pauses between paragraphs long enough; the test waits for the page's next idle period, which
  // comes after the callbacks queued before it.
  const focusedBlock = () =>
    o.tab.evaluate(() => Array.from(document.querySelectorAll('.codex-editor .ce-paragraph')).indexOf(document.activeElement as Element));
  const blockReady = () => o.tab.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 5_000 })));
  await o.tab.press('Enter');
  await expect.poll(focusedBlock).toBe(1);
  await blockReady();
  await o.tab.type('No problem at all, I will reset it now.');
  await o.tab.press('Enter');
  await expect.poll(focusedBlock).toBe(2);
  await blockReady();
  await o.tab.type('Talk soon.');
  const draft = 'I am sorry the VPN dropped again.\nNo problem at all, I will reset it now.\nTalk soon.';
  const state = await o.state((s) => s?.text === draft);
  // The apology in the first block counts, though the agent is typing in the third.
  expect(state?.report?.signals.apology).toBe(true);
  const fix = state?.report?.findings.find((f) => f.ruleId === 'no-problem')?.fixes?.[0] as Fix;
  const expected = firstNoProblemRewrite(state?.report?.findings.find((f) => f.ruleId === 'no-problem')?.fixes as Fix[]);
  expect(fix).toMatchObject({ actual: 'No problem at all', text: expected });
  const done = await replaceFromPanel(driver, o, { ...fix.span, actual: fix.actual, text: fix.text });
  expect(done).toEqual({ ok: true });
  const applied = `I am sorry the VPN dropped again.\n${expected}, I will reset it now.\nTalk soon.`;
  await o.state((s) => s?.text === applied);
  await expect.poll(() => modelText(o)).toBe(applied);
  // The agent's caret stayed at the end of the last block.
  await o.tab.type(' Bye');
  await o.state((s) => s?.text === `${applied} Bye`);
});
