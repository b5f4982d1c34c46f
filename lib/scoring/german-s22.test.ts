// Session 22 (tester): three readings of the German method pack a German help-desk agent would notice,
// fixed by structure in packs/de-method.yaml. Every reply (and customer message) here was written for
// these tests; none is a corpus row.
//  (a) teach: a cause given with its conjunction ("weil", "da", "denn", "deshalb", "liegt daran, dass",
//      "Die Ursache ist …") — the German subordinate clause puts its verb at the end, so the rule reads
//      the conjunction and the word after it; a reason that only justifies a refusal does not teach (T1).
//  (b) negative-language: the agent's own limit in every German word order ("Wir können das nicht …",
//      "Leider können wir die Gebühr nicht …", "Das dürfen wir nicht …", "Leider klappt das … nicht").
//  (c) expectation: a weekday, "nächste Woche", "in den nächsten zwei Tagen", "spätestens", working days,
//      or a visit window at a first-person promise — not a weekday of the past, nor a deadline set for the customer.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { buildGermanPack } from './test/german';

const built = buildGermanPack();
const scorer = createScorer(built.pack);
/** The signals the German pack sets on one reply, read against the customer's message. */
const signals = (reply: string, customerMessage = 'Hallo, können Sie mir bitte helfen?') =>
  scorer.score(reply, { customerMessage }).signals;

describe('German pack loads', () => {
  it('with no errors', () => expect(built.errors).toEqual([]));
});

describe('(a) teach: a cause told with weil / da / denn / deshalb / liegt daran', () => {
  it.each([
    ['Mein Drucker druckt schon wieder nicht!', 'Der Drucker hat nicht gedruckt, weil der Treiber nach dem Update nicht mehr zum Gerät gepasst hat. Ich habe ihn neu installiert.'],
    ['Warum kann ich mich nicht anmelden?', 'Sie konnten sich nicht anmelden, da Ihr Passwort nach 90 Tagen automatisch abläuft.'],
    ['Warum kann ich mich nicht anmelden?', 'Da Ihr Passwort abgelaufen war, konnten Sie sich nicht anmelden.'],
    ['Warum wurde zweimal abgebucht?', 'Es wurde zweimal abgebucht, denn die erste Zahlung hing beim Zahlungsdienstleister fest.'],
    ['VPN geht nicht, dringend!', 'Das VPN-Zertifikat war abgelaufen, deshalb kam keine Verbindung zustande.'],
    ['Wieso landet meine Mail im Spam?', 'Ihr Absender stand auf einer Sperrliste. Deswegen wurde die Mail als Spam markiert.'],
    ['Wieso ist mein Postfach voll?', 'Das liegt daran, dass alte Anhänge nicht automatisch gelöscht werden.'],
    ['Warum kommen meine Mails nicht an?', 'Das Problem lag an einem falschen Eintrag im Spamfilter.'],
    ['Warum stürzt das Programm ab?', 'Der Fehler liegt an einer veralteten Version von Java.'],
    ['Warum stürzt das Programm ab?', 'Die Ursache ist ein fehlerhafter Eintrag in der Registry.'],
    ['Warum stürzt das Programm ab?', 'Der Absturz wurde durch ein fehlerhaftes Update verursacht.'],
    ['Warum geht die Lizenz nicht?', 'Der Grund ist, dass die Lizenz nur für ein Gerät gilt.'],
  ])('customer "%s" — "%s" teaches', (customer, reply) => {
    expect(signals(reply, customer).teach).toBe(true);
  });

  it.each([
    // A reason that only justifies a refusal or a limit (T1).
    'Eine Erstattung ist leider nicht möglich, weil die Frist abgelaufen ist.',
    'Das können wir nicht erstatten, da die Ware benutzt wurde.',
    // The company's own reason for a delay, and the agent's own plans: nothing about the customer's problem.
    'Es dauert etwas länger, weil wir gerade viele Anfragen haben.',
    'Ich rufe Sie morgen an, weil ich heute unterwegs bin.',
    'Deshalb melde ich mich morgen bei Ihnen.',
    // "da" as the adverb, not the conjunction.
    'Wir haben da das Problem, dass der Server voll ist.',
    'Leider ist mir da ein Fehler unterlaufen, ich habe ihn korrigiert.',
    'Das Paket ist da, der Bote hat es abgegeben.',
    // Boilerplate with no conjunction.
    'Aus Sicherheitsgründen haben wir das Konto gesperrt.',
    // Polite standard phrasing stays quiet.
    'Keine Ursache, gern geschehen!\n\nMit freundlichen Grüßen\nTim Berger',
  ])('"%s" does not teach', (reply) => {
    expect(signals(reply).teach).toBe(false);
  });
});

describe('(b) negative-language: the agent\'s own limit in German word order', () => {
  it.each([
    'Leider können wir die Gebühr nicht erstatten.',
    'Wir können das nicht rückgängig machen.',
    'Das dürfen wir aus Datenschutzgründen nicht herausgeben.',
    'Einen Rückruf können wir Ihnen nicht anbieten.',
    'Wir können Ihnen keine Gutschrift geben.',
    'Leider klappt das mit Ihrem Gerät nicht.',
    'Leider geht das mit dem neuen Tarif nicht. Der alte Tarif ist aber noch bis Monatsende buchbar.',
  ])('"%s" is negative language', (reply) => {
    expect(signals(reply, 'Ich will mein Geld zurück!')['negative-language']).toBe(true);
  });

  it.each([
    'Sie können sich jetzt nicht mehr anmelden, bis das Update durch ist.', // the customer's limit, for now
    'Wir können Ihnen nicht nur den Link schicken, sondern auch eine Anleitung.',
    'Ich kann Ihnen das heute noch zuschicken.',
    'Keine Ursache, gern geschehen!',
    'Folgendes können wir tun: Wir tauschen das Gerät aus.',
  ])('"%s" is not', (reply) => {
    expect(signals(reply)['negative-language']).toBe(false);
  });
});

describe('(c) expectation: a day or a window at a promise', () => {
  it.each([
    'Ich schicke Ihnen die Rechnung am Mittwoch.',
    'Am Freitag prüfe ich das noch einmal.',
    'Wir melden uns in den nächsten zwei Tagen.',
    'Ich melde mich nächste Woche bei Ihnen.',
    'Der Techniker kommt am Dienstag zwischen 8 und 12 Uhr.',
    'Sie hören spätestens am Freitag von mir.',
    'Bitte haben Sie noch etwas Geduld, Sie hören spätestens am Freitag von mir.',
    'Die Gutschrift erhalten Sie innerhalb von fünf Werktagen.',
    'Bis Ende nächster Woche ist die Gutschrift auf Ihrem Konto.',
  ])('"%s" tells when', (reply) => {
    expect(signals(reply, 'Wann kommt mein Geld? Ich warte seit zwei Wochen!').expectation).toBe(true);
  });

  it.each([
    'Am Montag war der Server nicht erreichbar.',
    'Sie haben spätestens am Freitag bezahlt.',
    'Bitte schicken Sie das Formular spätestens am Freitag zurück.', // a deadline for the customer
    'Ich habe am Montag mit der Technik gesprochen.',
    'Wir prüfen nicht am Wochenende.',
    'Der Techniker kam am Dienstag, hat aber nichts gefunden.',
  ])('"%s" does not', (reply) => {
    expect(signals(reply).expectation).toBe(false);
  });
});
