// The customer's mood from their last message, with the words that show it. Hurry and upset both
// mean: no small talk, no bonus tip, get straight to the fix (seed 000, closing paragraph; seed 003).
// The labels it follows are ../shared/corpus/LABELING.md and RULINGS.md (U1, H1):
//  - upset needs an affect marker: emotion, accusing or evaluative words, sarcasm, swearing, capitals
//    or "!!" on a complaint, negative emoji, exasperation, or distress about money or data lost;
//    a calm list of failed attempts, "still" or "as I said" alone is not upset;
//  - hurry is a near time, a long or overdue wait, repeated unanswered requests, or a need blocked now.
// What is language (words, phrases) is the pack's `mood_cues`; what is not (capitals, "!!", emoji,
// the sentence structure around them) is here.
import type { RulePack } from '../rule-pack/schema';
import { compileCues, findCues, firstTokenFrom, lastTokenIn, type CueHit, type CueList } from './cues';
import type { Hit, MatcherTable } from './matchers';
import { THANKS_WORD, type ClassLookup } from './word-classes';
import { heldByThing, inDatedTitle, opensName } from './mood-holder';
import { countWords, overlapsAny, sentenceAt, type TextView } from './text';
import { foldApostrophes, TOKEN_WORD, type Token } from './tokens';
import type { Mood, MoodKind } from './types';
import { aboutGame, blankGameFiction, isFaultState, isFaultWord, namesDamage, neutralise, readsAsGerman, valencesOf, wordValence } from './mood-sentiment';
import { learnedHurry, learnedUpset } from './mood-learned';
import { withoutAddressedThanks } from './mood-thanks';
import { rhetoricalQuestions } from './mood-rhetoric';
import { stressedStops } from './mood-stress';
import { waitEndedWell } from './mood-ended';
import { creditsHelp, FIRST_PERSON_SUBJECTS, IMPERATIVE_OPENING, PRESENT_COPULA_WORDS, SERVICE_NOUNS, TIME_UNITS } from './mood-words';
import { faultPraise, nearEvent, reportsRelief, unexplainedOutage } from './mood-sarcasm';
import { blockedNow, capsNow, faultMeasure, faultSpeed, featureWish, isCapsNow, needOver, negatedNeed, speedDemand, supposedCondition, timeBoundNeed, togetherAtOnce } from './mood-hurry';
import { feelingOutgrown, hedged, notBeforeNoun, ownStateInStory, sanctionCharge, symptomTarget } from './mood-target';
import { deadlineNeed, ownPlan, refundOnly } from './mood-deadline';
import { sanctionTerm, unboundDate, visitOrRate } from './mood-stakes';
import { datedWait } from './mood-dated';
import { rePing } from './mood-reping';
import { pastActTime } from './mood-past-time';
import { qualityVerdict } from './mood-quality';
import { adjacentUpset, escalationThreat, inPraiseAsLimit, shoutedComplaint, otherPartyPraisedInstead, recoveredFeeling, repeatAskingHelp } from './mood-adjacent';

type Flag = Exclude<MoodKind, 'calm'>;
/**
 * VADER compound (−1…1) of the whole message at or above which it reads as praise: its "!!", "???" and
 * "!" are enthusiasm ("amazing team!!! They say nobody likes the dentist?? WRONG!!"), so marks alone
 * (emphasis, blame's "!", pileOfBangs) do not make it upset; words (capitals on a complaint word,
 * accusations) still do. Measured session 16: one false alarm fewer on the kept-aside rows, no hit lost
 * there or on FRESH3.
 */
export const PRAISE_MESSAGE_VALENCE = 0.9;

/** The order the coach leads with when several flags are set. */
const LEAD: Flag[] = ['upset', 'hurry', 'confused'];

/** A fresh calm mood. */
export function calmMood(): Mood {
  return { kind: 'calm', hurry: false, upset: false, confused: false, evidence: [] };
}

export interface MoodCues {
  hurry: CueList;
  upset: CueList;
  confused: CueList;
  calm: CueList;
  complaint: CueList;
  /** A follow-up that chases ("any update", "still waiting"): customer.ts's chasing() reads it in a repeated message. */
  chase: CueList;
  /** Read the customer's sentences with the English sentiment lexicon (packs whose locale is English). */
  lexicon: boolean;
  /** Let the learned hurry model (mood-learned.ts) add hurry where no cue found it (English packs). */
  learned: boolean;
  /** Feelings a thing can be said to hold (mood-holder.ts): the past participles of the word class `psych` ("upset", "frustrated"). */
  feelings: ReadonlySet<string>;
}

/**
 * Compiles the pack's mood cues into `table`. `opts.learned` (default true) lets the learned hurry
 * model add to an English pack's cues; scripts/train-mood.ts turns it off to read the cues alone.
 * `opts.classes`: the word classes as the engine resolves them, for `feelings` (none without it).
 */
export function compileMoodCues(pack: RulePack, table: MatcherTable, opts: { learned?: boolean; classes?: ClassLookup } = {}): MoodCues {
  const c = pack.mood_cues;
  const lexicon = /^en\b/i.test(pack.locale);
  return {
    lexicon,
    learned: lexicon && opts.learned !== false,
    feelings: new Set(opts.classes?.('psych', 'past') ?? []),
    hurry: compileCues(table, c.hurry, 'mood_cues.hurry'),
    upset: compileCues(table, c.upset, 'mood_cues.upset'),
    confused: compileCues(table, c.confused, 'mood_cues.confused'),
    calm: compileCues(table, c.calm, 'mood_cues.calm'),
    complaint: compileCues(table, c.complaint, 'mood_cues.complaint'),
    chase: compileCues(table, c.chase, 'mood_cues.chase'),
  };
}

/** What situations found elsewhere in the ticket say about the mood (lost money: upset). */
export interface Implied {
  hurry: string[];
  upset: string[];
}

/**
 * Reads the mood of one customer message. `view` and `hits` are the message's analysis and the
 * scan of the cue table over it; `implied` carries evidence from the ticket's situations.
 */
