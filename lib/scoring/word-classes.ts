// Word classes a pack names once and reuses in any phrase as <name>: "first person", "commitment
// verbs", "service actions"… A rule then says what it means by structure ("<we> <will> <act>")
// instead of listing every sentence a reply might use. Verbs are listed by their base form and
// match every inflection (inflect.ts); `words` match as written.
import { ACTION_TESTS } from './actions';
import { isUnpleasant } from './evaluative';
import { resolveClassLayers, THANKS_FORMS, TRACKER_ITEM_NOUNS } from './built-in-lists';
import { formsOf, VERB_FORMS, type VerbForm } from './inflect';

export { THANKS_FORMS, TRACKER_ITEM_NOUNS };

/**
 * Verbs of repairing a fault, by base form: someone setting the product right ("we'll sort out the lag", "to restore
 * the feed", "this patch fixes it"). The repair verbs of actions.ts (session 40, fix-o); session 43 (judge-t) made them a
 * class of their own so teach-reading.ts reads its "the step fixes something" test from the same list.
 */
export const REPAIR_VERBS: readonly string[] = ['fix', 'patch', 'repair', 'resolve', 'restore', 'sort out'];
/**
 * Verbs of a fault or of its repair, by base form: the product misbehaving ("it lags", "the page froze") or someone
 * setting it right (REPAIR_VERBS). Written for session 40 (fix-o) from the fault verbs of mood-hurry.ts and
 * mood-sarcasm.ts and the repair verbs of actions.ts.
 */
export const FAULT_FIX_VERBS: readonly string[] = [
  ...REPAIR_VERBS, 'crash', 'freeze', 'hang', 'lag', 'stutter', 'glitch', 'fail', 'break', 'time out', 'disconnect', 'error',
];
/** Nouns and states of a fault ("the outage", "slow loading", "a regression"); session 40 (fix-o), as FAULT_FIX_VERBS. */
export const FAULT_WORDS: readonly string[] = [
  'bug', 'bugs', 'issue', 'issues', 'problem', 'problems', 'fault', 'faults', 'errors', 'crashes', 'outage', 'outages', 'downtime',
  'lag', 'latency', 'slow', 'slowness', 'slowdown', 'slowdowns', 'broken', 'failure', 'failures', 'regression', 'regressions',
  'glitch', 'glitches', 'hangs', 'hung', 'freezes', 'froze', 'frozen', 'broke', 'fix', 'fixes', 'patch', 'patches', 'hotfix', 'bugfix',
];
/**
 * A fault or its fix named anywhere in a text (case-insensitive, whole words): any form of FAULT_FIX_VERBS or one of
 * FAULT_WORDS. Session 40 (fix-o): clause-reading.ts keeps a release that names one as a step on the report (R-U5 is
 * work for everyone that names no fault).
 */
export const FAULT_OR_FIX = new RegExp(
  String.raw`\b(?:${[...formsOf(FAULT_FIX_VERBS), ...FAULT_WORDS].map((w) => w.replace(/\s+/gu, String.raw`\s+`)).join('|')})\b`,
  'iu',
);

/**
 * The things of one customer's case a status report is about, as nouns (singular and plural where both occur): an
 * order, a parcel, a refund, a ticket, a bug, a fix, a release… Session 44 (judge-t) wrote them for teach-reading.ts'
 * status reading (isStatusReport, the gate on the learned teach add); session 45 (judge-t) made them a class of their
 * own here so the reading and any later rule share one list; session 46 (judge-t) took the tracker's items from
 * TRACKER_ITEM_NOUNS. Multi-word members ("pull request") match with any spaces.
 */
