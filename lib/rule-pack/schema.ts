// The rule-pack format. Team leads edit packs by hand, so every object is strict (a typo in a key
// is an error with its path, not a silently ignored setting) and every string has a cap. Every field
// carries a description and an example: they become the JSON Schema's hover help and the generated
// field reference in docs/packs.md (scripts/gen-pack-docs.ts), so write them for a team lead.
import { z } from 'zod';
import { MatchPattern } from '@webext-core/match-patterns';
import { BUILT_IN_CLASS_WORDS, resolveClassLayers } from '../scoring/built-in-lists';
import { DEFAULT_PACK } from './default-pack.generated';
import { MAX_PATTERN_LENGTH } from '../scoring/regex-guard';
import { SITE_IDS } from '../sites/ids';

/** The built-in word classes as the schema describes them: `<tracker-item>` (bug, ticket, …), from their own lists. */
const BUILT_IN_DOC = Object.entries(BUILT_IN_CLASS_WORDS)
  .map(([name, words]) => `\`<${name}>\` (${words.join(', ')})`)
  .join(' and ');

export const CURRENT_SCHEMA_VERSION = 1;

/** Description and examples of a field (JSON Schema `description`, `examples`). */
const doc = <T extends z.ZodType>(schema: T, description: string, ...examples: unknown[]): T =>
  schema.meta({ description, ...(examples.length ? { examples } : {}) }) as T;

const text = (max = 500) => z.string().min(1).max(max);
/** The schema's own messages, which lib/rule-pack/issues.ts gives their problem codes. */
export const SCHEMA_MESSAGES = {
  badMatchPattern: 'not a URL match pattern (write e.g. https://desk.example.com/* or *://*.desk.example.com/*)',
  badId: 'use lower-case letters, digits, ".", "_" or "-"',
  badLocale: 'use a locale code such as "en" or "pt-BR"',
} as const;
/** A URL match pattern as browsers take it (https://desk.example.com/*), checked by the well-kept parser WXT uses. */
const matchPattern = text(300).refine((p) => {
  try {
    new MatchPattern(p);
    return true;
  } catch {
    return false;
  }
}, SCHEMA_MESSAGES.badMatchPattern);

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, SCHEMA_MESSAGES.badId);
/**
 * A signal id: one of the built-in SIGNAL_IDS or one the pack declares under `signals`. Whether the id
 * is known is checked by the loader (lib/rule-pack/load.ts), which sees the whole pack.
 */
const signalId = id;
/** A locale code as in `locale` ("en", "de", "pt-BR"). */
const localeCode = z.string().regex(/^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, SCHEMA_MESSAGES.badLocale);

/**
 * A signal the pack declares: what the panel calls it and the points it adds (positive) or costs
 * (negative) when present. The label is in the pack's `locale`; `labels` adds other languages.
 */
const signalDeclaration = z.strictObject({
  label: doc(text(120), "What the panel calls the signal, in the pack's `locale`.", 'Links a knowledge-base article'),
  labels: doc(z.record(localeCode, text(120)).optional(), 'The label in other languages, by locale code; the panel picks the browser\'s.', { de: 'Verlinkt einen Wissensartikel' }),
  points: doc(z.number().min(-100).max(100), 'Points the signal adds when the reply shows it (negative: costs), −100 to 100. `weights` can override it.', 6),
  locked: doc(z.boolean().optional(), "In an organisation (managed) pack: team packs cannot change this signal's declaration or weight.", true),
});

const phraseRewrites = doc(z.array(text(300)).max(10).optional(), 'Rewrites offered for this phrase only (a phrase-avoid rule\'s finding), best first.', ["you're welcome"]);
/** A phrase in the phrase syntax (lib/scoring/phrase.ts), or a checked raw regex, with rewrites. */
const phraseEntry = z.union([
  doc(text(500), 'A phrase in the phrase syntax (see "Phrase syntax").', '(no|not a) (problem|worries)'),
  z.strictObject({ phrase: doc(text(500), 'A phrase in the phrase syntax.', 'no problem'), rewrites: phraseRewrites }),
  z.strictObject({
    pattern: doc(text(MAX_PATTERN_LENGTH), 'A JavaScript regular expression, matched case-insensitively; refused when the ReDoS checker recheck finds it could backtrack catastrophically (exponential or polynomial time) on a long draft.', '\\bKB\\d+\\b'),
    rewrites: phraseRewrites,
  }),
]);
const phrases = z.array(phraseEntry).min(1).max(300);

