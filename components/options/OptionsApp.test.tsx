// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { personalItem, teamPackItem } from '@/lib/packs/storage';
import { OptionsApp } from './OptionsApp';
import { optionsStore, setDraft, startOptions } from './store';
import { importFile } from './ImportExport';
import { readFileSync } from 'node:fs';
import { SIGNAL_IDS } from '@/lib/scoring/types';
import { localeMessages, useLocale } from '@/tests/unit/i18n';
import { englishLeftovers } from '@/tests/unit/english-leftovers';

const head = 'extends: default\nschema_version: 1\nid: team\nname: Team pack\nversion: "1"\n';
const goodPack = `${head}rules:\n  - id: ticket-ref\n    type: phrase-present\n    level: suggestion\n    message: Quote the ticket\n    phrases: ["ticket number"]\n    examples: { flag: ["Your ticket number is 4."], pass: [] }\n`;
const brokenPack = `${head}rules:\n  - id: Bad Id\n    type: phrase-present\n    level: loud\n    message: x\n    phrases: []\n`;

// Waits, not time limits: the shared 2-core machine can take seconds to compose the method pack.
const WAIT = { timeout: 15_000 };
let stop = () => {};
beforeEach(async () => {
  fakeBrowser.reset();
  optionsStore.setState({ inputs: null, active: null, draft: '', dirty: false, check: null, preview: null, checking: false, notice: null });
  await teamPackItem.setValue({ text: goodPack, format: 'yaml', source: { kind: 'file', name: 'team.yaml' } });
  stop = startOptions();
  render(<OptionsApp />);
  await screen.findByText('Team pack', undefined, WAIT);
});
afterEach(() => {
  stop();
  cleanup();
});

describe('options page', () => {
  it('shows the pack in force and where each rule came from', () => {
    expect(screen.getByTestId('effective-name').textContent).toBe('Team pack');
    const row = document.querySelector('tr[data-rule="ticket-ref"]') as HTMLElement;
    expect(within(row).getByText('Team')).toBeTruthy();
    const method = document.querySelector('tr[data-rule="empathy"]') as HTMLElement;
    expect(within(method).getByText('Method')).toBeTruthy();
  });

  it('lists path-named problems and keeps Save off while the edited pack is invalid', async () => {
    setDraft(brokenPack);
    const problems = await screen.findByRole('list', { name: 'Pack problems' }, WAIT);
    expect(problems.textContent).toContain('rules[0].id');
    expect(problems.textContent).toContain('rules[0].level');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('editor-check').textContent).toContain('“Team pack” is still coaching');
  });

  it('refuses a broken file import with its errors and keeps the previous pack', async () => {
    await importFile(new File([brokenPack], 'broken.yaml'));
    const alert = await screen.findByRole('alert', undefined, WAIT);
    expect(alert.textContent).toContain('broken.yaml was refused; the previous pack is still coaching.');
    expect(alert.textContent).toContain('rules[0].level');
    expect((await teamPackItem.getValue())?.text).toBe(goodPack);
  });

  it('imports a pack a comment cut short and lists its warning next to "Imported", placed and in words', async () => {
    const cut = goodPack.replace('phrases: ["ticket number"]', 'phrases:\n      - ticket number #INC');
    await importFile(new File([cut], 'cut.yaml'));
    const status = await screen.findByRole('status', undefined, WAIT);
    expect(status.textContent).toContain('Imported cut.yaml.');
    const warnings = within(status).getByRole('list', { name: 'Warnings' });
    expect(warnings.textContent).toContain('rules[0].phrases[0]');
    expect(warnings.textContent).toContain('this item is only “ticket number” and “#INC” is dropped');
    expect(warnings.textContent).toMatch(/\(line \d+, column \d+\)/);
    expect((await teamPackItem.getValue())?.text).toBe(cut);
  });

  it('lists a subscribed pack’s warnings on subscribing and on "Update now"', async () => {
    const cut = goodPack.replace('phrases: ["ticket number"]', 'phrases:\n      - ticket number #INC');
    vi.stubGlobal('fetch', async () => new Response(cut, { headers: { 'content-type': 'text/yaml' } }));
    try {
      fireEvent.input(screen.getByLabelText('Pack address'), { target: { value: 'https://packs.example.com/team.yaml' } });
      fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
      const subscribed = await screen.findByText('Subscribed to https://packs.example.com/team.yaml.', undefined, WAIT);
      const warnings = within(subscribed.closest('section') as HTMLElement).getByRole('list', { name: 'Warnings' });
      expect(warnings.textContent).toContain('rules[0].phrases[0]');
      fireEvent.click(await screen.findByRole('button', { name: 'Update now' }, WAIT));
      const updated = await screen.findByText('Already up to date.', undefined, WAIT);
      expect(within(updated.closest('section') as HTMLElement).getByRole('list', { name: 'Warnings' }).textContent).toContain('“#INC” is dropped');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps listing the team pack’s warnings under the pack in force, e.g. after a refresh in the background', async () => {
    const cut = goodPack.replace('phrases: ["ticket number"]', 'phrases:\n      - ticket number #INC');
    await teamPackItem.setValue({ text: cut, format: 'yaml', source: { kind: 'url', url: 'https://packs.example.com/team.yaml', lastChecked: 1, lastUpdated: 1 } });
    await waitFor(() => expect(screen.getByRole('list', { name: 'Layer warnings' }).textContent).toContain('#INC'), WAIT);
    const cutItem = within(screen.getByRole('list', { name: 'Layer warnings' })).getByText(/phrases\[0\]/);
    expect(cutItem.textContent).toMatch(/^Team: rules\[0\]\.phrases\[0\]: “ #” starts a YAML comment, .* \(line \d+, column \d+\)$/);
  });

  it('turns a rule off for the agent only, from the rule list', async () => {
    fireEvent.click(screen.getByRole('checkbox', { name: 'Coach empathy' }));
    await waitFor(async () => expect((await personalItem.getValue()).disabledRules).toEqual(['empathy']), WAIT);
    await waitFor(() => expect(document.querySelector('tr[data-rule="empathy"]')?.textContent).toContain('turned off by you'), WAIT);
    expect((await teamPackItem.getValue())?.text).toBe(goodPack);
  });

  it('scores a sample reply with the pack in force, as you type', async () => {
    fireEvent.input(screen.getByLabelText('Sample reply'), { target: { value: 'Your ticket number is 42. No problem!' } });
    const findings = await screen.findByTestId('try-findings', undefined, WAIT);
    expect(findings.textContent).toContain('no-problem');
    expect(screen.getByTestId('try-signals').getAttribute('data-signals')).toContain('no-problem');
    expect(screen.getByTestId('try-signals').textContent).toContain('“No problem”');
  });

  it('Try it lists a signal the edited pack declares, under its label', async () => {
    const kbPack = `${head}signals:\n  kb-link: { label: Links a knowledge-base article, points: 6 }\nrules:\n  - id: kb\n    type: phrase-present\n    signal: kb-link\n    level: suggestion\n    message: Link the article\n    phrases: [{ pattern: '\\bKB\\d{7}\\b' }]\n    examples: { flag: ["See KB0012345."], pass: [] }\n`;
    setDraft(kbPack);
    await waitFor(() => expect(optionsStore.getState().preview).not.toBeNull(), WAIT);
    fireEvent.input(screen.getByLabelText('Sample reply'), { target: { value: 'Thanks, the fix is in KB0012345.' } });
    await waitFor(() => expect(screen.getByTestId('try-signals').textContent).toContain('Links a knowledge-base article'), WAIT);
  });

  it('describes each rule with an example in place of {actual}', () => {
    const row = document.querySelector('tr[data-rule="condescension"]')!;
    expect(within(row as HTMLElement).getByTestId('rule-description').textContent).toMatch(/^"[^"{}]+" talks down/);
  });
});

describe('example packs', () => {
  it('ship with the extension: one click makes the German method pack the team pack', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Use this pack: Rapport-Methode (Deutsch)' }));
    await waitFor(() => expect(screen.getByTestId('effective-name').textContent).toBe('Rapport-Methode (Deutsch)'), WAIT);
    expect((await teamPackItem.getValue())?.text).toBe(readFileSync('packs/de-method.yaml', 'utf8'));
    expect((await teamPackItem.getValue())?.source).toMatchObject({ kind: 'file', name: 'de-method.yaml' });
    expect(screen.getByRole('status').textContent).toContain('Now coaching with “Rapport-Methode (Deutsch)”.');
  });
});

