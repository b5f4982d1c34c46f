// Two readings of the sentence around a teach match, which the teach rules skip (`skip_readings` in the pack).
//
// `fact`: whether a teach match sits in a sentence that states a plain fact: a price, where or for whom something is
// available, or how often or when it happens (RULINGS T1: "plain facts (yes/no confirmations, availability, prices,
// opening hours and other schedules, timing, definitions)" do not teach). "Our service is available only in select
// cities", "Storage costs $1 per GB after the first 60 GB", "Ads show only once every 18 hours" state what is offered,
// not why anything happened or how anything works. The same words with a mechanism ("the app syncs only over Wi-Fi
// because mobile data is off", "the price drops so that the sale applies", "sync depends on the phone being online once
// a day") still teach: a cause, consequence, dependency or condition word anywhere in the sentence keeps the match.
//
// `routing`: whether the step a how-to match names is one addressed to us: sending, writing or forwarding something to
// us, our team or support, or giving feedback ("you can send the team feedback by going to Menu > About", "please
// connect with us via email", "we'll forward it to the relevant team to ensure …"). RULINGS T2: routing to another
// team, and a step that only gets us information, teach nothing; the pack's phrase lists name single channels
// ("contact us", "live chat"), this reads the verb and who receives. A step said for our exchange with the customer (so
// we hear back, or to mark our reply as the answer) is addressed to us too, and so is a step that only finds
// information for us, a version or a log (S35; T2: "where to find the version or the logs"). Pure.
import { formsOf } from './inflect';
import { TIME_UNITS } from './mood-words';
import { EMAIL_SOURCE, SUPPORT_WORDS, THEIR_ADDRESS, THEIR_DEPARTMENT, YOUR_PEOPLE, YOUR_PEOPLE_BEFORE } from './negative-place';
import { sentenceAt, type TextView } from './text';
import { alternationOf, CASE_NOUNS, compileWordClasses, PROGRESS_PARTICIPLES, REPAIR_VERBS } from './word-classes';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';

// A price: a currency sign or code next to a number, a number of money units, or a price word.
const PRICE = /[$€£₹¥]\s?\d|\d\s?(?:usd|eur|gbp|inr|dollars?|euros?|pounds?|rupees?|cents?)\b|\b(?:price|prices|priced|pricing|cost|costs|fee|fees|charge\s+of|per\s+(?:gig|gb|tb|seat|licen[cs]e))\b/iu;
// Where or for whom something is offered: "available/offered/live/launched" with a place, a platform or a group.
const AVAILABILITY = /\b(?:available|unavailable|offered|launched|operational|serviceable)\s+(?:only\s+|just\s+|currently\s+|now\s+)?(?:in|on|for|to|at|across|within)\b/iu;
// How often or when: "every 18 hours", "once a day", "twice per month", "2/day", "between 9 and 5", "opening hours".
const SCHEDULE = new RegExp(
  String.raw`\b(?:every|each)\s+(?:\d+\s+|few\s+|other\s+)?(?:${TIME_UNITS}|years?)\b|\b(?:once|twice|\d+\s+times?)\s+(?:a|an|per|every)\s+(?:${TIME_UNITS}|year)\b|\d\s?\/\s?(?:day|week|month|year|hour)\b|\bbetween\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+and\s+\d{1,2}\b|\bopening\s+hours\b`,
  'iu',
);
// A cause, a consequence, a dependency or a condition of use in the same sentence: then the sentence explains, not only
// states ("fares are based on demand, so prices change", "how often it syncs depends on the device"). A clause that says
// why or what follows ("…, which is why the event showed late", "that's the reason …", "the reason is …", "as a result
// …") is a cause too.
const MECHANISM =
  /(?:[,;]\s*(?:and\s+)?so\b)|\b(?:which|that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:\w+\s+)?(?:why|how\s+come|the\s+reason)\b|\b(?:because|since|the\s+reason\s+(?:is|was|for|why|that)|due\s+to|caused|so\s+that|as\s+a\s+(?:result|consequence)|consequently|thus|so\s+(?:it|the|this|that|your|you)|depend(?:s|ing)?\s+on|based\s+on|rel(?:y|ies)\s+on|requires?|which\s+means|that\s+means|this\s+means|otherwise|therefore|hence|unless|until|as\s+soon\s+as|(?:if|when|after|before|whenever)\s+(?:you|your|the|it|a|an|they|there)|once\s+(?:you|your|the|it|they|there))\b/iu;

/** The text of the agent's sentence holding `offset` (an offset into `view.scan`), or null outside them. */
function sentenceText(view: TextView, offset: number): string | null {
  const i = sentenceAt(view, offset);
  if (i < 0) return null;
  const { start, end } = view.sentences[i]!;
  return view.scan.slice(start, end);
}

