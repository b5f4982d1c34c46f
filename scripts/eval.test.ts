import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  count,
  evalPaths,
  extraFiles,
  f1,
  fnv1a,
  fpRate,
  freshSourceOf,
  isKeptAside,
  packForLanguage,
  primaryLanguage,
  parseEvalArgs,
  run,
  sourceOf,
  splitExtraFiles,
  type Judged,
} from './eval';
import { parseWhyArgs, splittableSignals, testSetPath } from './why';
import { DEFAULT_PACK } from '../lib/rule-pack/default-pack.generated';

describe('eval split and figures', () => {
  it('hashes ids with 32-bit FNV-1a over UTF-8 (TEAM.md): odd = kept aside', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(isKeptAside('a')).toBe(false);
    expect(isKeptAside('foobar')).toBe(false);
  });

  it('groups rows by source', () => {
    expect(sourceOf({ id: '1', text: '', channel: 'github issue' })).toBe('github');
    expect(sourceOf({ id: '2', text: '', source: 'github:x/twcs.csv' })).toBe('twitter');
    expect(sourceOf({ id: '3', text: '', channel: 'irc', source: 'stripe' })).toBe('irc');
    expect(sourceOf({ id: '4', text: '', synthetic: true })).toBe('synthetic');
    expect(sourceOf({ id: '5', text: '', channel: 'forum', source: 'Microsoft Q&A (copy read from github:x/y)' })).toBe('forum');
    expect(sourceOf({ id: '6', text: '', channel: 'email' })).toBe('email');
    expect(sourceOf({ id: '7', text: '', channel: 'app review', source: 'Google Play, read from github:x/y' })).toBe('app review');
  });

  it('splits corpus-extra by id hash: the even half is tuned on, the odd half only counted, never printed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-'));
    const row = (id: string, text: string) =>
      JSON.stringify({ id, text, customer_message: 'How do I export my contacts?', channel: 'forum', teach: true, greeting: false });
    writeFileSync(join(dir, 'dev-labels.jsonl'), `${JSON.stringify({ id: 'd1', text: 'Thanks!', gratitude: true })}\n`);
    const extra = join(dir, 'replies.jsonl');
    // ex-test-2 has an even hash (tuning), ex-test-1 and ex-test-3 odd (kept aside); none teaches in words
    // the scorer could know, so each is a miss of `teach` that -v would list if it were a tuning row.
    expect([isKeptAside('ex-test-1'), isKeptAside('ex-test-2'), isKeptAside('ex-test-3')]).toEqual([true, false, true]);
    writeFileSync(extra, [row('ex-test-2', 'Tuningrow quokka.'), row('ex-test-1', 'Heldout wombat.'), row('ex-test-3', 'Heldout numbat.')].join('\n'));
    const out = run({ corpus: dir, extra, holdout: [] }, { verbose: true });
    expect(out).toContain('corpus-extra/replies.jsonl, even-hash half (1 rows)');
    expect(out).toContain('corpus-extra/replies.jsonl, odd-hash half (2 rows)');
    expect(out).toMatch(/missed ex-test-2: Tuningrow quokka/);
    expect(out).not.toMatch(/wombat|numbat|ex-test-1|ex-test-3/);
    // A mood label is read from the customer's message: its misses show that message, not the reply.
    writeFileSync(extra, JSON.stringify({ id: 'ex-test-2', text: 'Tuningrow quokka.', customer_message: 'Emu platypus echidna.', customer_upset: true }));
    expect(run({ corpus: dir, extra, holdout: [] }, { verbose: true })).toMatch(/customer_upset\n\s+missed ex-test-2: customer: Emu platypus echidna\./);
    // without dev2 the extra odd half is the only kept-aside part: its targets are still checked
    expect(out).toMatch(/Targets on the kept-aside rows[\s\S]*teach: .*\(2 positives\)/);
  });

  it('reads replies.jsonl and every replies-*.jsonl, each split by hash into its own parts; the combined figure takes every odd half', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-'));
    const row = (id: string, text: string) => JSON.stringify({ id, text, customer_message: 'Where is my parcel?', channel: 'app review', teach: true });
    writeFileSync(join(dir, 'dev-labels.jsonl'), `${JSON.stringify({ id: 'd1', text: 'Thanks!', gratitude: true })}\n`);
    const extra = join(dir, 'extra');
    mkdirSync(extra);
    writeFileSync(join(extra, 'replies.jsonl'), [row('ex-test-2', 'Tuningrow quokka.'), row('ex-test-1', 'Heldout wombat.')].join('\n'));
    writeFileSync(join(extra, 'replies-apps.jsonl'), [row('ex-test-3', 'Heldout numbat.')].join('\n'));
    writeFileSync(join(extra, 'fresh.jsonl'), row('fr-x-1', 'Fresh bilby.'));
    writeFileSync(join(extra, 'replies-notes.md'), 'not data');
    const files = extraFiles(extra);
    expect(files.map((f) => f.slice(extra.length + 1))).toEqual(['replies.jsonl', 'replies-apps.jsonl']);
    const out = run({ corpus: dir, extra: files, holdout: [] }, { verbose: true });
    expect(out).toContain('corpus-extra/replies.jsonl, even-hash half (1 rows)');
    expect(out).toContain('corpus-extra/replies-apps.jsonl, odd-hash half (1 rows)');
    expect(out).toMatch(/All kept-aside rows together \(corpus-extra\/replies\.jsonl odd \+ corpus-extra\/replies-apps\.jsonl odd; 2\)/);
    expect(out).not.toMatch(/wombat|numbat|bilby|ex-test-1|ex-test-3/);
    expect(extraFiles(join(dir, 'none'))).toEqual([]);
  });

  it('names a fresh row by the source in its id', () => {
    expect(freshSourceOf({ id: 'fr-bubble-12', text: '' })).toBe('bubble');
    expect(freshSourceOf({ id: 'fr-app-store-3', text: '' })).toBe('app-store');
    expect(freshSourceOf({ id: 'f2-rhelp-7', text: '' })).toBe('rhelp');
    expect(freshSourceOf({ id: 'f3-matrix-room-4', text: '' })).toBe('matrix-room');
    expect(freshSourceOf({ id: 'ex-ms-1', text: '' })).toBe('other');
  });

  it('scores the fresh set in its own block, per source, never printing its rows (not even with -v)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-'));
    const row = (id: string, text: string, teach: boolean) =>
      JSON.stringify({ id, text, customer_message: 'How do I export my contacts?', channel: 'forum', teach, greeting: false });
    writeFileSync(join(dir, 'dev-labels.jsonl'), `${JSON.stringify({ id: 'd1', text: 'Thanks!', gratitude: true })}\n`);
    const extra = join(dir, 'replies.jsonl');
    writeFileSync(extra, [row('ex-test-2', 'Tuningrow quokka.', true), row('ex-test-1', 'Heldout wombat.', true)].join('\n'));
    const fresh = join(dir, 'fresh.jsonl');
    writeFileSync(
      fresh,
      [row('fr-alpha-1', 'Freshrow platypus.', true), row('fr-alpha-2', 'Freshrow echidna.', false), row('fr-beta-1', 'Freshrow bilby.', true)].join('\n'),
    );
    const out = run({ corpus: dir, extra, holdout: [], fresh }, { verbose: true });
    expect(out).toMatch(/FRESH — corpus-extra\/fresh\.jsonl/);
    expect(out).toMatch(/corpus-extra\/fresh\.jsonl \(3 rows\)[^]*?\n {2}teach\s+3\s+2\b/);
    expect(out).toMatch(/Fresh rows by source[^\n]*\n[^\n]*alpha \(2\)[^\n]*beta \(1\)/);
    expect(out).not.toMatch(/platypus|echidna|bilby|fr-alpha|fr-beta|wombat|ex-test-1/);
    // the fresh rows are not part of the kept-aside figures or their targets
    expect(out).toMatch(/Targets on the kept-aside rows[\s\S]*teach: .*\(1 positives\)/);
    expect(out.indexOf('FRESH')).toBeGreaterThan(out.indexOf('Targets on the kept-aside rows'));
    // no fresh file: no fresh block
    expect(run({ corpus: dir, extra, holdout: [], fresh: join(dir, 'none.jsonl') })).not.toMatch(/FRESH/);
  });

  it('scores fresh2 in its own block after FRESH, per source, never printing its rows (not even with -v)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-'));
    const row = (id: string, text: string, teach: boolean) =>
      JSON.stringify({ id, text, customer_message: 'How do I export my contacts?', channel: 'mailing list', teach, greeting: false });
    writeFileSync(join(dir, 'dev-labels.jsonl'), `${JSON.stringify({ id: 'd1', text: 'Thanks!', gratitude: true })}\n`);
    const extra = join(dir, 'replies.jsonl');
    writeFileSync(extra, [row('ex-test-2', 'Tuningrow quokka.', true), row('ex-test-1', 'Heldout wombat.', true)].join('\n'));
    const fresh = join(dir, 'fresh.jsonl');
    writeFileSync(fresh, [row('fr-alpha-1', 'Freshrow platypus.', true)].join('\n'));
    const fresh2 = join(dir, 'fresh2.jsonl');
    writeFileSync(
      fresh2,
      [
        row('f2-gamma-1', 'Secondrow cassowary.', true),
        row('f2-gamma-2', 'Secondrow dugong.', false),
        row('f2-delta-5', 'Secondrow kookaburra.', true),
        row('f2-epsilon-9', 'Secondrow bandicoot.', false),
      ].join('\n'),
    );
    const out = run({ corpus: dir, extra, holdout: [], fresh, fresh2 }, { verbose: true });
    expect(out).toMatch(/FRESH2 — corpus-extra\/fresh2\.jsonl/);
    expect(out).toMatch(/corpus-extra\/fresh2\.jsonl \(4 rows\)[^]*?\n {2}teach\s+4\s+2\b/);
    expect(out).toMatch(/FRESH2 rows by source[^\n]*\n[^\n]*delta \(1\)[^\n]*epsilon \(1\)[^\n]*gamma \(2\)/);
    expect(out.indexOf('FRESH2 —')).toBeGreaterThan(out.indexOf('FRESH — corpus-extra/fresh.jsonl'));
    expect(out).not.toMatch(/cassowary|dugong|kookaburra|bandicoot|f2-gamma|f2-delta|f2-epsilon|platypus|fr-alpha|wombat/);
    // not part of the kept-aside figures or their targets
    expect(out).toMatch(/Targets on the kept-aside rows[\s\S]*teach: .*\(1 positives\)/);
    // fresh2 alone (no fresh file): its block still prints; no fresh2 file: no FRESH2 block
    const alone = run({ corpus: dir, extra, holdout: [], fresh2 });
    expect(alone).toMatch(/FRESH2 — /);
    expect(alone).not.toMatch(/FRESH — /);
    expect(run({ corpus: dir, extra, holdout: [], fresh, fresh2: join(dir, 'none.jsonl') })).not.toMatch(/FRESH2/);
  });

  it('counts a label only on rows that carry it, and not at all when the report cannot say', () => {
    const j = (truth: boolean, said: boolean | undefined): Judged => ({ row: { id: 'x', text: '' }, labels: new Map([['teach', [truth, said]]]) });
    const c = count([j(true, true), j(true, false), j(false, true), j(false, false), { row: { id: 'y', text: '' }, labels: new Map() }], 'teach');
    expect(c).toMatchObject({ rows: 4, positives: 2, tp: 1, fn: 1, fp: 1, tn: 1, unavailable: false });
    expect(f1(c)).toBeCloseTo(0.5);
    expect(fpRate(c)).toBeCloseTo(0.5);
    expect(count([j(true, undefined)], 'teach').unavailable).toBe(true);
  });
});

