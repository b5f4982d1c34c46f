// Session 26 (data): the German pack's structural readings, by German morphology and clause structure, tuned on
// corpus-extra/de-tune.jsonl only (never on de-replies.jsonl, the untuned measurement). Every reply here was written
// for these tests; none is a corpus row.
//  (a) ownership: the perfect with colloquial "hab" and a long middle field before the participle at the clause end,
//      developers' participles (gefixt, eingebaut, eingecheckt …), "ich schau mal" and verb-first "Schau ich mir an",
//      the zu-infinitive after "versuchen"; not the helper's own setup ("ich habe mir dazu … angelegt").
//  (b) negative-language: the limit as a state or in the passive ("nicht unterstützt", "nicht vorgesehen"), "Das geht
//      so nicht", "gibt es keine Möglichkeit", and the du-form redirect ("Wende dich an …").
//  (c) teach: the causal conjunction before du/sich/dein, consequence adverbs in second position ("Damit wird …"),
//      "wenn …, dann <verb>" rules, menu paths ("Einstellungen > Konto"), where to go or click, second-person modal +
//      setting infinitive at the clause end, the passive with a means ("wird über … gesteuert"), "nicht …, sondern",
//      "Das Problem ist, dass …".
//  (d) confirm-resolution: the report clause says what to report ("ob es jetzt klappt", "falls es weiterhin nicht
//      geht"), a test of the fix ("Kannst du testen, ob der Fehler weg ist?"); not a generic offer or first diagnosis.
//  (e) expectation: "beim nächsten Update", "Gib mir eine Minute"; condescension: "offensichtlich" only aimed at the
//      customer.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { buildGermanPack } from './test/german';

const built = buildGermanPack();
const scorer = createScorer(built.pack);
/** The signals the German pack sets on one reply, read against a customer's message. */
const signals = (reply: string, customerMessage = 'Hallo, bei mir geht das seit dem Update nicht mehr.') =>
  scorer.score(reply, { customerMessage }).signals;

describe('German pack loads', () => {
  it('with no errors', () => expect(built.errors).toEqual([]));
});

describe('(a) ownership: who does what, with the verb bracket closed at the end', () => {
  it.each([
    'Ich habe den Fehler in der neuen Version behoben.',
    'Ich hab das Modul angepasst und eingecheckt.',
    'Hab ich gerade gefixt.',
    'Ich habe die Funktion in der neuen Version eingebaut.',
    'Das habe ich in der aktuellen Version korrigiert.',
    'Ich habe mir dein Log angeschaut.',
    'Ich schaue mir das heute Abend an.',
    'Schau ich mir morgen an.',
    'Ich schau mal nach.',
    'Ich leite das an die Entwickler weiter.',
    'Wir kümmern uns darum.',
    'Ich werde das prüfen.',
    'Ich versuche, das nachzustellen.',
  ])('takes ownership: %s', (reply) => expect(signals(reply).ownership).toBe(true));

  it.each([
    'Ich habe das gleiche Problem.',
    'Ich habe keine Ahnung, woran das liegt.',
    'Ich werde daraus nicht schlau.',
    'Ich habe das bei mir nicht nachstellen können.',
    'Ich schaue gerade Fernsehen.',
    'Ich habe mir dazu eine Datei angelegt und alles eingetragen.',
    'Habe ich das richtig verstanden?',
  ])('does not: %s', (reply) => expect(signals(reply).ownership).toBe(false));
});

describe('(b) negative-language: the limit as a state, in the passive, and the du-form redirect', () => {
  it.each([
    'Das ist leider nicht möglich.',
    'Das wird vom Adapter nicht unterstützt.',
    'Das ist so nicht vorgesehen.',
    'Das unterstützen wir nicht.',
    'Dafür gibt es keine Lösung.',
    'Das geht so nicht.',
    'Das geht nicht.',
    'Bitte wenden Sie sich an den Hersteller.',
    'Wende dich bitte an den Support deiner Bank.',
  ])('flags: %s', (reply) => expect(signals(reply)['negative-language']).toBe(true));

  it.each([
    'Das Update muss nicht neu installiert werden, es läuft automatisch.',
    'Ich habe den Fehler behoben.',
    'Das war so nicht geplant, aber jetzt läuft es.',
    'Ich habe die Einstellung geändert.',
  ])('does not flag: %s', (reply) => expect(signals(reply)['negative-language']).toBe(false));
});

describe('(c) teach: causes, rules and how-tos in German clause order', () => {
  it.each([
    'Das liegt daran, dass der Cache voll ist.',
    'Das passiert, weil du zweimal den Eingang liest.',
    'Der Eingang hat keinen festen Pegel. Damit wird der Ausgang nicht sauber gesetzt.',
    'Wenn der Cache voll ist, dann bleibt die App beim Start hängen.',
    'Das Problem ist, dass der Adapter den alten Token benutzt.',
    'Unter Einstellungen > Konto > Passwort kannst du das ändern.',
    'Gehen Sie auf Einstellungen und wählen Sie dort Datenschutz.',
    'Klick oben rechts auf Profil und dann auf Sicherheit.',
    'In den Einstellungen unter Konto findest du den Schalter.',
    'Du musst das Attribut interval auf 60 setzen.',
    'Du musst bei dem Gerät das Attribut interval auf 60 setzen.',
    'Setz bitte das Attribut disable auf 1.',
    'Die Helligkeit wird über das Attribut brightness gesteuert.',
    'Der Wert muss erst in einen String umgewandelt werden.',
    'Der Zähler speichert nicht die Summe, sondern nur den letzten Wert.',
    'Ich würde das mit einem Timer lösen.',
  ])('teaches: %s', (reply) => expect(signals(reply).teach).toBe(true));

  it.each([
    'Ich habe den Fehler behoben.',
    'Bitte starte den Rechner neu.',
    'Ich habe das Attribut auf 60 gesetzt.',
    'Kannst du mir sagen, welchen Wert du eingetragen hast?',
    'Wenn Sie Fragen haben, dann melden Sie sich.',
    'Wenn das nicht reicht, dann rufe ich Sie morgen an.',
    'Sie müssen das nicht einstellen.',
    'Ich weiß nicht, woran es liegt.',
    'Die Rechnung wird per Post verschickt.',
    'Damit ich das prüfen kann, schick mir bitte das Log.',
  ])('does not: %s', (reply) => expect(signals(reply).teach).toBe(false));
});