/**
 * True when the sentence holding `offset` (a teach match's start, an offset into `view.scan`) states a price, an
 * availability or a schedule (PRICE, AVAILABILITY, SCHEDULE above) and names no cause, consequence, dependency or
 * condition (MECHANISM). False outside the agent's sentences.
 */
export function readsAsPlainFact(view: TextView, offset: number): boolean {
  const s = sentenceText(view, offset);
  return s !== null && (PRICE.test(s) || AVAILABILITY.test(s) || SCHEDULE.test(s)) && !MECHANISM.test(s);
}

// Verbs of getting something to someone, in all their forms (verbForms, inflect.ts). "Share" and "connect" also take
// the customer's own team ("share the board with the team"), so only they need a receiver of ours.
const SEND_VERBS = formsOf(['send', 'give', 'write', 'reach', 'contact', 'email', 'message', 'forward', 'submit', 'report', 'talk', 'speak', 'chat', 'dm', 'pass']).join('|');
const WITH_VERBS = formsOf(['share', 'connect', 'discuss']).join('|');
// Up to two words between the verb and who receives ("send the mobile team", "forward it to the relevant team", "reach
// out to our support team").
const GAP = String.raw`\s+(?:out\s+|on\s+|back\s+|directly\s+)?(?:[\w-]+\s+){0,2}?(?:(?:to|with)\s+)?`;
// Receivers that are ours: us, me, our people, support, customer care, or an e-mail address (S35: "please email
// stay@hotel.example for the best rates" hands the customer to a channel, T2 routing, like "email us").
const OURS = String.raw`(?:us|me|our\s+(?:[\w-]+\s+){0,2}(?:team|teams|support|staff|agents?|developers|devs|experts|specialists)|(?:customer\s+)?(?:support|care)(?:\s+(?:team|desk|staff))?|${EMAIL_SOURCE})`;
// S35 fix (T2): an address is the customer's own, no channel of ours, when it spells "your" (a placeholder such as
// admin@yourcompany.com) or when the sentence names the customer's own people ("… so your admin can review it").
const EMAIL = new RegExp(EMAIL_SOURCE, 'gu');
// S36 (judge-a, narrowed by the lead after the prober): telling us by opening a channel is a step addressed to us: "please
// let us know by opening a new issue in the support forums", "tell us by filing a ticket" (T2 routing; R-X3, the support
// team's own channels). Only a verb that opens a thread, ticket or post counts: "let us know via this thread / by email /
// by replying here if it helps" after a how-to names the way back, and the sentence's how-to stands; "by Friday" is a
// deadline (S36 fix-d).
const TELL_US_BY = String.raw`(?:let\s+(?:us|me)\s+know|tell\s+(?:us|me)|inform\s+(?:us|me)|notify\s+(?:us|me))\s+by\s+(?:opening|creating|filing|submitting|posting|starting|raising|leaving|logging)\b`;
const TO_US = new RegExp(
  String.raw`\b(?:${TELL_US_BY}|(?:${SEND_VERBS}|get\s+in\s+touch)${GAP}(?:${OURS}|the\s+(?!(?:[\w-]+\s+)?${THEIR_DEPARTMENT}\s+(?:team|teams|staff)\b)(?:[\w-]+\s+){0,2}(?:team|teams|developers|devs|staff))|(?:${WITH_VERBS})${GAP}${OURS}|(?:send|give|share|submit|leave)\s+(?:[\w-]+\s+){0,3}?feedback)\b`,
  'iu',
);
// The address is said for them: after it ("… so your admin can review it", "for your finance team") or right before
// it ("your admin at admin@…"). "Have your team email support@…" names them as who sends, not who receives.
const FOR_YOUR_PEOPLE_AFTER = new RegExp(String.raw`^\S*\s+(?:\S+\s+){0,4}?(?:so|for|and)\s+(?:that\s+)?${YOUR_PEOPLE}`, 'iu');

/** `s` (a sentence) with each e-mail address that is the customer's own (THEIR_ADDRESS, YOUR_PEOPLE) blanked to "x". */
function withoutTheirAddresses(s: string): string {
  return s.replace(EMAIL, (a: string, at: number) =>
    THEIR_ADDRESS.test(a) || FOR_YOUR_PEOPLE_AFTER.test(s.slice(at + a.length)) || YOUR_PEOPLE_BEFORE.test(s.slice(0, at)) ? 'x' : a,
  );
}