describe('the test set (fresh3.jsonl) is left out unless asked for (session 25)', () => {
  // A repo-like folder: corpus-extra with one split file and the test set, the shared corpus beside it.
  const setup = () => {
    const root = mkdtempSync(join(tmpdir(), 'rapport-eval-root-'));
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    mkdirSync(join(root, 'corpus-extra'));
    writeFileSync(join(corpus, 'dev-labels.jsonl'), `${JSON.stringify({ id: 'd1', text: 'Thanks!', gratitude: true })}\n`);
    const row = (id: string, text: string) => JSON.stringify({ id, text, customer_message: 'Where is my parcel?', channel: 'forum', teach: true });
    writeFileSync(join(root, 'corpus-extra', 'replies.jsonl'), [row('ex-test-2', 'Tuningrow quokka.'), row('ex-test-1', 'Heldout wombat.')].join('\n'));
    writeFileSync(join(root, 'corpus-extra', 'fresh3.jsonl'), [row('f3-zeta-1', 'Testrow axolotl.'), row('f3-zeta-2', 'Testrow pangolin.')].join('\n'));
    return { root, env: { RAPPORT_CORPUS: corpus } };
  };

  it('reads --test-set, -v and --write with parseArgs; --write keeps the test set in the docs block', () => {
    expect(parseEvalArgs([])).toEqual({ verbose: false, testSet: false, write: false });
    expect(parseEvalArgs(['--test-set'])).toEqual({ verbose: false, testSet: true, write: false });
    expect(parseEvalArgs(['-v'])).toEqual({ verbose: true, testSet: false, write: false });
    expect(parseEvalArgs(['--verbose', '--test-set'])).toMatchObject({ verbose: true, testSet: true });
    expect(parseEvalArgs(['--write'])).toEqual({ verbose: false, testSet: true, write: true });
    expect(() => parseEvalArgs(['--testset'])).toThrow();
    expect(() => parseEvalArgs(['teach'])).toThrow();
  });

  it('by default scores no FRESH3 block; --test-set brings it back, per label and source, still never row by row', () => {
    const { root, env } = setup();
    const plain = evalPaths(root, env, parseEvalArgs([]));
    expect(plain.fresh3).toBeUndefined();
    const out = run(plain, { verbose: true });
    expect(out).not.toMatch(/FRESH3|fresh3\.jsonl/);
    expect(out).toContain('corpus-extra/replies.jsonl, odd-hash half (1 rows)');

    const asked = evalPaths(root, env, parseEvalArgs(['--test-set']));
    expect(asked.fresh3).toBe(resolve(root, 'corpus-extra/fresh3.jsonl'));
    const withSet = run(asked, { verbose: true });
    expect(withSet).toMatch(/FRESH3 — corpus-extra\/fresh3\.jsonl/);
    expect(withSet).toMatch(/corpus-extra\/fresh3\.jsonl \(2 rows\)[^]*?\n {2}teach\s+2\s+2\b/);
    expect(withSet).not.toMatch(/axolotl|pangolin|f3-zeta/);
    // the figures before the FRESH3 block are the same either way
    expect(withSet.slice(withSet.indexOf('TUNED ON'), withSet.indexOf('FRESH3 —')).trim()).toBe(out.slice(out.indexOf('TUNED ON')).trim());
    // --write scores it too (the docs block keeps FRESH3), and RAPPORT_FRESH3 counts only when asked
    expect(evalPaths(root, env, parseEvalArgs(['--write'])).fresh3).toBe(resolve(root, 'corpus-extra/fresh3.jsonl'));
    expect(evalPaths(root, { ...env, RAPPORT_FRESH3: '/elsewhere.jsonl' }, parseEvalArgs([])).fresh3).toBeUndefined();
    expect(evalPaths(root, { ...env, RAPPORT_FRESH3: '/elsewhere.jsonl' }, parseEvalArgs(['--test-set'])).fresh3).toBe('/elsewhere.jsonl');
    // the test set is never among the split files, whatever the flag
    expect(splitExtraFiles(join(root, 'corpus-extra')).map((f) => f.slice(root.length + 1))).toEqual(['corpus-extra/replies.jsonl']);
  });

  it('why counts the rules on FRESH3 only with --test-set', () => {
    const { root } = setup();
    expect(parseWhyArgs([])).toEqual({ signal: 'teach', rows: false, raw: false, testSet: false });
    expect(parseWhyArgs(['negative-language', '--rows'])).toEqual({ signal: 'negative-language', rows: true, raw: false, testSet: false });
    expect(parseWhyArgs(['--test-set', 'empathy', '--raw'])).toEqual({ signal: 'empathy', rows: false, raw: true, testSet: true });
    expect(() => parseWhyArgs(['teach', 'empathy'])).toThrow();
    // The corpus label's spelling names the same signal (it used to find 0 rules and print nothing useful).
    expect(parseWhyArgs(['negative_language']).signal).toBe('negative-language');
    expect(parseWhyArgs(['confirm_resolution', '--rows']).signal).toBe('confirm-resolution');
    expect(() => parseWhyArgs(['--fresh3'])).toThrow();
    expect(testSetPath(root, false)).toBeUndefined();
    expect(testSetPath(root, true)).toBe(resolve(root, 'corpus-extra/fresh3.jsonl'));
    expect(testSetPath(join(root, 'corpus'), true)).toBeUndefined();
  });

  it('why splits only signals a phrase or question rule sets, so a mood label or a typo is refused by name', () => {
    const known = splittableSignals(DEFAULT_PACK);
    for (const s of ['teach', 'negative-language', 'ownership', 'closing-question', 'empathy']) expect(known).toContain(s);
    expect(known).not.toContain('customer-hurry');
    expect(known).not.toContain('teach_');
    expect([...known].sort()).toEqual(known);
  });
});

