// The forms of an English verb, so a pack can name "check" once and match "checks", "checked" and
// "checking" too. Regular spelling rules (e.g. Quirk et al., A Comprehensive Grammar of the English
// Language, §3.5–3.7: -es after sibilants, y → ie, final e dropped before -ing/-ed, the final
// consonant doubled after one stressed short vowel) and a table of the common irregular verbs.
// Chosen over an NLP package because the scorer runs in the page and must stay small (DESIGN.md).

export type VerbForm = 'base' | 's' | 'past' | 'ing';
export const VERB_FORMS: readonly VerbForm[] = ['base', 's', 'past', 'ing'];

/** Irregular verbs: base → past tense and past participle (the participle only when it differs). */
const IRREGULAR: Record<string, string> = {
  be: 'was were been',
  become: 'became become',
  begin: 'began begun',
  bring: 'brought',
  build: 'built',
  buy: 'bought',
  catch: 'caught',
  choose: 'chose chosen',
  come: 'came come',
  cut: 'cut',
  deal: 'dealt',
  dig: 'dug',
  do: 'did done',
  draw: 'drew drawn',
  drive: 'drove driven',
  feel: 'felt',
  find: 'found',
  fly: 'flew flown',
  forget: 'forgot forgotten',
  get: 'got gotten',
  give: 'gave given',
  go: 'went gone',
  have: 'had',
  hear: 'heard',
  hold: 'held',
  keep: 'kept',
  know: 'knew known',
  lay: 'laid',
  lead: 'led',
  leave: 'left',
  lend: 'lent',
  let: 'let',
  lose: 'lost',
  make: 'made',
  mean: 'meant',
  meet: 'met',
  pay: 'paid',
  put: 'put',
  read: 'read',
  rerun: 'reran rerun',
  reset: 'reset',
  resend: 'resent',
  rewrite: 'rewrote rewritten',
  run: 'ran run',
  say: 'said',
  see: 'saw seen',
  sell: 'sold',
  send: 'sent',
  set: 'set',
  show: 'showed shown',
  shut: 'shut',
  sit: 'sat',
  speak: 'spoke spoken',
  spend: 'spent',
  stand: 'stood',
  take: 'took taken',
  teach: 'taught',
  tell: 'told',
  think: 'thought',
  undo: 'undid undone',
  understand: 'understood',
  upset: 'upset',
  write: 'wrote written',
};

/** The verbs whose past forms the table above gives (actions.ts reads their participles). */
export const IRREGULAR_VERBS: readonly string[] = Object.keys(IRREGULAR);

/** Stress-final verbs of two syllables that double their last consonant (submit → submitted). */
const DOUBLES = new Set(
  'admit commit compel control equip forget omit occur patrol permit prefer refer regret reset submit transfer upset begin'.split(' '),
);

function doubles(v: string): boolean {
  if (DOUBLES.has(v)) return true;
  // One vowel group, ending consonant-vowel-consonant, not w/x/y: stop, log, chat, ship.
  const groups = v.match(/[aeiouy]+/g)?.length ?? 0;
  return groups === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(v);
}

/**
 * A verb ending in one written vowel (or "ia"/"ue") and "l", whose final "l" British spelling doubles before "-ed" and
 * "-ing" whatever the stress ("cancelled", "travelling", "labelled", "dialled", "fuelled"; Oxford style, as against US
 * "canceled"); "appeal", "feel", "email" (two other vowels) and "install" keep one form.
 */
const BRITISH_L = /(?:[^aeiou][aeiou]|ia|ue)l$/;

/**
 * All forms of a one-word verb; lower-case in, lower-case out. The US spelling comes first in each list; a verb of
 * BRITISH_L has the British doubled past and -ing form second ("canceled", "cancelled").
 */
export function verbForms(verb: string): Record<VerbForm, string[]> {
  const v = verb.toLowerCase();
  const irregular = IRREGULAR[v]?.split(' ');
  const s = /(s|x|z|ch|sh)$/.test(v) || v === 'go' || v === 'do' || v === 'undo' ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
  let ing: string;
  let past: string;
  if (/ie$/.test(v)) ing = `${v.slice(0, -2)}ying`;
  else if (/[^eoy]e$/.test(v) && v !== 'be') ing = `${v.slice(0, -1)}ing`;
  else if (doubles(v)) ing = `${v}${v.at(-1)}ing`;
  else ing = `${v}ing`;
  if (/e$/.test(v)) past = `${v}d`;
  else if (/[^aeiou]y$/.test(v)) past = `${v.slice(0, -1)}ied`;
  else if (doubles(v)) past = `${v}${v.at(-1)}ed`;
  else past = `${v}ed`;
  if (v === 'be') return { base: ['be', 'am', 'are', "'m", "'re"], s: ['is', "'s"], past: irregular!, ing: ['being'] };
  if (v === 'have') return { base: ['have', "'ve"], s: ['has'], past: ['had', "'d"], ing: ['having'] };
  if (!irregular && BRITISH_L.test(v) && !doubles(v)) return { base: [v], s: [s], past: [past, `${v}led`], ing: [ing, `${v}ling`] };
  return { base: [v], s: [s], past: irregular ?? [past], ing: [ing] };
}