export const CASE_NOUNS: readonly string[] = [
  'order', 'orders', 'parcel', 'parcels', 'package', 'packages', 'shipment', 'shipments', 'delivery', 'item', 'items', 'refund', 'refunds',
  'replacement', 'return', 'tickets', 'case', 'request', 'claim', 'booking', 'reservation', 'payment', 'transfer', 'application',
  'bugs', 'issues', 'fix', 'fixes', 'patch', 'patches', 'change', 'changes', 'commit', 'build',
  'release', 'update', 'repair', 'exchange', 'money', 'amount', 'credit', 'account', 'card', 'device', 'unit', 'feature', 'problem',
  ...TRACKER_ITEM_NOUNS,
];
/**
 * Past participles that say how far a case has got ("has been shipped", "was merged", "is now fixed", "has been picked
 * up"): the progress words of a status report (RULINGS T1 "a bare status report ('fixed now', 'still delayed')").
 * Written as forms, not verbs (a participle is what follows "is"/"has been"); "cancelled" and "canceled" both match.
 * Session 44 (judge-t) for teach-reading.ts isStatusReport; a class here since session 45.
 */
export const PROGRESS_PARTICIPLES: readonly string[] = [
  'shipped', 'dispatched', 'delivered', 'sent', 'sent out', 'posted', 'processed', 'approved', 'issued', 'refunded', 'credited', 'reversed',
  'received', 'scheduled', 'booked', 'confirmed', 'cancelled', 'canceled', 'fixed', 'resolved', 'closed', 'merged', 'released', 'deployed',
  'applied', 'queued', 'assigned', 'escalated', 'picked up', 'collected', 'returned', 'restocked', 'completed', 'reopened', 'triaged',
  'backported', 'committed', 'landed', 'pushed', 'tagged', 'added', 'included', 'updated', 'reviewed', 'handed over', 'forwarded', 'logged',
  'raised', 'filed', 'accepted', 'delayed', 'held', 'lost', 'found', 'located', 'arrived', 'reached', 'left', 'gone out',
];
/**
 * `words` as one regular-expression alternation (no group, no anchors): each word escaped, its spaces matching any run
 * of white space, longer members first so "sent out" wins over "sent" where both could match.
 */
export function alternationOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, String.raw`\s+`))
    .join('|');
}

/**
 * THANKS_FORMS as one regular-expression alternation (no group, no anchors; alternationOf): a reader wraps it in its own
 * word edges, e.g. `\b(?:${THANKS_WORD})\b`.
 */
export const THANKS_WORD: string = alternationOf(THANKS_FORMS);

/** A class as a pack declares it (schema: `word_classes.<name>`). */
export interface WordClassDef {
  /** Words or short phrases, matched as written. */
  words?: string[];
  /** Verbs by base form, or phrases whose first word is a verb ("look into"); all forms match. */
  verbs?: string[];
  /** Another class whose members this one has too (as the layers resolve that name), less `except`. */
  from?: string;
  /** Members of `from` left out, compared without case; a verb's base form leaves out all its forms. */
  except?: string[];
}

/**
 * The members of class `name` (optionally only one verb form), or undefined for an unknown class.
 * `test` answers for the built-in classes decided by a test rather than a list (`action`, see
 * actions.ts): the test for that form, or undefined when `name` is no such class or a pack defines it.
 */
export type ClassLookup = ((name: string, form?: VerbForm) => string[] | undefined) & {
  test?: (name: string, form?: VerbForm) => ((word: string) => boolean) | undefined;
};

/** German first-person present forms that do not end in -e: the modals and a few short or irregular ones. */
const ICH_IRREGULAR = new Set(['kann', 'muss', 'muß', 'soll', 'darf', 'will', 'mag', 'weiß', 'weiss', 'tu', 'hab', 'bin', 'komm', 'krieg', 'find', 'mach', 'geh', 'seh']);
/**
 * Words ending in -e that stand after "wie"/"wo" without being a verb: adverbs, quantifiers and
 * determiners ("wie lange ich noch warten muss", "wie gerne ich", "wie viele", "wo genau").
 */