// A step said for our exchange with the customer: so we hear back, or to mark our reply as the answer ("you can enable
// comments on your review, I look forward to hearing from you", "if my reply answers your question, click Accept").
const FOR_OUR_EXCHANGE =
  /\b(?:hear(?:ing)?\s+(?:back\s+)?from\s+you|(?:reply|response|post|answer|this)\s+(?:\w+\s+)?(?:answers|answered|resolves|resolved)\s+your\s+(?:question|issue)|(?:mark|accept)\s+(?:it|this|my\s+\w+|the\s+\w+)\s+as\s+(?:an?\s+|the\s+)?(?:answer|solution|solved|resolved))\b/iu;

// S35 (judge-a): what a step that only gets us information finds (RULINGS T2: "how-tos that only help the customer send
// the agent information (where to find the version or the logs)"): a version, a build, serial or model number, a log,
// a crash report, an error code.
const INFO_OBJECT = String.raw`(?:(?:[\w.-]+\s+){0,2}?(?:version|versions|build\s+number|serial\s+number|model\s+number|logs?|log\s+files?|crash\s+reports?|error\s+codes?))\b`;
// The step names that information as what it finds: "you can find the version under Help > About", "check which
// firmware version is installed in Device Manager" (S40: also "look at / in / through the service logs").
const FINDS_INFO = new RegExp(
  String.raw`\b(?:find|check|see|look\s+up|look\s+(?:at|in|through|into)|locate|view|read|confirm|get)\s+(?:out\s+)?(?:the|your|its|which|what)\s+${INFO_OBJECT}`,
  'iu',
);
// S38 (judge-a): a step that turns on more diagnostic output only gets us information (RULINGS T2: "how-tos that only help
// the customer send the agent information"; corpus-extra R-WL1: "settings that only gather information (debug masks,
// no_console_suspend, trace-cmd)"): "you can enable additional kernel messages using echo …", "turn on debug logging in
// Settings > Advanced", "increase the log level to 7", "the messages you can enable"; the kernel's dynamic debug is only
// ever that. A bare "output" or "messages" counts only with a debug word before it, so "increase the output volume"
// stays a how-to.
const MORE_OUTPUT = new RegExp(
  String.raw`\b(?:enabl(?:e|es|ed|ing)|turn(?:s|ed|ing)?\s+on|switch(?:es|ed|ing)?\s+on|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|bump(?:s|ed|ing)?(?:\s+up)?)\s+(?:the\s+|some\s+|all\s+)?(?:(?:additional|more|extra|full|detailed)\s+)?(?:(?:kernel|debug|debugging|verbose|driver|dynamic|dynamic[\s-]debug)\s+(?:messages|logs?|logging|output|prints|printks?|tracing|traces?|tracepoints?|trace\s+events?)|(?:debug\s+|verbose\s+)?logging|debug(?:ging)?|tracing|verbosity|log[\s-]?level)\b|\b(?:messages|logging|traces?)\s+(?:that\s+|which\s+)?(?:you\s+can|can\s+be|to)\s+(?:enable|turn\s+on|switch\s+on)\b|\b(?:dyndbg|dynamic[\s_-]debug)\b`,
  'iu',
);
// S40 (judge-t): a step said to serve our diagnosis only gets us information too (RULINGS T2: "how-tos that only help the
// customer send the agent information"; corpus-extra R-WL1 "settings that only gather information"; the README's "a
// how-to that only gathers information … not teach"). Its purpose is named in the step's sentence or the next one:
// debugging or tracking the fault ("that could help track the issue down", "from there it is easier to debug"), our
// seeing or checking something ("so we can see where it hangs"), more output given to us ("to give us a more detailed
// error message"), or posting the output or the result ("and paste the output here"). A step that fixes or avoids the
// problem names none of these. S40 review (fix-t), T2: more output said without a receiver ("you can see more details
// under Billing", "to get more information about your plan, open …") is the customer's own look-up and still teaches,
// unless a debug or verbose switch produces it (R-WL1).
// More output or information (a source fragment): "more detailed error messages", "some more logs".
const MORE_INFO = String.raw`(?:a\s+|the\s+|some\s+)?(?:more|fuller|full|complete)\s+(?:(?:complete|detailed|verbose|useful|informative)\s+)?(?:error\s+)?(?:messages?|output|logs?|information|info|details|backtraces?|traces?)\b`;
// Posting the output or the result back to us (a source fragment): "paste the output here", "attach the logs to this thread".
const POSTS_BACK = String.raw`\b(?:post|paste|attach|upload|share|send|include|provide|report)\s+(?:\w+\s+){0,2}?(?:output|results?|dmesg|logs?|traces?|backtraces?|dumps?)\s+(?:here|back|to\s+(?:us|me|the\s+list|this\s+thread)|in\s+(?:this|the|your)\s+(?:thread|reply|bug|ticket)|on\s+the\s+list)\b`;
// A debug or verbose switch, and getting more output (source fragments), read together across the step and its next sentence.
const DEBUG_SWITCH = String.raw`\b(?:debug|verbose|trace)\b`;
const GETS_MORE = String.raw`\b(?:get|see|have)\s+${MORE_INFO}`;
// The two as expressions, made once (readsAsGathering runs for every how-to match of every draft).
const DEBUG_SWITCH_RE = new RegExp(DEBUG_SWITCH, 'iu');
const GETS_MORE_RE = new RegExp(GETS_MORE, 'iu');
const FOR_DIAGNOSIS = new RegExp(
  String.raw`\bhelps?\s+(?:us\s+|me\s+|you\s+)?(?:in\s+|with\s+)?(?:track(?:ing)?|debug(?:ging)?|diagnos(?:e|ing|is)|narrow(?:ing)?\s+(?:it\s+|this\s+|things\s+)?down|pinpoint(?:ing)?|investigat(?:e|ing|ion))\b|\b(?:easier|possible|able)\s+to\s+(?:debug|diagnose|track|narrow|pinpoint|investigate|tell\s+(?:what|where|why))\b|\bso\s+(?:that\s+)?(?:we|I)\s+can\s+(?:see|check|look|tell|verify|confirm|debug|figure\s+out|investigate|narrow|diagnose|compare|pinpoint)\b|\b(?:give|send)\s+(?:us|me)\s+${MORE_INFO}|${POSTS_BACK}|${DEBUG_SWITCH}.*${GETS_MORE}`,
  'iu',
);
// S40 (judge-t): words of a fix or its effect: a step said to do one of these is no gathering step, whatever follows it.
// The repair verbs are word-classes.ts' REPAIR_VERBS (S43, judge-t: one list with FAULT_FIX_VERBS), in all their forms
// (formsOf), with the verbs of getting round or keeping a fault away added ("solve", "avoid", "prevent", "clear", "work
// around", "get rid of", "make it work") and "stop"; "stop" counts only with a fault as its object ("stops the freezing",
// "stop it from crashing"), since "stop the service" or "where it stops" gathers too.
const STOPS = formsOf(['stop']).join('|');
const FIXES = new RegExp(
  String.raw`\b(?:${formsOf([...REPAIR_VERBS, 'solve', 'avoid', 'prevent', 'clear', 'work around', 'get rid of', 'make it work']).join('|')}|workaround|(?:${STOPS})\s+(?:it|this|that|them)\s+from|(?:${STOPS})\s+(?:the\s+|these\s+|those\s+|your\s+|any\s+|all\s+)?(?:[\w-]+\s+)?(?:freez\w*|crash\w*|hangs?|hanging|lockups?|errors?|issues?|problems?|bugs?|faults?|failures?|glitch\w*|flicker\w*|lag\w*|stutter\w*|disconnect\w*|drops?))\b`,
  'iu',
);