/**
 * The `kinds` of forms (verbForms) of each of `verbs`, one-word or phrasal, a phrasal verb inflecting its first word and
 * keeping the rest as written ("top up" → "top up", "tops up"; "look into" → "looked into"); verb by verb, in the order of
 * `kinds`. Lower-cases only the inflected word.
 */
export function formsOf(verbs: readonly string[], kinds: readonly VerbForm[] = VERB_FORMS): string[] {
  return verbs.flatMap((phrase) => {
    const trimmed = phrase.trim();
    const space = trimmed.search(/\s/);
    const head = space === -1 ? trimmed : trimmed.slice(0, space);
    const rest = space === -1 ? '' : trimmed.slice(space);
    const f = verbForms(head);
    return kinds.flatMap((k) => f[k]).map((w) => w + rest);
  });
}

// Past forms as a test (session 33): whether a word is a past tense or past participle, for the readers that need to
// know a verb is past without knowing which verb: mood-dated.ts ("I paid on 23 Nov") and actions.ts (the participle
// after "I've"). One reading of the table above and of the regular "-ed" rule of verbForms.

/**
 * Strong past forms of verbs the table above does not conjugate (Quirk et al., Appendix "irregular verbs"), base →
 * forms. Kept out of IRREGULAR because they are partial (no "broke" beside "broken", and "proved" stays a regular past
 * beside "proven"): verbForms, and the pack's verb classes built on it, do not read them; isPastForm does.
 */
const MORE_STRONG_PAST: Record<string, string> = {
  ring: 'rang rung', seek: 'sought', stick: 'stuck', sweep: 'swept', split: 'split', spin: 'spun', beat: 'beaten',
  bite: 'bitten', break: 'broken', eat: 'eaten', fall: 'fallen', forbid: 'forbidden', forgive: 'forgiven', freeze: 'frozen',
  hide: 'hidden', prove: 'proven', ride: 'ridden', rise: 'risen', shake: 'shaken', steal: 'stolen', strike: 'stricken',
  strive: 'striven', thrive: 'thriven', tread: 'trodden', wake: 'woken', weave: 'woven', override: 'overridden',
  overwrite: 'overwritten', mistake: 'mistaken', overtake: 'overtaken', undertake: 'undertaken',
};
/** Every irregular past form (both tables; "'d" too), and the bases among them ("put", "come", "split": present too). */
const STRONG_PAST = new Set([
  ...IRREGULAR_VERBS.flatMap((v) => verbForms(v).past),
  ...Object.values(MORE_STRONG_PAST).flatMap((f) => f.split(' ')),
]);
const STRONG_BASES = new Set([...IRREGULAR_VERBS, ...Object.keys(MORE_STRONG_PAST)]);
/** Pasts of the verbs whose base ends in "ee" ("agree" → "agreed"); any other "-eed" word is a present or a noun ("need", "speed"). */
const EE_PAST = new Set(['agree', 'disagree', 'free', 'guarantee', 'decree', 'referee'].flatMap((v) => verbForms(v).past));
const IRREGULAR_BASES = new Set(IRREGULAR_VERBS);

/**
 * Whether `word` (lower case) is the regular past of some verb as verbForms spells it: strip "d", "ed", "ied" (→ "y")
 * or a doubled consonant and "ed", and that base's past is the word again ("returned" ← "return", "stopped" ← "stop",
 * "double-checked" ← "double-check").
 * A base that is an irregular verb ("comed" ← "come") or that ends in a consonant and "r"/"re", which no English verb
 * does ("hundred", "hatred", "sacred", "kindred"; the few British "-tre" verbs, "centred", are the cost), is none.
 */
function regularPast(w: string): boolean {
  if (!/^\p{L}[\p{L}-]*\p{L}ed$/u.test(w)) return false;
  if (/eed$/.test(w)) return EE_PAST.has(w);
  const bases = [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3), `${w.slice(0, -3)}y`];
  return bases.some((b) => b.length >= 2 && !/[^aeiouyr]re?$/.test(b) && !IRREGULAR_BASES.has(b) && verbForms(b).past.includes(w));
}

/**
 * Whether `word` (any case) is a past tense or past participle: an irregular form (IRREGULAR, MORE_STRONG_PAST) or a
 * regular "-ed" past (regularPast). With `presentToo` false, a form that is also its verb's base ("put", "come", "cut",
 * "read", "split") is left out, for a reader that needs the sentence to be in the past.
 */
export function isPastForm(word: string, presentToo = true): boolean {
  const w = word.toLowerCase();
  if (STRONG_PAST.has(w)) return presentToo || !STRONG_BASES.has(w);
  return regularPast(w);
}
