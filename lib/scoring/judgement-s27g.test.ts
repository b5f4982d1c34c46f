// Session 27 (data): the German pack's readings by clause structure and German morphology, tuned on
// corpus-extra/de-tune.jsonl only (never on de-replies.jsonl, the untuned measurement). Every reply here was written
// for these tests; none is a corpus row.
//  (a) condescension: "wie gesagt" framing the helper's OWN reservation (what the helper is unsure of, does not know,
//      has not tested, only guesses) is no talking down (CON1); "wie gesagt" before what the customer should have
//      taken in ("das steht doch in der Anleitung", "Sie müssen …") still is.
//  (b) teach: the instruction itself, as German helpers write it at the start of a clause: the bare infinitive at the
//      clause end with no finite verb ("Mit einem Poti den Wert festlegen und …"), the du-imperative and the Sie-imperative
//      with an object and a place ("Nimm die Anweisung aus der Loop raus", "Tragen Sie die Adresse im Feld Empfänger ein");
//      a possible cause as a mechanism ("Es kann passieren, dass …", "Was vorkommen kann, ist, dass …"), a purpose heading
//      before code or steps ("Zum Senden der Daten:"; not "Zum Beispiel:"). Not the helper's
//      own action, "sich" (routing), a question to the forum, a negated step, a finite modal ("… kann der Support löschen").
//  (c) ownership: the developers' verbs whose participles counted since session 26 ("angepasst", "ergänzt") now count in
//      the infinitive after a modal and in the present too ("Ich kann das morgen anpassen", "Das kann ich gern ändern",
//      "Ich ändere das in der nächsten Version"), and the separable "ich lade … hoch", "ich reiche … nach"; not an
//      invitation ("Ich lade Sie … ein"), not negated, not the customer's own step ("Das kannst du selbst anpassen").
//  (d) teach: the impersonal "man" with a modal and a setting infinitive, as German explanations say it ("Man muss das
//      Attribut auf 60 setzen", "Das kann man in den Einstellungen ändern"), and "am besten" + verb + subject ("Am besten
//      nimmst du einen Spannungsteiler"); not negated, not a question, not "am besten melden Sie sich" (routing).
//  (e) teach: a recommendation with the zu-infinitive of a setting verb, "zu" inside the separable ones ("einzustellen",
//      "anzuschließen") or before the others ("zu setzen"): "Ich empfehle dir, die Option zu deaktivieren", "Es reicht, das
//      Attribut auf 60 zu setzen", "Du hast vergessen, den Pin als Ausgang zu definieren"; not negated ("Es ist nicht
//      nötig, …"), not the helper's own omission ("Ich habe vergessen, …"), not routing ("… den Support zu kontaktieren").
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

describe('(b) teach: the instruction in the infinitive or the imperative, and a possible cause', () => {
  it.each([
    'Mit einem Widerstand den Strom begrenzen und dann die LED an Pin 13 anschließen.',
    'Unter Einstellungen das Häkchen bei Autostart entfernen.',
    'Die Adresse in Ihrem Kundenkonto ändern, dann kommt die Lieferung richtig an.',
    'Hallo Anna, den Filter unter Ansicht deaktivieren.',
    'Setz den Widerstand zwischen Pin 2 und GND.',
    'Trag das Attribut in die Konfiguration ein.',
    'Schließ den Sensor an 3,3 V an, nicht an 5 V.',
    'Lösche den Eintrag aus der Liste und lege ihn neu an.',
    'Nehmen Sie den Aufruf aus der Schleife heraus.',
    'Tragen Sie die Adresse im Feld Empfänger ein.',
    'Es kann passieren, dass der Dummy auf 10 statt 10:00 gesetzt wird.',
    'Dann kann es vorkommen, dass der Timer doppelt auslöst.',
    'Was aber vorkommen kann, ist, dass der Timer doppelt läuft.',
    'Zum Einrichten des Timers: Einstellungen öffnen und Intervall wählen.',
    'Fürs Umrechnen der Werte: einfach durch 4 teilen.',
  ])('teaches: %s', (reply) => expect(signals(reply).teach).toBe(true));

  it.each([
    'Die Datei werde ich morgen anpassen.',
    'Den Rest müssen wir noch anpassen.',
    'Die Daten kann der Support löschen.',
    'Die Einstellung müssen Sie nicht ändern.',
    'Das Passwort ändern wir für Sie.',
    'Dann setze ich den Wert auf 60.',
    'Den Rechner neu starten.',
    'Stell deine Frage bitte im passenden Unterforum.',
    'Setz dich mit dem Händler in Verbindung.',
    'Setzen Sie sich mit Ihrer Bank in Verbindung.',
    'Nutze die Suchfunktion im Forum.',
    'Nimm es mir nicht übel.',
    'Nehmen Sie sich Zeit.',
    'Es kann sein, dass ich morgen später komme.',
    'Zum Beispiel: der Wert 13.',
    'Zum Schluss: danke für die Geduld.',
    'Zum Senden brauche ich noch deine Adresse.',
  ])('does not: %s', (reply) => expect(signals(reply).teach).toBe(false));
});

