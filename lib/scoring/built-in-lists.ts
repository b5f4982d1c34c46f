// The word lists behind the pack's built-in classes, in a module with no imports, so the pack schema (lib/rule-pack/
// schema.ts) can name their members in its description without loading the scorer's word modules. Pure.

/**
 * The items a tracker or help desk keeps a state for, as singular nouns: a bug, a ticket, an issue, a report, a pull
 * request ("pr"). Part of CASE_NOUNS, and the built-in pack class <tracker-item> (BUILT_IN_CLASS_WORDS), which the
 * teach rule's tracker-state exception reads ("… which is why the ticket is still open", "the bug was closed as a
 * duplicate"): one list for the status reading and the pack. Session 46 (judge-t), from session 45's pack phrase (same
 * members, so the same answers).
 */
export const TRACKER_ITEM_NOUNS: readonly string[] = ['bug', 'ticket', 'issue', 'report', 'pr', 'pull request'];
/**
 * How a customer writes thanks, as written forms (not a verb's inflections): "thanks", "thank you" and its run-together
 * and chat spellings ("thankyou", "thank u", "thank ya", "thank y'all"), "thanx", "thnx", "thx", "ty", "tysm". Bare
 * "thank" is left out: it is the verb ("thank god it works", "I'd thank you if …"); a reader that counts it adds it.
 * "cheers" is left out too: it is a sign-off or a toast as often as thanks. Session 46 (judge-m): one list for the
 * mood readers that spelt thanks each their own way (mood-thanks.ts, mood-sarcasm.ts, mood-hurry.ts, mood-rhetoric.ts
 * and mood.ts' plea, relief and ask-for-help tests); the learned hurry model keeps its own feature regex (its weights
 * were trained on it, mood-learned.ts).
 */
export const THANKS_FORMS: readonly string[] = [
  'thanks', 'thank you', 'thankyou', 'thank u', 'thanku', 'thank ya', 'thank yall', "thank y'all", 'thank y’all', 'thanx', 'thnx', 'thx', 'ty', 'tysm',
];

/**
 * The built-in pack classes (`<name>` in any pack, replaced whole by a pack class of the same name), name → words:
 * word-classes.ts compileWordClasses reads them (through resolveClassLayers), and the schema's `word_classes` description
 * lists them. `tracker-item`, the items a tracker keeps a state for: session 46 (judge-t), so a pack phrase and a reading
 * share one list; `thanks-word`, how a customer writes thanks: Fix46 (fix-c), so the pack's repeat-contact cue reads the
 * same thanks as the mood readers.
 */
export const BUILT_IN_CLASS_WORDS: Readonly<Record<string, readonly string[]>> = {
  'tracker-item': TRACKER_ITEM_NOUNS,
  'thanks-word': THANKS_FORMS,
};

/**
 * The class each name means once the layers are read, name → definition: the built-in lists first (each turned into a
 * definition by `fromWords`), then every layer in order (the method pack, then a team pack), a later layer's class of a
 * name replacing the earlier one whole. One precedence rule for the two readers of `from`: compileWordClasses
 * (word-classes.ts), which expands a class, and the pack schema's `from` check (lib/rule-pack/schema.ts), which names
 * the class a `from` reaches. Pure; throws nothing.
 */
export function resolveClassLayers<D>(fromWords: (words: readonly string[]) => D, ...layers: (Readonly<Record<string, D>> | undefined)[]): Map<string, D> {
  const defs = new Map<string, D>(Object.entries(BUILT_IN_CLASS_WORDS).map(([name, words]) => [name, fromWords(words)]));
  for (const layer of layers) for (const [name, def] of Object.entries(layer ?? {})) defs.set(name, def);
  return defs;
}