// S38 review (fix-b), T2: the same verbs toward less output are a fix, not a gathering step: a level raised from a
// verbose one or to a quieter one ("raise the log level from debug to warning"), the aim being fewer messages.
const LESS_OUTPUT =
  /\b(?:log[\s-]?level|verbosity|logging)\s+(?:from\s+(?:debug|verbose|trace|all)\b|(?:up\s+)?to\s+(?:warn(?:ing)?s?|errors?|critical|fatal|quiet|silent|none|off)\b)/iu;

// The step points back at the sentence before ("You can do that by going to Project > Properties", "you'll find it
// under Help"); then that sentence says what the step is for.
const POINTS_BACK = /\b(?:do|check|find|see|get|view)\s+(?:that|this|it|so)\s+(?:by|via|in|under|from|at|through|with)\b/iu;
// S35 fix (T2): the sentence before asks for the information only as a question or a request to tell or send it
// ("Which version are you on?", "let me know / we need / please send your build number"); "Please upgrade to the
// latest version." asks none.
const ASKS_INFO = new RegExp(String.raw`\b(?:what|which|the|your)\s+${INFO_OBJECT}`, 'iu');
const REQUESTS = /\?\s*$|\b(?:tell|let)\s+(?:me|us)\b|\b(?:send|share|give|provide)\s+(?:me|us)\b|\b(?:need|please\s+(?:send|provide|share|check|confirm|find|look|include|attach)|could\s+you|can\s+you|would\s+you)\b/iu;

