// Words the method says to avoid, each flagged where it stands with rewrites to offer instead.
import { finding, type Judge, type Judged, type NameForm, type RuleCompiler } from './rule';
import { readLimitAt } from '../clause-reading';
import { isSupportPage, onlyTheirOwnMailboxes, supportMailboxesIn, supportPathsIn, thirdPartyContactsIn } from '../negative-place';
import { fitRewrites } from '../fit/rewrite';
import type { Hit } from '../matchers';
import { sentenceAt, type TextView } from '../text';
import type { Fix, Span } from '../types';
import type { Rule } from '../../rule-pack/schema';

type PhraseAvoid = Extract<Rule, { type: 'phrase-avoid' }>;

export const compilePhraseAvoid: RuleCompiler<PhraseAvoid> = (rule, table) => {
  const phrases = table.addList(rule.phrases);
  const except = table.addList(rule.except, 'except');
  const urls = rule.support_places === true ? table.addList(['{url}'], 'support_places') : null;
  const unlessAfter = rule.unless_after ? table.addList(rule.unless_after, 'unless_after') : null;
  const onlyBy = rule.followed_only_by ? table.addList(rule.followed_only_by, 'followed_only_by') : null;
  const explained = rule.skip_readings?.includes('explanation') === true;
  return {
    rule,
    judge(j) {
      let reach = -1;
      const footer = j.view.footer;
      // Overlapping phrases of one rule ("can't", "can't make any promises") give one finding. Session 20
      // (judge-c): a standing footer under the signature ("Contact our billing team at billing@…") is not wording
      // the agent chose for this customer (text.ts TextView.footer); nothing in it is flagged.
      let hits = j.hits(phrases, except, rule.scope);
      if (urls !== null) {
        // S37 (judge-c): a mailbox of the customer's own people ("to your accountant at jane@…") is their step, no channel (N1).
        hits = hits.filter((h) => !onlyTheirOwnMailboxes(j.view.scan, h.start, h.end));
        // S34 (judge-c): a support channel's web address or in-app menu path, by its shape, sends the customer there
        // (negative-place.ts); an except phrase over a path cancels it as it cancels a phrase.
        const channels = j.hits(urls, except, rule.scope).filter((h) => isSupportPage(j.view.scan.slice(h.start, h.end)));
        // Read in the original text, as a path that ends the reply ("… via Settings - Support") reads like a "- Name"
        // sign-off there and is blanked in the scan: a path counts when it starts in the agent's own words.
        const { original, scan } = j.view;
        const paths = supportPathsIn(original).filter((p) => scan[p.start] === original[p.start]);
        // S36 (judge-c): a mailbox the customer is asked to write to after a bracket or an aside (negative-place.ts), where
        // no phrase found the sentence already (a phrase's own span stays the finding).
        paths.push(...supportMailboxesIn(scan).filter((m) => !hits.some((h) => h.start < m.end && m.start < h.end)));
        // S37 (judge-c): advice to take the case to another party named by a capitalised name ("report this to Lenovo").
        paths.push(...thirdPartyContactsIn(scan).filter((m) => !hits.some((h) => h.start < m.end && m.start < h.end)));
        if (paths.length > 0) {
          const cancel = j.hits(except);
          for (const p of paths) if (!cancel.some((c) => c.start < p.end && p.start < c.end)) channels.push({ ...p, entry: -1 });
        }
        if (channels.length > 0) hits = [...hits, ...channels].sort((a, b) => a.start - b.start || b.end - a.end);
      }
      let kept = hits.filter((h) => {
        if (h.start < reach) return false;
        if (footer !== undefined && h.start >= footer.start && h.start < footer.end) return false;
        reach = h.end;
        return true;
      });
      // A limit (never a redirect) that explains how a third thing works, unless the customer asked whether they can (how-to).
      if (explained && kept.some((h) => LIMIT_WORD.test(j.view.scan.slice(h.start, h.end)))) {
        const asked = j.situations?.()?.includes('how-to') === true;
        kept = kept.filter((h) => !LIMIT_WORD.test(j.view.scan.slice(h.start, h.end)) || readLimitAt(j.view, h.start, h.end, asked) !== 'explanation');
      }
      if (unlessAfter !== null && kept.length > 0) {
        const after = j.hits(unlessAfter);
        if (after.length > 0) kept = kept.filter((h) => !liftedAfter(j.view, h, after));
      }
      if (onlyBy !== null && kept.length > 0) {
        // Fix48 (fix-n, reviewer-1 finding 1): a bare answer counts only when nothing but a courtesy follows it.
        const courtesy = j.hits(onlyBy);
        kept = kept.filter((h) => !saysMoreAfter(j.view, h, courtesy));
      }
      const findings = kept.map((h) => {
        const rewrites = table.rewritesOf(h.entry) ?? withTicket(rule, j) ?? [];
        const fits = fitAll(j.view.original, h, rewrites, j.customerName, j.nameForm);
        return finding(rule, h, j.view, {
          actual: j.view.original.slice(h.start, h.end),
          ...(fits.length ? { expected: fits.map((f) => f.label), fixes: fits.map((f) => f.fix) } : {}),
        });
      });
      // evidence only when there is a finding, as the last field (no spread of a throwaway object per judge).
      const out: Judged = { fired: findings.length > 0, findings };
      if (findings[0]) out.evidence = findings[0].span;
      return out;
    },
  };
};