const examples = z.strictObject({
  flag: doc(z.array(text(2000)).max(50).default([]), 'Replies the rule must fire on. A pack whose examples fail is refused.', ["It's not my department."]),
  pass: doc(z.array(text(2000)).max(50).default([]), 'Replies the rule must not fire on.', ['The billing team will call you today.']),
});

const moods = ['hurry', 'upset', 'confused', 'calm'] as const;

const base = {
  id: doc(id, 'The rule\'s id: lower-case letters, digits, ".", "_" or "-". An overlay rule with the same id replaces the rule below it.', 'kb-link'),
  signal: doc(signalId.optional(), 'The signal the rule sets when it fires: built in (see "Built-in signals") or declared under `signals`. Its points count in the score.', 'empathy'),
  level: doc(z.enum(['error', 'warning', 'suggestion', 'info']), 'How serious a finding is. `error` holds the score at 49 or below (see "How the score is computed").', 'warning'),
  message: doc(text(300), 'What the agent reads with a finding; `{actual}` stands for the words found.', 'Say what you can do instead of "{actual}".'),
  link: doc(z.url().max(500).optional(), 'A page that explains the rule (your wiki, a style guide); the panel and `rapport score --format text` show it with the finding.', 'https://wiki.example.com/support/tone'),
  scope: doc(
    z.enum(['text', 'greeting', 'opening', 'closing', 'sentence-start', 'clause-start']).default('text'),
    'Where a match counts: `text` anywhere; `greeting` only in the opening words; `opening` in the opening words once a leading greeting or address is set aside ("Hi Ana, no." and "Hi Ana,⏎No." as "No."); `closing` in the last two sentences; `sentence-start` only where it opens a sentence; `clause-start` also after a leading greeting ("Hi Ana, …") or after a comma, semicolon, colon or dash when the sentence goes on past the match.',
    'greeting',
  ),
  enabled: doc(z.boolean().default(true), '`false` switches the rule off (an overlay uses this to switch off a rule below it).', false),
  locked: doc(z.boolean().optional(), 'In an organisation (managed) pack: team packs cannot replace the rule and agents cannot switch it off.', true),
  moods: doc(z.array(z.enum(moods)).min(1).max(4).optional(), 'The rule applies only when the customer shows one of these moods ("just click" to a confused customer).', ['confused']),
  not_moods: doc(
    z.array(z.enum(moods)).min(1).max(4).optional(),
    'The rule sits out when the customer\'s message shows one of these moods (`calm`: none of hurry, upset, confused); with no customer message it applies ("that is alarming" is no empathy to a calm technical report).',
    ['calm'],
  ),
  examples: doc(examples, "The rule's tests: `flag` replies it must fire on, `pass` replies it must not. They run whenever the pack is loaded."),
};

/**
 * Words that, when a match overlaps them, cancel it ("I can't wait to help"). An item may itself be a
 * list, read as its phrases in place: a YAML alias (`- *teach-not`) of a list written once for several
 * rules. At most 300 phrases once the lists are read in (as many as `phrases` may hold: a rule's exceptions can
 * be as many as its phrases; 100 until session 47, when the default pack's teach and ownership rules reached it).
 */
const except = doc(
  z.array(z.union([phraseEntry, z.array(phraseEntry).max(300)])),
  'Phrases that cancel a match they overlap; an item may be a list of phrases (a YAML alias of a list shared by several rules), read in place.',
  ["can't wait"],
)
  .transform((items) => items.flat())
  .pipe(z.array(phraseEntry).max(300))
  .optional();

