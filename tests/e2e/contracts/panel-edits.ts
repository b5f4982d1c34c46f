import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from '../harness';
import { byRole, el, type Tab, type Target } from '../driver/types';
import type { SiteCase } from './cases';
import { modelText, openCase, typeInto } from './session';

const DRAFT = 'No problem, Dana.';

/**
 * The agent's path, keyboard only: the coach bound to the ticket's tab in a tab of its own (the page
 * is in the background, as in Firefox with the coach popped out), Enter on Insert, then Enter on
 * Apply. Each lands in the editor's own model, the panel says so only when it did, focus stays
 * in the panel (the next control), never dropped to its <body>, and the ticket's tab comes forward
 * with the focus in its reply box (the agent clicks back on the coach's tab for the next edit).
 */
export function editsFromTheBoundPanel(c: SiteCase): void {
  test('Insert and Apply from the bound panel, with Enter, land in the editor', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    await typeInto(c, o, DRAFT);
    const typed = await o.state((s) => s?.text === DRAFT && !!s.report?.findings.some(rewritable));
    const offered = [...typed!.report!.prompts.map((p) => p.text), ...typed!.report!.closingQuestions.map((q) => q.text)];
    const panel = await driver.openPanel(o.tabId);

    await pressEnter(panel, byRole('button', /^Insert/));
    await expect.poll(() => notice(panel)).toBe(MESSAGES.panel.inserted);
    const inserted = await o.state((s) => !!s && s.text !== DRAFT);
    expect(inserted!.text.startsWith(DRAFT)).toBe(true);
    expect(offered.some((line) => squash(inserted!.text).includes(squash(line)))).toBe(true);
    expect(squash(await modelText(o))).toBe(squash(inserted!.text));
    expect(await focusOf(panel)).not.toBe('BODY');
    // The ticket's tab comes forward with the focus in its reply box: the agent types on in it.
    expect(await boxHasFocus(o.tab)).toBe(true);
    expect(await o.tab.evaluate(() => document.visibilityState)).toBe('visible');
    // The agent goes back to the coach's tab for the next edit (pressEnter clicks on that tab first).

    const finding = (await o.state((s) => !!s?.report?.findings.some(rewritable)))!.report!.findings.find(rewritable)!;
    // Apply replaces the fix's span (which may be the whole idiom) with the fitted rewrite.
    const rewrite = finding.fixes?.[0]?.text ?? finding.expected![0]!;
    const gone = finding.fixes?.[0]?.actual ?? finding.actual!;
    await pressEnter(panel, byRole('button', /^Apply/));
    await expect.poll(() => notice(panel)).toBe(MESSAGES.findings.applied);
    const applied = await o.state((s) => !!s && !s.text.includes(gone) && squash(s.text).includes(squash(rewrite)));
    expect(squash(await modelText(o))).toBe(squash(applied!.text));
    // The applied finding leaves the list, and its button with it: focus moves on to a neighbour.
    await expect.poll(() => panel.evaluate(() => (window as unknown as { pressed?: Element }).pressed?.isConnected)).toBe(false);
    expect(await focusOf(panel)).not.toBe('BODY');
  });
}

/**
 * Enter on the bonus tip's Dismiss in the bound panel: the tip goes and focus moves on to a
 * neighbouring control, never dropped to the panel's <body>. On the demo's calm printer ticket, which
 * is offered a printing tip.
 */
export function dismissesTheTipFromTheBoundPanel(c: SiteCase): void {
  test('Dismiss the tip from the bound panel with Enter keeps focus in the panel', async ({ driver, desk }) => {
    const o = await openCase(c, driver, desk);
    await o.tab.click(el('.fx-ticket-link[data-ticket-id="104"]'));
    await o.tab.waitFor(c.box);
    await typeInto(c, o, TIP_DRAFT);
    await o.state((s) => s?.text === TIP_DRAFT && !!s.report?.bonusTip?.offer);
    const panel = await driver.openPanel(o.tabId);
    await pressEnter(panel, byRole('button', /^Dismiss tip:/));
    await expect.poll(() => panel.evaluate(() => document.querySelector('[data-testid="bonus-tip"]') === null)).toBe(true);
    expect(await focusOf(panel)).not.toBe('BODY');
  });
}

const TIP_DRAFT = 'Hi Tomás, here is how to add the printer.';

/** The panel's English strings, as the build ships them. */
const MESSAGES = parse(readFileSync('locales/en.yml', 'utf8')) as { panel: { inserted: string }; findings: { applied: string } };

const rewritable = (f: { actual?: string; expected?: string[]; fixes?: unknown[] }) => !!f.actual && !!(f.fixes?.length ?? f.expected?.length);

/** Compared as a reader sees it: case, spacing and line breaks aside. */
const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Brings the panel's tab forward (as a click on the tab would), focuses the control as Tab would and
 * presses Enter on it; remembers it as `window.pressed`.
 */
async function pressEnter(panel: Tab, target: Target): Promise<void> {
  await panel.front();
  await panel.focus(target);
  await panel.evaluate(() => void ((window as unknown as { pressed?: Element | null }).pressed = document.activeElement));
  await panel.press('Enter');
}

const notice = (panel: Tab) => panel.evaluate(() => document.querySelector('[data-testid="notice"]')?.textContent ?? '');
/** Whether the page's focused element (through open shadow roots) is an editable box or an editor's frame. */
const boxHasFocus = (tab: Tab) =>
  tab.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return !!a && (a.tagName === 'TEXTAREA' || a.tagName === 'IFRAME' || (a as HTMLElement).isContentEditable);
  });

const focusOf = (panel: Tab) => panel.evaluate(() => document.activeElement?.tagName ?? 'BODY');
