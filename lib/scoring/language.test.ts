import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { francAll } from 'franc-min';
import { clearlyIn, detect, languageMismatch, MIN_WORDS, rankLanguages, SAMPLE_CHARS } from './language';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';

const german =
  'Hallo Frau Meier, vielen Dank für Ihre Nachricht. Ich habe Ihr Passwort zurückgesetzt, Sie können sich jetzt wieder anmelden. Bei Fragen melden Sie sich gern.';
const english = 'Hi Anna, thanks for reaching out. I have reset your password and you can log in again now. Let me know if anything else comes up.';

describe('languageMismatch', () => {
  it('names a German draft against an English pack, and an English one against a German pack', () => {
    expect(languageMismatch(german, 'en')).toEqual({ draft: 'de', pack: 'en' });
    expect(languageMismatch(english, 'de-AT')).toEqual({ draft: 'en', pack: 'de' });
  });

  it('leaves a draft in the pack language alone, links, codes and names included', () => {
    expect(languageMismatch(english, 'en')).toBeNull();
    expect(languageMismatch(german, 'de')).toBeNull();
    expect(languageMismatch('Hallo Jürgen, thanks for waiting. See https://kb.example.com/KB0012345 — I have reset the VPN token for you.', 'en')).toBeNull();
  });

  it('does not judge short drafts or a pack language it does not know', () => {
    expect(languageMismatch('Hey James, when did you fly? ^E', 'en')).toBeNull();
    expect(languageMismatch('Danke, ich kümmere mich darum.', 'en')).toBeNull();
    expect(languageMismatch(german, 'fi')).toBeNull();
  });

  it('never takes an English reply of a few words for another language (these read as Dutch or German to trigrams)', () => {
    expect(languageMismatch("Hi Helen, calm down, it's simply a cached password.", 'en')).toBeNull();
    expect(languageMismatch('Hi Dana, I will reset the VPN profile now and update you.', 'en')).toBeNull();
    for (const english of Object.values(DEFAULT_PACK.rules).flatMap((r) => [...(r.examples?.flag ?? []), ...(r.examples?.pass ?? [])])) {
      expect(languageMismatch(english, 'en'), english).toBeNull();
    }
  });
});

const germanMore =
  'Falls die Anmeldung weiterhin nicht klappt, schicken Sie mir bitte einen Screenshot der Fehlermeldung. Ich schaue mir das dann gleich an und gebe Ihnen Bescheid, sobald ich mehr weiß.';
const englishMore =
  'If the sign-in still fails, please send me a screenshot of the error message. I will look at it straight away and let you know as soon as I know more.';

describe('a long draft', () => {
  it('is judged by its opening: German that goes on with a long English quote stays German, English with a German footer stays English', () => {
    const longGerman = `${germanMore} ${german} ${germanMore} ${english.repeat(20)}`;
    expect(longGerman.length).toBeGreaterThan(3 * SAMPLE_CHARS);
    expect(languageMismatch(longGerman, 'en')).toEqual({ draft: 'de', pack: 'en' });
    expect(languageMismatch(`${english} ${englishMore} ${german.repeat(20)}`, 'en')).toBeNull();
  });

  it('gives the same answer as the agent types on past the opening, for either pack', () => {
    let draft = `${german} ${germanMore}`;
    for (const word of ' Mit freundlichen Grüßen aus dem Support-Team'.split(' ')) {
      draft += ` ${word}`;
      expect(languageMismatch(draft, 'en')).toEqual({ draft: 'de', pack: 'en' });
      expect(languageMismatch(draft, 'de')).toBeNull();
    }
  });
});