const phrasePresent = z
  .strictObject({
    ...base,
    type: z.literal('phrase-present'),
    phrases: doc(phrases, 'The phrases that show the signal; the first match counts.', ['I understand how (frustrating|annoying)']),
    except,
    skip_negated: doc(z.boolean().optional(), 'Skip matches negated earlier in their clause ("I don\'t understand").', true),
    skip_questions: doc(z.boolean().optional(), 'Skip matches in a sentence that asks a question ("Did you restart it?" teaches nothing).', true),
    skip_readings: doc(
      z.array(z.enum(['policy', 'hypothetical', 'everyone', 'slip', 'later', 'case', 'fact', 'routing', 'identifier', 'plan'])).min(1).max(6).optional(),
      'Skip matches whose sentence states a plain fact (`fact`, teach-reading.ts: a price, an availability or a schedule with no cause or condition: "our service is available only in select cities") or names a step addressed to us (`routing`, teach-reading.ts: "you can send the team feedback via Menu > About"), or is part of a snake_case identifier (`identifier`, teach-reading.ts: "require" in "require_strict_mode"), or is the object of the writer\'s own plan in a sentence not addressed to the customer (`plan`, teach-reading.ts: "I\'ll change the ioremap() call soon"; a step after ":", ";", "for now", "in the meantime" or "and to …", or after "let me list / explain / show", still counts), or whose clause reads (clause-reading.ts) as a rule of the service (`policy`: "we take one payment a month", "you can cancel up to a day before"), the outcome of a usage step nobody has taken (`hypothetical`: "when you add a user, you\'ll be billed that night"), what a company "we" does for all its customers (`everyone`: "we\'ll soon roll out great new offers"), the writer\'s own past action named as the fault (`slip`: "I pushed a bad build"), what we do once the customer gets in touch on another occasion (`later`: "for any concerns, email us and we\'ll help") or none of these, a step on this case (`case`: skipping it with `hypothetical`, `everyone`, `slip` and `later` keeps only the rules of the service).',
      ['policy', 'hypothetical'],
    ),
    with: doc(phrases.optional(), 'A match counts only when one of these phrases is in the same sentence ("today" with "I\'ll").', ["I('ll| will)"]),
    after: doc(
      phrases.optional(),
      'A match counts only when one of these phrases ends before it in the reply: a check whether a fix worked needs the fix or a step said first ("I\'ve reset it. Are you still seeing the error?").',
      ["I('ve| have) <mechanism:past>"],
    ),
    unless_sentence: doc(
      z.array(z.union([phraseEntry, z.array(phraseEntry).max(300)])),
      'A match does not count when one of these phrases is in the same sentence (a step whose sentence hands the customer to support is routing, not a how-to); an item may be a list of phrases (a YAML alias of a list shared by several rules), read in place.',
      ['chat with us'],
    )
      .transform((items) => items.flat())
      .pipe(phrases)
      .optional(),
    unless_reply: doc(
      phrases.optional(),
      'No match counts when the reply holds one of these phrases anywhere ("happy to help" in a reply that hands the customer to another forum).',
      ['(post|ask) ... (on|in) the forum'],
    ),
  })
  .meta({ description: 'Looks for something the reply should show and sets its signal. It shows no finding of its own: it counts through its signal\'s points.' });

const phraseAvoid = z
  .strictObject({
    ...base,
    type: z.literal('phrase-avoid'),
    phrases: doc(phrases, 'The phrases to avoid; each match is a finding where it stands.', ["(not|isn't) my department"]),
    except,
    rewrites: doc(z.array(text(300)).max(10).optional(), 'What to write instead, best first; Apply offers those that fit the sentence. `{name}` is the customer\'s name.', ["I'll find the right person for this"]),
    unless_after: doc(
      phrases.optional(),
      'A match that is a limit (a negated or restricted clause) with no first-person subject ("it isn\'t supported yet", not "we don\'t ship there") does not count when one of these phrases follows it in the same sentence or the next two: a limit the reply goes on to lift ("I will add it in the next release").',
      ['I will (add|implement) it'],
    ),
    followed_only_by: doc(
      phrases.optional(),
      'A match counts only when nothing but these phrases follows it in the reply (up to the signature): a bare answer whose only words after it are a courtesy or a sign-off ("No, not really. Thanks for asking!"). Any other word after it (a question, an offer, a way round, a step, a reason) lifts it. Without the field, what follows does not matter.',
      ['(thanks|thank you|cheers|regards)'],
    ),
    support_places: doc(
      z.boolean().optional(),
      'Also flag a place that reads by its shape as a support channel the customer is sent to, whatever verb sends them there (negative-place.ts): a web address (isSupportPage: a contact page, a request or feedback form, a help desk, a help centre\'s front page; not an article, a FAQ, docs or an issue) or an in-app menu path through a support step (supportPathsIn: "Menu - About - Send Feedback", "Settings > Support"). `except` applies to these too.',
      true,
    ),
    skip_readings: doc(
      z.array(z.enum(['explanation'])).min(1).max(1).optional(),
      'Skip matches whose limit reads (clause-reading.ts readLimitAt) as an `explanation`: a thing that is neither us nor the customer, denying no possibility or permission, with no regret, in a sentence that draws a consequence ("Java doesn\'t support unsigned ints, so the value is widened"), when the customer did not ask whether they can: a negatively worded fact, nothing denied.',
      ['explanation'],
    ),
    rewrites_for: doc(
      z
        .array(
          z.strictObject({
            situations: doc(z.array(id).min(1).max(30), 'The ticket situations (ids under `situations`) these rewrites answer.', ['thanks']),
            rewrites: doc(z.array(text(300)).min(1).max(10), 'Rewrites that fit only then, best first.', ["You're welcome"]),
          }),
        )
        .max(10)
        .optional(),
      "Rewrites that fit only some tickets: offered before `rewrites` when the ticket is in one of `situations` (or when there is no customer message to read), left out otherwise (\"You're welcome\" answers a thank-you, not an apology).",
      [{ situations: ['thanks'], rewrites: ["You're welcome"] }],
    ),
  })
  .meta({ description: 'Flags words to avoid, each where it stands, with rewrites to offer. Sets its signal (usually one with negative points).' });

