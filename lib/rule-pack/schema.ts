// The rule-pack format. Team leads edit packs by hand, so every object is strict (a typo in a key
// is an error with its path, not a silently ignored setting) and every string has a cap.
import { z } from 'zod';
import { MatchPattern } from '@webext-core/match-patterns';
import { MAX_PATTERN_LENGTH } from '../scoring/regex-guard';
import { SITE_IDS } from '../sites/ids';

export const CURRENT_SCHEMA_VERSION = 1;

const text = (max = 500) => z.string().min(1).max(max);
/** A URL match pattern as browsers take it (https://desk.example.com/*), checked by the well-kept parser WXT uses. */
const matchPattern = text(300).refine((p) => {
  try {
    new MatchPattern(p);
    return true;
  } catch {
    return false;
  }
}, 'not a URL match pattern (write e.g. https://desk.example.com/* or *://*.desk.example.com/*)');

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, ".", "_" or "-"');
/**
 * A signal id: one of the built-in SIGNAL_IDS or one the pack declares under `signals`. Whether the id
 * is known is checked by the loader (lib/rule-pack/load.ts), which sees the whole pack.
 */
const signalId = id;
/** A locale code as in `locale` ("en", "de", "pt-BR"). */
const localeCode = z.string().regex(/^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, 'use a locale code such as "en" or "pt-BR"');

/**
 * A signal the pack declares: what the panel calls it and the points it adds (positive) or costs
 * (negative) when present. The label is in the pack's `locale`; `labels` adds other languages.
 */
const signalDeclaration = z.strictObject({
  label: text(120),
  labels: z.record(localeCode, text(120)).optional(),
  points: z.number().min(-100).max(100),
  /** In an organisation (managed) pack: team packs cannot change this signal's declaration or weight. */
  locked: z.boolean().optional(),
});

/** A phrase in the phrase syntax (lib/scoring/phrase.ts), or a checked raw regex, with rewrites. */
const phraseEntry = z.union([
  text(500),
  z.strictObject({ phrase: text(500), rewrites: z.array(text(300)).max(10).optional() }),
  z.strictObject({ pattern: text(MAX_PATTERN_LENGTH), rewrites: z.array(text(300)).max(10).optional() }),
]);
const phrases = z.array(phraseEntry).min(1).max(300);

const examples = z.strictObject({
  flag: z.array(text(2000)).max(50).default([]),
  pass: z.array(text(2000)).max(50).default([]),
});

const moods = ['hurry', 'upset', 'confused', 'calm'] as const;

const base = {
  id,
  signal: signalId.optional(),
  level: z.enum(['error', 'warning', 'suggestion', 'info']),
  message: text(300),
  link: z.url().max(500).optional(),
  /** greeting: the reply's opening words; closing: its last two sentences; sentence-start: a match must open a sentence. */
  scope: z.enum(['text', 'sentence', 'greeting', 'closing', 'sentence-start']).default('text'),
  weight: z.number().min(-100).max(100).optional(),
  enabled: z.boolean().default(true),
  locked: z.boolean().optional(),
  /** The rule applies only when the customer shows one of these moods ("just click" to a confused customer). */
  moods: z.array(z.enum(moods)).min(1).max(4).optional(),
  examples,
};

/** Words that, when a match overlaps them, cancel it ("I can't wait to help"). */
const except = z.array(phraseEntry).max(100).optional();

const phrasePresent = z.strictObject({
  ...base,
  type: z.literal('phrase-present'),
  phrases,
  except,
  /** Skip matches negated earlier in their clause ("I don't understand"). */
  skip_negated: z.boolean().optional(),
  /** Skip matches in a sentence that asks a question ("Did you restart it?" teaches nothing). */
  skip_questions: z.boolean().optional(),
  /** A match counts only when one of these phrases is in the same sentence ("today" + "I'll"). */
  with: phrases.optional(),
});

const phraseAvoid = z.strictObject({
  ...base,
  type: z.literal('phrase-avoid'),
  phrases,
  except,
  rewrites: z.array(text(300)).max(10).optional(),
});