// S35 (judge-a): an on-screen control, quoted (quotes are blanked in `scan`), whose label is one of our channels: "click the “Contact Us” button at
// the bottom of the page", "tap 'Help & Support'", "choose 'Send feedback'". The path leads to us (T2 routing; R-X3:
// the support team's own channels), however exact its steps. The labels: SUPPORT_WORDS (negative-place.ts) and a few more.
const ROUTING_LABEL = new RegExp(
  String.raw`^[\s"“'‘]*(?:${SUPPORT_WORDS}|contact(?:\s+support)?|give\s+(?:us\s+)?feedback|get\s+help|need\s+help|help\s+cent(?:er|re))[\s.!"”'’]*$`,
  'iu',
);

/** True when a quoted label (view.quotes, read in `view.original`) inside sentence span `start`–`end` is ROUTING_LABEL. */
function quotesRoutingControl(view: TextView, start: number, end: number): boolean {
  return view.quotes.some((q) => q.start >= start && q.end <= end && ROUTING_LABEL.test(view.original.slice(q.start, q.end)));
}

/**
 * True when the sentence holding `offset` (a how-to match's start) says how to find information for us: it names a
 * version, a number, a log or an error code as what the step finds (FINDS_INFO), it turns on more diagnostic output
 * (MORE_OUTPUT, S38; not toward less, LESS_OUTPUT), or it points back (POINTS_BACK) at
 * the agent's sentence before, which asks about one (ASKS_INFO). RULINGS T2 counts these steps out. False outside the
 * agent's sentences.
 */
function readsAsGathering(view: TextView, offset: number): boolean {
  const i = sentenceAt(view, offset);
  if (i < 0) return false;
  const { start, end } = view.sentences[i]!;
  const s = view.scan.slice(start, end);
  if (FINDS_INFO.test(s) || (MORE_OUTPUT.test(s) && !LESS_OUTPUT.test(s)) || (FOR_DIAGNOSIS.test(s) && !FIXES.test(s))) return true;
  // S40 (judge-t): the sentence after says the step serves our diagnosis ("Enable X. That could help track the issue."),
  // unless either says it fixes or avoids something ("… That fixed it for us, and makes it easier to debug").
  const after = view.sentences[i + 1];
  const next = after === undefined ? '' : view.scan.slice(after.start, after.end);
  const moreFromSwitch = DEBUG_SWITCH_RE.test(s) && GETS_MORE_RE.test(next);
  if ((FOR_DIAGNOSIS.test(next) || moreFromSwitch) && !FIXES.test(next) && !FIXES.test(s)) return true;
  if (i === 0) return false;
  const before = view.sentences[i - 1]!;
  const lead = view.scan.slice(before.start, before.end);
  // S40 (judge-t): a command introduced by a gathering step with a colon ("check the service's logs: systemctl status …").
  if (/:\s*$/u.test(lead) && !FIXES.test(s) && !MECHANISM.test(s) && (FINDS_INFO.test(lead) || (MORE_OUTPUT.test(lead) && !LESS_OUTPUT.test(lead)) || FOR_DIAGNOSIS.test(lead))) return true;
  if (!POINTS_BACK.test(s)) return false;
  const asked = view.original.slice(before.start, before.end);
  return ASKS_INFO.test(lead) && REQUESTS.test(asked);
}

// S43 (judge-t): a step on something we made or sent for this case is a one-off action on the ticket, not a method the
// customer can reuse (RULINGS T2 "how to do something the customer asked how … or how to fix or avoid their problem",
// in their own words; the lead's list of kinds: "click the link I sent", "download the attached files and replace …"):
// "click on the reset link in the email we sent you", "fill in the form I attached", "install the attached build",
// "use the code we gave you at checkout". What we sent or attached, named as such (OUR_SENT_THING), within a few words
// after a step verb (STEP_ON_SENT). A cause in the same sentence (SENT_STEP_CAUSE) keeps it: "open the file I attached,
// because the one you have still points at the old server" explains (T1).
const SENT_NOUNS = String.raw`(?:link|links|email|e-mail|mail|message|file|files|form|forms|invite|invitation|code|codes|patch|patches|build|builds|attachment|attachments|document|documents|zip|package|label|voucher|coupon|key|licen[cs]e\s+key|instructions)`;
const OUR_SENT_THING = String.raw`(?:(?:the|this|that|these|those|our|my)\s+(?:[\w-]+\s+){0,2}?${SENT_NOUNS}\s+(?:that\s+|which\s+)?(?:I|we)(?:['’]ve|\s+have|\s+had)?\s+(?:just\s+|already\s+|now\s+|also\s+|earlier\s+)?(?:sent|emailed|e-mailed|attached|shared|provided|gave|given|posted|forwarded|uploaded|created|generated|issued)|(?:the\s+|these\s+)?attached\s+(?:[\w-]+\s+)?${SENT_NOUNS})\b`;
const STEP_ON_SENT = new RegExp(
  String.raw`\b(?:click|tap|press|follow|open|use|download|install|apply|replace|run|fill|sign|complete|accept|enter|copy|extract|unzip|print|load|flash|put|paste|redeem|activate)\s+(?:on\s+|in\s+|out\s+|with\s+)?(?:[\w-]+\s+){0,5}?${OUR_SENT_THING}`,
  'iu',
);
const SENT_STEP_CAUSE = /\b(?:because|since|due\s+to|caused\s+by|the\s+reason|so\s+that|which\s+means|that\s+means)\b/iu;