const question = z
  .strictObject({
    ...base,
    type: z.literal('question'),
    phrases: doc(phrases, 'The question\'s wordings; a match counts only in a sentence that asks a question.', ['(have|did) (I|we) (solve|fix) your (problem|issue)']),
    except,
    asked_signal: doc(
      signalId.optional(),
      'Also counts when a rule of this signal found its match in a sentence that asks a question (a resolution check asked as a question is a closing question). The rule then runs after the others.',
      'confirm-resolution',
    ),
    unless_reply: doc(
      phrases.optional(),
      'No question counts, its own or one asked for `asked_signal`, when the reply holds one of these phrases anywhere (a check whose "yes" sends the customer to another channel: "… still the same? If yes, please contact us").',
      ['(if yes|if so) [,] [please] contact'],
    ),
  })
  .meta({ description: 'A question the reply should ask: its phrases count only in a sentence that is a question.' });

const conditional = z
  .strictObject({
    ...base,
    type: z.literal('conditional'),
    when: doc(phrases, 'The rule applies when one of these phrases is present…', ['(escalated|passed) (it|this) to']),
    require_signal: doc(signalId.optional(), '…and flags the reply unless it shows this signal…', 'expectation'),
    require: doc(phrases.optional(), '…or one of these phrases.', ['(by|within) ...']),
  })
  .meta({ description: 'If the reply says X, it should also show Y: flags the first place X is said. Runs after the other rules, so it can read their signals.' });

const metric = z
  .strictObject({
    ...base,
    type: z.literal('metric'),
    measure: doc(z.enum(['words', 'sentence-words']), '`words`: the reply\'s length in words; `sentence-words`: each sentence\'s length.', 'words'),
    min: doc(z.number().int().min(0).max(10000).optional(), 'Fires below this many words.', 4),
    max: doc(z.number().int().min(1).max(10000).optional(), 'Fires above this many words.', 40),
  })
  .meta({ description: 'A length measure: a one-word answer, or sentences too long to read on a phone.' });

export const ruleSchema = z.discriminatedUnion('type', [phrasePresent, phraseAvoid, question, conditional, metric]);

/**
 * A word class, used in phrases as <name> (lib/scoring/word-classes.ts): `words` match as written,
 * `verbs` (base forms, or phrases starting with a verb) match in every inflection. `from` takes the members of
 * another class (as the pack layers resolve it) less those written in `except`, so a class that is another one
 * minus a few words is kept in one list (session 47: the months but "may", the modal verb).
 */
const wordClass = z.strictObject({
  words: doc(z.array(text(200)).max(500).optional(), 'Words or phrases that match as written.', ['I', 'we']),
  verbs: doc(z.array(text(200)).max(500).optional(), 'Verbs by their base form (or phrases starting with one); they match every inflection ("check": checks, checked, checking).', ['check', 'look into']),
  from: doc(id.optional(), 'Another class whose members this class has too (its words, and its verbs in the form asked for), less those in `except`; a later layer\'s class of that name is the one read. A name that is no class adds nothing.', 'month-name'),
  except: doc(z.array(text(200)).max(100).optional(), 'Members of the `from` class this class leaves out, as written (case does not matter); for a verb, its base form leaves out every form.', ['may']),
});

/**
 * Fix47 (fix-m, reviewer-5 finding 4): checks `from` and `except` where they are written, so the error names
 * `word_classes.<name>.from` instead of a phrase far away (a typo in `from` used to surface as "word class <x> has no
 * words" at the first phrase using it, or not at all when the class had words of its own). Issues: `from` naming no
 * class (not in this pack, the method pack or the built-in lists), a chain of `from` that comes back to the class,
 * and `except` without `from` (it would leave nothing out). A name is read as the scorer reads it (resolveClassLayers:
 * built-in lists, then the method pack, then this pack).
 */