describe('(c) ownership: developers\' verbs in the infinitive after a modal, in the present, and separable', () => {
  it.each([
    'Ich kann das morgen anpassen.',
    'Das kann ich gern ändern.',
    'Ich will das noch ergänzen.',
    'Ich ändere das in der nächsten Version.',
    'Ich lade die korrigierte Datei gleich hoch.',
    'Ich reiche das Log heute Abend nach.',
    'Ich muss das erst nachstellen.',
  ])('takes ownership: %s', (reply) => expect(signals(reply).ownership).toBe(true));

  it.each([
    'Ich lade Sie herzlich zu unserem Webinar ein.',
    'Wir ändern nichts an der Konfiguration.',
    'Ich habe das gleiche Problem und kann es nicht ändern.',
    'Das kannst du selbst anpassen.',
    'Ich würde das anders lösen.',
  ])('does not: %s', (reply) => expect(signals(reply).ownership).toBe(false));
});

describe('(d) teach: impersonal "man" with a modal, and "am besten" recommendations', () => {
  it.each([
    'Man muss das Attribut interval auf 60 setzen.',
    'Das kann man in den Einstellungen unter Konto ändern.',
    'Man sollte den Pull-up-Widerstand an VCC anschließen.',
    'Man könnte den Wert auch in der Datei eintragen.',
    'Am besten verwendet man dafür einen Spannungsteiler.',
    'Am besten nimmst du einen Spannungsteiler mit zwei Widerständen.',
  ])('teaches: %s', (reply) => expect(signals(reply).teach).toBe(true));

  it.each([
    'Man kann das leider nicht ändern.',
    'Das muss man nicht ändern.',
    'Kann man das irgendwo einstellen?',
    'Muss man das Attribut wirklich setzen?',
    'Am besten melden Sie sich beim Support.',
  ])('does not: %s', (reply) => expect(signals(reply).teach).toBe(false));
});

describe('(e) teach: a recommendation with the zu-infinitive of a setting verb', () => {
  it.each([
    'Ich empfehle dir, die Option im Menü zu deaktivieren.',
    'Es reicht, das Attribut auf 60 zu setzen.',
    'Es ist sinnvoll, den internen Pull-up einzuschalten.',
    'Ich rate Ihnen, den Wert im Feld Limit anzupassen.',
    'Du hast vergessen, den Pin als Ausgang zu definieren.',
    'Nicht vergessen, den Haken bei Autostart zu setzen.',
  ])('teaches: %s', (reply) => expect(signals(reply).teach).toBe(true));

  it.each([
    'Es ist nicht nötig, das Attribut zu setzen.',
    'Ich empfehle dir nicht, das zu ändern.',
    'Ich rate dir, den Support zu kontaktieren.',
    'Ich habe vergessen, den Wert einzutragen.',
  ])('does not: %s', (reply) => expect(signals(reply).teach).toBe(false));
});