export function readMood(cues: MoodCues, view: TextView, hits: Hit[][], implied: Implied): Mood {
  const text = view.original;
  const found: Record<Flag, { start: number; end: number; text: string }[]> = { hurry: [], upset: [], confused: [] };
  const add = (flag: Flag, h: { start: number; end: number }) => found[flag].push({ start: h.start, end: h.end, text: text.slice(h.start, h.end) });

  // Session 25: a negation before a span of time negates what is missing, not the wait ("still nothing after 2 weeks").
  for (const h of findCues(cues.hurry, view, hits, true, true)) add('hurry', h);
  // Session 21b: not an abbreviation that is part of a name or stands for "with" (abbreviationInName).
  // Session 23: nor a low state told in a story of help received, nor a stressed repeat told to ask for help (mood-adjacent.ts).
  // Session 25: nor a word that describes a symptom — a part, the customer's health or days, a feeling as the case the product serves (mood-target.ts).
  // Session 29: nor a feeling told as past in a story that turns to help, praise or a fix ("I was annoyed at first, but now I love it"),
  // nor a hedged word (R-G1: "a bit annoying", "a little disappointed"; mood-target.ts), nor another party's judgement with
  // us praised instead, read here too so its sentence is no complaint ("The old version was awful but this update is
  // fantastic. Great job guys!" is no sarcasm; mood-adjacent.ts).
  // Session 33: nor a feeling or nonsense held by a thing ("the parser gets confused", "it prints nonsense"; mood-holder.ts).
  // Session 40: nor the charge of a penalty laid on the customer ("I got banned for cheating"; mood-target.ts).
  const ofThing = (h: { start: number; end: number }) => heldByThing(view, h, cues.feelings);
  const upsetHits = findCues(cues.upset, view, hits, true).filter(
    (h) =>
      !selfAssessment(view.tokens, h) &&
      !abbreviationInName(view, h) &&
      !recoveredFeeling(view, h) &&
      !repeatAskingHelp(view, h) &&
      !otherPartyPraisedInstead(view, h) &&
      !(cues.lexicon && (symptomTarget(view, h) || ownStateInStory(view, h) || feelingOutgrown(view, h) || hedged(view, h) || ofThing(h) || sanctionCharge(view, h))),
  );
  for (const h of upsetHits) add('upset', h);
  const confusedHits = findCues(cues.confused, view, hits, true).filter((h) => !(cues.lexicon && ofThing(h)));
  for (const h of confusedHits) add('confused', h);
  // "No rush, whenever suits you": an explicit calm cancels the softer hurry cues.
  // Session 20: so does a wait that is over and ended well ("I waited 3 days and it arrived, it's great"; mood-ended.ts).
  const noRush = findCues(cues.calm, view, hits, true).length > 0 || (cues.lexicon && waitEndedWell(view));
  // Session 20b: "NOW"/"SOFORT" in capitals (not "ASAP": the pack's cues read it, with R-U1's exceptions) and an event at a near clock time or within minutes (mood-sarcasm.ts).
  // Session 21: capitals read by capsNow (mood-hurry.ts), which sets aside a name or a quote ("my NOW TV box").
  if (!noRush) for (const h of [...nearEvent(view).filter((h) => !isCapsNow(view, h)), ...capsNow(view)]) add('hurry', h);
  // Session 22: a need with a deadline chrono-node reads ("we have to submit it before the end of the month"; mood-hurry.ts).
  if (!noRush && cues.lexicon) for (const h of timeBoundNeed(view)) add('hurry', h);
  // Session 24: a request whose clause ends in a word of speed ("fix it now", "need help rn", "pls answer quickly"; mood-hurry.ts).
  // It adds what the cues missed: a demand around a word a cue already showed ("Need the VPN back ASAP" over "ASAP")
  // would show the agent the same word twice.
  if (!noRush && cues.lexicon) for (const h of speedDemand(view).filter((d) => !overlapsAny(d, found.hurry))) add('hurry', h);
  // Session 28: a deadline read by its clause ("Thanks, but I need the VPN working before my 3pm call!"; mood-deadline.ts).
  if (!noRush && cues.lexicon) for (const h of deadlineNeed(view).filter((d) => !overlapsAny(d, found.hurry))) add('hurry', h);
  // Session 32: an overdue wait told by its date and a miss ("I paid on 23 Nov but didn't get the refund"; mood-dated.ts).
  if (!noRush && cues.lexicon) for (const h of datedWait(view).filter((d) => !overlapsAny(d, found.hurry))) add('hurry', h);
  // Session 33: a need blocked right now ("My pipeline is blocked right now because of your outage"; mood-hurry.ts).
  if (!noRush && cues.lexicon) for (const h of blockedNow(view).filter((d) => !overlapsAny(d, found.hurry))) add('hurry', h);
  // Session 50: a question asked again in the same message — a presence call after it ("anyone?"), "asked earlier:", the
  // same question line twice (RULINGS H1 repeated unanswered requests; the chat calls' re-ping; mood-reping.ts).
  if (!noRush && cues.lexicon) for (const h of rePing(view).filter((d) => !overlapsAny(d, found.hurry))) add('hurry', h);
  // Session 25: not a time inside a need the customer negates ("I don't need it right now"), nor a speed word that
  // tells how a thing fails ("please help it shuts down immediately"), nor a feature wished for ("please add dark mode
  // asap"; mood-hurry.ts).
  // Session 27: nor a need, event or deadline told in the past that is over ("I needed it yesterday for my meeting but
  // it's fine now"; mood-hurry.ts).
  // Session 36: nor a span that measures a fault ("crashed 4 times in 2 hours", "within a minute we start seeing
  // errors"), nor "at once" meaning together ("buy all of the classes at once"; mood-hurry.ts).
  // Session 28: nor the customer's own next step at a near time ("Thanks, I'll test it tomorrow"; mood-deadline.ts).
  // Session 31: nor a penalty's length ("suspended for 15 days"), nor a date the customer is not bound to (a contest's
  // deadline, a deadline that is over or asked about as a rule; mood-stakes.ts).
  // Session 34: nor "today" or "this morning" said of a past act ("I placed an order this morning"; mood-past-time.ts).
  // Session 33: nor a hurry word in a condition put as a question or a supposition ("is there a fee if I need it
  // today?", "if this happens during our launch tomorrow we'd be stuck"; mood-hurry.ts).
  // Session 45: nor "for <time>" after a verb of staying or paying: a stay's length or a price's period ("we slept there
  // for two nights", "I paid 80 euros for a week"; mood-stakes.ts visitOrRate).
  const ownClock = (h: { start: number; end: number }) => !sanctionTerm(view, h) && !unboundDate(view, h) && !supposedCondition(view, h) && !(cues.lexicon && visitOrRate(view, h));
  if (cues.lexicon)
    found.hurry = found.hurry.filter((h) => !negatedNeed(view, h) && !faultSpeed(view, h) && !faultMeasure(view, h) && !togetherAtOnce(view, h) && !featureWish(view, h) && !needOver(view, h) && !ownPlan(view, h) && !pastActTime(view, h) && ownClock(h));
  if (noRush) found.hurry = [];
  // Where no cue found hurry, the learned model may (stakes + time that no cue lists; mood-learned.ts).
  else if (cues.learned && found.hurry.length === 0) {
    const h = learnedHurry(view);
    // Session 28 (ruling, H1 and R-L1): not when the message's only ground is a demand for money back (mood-deadline.ts).
    if (h && !refundOnly(view) && ownClock(h)) add('hurry', h);
  }

  // A complaint word inside a confusion cue ("I can't work out how…", "I don't understand why…")
  // states what the customer does not understand, not what went wrong: its "!!" is eagerness.
  const complaintHits = findCues(cues.complaint, view, hits, false).filter((h) => !within(h, confusedHits));
  const complaints = complaintSentences([...complaintHits, ...upsetHits]);
  // Session 28: a sentence that names damage complains, like one that names a fault ("The parcel arrived smashed!!!").
  // Session 29: "frozen" or "wet" right before a word names a kind of goods, not damage ("Thank you, the frozen meals
  // arrived!!"); a thanks does not excuse damage ("Thanks a lot, my TV arrived smashed!!!" is sarcasm).
  const lexicon = cues.lexicon && !readsAsGerman(view.scan);
  if (lexicon) for (const i of damageSentences(view)) complaints.add(i);
  for (const h of emphasis(view, complaints, [...complaintHits, ...upsetHits])) add('upset', h);
  // Session 36: a complaint beaten out word by word with full stops ("It crashes. All. The. Time."; RULINGS U1; mood-stress.ts).
  for (const h of stressedStops(view, complaints)) add('upset', h);
  // Session 23: one complaint sentence shouted whole in a message in ordinary case (mood-adjacent.ts).
  for (const h of shoutedComplaint(view, complaints)) add('upset', h);
  // Session 47: not a face inside a quote or inline code ("`s/:(x)//g`", a pasted error text): what is quoted is code or
  // another's words, not the customer's face (RULINGS U1 "negative emoji" is the customer's own).
  for (const h of negativeEmoji(text)) if (!view.quotes.some((q) => q.start <= h.start && h.end <= q.end)) add('upset', h);
  for (const h of scareQuotes(view, complaints)) add('upset', h);
  // Session 22: the English lexicon reads an English message only ("Die App stürzt ab" is no "die"; mood-sentiment.ts).
  for (const h of blame(view, complaints, lexicon)) add('upset', h);
  if (lexicon) for (const h of sarcasticPraise(view, complaints)) add('upset', h);
  // Session 44: not praise withheld in a review that reads as praise on the whole ("Lovely rooms, great pool. The
  // breakfast was not very good."): a reservation that the praise outweighs (R-G1; balancedReview).
  if (lexicon && !balancedReview(view)) for (const h of deniedPraise(view)) add('upset', h);
  if (lexicon) for (const h of bareVerdict(view)) add('upset', h);
  if (lexicon) for (const h of statedVerdict(view)) add('upset', h);
  // Session 35: a short review's verdict by a word of quality ("very slow app", "too slow and laggy"; R-G1; mood-quality.ts).
  if (lexicon) for (const h of qualityVerdict(view, countWords(view) <= SHORT_MESSAGE_WORDS)) add('upset', h);
  // Session 27: a long wait the hurry cues found complains too, so a pile of "!" on it raises the voice
  // ("It took me 40 minutes to get a cold coffee!!!"; RULINGS U1); "??" on a wait stays hurry only.
  if (lexicon) for (const h of pileOfBangs(view, new Set([...complaints, ...waitSentences(view, found.hurry)]))) add('upset', h);
  // Session 19: a rhetorical question put to the company accuses ("Why is it so hard to cancel?"; mood-rhetoric.ts).
  if (lexicon) for (const h of rhetoricalQuestions(view)) add('upset', h);
  // Session 20b: praise aimed at a fault or a repeat, and an outage nobody explains (English and German; mood-sarcasm.ts).
  for (const h of faultPraise(view)) add('upset', h);
  for (const h of unexplainedOutage(view)) add('upset', h);
  // Session 23: upset built over two sentences — a repeat and its cost, a claim and its denial (mood-adjacent.ts).
  for (const h of adjacentUpset(view)) add('upset', h);
  for (const h of escalationThreat(view)) add('upset', h);
  // In a message that reads as praise as a whole, "!!", "???" and a "!" on a complaint are enthusiasm,
  // not a raised voice: evidence that is nothing but marks does not count there.
  if (lexicon && valencesOf(view).raw(view.scan) >= PRAISE_MESSAGE_VALENCE) found.upset = found.upset.filter((e) => !/^[!?\s]+$/.test(e.text));
  // Session 23: a judgement of others or of another firm with the company praised instead, and praise said as a
  // limit of words ("I can't recommend it highly enough!"; mood-adjacent.ts).
  // Session 33: and a word of a title dated by its year, from a cue or a verdict ("Thief (2014) won't start"; mood-holder.ts).
  // Session 34: and a word that opens a name in running text ("Angry Birds crashes on start"; mood-holder.ts).
  // Session 45: and a word of a noun phrase the customer ends with "like me", from any reading ("you hear from silly
  // noobs like me every week"; likeMe): self-judgement, like selfAssessment's.
  found.upset = found.upset.filter((e) => !otherPartyPraisedInstead(view, e) && !inPraiseAsLimit(view, e) && !(lexicon && (inDatedTitle(view, e) || opensName(view, e))));
  if (lexicon) found.upset = found.upset.filter((e) => { const k = lastTokenIn(view.tokens, e); return k < 0 || !likeMe(view.tokens, k); });
  // Session 29: a word of amazement in a message that praises and complains of nothing ("This app is insane, in a good
  // way", "Damn, this app is good") is enthusiasm.
  if (lexicon && complaintHits.length === 0) found.upset = found.upset.filter((e) => !amazedPraise(view, e));
  // Session 27: marks on a sentence that ends in the fix or the delivery are joy ("it finally works!!",
  // "the parcel came today!!!"); the words of a complaint before them still count.
  if (lexicon) found.upset = found.upset.filter((e) => !(/^[!?\s]+$/.test(e.text) && endsInRelief(view, e.start)));
  // Session 39: where no cue found upset, the learned upset model may (RULINGS U1's affect markers read as words and
  // their VADER class, in wordings no cue lists; mood-learned.ts). English only, as the lexicon is.
  if (cues.learned && lexicon && found.upset.length === 0 && implied.upset.length === 0) {
    const h = learnedUpset(view);
    if (h) add('upset', h);
  }

  const mood = calmMood();
  const evidence: { start: number; text: string }[] = [];
  for (const flag of LEAD) {
    mood[flag] = found[flag].length > 0;
    evidence.push(...found[flag]);
  }
  if (implied.upset.length) mood.upset = true;
  if (implied.hurry.length) mood.hurry = true;
  mood.kind = LEAD.find((k) => mood[k]) ?? 'calm';
  mood.evidence = [...new Set([...evidence.sort((a, b) => a.start - b.start).map((e) => e.text.trim()), ...implied.upset, ...implied.hurry])].filter(Boolean).slice(0, 8);
  return mood;
}

/**
 * Words a customer uses to judge their own skill or wits. SELF_SKILL only with what they are bad at
 * after it ("I'm terrible at computers", "we are useless with tech"); "I feel terrible" is a feeling.
 * SELF_WIT on its own ("I feel so stupid", "I'm an idiot", "I'm clueless here").
 */
