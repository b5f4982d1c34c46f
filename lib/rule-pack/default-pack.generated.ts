// Generated from packs/default.yaml by lib/rule-pack/gen-default.ts. Do not edit by hand.
import type { RulePack } from './schema';

export const DEFAULT_PACK: RulePack = {
 "$schema": "../schemas/rule-pack.schema.json",
 "schema_version": 1,
 "id": "rapport-default",
 "name": "Rapport method",
 "version": "1.0.0",
 "locale": "en",
 "description": "Greet by name, acknowledge the feeling, own the problem, say what you will do and when, stay positive and respectful, thank the customer, and close with \"Have I solved your problem?\".\n",
 "signals": {},
 "weights": {
  "expectation": 10,
  "greeting": 5,
  "contrived-greeting": -6,
  "ownership": 15,
  "negative-language": -10,
  "complaint": -12,
  "empathy": 12,
  "gratitude": 8,
  "no-problem": -4,
  "condescension": -20,
  "bonus-tip": 4,
  "closing-question": 12,
  "apology": 6,
  "personalization": 8,
  "teach": 5,
  "confirm-resolution": 8,
  "terse": -25
 },
 "rules": [
  {
   "id": "greeting",
   "signal": "greeting",
   "level": "suggestion",
   "message": "Open with a short, genuine greeting, by name when you know it.",
   "scope": "greeting",
   "enabled": true,
   "examples": {
    "flag": [
     "Hi Ashley, thanks for the screenshot.",
     "Good morning! Your laptop is ready."
    ],
    "pass": [
     "Your laptop is ready for pickup.",
     "I said hello to the team for you."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(hi|hello|hey|hiya|howdy|greetings|dear)",
    "good (morning|afternoon|evening|day)"
   ],
   "except": [
    "hey presto"
   ]
  },
  {
   "id": "contrived-greeting",
   "signal": "contrived-greeting",
   "level": "warning",
   "message": "\"{actual}\" sounds scripted. Greet the way you would in person.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Hello, this is Don. How may I provide excellent service to you today?",
     "I hope this email finds you well. Your ticket is updated."
    ],
    "pass": [
     "Hello, this is Don. May I help you?",
     "How can I help with the printer?"
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "how (may|can) I (provide|deliver|offer) [you] (excellent|outstanding|exceptional|superior|great) (service|support|assistance)",
    "how (may|can) I (assist|help) you today",
    "it (is|'s|would be) my (pleasure|privilege) to (assist|serve|help) you",
    "thank you for (being|choosing to be) a valued customer",
    "your (call|request|business|email) is (very|extremely)? important to us",
    "we value your (business|custom|patronage)",
    "I hope (this|my) (email|message|note|mail) finds you well"
   ],
   "rewrites": [
    "Hi {name},",
    "Hello {name}, thanks for getting in touch."
   ]
  },
  {
   "id": "ownership",
   "signal": "ownership",
   "level": "suggestion",
   "message": "Take ownership in the first person (\"I'll look into this and make sure it's solved\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I'll look into this and get back to you.",
     "Let me check the mailbox settings.",
     "I've escalated your ticket to the network team.",
     "We'd like to help. What happened?",
     "A member of our team will follow up with you."
    ],
    "pass": [
     "Please DM us so we can assist.",
     "We're here to help.",
     "We'll need your order number first."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(I|we) ('ll|will|shall) ...",
    "(I|we) ('m|am|'re|are) going to",
    "I('m| am) (taking|going to take) ownership",
    "(I|we) ('m|am|'re|are) [currently|still|now|already|actively] (looking into|working on|checking|digging into|investigating|on it|handling|reviewing|escalating|chasing|following up)",
    "I('m| am) (emailing|sending|raising|escalating|arranging|processing|booking|rebooking|calling|following|chasing|fixing|resetting|refunding|updating) ...",
    "let me (look|check|find|see|get|take|dig|investigate|escalate|sort|fix|help|chase|follow|raise|ask|reset|arrange|pass)",
    "let's (check|look|investigate|get|sort|see|fix|figure|find|take)",
    "(I|we) ('ve|have) (passed|asked|raised|updated|checked|escalated|rebooked|booked|sent|shared|logged|created|refunded|reported|contacted|forwarded|processed|arranged|fixed|reset|cancelled|canceled|submitted|flagged|added|emailed|filed|opened|requested|notified|credited|replaced|restored|unlocked|re-enabled|enabled|applied|cleared|spoken|spoke|had a look|taken a look|looked)",
    "(I|we) ('d|would) (like|love|be happy|be glad|be more than happy|be delighted) [to]",
    "I (can|could) (definitely|certainly|absolutely) ...",
    "(I|we) (can|will|'ll) (look into|take a look|check on|dig into|follow up on)",
    "I (want|need) to (get|help|see|make|sort|fix|look|check)",
    "(will|'ll) (follow up|be in touch|be in contact|reach out|get back to you|contact you|call you|give you a call|update you|let you know|keep you (posted|updated|informed))",
    "(will|'ll) (continue|keep) (working|looking|helping|to work|to help|to look|investigating)",
    "(has|have|will|'ll) been (passed|shared|forwarded|escalated|raised|logged|reported) (on|to|with|along)",
    "(will|'ll) be (passed|shared|forwarded|escalated|raised|reported) (on|to|with|along)",
    "(and|also) (have|'ve) (shared|passed|forwarded|escalated|raised|logged|reported)",
    "(leave it with|you can count on) (me|us)",
    "(I|we) ('ll|will) (personally|make sure|see (this|it) through)",
    "I('ll| will) do my best",
    "(would you like|do you want|shall|should) (me|us) to"
   ],
   "except": [
    "so [that] (I|we) (can|could|'ll|will) ...",
    "(I|we) ('ll|will) be (here|around|there|available|waiting)",
    "(I|we) ('ll|will) need",
    "(I|we) ('ll|will) have to ask",
    "(I|we) ('d|would) (like|love) to know",
    "(I|we) ('d|would) (like|love) you to",
    "(I|we) ('d|would) be happy to hear",
    "we ('ll|will) see you",
    "I ('ll|will) be honest",
    "(I|we) ('ll|will) let you know if (I|we) need"
   ]
  },
  {
   "id": "expectation",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say when the customer will hear from you or when it will be fixed.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I'll update you by 3 pm today.",
     "You'll hear from me within 24 hours.",
     "I'll report it to the station team right away.",
     "We will be in contact tomorrow."
    ],
    "pass": [
     "We'll fix this as soon as possible.",
     "Did it happen within the last 2 days?",
     "Is there anything else we can help you with today?"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(within|in) [the next|the coming|the|a|an] (# #|#|one|two|three|four|five|six|seven|eight|ten|twelve|few|couple of|couple) [more] [business|working] (minute*|min|mins|hour*|hr|hrs|day*|week*|sec|secs|second|seconds)",
    "(by|before|at|around|until|till|from) [about] # [:|.] [#] (a.m.|p.m.|a.m|p.m|am|pm|o'clock)",
    "(by|before|on|until|till|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midday|midnight)",
    "(by|before|until|till|at) [the] (end|close) of (the|this|today) (day|week|month|business)",
    "(by|until|before|at) (the) end of [the] (day|week)",
    "(by|until|before) (end of day|eod|close of business|cob)",
    "next (week|month|business day|working day)",
    "(later|by the end of) (today|this (morning|afternoon|evening|week))",
    "tomorrow",
    "tonight",
    "(shortly|right away|straight away|straightaway|right now|immediately)",
    "(in|within) (a|one) (moment|minute|sec|second|bit|jiffy)",
    "(within|in) the (next|coming)? (hour|half hour|day|week)",
    "(allow|allowing|takes|take|taking|about|around|approximately|up to) [up to|about|around] (# #|#|one|two|three|four|five|a few|a couple of) [more] [business|working] (minute*|hour*|day*|week*)",
    "just a (minute|moment|sec|second)",
    "(will|'ll) (call|ring|phone|follow up|be in touch|be in contact|get back to you|contact you|email you|text you|update you|keep you (posted|updated)|give you a call)"
   ],
   "except": [
    "(within|in|over) the (last|past|previous) ...",
    "(as soon as possible|asap)",
    "right now (it|this|that|you|we) ..."
   ]
  },
  {
   "id": "expectation-now",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say when the customer will hear from you or when it will be fixed.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I'll process the cancellation for you now.",
     "I'll raise this with the manager today."
    ],
    "pass": [
     "Is the app loading your playlists again now?",
     "Your claim was approved this morning."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(now|today|this (morning|afternoon|evening))"
   ],
   "with": [
    "(I|we) ('ll|will|shall)",
    "(I|we) ('m|am|'re|are) (going to|sending|emailing|processing|booking|rebooking|calling|raising|escalating|arranging|refunding|updating|fixing|resetting|restarting|checking|looking|working|sorting|issuing|shipping|dispatching|cancelling|canceling|replacing|restoring)",
    "(will|'ll|should|expect*) (be|reach|arrive|get|have|see|go)",
    "(they|he|she|it|engineers|the (engineer|technician|team)) ('ll|will|should|are going to)"
   ]
  },
  {
   "id": "expectation-when-open",
   "level": "suggestion",
   "message": "The issue is still open. Say when they will hear back (\"I'll update you by 3 pm\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I'm looking into it.",
     "We've escalated this to the vendor."
    ],
    "pass": [
     "I'm looking into it and will update you by 4 pm.",
     "Your printer is fixed."
    ]
   },
   "type": "conditional",
   "when": [
    "(I'm|I am|we're|we are) [still] (looking into|investigating|working on|checking (on|into))",
    "(I've|I have|we've|we have) (escalated|forwarded|raised|logged|passed)",
    "(I'll|I will|we'll|we will) (look into|investigate|check|escalate|dig into)",
    "(still|currently) (investigating|working on|looking into)"
   ],
   "require_signal": "expectation"
  },
  {
   "id": "negative-language",
   "signal": "negative-language",
   "level": "warning",
   "message": "Say what you can do rather than what you can't (\"{actual}\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "We can't reset that password from here.",
     "That's not our department.",
     "We don't ship to Canada at the moment.",
     "We don't have a way to merge accounts.",
     "Unfortunately we're unable to refund gift cards."
    ],
    "pass": [
     "I can't wait to help you set this up!",
     "If you can't log in, restart the app.",
     "Here's what we can do: I'll reset it now."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(can't|cannot|can not|cant|couldn't|could not|won't be able|will not be able)",
    "(unable to|not able to|isn't able|aren't able|wasn't able|weren't able)",
    "(not possible|isn't possible|impossible|no way to|no longer possible)",
    {
     "phrase": "(not|isn't) (our|my) (department|area|team|responsibility|job|problem|fault)",
     "rewrites": [
      "Let me connect you with the team that handles this"
     ]
    },
    "(not the right place|not something (we|I) (can|could|do)|not a ... (we|I) can)",
    "(nothing (more|else)? (we|I) can do|there's nothing (we|I) can)",
    "(we|I) (don't|do not|dont) (offer|support|provide|ship|price match|track|allow|accept|have access|handle|sell|carry|refund|cover|deal with|issue|store|guarantee|service|give out)",
    "(we|I) (don't|do not|dont) have (any|a way|the ability|access|visibility|info|information|details|updates|news) ...",
    "(doesn't|does not|don't|do not|won't|will not) (allow|permit|let) (us|me)",
    "(we|I) only (support|accept|offer|ship|provide|deal with|handle|work with|sell|cover)",
    "(can|could) only be (handled|done|processed|changed|made|used|accessed|resolved)",
    "(against|due to|per|under) (our|company|the) policy",
    "(not|no longer) (supported|allowed|permitted|available to you)",
    "(you('ll| will)|you) (need|have) to (contact|call|speak to|reach out to|ask|go to|visit|get in touch with) (them|the|your|our friends|another|a different)",
    "(they|they'd|they'll|they will|they would) (be happy|be able|be glad|be best placed) to (help|assist)",
    "our friends (at|from|over at)",
    "(you can|you could|please|you'll need to|you will need to|you need to|you should|you'd need to|best to) (call|contact|ask|speak to|speak with|talk to|reach out to|get in touch with|reach|email|write to) (them|the (store|station|seller|manufacturer|carrier|airline|bank|provider|retailer|vendor|shop|staff|team at|venue|developer|developers)|station staff|store staff|your (bank|provider|carrier|local|store|retailer|administrator|it department|card issuer))",
    "(get|have|ask) (her|him|them) to (speak|talk) to",
    "(call|contact|phone|email) (them|the store) and ask",
    "to (reach|contact) them",
    "(beyond|outside|out of) (my|our) (knowledge|expertise|scope|remit|control|hands)",
    "too (much|complicated|advanced|technical) ... for (me|my)",
    "I'm afraid",
    "sadly"
   ],
   "except": [
    "(can't|cannot|can not|couldn't|could not) (wait|believe|thank|stress|recommend|agree|be happier|be prouder|be more|go wrong|miss)",
    "you [still|really] (can't|cannot|can not|cant|couldn't|could not|are unable|were unable|aren't able|are not able|weren't able|won't be able)",
    "you('re| are) (unable|not able)",
    "(if|when|whether|why|that) (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)",
    "(if|when|whether|why) (can't|cannot|unable|not able)",
    "not possible to (miss|go wrong)"
   ],
   "rewrites": [
    "What I can do is",
    "Here's what we can do:"
   ]
  },
  {
   "id": "complaint",
   "signal": "complaint",
   "level": "warning",
   "message": "Don't join in complaining about computers, vendors or the company; focus on the fix.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Printers are the worst, honestly.",
     "I know, it's terrible. Don't get me started on Microsoft."
    ],
    "pass": [
     "The printer needed a new driver.",
     "Windows updated overnight, so I restarted the service."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(stupid|dumb|useless|crappy|garbage|junk|horrible|idiotic|rubbish) (computer|computers|printer|printers|system|software|app|update|microsoft|windows|company|management|vendor|vendors|network|it department)",
    "(printers|computers|windows|microsoft|outlook|this system|the system|our system|this software|management|the vendor|our vendor) (is|are|has always been|have always been) (the worst|terrible|awful|garbage|a nightmare|useless|hopeless|a joke|a mess|rubbish)",
    "(I|we|everyone) (hate|hates|can't stand) (printers|computers|windows|microsoft|outlook|this system|the system|updates|this software|management|our vendor)",
    "(don't get me started on|typical microsoft|typical windows|between you and me|management never listens|they never listen)",
    "(I know|I agree), (it's|it is|they're|they are) (terrible|awful|the worst|a joke|ridiculous|useless)"
   ],
   "rewrites": [
    "Let's get this working for you."
   ]
  },
  {
   "id": "empathy",
   "signal": "empathy",
   "level": "suggestion",
   "message": "Acknowledge how the customer feels, briefly and sincerely, then solve it.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I understand how frustrating this must be.",
     "That shouldn't be happening.",
     "I'd be fed up too.",
     "I know this is frustrating."
    ],
    "pass": [
     "Sorry to hear that. What lights are showing?",
     "I don't understand the error message, can you send a screenshot?",
     "Glad to hear it works!"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(I|we) [completely|totally|really|fully|absolutely|do|can|certainly|definitely] (understand|get it|hear you|hear your)",
    "(I|we) (know|understand|can see|can imagine|appreciate|realise|realize|get) (how|why|that|what) ... (frustrat*|stress*|upset*|annoy*|disappoint*|inconvenien*|worr*|aggravat*|maddening|infuriat*|exasperat*|irritat*|confus*|fed up|a pain|awful|difficult|hard|tough|scary|unsettling|long|frightening)",
    "(I|we) know (this|that|it) (is|must be|can be|'s|has been) [been] [really|so|very|incredibly|extremely|a bit|pretty] (frustrat*|stress*|upset*|annoy*|disappoint*|inconvenien*|worr*|aggravat*|maddening|infuriat*|exasperat*|irritat*|confus*|a pain|difficult|hard|tough|scary)",
    "(esto|eso) no deber*",
    "(I|we) (can|could) (only)? imagine",
    "(must|would|could|can) be (really|so|very|incredibly|extremely|pretty|quite|such a)? (frustrat*|stressful|upsetting|annoying|disappointing|worrying|aggravating|maddening|infuriating|exasperating|irritating|confusing|inconvenient|a pain|difficult|hard|tough|scary)",
    "(is|was|sounds|feels) (incredibly|really|so|very|extremely|understandably|truly) (frustrat*|stressful|upsetting|annoying|disappointing|worrying|aggravating|maddening|infuriating|exasperating|irritating|confusing|inconvenient)",
    "(sounds|sounded|seems|looks|must have been|has been) [like] ... (frustrat*|stressful|upsetting|annoying|disappointing|worrying|maddening|infuriating|exasperating|irritating|inconvenient|a pain|a nightmare|a hassle|rough|tough)",
    "(how|so) (frustrating|stressful|upsetting|annoying|disappointing|maddening|infuriating|exasperating|irritating|inconvenient)",
    "I('d| would) (be|feel) (frustrated|fed up|upset|annoyed|angry|disappointed|worried|the same) [too|as well]",
    "(I|we) don't blame you",
    "(that|this|it) (shouldn't|should not|doesn't|does not|isn't|is not|definitely shouldn't) (be happening|seem right|sound right|look right|right|acceptable|okay|ok|good enough)",
    "(far|way|much) too long",
    "(not|isn't|is not) the experience (we|I) (want|expect|would like|hope|aim)",
    "(is|was|that's) (a|such a) (long time|long wait|long time to wait)",
    "(saddened|sad|heartbroken|gutted) to (hear|see|learn)",
    "you (appear|seem|sound) (to be)? (frustrat*|upset|annoyed|worried|stressed|confused|disappointed|angry)",
    "I don't want you to feel",
    "(understand|appreciate) (your|the) (frustration|concern|worry|disappointment|annoyance|situation|urgency)",
    "what a (pain|hassle|nightmare|worry)"
   ],
   "except": [
    "I (understand|get it|hear you|hear your)\\?",
    "if I understand",
    "(glad|happy|great) to hear",
    "(so|as) I understand",
    "I understand (that|you('d| would) like|you want|from)"
   ],
   "skip_negated": true
  },
  {
   "id": "apology",
   "signal": "apology",
   "level": "suggestion",
   "message": "A short apology (\"I'm sorry this happened to you\") takes the tension out.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I'm sorry this happened to you.",
     "Apologies for the wait."
    ],
    "pass": [
     "No need to apologise, it happens!",
     "Thanks for waiting."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(sorry|apolog*|apologis*|my apologies|lamentamos|disculp*)",
    "we regret",
    "(regret|regrets) (the|any|this) (inconvenience|delay|trouble|confusion)"
   ],
   "except": [
    "(no need|don't need|nothing) to (apologi*|be sorry)",
    "sorry (to bother|for bothering|if I)"
   ]
  },
  {
   "id": "gratitude",
   "signal": "gratitude",
   "level": "suggestion",
   "message": "Say please and thank you; thank them for their patience or the details.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Thanks for the screenshot.",
     "Please restart the laptop.",
     "We appreciate your patience."
    ],
    "pass": [
     "Restart the laptop and try again.",
     "Thankfully, the data is backed up."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(thank*|thx|thnx|ty|tyvm|cheers for|appreciat*|grateful|please|pls|plz|kindly|por favor|gracias|merci|danke)"
   ],
   "except": [
    "thanks to (the|this|that|a|an|our|your|its) ...",
    "(I|we) would appreciate it",
    "(if|whether) you (please|kindly)",
    "thankfully"
   ]
  },
  {
   "id": "no-problem",
   "signal": "no-problem",
   "level": "suggestion",
   "message": "Use \"You're welcome\" instead of \"{actual}\".",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "No problem, Dana!",
     "Not a problem at all.",
     "No worries, it happens!"
    ],
    "pass": [
     "We see no problems on the line.",
     "There's no problem with your account."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(no|not a) (problem|problemo|prob|probs|worries|worry|bother|sweat|biggie)",
    "(np|nw)"
   ],
   "except": [
    "no (problem|problems|issue|worries) (with|on|in|for|found|reported|detected|accessing|connecting|logging|using|getting|printing|here|there|so far)",
    "(see|saw|seeing|found|finding|detect*|report*|had|having|have|has|without|experienc*|cause|causes|caused|be|there's|there is|there are|there were) no (problem|problems|worries|worry|bother)",
    "not a problem (with|on|in|for|that|if)"
   ],
   "rewrites": [
    "You're welcome",
    "Happy to help",
    "My pleasure"
   ]
  },
  {
   "id": "condescension",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" talks down to the customer. Explain it again as if for the first time.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "As I already explained, the rate ended last month.",
     "Obviously it won't fit.",
     "It's really quite simple: flip the switch.",
     "If you'd read the auto-reply, you'd know the number."
    ],
    "pass": [
     "As mentioned in our DM yesterday, the refund was issued on Monday.",
     "I'll explain the steps clearly."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(as|like) (I|we) (already|previously|have already|'ve already|'ve) (said|explained|mentioned|told you|stated|pointed out|noted)",
    "(as|like) (I|we|I've|we've|I have|we have) (said|told you|explained|mentioned) (before|already|twice|again|several times|many times|multiple times|repeatedly)",
    "(I|we) (have|'ve) already (told|explained|said|answered)",
    "(as|like) you (were|have been|'ve been) (told|informed|advised)",
    "(told|said|explained|mentioned) (it|this|that)? (twice|several times|many times|multiple times|repeatedly)",
    "(said|told you) ... (twice|already|before)",
    "obviously",
    "(clearly|plainly) (shows|states|says|stated|explained|written|mentioned|marked|visible|labelled|labeled)",
    "(it's|it is|this is|that's|that is) [really|actually] [quite|very|pretty|extremely|super] (simple|easy|obvious|straightforward) [,|:]",
    "(most|all|other|any) (people|users|customers) (manage|know|can|figure|understand|get|do)",
    "(everyone|everybody|anyone|anybody) (knows|can do|can see)",
    "(if|had) you ('d|had|would have) (read|checked|looked|followed|listened|paid attention)",
    "(you|which you|that you) (should|ought to|could) have (read|checked|known|looked|noticed|seen|followed)",
    "you should (know|have known|already know|know better|read)",
    "did you (even|actually|not|ever) (read|look|check|try|bother)",
    "read the (terms|manual|instructions|docs|documentation|faq|template|release notes|guide) (before|first|next time|properly|carefully)",
    "(before contacting us|before asking|before you ask)",
    "as (requested|stated|explained|mentioned|written) in the (template|terms|instructions|docs|documentation|release notes|faq|manual|guide)",
    "for the (last|third|second|fourth|hundredth) time",
    "(I repeat|rtfm|google it|let me google that|educate your users)",
    "(you|your users) (could|should|need to) (learn|educate)",
    "(it's|it is) (just|only|simply) (a request|common sense)"
   ],
   "rewrites": [
    "To recap:",
    "Here's how it works:"
   ]
  },
  {
   "id": "bonus-tip",
   "signal": "bonus-tip",
   "level": "info",
   "message": "A bonus tip is a nice touch when the customer has time.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "By the way, you can colour-code appointments in Outlook.",
     "Quick tip: Win+V opens clipboard history."
    ],
    "pass": [
     "Your mailbox is back online.",
     "Which way did you go?"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(by the way|btw|fyi)",
    "(quick|bonus|pro|handy|extra|little|useful) tip",
    "did you know",
    "(are|were) you aware (of|that)",
    "(a|one) (handy|useful|neat|nice) (shortcut|trick|feature)",
    "(you|you'll) (might|may) (also)? (like|find|enjoy|want to try)",
    "while (I'm|I was|we're|I am) (at it|in there|there)"
   ]
  },
  {
   "id": "personalization",
   "signal": "personalization",
   "level": "suggestion",
   "message": "Use the customer's name.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Hi Ashley, thanks for the screenshot.",
     "I'm sorry for the delay, Crystal."
    ],
    "pass": [
     "Hi there, thanks for the screenshot.",
     "Hi again, are you uploading files manually?"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(hi|hello|hey|hiya|dear|morning|afternoon|evening|thanks|thank you|sorry|congrats|congratulations|welcome|cheers|ok|okay|sure|great|no problem|no worries|happy to help) [,] {name}",
    ", {name}(.|!|?|;)"
   ]
  },
  {
   "id": "personalization-lead",
   "signal": "personalization",
   "level": "suggestion",
   "message": "Use the customer's name.",
   "scope": "greeting",
   "enabled": true,
   "examples": {
    "flag": [],
    "pass": [
     "Sure, which phone is it?",
     "Yeah, we know it's corny.",
     "Martel, who's the phone manufacturer?"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "{customer},",
    "{customer}!"
   ]
  },
  {
   "id": "teach",
   "signal": "teach",
   "level": "info",
   "message": "Explain the cause and how to avoid it next time, so they learn rather than just get a fix.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "This happened because the cache was full.",
     "Next time, save before you update."
    ],
    "pass": [
     "I've reset your password."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(this|that|it) (happens|happened|occurs|occurred|was caused|is caused|can happen) (because|when|if|after)",
    "(to|you can) (avoid|prevent) (this|that|it) ...",
    "(next time|in (the)? future|going forward|from now on)",
    "(the|a) (cause|reason) (is|was|for this)",
    "(here's|here is) (why|how)",
    "(so|in case) (it|this|that) (happens|comes up) again",
    "(the )?(root cause|why this happened)"
   ]
  },
  {
   "id": "confirm-resolution",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Ask the customer to confirm it works; don't assume it's solved until they say so.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Please let me know if that works.",
     "Can you confirm it's working now?"
    ],
    "pass": [
     "Let me know your order number."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(let me know|let us know|confirm|tell me|reply to let me know) (if|whether|that|once) (it|this|that|everything|the|your) ... (works|worked|working|fixed|resolved|solved|sorted|helps|helped|better|back)",
    "can you (confirm|check) [that|if|whether] (it|this|that|everything|the) ... (works|is working|worked|fixed|resolved|back)",
    "confirm [that|if|whether] (it|this|that|everything) ('s|is|'re|are) [now] (working|fixed|resolved|back|ok|okay)",
    "(did|does|has) (that|this|it) (help|work|fix|solve|resolve|do the trick|sort)",
    "(is|are) (it|everything|things) [now] (working|fixed|resolved|back to normal|ok|okay)"
   ]
  },
  {
   "id": "closing-question",
   "signal": "closing-question",
   "level": "suggestion",
   "message": "Close with a question: \"Have I solved your problem?\"",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Have I solved your problem?",
     "Is there anything else I can help you with?",
     "Does that do the trick?"
    ],
    "pass": [
     "Let us know if you have any other questions!",
     "Is there something I can help with?",
     "Did you restart the router?"
    ]
   },
   "type": "question",
   "phrases": [
    "(is|was) there (anything|something) else",
    "anything else (I|we) can",
    "anything else (you need|you needed|I can|we can|to help)",
    "(do|did) you (have|need) (any)? (other|more|further) (questions|help|assistance)",
    "(can|could|may) (I|we) (help|assist) (you)? (with)? anything else",
    "(did|does|has) (that|this|it) (help|work|fix|solve|resolve|do the trick|sort|make sense)",
    "does (that|this|it) (make sense|help|work|answer)",
    "(is|are) (it|everything|things|all|that|this) [else] [now] (working|running|loading|ok|okay|fine|good|back|sorted|resolved|fixed|better|printing|syncing)",
    "(is|are) the ... (working|loading|running|connecting|printing|syncing) [again|now]",
    "did (the|that|this|my|our|your) ... (work|help|fix|get|solve|resolve|do)",
    "(did you manage to|were you able to|have you been able to|are you able to) (get|log|connect|sign|fix|print|open|access|see|find|make)",
    "have I (solved|resolved|fixed|answered|sorted)",
    "(are|were) you (satisfied|happy|pleased) with",
    "anything (I|we) could (have done|do) better",
    "(has|have) (that|this|it|the issue|your issue|the problem|everything) (been)? (solved|resolved|fixed|sorted)"
   ]
  },
  {
   "id": "terse",
   "signal": "terse",
   "level": "warning",
   "message": "A one- or two-word reply feels curt. Add what you did and what happens next.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Done.",
     "Fixed it."
    ],
    "pass": [
     "Done: I've reset your password."
    ]
   },
   "type": "metric",
   "measure": "words",
   "min": 3
  },
  {
   "id": "long-sentence",
   "level": "info",
   "message": "This sentence is long; split it so it reads easily on a phone.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I have looked at the logs and it seems that the printer driver was updated overnight by the automatic update service which then caused the spooler to stop and that in turn meant that none of the jobs you sent this morning were printed."
    ],
    "pass": [
     "The driver update stopped the spooler. I restarted it, and your jobs are printing."
    ]
   },
   "type": "metric",
   "measure": "sentence-words",
   "max": 40
  }
 ],
 "prompts": {
  "empathy": {
   "calm": [
    "I can see why that would be frustrating.",
    "I'd be frustrated too if that happened to me.",
    "I know how disruptive it is when something you rely on stops working."
   ],
   "hurry": [
    "I know you're short on time, so let's get this sorted quickly.",
    "I understand you need this working right away."
   ],
   "upset": [
    "I don't blame you for being frustrated. I would be too.",
    "I understand how frustrating this has been, {name}.",
    "That shouldn't have happened, and I understand why you're upset."
   ],
   "confused": [
    "This part trips a lot of people up, so you're in good company.",
    "I understand; the settings aren't easy to find."
   ]
  },
  "apology": {
   "calm": [
    "I'm sorry this happened to you.",
    "Sorry for the trouble this has caused."
   ],
   "hurry": [
    "Sorry for the hold-up; here's the fix."
   ],
   "upset": [
    "I'm sorry this happened to you, {name}.",
    "I apologise for the trouble this has caused.",
    "I'm sorry it's taken this long to sort out."
   ],
   "confused": [
    "Sorry for the confusion; let me clear it up."
   ]
  },
  "mood": {
   "hurry": [
    "I can tell you're in a hurry, so I'll get straight to it.",
    "I know your time is short, {name}, so here's the quickest fix."
   ],
   "upset": [
    "I can tell you're upset, and I don't blame you. I'm going to get right to work on this.",
    "I understand this has been really frustrating, {name}. Let's get it fixed now."
   ],
   "confused": [
    "No worries if this is confusing; I'll walk you through it step by step.",
    "Let me explain what's going on, in plain terms."
   ]
  },
  "expectation": [
   "I'll update you by the end of the day, even if I'm still working on it.",
   "You'll hear back from me within the next hour."
  ],
  "bad-news": [
   "Here's what we know, what we're doing about it, and when you'll hear from me next."
  ],
  "competence": [
   "I'll either fix this myself, find someone who can, or get you a workaround."
  ]
 },
 "mood_cues": {
  "hurry": [
   "(asap|urgent*|emergency|hurry|rush*|deadline|time-sensitive|time sensitive)",
   "(right now|right away|immediately|as soon as possible|quickly|quick fix)",
   "(no|don't have|do not have|haven't got) (time|the time)",
   "(meeting|presentation|call|flight|demo) (in|at) ...",
   "need (it|this|this fixed|it fixed) (now|today|by)",
   "running late"
  ],
  "upset": [
   "(ridiculous|unacceptable|furious|angry|livid|outrag*|fed up|sick of|tired of|disgust*|useless|pathetic|appalling|terrible|awful|worst|joke|wtf|seriously\\?)",
   "(frustrat*|annoy*|upset|pissed|infuriat*|disappoint*|hate)",
   "(still|again) (not|no|doesn't|isn't|hasn't|won't|broken|down)",
   "(third|fourth|fifth|several|many|multiple) time*",
   "(never|doesn't ever|nothing) works"
  ],
  "confused": [
   "(confus*|unclear|no idea|lost|baffl*|puzzl*|not sure|unsure|don't understand|do not understand|don't get)",
   "(how do I|how can I|what does|where (do|can|is)|which one|what's the difference)",
   "(can't|cannot) figure"
  ]
 },
 "closing_questions": [
  {
   "id": "solved",
   "text": "Have I solved your problem?",
   "always": true,
   "variants": [
    "have I (solved|resolved|fixed|sorted) (your|the|this) (problem|issue|question)",
    "have I answered your question",
    "(is|has) (your|the|this) (problem|issue) (now)? (been)? (solved|resolved|fixed|sorted)",
    "(did|does|has) (that|this|it) (solve|fix|resolve|sort) (it|things|the (problem|issue)|your (problem|issue))",
    "(did|does|has) (that|this|it) (help|work|do the trick)",
    "(is|are) (it|everything|things) [now] (working|fixed|resolved|sorted|back to normal)"
   ]
  },
  {
   "id": "satisfied",
   "text": "Are you satisfied with the way I handled this incident?",
   "variants": [
    "(are|were) you (satisfied|happy|pleased|ok|okay) with (the way|how) (I|we)",
    "(are|were) you (satisfied|happy|pleased) with (the|my|our) (service|help|support|handling)",
    "how did (I|we) do"
   ]
  },
  {
   "id": "better",
   "text": "Is there anything I could have done better?",
   "variants": [
    "(anything|something) (I|we) could (have done|do) better",
    "how (could|can) (I|we) (have done|do|have handled) (this|it|things)? better",
    "could (I|we) have (done|handled) (this|it|anything) better"
   ]
  }
 ],
 "tips": [
  {
   "id": "outlook-color-categories",
   "title": "Colour-code your calendar in Outlook",
   "text": "Right-click an appointment and pick a colour category; meetings of one kind then stand out at a glance.",
   "topics": [
    "outlook",
    "calendar",
    "appointment",
    "meeting",
    "email"
   ]
  },
  {
   "id": "printer-default",
   "title": "Pick your default printer",
   "text": "In Settings > Printers, turn off \"Let Windows manage my default printer\" so your jobs stop wandering to another floor.",
   "topics": [
    "printer",
    "printing",
    "print",
    "spooler",
    "toner"
   ]
  },
  {
   "id": "vpn-before-apps",
   "title": "Connect the VPN first",
   "text": "Start the VPN before opening Outlook or Teams; apps opened first can keep trying the office network and hang.",
   "topics": [
    "vpn",
    "remote",
    "home",
    "network drive",
    "shared drive"
   ]
  },
  {
   "id": "password-passphrase",
   "title": "Use a passphrase",
   "text": "Four unrelated words are easier to remember and harder to guess than a short password with symbols.",
   "topics": [
    "password",
    "passwords",
    "locked out",
    "login",
    "sign in"
   ]
  },
  {
   "id": "password-manager",
   "title": "Let a password manager remember",
   "text": "The company password manager fills logins for you and warns when a password has been reused.",
   "topics": [
    "password",
    "passwords",
    "forgot",
    "reset"
   ]
  },
  {
   "id": "wifi-forget-network",
   "title": "Forget and rejoin Wi-Fi",
   "text": "When Wi-Fi says connected but nothing loads, forget the network and join it again; it clears a stale setting.",
   "topics": [
    "wi-fi",
    "wifi",
    "wireless",
    "internet",
    "hotspot"
   ]
  },
  {
   "id": "browser-hard-refresh",
   "title": "Hard refresh a stuck page",
   "text": "Ctrl+Shift+R (Cmd+Shift+R on a Mac) reloads a page without the cached copy, which fixes most odd-looking pages.",
   "topics": [
    "browser",
    "cache",
    "chrome",
    "edge",
    "firefox",
    "website",
    "page"
   ]
  },
  {
   "id": "mfa-backup",
   "title": "Keep MFA backup codes",
   "text": "Save your MFA backup codes somewhere safe, or add the authenticator on a second device, so a lost phone doesn't lock you out.",
   "topics": [
    "mfa",
    "2fa",
    "authenticator",
    "two-factor",
    "phone",
    "verification code"
   ]
  },
  {
   "id": "clipboard-history",
   "title": "Clipboard history",
   "text": "Windows key + V shows the last things you copied, so you can paste something from five copies ago.",
   "topics": [
    "copy",
    "paste",
    "clipboard",
    "keyboard",
    "shortcut"
   ]
  },
  {
   "id": "screenshot-shortcut",
   "title": "Screenshot a region",
   "text": "Windows key + Shift + S (Cmd+Shift+4 on a Mac) captures just part of the screen, handy for sending us an error.",
   "topics": [
    "screenshot",
    "error",
    "screen",
    "shortcut",
    "keyboard"
   ]
  },
  {
   "id": "lock-screen",
   "title": "Lock when you step away",
   "text": "Windows key + L locks your screen in one move; it keeps your session open and your data private.",
   "topics": [
    "lock",
    "security",
    "laptop",
    "keyboard",
    "shortcut"
   ]
  },
  {
   "id": "onedrive-version-history",
   "title": "Get an older version back",
   "text": "In OneDrive or SharePoint, right-click a file and choose Version history to restore yesterday's copy.",
   "topics": [
    "onedrive",
    "sharepoint",
    "file",
    "document",
    "excel",
    "word",
    "deleted",
    "overwrote"
   ]
  },
  {
   "id": "teams-mute-shortcut",
   "title": "Mute in one keystroke",
   "text": "Ctrl+Shift+M toggles your microphone in Teams, so you don't have to hunt for the button mid-call.",
   "topics": [
    "teams",
    "meeting",
    "microphone",
    "mic",
    "audio",
    "call"
   ]
  },
  {
   "id": "phishing-report",
   "title": "Report suspicious mail",
   "text": "Use the Report button in Outlook for a suspicious email; it reaches the security team faster than a forward.",
   "topics": [
    "phishing",
    "spam",
    "suspicious",
    "scam",
    "email"
   ]
  }
 ],
 "phonetic": {
  "alphabet": "icao",
  "digits": "plain"
 }
};