const question = z.strictObject({
  ...base,
  type: z.literal('question'),
  phrases,
  except,
});

const conditional = z.strictObject({
  ...base,
  type: z.literal('conditional'),
  /** The rule applies when one of these phrases is present… */
  when: phrases,
  /** …and flags the reply unless it shows this signal (or one of these phrases). */
  require_signal: signalId.optional(),
  require: phrases.optional(),
});

const metric = z.strictObject({
  ...base,
  type: z.literal('metric'),
  measure: z.enum(['words', 'sentence-words']),
  min: z.number().int().min(0).max(10000).optional(),
  max: z.number().int().min(1).max(10000).optional(),
});

export const ruleSchema = z.discriminatedUnion('type', [phrasePresent, phraseAvoid, question, conditional, metric]);

/**
 * A word class, used in phrases as <name> (lib/scoring/word-classes.ts): `words` match as written,
 * `verbs` (base forms, or phrases starting with a verb) match in every inflection.
 */
const wordClass = z.strictObject({
  words: z.array(text(200)).max(500).optional(),
  verbs: z.array(text(200)).max(500).optional(),
});

const promptVariants = z.array(text(400)).min(1).max(20);

/**
 * A cue in the customer's message. A phrase or pattern counts wherever it appears (unless negated:
 * "no rush"); `{ cue, with, unless }` counts only in a sentence that also holds one of `with` and
 * none of `unless` ("today" with "need" or "meeting", not with "got").
 */
const moodCue = z.union([
  phraseEntry,
  z.strictObject({ cue: phrases, with: phrases.optional(), unless: phrases.optional() }),
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
  moods: z.array(z.enum(moods)).max(4).optional(),
  situations: z.array(id).max(30).optional(),
  not_moods: z.array(z.enum(moods)).max(4).optional(),
  not_situations: z.array(id).max(30).optional(),
  /** Not once the draft shows one of these signals (the prompt's work is done). */
  unless_signals: z.array(signalId).max(20).optional(),
  /** Not once the draft says one of these ("I've fixed it": no need to promise a fix). */
  unless_draft: phrases.optional(),
  /** Only on the agent's first reply in the thread (when the page shows the thread). */
  first_reply: z.boolean().optional(),
  /** Only when the customer's message has at least this many words (a long, involved case). */
  min_customer_words: z.number().int().min(1).max(10000).optional(),
});