function checkClassFrom(classes: Record<string, z.infer<typeof wordClass>>, ctx: z.RefinementCtx): void {
  const defs = resolveClassLayers<{ from?: string }>(() => ({}), DEFAULT_PACK.word_classes as Record<string, { from?: string }> | undefined, classes);
  const fromOf = (n: string): string | undefined => defs.get(n)?.from;
  const known = (n: string): boolean => defs.has(n);
  for (const [name, def] of Object.entries(classes)) {
    if (def.except !== undefined && def.from === undefined)
      ctx.addIssue({ code: 'custom', path: [name, 'except'], message: `word class <${name}> has \`except\` but no \`from\`: except leaves words out of the class named in from` });
    if (def.from === undefined) continue;
    if (!known(def.from)) {
      ctx.addIssue({ code: 'custom', path: [name, 'from'], message: `\`from: ${def.from}\` names no class (not in this pack, the method pack or the built-in lists)` });
      continue;
    }
    const seen = new Set([name]);
    for (let n: string | undefined = def.from; n !== undefined; n = fromOf(n)) {
      if (n === name) {
        ctx.addIssue({ code: 'custom', path: [name, 'from'], message: `\`from\` of word class <${name}> loops: its chain of from comes back to <${name}>` });
        break;
      }
      if (seen.has(n)) break;
      seen.add(n);
    }
  }
}

const promptVariants = z.array(text(400)).min(1).max(20);
/**
 * A cue in the customer's message. A phrase or pattern counts wherever it appears (unless negated:
 * "no rush"); `{ cue, with, unless }` counts only in a sentence that also holds one of `with` and
 * none of `unless` ("today" with "need" or "meeting", not with "got"); `beside` looks one sentence
 * either side too ("We go live on Monday. Without this we can't ship.").
 */
const moodCue = z.union([
  phraseEntry,
  z.strictObject({
    cue: doc(phrases, 'The cue.', ['today']),
    with: doc(phrases.optional(), 'It counts only in a sentence that also holds one of these…', ['need', 'meeting']),
    unless: doc(phrases.optional(), '…and none of these.', ['got']),
    beside: doc(
      phrases.optional(),
      'It counts only when its sentence or the sentence right before or after holds one of these (then `unless` rules on both sentences): time pressure told over two sentences, "Our payroll runs tomorrow. The export still fails."',
      ['still fails'],
    ),
  }),
]);
const moodCues = z.array(moodCue).max(200);

/** The prompt kinds a pack can offer, in the order the panel lists them. */
export const PROMPT_KINDS = ['mood', 'empathy', 'apology', 'bad-news', 'competence', 'expectation', 'announce'] as const;
/** What `prompts.when` can rule on: every prompt kind, and `tip` (when a bonus tip may be offered). */
export const ADVICE_KINDS = [...PROMPT_KINDS, 'tip'] as const;

/**
 * When a prompt kind (or a closing question) applies. With `moods` and/or `situations`, it applies
 * when the customer shows one of those moods (\`calm\`: none of hurry, upset, confused) or the
 * ticket is in one of those situations; with neither, always. The `not_…` and `unless_…` fields
 * then rule it out.
 */
export const appliesSchema = z.strictObject({
  moods: doc(z.array(z.enum(moods)).max(4).optional(), 'Applies when the customer shows one of these moods (`calm`: none of hurry, upset, confused)…', ['upset']),
  situations: doc(z.array(id).max(30).optional(), '…or the ticket is in one of these situations (ids under `situations`).', ['outage']),
  not_moods: doc(z.array(z.enum(moods)).max(4).optional(), 'Not when the customer shows one of these moods.', ['hurry']),
  not_situations: doc(z.array(id).max(30).optional(), 'Not in one of these situations.', ['outage']),
  unless_signals: doc(z.array(signalId).max(20).optional(), 'Not once the draft shows one of these signals (the work is done).', ['expectation']),
  unless_draft: doc(phrases.optional(), 'Not once the draft says one of these ("I\'ve fixed it": no need to promise a fix).', ["I('ve| have) fixed"]),
  open_rules: doc(
    z.array(id).max(10).optional(),
    '…except when the draft also leaves the case open: a `when` phrase of one of these conditional rules (ids under `rules`) in the draft sets `unless_draft` aside ("I\'ve increased the limit and escalated it to billing" is still open).',
    ['expectation-when-open'],
  ),
  first_reply: doc(z.boolean().optional(), "Only on the agent's first reply in the thread (when the page shows the thread).", true),
  min_customer_words: doc(z.number().int().min(1).max(10000).optional(), "Only when the customer's message has at least this many words (a long, involved case).", 80),
});

const byMood = (what: string, example: string) =>
  doc(z.partialRecord(z.enum(moods), promptVariants).default({}), `${what}, by the customer's mood (hurry, upset, confused, calm); \`{name}\` is the customer's name.`, { upset: [example] });