/**
 * True when the sentence holding `offset` (a how-to match's start) is a step on something we made or sent for this case
 * (STEP_ON_SENT: "click the link I sent", "download the attached files") and gives no cause (SENT_STEP_CAUSE): a one-off
 * action on the ticket, not a method (S43). False outside the agent's sentences.
 */
function readsAsOneOff(view: TextView, offset: number): boolean {
  const s = sentenceText(view, offset);
  return s !== null && STEP_ON_SENT.test(s) && !SENT_STEP_CAUSE.test(s);
}

/**
 * True when the sentence holding `offset` (a how-to match's start, an offset into `view.scan`) names a step addressed
 * to us: a verb of sending, writing or contacting with us, our team or support as who receives, giving feedback
 * (TO_US above; an e-mail address counts as us unless it is the customer's own, withoutTheirAddresses), a step for our exchange with the customer (FOR_OUR_EXCHANGE), a quoted
 * control named for one of our channels (ROUTING_LABEL, S35), a step that only finds information for us
 * (readsAsGathering, S35), or a one-off step on something we sent for this case (readsAsOneOff, S43). False outside the
 * agent's sentences.
 */
export function readsAsRouting(view: TextView, offset: number): boolean {
  const i = sentenceAt(view, offset);
  if (i < 0) return false;
  const { start, end } = view.sentences[i]!;
  const s = view.scan.slice(start, end);
  return TO_US.test(withoutTheirAddresses(s)) || FOR_OUR_EXCHANGE.test(s) || quotesRoutingControl(view, start, end) || readsAsGathering(view, offset) || readsAsOneOff(view, offset);
}

/**
 * True when the match `start`–`end` (offsets into `view.scan`) touches an underscore on either side: it is part of a
 * snake_case identifier ("require_strict_mode", "use_count", "only_once"), code text rather than the reply's words, so it
 * states no cause and names no step (S40, judge-t; RULINGS T1/T2 read the reply's own words; corpus-extra R-WL2: code
 * is not teach by itself).
 */
export function readsAsIdentifierPart(view: TextView, start: number, end: number): boolean {
  return view.scan[start - 1] === '_' || view.scan[end] === '_';
}