describe('the German block (session 25): German replies scored with the pack the product uses for German text', () => {
  const packs = resolve(__dirname, '../packs');

  it('finds the shipped pack for a language by its locale, built through the pack pipeline; English keeps the built-in pack', () => {
    const de = packForLanguage('de', packs);
    expect(de?.file).toBe('de-method.yaml');
    expect(de?.pack.locale).toBe('de');
    expect(packForLanguage('en', packs)).toBeUndefined();
    expect(packForLanguage('fr', packs)).toBeUndefined();
  });

  it("reads a pack's locale as YAML does: a quoted key, an underscore region, a comment; no locale or a non-string is none", () => {
    expect(primaryLanguage(parseYaml('"locale": "de_AT" # Austrian team\nname: Support'))).toBe('de');
    expect(primaryLanguage(parseYaml('{ name: Support, locale: pt-BR }'))).toBe('pt');
    expect(primaryLanguage(parseYaml('name: Support\n# locale: de\ndescription: "locale: de"'))).toBeUndefined();
    expect(primaryLanguage(parseYaml('locale: 42'))).toBeUndefined();
    expect(primaryLanguage(undefined)).toBeUndefined();
  });

  it('prints its own untuned block, per label, with the German pack and never a row; not part of the kept-aside figure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-de-'));
    writeFileSync(join(dir, 'dev-labels.jsonl'), `${JSON.stringify({ id: 'd1', text: 'Thanks!', gratitude: true })}\n`);
    const extra = join(dir, 'replies.jsonl');
    writeFileSync(extra, JSON.stringify({ id: 'ex-test-1', text: 'Heldout wombat.', gratitude: false }));
    const german = join(dir, 'de-replies.jsonl');
    const row = (id: string, text: string, labels: Record<string, boolean>) =>
      JSON.stringify({ id, text, customer_message: 'Wo bleibt meine Erstattung?', channel: 'github issue', ...labels });
    writeFileSync(
      german,
      [
        // long enough for language.ts to call it German against the English pack
        row('de-alpha-1', 'Vielen Dank für Ihre Geduld, ich rufe Sie morgen früh zurück und kläre das mit der Buchhaltung.', {
          gratitude: true,
          ownership: true,
          personalization: false,
        }),
        row('de-alpha-2', 'Das geht leider nicht, wenden Sie sich bitte an Ihre Bank.', { gratitude: true, ownership: false, personalization: false }),
        row('de-beta-1', 'Hallo Frau Berger, das Update kommt am Montag.', { gratitude: false, ownership: false, personalization: true }),
      ].join('\n'),
    );
    const out = run({ corpus: dir, extra, holdout: [], german, packs }, { verbose: true });
    expect(out).toMatch(/GERMAN — corpus-extra\/de-replies\.jsonl: German replies scored with the German pack \(packs\/de-method\.yaml, de-method, locale de\)/);
    expect(out).toMatch(/UNTUNED/);
    expect(out).toMatch(/corpus-extra\/de-replies\.jsonl \(3 rows\)[^]*?\n {2}gratitude\s+3\s+2\s+2\s+0\s+0\b/);
    expect(out).toMatch(/corpus-extra\/de-replies\.jsonl \(3 rows\)[^]*?\n {2}ownership\s+3\s+1\s+1\s+0\s+0\b/);
    // "Das geht leider nicht …" read by the English rules would be a personalization false alarm; the German pack has none
    expect(out).toMatch(/corpus-extra\/de-replies\.jsonl \(3 rows\)[^]*?\n {2}personalization\s+3\s+1\s+1\s+0\s+0\b/);
    expect(out).toMatch(/language\.ts tells 1 of 3 replies apart as German/);
    expect(out).not.toMatch(/Geduld|Bank\.|Berger|de-alpha|de-beta|wombat/);
    expect(out.indexOf('GERMAN —')).toBeGreaterThan(out.indexOf('Targets on the kept-aside rows'));
    // the kept-aside targets count the replies files only
    expect(out).toMatch(/Targets on the kept-aside rows[\s\S]*gratitude: FP-rate 0\.0% \(0 positives\)/);
    // no file: no block
    expect(run({ corpus: dir, extra, holdout: [], german: join(dir, 'none.jsonl'), packs })).not.toMatch(/GERMAN/);
  });

  // Session 26: the German rules are tuned on a separate German file, printed beside the untuned measurement line;
  // `-v` lists the tuning rows' misses (never the measurement rows').
  it('prints the German tuning line (de-tune) in the German block, with its errors under -v only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-detune-'));
    writeFileSync(join(dir, 'dev-labels.jsonl'), `${JSON.stringify({ id: 'd1', text: 'Thanks!', gratitude: true })}\n`);
    const extra = join(dir, 'replies.jsonl');
    writeFileSync(extra, JSON.stringify({ id: 'ex-test-1', text: 'Heldout wombat.', gratitude: false }));
    const german = join(dir, 'de-replies.jsonl');
    writeFileSync(german, JSON.stringify({ id: 'de-m-1', text: 'Danke, das Messrohr ist schon unterwegs.', gratitude: true }));
    const germanTune = join(dir, 'de-tune.jsonl');
    writeFileSync(
      germanTune,
      [
        JSON.stringify({ id: 'de-t-1', text: 'Das liegt daran, dass der Puffer voll ist.', teach: true, ownership: false }),
        JSON.stringify({ id: 'de-t-2', text: 'Schöne Grüße aus dem Keller.', teach: true, ownership: false }),
      ].join('\n'),
    );
    const quiet = run({ corpus: dir, extra, holdout: [], german, germanTune, packs });
    expect(quiet).toMatch(/corpus-extra\/de-tune\.jsonl \(2 rows\): German TUNING rows[^]*?\n {2}teach\s+2\s+2\s+1\s+0\s+1\b/);
    expect(quiet.indexOf('de-tune.jsonl (2 rows)')).toBeGreaterThan(quiet.indexOf('de-replies.jsonl (1 rows)'));
    expect(quiet).not.toMatch(/Keller|de-t-2/);
    const loud = run({ corpus: dir, extra, holdout: [], german, germanTune, packs }, { verbose: true });
    expect(loud).toMatch(/German tuning rows: misses and false alarms[^]*missed de-t-2: Schöne Grüße aus dem Keller\./);
    expect(loud).not.toMatch(/Messrohr|de-m-1/);
    // no tuning file: the measurement block alone
    expect(run({ corpus: dir, extra, holdout: [], german, germanTune: join(dir, 'none.jsonl'), packs })).not.toMatch(/TUNING rows/);
  });
});
