// Session 27 (data): the German pack's readings by clause structure and German morphology, tuned on
// corpus-extra/de-tune.jsonl only (never on de-replies.jsonl, the untuned measurement). Every reply here was written
// for these tests; none is a corpus row.
//  (a) condescension: "wie gesagt" framing the helper's OWN reservation (what the helper is unsure of, does not know,
//      has not tested, only guesses) is no talking down (CON1); "wie gesagt" before what the customer should have
//      taken in ("das steht doch in der Anleitung", "Sie müssen …") still is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { buildEffectivePack, NO_LAYERS } from '@/lib/packs/pipeline';

const text = readFileSync(path.resolve(__dirname, '../../packs/de-method.yaml'), 'utf8');
const built = buildEffectivePack({ ...NO_LAYERS, team: { text, format: 'yaml', source: { kind: 'file', name: 'de-method.yaml' } } });
const scorer = createScorer(built.pack);
/** The signals the German pack sets on one reply, read against a customer's message. */
const signals = (reply: string, customerMessage = 'Hallo, bei mir geht das seit dem Update nicht mehr.') =>
  scorer.score(reply, { customerMessage }).signals;

describe('German pack loads', () => {
  it('with no errors', () => expect(built.errors).toEqual([]));
});

describe('(a) "wie gesagt" about the helper\'s own reservation is not talking down', () => {
  it.each([
    'Wie gesagt, ich bin mir nicht sicher, ob das mit dem alten Bootloader geht.',
    'wie gesagt, ich kenne mich da nicht aus.',
    'Ich bin mir, wie gesagt, nicht ganz sicher, ob der Pin das verträgt.',
    'Das habe ich wie gesagt noch nicht getestet.',
    'Wie gesagt kenne ich mich mit KNX kaum aus.',
    'Wie gesagt, da bin ich kein Experte.',
    'Wie gesagt, ich weiß nicht, ob das mit dem Uno geht.',
    'Wie gesagt, muss nicht funktionieren, bei mir lief es halt.',
    'Wie gesagt, nur eine Vermutung.',
    'Wie gesagt: alles ohne Gewähr.',
  ])('no condescension: %s', (reply) => expect(signals(reply).condescension).toBe(false));

  it.each([
    'Wie gesagt, das steht doch in der Anleitung.',
    'Wie gesagt, der Tarif ist abgelaufen.',
    'Wie gesagt, Sie müssen zuerst den Router neu starten.',
    'Wie gesagt, ich habe Ihnen das schon zweimal erklärt.',
    'Wie gesagt, du weißt nicht, was du tust.',
  ])('still condescending: %s', (reply) => expect(signals(reply).condescension).toBe(true));
});