const SELF_SKILL = new Set('bad terrible awful hopeless useless horrible rubbish crap crappy poor lousy dreadful pathetic'.split(' '));
const SELF_WIT = new Set('stupid dumb dummy idiot idiotic clueless lazy dense thick incompetent noob newbie beginner ignorant dim slow'.split(' '));
/** What the skill is judged at: "bad at", "hopeless with", "terrible when it comes to". */
const SKILL_OBJECT = new Set(['at', 'with', 'when']);
/** The first person and the verb group that makes them the subject: "I'm", "I've always been", "we feel", "Im". */
const FIRST_PERSON = new Set(FIRST_PERSON_SUBJECTS);
const SELF_VERB = new Set(["'m", 'am', "'re", 'are', 'was', 'were', "'ve", 'have', 'has', 'been', 'be', 'always', 'ever', 'never', 'feel', 'felt', 'feeling', 'get', 'getting', 'got', 'must', 'can', 'just', 'still']);
/** Degree words and articles between the verb and the judgement: "so", "really", "such a", "a total". */
const SELF_FILLER = new Set(['so', 'very', 'really', 'pretty', 'quite', 'totally', 'completely', 'absolutely', 'utterly', 'such', 'a', 'an', 'total', 'complete', 'bit', 'little', 'kinda', 'kind', 'of', 'sort', 'just', 'too', 'super', 'extremely', 'incredibly', 'truly', 'hopelessly']);

/**
 * Whether an upset cue is the customer judging themselves — "I'm terrible at computers", "I feel so
 * stupid", "we are useless with tech" — which is self-deprecation, not anger at the company (RULINGS
 * U1 asks for affect aimed at the service or a feeling). The cue's last word is the judgement; the
 * words before it (within the cue or the sentence) must be the first person and a copula or "feel",
 * with degree words between. The cue's last word is found by binary search over the token starts
 * (cues.ts lastTokenIn), so a message with many cues costs O(hits × log tokens), not O(hits × tokens).
 */
export function selfAssessment(tokens: readonly Token[], hit: { start: number; end: number }): boolean {
  const last = lastTokenIn(tokens, hit);
  if (last < 0) return false;
  const word = tokens[last]!.norm;
  if (likeMe(tokens, last)) return true;
  const skill = SELF_SKILL.has(word);
  if (!skill && !SELF_WIT.has(word)) return false;
  if (skill && !SKILL_OBJECT.has(tokens[last + 1]?.norm ?? '')) return false;
  let k = last - 1;
  while (k >= 0 && last - k <= 4 && SELF_FILLER.has(tokens[k]!.norm)) k--;
  let verbs = 0;
  while (k >= 0 && verbs < 4 && SELF_VERB.has(tokens[k]!.norm)) {
    k--;
    verbs++;
  }
  if (k < 0 || !FIRST_PERSON.has(tokens[k]!.norm)) return false;
  // "Im"/"Ive" carry their verb; "I" and "we" need one ("I terrible at…" is not a clause).
  return verbs > 0 || tokens[k]!.norm === 'im' || tokens[k]!.norm === 'ive';
}

/** Who "like …" compares with in a self-judgement: "idiots like me", "noobs like myself", "dummies like us". */
const LIKE_SELF = new Set(['me', 'myself', 'us', 'ourselves']);

/**
 * Nouns for a person a customer may call themselves, between a judgement and "like me": "clueless users like me",
 * "dumb customers like us", "people like me". Not staff or thing nouns ("your incompetent staff ignore customers like
 * me" judges the staff).
 */
const LIKE_SELF_PERSON = new Set('user customer person people guy folk folks member client buyer owner'.split(' '));

/** A judgement word or its plural: "idiots" → "idiot", "dummies" → "dummy". */
function selfJudged(w: string): boolean {
  const judged = (x: string) => SELF_WIT.has(x) || SELF_SKILL.has(x);
  return judged(w) || judged(w.replace(/ies$/, 'y').replace(/s$/, ''));
}

/**
 * Session 45 (RULINGS U1: affect aimed at the service): whether the judgement at token `last` (a SELF_SKILL or SELF_WIT
 * word, or its plural: "idiots", "noobs", "dummies") heads or qualifies a noun phrase that ends "like me" — "you must
 * get silly dumb noobs like me", "sorry for clueless users like myself", "a hopeless newbie like me". The customer
 * judges themselves, not the company. Only judgement words and person nouns (LIKE_SELF_PERSON) may stand between the
 * judgement and "like", up to three: a verb, a staff or thing noun or a preposition ends the noun phrase ("your
 * incompetent staff ignore customers like me", "stupid app, useless for people like me" judge the company). Not
 * "idiots like you" or "people like them" (aimed at others).
 */
function likeMe(tokens: readonly Token[], last: number): boolean {
  if (!selfJudged(tokens[last]!.norm)) return false;
  for (let k = last + 1; k <= last + 4 && k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== TOKEN_WORD) return false;
    if (t.norm === 'like') return LIKE_SELF.has(tokens[k + 1]!.norm);
    if (!selfJudged(t.norm) && !LIKE_SELF_PERSON.has(t.norm) && !LIKE_SELF_PERSON.has(t.norm.replace(/s$/, ''))) return false;
  }
  return false;
}

/**
 * Words that judge or swear by intensity alone, as often in amazement as in anger: "insane", "unbelievable", "damn".
 * Source: the upset cues of the default pack whose VADER rating is neutral or weak next to the praise around them.
 */
const INTENSITY = new Set('insane insanely unbelievable unbelievably incredible crazy ridiculous ridiculously absurd damn dang hell freaking frickin bloody shocking wild mad'.split(' '));
const INTENSITY_ALL = new RegExp(`(?<![\\p{L}'’])(?:${[...INTENSITY].join('|')})(?![\\p{L}'’])`, 'giu');
/** VADER compound (−1…1) of a message, its intensity words blanked, at or above which it reads as praise ("in a good way" 0.44). */
export const AMAZED_VALENCE = 0.4;

/**
 * Whether upset evidence `e` is only a word of intensity (INTENSITY) said in amazement: the message, with its
 * intensity words blanked, reads as praise (VADER compound ≥ AMAZED_VALENCE): "This app is insane, in a good way. The
 * exercises are unbelievable.", "Damn, this app is good." Not a word set before a noun it judges ("Ridiculous prices
 * for a meditation app. Nice design though."; mood-target.ts notBeforeNoun). The caller asks it only of a message
 * with no complaint cue ("Unbelievable, I was charged twice. Great service." complains, so its "Unbelievable"
 * stays). English.
 */
function amazedPraise(view: TextView, e: { start: number; end: number; text: string }): boolean {
  if (!INTENSITY.has(e.text.toLowerCase()) || !notBeforeNoun(view, e)) return false;
  return valencesOf(view).raw(view.scan.replace(INTENSITY_ALL, ' ')) >= AMAZED_VALENCE;
}

/**
 * Sentences that name damage to what the customer got (mood-sentiment.ts namesDamage: "The screen came
 * cracked", "my order arrived soaked"; not "the frozen meals"): a complaint even where no complaint cue lists the word.
 */
function damageSentences(view: TextView): number[] {
  const out: number[] = [];
  view.sentences.forEach((sp, i) => {
    if (namesDamage(view.scan.slice(sp.start, sp.end))) out.push(i);
  });
  return out;
}

/** Whether `h` lies inside one of `spans`. */
function within(h: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => s.start <= h.start && h.end <= s.end);
}

/**
 * Sentences of the message that complain: they hold a complaint or upset cue (a negation, "still",
 * "broken", "charged"…). The pack's complaint cues say when a sentence is praise instead
 * ("no more problems, thank you!!" is relief, not a complaint).
 */
function complaintSentences(cueHits: CueHit[]): Set<number> {
  const out = new Set<number>();
  for (const h of cueHits) if (h.sentence !== -1) out.add(h.sentence);
  return out;
}

/**
 * How much of a text is written in capitals — the one measure behind both thresholds below: the
 * share of its letters that are capitals (0…1), and how many of its words (two letters or more) are
 * all capitals.
 */
