// Closed word classes the edit fitters need to make an insert or a rewrite read as if the agent typed
// it: words that cannot stand alone once the phrase they lean on is gone (pronouns, copulas,
// auxiliaries, discourse words), greetings, words that keep their capital mid-sentence, and German
// verbs that come second in a clause. English and German, the languages of the shipped packs; a word
// outside every class is left as the agent or the pack wrote it, which is always the safe choice.
//
// Sources: the English lists are the closed classes of any grammar (pronouns, auxiliaries, articles,
// prepositions); the German verb-second rule and the capitalised polite forms (Sie, Ihnen, Ihr…) are
// from Duden, "Groß- und Kleinschreibung" and "Wortstellung im Aussagesatz".

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Words that only lean on the rest of their clause: subject pronouns, copulas and auxiliaries,
 * determiners, discourse words. A clause made only of these (plus the flagged phrase) goes with it.
 */
export const LEANING = set(`
  i i'm i've i'll i'd me it it's its that that's this these those there there's here here's
  they they're we we're we'll we've you you're you'll he she
  is isn't are aren't was were be been being am 'm 's 're do does did will would can could should shall
  has have had just really truly honestly actually totally absolutely completely quite so very
  but and or so well oh also though still anyway again yes yeah ok okay
  a an the my our your his her their
  unfortunately sadly
  das dies es ist sind war waren wir ich da dafür darum daran hier leider doch ja aber und also
  wirklich einfach ganz schon bereits eben halt nun mal
`);

/** Asides that add nothing once their sentence's complaint or script is replaced. */
export const FILLER = set(`
  honestly frankly seriously really though tbh anyway again lol haha ugh sigh
  as usual i know i agree to be honest if i'm honest believe me trust me
  ehrlich gesagt echt wirklich leider ja doch
`);

/** Words that open a greeting ("Hi Dana,", "Guten Morgen Frau Weber,"). */
export const GREETING = set(`
  hi hello hey hiya howdy dear greetings morning afternoon evening good
  hallo moin servus liebe lieber sehr geehrte geehrter guten grüß grüezi hola bonjour
`);

/** A phrase that ends in one of these is missing its object: the clause's rest belongs to it. */
export const OPEN_ENDED = set(`
  on about with to for of at in from into onto over the a an my our your their his her its
  mit für von zu über auf an in der die das den dem des ein eine einen einem einer mein unser
`);

/** A phrase opening with one of these is a subordinate clause that runs to the next comma. */
export const SUBORDINATOR = set(`if as since because when whenever although unless once wie wenn da weil als obwohl falls nachdem`);

/**
 * German finite verbs that take second place: after a fronted clause the verb comes first in the
 * rest ("Wie gesagt, ist der Tarif …"), so what replaces the front must fill the first place itself.
 */
export const VERB_SECOND = set(`ist sind war waren hat haben habe hatte hatten wird werden wurde kann können konnte konnten muss müssen soll sollte sollten bin darf dürfen`);

/** Keep their capital anywhere in a sentence: the English "I" and the German polite forms. */
const ALWAYS_CAPITAL = set(`i i'm i've i'll i'd sie ihnen ihr ihre ihren ihrem ihrer ihres`);

/** Standard abbreviations whose full stop does not end a sentence. */
export const ABBREVIATION = set(`e.g i.e mr mrs ms dr st etc vs approx no nr z.b bzw ca usw evtl ggf u.a d.h`);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of `text`, lower-cased, with curly apostrophes read as straight ones. */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
}

/** The first word of `text` as written, with its offset, or null. */
export function firstWord(text: string): { word: string; at: number } | null {
  WORD.lastIndex = 0;
  const m = WORD.exec(text);
  return m ? { word: m[0], at: m.index } : null;
}

/** The last word of `text` as written, lower-cased, or ''. */
export function lastWord(text: string): string {
  const all = wordsOf(text);
  return all[all.length - 1] ?? '';
}

/** True when every word of `text` is in `cls` (phrases of two words count as one entry too). */
export function allIn(text: string, ...classes: Set<string>[]): boolean {
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    if (classes.some((c) => c.has(pair))) {
      i++;
      continue;
    }
    if (!classes.some((c) => c.has(words[i]!))) return false;
  }
  return true;
}

/** Upper-cases the first letter of `text`. */
export function capitalise(text: string): string {
  const w = firstWord(text);
  if (!w) return text;
  return text.slice(0, w.at) + w.word[0]!.toUpperCase() + text.slice(w.at + 1);
}

/**
 * Lower-cases the first letter of `text` for a place mid-sentence, unless the word keeps its
 * capital there: "I", German polite forms, acronyms and names ("VPN", "McAfee", `keep`).
 */
export function decapitalise(text: string, keep: readonly string[] = []): string {
  const w = firstWord(text);
  if (!w) return text;
  const lower = w.word.toLowerCase().replace(/’/g, "'");
  if (ALWAYS_CAPITAL.has(lower)) return text;
  if (/\p{Lu}/u.test(w.word.slice(1))) return text;
  if (keep.some((k) => k.toLowerCase() === lower)) return text;
  return text.slice(0, w.at) + w.word[0]!.toLowerCase() + text.slice(w.at + 1);
}

/** Whether the first word of `text` is in `cls`. */
export function startsWith(text: string, cls: Set<string>): boolean {
  const w = firstWord(text);
  return !!w && cls.has(w.word.toLowerCase().replace(/’/g, "'"));
}
