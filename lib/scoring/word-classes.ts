// Word classes a pack names once and reuses in any phrase as <name>: "first person", "commitment
// verbs", "service actions"… A rule then says what it means by structure ("<we> <will> <act>")
// instead of listing every sentence a reply might use. Verbs are listed by their base form and
// match every inflection (inflect.ts); `words` match as written.
import { ACTION_TESTS } from './actions';
import { isUnpleasant } from './evaluative';
import { VERB_FORMS, verbForms, type VerbForm } from './inflect';

/** A class as a pack declares it (schema: `word_classes.<name>`). */
export interface WordClassDef {
  /** Words or short phrases, matched as written. */
  words?: string[];
  /** Verbs by base form, or phrases whose first word is a verb ("look into"); all forms match. */
  verbs?: string[];
}

/**
 * The members of class `name` (optionally only one verb form), or undefined for an unknown class.
 * `test` answers for the built-in classes decided by a test rather than a list (`action`, see
 * actions.ts): the test for that form, or undefined when `name` is no such class or a pack defines it.
 */
export type ClassLookup = ((name: string, form?: VerbForm) => string[] | undefined) & {
  test?: (name: string, form?: VerbForm) => ((word: string) => boolean) | undefined;
};

/**
 * Built-in classes decided by a test: `action` (actions.ts) in the base, past and -ing forms, and
 * `unpleasant` (evaluative.ts), an evaluative word VADER rates clearly negative.
 */
const TESTED: Record<string, Partial<Record<VerbForm, (word: string) => boolean>>> = { action: ACTION_TESTS, unpleasant: { base: isUnpleasant } };

/**
 * Compiles class definitions into a lookup. Expansions are computed once per class and form.
 * Later definitions of the same name (a team pack over the method pack) replace earlier ones whole.
 */
export function compileWordClasses(...layers: (Record<string, WordClassDef> | undefined)[]): ClassLookup {
  const defs = new Map<string, WordClassDef>();
  for (const layer of layers) for (const [name, def] of Object.entries(layer ?? {})) defs.set(name, def);
  const cache = new Map<string, string[]>();
  const lookup: ClassLookup = (name, form) => {
    const def = defs.get(name);
    if (!def) return undefined;
    const key = `${name}:${form ?? ''}`;
    let out = cache.get(key);
    if (!out) {
      out = [...(form === undefined || form === 'base' ? (def.words ?? []) : []), ...(def.verbs ?? []).flatMap((v) => inflectPhrase(v, form))];
      cache.set(key, (out = [...new Set(out)]));
    }
    return out;
  };
  lookup.test = (name, form) => (defs.has(name) ? undefined : TESTED[name]?.[form ?? 'base']);
  return lookup;
}

/** "look into" → "look into", "looks into", "looked into", "looking into" (or one form of them). */
function inflectPhrase(phrase: string, form: VerbForm | undefined): string[] {
  const trimmed = phrase.trim();
  const space = trimmed.search(/\s/);
  const verb = space === -1 ? trimmed : trimmed.slice(0, space);
  const rest = space === -1 ? '' : trimmed.slice(space);
  const forms = verbForms(verb);
  return (form ? [form] : VERB_FORMS).flatMap((f) => forms[f]).map((w) => w + rest);
}
