// The rule-pack format. Team leads edit packs by hand, so every object is strict (a typo in a key
// is an error with its path, not a silently ignored setting) and every string has a cap.
import { z } from 'zod';
import { MAX_PATTERN_LENGTH } from '../scoring/regex-guard';
import { SIGNAL_IDS } from '../scoring/types';

export const CURRENT_SCHEMA_VERSION = 1;

const text = (max = 500) => z.string().min(1).max(max);
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, ".", "_" or "-"');

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
  signal: z.enum(SIGNAL_IDS).optional(),
  level: z.enum(['error', 'warning', 'suggestion', 'info']),
  message: text(300),
  link: z.url().max(500).optional(),
  scope: z.enum(['text', 'sentence', 'greeting', 'closing']).default('text'),
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
  require_signal: z.enum(SIGNAL_IDS).optional(),
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
  unless_signals: z.array(z.enum(SIGNAL_IDS)).max(20).optional(),
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
  extends: z.literal('default').optional(),
  schema_version: z.number().int().min(1),
  id,
  name: text(120),
  version: z.string().min(1).max(40),
  locale: z.string().min(2).max(20).default('en'),
  description: text(2000).optional(),
  weights: z.partialRecord(z.enum(SIGNAL_IDS), z.number().min(-100).max(100)).default({}),
  rules: z.array(ruleSchema).max(300),
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
      disable: z.array(id).max(50).optional(),
      custom: z
        .array(
          z.strictObject({
            id,
            name: text(120),
            match: z.array(text(300)).min(1).max(20),
            reply_box: text(300),
            internal_marker: text(300).optional(),
          }),
        )
        .max(50)
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