const ICH_NOT_VERBS = new Set([
  'lange', 'gerne', 'alleine', 'heute', 'bitte', 'ohne', 'gerade', 'genaue', 'ganze', 'eine', 'keine', 'meine', 'deine', 'seine', 'ihre', 'unsere', 'eure',
  'diese', 'jene', 'welche', 'solche', 'alle', 'viele', 'wenige', 'manche', 'beide', 'andere', 'gleiche', 'schnelle', 'ebenfalls', 'nie', 'die', 'sie', 'se',
]);
/**
 * The subjunctive of sein and haben: a verb by shape, but "Wo wäre ich ohne euch!" and "Wie hätte ich das
 * wissen sollen?" wish or reproach; they ask for no way to do something, so they are no how-to form.
 */
const ICH_COUNTERFACTUAL = new Set(['wäre', 'hätte']);
/**
 * A German verb in the first person singular present, as it stands between a question word and
 * "ich" ("Wie leere ich …", "Wo finde ich …", "Wie kann ich …"): a word of at least three letters ending
 * in -e (leere, ändere, richte, bekomme), or a modal or short form (kann, muss, find). Read by its shape,
 * so a verb no list names still counts; the words above that end in -e but are no verb do not.
 */
export function isIchForm(word: string): boolean {
  if (ICH_IRREGULAR.has(word)) return true;
  return word.length >= 3 && word.endsWith('e') && /^[a-zäöüß]+$/.test(word) && !ICH_NOT_VERBS.has(word) && !ICH_COUNTERFACTUAL.has(word);
}

/**
 * Built-in classes decided by a test: `action` (actions.ts) in the base, past and -ing forms,
 * `unpleasant` (evaluative.ts), an evaluative word VADER rates clearly negative, and `ich-form`, a
 * German verb in the first person singular present (isIchForm).
 */
const TESTED: Record<string, Partial<Record<VerbForm, (word: string) => boolean>>> = {
  action: ACTION_TESTS,
  unpleasant: { base: isUnpleasant },
  'ich-form': { base: isIchForm },
};

/**
 * Compiles class definitions into a lookup. Expansions are computed once per class and form.
 * Later definitions of the same name (a team pack over the method pack) replace earlier ones whole; a class's `from`
 * reads the class of that name as the layers resolve it (a team's own one when it defines it).
 */
export function compileWordClasses(...layers: (Record<string, WordClassDef> | undefined)[]): ClassLookup {
  // Built-in classes given by a list (BUILT_IN_CLASS_WORDS), read when no pack layer defines the name; resolveClassLayers
  // is the precedence the pack schema's `from` check reads too.
  const defs = resolveClassLayers<WordClassDef>((words) => ({ words: [...words] }), ...layers);
  const cache = new Map<string, string[]>();
  /**
   * The members of `def` in `form` (all forms when undefined): its words and inflected verbs, then those of its `from`
   * class, every one written in `drop` (lower case: the `except` lists met on the way) left out. `seen` stops a chain
   * of `from` that comes back to a class already read (it adds nothing more).
   */
  const membersOf = (def: WordClassDef, form: VerbForm | undefined, seen: Set<string>, drop: ReadonlySet<string>): string[] => {
    const kept = (w: string): boolean => !drop.has(w.trim().toLowerCase());
    const own = [...(form === undefined || form === 'base' ? (def.words ?? []).filter(kept) : []), ...formsOf((def.verbs ?? []).filter(kept), form ? [form] : VERB_FORMS)];
    const from = def.from === undefined || seen.has(def.from) ? undefined : defs.get(def.from);
    if (!from) return own;
    const dropMore = new Set([...drop, ...(def.except ?? []).map((w) => w.trim().toLowerCase())]);
    return [...own, ...membersOf(from, form, new Set([...seen, def.from!]), dropMore)];
  };
  const lookup: ClassLookup = (name, form) => {
    const def = defs.get(name);
    if (!def) return undefined;
    const key = `${name}:${form ?? ''}`;
    let out = cache.get(key);
    if (!out) cache.set(key, (out = [...new Set(membersOf(def, form, new Set([name]), new Set()))]));
    return out;
  };
  lookup.test = (name, form) => (defs.has(name) ? undefined : TESTED[name]?.[form ?? 'base']);
  return lookup;
}
