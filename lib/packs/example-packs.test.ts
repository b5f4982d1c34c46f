import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScorer, formatFindings } from '@/lib/scoring';
import type { RulePack } from '@/lib/rule-pack';
import { buildEffectivePack, NO_LAYERS, validateLayer as validatePack } from './pipeline';

const DIR = path.resolve(__dirname, '../../packs');
const files = readdirSync(DIR).filter((f) => /\.(ya?ml|json)$/.test(f));
const read = (f: string) => readFileSync(path.join(DIR, f), 'utf8');

function load(file: string): RulePack {
  const v = validatePack(read(file), file.endsWith('.json') ? 'json' : 'yaml');
  if (!v.ok) throw new Error(v.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return v.pack as unknown as RulePack;
}

/** The pack as the extension would run it: layered over the method when it says `extends: default`. */
function asTeamPack(file: string): RulePack {
  const out = buildEffectivePack({ ...NO_LAYERS, team: { text: read(file), format: 'yaml', source: { kind: 'file', name: file } } });
  expect(out.errors).toEqual([]);
  return out.pack;
}

describe('example packs in packs/', () => {
  it.each(files)('%s loads with no errors', (file) => {
    const v = validatePack(read(file), file.endsWith('.json') ? 'json' : 'yaml');
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it.each(['it-helpdesk.yaml', 'de-method.yaml'])('%s points editors at the generated JSON Schema', (file) => {
    expect(load(file).$schema).toBe('../schemas/rule-pack.schema.json');
  });

  it('coaches a German reply in German, with German findings and closing questions', () => {
    const scorer = createScorer(asTeamPack('de-method.yaml'));
    const text = 'Kein Problem, Herr Weber. Das kann ich leider nicht ändern.';
    const report = scorer.score(text, { customerName: 'Weber' });
    expect(formatFindings(text, report.findings)).toEqual([
      '1:1-1:13 kein-problem: Sagen Sie „Gern geschehen“ oder „Sehr gern“ statt „Kein Problem“.',
      // Session 22: the finding quotes the agent's own limit whole (modal, subject, "nicht"), not "leider nicht" alone.
      '1:31-1:52 negative-sprache: Sagen Sie, was Sie tun können, statt was nicht geht („kann ich leider nicht“).',
    ]);
    expect(report.closingQuestions.map((q) => q.text)).toContain('Konnte ich Ihr Problem lösen?');
    expect(report.closingQuestions.some((q) => /solved your problem/.test(q.text))).toBe(false);
  });

  it('scores a good German reply well above a poor one', () => {
    const scorer = createScorer(asTeamPack('de-method.yaml'));
    const good = scorer.score(
      'Hallo Frau Schmidt, es tut mir leid, dass Ihnen das passiert ist. Ich verstehe, wie ärgerlich das ist. Ich kümmere mich darum und melde mich bis 15 Uhr. Danke für Ihre Geduld. Konnte ich Ihr Problem lösen?',
      { customerName: 'Schmidt', customerMessage: 'Mein Laptop startet nicht.' },
    );
    const poor = scorer.score('Geht nicht.', { customerName: 'Schmidt' });
    expect(good.signals).toMatchObject({ greeting: true, apology: true, empathy: true, ownership: true, expectation: true, gratitude: true, 'closing-question': true });
    expect(good.closingQuestions.find((q) => q.id === 'geloest')?.asked).toBe(true);
    expect(good.score).toBeGreaterThan(poor.score + 40);
  });

  it('the IT pack keeps the method and adds its own strict rules', () => {
    const pack = asTeamPack('it-helpdesk.yaml');
    const ids = pack.rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['empathy', 'closing-question', 'password-in-reply', 'ticket-reference']));
    const text = 'Hi Sam, your temporary password is Winter2024! Have you tried turning it off and on again?';
    const found = createScorer(pack).score(text).findings.map((f) => f.ruleId);
    expect(found.filter((id) => id === 'password-in-reply')).toHaveLength(1);
    expect(found).toContain('restart-cliche');
  });

  it('the IT pack\'s ticket-reference rule counts: quoting the ticket raises the score', () => {
    const scorer = createScorer(asTeamPack('it-helpdesk.yaml'));
    const reply = (ref: string) => `Hi Sam, thanks for the details. I've logged this${ref} and I'll call you by 3 pm today. Have I solved your problem?`;
    const with_ = scorer.score(reply(' as INC0012345'));
    const without = scorer.score(reply(''));
    expect(with_.signals['ticket-reference']).toBe(true);
    expect(without.signals['ticket-reference']).toBe(false);
    expect(with_.breakdown?.find((s) => s.signal === 'ticket-reference')).toMatchObject({ label: 'Quotes the ticket number', points: 8 });
    expect(with_.score).toBeGreaterThan(without.score);
  });
});