export function capitals(text: string): { share: number; words: number } {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const words = (text.match(/\p{L}[\p{L}'’]+/gu) ?? []).filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length;
  return { share: letters ? upper / letters : 0, words };
}

/**
 * A message written in capitals (a raised voice): at least SHOUT_WORDS words in capitals, and
 * capitals make SHOUT_SHARE of its letters. A few capitalised words are not enough to tell — an error quoted
 * from a log ("ERROR ACCESS DENIED"), a product name ("VPN") — so both must hold.
 */
export const SHOUT_WORDS = 4;
export const SHOUT_SHARE = 0.7;
/**
 * Above this share of letters in capitals the writer's case says nothing about a single word (someone
 * who types in capitals), so a capitalised complaint word is not emphasis.
 */
export const MOSTLY_CAPS_SHARE = 0.6;

/** Distinct complaint words in capitals that make a raised voice on their own (one only stresses). */
export const STRESSED_WORDS = 2;

const CAPS = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const MARKS = /[!?]*(?:!!|\?\?|\?!|!\?)[!?]*/g;
/** A complaint cue that is only a word of continuance ("still", "anymore", "another"): no fault, negation or wait of its own. */
const GOES_ON = /^(?:still|anymore|another)$/i;

/**
 * What came right in the end: the thing works, was fixed, arrived or went through ("it finally works",
 * "the new one works perfectly", "the parcel came today", "the payment went through", "got my refund").
 */
const RESOLVED = /\b(?:finally|works|worked|working|fixed|solved|resolved|sorted|arrived|came|received|delivered|refunded|went through|got (?:it|my|the|a)|showed up|turned up|back (?:up|online|to normal))\b/gi;
/**
 * After the resolved word, a negation or a limit keeps the complaint open: "still hasn't arrived", "works
 * for a minute then crashes", "worked until the update". A fault or damage keeps it open too ("came
 * broken", "arrived smashed"): that is the fault lexicon (isFaultWord), read word by word in openByFault.
 */
const STILL_WRONG =
  /\b(?:not|no|never|nothing|none|cannot|\w+n['’]t|(?:can|don|doesn|didn|won|isn|wasn|hasn|haven|hadn|aren|weren|couldn|wouldn|shouldn)t|still|yet|only|half|partly|partially|before|until|till|used to|then|anymore|ever)\b/i;
/** "still" on a thing that goes on working: "it still works", "still working fine" (what follows is read as before). */
const STILL_WORKING = /\bstill\s+(?=(?:works|work|working|worked|runs|running|boots|loads)\b)/gi;
/** Whether `text` holds a word of the fault lexicon (isFaultWord: "broken", "smashed", "crashes") where it names a fault, not goods ("frozen meals"; namesDamage). */
function openByFault(text: string): boolean {
  return namesDamage(text, isFaultWord);
}
/** After the resolved word, a turn that opens a new complaint: "it went through but I want my money back!!". */
const TURN = /\b(?:but|however|though|although|except|yet)\b/i;
/** How far before the resolved word a negation or a fault still belongs to its clause ("it still hasn't arrived"). */
const RELIEF_LOOKBACK = 20;

/**
 * Whether the sentence at `offset` ends in relief: a RESOLVED word with no STILL_WRONG word from a little
 * before it to the sentence's end. "Waited 2 weeks and the parcel came today!!!", "After 3 failed attempts
 * it finally works!!", "The card was declined twice, but it went through on the third try!!" — the marks
 * celebrate the end of the trouble (the VADER check on a whole message of praise misses these: the trouble
 * is told first). "It still hasn't arrived!!!", "It came broken!!", "Worked until the update!!!" stay complaints.
 */
export function endsInRelief(view: TextView, offset: number): boolean {
  const sp = view.sentences[sentenceAt(view, offset)];
  if (!sp) return false;
  const s = view.scan.slice(sp.start, sp.end);
  const last = [...s.matchAll(RESOLVED)].at(-1);
  if (!last) return false;
  const after = s.slice(last.index);
  // "still" right before the working verb is continuity, not a fault still open ("I updated and it still works!").
  const open = (s.slice(Math.max(0, last.index - RELIEF_LOOKBACK), last.index) + after).replace(STILL_WORKING, '');
  return !STILL_WRONG.test(open) && !openByFault(open) && !TURN.test(after);
}

/**
 * A span of time or a wait in the hurry evidence: "took me 30 minutes", "after three weeks", "waiting since
 * Monday", "for 2 hours". Not a near time ("today", "by Friday", "ASAP"), which is hurry only.
 */
const WAIT_SPAN = new RegExp(String.raw`\b(?:${TIME_UNITS}|years?|waited|waiting|wait)\b`, 'i');
/** A span of time still ahead: "in 20 minutes", "within 2 days", "next week". */
const AHEAD_SPAN = /\b(?:in|within|next|every|per|each|under|only)\b/i;

/** Sentences (indices into `view.sentences`) that hold a wait of the hurry evidence `hurry` (WAIT_SPAN). */
function waitSentences(view: TextView, hurry: readonly { start: number; end: number; text: string }[]): number[] {
  return hurry.filter((h) => WAIT_SPAN.test(h.text) && !AHEAD_SPAN.test(h.text)).map((h) => sentenceAt(view, h.start)).filter((i) => i >= 0);
}

/**
 * Capitals and emphatic punctuation on a complaint: "This is the THIRD time", "still nothing!!",
 * "where is my refund???". Capitals count on a complaint or upset word itself (a product name or a
 * booking code in capitals is not a raised voice), and not when most of the message is in capitals.
 */
function emphasis(view: TextView, complaints: Set<number>, cueHits: CueHit[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const text = view.original;
  const caps = capitals(text);
  const mostlyCaps = caps.share > MOSTLY_CAPS_SHARE;
  // A whole complaint written in capitals is a raised voice (RULINGS U1: capitals on a complaint).
  if (caps.words >= SHOUT_WORDS && caps.share >= SHOUT_SHARE) {
    const first = cueHits.find((h) => complaints.has(h.sentence));
    if (first) out.push({ start: first.start, end: first.end });
  }
  const stressed: { start: number; end: number; sentence: number }[] = [];
  if (!mostlyCaps)
    for (const h of cueHits) {
      if (!complaints.has(h.sentence)) continue;
      // Only the cue's own first or last word: a cue with a gap ("where my … is") spans words
      // that are not the complaint ("where My ADFS server is").
      const words = text.slice(h.start, h.end);
      const caps = [...words.matchAll(CAPS)].filter((m) => (m.index === 0 || m.index + m[0].length === words.length) && raisedVoice(m[0], view, h.sentence));
      for (const m of caps) stressed.push({ start: h.start + m.index, end: h.start + m.index + m[0].length, sentence: h.sentence });
    }
  // One word in capitals stresses a fact ("it STILL fails after the reflash"); a raised voice
  // repeats: two stressed complaint words, or a stressed word in a sentence with a "!".
  // A short message aimed at the company (an @handle or "you": a tweet, a review) is the complaint
  // itself, so one stressed complaint word is its raised voice ("@acme can't log in AGAIN").
  const aimed = countWords(view) <= SHORT_MESSAGE_WORDS && (HANDLE.test(text) || ADDRESSED.test(view.scan));
  const raised = aimed || new Set(stressed.map((w) => text.slice(w.start, w.end).toLowerCase())).size >= STRESSED_WORDS;
  for (const w of stressed) {
    const sp = view.sentences[w.sentence]!;
    if (raised || /!/.test(text.slice(sp.start, sp.end))) out.push({ start: w.start, end: w.end });
  }
  for (const i of complaints) {
    const sp = view.sentences[i]!;
    const s = text.slice(sp.start, sp.end);
    // A lone "!" is ordinary punctuation; "!!", "???" and "?!" raise the voice. Question marks
    // alone on a question whose only complaint is a technical state ("Are the servers down??",
    // "Why is the output wrong??") ask eagerly about the system; they are not upset.
    const stateOnly = cueHits.every((h) => h.sentence !== i || isFaultState(text.slice(h.start, h.end)));
    // Session 34 (U1): nor on a question whose only complaint word says a state goes on or one more comes
    // ("Is the sale still on??", "Is there another sale??"): "??" needs a fault, a negation or a wait beside it.
    const goesOnOnly = cueHits.every((h) => h.sentence !== i || GOES_ON.test(text.slice(h.start, h.end)));
    for (const m of s.matchAll(MARKS)) {
      if ((stateOnly || goesOnOnly) && !m[0].includes('!')) continue;
      out.push({ start: sp.start + m.index, end: sp.start + m.index + m[0].length });
    }
  }
  return out;
}

/** Negations: in capitals they stress a fact ("it does NOT boot") unless said to the company. */
const NEGATION_WORD = /^(?:not|no|never|nothing|none|nobody|cannot|can'?t|don'?t|doesn'?t|didn'?t|won'?t|isn'?t|wasn'?t|aren'?t|haven'?t|hasn'?t)$/i;

/**
 * Whether a complaint word written in capitals raises the voice. Not when it names a technical
 * state — "HTTP 500 ERROR", "FAILED", "NO FIX" are how systems write (a log, a status, an error
 * code), not the customer's feeling — and a negation only when the sentence names the company
 * ("you did NOT refund me", not "the board does NOT boot") or the message is review-length
 * (SHORT_MESSAGE_WORDS: "App does NOT open. NOT happy!").
 */
function raisedVoice(word: string, view: TextView, sentence: number): boolean {
  if (isFaultState(word)) return false;
  if (!NEGATION_WORD.test(foldApostrophes(word))) return true;
  if (countWords(view) <= SHORT_MESSAGE_WORDS) return true;
  const sp = view.sentences[sentence];
  return sp !== undefined && ADDRESSED.test(view.scan.slice(sp.start, sp.end));
}

/**
 * The company, its staff or its service as the subject or object of a sentence: second person, or
 * "they" for the people the customer dealt with ("They hung up on me"). English and German.
 */
const ADDRESSED = /(?<![\p{L}'’])(?:you|your|yours|you're|you’re|youre|y'all|y’all|yall|u|ur|they|their|them|Sie|Ihr|Ihre|Ihnen|Ihren|Ihrem|euch|euer|eure)(?![\p{L}'’])/iu;

const ADDRESSED_ALL = new RegExp(ADDRESSED.source, 'giu');
/**
 * "you" said of anyone: in a condition ("if you are getting this error", "when you restart it"),
 * as the one a tip serves ("hope this saves you some time", "this lets you skip the step") or in a
 * purpose a tool serves ("so that your timeline skips the holidays").
 */
const GENERIC_BEFORE = /(?:\b(?:if|when|whenever|unless|case|once)\s+(?:\p{L}+\s+)?|\b(?:saves?|spares?|helps?|lets?|allows?|gives?)\s+|\b(?:so that|ensures?|ensuring|makes? sure)\s+)$/iu;

/**
 * "you" as the subject of a rule that holds for anyone: a modal of need or ability right after it
 * ("You need to set the clock source first!", "you cannot call this from a signal handler!"); not
 * with "even"/"just" after it, which aims it at the company ("you can't even ship on time!"), nor
 * with a verb of what the company owes ("You need to fix this!", "you have to refund", "you can't
 * keep doing this!"), and not "should"/"must", which demand ("You should not charge twice!").
 */
const GENERIC_RULE_AFTER = /^\s+(?:(?:need|have)\s+to|can|cannot|can['’]?t|can\s+not)\s+(?!(?:even|just|seriously|really|honestly|still|never|not|fix|fixes|sort|resolve|refund|repay|pay|compensate|help|answer|reply|respond|listen|do|improve|stop|return|send|give|explain|train|hire|apologi[sz]e|treat|keep|expect|charge|take|get\s+(?:back|this|it|your|my))\b)\p{L}/iu;
/** An @handle the message addresses (not the @ of an e-mail address). */
const HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]{1,30}/u;
/** The customer in their own sentence: a rule said to everyone names no one it was done to. */
const FIRST_PERSON_WORD = /(?<![\p{L}'’])(?:i|me|my|mine|we|us|our|ours|i['’]m|i['’]ve|i['’]d|im|ive)(?![\p{L}'’])/iu;

/**
 * Whether a sentence names the company or its people (ADDRESSED) other than as a generic "you": a
 * tip shared with other users ("I hope this saves you some time if you are getting this error!"), or
 * the "you" of a rule in a sentence that does not name the customer ("You need to set the clock
 * source first, otherwise the PLL never locks!"; not "You need to refund me!"). `handle`: the message
 * addresses someone by @handle (a tweet to the brand, a mention of a maintainer), so its "you" is
 * them ("@acme you need to sort this out!") and no "you" is read as a rule for anyone.
 */
function namesCompany(sentence: string, handle: boolean): boolean {
  const mine = handle || FIRST_PERSON_WORD.test(sentence);
  for (const m of sentence.matchAll(ADDRESSED_ALL)) {
    if (GENERIC_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (!mine && /^you$/i.test(m[0]) && GENERIC_RULE_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    return true;
  }
  return false;
}

/** Words that may stand between the judgement and the thing: "very very bad app", "such a poor service". */
const BETWEEN = new Set('a an the this that such so very really totally completely absolutely extremely too most customer their its your my'.split(' '));
/**
 * The verb group between the service and its judgement ("is", "has been", "was getting", "isn't",
 * "seems to be"), token by token as tokens.ts splits it ("isn't" → isn + 't). A copula is needed;
 * auxiliaries, negation and a few adverbs may come with it.
 */
const COPULA = new Set([
  ...PRESENT_COPULA_WORDS,
  ...'was were been be being seemed looked felt became become remained getting got isn wasn aren weren'.split(' '),
]);
const AUXILIARY = new Set(['has', 'have', 'had', 'hasn', 'haven', 'will', "'ll", 'would', "'d", 'won', 'wouldn', 'to', 'always', 'still', 'just', 'now', 'only', 'also', 'been', 'being', 'be']);
const NOT = new Set(['not', 'never', "'t", 'no', 'nt']);
const MAX_VERB_GROUP = 4;
/** Degree words that carry a judgement of the service without its copula: "service very bad", "app so useless". */
const BARE_DEGREE = new Set(['very', 'so', 'too', 'really', 'extremely', 'totally', 'utterly', 'absolutely', 'completely', 'super']);

/**
 * An evaluative word right at the service it judges: before it ("worst app", "very poor service",
 * "hopeless customer care") or after its verb group ("the app is useless", "support was not good",
 * "the service has been useless"), or after a degree word with the copula left out ("Customer service very bad").
 * Reads the message's own tokens (tokens.ts) of one sentence. The
 * word is rated by the sentiment lexicon (mood-sentiment.ts: fault states are not judgements, so
 * "broken app" stays a fault report). Returns the judging words' span in the message, or undefined.
 */
export function judgedService(tokens: readonly Token[]): { start: number; end: number } | undefined {
  for (const [j, word] of tokens.entries()) {
    if (!SERVICE_NOUNS.has(word.norm)) continue;
    // before: up to three words back, skipping intensifiers and determiners
    for (let k = j - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
      const w = tokens[k]!;
      // Session 23: litotes is praise ("not a bad app at all", "never a terrible experience")
      if (isJudgement(w.norm)) {
        if (deniedBefore(tokens, k)) break;
        return { start: w.start, end: w.end };
      }
      if (!BETWEEN.has(w.norm)) break;
    }
    // after the verb group: "is (so|very)? useless", "was not good", "has been useless"
    let k = j + 1;
    let copula = false;
    let negated = false;
    for (; k < tokens.length && k <= j + MAX_VERB_GROUP; k++) {
      const n = tokens[k]!.norm;
      if (COPULA.has(n)) copula = true;
      else if (NOT.has(n)) negated = true;
      else if (!AUXILIARY.has(n)) break;
    }
    // Session 22: the copula left out after a degree word ("Customer service very bad", "support so poor")
    if (!copula) {
      const d = tokens[j + 1];
      const w = tokens[j + 2];
      if (d && w && BARE_DEGREE.has(d.norm) && isJudgement(w.norm)) return { start: w.start, end: w.end };
      continue;
    }
    for (let seen = 0; k < tokens.length && seen < 3; k++, seen++) {
      const w = tokens[k]!;
      if (NOT.has(w.norm)) {
        negated = true;
        continue;
      }
      const praise = negated ? praiseEnd(tokens, k) : -1;
      if (praise >= 0) return { start: w.start, end: tokens[praise]!.end };
      if (!negated && isJudgement(w.norm)) return { start: w.start, end: w.end };
      if (!BETWEEN.has(w.norm)) break;
    }
  }
  return undefined;
}

/** Whether a negation stands before token `k`, with only articles and degree words between ("not a bad", "not so terrible"). */
function deniedBefore(tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= 3; i--) {
    if (NOT.has(tokens[i]!.norm)) return true;
    if (!BETWEEN.has(tokens[i]!.norm)) return false;
  }
  return false;
}

/** The message's tokens inside `span` (a sentence), from the view's one tokenization. */
function tokensIn(view: TextView, span: { start: number; end: number }): Token[] {
  return view.tokens.slice(firstTokenFrom(view.tokens, span.start), firstTokenFrom(view.tokens, span.end));
}

/**
 * A word the lexicon rates clearly negative on its own and that is no fault state or courtesy. Session 30: of three
 * letters or more — the lexicon's faces typed in two letters ("DX" −0.61) are also names of variables and codes ("Add
 * DX,DY to OnResized"); a face standing as one is read by negativeEmoji.
 */
function isJudgement(word: string): boolean {
  return word.length > 2 && neutralise(word) === word && wordValence(word) <= JUDGEMENT_VALENCE;
}
/** Compound score of one word at or below which it judges (VADER: "bad" −0.54, "poor" −0.48, "slow" 0). */
export const JUDGEMENT_VALENCE = -0.4;

/**
 * Longest message (words, text.ts) read as a review: the whole message is the customer's verdict, so a
 * "!" or a capitalised negation on a complaint is aimed at the app or company unnamed. Longer messages
 * (forum posts, bug reports) use "!" as ordinary punctuation ("it works after reopening the form!").
 */
export const SHORT_MESSAGE_WORDS = 40;
/** A plea or thanks in the sentence: "Can't log in, please help!" asks, it does not accuse (RULINGS U1). */
const PLEA = new RegExp(String.raw`\b(?:please|pls|plz|help|kindly|${THANKS_WORD}|thank|appreciate[d]?|any (?:idea|ideas|tips?|advice|suggestions?))\b`, 'i');

/** Compound score (−1…1) at or below which a sentence addressed to the company reads as upset. */
export const UPSET_VALENCE = -0.5;

/**
 * A sentence that ends in the "!" of a program's message: after a class name glued to "Exception" or "Error" and a
 * colon ("com.acme.io.ReadException: no bytes left in buffer!", "TypeError: x is undefined!"), with no "?" or
 * "!" between. The mark is the program's, not the customer's voice (RULINGS U1 counts the customer's "!" on a
 * complaint). Prose words ("Another error: it logged me out again!") have no such class name, so they still count.
 * Fix47 (fix-m, reviewer-5 finding 5): nor when the words after the colon speak to the company ("you", "your"): a
 * program prints no "your servers are down again!", the customer does ("My TimeoutError: your API is down again!").
 */
const PROGRAM_MESSAGE_BANG = /\b[\w.$]*[A-Za-z](?:Exception|Error)\s*:(?![^?!]*\b[Yy]ou(?:r|rs|'re|'ve|’re|’ve)?\b)[^?!]*!\s*$/u;

/**
 * Blame aimed at the company or its people — RULINGS U1's "! on a blame statement" and evaluative
 * words about the service — in a sentence that names them (ADDRESSED):
 *  - a complaint sentence that ends in "!" ("You charged me twice!");
 *  - with `lexicon` (English packs), a sentence whose own words sound clearly negative once fault
 *    states and courtesy are set aside (mood-sentiment.ts): "You are being shady", "they treated me
 *    like dirt". A calm fault report ("your app shows an error") has no such words.
 * Evidence: the "!" or the sentence's negative words.
 */
function blame(view: TextView, complaints: Set<number>, lexicon: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const handle = HANDLE.test(view.original);
  const short = countWords(view) <= SHORT_MESSAGE_WORDS;
  const memo = valencesOf(view);
  const game = lexicon && aboutGame(view.scan);
  for (const [i, sp] of view.sentences.entries()) {
    const s = view.scan.slice(sp.start, sp.end);
    const judged = lexicon ? judgedService(tokensIn(view, sp)) : undefined;
    if (judged) {
      out.push(judged);
      continue;
    }
    // Session 47: not the "!" of a program's message the customer pasted ("ReadException: no bytes left in buffer!").
    const bang = PROGRAM_MESSAGE_BANG.test(s) ? null : /!\s*$/.exec(s);
    // A review-length message is the complaint itself: its "!" on a complaint is raised at the app or
    // the company even when they go unnamed ("Won't even open!"), unless the sentence pleads for help
    // or praises ("Works great, no complaints!").
    // A "you" that namesCompany reads as anyone's ("If you restart it, the error goes away!") makes the
    // sentence a tip, so only a sentence with no "you" at all is read this way. English packs (the
    // praise check is the English lexicon's); a German pack keeps "!" on blame only.
    const named = namesCompany(s, handle);
    if (bang && short && lexicon && !named && !ADDRESSED.test(s) && complaints.has(i) && !PLEA.test(s) && memo.raw(s) <= 0) {
      out.push({ start: sp.start + bang.index, end: sp.start + bang.index + 1 });
      continue;
    }
    if (!named) continue;
    if (bang && complaints.has(i)) {
      out.push({ start: sp.start + bang.index, end: sp.start + bang.index + 1 });
      continue;
    }
    // Session 37: in a review of a game, the words of its fiction ("every enemy dies") are not the customer's affect
    // (mood-sentiment.ts GAME_FICTION; RULINGS U1 counts affect and evaluative words about the company or service).
    const read = game ? blankGameFiction(s) : s;
    if (!lexicon || memo.sentence(read) > UPSET_VALENCE) continue;
    const before = out.length;
    let from = 0;
    for (const w of memo.negativeWords(read).slice(0, 2)) {
      const at = s.indexOf(w, from);
      if (at < 0) continue;
      out.push({ start: sp.start + at, end: sp.start + at + w.length });
      from = at + w.length;
    }
    // Negative as a whole, with no negative word of its own ("they weren't helpful"): the sentence.
    if (out.length === before) out.push({ start: sp.start + (s.length - s.trimStart().length), end: sp.start + s.trimEnd().length });
  }
  return out;
}

/**
 * Faces and gestures of anger, disgust, sadness or exasperation, and their ASCII forms. Not the
 * skeptical ":/" — "now 8% :\\" is a shrug, not upset (a tuning row of dev2 labelled calm) — and not
 * "D:" before a slash: a drive letter in a path ("D:/html", "D:\\builds").
 */
const NEGATIVE_EMOJI =
  /[\u{1F620}\u{1F621}\u{1F92C}\u{1F624}\u{1F612}\u{1F644}\u{1F61E}\u{1F61F}\u{1F622}\u{1F62D}\u{2639}\u{1F641}\u{1F629}\u{1F62B}\u{1F926}\u{1F92F}\u{1F616}\u{1F623}\u{1F44E}\u{1F494}\u{1F615}\u{1F62C}]|(?<![\w:])(?:>:\(|:-?\(+|:'\(|D:)(?![\w(/\\])|:(?:angry|rage|disappointed|unamused|cry|sob|triumph|weary|tired_face|facepalm|thumbsdown|-1|confounded|persevere|broken_heart):/gu;

function negativeEmoji(text: string): { start: number; end: number }[] {
  return [...text.matchAll(NEGATIVE_EMOJI)].slice(0, 3).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Words a customer puts in scare quotes to mock what the company claims or promised: "'temporarily'
 * down", "your 'support' never answers", "my 'fixed' phone". English.
 */
const SCARE_WORDS = new Set([
  ...'temporarily temporary fixed resolved sorted solved delivered helped helpful help service support working improved improvement improvements upgraded soon shortly promptly priority premium secure smart genuine investigating escalated lost express instant quick fast reliable unlimited free guaranteed'.split(' '),
  // what the company hands the customer, mocked as not worth its name ("the 'documentation'", "their 'fix'")
  ...'documentation docs manual guide tutorial instructions answer answers solution solutions fix feature upgrade refund compensation apology warranty guarantee experts expert professionals professional assistance'.split(' '),
  'customer service',
  'customer care',
  'customer support',
  'user friendly',
  'user-friendly',
]);
/** Words that make the quote a name: "marked as 'fixed'", "status 'resolved'", "set to 'free'". */
const NAMING_BEFORE = new Set('as to status state called named labelled labeled label marked tagged set select selected choose chose option mode plan tier word term says said reads shows'.split(' '));
/** Things a quote names when it stands before them: "the 'working' branch", "the 'express' plan". */
const NAMED_THING = new Set('branch branches status state plan plans tier tab tabs button buttons option options mode setting settings flag flags label labels field fields column folder folders version build tag tags channel option menu screen page section list category filter toggle checkbox'.split(' '));
/** Longest scare quote in words: "'customer service'" is two. */
const MAX_SCARE_WORDS = 2;

/**
 * Scare quotes on a complaint (RULINGS U1: sarcasm): one or two words from SCARE_WORDS between quote
 * marks, written lower-case, in a sentence that complains. A capitalised quote is the label of a
 * control or a menu ("click 'Help'", "the 'Update' button") and a longer one is a quotation, so
 * neither counts. Evidence: the quote with its marks.
 */
function scareQuotes(view: TextView, complaints: Set<number>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const q of view.quotes) {
    const inner = view.original.slice(q.start + 1, q.end - 1).trim();
    if (!/^\p{Ll}/u.test(inner)) continue;
    const words = inner.split(/\s+/);
    if (words.length > MAX_SCARE_WORDS || !SCARE_WORDS.has(words.join(' ').toLowerCase())) continue;
    if (!complaints.has(sentenceAt(view, q.start))) continue;
    // A name given to a thing: "marked as 'fixed'", "the 'working' branch", "the 'free' plan".
    const before = /([\p{L}]+)\s*$/u.exec(view.original.slice(Math.max(0, q.start - 24), q.start))?.[1]?.toLowerCase();
    const after = /^\s*([\p{L}]+)/u.exec(view.original.slice(q.end, q.end + 24))?.[1]?.toLowerCase();
    if ((before && NAMING_BEFORE.has(before)) || (after && NAMED_THING.has(after))) continue;
    out.push({ start: q.start, end: q.end });
  }
  return out;
}

/**
 * A short verdict of praise that follows a complaint — "Wonderful.", "great", "Nice one!" after "your
 * technician didn't show up. Again." — is sarcasm (RULINGS U1). Only in a message of review length
 * (SHORT_MESSAGE_WORDS: a tweet or a review is the complaint itself), only a sentence of at most
 * PRAISE_WORDS words that VADER reads as praise (rawValence ≥ PRAISE_VALENCE) with no thanks or
 * request in it, after a complaint sentence, and not when the message reports relief ("works now",
 * "fixed", "thanks") or credits help (session 29, mood-words.ts creditsHelp: "…The exercises helped so much.
 * Grateful.") — there the praise is meant. English (the lexicon is English).
 */
function sarcasticPraise(view: TextView, complaints: Set<number>): { start: number; end: number }[] {
  if (complaints.size === 0 || countWords(view) > SHORT_MESSAGE_WORDS || RELIEF.test(view.scan) || creditsHelp(view.scan)) return [];
  const first = Math.min(...complaints);
  for (const [i, sp] of view.sentences.entries()) {
    if (i <= first || complaints.has(i)) continue;
    const s = view.scan.slice(sp.start, sp.end).replace(/@\w+/g, ' ');
    const words = s.match(/\p{L}[\p{L}'’]*/gu) ?? [];
    if (words.length === 0 || words.length > PRAISE_WORDS || PLEA.test(s) || SIGN_OFF.test(s)) continue;
    // a verdict is plain words: not a name, a product or a version ("Win XP", "Good Food 2"),
    // nor a laughing face written in letters ("xD", "XD"): a capital after the first letter
    if (/\p{N}/u.test(s) || words.some((w, k) => (k > 0 && /^\p{Lu}/u.test(w)) || /^.+\p{Lu}/u.test(w))) continue;
    // only praise and the words around it ("Great.", "Wow, just wonderful", "Nice one guys"); a
    // sentence that names a thing ("Nice project otherwise") praises that thing
    if (!words.every((w) => VERDICT_FILLER.has(w.toLowerCase()) || wordValence(w.toLowerCase()) > 0)) continue;
    if (valencesOf(view).raw(s) < PRAISE_VALENCE) continue;
    return [{ start: sp.start + (s.length - s.trimStart().length), end: sp.start + s.trimEnd().length }];
  }
  return [];
}
/** Longest sentence (words) read as a bare verdict of praise: "Great.", "Well done guys!". */
export const PRAISE_WORDS = 3;
/** VADER compound at or above which a short sentence praises ("great" 0.62, "well done guys!" 0.34; not "cool" 0.32 or "ok" 0.30). */
export const PRAISE_VALENCE = 0.33;
/** Words that may stand beside the praise in a bare verdict: "Well done guys", "Oh great, just great". */
const VERDICT_FILLER = new Set('so very really just one job work well guys folks team oh wow yeah yep how what a an the that thats that\'s this is was done simply absolutely truly again once more'.split(' '));
/** Greetings and sign-offs: "Best regards", "Cheers", "Hi all". */
const SIGN_OFF = /\b(?:regards|best|cheers|sincerely|greetings|wishes|hello|hi|hey|dear|yours)\b/i;
/**
 * Relief or thanks anywhere in the message: its praise is meant ("Not crashing anymore. Great!"). "anymore"
 * and "no longer" count only on a fault that stopped, not on what stopped working ("it doesn't open anymore!!!"
 * is a complaint; session 21). Session 29: with mood-sarcasm.ts reportsRelief, so a service restored, recovered
 * or repaired is relief too ("support restored it within the hour. Great team!").
 */
const RELIEF_WORDS = new RegExp(
  String.raw`\b(?:${THANKS_WORD}|thank|fixed|solved|resolved|sorted|works|working|worked|finally|back to normal|appreciate\w*)\b`,
  'i',
);
const RELIEF = { test: (text: string): boolean => RELIEF_WORDS.test(text) || reportsRelief(text) };

/**
 * Words the lexicon rates as praise that state a fact or a wit, not a judgement of the service: "not
 * free", "not safe", "not true", "not sure", "not easy to find" (a how-to asks that calmly).
 */
const FACT_PRAISE = new Set(
  (
    'free safe secure true sure clear easy easily better best kind wise honest possible supported stable fair ok okay ideal ' +
    // session 30: ideals, whose denial is understatement ("the image is not perfect", "it works, but it's not elegant")
    'perfect perfectly elegant optimal flawless neat ' +
    // states and permissions the lexicon rates as praise: "not active", "not approved yet", "not protected by…"
    'active ready clean protected approved accepted certain legal responsive important interested positive novel'
  ).split(' '),
);

/**
 * Where the praise the lexicon rates starts at token `k` ends: the token itself ("helpful"), or a
 * compound whose head is praise ("user friendly", "user-friendly", "mobile friendly"): the index of
 * the praise token, or -1 when there is none or it is a word of fact (FACT_PRAISE).
 */
export function praiseEnd(t: readonly Token[], k: number): number {
  const w = t[k];
  if (!w || FACT_PRAISE.has(w.norm)) return -1;
  if (wordValence(w.norm) >= DENIED_PRAISE_VALENCE) return k;
  // a noun before "friendly" ("user friendly"), with or without its hyphen
  const j = t[k + 1]?.norm === '-' ? k + 2 : k + 1;
  return /^\p{L}+$/u.test(w.norm) && t[j]?.norm === 'friendly' ? j : -1;
}
/** Auxiliaries whose "not" denies a verb ("does not help", "can not support"), not praise. */
const AUX_BEFORE_VERB = new Set('do does did don doesn didn can could would will should may might must shall cannot'.split(' '));
/** The copula's negated forms as tokens.ts splits them ("isn't" → isn + 't). */
const COPULA_NEG = new Set(['isn', 'wasn', 'aren', 'weren', 'ain']);
/** Degree words between the negation and the praise: "not very helpful", "isn't really good". */
const DEGREE = new Set('very really so that too particularly especially terribly all overly exactly even quite super remotely'.split(' '));
/** Compound score of one word (VADER) at or above which a denied word is praise withheld ("good" 0.44, "helpful" 0.42). */
export const DENIED_PRAISE_VALENCE = 0.4;

/**
 * Praise denied — "it's not good", "not helpful", "wasn't very useful", "isn't user friendly" — is an
 * evaluative judgement (RULINGS U1: evaluative words about the service), told by negating a word the
 * sentiment lexicon rates as praise (wordValence ≥ DENIED_PRAISE_VALENCE) rather than by a word of
 * blame. Not in a question or a condition ("is it not good to…?", "if it's not good, …"), not what
 * someone is good at or good to do ("not good at maths", "not good to run as root"), and not words of
 * fact (FACT_PRAISE). The negation is the message's own token (tokens.ts: "isn't" → "isn" + "'t").
 * English (the lexicon is English). Evidence: the negation and the praise.
 */
export function deniedPraise(view: TextView): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const t = view.tokens;
  for (let i = 0; i < t.length; i++) {
    // a copula denied ("is not", "isn't", "not" alone), not a verb ("doesn't help", "can't support")
    const neg = t[i]!.norm;
    const prev = t[i - 1]?.norm ?? '';
    if (neg === 'not' ? AUX_BEFORE_VERB.has(prev) : !(neg === "'t" || neg === 'nt') || !COPULA_NEG.has(prev)) continue;
    let k = i + 1;
    while (k < t.length && k - i <= 2 && DEGREE.has(t[k]!.norm)) k++;
    const end = praiseEnd(t, k);
    if (end < 0) continue;
    const w = t[end]!;
    const next = t[end + 1]?.norm ?? '';
    if (/^(?:to|in|with|enough)$/.test(next) || (next === 'at' && t[end + 2]?.norm !== 'all')) continue;
    if (limitOfUse(t, end) || (verbWithObject(t, end) && !companySubject(t, i))) continue;
    const si = sentenceAt(view, t[i]!.start);
    const sp = view.sentences[si];
    if (!sp) continue;
    const sentence = view.scan.slice(sp.start, sp.end);
    // a question, a condition, or what others say ("They say it's not good") is no verdict of theirs
    if (/\?/.test(sentence) || REPORTED_OR_CONDITION.test(view.scan.slice(sp.start, t[i]!.start))) continue;
    // a concession before relief ("It's not pretty but it works", "not perfect, but it does the job")
    if (CONCEDED.test(view.scan.slice(w.end, sp.end))) continue;
    out.push({ start: neg === 'not' ? t[i]!.start : t[i - 1]!.start, end: w.end });
    if (out.length >= 2) break;
  }
  return out;
}

/**
 * Session 40 (RULINGS U1: evaluative words judge the company or service; a calm technical report is not upset): what
 * follows a denied praise word and makes it a limit of use, not a verdict — a condition or a time ("the cache is
 * not useful when the file changes", "not helpful if the sensor sleeps") or a purpose told by a gerund ("not good for
 * testing with real latency"). `end`: the praise token's index in `t`.
 */
function limitOfUse(t: readonly Token[], end: number): boolean {
  const next = t[end + 1]?.norm ?? '';
  if (/^(?:when|whenever|if|unless|once|until|while)$/.test(next)) return true;
  return next === 'for' && /^\p{L}{3,}ing$/u.test(t[end + 2]?.norm ?? '');
}

/** Words an -ing adjective may stand before that close or extend it, not an object: "not caring about", "not amusing anymore". */
const AFTER_ING_ADJECTIVE = new Set('and or but nor at to for in with about enough anymore either though as any more than'.split(' '));

/**
 * Session 40 (RULINGS U1, as limitOfUse): an -ing word the lexicon rates as praise that takes an object is a verb, not
 * praise withheld — "the driver is not honoring the timeout", "the trial build not supporting export" tell what a program does.
 * The -ing praise word (`t[end]`) followed by a word that is no preposition or conjunction (AFTER_ING_ADJECTIVE);
 * "not caring about customers", "not rewarding at all", "not interesting." stay adjectives.
 */
function verbWithObject(t: readonly Token[], end: number): boolean {
  const w = t[end]!.norm;
  const next = t[end + 1];
  return /^\p{L}{2,}ing$/u.test(w) && next?.kind === TOKEN_WORD && !AFTER_ING_ADJECTIVE.has(next.norm);
}

/** Copula forms between a subject and "not" ("are", "'re", "isn"). */
const COPULA_FORMS = new Set("is are was were am be been being re 're ’re s 's ’s isn aren wasn weren ain".split(' '));
/** Heads of a subject that is the company or its people: "you", "your company", "support", "the team", "they". */
const COMPANY_SUBJECT = new Set('you they guys support team company staff agents agent management helpdesk'.split(' '));

/**
 * Session 40 fix (RULINGS U1: accusing words about the company or service): whether the subject of the denied
 * copula at `i` ("not"/"'t") is the company — the word before its copula is "you", "they", "support", "team",
 * "company"… ("You are not honoring the warranty", "your company isn't respecting our deal"). Then an -ing word
 * with its object is the customer's charge against the company, not a program's behaviour (verbWithObject).
 */
function companySubject(t: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && COPULA_FORMS.has(t[j]!.norm)) j--;
  return j >= 0 && COMPANY_SUBJECT.has(t[j]!.norm);
}

/**
 * A condition or another's words still open before a verdict (deniedPraise, statedVerdict): "if", "when", "say",
 * "told"… with no clause boundary after it (a comma, ";", ":", "…", or "so"/"but"/"then" opening the next clause). Session 32: a
 * condition closed earlier in the sentence leaves the verdict the customer's own ("if I put in 9am, they see 7am, so
 * they post at 7am…not helpful"); "if it's not good, …" and "they say it's not good" stay set aside.
 */
const REPORTED_OR_CONDITION = /\b(?:if|whether|unless|when|say|says|said|claim|claims|told)\b(?![^]*?(?:[,;:…]|\.\.|\b(?:so|but|then)\b))/i;

/**
 * VADER compound (−1…1) of the whole message at or above which a denied praise word in it is a reservation the praise
 * outweighs, not a verdict on the service (balancedReview). VADER scores the denial itself as negative ("not good" ≈ −0.34),
 * so a message only reaches this with praise elsewhere. Measured session 44 on the OPENED25 tuning rows: mixed hotel and
 * game reviews that recommend the place or game (0.65–0.96) were read as upset from their "not very good"; short
 * complaints with a denied praise word stay far below (−0.2 … −0.6).
 */
export const BALANCED_REVIEW_VALENCE = 0.6;

/**
 * Session 44 (RULINGS U1 and R-G1: a hedged or weighed judgement is not upset): whether the message reads as praise on
 * the whole (VADER compound of the message ≥ BALANCED_REVIEW_VALENCE), so that praise withheld in it ("the breakfast was
 * not very good", "it is not super user friendly") is a balanced reviewer's reservation. Edges: only deniedPraise's
 * evidence is set aside; a word of blame or feeling in the same message ("terrible", "scam", "angry") and every other
 * reading still count, and a short complaint ("Not good. Charged twice.") never reaches the threshold. English.
 * Session 45: the message is weighed without its clauses of thanks or praise addressed to the helper ("Thanks so much,
 * you're amazing", "I really appreciate your help"; mood-thanks.ts withoutAddressedThanks): politeness to the agent is
 * not a balanced review, so "Thanks, you guys are great! The replacement is not good either." stays upset, while praise
 * of the product or stay ("thanks for a lovely stay", "the staff were friendly") still weighs.
 */
export function balancedReview(view: TextView): boolean {
  const valences = valencesOf(view);
  // Session 45: thanks and praise addressed to the helper ("Thanks so much, you're great") are politeness, not a
  // review's praise: the message is weighed without them (mood-thanks.ts).
  return valences.raw(withoutAddressedThanks(view, (c) => valences.raw(c))) >= BALANCED_REVIEW_VALENCE;
}

/**
 * After a denied praise word, "but" and a fix that holds or credit (session 29: "It's not perfect, but it has helped me
 * a lot"): the reservation is conceded, the customer is not upset.
 */
const CONCEDED = /^[^.!?]*\bbut\b[^.!?]*\b(?:works?|worked|working|does the (?:job|trick)|did the (?:job|trick)|fine|ok|okay|holds|solved|fixed|sorted|great|good|helpful|useful|brilliant|excellent|amazing|wonderful|love|worth it|helped|helps|recommend|stars)\b/i;

/** "it", "this", "that" as the subject of a verdict: "it's bad", "this is stupid", "thats lame". */
const VERDICT_SUBJECT = new Set(['it', 'this', 'that', 'thats', 'its']);
/** The copula of a verdict, as tokens.ts splits it ("it's" → it + 's). */
const VERDICT_COPULA = new Set(["'s", 'is', 'was', 'just', 'been', 'has', 'really', 'seriously', 'honestly']);
/** Degree words before the judgement: "Very bad.", "so stupid", "absolutely horrible". */
const VERDICT_DEGREE = new Set('very really so that particularly especially terribly overly quite super pretty extremely absolutely totally utterly simply just truly incredibly plain downright and'.split(' '));
/**
 * Compound score of one word (VADER) at or below which it is a verdict on its own: "bad" −0.54,
 * "stupid" −0.53, "pathetic" −0.57; not milder words of feeling or risk that also open a remark
 * ("unfortunate" −0.46, "sad" −0.48, "dangerous" −0.48, "annoying" −0.40). Measured 2026-12-02: at
 * JUDGEMENT_VALENCE (−0.4) it cost a false alarm on FRESH3 and found nothing more.
 */
export const VERDICT_VALENCE = -0.5;

/**
 * A bare verdict (RULINGS U1: evaluative words about the service; replies-consumer.md: a one-word
 * "bad" review is upset): a clause — a sentence up to its first punctuation — that is nothing but a
 * judgement the lexicon rates as blame (isJudgement, no fault state or courtesy, and wordValence ≤
 * VERDICT_VALENCE), with degree words before it and optionally "it's"/"this is" as its subject: "bad",
 * "Very bad.", "Really bad.", "It's pathetic, …", "this is stupid". Not a question, not a clause
 * that names a thing ("Bad gateway.", "bad practice to…"), not a negation ("Not bad."), not a
 * condition ("If it's bad, …"). English (the lexicon is English). Evidence: the judgement.
 */
export function bareVerdict(view: TextView): { start: number; end: number }[] {
  for (const sp of view.sentences) {
    if (/\?/.test(view.scan.slice(sp.start, sp.end))) continue;
    const t = tokensIn(view, sp);
    let k = 0;
    if (VERDICT_SUBJECT.has(t[0]?.norm ?? '')) {
      k = 1;
      while (k < t.length && k <= 3 && VERDICT_COPULA.has(t[k]!.norm)) k++;
      if (k === 1) continue;
    }
    while (k < t.length && VERDICT_DEGREE.has(t[k]!.norm)) k++;
    let judged: { start: number; end: number } | undefined;
    for (; k < t.length && t[k]!.kind === TOKEN_WORD; k++) {
      const w = t[k]!;
      if (isJudgement(w.norm) && wordValence(w.norm) <= VERDICT_VALENCE) judged = { start: judged?.start ?? w.start, end: w.end };
      else if (!VERDICT_DEGREE.has(w.norm)) break;
    }
    // the clause ends right after the judgement: the sentence's end or its first punctuation
    if (judged && (k === t.length || t[k]!.kind !== TOKEN_WORD)) return [judged];
  }
  return [];
}

/** The copula of a stated verdict, as tokens.ts splits it ("it's" → it + 's): "the lag is really bad". */
const STATED_COPULA = new Set(["'s", 'is', 'was', 'are', 'were', "'re", 'been', 'be', 'seems', 'looks', 'feels', 'gets', 'getting', 'got', 'became']);
/** Adverbs between the copula and the degree word: "is also very poor", "is just so bad". */
const STATED_ADVERB = new Set(['also', 'just', 'still', 'now', 'always', 'honestly', 'frankly']);
/** Degree words a stated verdict needs: the stress is the customer's, as a log or a spec never writes it. */
const STATED_DEGREE = new Set('very really so extremely absolutely terribly incredibly truly utterly totally pretty too super beyond'.split(' '));

/**
 * Session 32: a verdict stated of what the customer names, stressed by a degree word, ending its clause — "the input
 * lag with the touch controls is really bad.", "the map it uses is also very poor", "Service was so bad, …" (RULINGS
 * U1: evaluative words about the service). The subject is anything but the customer (FIRST_PERSON: "I'm so bad at
 * this" judges themselves); the copula (STATED_COPULA), optional adverbs, one or more degree words (STATED_DEGREE),
 * then words the lexicon rates as judgement (isJudgement, VADER ≤ JUDGEMENT_VALENCE), then the clause's end (the
 * sentence's end, punctuation, or "and"/"but"). Not in a question or a condition (REPORTED_OR_CONDITION), nor the
 * idiom "that's too bad" (regret at the news). Without a degree word "the signal is bad" stays a fault report.
 * English. Evidence: the degree and judgement words.
 */
export function statedVerdict(view: TextView): { start: number; end: number }[] {
  for (const sp of view.sentences) {
    if (/\?/.test(view.scan.slice(sp.start, sp.end))) continue;
    const t = tokensIn(view, sp);
    for (let c = 1; c < t.length - 2; c++) {
      if (!STATED_COPULA.has(t[c]!.norm) || FIRST_PERSON.has(t[c - 1]!.norm) || t[c - 1]!.kind !== TOKEN_WORD) continue;
      let k = c + 1;
      while (k < t.length && STATED_ADVERB.has(t[k]!.norm)) k++;
      const from = k;
      while (k < t.length && STATED_DEGREE.has(t[k]!.norm)) k++;
      if (k === from) continue;
      let end = -1;
      while (k < t.length && t[k]!.kind === TOKEN_WORD && isJudgement(t[k]!.norm)) end = k++;
      if (end < 0 || (k < t.length && t[k]!.kind === TOKEN_WORD && !/^(?:and|but)$/.test(t[k]!.norm))) continue;
      if (REPORTED_OR_CONDITION.test(view.scan.slice(sp.start, t[c]!.start))) continue;
      // Session 32 review: "that's too bad" is the idiom of regret, said of the news (a refusal, a missing feature),
      // not a verdict on the service ("Oh that's too bad, thanks anyway."); "the app is too bad" still judges.
      if (t[c - 1]!.norm === 'that' && t[end - 1]!.norm === 'too' && t[end]!.norm === 'bad') continue;
      return [{ start: t[from]!.start, end: t[end]!.end }];
    }
  }
  return [];
}

/** A run of at least this many "!" (spaces between allowed: "! ! !") raises the voice on its own. */
export const BANG_RUN = 3;
const BANGS = new RegExp(`(?:!\\s?){${BANG_RUN - 1}}!`);

/** Words VADER rates as praise that are no praise beside a pile of "!": a comparison's "like" and a plea. */
const NOT_PRAISE = /\b(?:like|please|pls|plz|kindly)\b/gi;

/**
 * A pile of exclamation marks — "It took 40 minutes to get a cold coffee!!!", "Change the opening hours
 * on the website too!!!!" — is a raised voice (RULINGS U1: emphatic punctuation on a complaint) even
 * where no complaint word marks the sentence, when the complaint shows otherwise: the sentence reads
 * negative (VADER rawValence < 0), the message complains elsewhere, or (session 30) the sentence is a demand to the
 * company (demand: "Update your maps!!!!"). Not in a message of relief or
 * thanks (RELIEF: "Works again, thank you!!!"), nor on a sentence that reads as praise (rawValence > 0:
 * "Best pizza in town!!!"). Two marks stay with `emphasis`, which needs a complaint sentence. English
 * (the lexicon is English). Evidence: the marks. Measured session 15: +1 hit, no false alarm on the
 * kept-aside rows; +1 on dev2's kept-aside half.
 */
export function pileOfBangs(view: TextView, complaints: Set<number>): { start: number; end: number }[] {
  if (RELIEF.test(view.scan)) return [];
  const out: { start: number; end: number }[] = [];
  const memo = valencesOf(view);
  const handle = HANDLE.test(view.original);
  for (const sp of view.sentences) {
    const s = view.scan.slice(sp.start, sp.end);
    const m = BANGS.exec(s);
    if (!m) continue;
    // Session 31: the words the marks close, not what follows them in the same sentence: "UPDATE YOUR MAPS!!!!Prices
    // seem to grow…" (no space after the marks, so no new sentence) raises its voice at the maps.
    const closed = s.slice(0, m.index + m[0].length);
    // Session 22: "like" as a comparison and a plea's "please" are no praise ("Why is it like this!!!", "PLEASE FIX IT!!!!")
    const valence = memo.raw(closed.replace(NOT_PRAISE, 'xx'));
    if (valence > 0 || !(valence < 0 || complaints.size > 0 || demand(closed, handle))) continue;
    out.push({ start: sp.start + m.index, end: sp.start + m.index + m[0].length });
  }
  return out;
}

/**
 * What asks rather than demands: help or thanks ("Can you help me please!!!", "Thanks for your help!!!"), or a
 * question, with its mark or its verb first ("Is your shop open on Sunday!!!"), also after a greeting or "so/and"
 * ("Hi, do you ship to Canada!!!", "Where is your nearest store!!!", session 30 review); not a "when" clause, which
 * opens a demand as often ("When you change your hours, do it on the website too!!!!"). Session 31: "do" and "have"
 * open a question only with a subject after them (ASKED_SUBJECT: "Do you ship…", "Have you fixed…"); with an object
 * they are imperatives ("Do something about your app!!!!", "Please do it now!!!!", "Have a look!!!").
 */
/** Who a question's "do"/"have" asks about: a pronoun or an indefinite person ("Do you…", "Have they…", "Do people…"). */
const ASKED_SUBJECT = String.raw`(?:you|u|ya|you\s+guys|y['’]?all|we|they|i|he|she|anyone|anybody|someone|somebody|everyone|people|there)`;
/**
 * Session 31 review: who a question's "do" asks about, named by a noun phrase ("Do these come in size 10…", "Do any of
 * your stores open…", "Do my points expire…"): "these"/"those", or a determiner and a plural noun (a question's "do"
 * agrees with a plural subject; an imperative's object is mostly singular: "Do your job", "Do the right thing"), after
 * an optional "any of"/"all of"…, followed by a further word (the question's verb) that is no adverb, preposition or
 * conjunction and no end of the clause, which close an imperative's object ("Do these for me now", "Do the repairs now").
 */
const NOT_VERB_AFTER = String.raw`(?:now|today|tonight|tomorrow|asap|already|again|right|first|instead|too|then|here|there|yet|soon|ever|anymore|at|by|for|from|in|into|on|onto|of|off|to|with|without|within|before|after|or|and|but|so|as|like|until|till|please|pls|plz|[a-z]+ly)\b`;
const DO_SUBJECT = String.raw`(?:(?:any|all|some|most|both|none|each|either|neither|many|few)\s+of\s+)?(?:these|those|(?:the|these|those|my|our|your|their|his|her|its|all|any|some|most|both|many|few|other)\s+(?:[a-z'’-]+\s+){0,2}?[a-z'’-]*[a-z](?<![siu])s)\s+(?!${NOT_VERB_AFTER})[a-z]`;
const ASKS_HELP = new RegExp(
  String.raw`\b(?:help|assist\w*|advi[cs]e|ideas?|tips?|suggestions?|${THANKS_WORD}|thank|appreciate\w*)\b|\?|^\s*(?:(?:hi|hello|hey|dear|ok|okay|so|also|and|please|pls)\b[\s,!.]*)*(?:(?:is|are|was|were|does|did|can|could|will|would|should|has|what|how|where|which|who)\b|(?:do|have)\s+${ASKED_SUBJECT}\b|do\s+${DO_SUBJECT})`,
  'i',
);

/**
 * Session 30: a sentence that tells the company what to do — it names the company or its people (namesCompany: "your
 * maps", "you") and asks no help, thanks or question (ASKS_HELP): "Update your maps!!!!", "Please change your hours
 * on the website too!!!!". Session 31: or it opens with an imperative (mood-words.ts IMPERATIVE_OPENING: "Please do it
 * now!!!!", "Just fix it!!!!"), which is said to whoever serves the customer though it names no one. With a pile of "!"
 * it is a demand raised in voice (RULINGS U1: emphatic punctuation on a complaint), not a plea. `handle`: the message
 * addresses someone by @handle.
 */
function demand(sentence: string, handle: boolean): boolean {
  return (namesCompany(sentence, handle) || IMPERATIVE_OPENING.test(sentence)) && !ASKS_HELP.test(sentence);
}

/** Swear abbreviations of the upset cues: letters that also occur inside chip, model and file names. */
const SWEAR_ABBREVIATION = /^(?:wth|wtf|omg|omfg|smh|ffs|fml|bs)$/i;
/** Words after which a "wth" mid-sentence reads as a dropped vowel of "with": a determiner or a name. */
const WITH_OBJECT = /^(?:the|a|an|my|our|your|this|that|these|those|its|their|his|her|some|no|any)$/i;

/**
 * Session 21b (calm technical reports; replies-lwifi.md): a swear abbreviation of the upset cues
 * (SWEAR_ABBREVIATION) that is no swear — glued to a name ("RTL8852BS", "8822cs/bs", "build.bs": a letter,
 * digit, "/", "_" or "." right before or a letter, digit, "/" or "_" right after), or "wth" in mid-clause
 * before a name with a digit or "_" or a determiner ("an issue wth ath12k", "works wth the old board"), where
 * it is "with" typed short. A sentence-initial "WTH is this?" or "this is BS!" stays a swear.
 * `h`: a cue hit (offsets into view.scan). Pure; English.
 */
export function abbreviationInName(view: TextView, h: { start: number; end: number }): boolean {
  const word = view.scan.slice(h.start, h.end);
  if (!SWEAR_ABBREVIATION.test(word)) return false;
  const before = view.scan[h.start - 1] ?? '';
  const after = view.scan[h.end] ?? '';
  if (/[\p{L}\p{N}_/.]/u.test(before) || /[\p{L}\p{N}_/]/u.test(after)) return true;
  if (word.toLowerCase() !== 'wth') return false;
  const prev = /([\p{L}\p{N}_]+)[ \t]+$/u.exec(view.scan.slice(Math.max(0, h.start - 40), h.start));
  const next = /^[ \t]+([\p{L}\p{N}_./-]+)/u.exec(view.scan.slice(h.end, h.end + 60));
  if (!prev || !next) return false;
  return /[\p{N}_]/u.test(next[1]!) || WITH_OBJECT.test(next[1]!);
}