describe('options page in a German browser', () => {
  afterEach(() => useLocale('en'));

  it('shows no English of its own; the packs’ words are marked with their language', async () => {
    cleanup();
    useLocale('de');
    render(<OptionsApp />);
    await screen.findByText('Was coacht, und woher es kommt', undefined, WAIT);
    fireEvent.input(screen.getByLabelText('Beispielantwort'), { target: { value: 'Kein Problem!' } });
    await screen.findByTestId('try-findings', undefined, WAIT);
    const ids = [...SIGNAL_IDS, ...(optionsStore.getState().active?.pack.rules.map((r) => r.id) ?? [])];
    expect(englishLeftovers({ english: localeMessages('en'), other: localeMessages('de'), lang: 'de', ids })).toEqual([]);
    expect(document.querySelector('tr[data-rule="ticket-ref"] [lang]')?.getAttribute('lang')).toBe('en');
  });

  it('lists an imported pack’s warnings in German, the path as written', async () => {
    cleanup();
    useLocale('de');
    render(<OptionsApp />);
    await screen.findByText('Was coacht, und woher es kommt', undefined, WAIT);
    await importFile(new File([goodPack.replace('phrases: ["ticket number"]', 'phrases:\n      - ticket number #INC')], 'cut.yaml'));
    const status = await screen.findByRole('status', undefined, WAIT);
    const warnings = within(status).getByRole('list', { name: 'Warnungen' });
    expect(warnings.textContent).toContain('rules[0].phrases[0]');
    expect(warnings.textContent).toContain('Vom Eintrag bleibt nur „ticket number“, „#INC“ fällt weg.');
    expect(warnings.textContent).toMatch(/\(Zeile \d+, Spalte \d+\)/);
  });
});