// S40 (judge-t): the writer's own plan ("I'll change the ioremap() call soon", "we're going to set the default in the next
// release", "let me add the flag on our side"): the step is ours, not a method for the customer (RULINGS T2 "how to do
// something the customer asked how … they can do"; the brief's "a step the agent will do" is ownership, O1, not teach).
const OWN_PLAN =
  /\b(?:(?:I|we)(?:['’]ll|\s+will|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]re\s+going\s+to|\s+are\s+going\s+to|\s+plan\s+to|\s+intend\s+to)|let\s+me)\b/giu;
// The customer addressed in the same sentence: then the sentence may give them the method too.
const YOU = /\b(?:you|your|please|yourself)\b/iu;
// S40 review (fix-t), T2: the plan covers a step only as its verb's object ("I'll change X"). A plan to tell the method
// ("let me list / explain / show the steps") hands it over, and a break between the plan and the step starts the
// customer's own method: a colon or semicolon, "for now", "in the meantime", "meanwhile", "until then", or a
// coordinated purpose ("and to avoid …", ", so to …").
const TELLS_METHOD = /^\s+(?:quickly\s+|briefly\s+)?(?:explain|list|show|outline|describe|summari[sz]e|go\s+(?:over|through)|walk|share|give|write\s+(?:out|down)|lay\s+out|break\s+down)\b/iu;
const METHOD_BREAK = /[:;]|\b(?:for\s+now|in\s+the\s+meantime|meanwhile|until\s+then|for\s+the\s+time\s+being)\b|,?\s+(?:and|so|but)\s+to\s+\w/iu;

/**
 * True when the match at `offset` (an offset into `view.scan`) is the object of the writer's own plan (OWN_PLAN) in the
 * same agent's sentence: the plan comes before it, is no plan to tell the method (TELLS_METHOD), no break (METHOD_BREAK)
 * stands between them, and the sentence does not address the customer (YOU): a step the agent will take (S40; S40
 * review). False outside the agent's sentences.
 */
export function readsAsOwnPlan(view: TextView, offset: number): boolean {
  const i = sentenceAt(view, offset);
  if (i < 0) return false;
  const { start, end } = view.sentences[i]!;
  const s = view.scan.slice(start, end);
  if (YOU.test(s)) return false;
  for (const m of s.matchAll(OWN_PLAN)) {
    const after = m.index + m[0].length;
    if (start + m.index >= offset) break;
    if (!TELLS_METHOD.test(s.slice(after)) && !METHOD_BREAK.test(s.slice(after, offset - start))) return true;
  }
  return false;
}

// S44 (judge-t; ported by judge-g as the gate on the learned teach add, learned.ts teachAddGated): a STATUS REPORT on
// this customer's case, order or bug — what state it is in, or what will happen to it — explains nothing
// (RULINGS T1: "a bare status report ('fixed now', 'still delayed')" does not count; the plain facts of timing and schedules neither). "Your parcel is at the depot and will go out tomorrow", "the refund has been
// processed", "this was fixed in 2.3 and ships next week", "the ticket is still under review". An EXPLANATION says why
// something happens or how something works, in general ("the sync stops because the phone goes into battery saver",
// "the server copy is only updated when the phone is online") or how to do it (T2): those are not status reports.
//
// The thing reported on: the customer's case thing (CASE_THING: an order, parcel, refund, ticket, bug, fix, patch,
// release …) named with a determiner, or a pronoun ("it", "this", "that") opening a clause. The state: a progress
// participle after a form of "be" or "have been" (PROGRESS: "has been shipped", "was merged", "is now fixed"), a state
// phrase (STATE: "is at the depot", "is still pending", "is on its way", "is under review"), or a progress verb in the
// future (WILL_PROGRESS: "will go out tomorrow", "should arrive Monday", "ships next week", "will be in the next
// release"). Edges: a cause, consequence or dependency in the sentence (STATUS_CAUSE: "because", "since", "due to",
// "so that", "which means", "depends on", "whenever", "every time") makes it an explanation ("your payment was declined
// because the postcode didn't match" teaches, T1); a step for the customer in the sentence (STATUS_STEP: "go to",
// "click", "you can", "you need to", "to do this", "once you …", "by <doing>") keeps the how-to ("your order has shipped; to track it go to
// Orders"); a general subject ("orders", "refunds", "a parcel" with no determiner of this case) is a rule of the service,
// not this case's status, and the rules' own readings judge it.
const CASE_NOUN = alternationOf(CASE_NOUNS);
const CASE_THING = String.raw`(?:(?:your|the|this|that|these|those|our|my)\s+(?:[\w-]+\s+){0,2}?(?:${CASE_NOUN})|(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(?:it|this|that|they))`;
const BE = String.raw`(?:is|are|was|were|['’]s|['’]re|has\s+been|have\s+been|had\s+been|will\s+be|['’]ll\s+be|should\s+be|would\s+be|is\s+being|are\s+being|got|gets|has|have)`;
const ADVS = String.raw`(?:(?:now|already|still|currently|just|finally|been|also|successfully|officially|actually|indeed|not\s+yet|now\s+been)\s+){0,2}`;
const PROGRESS = String.raw`(?:${alternationOf(PROGRESS_PARTICIPLES)})`;
const STATE = String.raw`(?:pending|in\s+transit|on\s+(?:its|their|the)\s+way|out\s+for\s+delivery|in\s+progress|under\s+review|in\s+review|with\s+(?:the\s+)?(?:courier|carrier|driver|warehouse|bank|team|developers)|at\s+(?:the\s+|our\s+|your\s+)?(?:local\s+)?(?:depot|warehouse|hub|facility|sorting\s+(?:centre|center|office)|post\s+office|customs|branch|store)|in\s+(?:the\s+)?queue|on\s+hold|on\s+backorder|ready(?:\s+for\s+(?:pickup|collection|dispatch))?|awaiting\s+\w+|waiting\s+(?:for|on)\s+\w+|open|active|live|due|overdue|fixed\s+in|in\s+(?:the\s+)?(?:next|latest|upcoming|current)\s+(?:release|build|version|update|nightly|beta))`;
const WILL_PROGRESS = String.raw`(?:(?:will|['’]ll|should|is\s+going\s+to|are\s+going\s+to|is\s+expected\s+to|are\s+expected\s+to|is\s+scheduled\s+to|is\s+due\s+to)\s+(?:(?:now|then|also|probably|likely)\s+)?(?:ship|go\s+out|arrive|reach\s+you|land|show\s+up|appear|leave|be\s+(?:delivered|released|merged|shipped|dispatched|processed|refunded|credited|included|fixed|available|back|out|live|in))|(?:ships|lands|arrives|goes\s+out|leaves)\s+(?:on|in|by|next|this|tomorrow|today|tonight|later|within|soon|shortly))`;
const STATUS = new RegExp(String.raw`${CASE_THING}\s+(?:(?:${BE})\s+${ADVS}(?:${PROGRESS}|${STATE})|${ADVS}${WILL_PROGRESS})\b`, 'iu');
const STATUS_CAUSE =
  /\b(?:because|since|due\s+to|caused\s+by|the\s+reason|so\s+that|which\s+means|that\s+means|this\s+means|as\s+a\s+(?:result|consequence)|therefore|hence|otherwise|which\s+is\s+why|that['’]s\s+why|depend(?:s|ing)?\s+on|whenever|every\s+time|each\s+time)\b/iu;
// S45 (judge-t): the step verbs are the pack's how-to verbs (the <howto> class of the default pack, what the how-to
// rules read), so the gate and the rules name one list. A step is one when the verb is an imperative: its base form at
// the start of the sentence or of a clause (after a comma, semicolon, colon, a dash or an opening bracket — S45 fix,
// finding 10: "… has shipped — tap Track", "(click Orders to follow it)"; a hyphen only with a space before it, so
// "re-open" is no step), or after "please", "then", "just",
// "simply", "first", "now" or "and" ("…; to track it, go to Orders", "please tap Change date"). The class holds verbs
// that are also nouns ("store", "link", "point"): "your parcel is ready at the store" names no step.
// S46 (judge-t, mend of S45 finding 11): the verbs come from the pack the scorer runs — statusStepsOf builds the step
// test from a pack's <howto> verbs, and learned.ts (compileLearned, which has the active pack) passes its own, so a team
// pack that adds a how-to verb sees it honoured in the gate too. STATUS_STEP, from the default pack, is what a caller
// without a pack gets.

/**
 * The step test of a status sentence (see above), built from `howtoVerbs`: a pack's <howto> class in the base form (the
 * default pack's, or a team pack's that replaces it). A step is one of those verbs as an imperative (at a sentence's or a
 * clause's start, or after "please", "then", "just", "simply", "first", "now", "and"), or "you can / need to / must …",
 * "to do this", "in order to", "when/once/if/after/until you …", "by <doing>". An empty list leaves only the second kind.
 */
export function statusStepsOf(howtoVerbs: readonly string[]): RegExp {
  const verbs = alternationOf(howtoVerbs);
  const imperative = verbs ? String.raw`(?:^\s*|[,;:—–(]\s*|\s-\s*|\b(?:please|then|just|simply|first|now|and)\s+)(?:${verbs})\b|` : '';
  return new RegExp(
    String.raw`${imperative}\b(?:you\s+(?:can|could|may|need\s+to|have\s+to|must|should|will\s+need\s+to|['’]ll\s+need\s+to)|to\s+do\s+(?:this|that|so)|in\s+order\s+to|(?:when|once|if|after|until|as\s+soon\s+as)\s+you|by\s+(?:simply\s+|just\s+)?\w+ing)\b`,
    'iu',
  );
}
/** The step test from the DEFAULT pack's <howto> verbs (read once, at module load). */
const STATUS_STEP = statusStepsOf(compileWordClasses(DEFAULT_PACK.word_classes)('howto', 'base') ?? []);

/**
 * True when `sentence` (one sentence's text) reports the state of the customer's case, order or bug (STATUS: a case
 * thing or a clause-opening pronoun, then a progress participle, a state phrase or a future progress verb) and neither
 * explains it (STATUS_CAUSE) nor hands the customer a step (`steps`): a bare status report, which
 * RULINGS T1 does not count as teaching (S44). Used by learned.ts (teachAddGated) only: measured as a rule
 * exception (skip_readings) it lost kept-aside hits (session 44, 8a650864), so the rules do not read it. "Your parcel
 * is at the depot and will go out tomorrow" is one; "the parcel is held because the address is incomplete" and "your order has shipped; to track it, go to Orders" are not.
 * `steps` is the step test of the pack the scorer runs (statusStepsOf its <howto> verbs; S46); by default the default
 * pack's.
 */
export function isStatusReport(sentence: string, steps: RegExp = STATUS_STEP): boolean {
  return STATUS.test(sentence) && !STATUS_CAUSE.test(sentence) && !steps.test(sentence);
}