describe('the function-word shortcut (franc-min only when the pack language is not plain)', () => {
  it('takes plain English and German for what they are, and never the other language', () => {
    expect(clearlyIn(english, 'en')).toBe(true);
    expect(clearlyIn(german, 'de')).toBe(true);
    expect(clearlyIn(german, 'en')).toBe(false);
    expect(clearlyIn(english, 'de')).toBe(false);
    expect(clearlyIn('Gracias por escribirnos. Hemos revisado tu pedido y te enviamos el reembolso hoy mismo, lo sentimos mucho.', 'en')).toBe(false);
  });

  it('agrees with franc-min wherever both judge: every shipped example long enough to judge and the drafts above', () => {
    const lines = [english, englishMore, german, germanMore, ...Object.values(DEFAULT_PACK.rules).flatMap((r) => [...(r.examples?.flag ?? []), ...(r.examples?.pass ?? [])])].filter(
      (line) => (line.match(/\p{L}{2,}/gu)?.length ?? 0) >= MIN_WORDS,
    );
    expect(lines.length).toBeGreaterThan(10);
    for (const pack of ['en', 'de'] as const)
      for (const line of lines) if (clearlyIn(line, pack)) expect(detect(line, pack, pack === 'en' ? 'eng' : 'deu'), line).toBeNull();
  });
});

describe('the scorer and a draft in another language', () => {
  it('does not score a German reply against the English method pack', () => {
    const report = createScorer().score(german);
    expect(report.skipped).toBe('other-language');
    expect(report.language).toEqual({ draft: 'de', pack: 'en' });
    expect(report.findings).toEqual([]);
    expect(report.prompts).toEqual([]);
  });

  it('scores the same German reply against a German pack', () => {
    const report = createScorer({ ...DEFAULT_PACK, locale: 'de' }).score(german);
    expect(report.skipped).toBeUndefined();
  });
});

describe('rankLanguages', () => {
  // franc-min's own ranking, the one rankLanguages must reproduce number for number.
  const samples = [
    english,
    german,
    englishMore,
    germanMore,
    'Gracias por escribirnos. Hemos revisado tu pedido y te enviamos el reembolso hoy mismo, lo sentimos mucho.',
    'Obrigado pelo contato! Já verifiquei a sua conta e o acesso foi restabelecido, qualquer dúvida é só chamar.',
    'Merci pour votre message. Nous avons vérifié votre commande et le remboursement part aujourd’hui.',
    'Bedankt voor je bericht, ik heb je wachtwoord opnieuw ingesteld en je kunt nu weer inloggen.',
    'Спасибо за обращение, мы уже проверили ваш заказ и вернём деньги сегодня.',
    'ご連絡ありがとうございます。ご注文を確認しました。',
    '感谢您的来信，我们已经为您办理退款。',
    'שלום, תודה על הפנייה',
    '12345 !!! ???',
    'a',
    'Hi — 👍 ok ok ok ok',
    'ÀÉÎÕÜ àéîõü ÇçÑñ ẞß ǅǆ ﬁ Ｈｉ 𝐇𝐢',
    '  mixed   Latin und Deutsch, with English words and ελληνικά λόγια in between  ',
    // Every kind of white space (trigram-utils collapses JavaScript's \s), and letters whose lower case is longer.
    '\u00a0Wir\u2003haben\u3000Ihr\u1680Paket\u2028heute\ufeffverschickt\tund\r\ngrüßen aus İSTANBUL\u00a0',
  ];
  it('gives franc-min’s francAll ranking, the same languages in the same order with the same numbers', () => {
    const examples = Object.values(DEFAULT_PACK.rules).flatMap((r) => [...(r.examples?.flag ?? []), ...(r.examples?.pass ?? [])]);
    for (const text of [...samples, ...examples]) expect(rankLanguages(text), text).toEqual(francAll(text, { minLength: 1 }));
  });
});

describe('franc-min’s script expressions', () => {
  it('only Latin matches ASCII characters (rankLanguages counts the others only when Latin does not outnumber them)', async () => {
    const { expressions } = await import('franc-min/expressions.js');
    let ascii = '';
    for (let c = 0; c < 128; c++) ascii += String.fromCharCode(c);
    for (const [script, re] of Object.entries(expressions)) if (script !== 'Latin') expect(ascii.match(re), script).toBeNull();
  });
});