export const rulePackSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  /** `default`: this pack adds to the method pack instead of replacing it (read by the pack layers). */
  extends: z.literal('default', { error: 'expected "default" (or leave it out to replace the packs below)' }).optional(),
  schema_version: z.number().int().min(1),
  id,
  name: text(120),
  version: z.string().min(1).max(40),
  locale: z.string().min(2).max(20).default('en'),
  description: text(2000).optional(),
  /** Signals this pack adds to the built-in ones (SIGNAL_IDS), by id. At most 50. */
  signals: z.record(signalId, signalDeclaration).default({}),
  /** Points per signal, built in or declared; for a declared signal this wins over its `points`. */
  weights: z.record(signalId, z.number().min(-100).max(100)).default({}),
  /** Named word classes the phrases of this pack can use as <name>; the method pack's are always there. */
  word_classes: z.record(id, wordClass).optional(),
  rules: z.array(ruleSchema).max(300).default([]),
  prompts: z
    .strictObject({
      empathy: z.partialRecord(z.enum(moods), promptVariants).default({}),
      apology: z.partialRecord(z.enum(moods), promptVariants).default({}),
      mood: z.partialRecord(z.enum(moods), promptVariants).default({}),
      expectation: promptVariants.optional(),
      'bad-news': promptVariants.optional(),
      competence: promptVariants.optional(),
      /** Telling the customer up front which questions you will ask at the end (seed 000 #10). */
      announce: promptVariants.optional(),
      /** When each prompt kind applies; a kind not listed here follows the built-in rule (lib/scoring/advice.ts). */
      when: z.partialRecord(z.enum(ADVICE_KINDS), appliesSchema).optional(),
    })
    .default({ empathy: {}, apology: {}, mood: {} }),
  /**
   * Words in the customer's message that reveal their mood. `calm` cues cancel hurry ("whenever suits
   * you"); `complaint` cues mark a sentence as a complaint, so capitals or "!!" on it read as upset.
   */
  mood_cues: z
    .strictObject({
      hurry: moodCues.optional(),
      upset: moodCues.optional(),
      confused: moodCues.optional(),
      calm: moodCues.optional(),
      complaint: moodCues.optional(),
    })
    .default({}),
  /**
   * What the ticket is about, read from the customer's message, the ticket subject and the earlier
   * customer messages: an outage, lost money or data, a repeat contact, a how-to question… Prompts,
   * tips and closing questions name these ids in their `when`. `implies` sets mood flags: money the
   * customer describes as lost is distress (RULINGS U1), a third request is time pressure (H1).
   */
  situations: z
    .array(
      z.strictObject({
        id,
        label: text(120),
        cues: z.array(moodCue).min(1).max(200),
        implies: z.array(z.enum(['hurry', 'upset'])).max(2).optional(),
      }),
    )
    .max(30)
    .default([]),
  closing_questions: z
    .array(
      z.strictObject({
        id,
        text: text(200),
        always: z.boolean().optional(),
        variants: phrases,
        /** When it is worth asking; without it, `always` questions always and the others when time allows. */
        when: appliesSchema.optional(),
      }),
    )
    .max(10)
    .default([]),
  tips: z
    .array(z.strictObject({ id, title: text(120), text: text(1000), topics: z.array(text(60)).max(30) }))
    .max(200)
    .default([]),
  phonetic: z
    .strictObject({ alphabet: z.enum(['icao', 'din5009', 'italian']), digits: z.enum(['plain', 'icao']).optional() })
    .optional(),
  sites: z
    .strictObject({
      /** Built-in adapters this team does not want coached (the whole tool is switched off). */
      disable: z.array(z.enum(SITE_IDS)).max(50).optional(),
      /** In-house or unlisted tools: which pages, which box, how to tell an internal note. */
      custom: z
        .array(
          z.strictObject({
            id,
            name: text(120).describe('Shown in the coach as the tool\'s name.'),
            match: z.array(matchPattern).min(1).max(20).describe('URL match patterns of the tool\'s pages, e.g. https://desk.example.com/tickets/*'),
            reply_box: text(300).describe('CSS selector of the reply box: a textarea, or an element inside the editor.'),
            internal_marker: text(300)
              .optional()
              .describe('CSS selector present (on the box, around it, or shown in the page) when the box is an internal note.'),
            public_marker: text(300)
              .optional()
              .describe('CSS selector present when the box is a reply to the customer. With one marker only, its absence means the other kind; with both and neither present, the page\'s own controls decide.'),
            customer_name: text(300).optional().describe('CSS selector of the requester\'s name.'),
            customer_message: text(300).optional().describe('CSS selector of the customer\'s messages; the last one is read for mood.'),
          }),
        )
        .max(50)
        .optional(),
      /** Words on a tool's tabs, toggles and buttons that say who reads the box, added to the built-in ones. */
      labels: z
        .strictObject({
          internal: z.array(text(100)).max(100).optional().describe('Labels meaning an internal note, e.g. "Nur intern".'),
          public: z.array(text(100)).max(100).optional().describe('Labels meaning a reply the customer reads, e.g. "An Anrufer senden".'),
        })
        .optional(),
    })
    .optional(),
});

export type RulePack = z.infer<typeof rulePackSchema>;
export type Rule = RulePack['rules'][number];
export type PhraseEntry = z.infer<typeof phraseEntry>;
export type MoodCue = z.infer<typeof moodCue>;
export type Applies = z.infer<typeof appliesSchema>;
export type PromptKind = (typeof PROMPT_KINDS)[number];
export type AdviceKind = (typeof ADVICE_KINDS)[number];
export type SignalDeclaration = z.infer<typeof signalDeclaration>;