describe('(d) confirm-resolution: the report clause names what to report', () => {
  it.each([
    'Geben Sie mir Bescheid, ob es jetzt klappt.',
    'Melden Sie sich, falls es weiterhin nicht geht.',
    'Funktioniert es jetzt?',
    'Läuft es jetzt bei dir?',
    'Gib mal Bescheid, ob es damit geht.',
    'Sag Bescheid, wenn der Fehler weg ist.',
    'Kannst du bitte testen, ob der Fehler weg ist?',
    'Teste bitte die neue Version und sag Bescheid.',
    'Probier mal die angepasste Version.',
  ])('asks to confirm: %s', (reply) => expect(signals(reply)['confirm-resolution']).toBe(true));

  it.each([
    'Geben Sie mir bitte Ihre Auftragsnummer.',
    'Melden Sie sich, wenn Sie weitere Fragen haben.',
    'Sag Bescheid, wenn du Hilfe brauchst.',
    'Bitte prüfen Sie, ob das Gerät eingeschaltet ist.',
    'Ich werde prüfen, ob das geht.',
  ])('does not: %s', (reply) => expect(signals(reply)['confirm-resolution']).toBe(false));
});

describe('(e) expectation at the next release or in a minute; condescension aimed at the customer only', () => {
  it.each(['Das behebe ich mit dem nächsten Update.', 'Gib mir eine Minute, ich schaue nach.'])('expectation: %s', (reply) =>
    expect(signals(reply).expectation).toBe(true),
  );
  it('"offensichtlich" about a tool is not condescension; about the customer it is', () => {
    expect(signals('Das geht offensichtlich in der App nicht.').condescension).toBe(false);
    expect(signals('Sie haben offensichtlich die Anleitung nicht gelesen.').condescension).toBe(true);
  });
});

// Second commit of the session: the same classes, widened by morphology (separable "aufnehmen/einbauen/anpassen",
// "einen Fix machen", participles of releasing), the German infinitive instruction after "bitte", "kommt daher, dass",
// compounds of "Einstellungen", a named version to test, "Ist das Problem damit behoben?", "Kann ich das Issue
// schließen?", and the English "sorry" German agents write.
describe('(f) widened classes', () => {
  it.each([
    ['ownership', 'Ich nehme das in die nächste Version mit auf.'],
    ['ownership', 'Ich mache heute Abend einen Fix.'],
    ['ownership', 'Ich baue das in die nächste Version ein.'],
    ['ownership', 'Wir passen das an.'],
    ['ownership', 'Ich habe einen PR erstellt.'],
    ['teach', 'Bitte in der Instanz die Option Polling aktivieren.'],
    ['teach', 'Das kommt daher, dass der Token abgelaufen ist.'],
    ['teach', 'In den Instanzeinstellungen kannst du das Intervall ändern.'],
    ['confirm-resolution', 'Kannst du bitte mal die Beta testen?'],
    ['confirm-resolution', 'Bitte teste mal mit der neuen Version.'],
    ['confirm-resolution', 'Ist das Problem damit behoben?'],
    ['confirm-resolution', 'Kann ich das Issue dann schließen?'],
    ['apology', 'Sorry, das habe ich übersehen.'],
  ] as const)('%s: %s', (signal, reply) => expect(signals(reply)[signal]).toBe(true));

  it.each([
    ['ownership', 'Ich nehme an, dass das am Router liegt.'],
    ['ownership', 'Das passt schon so.'],
    ['teach', 'Bitte schick mir das Log.'],
    ['teach', 'Sie können uns gerne über das Kontaktformular schreiben.'],
    ['teach', 'Bitte starte den Adapter neu.'],
    ['confirm-resolution', 'Ist das Problem bekannt?'],
    ['confirm-resolution', 'Welche Version nutzt du?'],
  ] as const)('not %s: %s', (signal, reply) => expect(signals(reply)[signal]).toBe(false));
});

// Third commit: condescension as a rhetorical challenge to the customer's attention or skill, in the du and the Sie form
// (CON1: "should have read", "as I said"); a plain question about the docs or the setup is not one.
describe('(g) condescension: challenges to the customer\'s attention or skill', () => {
  it.each([
    'Fällt dir gar nichts auf?',
    'Bist du sicher, dass du damit umgehen kannst?',
    'Hast du überhaupt die Doku gelesen?',
    'Das steht doch alles in der Doku.',
    'Reiß dich mal zusammen.',
    'Was soll man mit dieser Beschreibung anfangen?',
  ])('talks down: %s', (reply) => expect(signals(reply).condescension).toBe(true));

  it.each([
    'Hast du die Doku zur Version 2 gelesen?',
    'Das steht in der Doku unter Punkt 3.',
    'Bist du sicher, dass die Instanz läuft?',
    'Ist dir beim Update etwas aufgefallen?',
  ])('does not: %s', (reply) => expect(signals(reply).condescension).toBe(false));
});

