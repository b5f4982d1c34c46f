// Issue 12: Froala keeps its own undo stack and answers Ctrl+Z itself. Right after an Insert, one
// Ctrl+Z must bring back exactly the draft the agent had typed, every time (it emptied the whole
// reply in 3 of 12 runs before). Twenty rounds in one page, each with a fresh draft; in Chromium and Firefox.
import { expect, test } from './harness';
import { CASES } from './contracts/cases';
import { insertFromPanel, modelText, openCase } from './contracts/session';

const ROUNDS = 20;

test(`Froala: one Ctrl+Z right after Insert restores exactly the draft, ${ROUNDS} times in a row`, { tag: '@firefox' }, async ({ driver, desk }) => {
  test.setTimeout(ROUNDS * 20_000);
  const c = CASES.find((x) => x.fixture.name === 'froala')!;
  const o = await openCase(c, driver, desk);
  for (let round = 1; round <= ROUNDS; round++) {
    const draft = `Hi Dana, round ${round}: I will reset the VPN profile now.`;
    await o.tab.click(c.box);
    await o.tab.press('ControlOrMeta+a');
    await o.tab.press('Delete');
    await o.tab.type(draft);
    await o.state((s) => s?.text === draft);
    // No blur first (Froala would save an undo snapshot on it): the box keeps its focus, and an Insert
    // right after the typing waits out Froala's 500 ms typing timer itself (lib/editors/undo-window.ts).
    const result = await insertFromPanel(driver, o, 'I can see why that would be frustrating.');
    expect(result, `round ${round}`).toEqual({ ok: true });
    await o.state((s) => s?.text === `${draft} I can see why that would be frustrating.`);

    await o.tab.press('ControlOrMeta+z');
    await expect.poll(() => modelText(o), { message: `round ${round}: Froala's draft after one Ctrl+Z` }).toBe(draft);
    await o.state((s) => s?.text === draft);
  }
});