export const rulePackSchema = z.strictObject({
  $schema: doc(z.string().max(500).optional(), 'Where the JSON Schema is, so your editor completes fields and flags errors as you type. Rapport ignores it.', '../schemas/rule-pack.schema.json'),
  /** `default`: this pack adds to the method pack instead of replacing it (read by the pack layers). */
  extends: doc(
    z.literal('default', { error: 'expected "default" (or leave it out to replace the packs below)' }).optional(),
    'Say `default` to layer this pack over the method (and your organisation\'s pack); leave it out to replace them.',
    'default',
  ),
  schema_version: doc(z.number().int().min(1), `The pack format's version; this Rapport reads ${CURRENT_SCHEMA_VERSION}.`, CURRENT_SCHEMA_VERSION),
  id: doc(id, "The pack's id.", 'it-helpdesk'),
  name: doc(text(120), "The pack's name, shown on the options page.", 'IT help desk (strict)'),
  version: doc(z.string().min(1).max(40), "The pack's own version, shown on the options page.", '1.0.0'),
  locale: doc(
    z.string().min(2).max(20).default('en'),
    'The language the pack is written in (a locale code). A draft clearly in another language is not scored against it: the panel and the CLI say so.',
    'de',
  ),
  description: doc(text(2000).optional(), 'What the pack is for, shown on the options page.', 'For internal IT support: quote the ticket, never put a password in a reply.'),
  address: doc(
    z
      .strictObject({
        form: doc(z.enum(['formal', 'informal']).optional(), 'The form of address the prompts and rewrites are written in: `formal` (Sie, vous, usted) or `informal` (du, tu).', 'formal'),
        name: doc(z.enum(['first', 'full', 'surname']).optional(), 'What `{name}` becomes: the first name, the full name or the surname; by default the full name for a formal pack, else the first name.', 'full'),
      })
      .optional(),
    "How the pack's prompts and rewrites speak to the customer: the form of address and the name form.",
    { form: 'formal', name: 'full' },
  ),
  /** Signals this pack adds to the built-in ones (SIGNAL_IDS), by id. At most 50. */
  signals: doc(z.record(signalId, signalDeclaration).default({}), 'Signals of your own, by id (at most 50), scored and listed like the built-in ones.', { 'kb-link': { label: 'Links a knowledge-base article', points: 6 } }),
  /** Points per signal, built in or declared; for a declared signal this wins over its `points`. */
  weights: doc(
    z.record(signalId, z.number().min(-100).max(100)).default({}),
    'Points per signal (−100 to 100), built in or declared; for a declared signal this wins over its `points`. A signal without a weight counts 0.',
    { empathy: 12, terse: -25 },
  ),
  /**
   * When each signal is asked for (advice.ts judgeTicket on its `when`): outside it the signal's absence
   * costs nothing and its presence still counts (`need: optional`). A signal not listed is asked for on
   * every ticket, except empathy, apology and expectation, which follow their prompt kind's `prompts.when`.
   */
  signal_when: doc(
    z.record(signalId, appliesSchema).optional(),
    "When each signal is asked for; outside it, its absence costs no points and the panel says it is not needed here (its presence still counts). A signal not listed is asked for on every ticket, except empathy, apology and expectation, which follow `prompts.when`. Issue 14: once the customer says it works and thanks you, there is nothing left to own, teach or confirm.",
    { ownership: { not_situations: ['resolved'] } },
  ),
  /** Named word classes the phrases of this pack can use as <name>; the method pack's are always there. */
  word_classes: doc(z.record(id, wordClass).superRefine(checkClassFrom).optional(), `Named word classes that phrases use as \`<name>\`; the method pack's classes are always there, and so are the built-in ones: ${BUILT_IN_DOC}. A class of the same name here replaces the built-in or method one whole.`, { team: { words: ['the network team', 'the service desk'] } }),
  rules: doc(z.array(ruleSchema).max(300).prefault([]), 'The rules (at most 300); see "Rule types".'),
  prompts: doc(
    z
      .strictObject({
        empathy: byMood('Empathy lines offered while the reply shows no empathy', "I'm sorry this has held you up, {name}."),
        apology: byMood('Apology lines offered while the reply has none (not for a calm customer)', "I'm sorry this happened to you."),
        mood: byMood('Lines offered for the mood itself (not for a calm customer)', "I'll get right to it."),
        expectation: doc(promptVariants.optional(), 'Lines that say when the customer hears back, offered while the reply does not.', ["I'll update you by 3 pm today."]),
        'bad-news': doc(promptVariants.optional(), 'How to give bad news: what we know, what we do, when the next update comes.', ["Here's what we know so far, and what we're doing next."]),
        competence: doc(promptVariants.optional(), 'Lines for fixing it, finding someone who can, or a workaround.', ["I'll find the colleague who knows this best."]),
        announce: doc(promptVariants.optional(), 'Telling the customer up front which questions you will ask at the end.', ["At the end I'll check that everything works for you."]),
        when: doc(
          z.partialRecord(z.enum(ADVICE_KINDS), appliesSchema).optional(),
          'When each prompt kind (or `tip`) applies; a kind not listed here follows the built-in rule.',
          { tip: { not_moods: ['hurry', 'upset'] } },
        ),
      })
      .default({ empathy: {}, apology: {}, mood: {} }),
    'Lines the panel offers to insert, chosen by the customer\'s mood and what the reply still lacks.',
  ),
  /** Words in the customer's message that reveal their mood. */
  mood_cues: doc(
    z
      .strictObject({
        hurry: doc(
          moodCues.optional(),
          'Cues of a customer in a hurry. In an English pack a learned reading (lib/scoring/mood-learned.ts: an elapsed time with a negation, money with a wait…) also adds hurry where no cue does; `calm` cues cancel both.',
          ['(asap|urgent*)'],
        ),
        upset: doc(moodCues.optional(), 'Cues of an upset customer.', ['unacceptable']),
        confused: doc(moodCues.optional(), 'Cues of a customer who is unsure.', ["I don't understand"]),
        calm: doc(moodCues.optional(), 'Cues that cancel hurry ("whenever suits you").', ['no rush']),
        complaint: doc(moodCues.optional(), 'Cues that mark a sentence as a complaint, so capitals or "!!" on it read as upset.', ['still (not|broken)']),
        chase: doc(
          moodCues.optional(),
          'Cues of a follow-up that chases: it asks after the ticket or whether anyone is there ("any update", "still waiting", "hello?"). When the customer writes twice or more with no agent reply between and the last message holds one, the customer reads as in a hurry (repeated unanswered requests).',
          ['any (update|news)'],
        ),
      })
      .default({}),
    "Phrases in the customer's message that reveal their mood.",
    { hurry: ['(asap|urgent*)'] },
  ),
  situations: doc(
    z
      .array(
        z.strictObject({
          id: doc(id, "The situation's id, named in `when`.", 'outage'),
          label: doc(text(120), 'What the panel calls it.', 'Service outage'),
          cues: doc(z.array(moodCue).min(1).max(200), "Cues in the customer's messages or the ticket subject.", ['(is|are) down']),
          implies: doc(z.array(z.enum(['hurry', 'upset'])).max(2).optional(), 'Mood flags the situation sets (lost money reads as upset).', ['upset']),
          not_moods: doc(
            z.array(z.enum(['hurry', 'upset', 'confused'])).max(3).optional(),
            "Not read while the customer's last message shows one of these moods: a thanks in an upset message is sarcasm (\"thanks for nothing\", \"thanks a lot, really helpful\").",
            ['upset'],
          ),
          open_problem: doc(
            z
              .strictObject({
                situations: doc(z.array(id).max(30).optional(), 'Not when the same message is also in one of these situations (it reports a fault of its own).', ['fault']),
                contrast: doc(phrases, 'Words that turn a clause after the cue ("but", "now", "still")…', ['(but|now|still)']),
                fault: doc(phrases, '…followed in that clause by a fault ("not", "flickers"): the problem is still open.', ["(not|n't|flicker*)"]),
              })
              .optional(),
            "Read from the customer's last message only, and not while that message still reports a problem: a situation like \"solved, thanks\" that a later \"but it still doesn't work\" undoes.",
            { situations: ['fault'], contrast: ['(but|now|still)'], fault: ["(not|n't|flicker*)"] },
          ),
          alone: doc(
            z.boolean().optional(),
            "Read from the customer's last message only, and only when it says nothing else: every sentence without a cue is a short greeting, sign-off or good wish (at most 4 words, no question, no `open_problem.fault` word). For a plain thank-you (\"Hi Sam, thank you so much for your help! Best, Ana\"), not the thanks that signs off a report or a request.",
            true,
          ),
        }),
      )
      .max(30)
      .default([]),
    'What the ticket is about (an outage, lost money, a repeat contact…), read from the customer\'s messages and the subject; prompts, tips and closing questions name these in `when`.',
  ),
  closing_questions: doc(
    z
      .array(
        z.strictObject({
          id: doc(id, "The question's id.", 'solved'),
          text: doc(text(200), 'The question as the panel suggests it.', 'Have I solved your problem?'),
          always: doc(z.boolean().optional(), 'Ask it in every reply; the others only when time allows.', true),
          variants: doc(phrases, 'Wordings that count as asking it (in a sentence that is a question).', ['(have|did) (I|we) (solve|fix|answer) your (problem|issue|question)']),
          when: doc(appliesSchema.optional(), 'When it is worth asking; without it, `always` questions always and the others when time allows.'),
        }),
      )
      .max(10)
      .default([]),
    'The questions to ask before closing (at most 10), tracked one by one.',
  ),
  tips: doc(
    z
      .array(
        z.strictObject({
          id: doc(id, "The tip's id.", 'self-service-reset'),
          title: doc(text(120), "The tip's title.", 'Reset your own password'),
          text: doc(text(1000), 'The tip as the agent may pass it on.', 'The self-service portal resets a forgotten password at any hour.'),
          topics: doc(z.array(text(60)).max(30), "Words in the customer's message or the reply that make the tip fit.", ['password', 'locked out']),
        }),
      )
      .max(200)
      .default([]),
    'Bonus tips (at most 200), offered when the customer is not in a hurry or upset and a topic fits.',
  ),
  phonetic: doc(
    z
      .strictObject({
        alphabet: doc(z.enum(['icao', 'din5009', 'italian']), 'The spelling alphabet: `icao` (Alfa, Bravo), `din5009` (Anton, Berta), `italian` (Ancona, Bologna).', 'din5009'),
        digits: doc(z.enum(['plain', 'icao']).optional(), '`icao` spells digits as Niner, Fife; `plain` as written.', 'plain'),
      })
      .optional(),
    "The phonetic helper's alphabet for spelling codes, passwords and addresses.",
  ),
  sites: doc(
    z
      .strictObject({
        /** Built-in adapters this team does not want coached (the whole tool is switched off). */
        disable: doc(z.array(z.enum(SITE_IDS)).max(50).optional(), 'Built-in tools this team does not want coached (the whole tool is switched off).', ['gmail']),
        /** In-house or unlisted tools: which pages, which box, how to tell an internal note. */
        custom: doc(
          z
            .array(
              z.strictObject({
                id: doc(id, "The tool's id.", 'acme-desk'),
                name: doc(text(120), "Shown in the coach as the tool's name.", 'ACME Desk'),
                match: doc(z.array(matchPattern).min(1).max(20), "URL match patterns of the tool's pages.", ['https://desk.example.com/tickets/*']),
                reply_box: doc(text(300), 'CSS selector of the reply box: a textarea, or an element inside the editor.', '#reply textarea'),
                internal_marker: doc(
                  text(300).optional(),
                  'CSS selector that is present (on the box, an ancestor, or shown in the page) when the box is an internal note; given alone, a box without it is a reply.',
                  '.note-mode.active',
                ),
                public_marker: doc(text(300).optional(), "CSS selector present when the box is a reply to the customer; given alone, a box without it is a note. With both markers and neither present, the page's own controls decide.", '.reply-mode.active'),
                customer_name: doc(text(300).optional(), "CSS selector of the requester's name.", '.requester .name'),
                customer_message: doc(text(300).optional(), "CSS selector of the customer's messages; the last one is read for mood.", '.thread .message.customer'),
              }),
            )
            .max(50)
            .optional(),
          'In-house or unlisted tools (at most 50): which pages, which box, how to tell an internal note.',
        ),
        /** Words on a tool's tabs, toggles and buttons that say who reads the box, added to the built-in ones. */
        labels: doc(
          z
            .strictObject({
              internal: doc(z.array(text(100)).max(100).optional(), 'Labels meaning an internal note.', ['Nur intern']),
              public: doc(z.array(text(100)).max(100).optional(), 'Labels meaning a reply the customer reads.', ['An Anrufer senden']),
            })
            .optional(),
          "Words on a tool's tabs, toggles and buttons that say who reads the box, added to the built-in ones.",
        ),
      })
      .optional(),
    'Which tools Rapport coaches on, beyond the built-in adapters.',
  ),
});

export type RulePack = z.infer<typeof rulePackSchema>;
export type Rule = RulePack['rules'][number];
export type PhraseEntry = z.infer<typeof phraseEntry>;
export type MoodCue = z.infer<typeof moodCue>;
export type Applies = z.infer<typeof appliesSchema>;
export type PromptKind = (typeof PROMPT_KINDS)[number];
export type AdviceKind = (typeof ADVICE_KINDS)[number];
export type SignalDeclaration = z.infer<typeof signalDeclaration>;
