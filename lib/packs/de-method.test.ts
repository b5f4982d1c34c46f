// The German method pack's first-person commitments: German puts the verb second in a main clause
// and its separable particle (or, after a modal, the infinitive) at the clause end, so "Ich rufe Sie
// heute bis 15 Uhr zurück" is a promise though "rufe" and "zurück" stand six words apart.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { buildGermanPack } from '@/lib/scoring/test/german';

const built = buildGermanPack();
const scorer = createScorer(built.pack);
const signals = (reply: string) => scorer.score(reply).signals;

describe('de-method: ownership in German word order', () => {
  it('loads with no errors', () => expect(built.errors).toEqual([]));

  it.each([
    // Separable verb, particle at the clause end, time words in between.
    'Ich rufe Sie morgen Vormittag wegen der Rechnung zurück.',
    'Wir leiten den Fall noch heute an die Netzwerkabteilung weiter.',
    'Ich sehe gleich im Protokoll nach.',
    'Ich setze Ihr Kennwort sofort zurück.',
    'Ich schalte den Zugang für Ihre Kollegin frei.',
    // Verb second after a time word or adverb, subject after the verb.
    'Heute Nachmittag prüfe ich die Lieferung.',
    'Gleich schicke ich Ihnen den Link.',
    'Morgen tauschen wir das Netzteil aus.',
    'Am Montag richte ich Ihnen den Drucker ein.',
    // Modal verb with the infinitive at the end.
    'Ich kann Ihnen die Rechnung heute noch zusenden.',
    'Wir müssen das mit dem Hersteller klären.',
    'Morgen kann ich das Gerät austauschen.',
    // Letting the customer know.
    'Wir geben Ihnen morgen früh Bescheid.',
    'Ich sorge dafür, dass die Gutschrift noch diese Woche kommt.',
    'Dafür sorge ich persönlich.',
    'Ich bleibe an dem Fall dran.',
    'Keine Sorge, ich bin schon dran.',
  ])('"%s" takes ownership', (reply) => {
    expect(signals(reply).ownership).toBe(true);
  });

  it.each([
    'Ich rufe heute nicht mehr zurück, schreiben Sie uns bitte.', // negated after the verb
    'Wir können Ihnen die Gebühr leider nicht erstatten.',
    'Rufen Sie uns bitte morgen an.', // an instruction to the customer
    'Sie schicken uns das Formular zurück.',
    'Ich habe Sie gestern zweimal angerufen.', // past, no promise
    'Ich sehe das Problem.', // "sehe" without its particle
    'Ich nehme an, dass der Router neu gestartet ist.',
    'Ich frage mich, ob das überhaupt geht.',
    'Ich sorge mich um die Daten.', // worry, not a promise
    'Wir sind dran gewöhnt, dass der Server nachts neu startet.',
  ])('"%s" does not', (reply) => {
    expect(signals(reply).ownership).toBe(false);
  });
});

describe('de-method: expectation in German word order', () => {
  it.each([
    'Ich rufe Sie zurück, sobald der Techniker da war.', // the next contact itself
    'Heute melde ich mich noch einmal bei Ihnen.',
    'Wir melden uns wieder.',
    'Heute tausche ich das Gerät aus.', // "heute" before a first-person verb
    'Ich prüfe das heute.', // … or after it
    'Ich gebe Ihnen Bescheid, wenn das Paket da ist.',
  ])('"%s" says when', (reply) => {
    expect(signals(reply).expectation).toBe(true);
  });

  it.each([
    'Heute ist das Portal leider ausgefallen.', // "heute" without a promise
    'Heute kann ich leider nichts mehr machen.',
    'Ich rufe nicht zurück, bitte schreiben Sie uns.',
    'Rufen Sie uns an.',
    'Ich habe heute zweimal angerufen.',
  ])('"%s" does not', (reply) => {
    expect(signals(reply).expectation).toBe(false);
  });
});