/** Sentences after a limit's own in which an `unless_after` phrase still answers it ("… isn't implemented yet. I have other patches first. I will add it after them"). */
const AFTER_REACH = 2;

/**
 * A hedge that opens a clause ("I think", "we believe", "I'm afraid"): the speaker's stance, not the subject of the
 * limit after it ("I think the chip can't do this" is the chip's limit).
 */
const HEDGE = /\b(?:I|we)(?:\s+(?:do\s+not|don['’]t))?\s+(?:think|believe|guess|suspect|suppose|fear|expect|know)\b|\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:afraid|not\s+sure|sure)\b/giu;
/** The first person as a subject or owner on our side: a refusal or a policy of ours ("we don't ship", "our plan doesn't include"). */
const FIRST_PERSON = /(?<![\p{L}\p{N}_'’-])(?:I|we|us|our|I['’](?:m|ve|ll|d)|we['’](?:re|ve|ll|d))(?![\p{L}\p{N}_'’-])/iu;
/** A word that makes a clause a limit (negated, restricted or hard); a redirect ("your bank is the best place to ask") has none. */
const LIMIT_WORD = /(?<![\p{L}])(?:not|no|never|nothing|cannot|unable|only|impossible|hard|difficult)(?![\p{L}])|n['’]t(?![\p{L}])/iu;

/**
 * Whether limit `h` is answered by an `unless_after` hit (`after`) that follows it, in its sentence or the next
 * AFTER_REACH: a limit of the product the reply goes on to lift (RULINGS N1: nothing is denied; "P2P mode isn't
 * implemented yet. I will bring it back"). Only a limit (LIMIT_WORD in the match: a redirect is no limit) whose clause
 * has no first person: "we don't ship there yet, but we will add it" keeps the refusal of ours (LABELING's policy
 * refusals).
 */
function liftedAfter(view: TextView, h: Hit, after: readonly Hit[]): boolean {
  // A redirect says where to go, not what the product lacks: only a negated or restricted clause is a limit.
  if (!LIMIT_WORD.test(view.scan.slice(h.start, h.end))) return false;
  const i = sentenceAt(view, h.start);
  if (i === -1) return false;
  const last = Math.min(view.sentences.length - 1, i + AFTER_REACH);
  const until = view.sentences[last]!.end;
  if (!after.some((w) => w.start >= h.end && w.start < until)) return false;
  const from = view.sentences[i]!.start;
  let clause = view.scan.slice(from, h.end);
  const cut = Math.max(clause.lastIndexOf(',', h.start - from), clause.lastIndexOf(';', h.start - from), clause.lastIndexOf(':', h.start - from));
  if (cut !== -1) clause = clause.slice(cut + 1);
  return !FIRST_PERSON.test(clause.replace(HEDGE, ' '));
}

/** The rest of a clause: up to its punctuation or the end of its line. */
const CLAUSE_REST = /^[^\n.,;:!?…]*/u;
/** A letter or digit: a word the reply goes on with. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Whether the reply says more after hit `h` than the `followed_only_by` phrases (`courtesy`, hits in text order): any
 * letter or digit outside them from the end of the hit's clause up to the end of the agent's words (the scan blanks quoted history
 * and the signature; a standing footer under it, TextView.footer, is not read). "No, not really. Thanks for asking!"
 * says no more; "No, not really. Do you have the error code?" does (fix48, reviewer-1 finding 1).
 */
function saysMoreAfter(view: TextView, h: Hit, courtesy: readonly Hit[]): boolean {
  const text = view.scan;
  const end = view.footer !== undefined && view.footer.start >= h.end ? view.footer.start : text.length;
  // A hit that ends in a word: the answer's clause runs on to its punctuation ("Not from within the| plugin.").
  let at = h.end;
  if (h.end > h.start && WORDLIKE.test(text[h.end - 1]!)) at += CLAUSE_REST.exec(text.slice(h.end, end))?.[0].length ?? 0;
  for (const c of courtesy) {
    if (c.end <= at) continue;
    if (c.start >= end) break;
    if (c.start > at && WORDLIKE.test(text.slice(at, c.start))) return true;
    at = c.end;
  }
  return at < end && WORDLIKE.test(text.slice(at, end));
}

/**
 * The rule's rewrites for this ticket: those of `rewrites_for` whose situation the ticket is in (all of
 * them when there is no customer message to read), then `rewrites`. Issue 14: "You're welcome" answers
 * a thank-you; after "Sorry, I'm not very techy" the no-problem rule offers "Happy to help".
 */
function withTicket(rule: PhraseAvoid, j: Judge): string[] | undefined {
  if (!rule.rewrites_for?.length) return rule.rewrites;
  const sits = j.situations?.();
  const out: string[] = [];
  for (const r of rule.rewrites_for) if (!sits || r.situations.some((s) => sits.includes(s))) out.push(...r.rewrites);
  out.push(...(rule.rewrites ?? []));
  return out;
}

/** The rewrites that fit where the phrase stands, each with the edit Apply makes (one per distinct result). */
function fitAll(text: string, hit: Span, rewrites: readonly string[], name: string | undefined, nameForm: NameForm | undefined): { label: string; fix: Fix }[] {
  if (rewrites.length === 0) return [];
  return fitRewrites(text, hit, rewrites, { name, nameForm }).map((f) => ({
    label: f.label,
    fix: { span: f.span, actual: text.slice(f.span.start, f.span.end), text: f.text },
  }));
}
