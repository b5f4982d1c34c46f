// Session 28 (judge-d), issue 14: a situation id a pack names (`when`, `signal_when`, `open_problem`,
// `rewrites_for`) must be one the pack (or, for an overlay, a layer below) defines: a typo refuses the
// pack whole, by path, and the pack in use stays. Packs written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEffectivePack, NO_LAYERS } from '@/lib/packs/pipeline';
import { buildGermanPack } from '@/lib/scoring/test/german';
import { loadPack } from './index';

describe('situation ids a pack names are checked', () => {
  const pack = (extra: string) =>
    `schema_version: 1\nid: t\nname: T\nversion: 1.0.0\nweights: { ownership: 15 }\nsituations:\n  - id: thanked\n    label: Thanks only\n    cues: ["thank you"]\n${extra}`;
  const errors = (text: string) => {
    const r = loadPack(text, { format: 'yaml' });
    return r.ok ? [] : r.errors;
  };

  it('a typo in signal_when is refused, named by its path and the id', () => {
    const e = errors(pack('signal_when:\n  ownership: { not_situations: [thanks] }\n'));
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ path: 'signal_when.ownership.not_situations[0]', code: 'unknownSituation', params: { situation: 'thanks' } });
    expect(e[0]!.message).toMatch(/^unknown situation "thanks"/);
    expect(e[0]!.line).toBe(11);
  });

  it('the same in prompts.when, a closing question, open_problem and a rewrite for a situation', () => {
    const text = pack(
      [
        'prompts:\n  when:\n    tip: { situations: [outage] }',
        'closing_questions:\n  - id: solved\n    text: Have I solved your problem?\n    variants: ["solved your problem"]\n    when: { not_situations: [thankd] }',
        'rules:\n  - id: np\n    type: phrase-avoid\n    level: warning\n    message: Say you are welcome.\n    phrases: ["no problem"]\n    rewrites_for: [{ situations: [thank], rewrites: ["You\'re welcome"] }]\n    examples: { flag: ["No problem!"], pass: ["You\'re welcome!"] }',
      ].join('\n') + '\n',
    );
    expect(errors(text).map((e) => `${e.path}: ${e.params?.situation}`)).toEqual([
      'prompts.when.tip.situations[0]: outage',
      'closing_questions[0].when.not_situations[0]: thankd',
      'rules[0].rewrites_for[0].situations[0]: thank',
    ]);
    const open = `schema_version: 1\nid: t\nname: T\nversion: 1.0.0\nsituations:\n  - id: resolved\n    label: Solved\n    cues: ["works now"]\n    open_problem: { situations: [falt], contrast: [but], fault: ["not"] }\n`;
    expect(errors(open).map((e) => e.path)).toEqual(['situations[0].open_problem.situations[0]']);
  });

  it('ids the pack defines load, and so does the method pack and the German pack over it', () => {
    expect(errors(pack('signal_when:\n  ownership: { not_situations: [thanked] }\n'))).toEqual([]);
    const built = buildGermanPack();
    expect(built.errors).toEqual([]);
  });

  it('an overlay may name a situation of the method below it, but not a typo of one; the method keeps coaching', () => {
    const overlay = (id: string) => `extends: default\nschema_version: 1\nid: it\nname: IT\nversion: 1.0.0\nprompts:\n  when:\n    tip: { not_situations: [${id}] }\n`;
    const ok = buildEffectivePack({ ...NO_LAYERS, team: { text: overlay('outage'), format: 'yaml', source: { kind: 'file' } } });
    expect(ok.errors).toEqual([]);
    expect(ok.pack.prompts.when?.tip?.not_situations).toEqual(['outage']);
    const bad = buildEffectivePack({ ...NO_LAYERS, team: { text: overlay('outgae'), format: 'yaml', source: { kind: 'file' } } });
    expect(bad.errors).toEqual([expect.objectContaining({ layer: 'team', path: 'prompts.when.tip.not_situations[0]', code: 'unknownSituation' })]);
    expect(bad.teamActive).toBe(false);
    // The pack in use is the method's, untouched by the refused layer.
    expect(bad.pack.prompts.when?.tip?.not_situations).not.toContain('outgae');
    expect(bad.pack.id).toBe('rapport-default');
  });

  it('while the organisation pack is not downloaded yet, a team pack naming its situations still coaches (review)', () => {
    const overlay = `extends: default\nschema_version: 1\nid: it\nname: IT\nversion: 1.0.0\nprompts:\n  when:\n    tip: { not_situations: [vip-customer] }\n`;
    const built = buildEffectivePack({
      ...NO_LAYERS,
      policy: { lockRules: false, allowTeamPacks: true, packUrl: 'https://packs.example.com/org.yaml' },
      team: { text: overlay, format: 'yaml', source: { kind: 'file' } },
    });
    expect(built.errors.filter((e) => e.layer === 'team')).toEqual([]);
    expect(built.teamActive).toBe(true);
  });

  it('an overlay checked alone only warns: the layers below are not known there', () => {
    const r = loadPack('extends: default\nschema_version: 1\nid: it\nname: IT\nversion: 1.0.0\nsignal_when:\n  teach: { not_situations: [how-to] }\n', { format: 'yaml' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings).toContainEqual(expect.objectContaining({ path: 'signal_when.teach.not_situations[0]', code: 'unknownSituationOverlay' }));
  });
});

