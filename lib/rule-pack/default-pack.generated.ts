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
 "signals": {
  "welcome": {
   "label": "Answers thanks with \"You're welcome\"",
   "labels": {
    "de": "Antwortet auf Dank mit „Gern geschehen“"
   },
   "points": 8
  }
 },
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
 "signal_when": {
  "ownership": {
   "not_situations": [
    "resolved",
    "thanked"
   ]
  },
  "teach": {
   "not_situations": [
    "resolved",
    "thanked"
   ]
  },
  "confirm-resolution": {
   "not_situations": [
    "resolved",
    "thanked"
   ]
  },
  "closing-question": {
   "not_situations": [
    "resolved",
    "thanked"
   ]
  },
  "welcome": {
   "situations": [
    "resolved",
    "thanked"
   ]
  }
 },
 "word_classes": {
  "address-opener": {
   "words": [
    "hi",
    "hello",
    "hey",
    "hiya",
    "aloha",
    "namaste",
    "hola",
    "olá",
    "bonjour",
    "salut",
    "ciao",
    "hej",
    "dear",
    "morning",
    "goodmorning",
    "afternoon",
    "evening",
    "thanks",
    "thank you",
    "sorry",
    "congrats",
    "congratulations",
    "welcome",
    "cheers",
    "ok",
    "okay",
    "sure",
    "great",
    "no problem",
    "no worries",
    "happy to help",
    "yes",
    "yep",
    "hey there",
    "hi there"
   ]
  },
  "we": {
   "words": [
    "I",
    "we"
   ]
  },
  "will": {
   "words": [
    "'ll",
    "will",
    "shall",
    "can",
    "could",
    "'m going to",
    "am going to",
    "'re going to",
    "are going to",
    "'m gonna",
    "am gonna",
    "'re gonna",
    "are gonna",
    "'d be (happy|glad|more than happy|delighted|pleased) to",
    "would be (happy|glad|more than happy|delighted|pleased) to",
    "'ll be (happy|glad|more than happy|delighted|pleased) to",
    "will be (happy|glad|more than happy|delighted|pleased) to",
    "(am|'m|are|'re) (happy|glad|more than happy|delighted|pleased) to",
    "'d (like|love) to",
    "would (like|love) to",
    "(want|wanted|need|aim|intend|plan|hope|'re trying|are trying|'ll try|will try) to",
    "(want|need|'d like|would like) to (be able to)",
    "('ll|will|shall|'d|would) have to",
    "('d|would) (like|love) to have (the|a|an) [chance|opportunity] (chance|opportunity) to"
   ]
  },
  "fut": {
   "words": [
    "will",
    "'ll",
    "shall",
    "am going to",
    "'m going to",
    "are going to",
    "'re going to",
    "am gonna",
    "'m gonna",
    "are gonna",
    "'re gonna"
   ]
  },
  "over-limit": {
   "verbs": [
    "exceed",
    "surpass",
    "overrun",
    "run out",
    "use up",
    "max out",
    "overdraw",
    "overspend"
   ]
  },
  "offer-will": {
   "words": [
    "'ll",
    "will",
    "shall",
    "'m going to",
    "am going to",
    "'re going to",
    "are going to",
    "'d be (happy|glad|more than happy|delighted|pleased) to",
    "would be (happy|glad|more than happy|delighted|pleased) to",
    "'ll be (happy|glad|more than happy|delighted|pleased) to",
    "will be (happy|glad|more than happy|delighted|pleased) to",
    "(am|'m|are|'re) (happy|glad|more than happy|delighted|pleased) to",
    "'d (like|love) to",
    "would (like|love) to",
    "(want|wanted|need|aim|intend|plan|hope|'re trying|are trying|'ll try|will try) to",
    "(want|need|'d like|would like) to (be able to)"
   ]
  },
  "praise-noun": {
   "words": [
    "compliment",
    "compliments",
    "commendation",
    "commendations",
    "praise",
    "praises",
    "kudos",
    "accolade",
    "accolades",
    "kind words",
    "good words",
    "nice words",
    "appreciation",
    "words of appreciation",
    "shout-out",
    "shoutout",
    "shout out"
   ]
  },
  "praise-modifier": {
   "words": [
    "very",
    "really",
    "so",
    "truly",
    "most",
    "many",
    "all",
    "such",
    "kind",
    "lovely",
    "nice",
    "warm",
    "warmest",
    "positive",
    "glowing",
    "wonderful",
    "generous",
    "heartfelt",
    "sincere",
    "gracious",
    "good",
    "great",
    "amazing",
    "fantastic",
    "sweet",
    "thoughtful",
    "recent",
    "latest",
    "numerous",
    "several",
    "much-appreciated",
    "well-deserved",
    "effusive",
    "high",
    "highest",
    "special"
   ]
  },
  "adv": {
   "words": [
    "just",
    "now",
    "also",
    "certainly",
    "surely",
    "definitely",
    "absolutely",
    "happily",
    "gladly",
    "personally",
    "still",
    "already",
    "currently",
    "actively",
    "then",
    "right",
    "quickly",
    "immediately",
    "really",
    "indeed",
    "gonna",
    "further",
    "both",
    "all",
    "carefully",
    "thoroughly",
    "closely",
    "promptly",
    "urgently",
    "properly",
    "duly",
    "swiftly",
    "diligently",
    "of course",
    "for sure",
    "be sure to",
    "make sure to"
   ]
  },
  "act": {
   "verbs": [
    "look into",
    "look in to",
    "look at",
    "look over",
    "look up",
    "take a [closer|deeper|quick|further|proper|good] look",
    "have a [closer|deeper|quick|further|proper|good] look",
    "(have|take|run|do) a [closer|deeper|quick|further|proper|good|full|thorough] check",
    "give you a (call|ring|shout)",
    "take care of",
    "reopen",
    "reassign",
    "assign",
    "bump",
    "ping",
    "make a note",
    "prioritise",
    "prioritize",
    "expedite",
    "look for",
    "inform",
    "stay with",
    "stay on top of",
    "continue (working|to work|helping|to help|looking|to look|investigating|to investigate)",
    "check",
    "double-check",
    "investigate",
    "review",
    "dig into",
    "fix",
    "resolve",
    "solve",
    "rework",
    "tackle",
    "upstream",
    "give (it|this|that|them|these|those|your patch|the patch) a [quick|proper|good] (try|go|shot|spin|test)",
    "sort",
    "sort out",
    "help",
    "assist",
    "pass",
    "share",
    "forward",
    "send",
    "resend",
    "escalate",
    "raise",
    "log",
    "report",
    "flag",
    "note",
    "contact",
    "call",
    "email",
    "message",
    "update",
    "upgrade",
    "follow up",
    "reach out",
    "refund",
    "reimburse",
    "compensate",
    "replace",
    "reset",
    "restart",
    "add",
    "add back",
    "bring back",
    "remove",
    "change",
    "cancel",
    "arrange",
    "book",
    "rebook",
    "process",
    "issue",
    "credit",
    "test",
    "reproduce",
    "verify",
    "try to reproduce",
    "ask",
    "chase",
    "handle",
    "make sure",
    "ensure",
    "open",
    "file",
    "create",
    "submit",
    "notify",
    "restore",
    "unlock",
    "enable",
    "apply",
    "clear",
    "deploy",
    "release",
    "push",
    "merge",
    "patch",
    "address",
    "monitor",
    "track",
    "keep an eye on",
    "provide",
    "ship",
    "dispatch",
    "request",
    "speak to",
    "talk to",
    "talk with",
    "speak with",
    "get back to",
    "get in touch",
    "be in touch",
    "let you know",
    "find out",
    "work on",
    "adjust",
    "correct",
    "amend",
    "waive",
    "initiate",
    "refresh",
    "reinstate",
    "reactivate",
    "activate",
    "attempt",
    "research",
    "do (some|a|the|further|more|a bit of) research",
    "repair",
    "debug",
    "implement",
    "improve",
    "set up",
    "put in",
    "pull up",
    "see what",
    "see if",
    "see how",
    "do what",
    "do everything",
    "do all",
    "do my best",
    "do our best",
    "get this",
    "get that",
    "get it",
    "get you",
    "get your",
    "get them",
    "get someone",
    "figure out",
    "troubleshoot",
    "walk you through",
    "tag",
    "loop in",
    "bring in",
    "alert",
    "cc",
    "point you",
    "guide you"
   ]
  },
  "tracker-report": {
   "words": [
    "(report|file) (it|this|that|them|this one|that one|the issue|the bug|the problem|an issue|a bug|a ticket|a report|a bug report|a new issue|a new bug|a new ticket)",
    "(open|raise|create|log|start|submit) (an|a) [new|separate|proper|github|gitlab|jira] (issue|bug|ticket|bug report|report|feature request)"
   ]
  },
  "tracker-report-lead": {
   "words": [
    "definitely",
    "just",
    "then",
    "so",
    "maybe",
    "probably",
    "please"
   ]
  },
  "elsewhere": {
   "words": [
    "support",
    "customer support",
    "customer service",
    "customer services",
    "customer care",
    "our support team",
    "the support team",
    "support team",
    "our team",
    "help desk",
    "helpdesk",
    "answer desk",
    "service desk",
    "chat team",
    "live chat",
    "our chat",
    "chat",
    "billing team",
    "billing",
    "sales team",
    "sales",
    "specialists",
    "store",
    "local store",
    "nearest store",
    "shop",
    "branch",
    "station",
    "station staff",
    "staff",
    "bank",
    "card issuer",
    "financial institution",
    "card company",
    "credit card company",
    "payment processor",
    "carrier",
    "courier",
    "manufacturer",
    "retailer",
    "seller",
    "vendor",
    "merchant",
    "developer",
    "developers",
    "dealer",
    "provider",
    "apple",
    "google",
    "amazon",
    "app store",
    "play store",
    "itunes",
    "form",
    "web form",
    "support form",
    "contact form",
    "ticket",
    "support ticket",
    "support request",
    "inbox",
    "forum",
    "forums",
    "community",
    "subreddit",
    "mailing list",
    "irc",
    "\\#",
    "phone line",
    "hotline",
    "helpline",
    "phone",
    "number",
    "them",
    "him",
    "her",
    "the team",
    "a specialist",
    "an agent",
    "a representative",
    "someone there",
    "stack overflow",
    "service centre",
    "service center",
    "repair centre",
    "repair center",
    "service provider",
    "q&a",
    "q&a site",
    "q&a forum",
    "discord",
    "slack",
    "gitter",
    "discussions",
    "github discussions",
    "matrix",
    "help center",
    "help centre",
    "stackoverflow",
    "reddit",
    "airline",
    "airport",
    "insurer",
    "insurance company",
    "landlord",
    "isp",
    "internet provider",
    "network provider",
    "operator",
    "maintainers",
    "maintainer",
    "upstream",
    "the authors",
    "the author",
    "publisher",
    "it department",
    "it team",
    "administrator",
    "admin",
    "sysadmin",
    "the developers",
    "the developer",
    "distributor",
    "reseller",
    "supplier",
    "electrician",
    "account manager",
    "account representative",
    "account rep",
    "sales rep",
    "sales representative",
    "oem",
    "system vendor",
    "hardware vendor",
    "laptop vendor",
    "board vendor",
    "device manufacturer",
    "hosting provider",
    "hosting company",
    "web host",
    "system administrator",
    "systems administrator",
    "network administrator",
    "it admin",
    "it administrator",
    "distro"
   ]
  },
  "channel": {
   "words": [
    "support",
    "support channel",
    "support channels",
    "support team",
    "technical team",
    "tech team",
    "technical support",
    "tech support",
    "support section",
    "support page",
    "support portal",
    "support site",
    "support centre",
    "support center",
    "support link",
    "support number",
    "support email",
    "support form",
    "support ticket",
    "help section",
    "help centre",
    "help center",
    "help page",
    "help desk",
    "helpdesk",
    "service desk",
    "helpline",
    "hotline",
    "phone line",
    "customer care",
    "customer service",
    "customer services",
    "customer support",
    "care team",
    "webform",
    "web form",
    "online form",
    "contact form",
    "feedback form",
    "complaint form",
    "request form",
    "chat support",
    "live chat",
    "chat team",
    "ticket",
    "ticketing system",
    "portal",
    "toll free number",
    "toll-free number",
    "feedback portal",
    "feedback site",
    "feedback page",
    "feedback hub",
    "ideas portal",
    "ideas site",
    "idea portal",
    "ideas forum",
    "customer care number",
    "social media",
    "social media platform",
    "social media platforms",
    "social media channel",
    "social media channels",
    "social media page",
    "social media pages",
    "social media handle",
    "social media handles",
    "social channels",
    "facebook",
    "facebook page",
    "instagram",
    "whatsapp"
   ]
  },
  "web-ending": {
   "words": [
    "com",
    "net",
    "org",
    "io",
    "co",
    "edu",
    "gov",
    "biz",
    "uk",
    "au",
    "ca",
    "nz",
    "ie",
    "sg",
    "ph",
    "za",
    "de",
    "fr"
   ]
  },
  "advise": {
   "words": [
    "you can",
    "you could",
    "please",
    "you'll need to",
    "you will need to",
    "you need to",
    "you should",
    "you'd need to",
    "best to",
    "you may want to",
    "you might want to",
    "I'd suggest",
    "I would suggest",
    "I suggest",
    "I'd recommend",
    "we recommend",
    "we'd recommend",
    "I recommend",
    "we suggest",
    "we advise",
    "we encourage you to",
    "recommend that you",
    "feel free to",
    "I'd also",
    "you might",
    "you can also",
    "you'll want to",
    "you'd have to",
    "you would have to",
    "you'll have to",
    "you will have to",
    "you have to",
    "you would need to",
    "your best bet is to",
    "your best bet would be to",
    "best bet is to",
    "the best thing is to",
    "the best thing would be to"
   ]
  },
  "send-to": {
   "verbs": [
    "contact",
    "call",
    "phone",
    "ring",
    "email",
    "write to",
    "write into",
    "write in to",
    "reach out to",
    "get in touch with",
    "speak to",
    "speak with",
    "talk to",
    "talk with",
    "chat with",
    "ask",
    "visit",
    "go to",
    "head to",
    "head over to",
    "pop into",
    "stop by",
    "check with",
    "follow up with",
    "submit",
    "file",
    "lodge",
    "open",
    "raise",
    "post",
    "direct",
    "return",
    "take it to",
    "take it back to",
    "take them back to",
    "take them to",
    "bring it back to",
    "bring them back to",
    "take it into",
    "bring it to",
    "send",
    "send a note to",
    "send an email to",
    "approach",
    "reach"
   ]
  },
  "community-channel": {
   "words": [
    "[community|steam|game's|official] (forum|forums|discussions|discussion board|discussion boards|boards|message board|message boards)",
    "[community|steam|game's|official] (subreddit|reddit|discord|discord server|discord channel|threads|newsgroup)",
    "community channel",
    "[community|steam|game's|official] (reviews|comments)",
    "steam community",
    "[the project's|users|user|devel|developers] (mailing list|mailing lists|list archives)"
   ]
  },
  "nl-venue": {
   "words": [
    "mailing list",
    "email list",
    "e-mail list",
    "mailing-list",
    "users list",
    "user list",
    "devel list",
    "developers list",
    "developer list",
    "forum",
    "forums",
    "community",
    "communities",
    "subreddit",
    "tracker",
    "bug tracker",
    "issue tracker",
    "q&a",
    "stack overflow",
    "stackoverflow",
    "superuser",
    "server fault",
    "discussions",
    "discourse",
    "discord",
    "slack",
    "gitter",
    "matrix room",
    "newsgroup",
    "google group",
    "list archives",
    "mailing list archives",
    "irc channel"
   ]
  },
  "nl-pass-on": {
   "verbs": [
    "raise",
    "report",
    "escalate",
    "pass",
    "forward",
    "log",
    "file",
    "open",
    "submit",
    "contact",
    "email",
    "message",
    "refer"
   ]
  },
  "nl-neg": {
   "words": [
    "not",
    "no",
    "never",
    "nothing",
    "none",
    "nobody",
    "nope",
    "cannot",
    "can't",
    "cant",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "haven't",
    "hasn't",
    "couldn't",
    "wouldn't",
    "unable"
   ]
  },
  "nl-fault": {
   "verbs": [
    "find",
    "reach",
    "connect",
    "contact",
    "resolve",
    "locate",
    "load",
    "open",
    "start",
    "boot",
    "verify",
    "authenticate",
    "replicate",
    "mount",
    "bind",
    "communicate",
    "obtain",
    "retrieve",
    "detect",
    "read",
    "decrypt",
    "parse",
    "initialize",
    "initialise",
    "enumerate",
    "negotiate",
    "establish",
    "validate"
   ]
  },
  "nl-finding": {
   "words": [
    "error",
    "errors",
    "problem",
    "problems",
    "issue",
    "issues",
    "fault",
    "faults",
    "bug",
    "bugs",
    "difference",
    "differences",
    "sign",
    "signs",
    "trace",
    "evidence",
    "record",
    "records",
    "reason",
    "cause",
    "culprit"
   ]
  },
  "nl-record": {
   "words": [
    "record",
    "records",
    "trace",
    "traces",
    "sign",
    "signs",
    "log",
    "logs",
    "note",
    "notes",
    "entry",
    "entries",
    "mention",
    "evidence",
    "history"
   ]
  },
  "nl-whose": {
   "words": [
    "your",
    "the",
    "that",
    "this",
    "these",
    "those",
    "a",
    "an",
    "any",
    "it",
    "them",
    "you",
    "such",
    "my",
    "his",
    "her",
    "their"
   ]
  },
  "nl-know": {
   "verbs": [
    "tell",
    "say",
    "remember",
    "recall",
    "imagine",
    "explain",
    "understand",
    "figure",
    "work out",
    "know",
    "reproduce",
    "replicate",
    "recreate",
    "repro",
    "trigger",
    "agree",
    "stress",
    "emphasize",
    "emphasise",
    "speak",
    "vouch",
    "find",
    "see",
    "spot",
    "locate",
    "follow",
    "picture",
    "guess",
    "be sure",
    "be certain",
    "feel",
    "notice",
    "hear",
    "observe",
    "perceive",
    "rely on",
    "depend on",
    "assume",
    "conclude",
    "reach a conclusion",
    "reach any conclusion",
    "reach any conclusions",
    "come to a conclusion",
    "draw a conclusion",
    "make that assumption",
    "make the assumption",
    "make an assumption",
    "make any assumption",
    "make assumptions"
   ]
  },
  "nl-denied-act": {
   "verbs": [
    "paste",
    "put",
    "attach",
    "embed",
    "nest",
    "place",
    "assign",
    "redirect",
    "override",
    "specify",
    "choose",
    "customise",
    "customize",
    "reuse",
    "host",
    "extend",
    "split",
    "combine",
    "mix",
    "expect",
    "rely on",
    "force",
    "skip",
    "bypass"
   ]
  },
  "nl-benefit": {
   "words": [
    "safe",
    "safely",
    "safer",
    "secure",
    "securely",
    "security",
    "protected",
    "protection",
    "encrypted",
    "private",
    "privately",
    "privacy",
    "confidential",
    "guaranteed",
    "peace of mind"
   ]
  },
  "refusal-act": {
   "verbs": [
    "refund",
    "offer",
    "accept",
    "process",
    "issue",
    "reissue",
    "change",
    "cancel",
    "approve",
    "provide",
    "give",
    "extend",
    "waive",
    "exchange",
    "replace",
    "return",
    "unblock",
    "reactivate",
    "reopen",
    "restore",
    "transfer",
    "share",
    "disclose",
    "release",
    "reverse",
    "credit",
    "honour",
    "honor",
    "allow",
    "permit",
    "add",
    "remove",
    "delete",
    "edit",
    "modify",
    "increase",
    "raise",
    "lower",
    "reduce",
    "grant",
    "send",
    "ship",
    "deliver",
    "support",
    "assist",
    "override",
    "unlock",
    "merge",
    "reserve",
    "book",
    "rebook",
    "compensate",
    "reimburse",
    "match",
    "activate",
    "verify",
    "discuss",
    "comment on",
    "publish",
    "sell",
    "stock",
    "host"
   ]
  },
  "con-docs": {
   "words": [
    "documentation",
    "docs",
    "doc",
    "manual",
    "manuals",
    "posting guide",
    "guide",
    "guidelines",
    "faq",
    "faqs",
    "readme",
    "wiki",
    "help page",
    "help pages",
    "man page",
    "manpage",
    "man pages",
    "vignette",
    "vignettes",
    "release notes",
    "changelog",
    "instructions",
    "template",
    "issue template",
    "rules",
    "forum rules",
    "tutorial",
    "handbook",
    "reference"
   ]
  },
  "con-polite": {
   "words": [
    "polite",
    "politely",
    "civil",
    "civilly",
    "courteous",
    "courteously",
    "respectful",
    "respectfully",
    "nicely"
   ]
  },
  "con-written": {
   "words": [
    "page",
    "terms",
    "email",
    "e-mail",
    "website",
    "site",
    "listing",
    "description",
    "label",
    "screen",
    "notice",
    "sign",
    "invoice",
    "receipt",
    "contract",
    "policy",
    "post",
    "announcement",
    "article"
   ]
  },
  "bad": {
   "words": [
    "odd",
    "strange",
    "weird",
    "concerning",
    "worrying",
    "alarming",
    "horrible",
    "terrible",
    "awful",
    "unfortunate",
    "a shame",
    "not ideal",
    "not good",
    "no good",
    "not great",
    "not okay",
    "not ok",
    "not right",
    "not acceptable",
    "unacceptable",
    "frustrating",
    "disappointing",
    "annoying",
    "upsetting",
    "stressful",
    "inconvenient",
    "a pain",
    "a hassle",
    "a nightmare",
    "gutting",
    "heartbreaking",
    "devastating",
    "a bummer",
    "rough",
    "tough",
    "scary",
    "not on",
    "not fair",
    "unfair",
    "not what (we|you) (want|expect|'d expect|would expect)",
    "horrible timing",
    "bad timing",
    "terrible timing"
   ]
  },
  "case-thing": {
   "words": [
    "code",
    "logic",
    "bug",
    "error",
    "setup",
    "config",
    "configuration",
    "flow",
    "behaviour",
    "behavior",
    "design",
    "log",
    "logs",
    "output",
    "cause",
    "root cause",
    "difference",
    "structure",
    "architecture",
    "docs",
    "documentation",
    "stack trace",
    "trace",
    "algorithm",
    "use case",
    "workflow",
    "scenario",
    "steps",
    "syntax",
    "script",
    "query",
    "command",
    "api",
    "schema",
    "format"
   ]
  },
  "news-verb": {
   "words": [
    "launching",
    "adding",
    "introducing",
    "releasing",
    "bringing",
    "bringing out",
    "rolling out",
    "offering",
    "announcing",
    "unveiling",
    "coming up with",
    "coming out with"
   ]
  },
  "everyone-news": {
   "words": [
    "features",
    "offers",
    "deals",
    "promotions",
    "promos",
    "discounts",
    "rewards",
    "content",
    "levels",
    "maps",
    "modes",
    "skins",
    "characters",
    "games",
    "events",
    "surprises",
    "goodies",
    "dishes",
    "recipes",
    "improvements",
    "additions",
    "products"
   ]
  },
  "news-many": {
   "words": [
    "more",
    "some",
    "lots of",
    "plenty of",
    "many",
    "loads of",
    "a few",
    "a few more",
    "a bunch of",
    "a lot of",
    "exciting",
    "great",
    "amazing",
    "awesome",
    "cool",
    "fun",
    "fresh",
    "new",
    "additional"
   ]
  },
  "feel-with": {
   "words": [
    "sympathise",
    "sympathize",
    "empathise",
    "empathize"
   ]
  },
  "feeling": {
   "words": [
    "dissatisfied",
    "unsatisfied",
    "unhappy",
    "displeased",
    "unimpressed",
    "angry",
    "sad",
    "let down",
    "fed up",
    "upset",
    "uncomfortable",
    "unwelcome",
    "disrespected",
    "ignored",
    "unheard",
    "mistreated",
    "fuming",
    "livid",
    "furious",
    "gutted",
    "heartbroken",
    "devastated",
    "miffed",
    "cheesed off",
    "peeved"
   ]
  },
  "experience-aim": {
   "verbs": [
    "want",
    "expect",
    "aim",
    "hope",
    "like",
    "desire",
    "intend",
    "wish",
    "mean",
    "envisage",
    "envision",
    "strive"
   ]
  },
  "degree": {
   "words": [
    "so",
    "very",
    "really",
    "truly",
    "incredibly",
    "extremely",
    "pretty",
    "quite",
    "utterly",
    "absolutely",
    "completely",
    "totally",
    "understandably",
    "genuinely",
    "particularly",
    "especially",
    "a bit",
    "a little",
    "rather",
    "super",
    "most",
    "deeply",
    "awfully",
    "terribly",
    "just",
    "certainly",
    "definitely",
    "such",
    "beyond",
    "seriously",
    "hugely",
    "more than a little",
    "no doubt"
   ]
  },
  "sincere-degree": {
   "words": [
    "sincerely",
    "wholeheartedly",
    "fully",
    "honestly"
   ],
   "from": "degree"
  },
  "psych": {
   "verbs": [
    "unsettle",
    "upset",
    "worry",
    "concern",
    "trouble",
    "distress",
    "alarm",
    "disappoint",
    "frustrate",
    "annoy",
    "infuriate",
    "madden",
    "exasperate",
    "irritate",
    "aggravate",
    "bother",
    "scare",
    "frighten",
    "terrify",
    "shock",
    "sadden",
    "dishearten",
    "discourage",
    "stress",
    "unnerve",
    "disturb",
    "horrify",
    "appal",
    "appall",
    "dismay",
    "embarrass",
    "overwhelm",
    "exhaust",
    "panic"
   ]
  },
  "contact": {
   "words": [
    "revert to you",
    "revert back to you",
    "revert with feedback",
    "revert back with feedback",
    "revert with an update",
    "revert back with an update",
    "revert with updates",
    "revert with further",
    "revert back with further",
    "revert with more details",
    "revert with details",
    "revert with a response",
    "revert with an answer",
    "revert with the outcome",
    "revert with the details",
    "update you",
    "get back to you",
    "get back in touch",
    "be in touch",
    "be back in touch",
    "be in contact",
    "get in touch with you",
    "reach out to you",
    "contact you",
    "call you",
    "ring you",
    "phone you",
    "email you",
    "e-mail you",
    "text you",
    "message you",
    "let you know",
    "keep you posted",
    "keep you updated",
    "keep you informed",
    "send you an update",
    "post an update",
    "post any updates",
    "post updates",
    "give you an update",
    "give you a call",
    "give you a ring",
    "follow up with you",
    "circle back",
    "keep you in the loop",
    "come back to you",
    "get back with you",
    "circle back to you",
    "check in with you",
    "check back in with you",
    "touch base with you",
    "be back with an update",
    "get back with an update",
    "come back with an update",
    "be right back with you",
    "be right back",
    "call you back",
    "ring you back",
    "reply to you",
    "respond to you",
    "write back to you",
    "drop you a line"
   ]
  },
  "report-back": {
   "words": [
    "let me know",
    "let us know",
    "let me hear",
    "let us hear",
    "tell me",
    "tell us",
    "confirm",
    "reply to let me know",
    "report back",
    "keep me posted",
    "keep us posted",
    "keep me in the loop",
    "keep us in the loop",
    "keep me updated",
    "keep us updated",
    "update me",
    "update us",
    "get back to me",
    "get back to us",
    "drop me a line",
    "drop us a line",
    "give me a shout",
    "give us a shout",
    "ping me",
    "ping us",
    "shout",
    "holler",
    "post back",
    "write back"
   ]
  },
  "ask-you": {
   "words": [
    "could you",
    "can you",
    "would you",
    "will you",
    "would you mind",
    "do you mind",
    "could you please",
    "can you please",
    "would you please",
    "if you could",
    "if you can",
    "please",
    "pls",
    "kindly"
   ]
  },
  "report-ask": {
   "words": [
    "report back",
    "reporting back",
    "let me know",
    "let us know",
    "letting me know",
    "letting us know",
    "tell me",
    "tell us",
    "telling me",
    "telling us",
    "confirm",
    "confirming",
    "get back to me",
    "get back to us",
    "getting back to me",
    "getting back to us",
    "post back",
    "posting back"
   ]
  },
  "self-report": {
   "verbs": [
    "report back",
    "post back",
    "write back",
    "come back",
    "get back",
    "check back",
    "circle back",
    "follow up",
    "let you know",
    "tell you",
    "update you",
    "keep you posted",
    "keep you updated",
    "keep you informed",
    "keep you in the loop",
    "confirm",
    "reply",
    "respond",
    "revert",
    "be back",
    "share"
   ]
  },
  "outcome": {
   "words": [
    "works",
    "worked",
    "working",
    "work",
    "fixed",
    "resolved",
    "solved",
    "sorted",
    "helps",
    "helped",
    "help",
    "better",
    "back",
    "goes",
    "went",
    "still",
    "again",
    "stable",
    "ok",
    "okay",
    "fine",
    "gone",
    "successful",
    "succeeds",
    "changes",
    "changed",
    "improves",
    "improved"
   ],
   "verbs": [
    "work",
    "fix",
    "help",
    "solve",
    "resolve",
    "sort",
    "do the trick",
    "hold",
    "stick",
    "last",
    "go through",
    "reoccur",
    "re-occur",
    "stabilise",
    "stabilize",
    "become stable",
    "come through",
    "load",
    "connect",
    "sync",
    "persist",
    "continue",
    "come back",
    "recur",
    "reappear",
    "return",
    "stall",
    "freeze",
    "hang",
    "fail",
    "crash",
    "break",
    "go away",
    "clear up",
    "happen again",
    "keep happening",
    "show up again",
    "get you going",
    "get it going",
    "get you sorted",
    "land",
    "arrive",
    "behave"
   ]
  },
  "fix-result": {
   "words": [
    "helpful",
    "useful",
    "of help",
    "better",
    "stable",
    "any better"
   ],
   "verbs": [
    "help",
    "improve",
    "fix",
    "resolve",
    "solve",
    "work",
    "make a difference",
    "make any difference",
    "make much difference",
    "make much of a difference",
    "change anything",
    "go away",
    "disappear",
    "stop",
    "become stable",
    "stabilise",
    "stabilize",
    "do the trick",
    "clear up"
   ]
  },
  "doubt": {
   "words": [
    "not sure",
    "unsure",
    "doubtful",
    "doubt"
   ]
  },
  "trial": {
   "verbs": [
    "try",
    "retry",
    "retest",
    "re-test",
    "rerun",
    "re-run",
    "re-try",
    "give it a shot",
    "give it a whirl",
    "give that a shot",
    "test drive",
    "test-drive",
    "try out",
    "test out",
    "test again",
    "try again",
    "test it again",
    "try it again",
    "give it another shot",
    "give it another go",
    "give it another try",
    "have another go",
    "have a go",
    "give it a go",
    "give it a try",
    "give that a go",
    "give that a try",
    "give this a go",
    "give this a try",
    "check",
    "run",
    "restart",
    "reboot",
    "reinstall",
    "update",
    "upgrade",
    "clear",
    "log in",
    "sign in",
    "reconnect"
   ]
  },
  "works": {
   "verbs": [
    "read",
    "expect",
    "cap",
    "retry",
    "expire",
    "strip",
    "block",
    "ignore",
    "override",
    "cache",
    "truncate",
    "reject",
    "rewrite",
    "convert",
    "lock",
    "treat",
    "look for",
    "pick up",
    "store",
    "rename",
    "overwrite",
    "sync",
    "trigger",
    "fire",
    "count",
    "load",
    "match",
    "depend on",
    "rely on",
    "default to",
    "fall back to",
    "time out",
    "round",
    "deduct",
    "queue",
    "batch",
    "detect",
    "skip",
    "inherit",
    "propagate",
    "persist",
    "redirect",
    "validate",
    "verify",
    "compare",
    "encrypt",
    "compress",
    "index",
    "limit",
    "prefer",
    "prioritise",
    "prioritize",
    "roll over",
    "carry over",
    "take precedence",
    "kick in",
    "get applied",
    "get reset",
    "get cleared",
    "get deleted",
    "get removed",
    "get overwritten"
   ]
  },
  "area": {
   "words": [
    "plan",
    "account",
    "setup",
    "set-up",
    "situation",
    "circumstances",
    "case",
    "needs",
    "requirements",
    "use case",
    "intent",
    "region",
    "location",
    "country",
    "provider",
    "bank",
    "company",
    "carrier",
    "device",
    "settings",
    "configuration",
    "network"
   ]
  },
  "fault-state": {
   "words": [
    "lack of",
    "a lack of",
    "missing",
    "insufficient",
    "incorrect",
    "wrong",
    "invalid",
    "outdated",
    "out-of-date",
    "stale",
    "corrupt",
    "corrupted",
    "expired",
    "mismatched",
    "conflicting",
    "duplicate",
    "duplicated",
    "misconfigured",
    "unsupported",
    "incompatible",
    "not enough",
    "too many",
    "too few",
    "too little",
    "leftover",
    "orphaned",
    "unescaped",
    "unquoted",
    "malformed",
    "truncated",
    "dangling"
   ]
  },
  "workload": {
   "words": [
    "tickets",
    "orders",
    "queries",
    "calls",
    "contacts",
    "chats",
    "emails",
    "bookings",
    "cases",
    "stock",
    "inventory",
    "demand",
    "interest",
    "time",
    "resources",
    "staff",
    "staffing",
    "agents",
    "drivers",
    "couriers",
    "riders",
    "testers",
    "reviewers",
    "volunteers",
    "maintainers",
    "developers",
    "engineers",
    "people",
    "hands",
    "capacity",
    "funding"
   ]
  },
  "mechanism": {
   "verbs": [
    "reset",
    "clear",
    "pause",
    "resume",
    "renew",
    "send",
    "generate",
    "hand out",
    "assign",
    "wake",
    "switch",
    "disconnect",
    "reconnect",
    "refresh",
    "restart",
    "reboot",
    "log you out",
    "sign you out",
    "save",
    "delete",
    "remove",
    "hide",
    "show",
    "display",
    "download",
    "upload",
    "charge",
    "bill",
    "apply",
    "close",
    "stop",
    "start",
    "drop",
    "keep",
    "use",
    "create",
    "update",
    "install",
    "back up",
    "expire",
    "lock",
    "unlock",
    "block",
    "cache",
    "sync",
    "strip",
    "ignore",
    "reject",
    "retry",
    "time out",
    "expect",
    "read",
    "load",
    "overwrite",
    "replace",
    "revert",
    "fall back",
    "default",
    "disable",
    "enable",
    "turn off",
    "turn on",
    "archive",
    "purge",
    "move",
    "rename",
    "convert",
    "round",
    "count",
    "skip",
    "queue",
    "prompt",
    "ask for",
    "check",
    "scan",
    "flag",
    "mark",
    "throttle",
    "limit",
    "cap",
    "split",
    "merge",
    "batch",
    "release",
    "hold",
    "charge",
    "deduct",
    "refund",
    "credit",
    "roll over",
    "carry over",
    "go to sleep",
    "dim",
    "mute",
    "notify",
    "trigger",
    "fire",
    "run",
    "kick in",
    "apply",
    "stay",
    "remain",
    "appear",
    "disappear",
    "vanish",
    "change",
    "restore",
    "re-enable",
    "shut down",
    "power off",
    "wipe",
    "reindex",
    "recalculate",
    "re-sync",
    "resync",
    "fail",
    "break",
    "crash"
   ]
  },
  "device-does": {
   "verbs": [
    "measure",
    "sample",
    "stream",
    "poll",
    "listen on",
    "bind to",
    "communicate with",
    "talk to",
    "route",
    "emit",
    "compute",
    "calculate",
    "interpolate",
    "average",
    "buffer",
    "decode",
    "encode",
    "parse",
    "boot from",
    "advertise",
    "broadcast",
    "negotiate",
    "authenticate against",
    "bridge",
    "tunnel",
    "forward",
    "transmit",
    "receive",
    "serve",
    "host",
    "handle",
    "manage",
    "control",
    "power",
    "drive"
   ]
  },
  "watch-for": {
   "words": [
    "keep an eye on",
    "keep an eye out for",
    "keep an eye out on",
    "stay tuned to",
    "watch",
    "follow",
    "subscribe to",
    "check",
    "see",
    "read",
    "refer to",
    "look at",
    "visit",
    "check out",
    "bookmark",
    "monitor",
    "consult",
    "review",
    "have a look at",
    "take a look at",
    "keep checking",
    "check back on"
   ]
  },
  "publication": {
   "words": [
    "changelog",
    "change log",
    "blog",
    "status page",
    "release notes",
    "announcements",
    "twitter",
    "newsletter",
    "docs",
    "documentation",
    "wiki",
    "faq",
    "faqs",
    "article",
    "guide",
    "link",
    "page",
    "site",
    "website",
    "repo",
    "issue",
    "thread",
    "discussion",
    "forum",
    "video",
    "tutorial",
    "post",
    "comment",
    "answer",
    "pr",
    "pull request",
    "readme",
    "man page",
    "manual",
    "help center",
    "help centre",
    "knowledge base",
    "kb",
    "inbox",
    "email",
    "emails",
    "spam folder",
    "notifications",
    "roadmap",
    "tracker",
    "milestone",
    "feed",
    "channel",
    "social media"
   ]
  },
  "send-back": {
   "words": [
    "send",
    "share",
    "tell",
    "post",
    "paste",
    "pastebin",
    "attach",
    "email",
    "e-mail",
    "upload",
    "give",
    "provide",
    "forward",
    "screenshot",
    "copy"
   ]
  },
  "info-sent": {
   "words": [
    "us",
    "me",
    "here",
    "back",
    "over",
    "it here",
    "them here",
    "it to us",
    "it to me",
    "them to us",
    "it over",
    "the output",
    "the full output",
    "the whole output",
    "its output",
    "the response",
    "the result",
    "the results",
    "the log",
    "the logs",
    "your log",
    "your logs",
    "a screenshot",
    "the screenshot",
    "screenshots",
    "the report",
    "the version",
    "the error",
    "the details",
    "the number",
    "the build number",
    "the info",
    "the information",
    "your output",
    "the crash report",
    "a link",
    "the link"
   ]
  },
  "control": {
   "words": [
    "button",
    "link",
    "menu",
    "tab",
    "setting",
    "settings",
    "option",
    "options",
    "field",
    "box",
    "checkbox",
    "toggle",
    "switch",
    "icon",
    "page",
    "screen",
    "panel",
    "section",
    "folder",
    "file",
    "directory",
    "dialog",
    "window",
    "key",
    "shortcut",
    "command",
    "flag",
    "preference",
    "preferences",
    "dropdown",
    "drop-down",
    "bar",
    "sidebar",
    "toolbar",
    "header",
    "footer",
    "dashboard",
    "console",
    "terminal",
    "config",
    "configuration",
    "profile",
    "account page",
    "app",
    "tool",
    "plugin",
    "extension",
    "feature"
   ]
  },
  "howto": {
   "verbs": [
    "click",
    "tap",
    "select",
    "choose",
    "go to",
    "navigate to",
    "open",
    "enable",
    "disable",
    "turn on",
    "turn off",
    "toggle",
    "set",
    "change",
    "configure",
    "edit",
    "delete",
    "recreate",
    "use",
    "run",
    "type",
    "enter",
    "upload",
    "hit",
    "press",
    "export",
    "import",
    "switch",
    "drag",
    "right-click",
    "untick",
    "tick",
    "uncheck",
    "mount",
    "unmount",
    "store",
    "cache",
    "block",
    "connect",
    "pair",
    "add",
    "remove",
    "rename",
    "move",
    "copy",
    "paste",
    "save",
    "restore",
    "reset",
    "clear",
    "create",
    "generate",
    "load",
    "point",
    "link",
    "sign in",
    "log in",
    "log out",
    "sign out",
    "scroll",
    "look under",
    "look in",
    "make sure",
    "ensure",
    "set up",
    "opt out",
    "unsubscribe",
    "subscribe",
    "manage",
    "grep",
    "install",
    "uninstall",
    "download",
    "purge",
    "chmod",
    "chown",
    "symlink",
    "compile",
    "build",
    "put",
    "append",
    "specify",
    "pass",
    "replace",
    "join",
    "check for",
    "request",
    "kill",
    "apt",
    "sudo",
    "double-click",
    "hold",
    "pin",
    "get rid of",
    "dismiss",
    "keep",
    "allow",
    "whitelist",
    "allowlist",
    "flush",
    "reload",
    "downgrade",
    "roll back",
    "revert",
    "map",
    "assign",
    "mark",
    "archive",
    "filter",
    "swipe",
    "long-press",
    "plug",
    "unplug",
    "tweak",
    "adjust",
    "modify",
    "override",
    "bind",
    "expand",
    "collapse",
    "hide",
    "pause",
    "schedule",
    "convert",
    "format",
    "escape",
    "wrap",
    "prefix",
    "grant",
    "revoke",
    "invite",
    "highlight",
    "drop",
    "sync",
    "forget"
   ]
  },
  "staff": {
   "words": [
    "colleague*",
    "coworker*",
    "co-worker*",
    "teammate*",
    "expert*",
    "engineer*",
    "developer*",
    "devs",
    "specialist*",
    "manager*",
    "supervisor*",
    "team",
    "teams"
   ]
  },
  "code-realm": {
   "words": [
    "sql",
    "python",
    "java",
    "javascript",
    "js",
    "typescript",
    "ts",
    "c",
    "c#",
    "c++",
    "go",
    "rust",
    "kotlin",
    "swift",
    "bash",
    "shell",
    "powershell",
    "url",
    "html",
    "xml",
    "json",
    "yaml",
    "regex",
    "system",
    "windows",
    "linux",
    "unix",
    "macos",
    "dos",
    "mysql",
    "postgres",
    "postgresql",
    "sqlite",
    "oracle",
    "excel",
    "r",
    "ruby",
    "php",
    "perl",
    "css",
    "dns",
    "file",
    "filename",
    "path",
    "device",
    "language",
    "keyboard"
   ]
  },
  "reserved-thing": {
   "words": [
    "word",
    "words",
    "keyword*",
    "name",
    "names",
    "character*",
    "identifier*",
    "symbol*",
    "prefix",
    "prefixes",
    "username*",
    "user name",
    "user names",
    "filename*",
    "file name",
    "file names",
    "term",
    "terms"
   ]
  },
  "site-staff": {
   "words": [
    "member",
    "members",
    "staff",
    "technician*",
    "agent*",
    "officer*",
    "representative*",
    "vendor*",
    "porter*",
    "housekeeping",
    "maintenance",
    "receptionist*",
    "driver*",
    "courier*",
    "chef*",
    "concierge*"
   ]
  },
  "get-in-touch": {
   "words": [
    "called",
    "rang",
    "phoned",
    "emailed",
    "texted",
    "messaged",
    "visited",
    "knocked",
    "contacted",
    "stopped by",
    "came by",
    "dropped by",
    "came round",
    "came over",
    "reached out"
   ]
  },
  "our-team": {
   "words": [
    "support",
    "tech",
    "technical",
    "dev",
    "devs",
    "development",
    "developer",
    "engineering",
    "billing",
    "product",
    "relevant",
    "right",
    "IT",
    "service",
    "customer care",
    "customer service",
    "customer support",
    "escalations"
   ]
  },
  "own-fix": {
   "verbs": [
    "fix",
    "address",
    "patch",
    "correct",
    "repair",
    "handle",
    "look into",
    "look at",
    "investigate",
    "implement",
    "change",
    "update",
    "improve",
    "document",
    "add",
    "support",
    "sort out",
    "resolve",
    "rework",
    "rethink",
    "reconsider",
    "revisit",
    "think about",
    "dig into",
    "track down",
    "figure out",
    "debug",
    "reproduce"
   ]
  },
  "done-change": {
   "verbs": [
    "increase",
    "extend",
    "lower",
    "decrease",
    "reduce",
    "reset",
    "unlock",
    "enable",
    "re-enable",
    "disable",
    "activate",
    "reactivate",
    "renew",
    "upgrade",
    "downgrade",
    "grant",
    "restore",
    "reinstate",
    "refund",
    "credit",
    "replace",
    "reissue",
    "install",
    "reinstall",
    "configure",
    "reconfigure",
    "update",
    "change",
    "adjust",
    "add",
    "remove",
    "delete",
    "create",
    "set up",
    "cancel",
    "waive",
    "approve",
    "whitelist",
    "allowlist",
    "unblock",
    "unsuspend",
    "merge",
    "rename",
    "transfer",
    "migrate",
    "expand",
    "lift",
    "release",
    "issue"
   ]
  },
  "change-step": {
   "verbs": [
    "update",
    "upgrade",
    "downgrade",
    "install",
    "reinstall",
    "apply",
    "patch",
    "rebuild",
    "recompile",
    "switch",
    "move",
    "try",
    "test",
    "follow",
    "clear",
    "reset",
    "restart",
    "reboot"
   ]
  },
  "fix-carrier": {
   "words": [
    "patch",
    "patches",
    "patchset",
    "fix",
    "fixes",
    "hotfix",
    "build",
    "builds",
    "version",
    "release",
    "update",
    "firmware",
    "driver",
    "kernel",
    "commit",
    "commits",
    "branch",
    "change",
    "changes",
    "diff",
    "series",
    "beta",
    "nightly",
    "snapshot",
    "workaround",
    "package",
    "binary",
    "image"
   ]
  },
  "retry-object": {
   "words": [
    "game",
    "app",
    "application",
    "site",
    "website",
    "program",
    "software",
    "tool",
    "extension",
    "plugin",
    "add-on",
    "service",
    "platform",
    "client",
    "feature",
    "mod",
    "device",
    "system"
   ]
  },
  "try-place": {
   "words": [
    "browser",
    "browsers",
    "chrome",
    "firefox",
    "safari",
    "edge",
    "opera",
    "brave",
    "vivaldi",
    "internet explorer",
    "incognito window",
    "private window",
    "incognito tab",
    "private tab",
    "window",
    "tab",
    "device",
    "devices",
    "computer",
    "computers",
    "pc",
    "laptop",
    "mac",
    "phone",
    "iphone",
    "android phone",
    "tablet",
    "ipad",
    "machine",
    "card",
    "credit card",
    "debit card",
    "payment card",
    "bank card",
    "payment method",
    "account",
    "email address",
    "network",
    "wifi",
    "wi-fi",
    "connection",
    "app",
    "mobile app",
    "website",
    "site",
    "desktop site",
    "mobile site",
    "web version",
    "desktop app",
    "web app"
   ]
  },
  "fix-fault": {
   "words": [
    "issue",
    "issues",
    "problem",
    "problems",
    "error",
    "errors",
    "crash",
    "crashes",
    "bug",
    "bugs",
    "warning",
    "warnings",
    "freeze",
    "freezes",
    "freezing",
    "hang",
    "hangs",
    "noise",
    "failure",
    "failures",
    "dropout",
    "dropouts",
    "regression",
    "glitch",
    "glitches",
    "lag",
    "stutter",
    "flicker",
    "trouble",
    "behaviour",
    "behavior"
   ]
  },
  "own-retest": {
   "verbs": [
    "retry",
    "re-try",
    "retest",
    "re-test",
    "rerun",
    "re-run",
    "recheck",
    "re-check",
    "try again",
    "test again",
    "check again",
    "check it again",
    "try it again",
    "test it again",
    "try that again",
    "try this again",
    "give it another try",
    "give it another go",
    "give it another shot"
   ]
  },
  "own-wish-hear": {
   "words": [
    "'d love to hear",
    "would love to hear",
    "'d like to hear",
    "would like to hear",
    "'d be interested to hear",
    "would be interested to hear",
    "'d be curious to hear",
    "interested to hear",
    "keen to hear",
    "curious to hear",
    "'d love to know",
    "would love to know",
    "'d be glad to hear",
    "would be glad to hear",
    "'d appreciate (it|hearing)",
    "would appreciate (it|hearing)",
    "will appreciate (it|hearing)",
    "'ll appreciate (it|hearing)"
   ]
  },
  "teach-means": {
   "verbs": [
    "call",
    "define",
    "declare",
    "increase",
    "decrease",
    "reduce",
    "lower",
    "raise",
    "modify",
    "inject",
    "poll",
    "reshape",
    "cast",
    "encode",
    "decode",
    "loop",
    "iterate",
    "navigate",
    "split",
    "sort",
    "group",
    "merge",
    "query",
    "fetch",
    "reference",
    "redirect",
    "restrict",
    "expose",
    "forward",
    "route",
    "rebuild",
    "recompile",
    "patch",
    "flash",
    "calibrate",
    "apply",
    "extend",
    "subclass",
    "instantiate",
    "initialise",
    "initialize",
    "register",
    "tag",
    "label",
    "attach",
    "detach",
    "combine",
    "concatenate",
    "strip",
    "trim",
    "parse",
    "sleep",
    "delay",
    "pull up",
    "bring up",
    "slow down",
    "speed up",
    "lock",
    "tap",
    "click",
    "select",
    "change",
    "edit",
    "set",
    "add",
    "remove",
    "replace",
    "use",
    "enable",
    "disable",
    "install",
    "uninstall",
    "copy",
    "move",
    "run",
    "type",
    "enter",
    "create",
    "delete",
    "import",
    "export",
    "upload",
    "download",
    "save",
    "restore",
    "configure",
    "specify",
    "pass",
    "mark",
    "drag",
    "toggle",
    "switch",
    "adjust",
    "tweak",
    "override",
    "convert",
    "format",
    "escape",
    "wrap",
    "point",
    "map",
    "assign",
    "filter",
    "hide",
    "schedule",
    "limit",
    "untick",
    "tick",
    "uncheck",
    "approximate",
    "interpolate",
    "compute",
    "calculate",
    "measure",
    "sample",
    "average",
    "compare",
    "store",
    "cache",
    "hold",
    "press",
    "swipe",
    "scroll"
   ]
  },
  "count": {
   "words": [
    "# #",
    "#",
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "several",
    "many",
    "few",
    "couple of"
   ]
  },
  "span-long": {
   "words": [
    "day*",
    "week*",
    "wk",
    "wks",
    "fortnight*",
    "month*"
   ]
  },
  "span-short": {
   "words": [
    "min",
    "mins",
    "minute*",
    "hour*",
    "hr",
    "hrs"
   ]
  },
  "past-point": {
   "words": [
    "yesterday",
    "last night",
    "last week",
    "last month",
    "this morning",
    "morning",
    "early morning",
    "dawn",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "# (am|pm)",
    "about # (am|pm)",
    "#:#"
   ]
  },
  "month-name": {
   "words": [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec"
   ]
  },
  "month-but-may": {
   "from": "month-name",
   "except": [
    "may"
   ]
  },
  "performance-job": {
   "words": [
    "download*",
    "upload*",
    "install",
    "installs",
    "installing",
    "installed",
    "installation",
    "installations",
    "build",
    "builds",
    "building",
    "compil*",
    "render*",
    "load",
    "loads",
    "loading",
    "boot",
    "boots",
    "booting",
    "booted",
    "sync*",
    "backup",
    "backups",
    "back up",
    "backing up",
    "scan",
    "scans",
    "scanning",
    "scanned",
    "import",
    "imports",
    "importing",
    "export",
    "exports",
    "exporting",
    "exported",
    "migration",
    "migrations",
    "indexing",
    "reboot",
    "rebooting",
    "rebooted",
    "restart",
    "restarting",
    "restarted"
   ]
  },
  "machine-subject": {
   "words": [
    "app",
    "apps",
    "api",
    "apis",
    "server",
    "servers",
    "site",
    "website",
    "page",
    "pages",
    "email",
    "emails",
    "e-mail",
    "mail",
    "message",
    "messages",
    "notification",
    "notifications",
    "sms",
    "text",
    "code",
    "codes",
    "plugin",
    "plugins",
    "extension",
    "extensions",
    "add-on",
    "bot",
    "robot",
    "system",
    "computer",
    "laptop",
    "pc",
    "device",
    "printer",
    "program",
    "software",
    "tool",
    "endpoint",
    "database",
    "db",
    "request",
    "requests",
    "webhook",
    "webhooks",
    "link",
    "portal",
    "dashboard",
    "browser",
    "phone",
    "tablet",
    "script",
    "game",
    "model"
   ]
  },
  "owed-service": {
   "words": [
    "reception",
    "front desk",
    "food",
    "meal",
    "meals",
    "drinks",
    "tea",
    "coffee",
    "breakfast",
    "lunch",
    "dinner",
    "table",
    "cab",
    "taxi",
    "bus",
    "shuttle",
    "doctor",
    "nurse",
    "technician",
    "engineer",
    "agent",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "callback",
    "call back"
   ]
  },
  "distance-place": {
   "words": [
    "hotel",
    "hostel",
    "guest house",
    "house",
    "villa",
    "cottage",
    "apartment",
    "apartments",
    "flat",
    "cabin",
    "lodge",
    "resort",
    "campsite",
    "property",
    "office",
    "offices",
    "shop",
    "store",
    "branch",
    "clinic",
    "hospital",
    "pharmacy",
    "station",
    "airport",
    "port",
    "pier",
    "harbour",
    "harbor",
    "terminal",
    "museum",
    "beach",
    "venue",
    "restaurant",
    "centre",
    "center",
    "town",
    "village",
    "park",
    "stadium",
    "hall",
    "campus",
    "school",
    "gym",
    "warehouse",
    "depot",
    "showroom"
   ]
  },
  "point-of-need": {
   "words": [
    "airport",
    "supermarket",
    "checkout",
    "counter",
    "pump",
    "petrol pump",
    "gas station",
    "border",
    "pharmacy",
    "chemist",
    "hospital",
    "clinic",
    "emergency room",
    "till",
    "toll"
   ]
  },
  "hurry-need": {
   "words": [
    "need*",
    "hope to",
    "hoping to",
    "have to",
    "has to",
    "must",
    "got to",
    "gotta",
    "want",
    "wants",
    "due",
    "deadline",
    "leav*",
    "fly",
    "flying",
    "travel*",
    "present*",
    "meeting",
    "flight",
    "train",
    "demo",
    "appointment",
    "exam",
    "interview",
    "class",
    "shift",
    "workshop",
    "webinar",
    "conference",
    "seminar",
    "training",
    "lecture",
    "wedding",
    "surgery",
    "audit",
    "inspection",
    "(start|starts|at|for|to|go to|get to) work",
    "go live",
    "launch*",
    "going out",
    "sent out",
    "send out",
    "reminders",
    "board",
    "boss",
    "client*",
    "customer*",
    "patients",
    "please",
    "pls",
    "plz",
    "kindly",
    "asap",
    "urgent*"
   ]
  },
  "feature-noun": {
   "words": [
    "credit",
    "contact",
    "contacts",
    "mode",
    "button",
    "feature",
    "features",
    "option",
    "options",
    "setting",
    "settings",
    "alert",
    "alerts",
    "sos",
    "exit",
    "kit"
   ]
  },
  "failing-device": {
   "words": [
    "drive",
    "drives",
    "disk",
    "disks",
    "ssd",
    "hdd",
    "link",
    "connection",
    "device",
    "devices",
    "driver",
    "firmware",
    "kernel",
    "system",
    "server",
    "router",
    "modem",
    "card",
    "adapter",
    "board",
    "array",
    "node",
    "process",
    "daemon",
    "module",
    "chip",
    "sensor",
    "controller",
    "interface",
    "port",
    "cpu",
    "gpu",
    "fan",
    "screen",
    "display",
    "monitor",
    "laptop",
    "pc",
    "computer",
    "machine",
    "vm",
    "container",
    "job",
    "build",
    "wifi",
    "wi-fi",
    "bluetooth",
    "usb",
    "printer",
    "battery",
    "radio",
    "ap",
    "access point",
    "service",
    "vpn",
    "tunnel",
    "mount",
    "filesystem",
    "pool",
    "raid",
    "camera",
    "headset",
    "keyboard",
    "mouse",
    "game",
    "editor",
    "browser",
    "nas",
    "san",
    "uplink",
    "wan",
    "lan",
    "ethernet",
    "switch",
    "hub",
    "dock",
    "psu",
    "ups",
    "nic",
    "tablet",
    "tv",
    "speaker",
    "host",
    "client",
    "session",
    "sync",
    "backup",
    "upload",
    "download",
    "stream",
    "headphones",
    "earbuds",
    "watch",
    "console"
   ]
  }
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
    "(hi|hello|hey|hiya|howdy|greetings|dear|aloha|namaste|goodmorning|hola|olá|bonjour|salut|ciao|hej)",
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
     "These are real bugs, and I'll need to rethink how the cache is built.",
     "If it's still wrong in the nightly, we should address it.",
     "Good catch, will look into it.",
     "Please allow us to take a look at this by emailing our care team.",
     "We're continuing to monitor the servers.",
     "Send your app version to our support address and I will be able to help you with the sync errors.",
     "I pinged some of the developers of the plugin.",
     "Thanks for the report, found the issue and it is fixed now.",
     "Those help entries are wrong. I will do that now and upload the new file.",
     "I'll look into this and get back to you.",
     "Let me check the mailbox settings.",
     "I've escalated your ticket to the network team.",
     "A member of our team will follow up with you.",
     "I've sent a refresh to your modem, give it ten minutes and let me know if it's stable.",
     "We can certainly pass this to the team.",
     "Let's get you sorted.",
     "I just tested your voucher and it works at checkout.",
     "Your comments will go to the design team."
    ],
    "pass": [
     "We'll need to see your logs first.",
     "You should fix that in your config.",
     "If you send the file, you will be able to help us.",
     "Should we fix this in the old branch?",
     "I don't think we should change the default.",
     "I'll need to know your version.",
     "If you still have trouble, we will be able to help you with that.",
     "Please DM us so we can assist.",
     "We're here to help.",
     "We'll need your order number first.",
     "Send us your address so I can log this for review.",
     "Is there anything else we can help with?",
     "Let us know if we can help with anything else.",
     "I've replied to your DM.",
     "Always happy to help!",
     "Thanks so much for the kind words! We'll make sure Raj hears this.",
     "We would love to make your next visit a better one.",
     "Once you exceed the plan limit, we will apply an add-on pack.",
     "If that fixes it, we will need to add a check to the installer."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "<we> [<adv>] [<adv>] <will> [<adv>] [<adv>] <act:base>",
    "I [<adv>] ('m|am) [<adv>] [<adv>] <act:ing>",
    "<we> [<adv>] ('ll|will|shall) [<adv>] be [<adv>] <act:ing>",
    "we [<adv>] ('re|are) [<adv>] [<adv>] <act:ing> [on|into|at|over|with|to|up|for|about|regarding|in] [on|with|for|to|about|in] (it|this|that|them|these|those|your|you|our|#|the|now|right now|as we speak|<act:base>|<act:ing>)",
    "<we> ('m|am|'re|are) [<adv>] on (it|this|the case)",
    "<we> ('m|am|'re|are) [<adv>] [<adv>] in the process of (<act:ing>|<action:ing>)",
    "<we> ('m|am|'re|are|remain) [<adv>] [fully|firmly|truly|very] (committed|dedicated) to [<adv>] (<act:ing>|<own-fix:ing>) (it|this|that|the|your|these|those|them)",
    "(the|this|that|these|those|your|all these|all those|all the|all your) ... (issue|issues|problem|problems|bug|bugs|crash|crashes|error|errors|glitch|glitches|fault|faults) [that|which] [you|you've|you have] [mention|mentioned|report|reported|describe|described|raise|raised|see|saw|noticed|found|hit] (is|are|'s|'re) [<adv>] [<adv>] being (worked on|looked into|looked at|investigated|addressed|fixed|handled|resolved|tackled)",
    "(on|in|onto|into|to) (our|my) (to do|to-do|todo|todos|to-dos) [list]",
    "<we> [<adv>] ['ve|have|had|'ll|will|shall|'m going to|am going to] [<adv>] (brought|bring) (this|it|that|these|your|the) [...] [issue|issues|question|thread|post|report|case|feedback|problem|matter] to the attention of (our|the|my|a|an|one of our)",
    "(has|have) [<adv>] been brought to the attention of (our|the|my|one of our)",
    "<we> [<adv>] <will> [<adv>] have (a|an|one of our|our|the|my|another) ... (<staff>) [<adv>] [<adv>] (<act:base>|comment|respond|reply|answer|weigh in|chime in)",
    "<we> [<adv>] ('ve|have|had) [<adv>] [<adv>] <act:past>",
    "<we> [<adv>] ('ve|have) [<adv>] [<adv>] (<act:base>|<done-change:base>|<own-fix:base>) (it|this|that|them|these|those|the|your|you|his|her|their|our|my|a|an|some|all)",
    "I [<adv>] [<adv>] ('ll|will|shall|'m going to|am going to) [<adv>] [<adv>] <action>",
    "(we|let me|let's|let us) [<adv>] [<adv>] ('ll|will|shall|'re going to|are going to) [<adv>] [<adv>] <action> (you|your|it|this|that|them|the|those|these|#|up|back|in|on|into|over|out|with|for|now|right now|today|asap|immediately|shortly)",
    "I [<adv>] ('ve|have) [<adv>] [<adv>] <action:past> (it|this|that|them|the|your|you|a|an|some|those|these|its|their|his|her|up|off|out|back|down|over|through|in|on|for|to|with|into)",
    "we [<adv>] ('ve|have) [<adv>] [<adv>] <action:past> (your|you|... (for|on|to|from|in|with) (you|your))",
    "I [<adv>] ('m|am) [<adv>] [<adv>] <action:ing> (it|this|that|them|the|your|you|a|an|some|those|these|its|their|his|her|up|off|out|back|down|over|through|in|on|for|to|with|into|#|v*)",
    "we ('re|are) [<adv>] [<adv>] <action:ing> (your|you|#|... ... [right] (now|today|as we speak|at the moment))",
    "(leave|leaving) (it|this|that|this one|that one|this bit|the rest|that part|this part|things) with (me|us)",
    "<we> (just|already|also|now|then) <act:past>",
    "<we> <act:past> (your|the|this|that|it|you|a|an|our|them|him|her|with|on|into|over|up|back|through|in)",
    "(let me|let's|let us) [<adv>] <act:base>",
    "I('m| am) (taking|going to take) ownership",
    "(leave it with|you can count on|you can rely on) (me|us)",
    "(would you like|do you want|shall|should) (me|us) to",
    "(our|my) ... (<staff>|staff|technician|agents) (will|'ll|are going to|is going to) [<adv>] <act:base>",
    "the [<our-team>] (<staff>|staff|technicians|agents) (will|'ll|are going to|is going to) [<adv>] (<own-fix:base>|check|double-check|review|verify|test|escalate|process|sort|sort out|take care of|take a look|have a look|dig into) (it|this|that|them|these|those|the|your|you|at|into|out|up|on|.|!|and|asap|shortly|right away|today|now)",
    "(our|my) ... (<staff>|staff|technicians|technician|agents|department) (has|have|'s|'ve) [<adv>] [<adv>] (<own-fix:past>|<done-change:past>|checked|double-checked|reviewed|verified|tested|escalated|processed|sorted|sorted out|taken care of|dug into)",
    "(our|my) ... (<staff>|staff|technician|agents) (are|is|'re|'s) [<adv>] <act:ing>",
    "the [<our-team>] (<staff>|staff|technicians|agents) (are|is|'re|'s) [<adv>] [<adv>] (working on|looking into|looking at|investigating|checking|reviewing|fixing|addressing|handling|on it|on this|aware and)",
    "<we> ('re|are|'m|am) [<adv>] [<adv>] (running|doing|carrying out|performing|conducting) (some|a few|a couple of|further|more|additional|extra|a|an|the|our)? [few|quick|further|more|additional|internal|extra|final] (check|checks|test|tests|diagnostic|diagnostics|investigation|investigations) (.|!|;|now|right now|as we speak|at the moment|on (it|this|that|them|your|you|the (issue|problem|account|case|order|device|line|connection)))",
    "(our|the) [<our-team>] (<staff>|staff|technicians|agents) (are|is|'re|'s) [<adv>] [<adv>] (running|doing|carrying out|performing|conducting) (some|a few|a couple of|further|more|additional|extra|a|an|the|our)? [few|quick|further|more|additional|internal|extra|final] (check|checks|test|tests|diagnostic|diagnostics|investigation|investigations) (.|!|;|now|right now|as we speak|at the moment|on (it|this|that|them|your|you|the (issue|problem|account|case|order|device|line|connection)))",
    "<we> ('re|are|'m|am) [<adv>] [<adv>] (investigating|looking into|checking|digging|working on) (.|!|;|and|what|why|how|whether|if|further|now|right now|as we speak)",
    "(your|the|this|that) ... (request|requests|complaint|complaints|case|ticket|concern|concerns|issue|matter|refund|query|report|claim|appeal|feedback|suggestion) (is|are|'s|'re|has been|have been) [<adv>] [now|currently] (under (review|investigation|consideration)|being (processed|reviewed|investigated|handled|looked into|looked at|checked|worked on|escalated|prioritised|prioritized|addressed))",
    "(a|an|the|your) [new|separate|support|internal|priority|formal|service] (ticket|complaint|request|case|report|bug report|claim) (has|have|'s|'ve) [<adv>] been [<adv>] (raised|registered|logged|created|opened|filed|submitted|lodged|initiated)",
    "(your|the) (ticket|complaint|request|case|report|claim|query) (for|about|regarding|concerning|on) ... ... ... (has|have|'s|'ve) [<adv>] been [<adv>] (raised|registered|logged|submitted|lodged|escalated|forwarded)",
    "(suggestion|suggestions|idea|ideas|request|requests|feedback|report|reports|bug|issue|issues|it|this|that|these|those|them) (has|have|'s|'ve) [<adv>] been [<adv>] (added|noted|logged|recorded|put|included) (to|in|on|onto|into) (our|the|my) [...] (list|backlog|tracker|roadmap|wishlist|wish list|queue|board)",
    "<we> [<adv>] ('ll|will|shall|'ve|have|had|'re|are|'m|am|'m going to|am going to)? [<adv>] (take|taking|took|taken) (this|it|that|your ... (concern|complaint|issue|case|feedback|matter)) up with",
    "<we> [<adv>] ('ll|will|shall|'ve|have|had|just|'m going to|am going to)? [<adv>] (mention|mentioned|tell|told|relay|relayed) (it|this|that|your ... (concern|complaint|issue|case|feedback|request|suggestion|idea)) (to|with) (the|our|my) ... (<staff>|staff|technicians|department|folks|people)",
    "<we> [<adv>] ('ll|will|shall|'ve|have|had|just|'m going to|am going to)? [<adv>] (tell|told) (the|our|my) ... (<staff>|staff|technicians|department|folks) [about (it|this|that|your)] (.|!|,|;|and|about|so|to|that)",
    "<we> [<adv>] <will> [<adv>] (confirm|clarify|verify|double-check|check) (this|it|that)? with (the|our|my) ... (<staff>|staff|technicians|department|folks)",
    "(I|we) ... ... ... (and|but|so) [<adv>] ('ve|have|will|'ll) [<adv>] (<act:past>|<act:base>)",
    "(I|we) ... ... ... (and|but|so) [<adv>] ('re|are|'m|am) [<adv>] [<adv>] <act:ing>",
    "(give|allow|grant) (me|us) (a|an|one|some|a few|a couple of|#|two|three|few|a little) [more|extra|few|bit of] (moment|moments|minute|minutes|sec|second|seconds|hour|hours|day|days|bit|time|while|week) [more|or two|or so] to [<adv>] (<act:base>|<action:base>)",
    "(bear with|hang on for|hold on for|hang tight for|wait for) (me|us) [a moment|a minute|a bit|a second] (while|as) (I|we) [<adv>] (<act:base>|<act:s>|<action:base>)",
    "(I|we) ... ... ... (and|but|so) [<adv>] ('ll|will|shall) be [<adv>] <act:ing>",
    "<we> [<adv>] (did|ran|made|have done|'ve done|have run|'ve run|had done|carried out|have carried out|'ve carried out) (a|some|several|a few|another|more|the) [quick|short|small|simple|little|brief|further|more|few|couple of] (test|tests|testing|check|checks|research|experiment|experiments|trial|trials|investigation|digging)",
    "<we> [<adv>] ('ll|will|shall|'m going to|am going to|'re going to|are going to|did|ran|have done|'ve done|have run|'ve run|tried|'ll try|will try|'ll try and|will try and|'ll try to|will try to) [<adv>] (do|run|try)? (a|some|several|a few|a couple of|another|more|similar|a similar|the same) [...] (test|tests|testing|experiment|experiments|trial|trials|test runs)",
    "I [<adv>] ['ve|have|had] [<adv>] (tested|retested|re-tested|reproduced|bisected|benchmarked|rebuilt|recompiled)",
    "I [<adv>] ('ve|have|had) [<adv>] run",
    "(try|test|apply|check|give) [out] (the|this|my) (attached|enclosed) [small|quick|proposed|updated|new|experimental|test] (patch|patches|patchset|fix|diff|build)",
    {
     "pattern": "\\b(?:it|this|that|th(?:is|e) (?:bug|issue)|this one) (?:was|has been|['’]s been|got|is|is now) (?:\\w{1,20} )?(?:fixed|implemented|corrected|resolved|addressed|patched) (?:in|with|by) (?:the )?(?:git |svn )?(?:commit|changeset|revision) [`'\"#]?r?[0-9a-f]{0,12}[0-9][0-9a-f]{0,20}"
    },
    {
     "pattern": "\\b(?:it|this|that|th(?:is|e) (?:bug|issue)|this one)(?: was| has been|['’]s been| got| is) (?:\\w{1,20} )?(?:fixed|corrected|resolved|patched|applied|merged) (?:in|by|at) (?:(?:commit|changeset|revision|rev):? ?)?(?:r\\d{2,8}|(?:[0-9]{1,9}[a-f]|[a-f]{1,9}[0-9])[0-9a-f]{4,19}(?:[0-9a-f]{20})?)\\b"
    },
    {
     "pattern": "\\b(?:it|this|that|th(?:is|e) (?:bug|issue)|this one)(?: was| has been|['’]s been| got| is) (?:\\w{1,20} )?(?:fixed|corrected|resolved|patched|applied|merged) (?:in|by|at) https?://[\\w.-]{1,20}/[\\w.-]{1,20}/[\\w.-]{1,20}/(?:[\\w.-]{1,20}/)?(?:commit|changeset|rev)s?/[0-9a-f]{6,20}"
    },
    "I [<adv>] ['ve|have|had] [<adv>] (tried|ran|booted|flashed|built|installed) (two|three|four|both|several|a few|a couple of|#|the latest|the same|your|this|that|the|a|an|another|it|them) [...] <fix-carrier>",
    "<we> [<adv>] (couldn't|could not|can't|cannot|wasn't able to|was not able to|weren't able to|were not able to|was unable to|were unable to|haven't been able to|have not been able to|'ve not been able to|didn't manage to|did not manage to|tried to|have tried to|'ve tried to|attempted to) [yet] (reproduce|replicate|recreate|repro|trigger)",
    "<we> [<adv>] ('m unable to|am unable to|'m not able to|am not able to|'re unable to|are unable to|'re not able to|are not able to) [yet] (reproduce|replicate|repro) (it|this|that|these|those|them|the|your|here|locally|on|with|in)",
    "<we> [<adv>] (can|could|was able to|were able to|am able to|'m able to|'ve been able to|have been able to|managed to|'ve managed to|have managed to) [also|now|still|easily|indeed|definitely|reliably|consistently|finally|actually|readily] (reproduce|replicate|recreate|repro) (it|this|that|the|your|these|those|them|here|locally|on|with|in|now|.|,|!)",
    "<we> [<adv>] ('ve|have|had|just|finally)? [<adv>] (found|identified|tracked down|traced|pinpointed|isolated|narrowed down|spotted|located) (the|this|that|a|an|your) [root|actual|real|likely|underlying|main] (issue|bug|problem|cause|culprit|fault|error|regression|leak)",
    "<we> [<adv>] ('ve|have|had|just)? [<adv>] made (the|that|this|those|these|all the|your|the requested|the necessary) [<adv>] (change|changes|fix|fixes|correction|corrections|adjustment|adjustments|amendment|amendments|edit|edits|update|updates|tweak|tweaks)",
    "<we> [<adv>] ('ve|have)? [<adv>] had a [closer|quick|further|proper|good|brief|little|deeper|first] look (at|into|over|through|and|,)",
    "I [<adv>] <action:past> (it|this|that|them|the|those|these)",
    "I [<adv>] <action:past> (your|you) [test|sample|file|files|project|code|example|drawing|form|dialog|script|attachment|repro|config|configuration|setup|log|logs|database|steps|case|lisp|macro|template|workbook]",
    "<we> [<adv>] ('ve|have|had) [<adv>] (changed|modified|patched|reworked|rewritten|rewrote|tweaked|adjusted|corrected|refactored|updated) (the|my|our|that|this|its) (code|source|source code|implementation|logic|routine|function|installer|build|script|help file|docs|documentation|sample)",
    "<we> ('d|would) like (an|a|one of our|our|the) ... to <act:base>",
    "(has|have|will|'ll) been (passed|shared|forwarded|escalated|raised|logged|reported|noted|sent) (on|to|with|along)",
    "(case|cases|ticket|tickets|request|requests|issue|issues|report|reports|complaint|complaints|query|queries|matter|concern|claim|enquiry|inquiry) (has|have|'s|'ve|will|'ll) [<adv>] been [<adv>] (assigned|referred|handed|allocated|routed|reassigned) (on|to|over to)",
    "(has|have|'s|'ve|will|'ll) [<adv>] been [<adv>] (assigned|referred|handed|allocated|routed|reassigned) (on|to|over to) (a|an|the|our|my|one of our) [...] [...] (<staff>|staff|technician|technicians|agent|agents|department|advisor|adviser|representative|colleague|person)",
    "(will|'ll) be (passed|shared|forwarded|escalated|raised|reported) (on|to|with|along)",
    "(will|'ll) be (looked into|investigated|addressed)",
    "your [...] [...] (concern|concerns|complaint|complaints|point|points|observation|observations|suggestion|suggestions|feedback|comment|comments|remark|remarks|grievance|grievances) ... ... ... (will|'ll|shall) [<adv>] be [<adv>] (taken care of|attended to|rectified|dealt with|taken up|worked on|acted on|acted upon)",
    "(your|the|this) (feedback|comments|suggestion|request|report|complaint|concern) (will|'ll) (go|be going) to",
    "<we> ('ll|will) (personally|make sure|see (this|it) through)",
    "I ('ll|will) do my best",
    "<we> [<adv>] (promise|pledge|guarantee|assure you|commit|undertake) [to|that <we> will|<we> will|we'll|I'll] [<adv>] <act:base>",
    "<we> (definitely|really)? want to do (what|everything|all) <we> can",
    "<we> ('d|would) [<adv>] (like|love) to (help|look|check|assist|investigate|sort|fix|dig|find|follow)",
    "happy to (look into|take a look|check|look at|investigate|dig into) (this|that|it|your)",
    "(happy|glad|more than happy|delighted) to (help|assist) [you] with (this|that|your)",
    "<we> [<adv>] <will> [<adv>] (get|have) (a|an|the|your|this|that|it|them|one|someone|those|these) ... <act:past>",
    "<we> [<adv>] (went|'ve gone|have gone|'ll go|will go|'m going to go|am going to go) ahead and",
    "<we> [<adv>] (went|'ve gone|have gone|had gone|'ll go|will go|shall go|'m going to go|am going to go|'re going to go|are going to go|can go|'d go|would go) [back|through|over|off|in|out] and [<adv>] [<adv>] (<action>|<act>) (it|this|that|them|the|your|you|a|an|some|those|these|its|their|his|her|each|every|all|both|up|off|out|back|down|over|through|in|on|for|to|with|into|at)",
    "(let me|let us|let's) [<adv>] go [ahead|back|through|over|off|in|out] and [<adv>] [<adv>] (<action:base>|<act:base>) (it|this|that|them|the|your|you|a|an|some|those|these|its|their|his|her|each|every|all|both|up|off|out|back|down|over|through|in|on|for|to|with|into|at)",
    "(<we> [<adv>] ('ll|will|shall|'m going to|am going to|'re going to|are going to)|let me|let us|let's) [<adv>] go (through|over) (your|the|these|those|this|that|all|each|every|both|all of|all the|our|my) ... ... and [<adv>] [<adv>] (<action:base>|<act:base>)",
    "<we> [<adv>] ('ve|have|had)? [<adv>] (went|gone) (through|over) (your|the|these|those|this|that|all|each|every|both|all of|all the|our|my) ... ... and [<adv>] [<adv>] (<action:past>|<act:past>)",
    "<we> ('d|would) (surely|certainly|definitely|gladly|happily|absolutely) <act:base>",
    "<we> [<adv>] [<adv>] <will> [<adv>] [<adv>] (make (it|this|that|things) right|put (it|this|that|things) right|take it from here|take (it|this|that) forward|pick (it|this|that) up|take over|have a go at|have a crack at|take a stab at|get (a|an|one of our|someone|somebody) ... (out|round|over|sent|booked) (to you|for you|to your|at your|on|this|today|tomorrow))",
    "<we> [<adv>] <will> [<adv>] try (and|to) [<adv>] (<act:base>|reproduce|replicate|recreate|repro|run|build)",
    "<we> [<adv>] <will> [<adv>] (try|run|load|build|flash|compile|install|see about) (your|this|that|it|the same|adding|changing|fixing|making|getting|a fix|an option) ... [on|with|here|against|locally|myself|for]",
    "<we> [<adv>] ('ve|have|had|just) [<adv>] (put|uploaded|posted) (a|an|the) [new|updated|fixed|test|patched] (build|version|image|package|firmware|binary|patch|installer) [up]",
    "<we> [<adv>] [recently|formally|finally|now|also] ('ve|have|had)? [<adv>] [recently|formally|finally] (posted|sent|pushed|submitted|committed|merged|uploaded|attached) (a|an|the|my|our) [...] (patch|patches|patchset|fix|fixes|hotfix|commit|pr|pull request)",
    "<we> [<adv>] [recently|finally] ('ve|have|had)? [<adv>] [recently|finally] (uploaded|pushed|put up) (a|an|the|my|our) [...] (build|version|image|package|firmware|binary|installer|update)",
    "<we> [<adv>] [<adv>] <will> [<adv>] put (a|an|the) [quick|proper|small] (fix|patch|change|check|workaround|request|order|ticket|claim|note|complaint) in",
    "<we> [<adv>] ('ve|have|had|just) [<adv>] (made|started) (a|an) [new|internal|support|separate] (ticket|case|bug|bug report|issue|report|request|note|claim|complaint)",
    "(our|my|the) ... (<staff>|staff|technicians|folks) (are|is|'re|'s) [<adv>] on (it|this|the case)",
    "(we|our ... (<staff>|staff|technicians)|the ... (team|engineers|developers|devs)) ('re|are|is|'s) [<adv>] aware [of (it|this|that|(this|that|these|the|your) ... (issue|issues|problem|problems|bug|bugs|error|errors|crash|crashes|fault|behaviour|behavior))] and [are|is|'re] [<adv>] (working|looking|investigating|digging|on it)",
    "<we> [<adv>] ('ll|will|shall|'d|would|'m going to|am going to) [<adv>] need to [<adv>] <own-fix:base>",
    "<we> [<adv>] (should|ought to) [<adv>] <own-fix:base> (it|this|that|these|those|the|your|them)",
    "<we> [<adv>] ('ll|will|shall|'m going to|am going to) [<adv>] do (that|this|it|so) [<adv>] (.|!|,|;|and|now|today|tonight|tomorrow|first|shortly|soon|later|this|next|when|once|after)",
    "(,|;) (will|'ll) [<adv>] <own-fix:base> (it|this|that|them|the|your|these|those|on|into)",
    "(,|;|:|.) (will|'ll) [<adv>] (<act:base>|<action:base>) [up] (and|with|internally|further|it|this|that|them|these|those)",
    "(allow|permit) (me|us) to [<adv>] <act:base>",
    "<we> [<adv>] ('re|are|'m|am|'ll|will) [<adv>] (continuing|continue|keep|keeping) (to <act:base>|<act:ing>)",
    "<we> [<adv>] (will|'ll|shall) be able to [<adv>] (help|assist|sort|fix|resolve|look into|check) [you] (with|out|this|that|it|your)",
    "I [<adv>] <act:past> (some|several|one|all|both|a few|two|three|each|most) of (the|your|our|his|her|their|those|these|them|my)",
    "(,|;|.|!|:) (found|fixed|tracked down|spotted|identified|reproduced|patched) (the|this|that|it|your) [issue|bug|problem|cause|culprit|fault|error]",
    "(,|;|.|!|:) [just|now|already] (made|pushed|committed|merged|applied|uploaded|added|landed) (the|a|this|that|your) [quick|small|proposed|suggested|requested] (change|fix|patch|commit|pr|tweak|option|setting)",
    "(.|!|:|;) (working on|preparing|writing|testing|putting together) (a|the) [quick|proper|possible] (fix|patch|pr|pull request|workaround|release|update)",
    "I [<adv>] ('ve|have|just)? [<adv>] (checked|double-checked|tested|verified|investigated|tried|retested|re-tested) (and|,|:|here|locally|again|myself|on my end|on my side|on our end|on our side)",
    "<we> [<adv>] ('ve|have|had|just)? [<adv>] put (a|an|the) [quick|short|permanent|temporary] (note|flag|marker|comment|request|hold|stop|block|priority) (on|in|against|to)",
    "(.|!|:|;) (looking at|taking a look at|having a look at) (this|it|that|your (issue|report|case|logs|log|config|account)) [<adv>] (now|right now|today|as we speak|shortly)",
    "(.|!|:|;) (sending|bumping|handing|forwarding|passing|escalating|flagging) (this|it|that|your (feedback|report|issue|case|query|request|details|complaint)) [over|on|up|along] (to|with) (the|our|my|a|an)",
    "<we> [<adv>] ['ve|have|had|just] [<adv>] (opened|filed|created|raised|logged|submitted|made|started|put up|sent|pushed) [issue|bug|pr] (\\#|#|a pr|a pull request|pr|pull request) [#]",
    "<we> [<adv>] ('ve got|have got|have|'ve|got) (a|the) [quick|possible|tentative|proper|small|candidate] (fix|patch|pr|pull request|workaround) (ready|in progress|locally|pending|up|here|for (this|it|that)|that|which|in the works)",
    "<we> [<adv>] <will> [<adv>] have (a|the) (fix|patch|workaround) (for|to) (your|this|that|it)"
   ],
   "except": [
    {
     "pattern": "\\b(?:fixed|corrected|resolved|patched|committed|applied|merged|pushed|landed) (?:in|by|as|at) [\\w:]{1,20},? (?:(?:\\w{1,20} )?(?:\\w{1,20} )?(?:\\w{1,20} )?(?:years?|months|ages) ago|(?:a )?long (?:time )?ago|last (?:year|month)|years back|(?:back )?in (?:19|20)\\d\\d)"
    },
    {
     "pattern": "\\b(?:fixed|corrected|resolved|patched|committed|applied|merged|pushed|landed) (?:in|by|as|at) [\\w:]{1,20},? by (?:the |an? |another |some )?(?:upstream|previous|former|original|third[- ]party|vendor|other|another|external)\\b"
    },
    {
     "pattern": "\\b(?:you|they|he|she|someone|somebody) (?:said|say|says|wrote|claim|claims|claimed|mentioned|thought|think|told me|told us)(?: that)? (?:it|this|that|th(?:is|e) (?:bug|issue))(?: was| has been|['’]s been| got| is) (?:\\w{1,20} )?(?:fixed|corrected|resolved|patched|applied|merged)\\b"
    },
    "(pleased|happy|glad|delighted|thrilled|excited) to (inform|notify) [you|all|everyone] [that] (the|our|a|an) [<adv>] [new|newly|renovated|refurbished|rooftop] (pool|pools|menu|menus|restaurant|bar|spa|gym|lobby|garden|terrace|wing|rooms|suites|property|hotel|resort|venue|shop|store|branch|site|website|app|range|collection|season|timetable|opening hours)",
    "(if|whether|unless|in case|once|when|after) (a|an|the|your|this|that) ... ... (has|have|'s|is|are) [<adv>] (been|being|under) [<adv>] (raised|registered|logged|created|opened|filed|submitted|lodged|initiated|processed|reviewed|review|investigation) | been [<adv>] (raised|registered|logged|submitted|lodged|escalated|forwarded|created|opened|filed|initiated) [...] ?",
    "I [<adv>] ['ve|have|had] [<adv>] (run|ran) (into|across|out|short|low|behind|late|off|away)",
    "('d|would) (like|love) to have (the|a|an) [chance|opportunity] (chance|opportunity) to ... ... ... [...] [,|;] (but|however|though|although|yet)",
    "made (the|that|this|those|these|all the|all those|all these) [<adv>] (change|changes|adjustment|adjustments|update|updates|tweak|tweaks) to (the|our|its) ... (in|back in|last|since|earlier this|at the start of|at the end of) (<month-name>|spring|summer|autumn|fall|winter|year|quarter|#)",
    "(under (review|investigation|consideration)|being (processed|reviewed|investigated|handled|looked into|looked at|checked|worked on|escalated|addressed)) [<adv>] by (the|a|an|your|their|his|her|its|another|other) | been [<adv>] (raised|registered|logged|submitted|lodged|reported|filed) ... by (others|(another|other|several|many|some|a few|multiple|#|more) [...] (user|users|customer|customers|people|members|guests|clients|of you))",
    "being [<adv>] (worked on|looked into|looked at|investigated|addressed|fixed|handled|resolved|tackled) [<adv>] by (another|other|their|its|his|her|them|{name}|the [...] [...] (developers|devs|maintainers|vendor|vendors|manufacturer|project|community|provider|authors|upstream))",
    "(not|isn't|aren't|wasn't|won't|never|no longer) [<adv>] [be|been] [<adv>] (on|in|onto|into|to) (our|my) (to do|to-do|todo|todos|to-dos)",
    "(perhaps|maybe|possibly|hopefully|probably|(I|we) (guess|suppose|imagine|reckon)) [,] [that] <we> (can|could|might|may|need to|should|have to|ought to|must)",
    "(<doubt>|not certain|uncertain|no idea|don't know|do not know|wonder) [if|whether|that] <we> [<adv>] (can|could|will|'ll|would|'d|should|need to)",
    "(ask|asking) (you|to <action:base>|(if|whether|that) you|for (your|you|some|more|any|a few|additional|further) ... (details|detail|info|information|logs|log|screenshot|screenshots|number|numbers|id|data|output|trace|traces|steps)) | (request|requesting) (you to|that you) [<adv>] (<action:base>|kindly|please|confirm|reply|respond|try|use|give|let|keep)",
    "(<we>) [<adv>] (can|could|might|may) [<adv>] (look|have a look|take a look|work|test|play|experiment|debug|start) (at|into|with|on|from) (?|,|.|or)",
    "(before|until|till) <we> (can|could|'re able to|are able to|'ll be able to|will be able to|'d be able to|would be able to)",
    "back and forth",
    "(help|assist|support) [you] [further|with this|with that|with it] by [you] (sending|sharing|providing|emailing|writing|dropping|filling|contacting|reaching|messaging|giving|calling|submitting|raising|dming|direct messaging) (us|me|in|over|out|your|... (with|to) (us|me))",
    "(have|had) (I|we) [<adv>] [<adv>] (<act:past>|<action:past>)",
    "(will|'ll|shall) be [<adv>] <act:ing> (new|more|some|additional|exciting|several|many|further|other) [...] (features|updates|options|products|services|offers|improvements|changes|functionality|versions|releases)",
    "(working on|building|developing|preparing|designing|planning) (a|an|the|our|some) [brand] (new|next|updated|improved|redesigned) [<adv>] [mobile|desktop|web] (app|application|version|release|website|site|product|design|look|experience|features|feature set|platform)",
    "(working on|building|developing|preparing|designing|planning|adding) [more|new|cool|exciting|great|lots of|many|other|additional|further|bigger|brand new] [...] (features|improvements|levels|maps|modes|missions|characters|weapons|cars|items|skins|things|stuff|additions|content)",
    "(release|releasing|launch|launching|roll out|rolling out|introduce|introducing|unveil|unveiling|bring out|bringing out) [a|an|the|our|some] [brand] new ... (product|products|app|apps|application|client|version|edition|platform|site|website|range|model|models|line) (in|next|soon|later|this|for (everyone|all)|.|,|;|!)",
    "<we> [<adv>] (aim|strive|endeavour|endeavor|seek) to [<adv>] (provide|create|offer|deliver|give|build|be|maintain|keep|foster|bring)",
    "(improve|improving|enhance|enhancing|better|bettering) [our|the|your] [overall|general|user|customer|in-app|app] (experience|experiences|service|services|app|product|products|platform|offering|offerings) (.|,|;|!|and|for|so|with|through|every|each|as)",
    "(always|constantly|continuously|continually|forever) [<adv>] (working|striving|trying|looking) (to|on) (improve|improving|enhance|enhancing|better|bettering) (.|,|;|!|and|for|so|every|each|as)",
    "<we> [<adv>] (want|wish|hope|aim|strive|'d like|would like|'d love|would love|continue|will continue|'ll continue) to [<adv>] (improve|enhance|grow|evolve|get better|do better|be better) (.|,|;|!|and|so|every|each|as|going forward|in the future|over time)",
    "<we> [<adv>] ('d|would) [<adv>] (like|love) to [<adv>] (ask|request) [to ask] (you|if|whether|that you|for your|for you)",
    "<we> ('d|would) [<adv>] (love|like) to (see|welcome|have|host|serve) (you|you both|you all|y'all|both of you) ... ... (again|back|soon|next time|in the future|anytime|any time)",
    "(kind|lovely|nice|warm|positive|glowing|wonderful|generous|sweet|great|5-star|five-star|amazing|awesome|fantastic) (review|words|comments|feedback|rating|message|note|shout-out|shoutout) [;|,|.|!|and] ... ... (pass|passing|share|sharing|forward|forwarding|relay|relaying) [along|on] (your|the|these|those|all|all your) (comments|feedback|words|review|message|note|praise|compliments|kind words) [along|on] (to|with) (the|our|my|all|everyone|everybody)",
    "(pass|passing|passed|share|sharing|shared|forward|forwarding|forwarded|relay|relaying|relayed|send|sending|sent|give|giving|gave|bring|pass along|pass on|passing on|passed on) [on|along] (your|these|those|the|this|that|such|all|all the|all your) [very|really|so] (kind|lovely|nice|warm|positive|glowing|wonderful|generous|sweet|good|great|amazing|fantastic) (words|comments|feedback|message|messages|note|notes|review|reviews|remarks|wishes)",
    "(pass|passing|passed|share|sharing|shared|forward|forwarding|forwarded|relay|relaying|relayed|send|sending|give|giving|pass along|pass on|passing on|passed on) [on|along] (your|these|those|the|this|that|such|all|all the|all your|our) [very|really|so|kind|lovely|warm] (<praise-noun>|thanks|gratitude|thank you|thank-you)",
    "(your|the|these|those|such) [very|really|so] (kind|lovely|nice|warm|positive|glowing|wonderful|generous) (words|comments|feedback|message|remarks|review|sentiments|wishes) (will|'ll|have|has) [be|been] (passed|shared|forwarded|sent|relayed)",
    "(pass|passing|passed|share|sharing|shared|forward|forwarding|forwarded|relay|relaying|relayed|convey|conveying|conveyed|send|sending|sent|give|giving|gave|pass along|pass on|passing on|passed on) [on|along] (your|these|those|the|this|that|such|all|all the|all your|our) [<praise-modifier>] [<praise-modifier>] [<praise-modifier>] <praise-noun>",
    "(your|the|these|those|such|all) [of] [your|the|these|those] [<praise-modifier>] [<praise-modifier>] [<praise-modifier>] (<praise-noun>|thanks|gratitude) [you [have|'ve] (left|gave|given|shared|wrote|written|sent|paid|expressed|posted)] [(to|for|about|on|of|regarding|towards|toward) ... [<staff>|staff|crew]] (will|'ll|have|has|'ve|'s|are|is) [<adv>] [be|been] [<adv>] (passed|shared|forwarded|sent|relayed|conveyed|passed on|passed along|handed on)",
    "(kind|lovely|nice|warm|generous|sweet|positive) (words|comments|feedback|message|note|review|wishes|compliment|compliments) [,|and] ... ... (pass|share|forward|relay|send) (them|it|this|that|these|those) (on|along)",
    "<we> ('ll|will|shall) [<adv>] make sure (he|she|they|{name}) (hears|sees|knows|gets|receives|reads) (this|that|it|your|about|these|those|the)",
    "<we> [<adv>] [<adv>] <will> [<adv>] [<adv>] (help|assist)",
    "<we> <will> [<adv>] (notify|inform|update|tell|let) [you] [know] (if|in case) (there|any)",
    "<we> <will> [<adv>] (notify|inform|update|alert|tell) you (once|when|as soon as) ... (up|back|available|live|launched|open|reopened|resumed|restored|enabled) [again]",
    "(how|what|where|ways) [else] <we> (can|could|might|may|should) [<adv>] (improve|do better|get better|serve you better|better serve)",
    "<we> (shall|will|'ll|would|'d) [<adv>] do (everything|whatever|our best|our utmost|our level best) [in our power|within our power|we can|possible] to (turn (this|it|things) around|improve|better|enhance)",
    "<we> [<adv>] [('ve|have|had)] [<adv>] (removed|disabled|discontinued|withdrawn|withdrew|stopped|deactivated|dropped|retired) (the|this|that|our) ... (feature|option|functionality|facility|service|setting) (from|in|on|for) (the|our|this) (app|application|site|website|platform|product)",
    "<we> [<adv>] [('ve|have|had)] [<adv>] (removed|disabled|discontinued|withdrawn|withdrew|deactivated|dropped|retired|deprecated|ended|pulled) [the|our|all] ... support (for|from|in|on|of|.|,|;)",
    "so [that] <we> (can|could|may|might|'re able to|are able to|am able to|'m able to|'ll be able to|will be able to|'d be able to|would be able to|have|'ve|get to) ...",
    "(in order|so as) to",
    "(if|whether|once|when|where) (there's anything|there is anything)? <we> (can|could|may)",
    "(anything|something) [else|more|further] [that] <we> (can|could|may)",
    "(not|no) (a|an|any) ... <we> (can|could)",
    "(glad|happy|pleased|great|good) [that] <we> (could|were able to|managed to|got|have|'ve|had)",
    "(as|like) <we> (said|mentioned|noted|explained|asked)",
    "<we> (noted|asked) (that|if|whether|you|for)",
    "<we> (can|could) ... (anything else|any other|further questions|more questions)",
    "(anything|something) else <we> can",
    "<we> ('ll|will) be (here|around|there|available|waiting)",
    "<we> ('ll|will) (need|have to ask) (your|you|a|an|the|some|more|any|further|this|that|these|those|#|to (ask|know|see|have|get|hear|check with|confirm|verify|request|collect|receive))",
    "<we> ('ll|will) have to ask",
    "<we> ('d|would) (like|love) to know",
    "<we> ('d|would) (like|love) you to",
    "<we> ('d|would) be happy to hear",
    "always (happy|glad) to",
    "(happy|glad) to help (whenever|anytime|any time|at any time)",
    "we ('ll|will) see you",
    "I ('ll|will) be honest",
    "<we> ('ll|will) let you know if <we> need",
    "<we> (can|could) (only|not)",
    "<we> (can|could|was able to|were able to|am able to|'m able to|'ve been able to|have been able to) [also|now|still|easily|indeed] (see|tell|confirm|verify|export|find)",
    "(if|unless|once|when|whether|whenever|as soon as|so that|so|hoping|hope|to see if|such that|in order that) <we> [<adv>] (can|could|'m able to|am able to|'re able to|are able to|'ll be able to|will be able to|manage to) [<adv>] (reproduce|replicate|recreate|repro)",
    "(if|unless) ... ... , <we> [<adv>] (can|could) [<adv>] (reproduce|replicate|recreate|repro)",
    "(once|when|after|as soon as) (you|we get|we receive|we have|I get|I receive|I have) ... ... , <we> [<adv>] (can|could) [<adv>] (reproduce|replicate|recreate|repro)",
    "<we> [<adv>] (can|could) [<adv>] (reproduce|replicate|recreate|repro) ... (if|unless|once|as soon as|provided|without|when you|after you|when we get|when we receive|after we get|after we receive|when I get|when I receive|after I get|after I receive)",
    "(send|attach|share|upload|give|provide|forward|email|e-mail|post|describe|tell|write|list|record|export|zip) ... (and|and then) <we> [<adv>] (can|could) [<adv>] (reproduce|replicate|recreate|repro)",
    "(which|whom) <we> [<adv>] (can|could) [<adv>] (reproduce|replicate|recreate|repro)",
    "(way|manner|form|format|shape|state) (that|in which|where) <we> [<adv>] (can|could) [<adv>] (reproduce|replicate|recreate|repro)",
    "(a|an|any|some|enough|more) [<adv>] [small|simple|minimal|short|sample|test|working|reduced] (sample|example|test case|scenario|steps|setup|file|files|data|project|database|log|logs|recording|video|details|information|info) <we> [<adv>] (can|could) [<adv>] (reproduce|replicate|recreate|repro)",
    "(faster|sooner|quicker|easier|earlier|more easily|more quickly|better) <we> [<adv>] (can|could) [<adv>] (reproduce|replicate|recreate|repro)",
    "(ideally|hopefully|maybe|perhaps|possibly|think|doubt|sure|believe|expect|wish|suppose|guess|see whether) [that] <we> [<adv>] (can|could) [<adv>] (reproduce|replicate|recreate|repro)",
    "we ('ve|have|had) [<adv>] (fixed|resolved|addressed|released|added|implemented|merged|pushed|deployed|shipped|improved|changed|updated) ... (in|with|since|as of|for) [the] [latest|next|new|upcoming|current] (version|release|build|update|v|#|master|main|nightly|beta|develop) | (in|since|as of|from) (#) . (#) [.] [#] [,] we [<adv>] ('ve|have|had)? [<adv>] (fixed|resolved|added|implemented|improved|changed|updated|removed|dropped|replaced|introduced|made) (the|a|an|our|with|on|into|over|up|back|in)",
    "we [<adv>] (fixed|resolved|addressed|released|added|implemented|merged|deployed|shipped|improved|changed|updated|removed|dropped|deprecated|renamed|replaced|introduced|rewrote|redesigned|moved) ... (in|with|since|as of|from) [the] [latest|last|next|new|upcoming|current|previous] (version|release|build|update|v*|#|master|main|nightly|beta)",
    "<we> [<adv>] ('ve|have|had|just)? (released|published|shipped|tagged|cut) (#|v*|version|a new|the new|the latest|a release|release|an update) | (in|since|as of|from|with) [the] [latest|last|new|current|previous|first] [#] [.] [#] (version|versions|release|releases|build|update|v*) [#] [.] [#] [.] [#] [,] we [<adv>] ('ve|have|had)? [<adv>] (fixed|added|implemented|improved|changed|updated|removed|dropped|replaced|introduced|made)",
    "<we> [<adv>] ('ve|have|had|just) [<adv>] (fixed|resolved|addressed|added|improved|changed|updated|removed) ... ... (in|with|since|as of|from) (our|the|this|today's) [latest|last|new|recent|most recent|current] (version|release|build|update|app update|patch)",
    "<we> [<adv>] ['ve|have|had|just] [<adv>] (sent|dropped|shot|emailed|messaged|pinged|dmed|pmed) (you|ya) [a|an] [quick|short|private|separate|new] (email|mail|dm|direct message|private message|pm|message|note|line|reply)",
    "<we> [<adv>] ['ve|have|had|just] [<adv>] (sent|posted|shared|put|replied|answered|responded|added) ... ... (in|via|by|over|through) (the|our|an|a|your|this|that) [private|separate|same|existing] (email|mail|dm|direct message|private message|pm|message|inbox) [thread|chain|conversation|exchange]",
    "(how|what|where|when|whether|if) <we> (can|could|might|may|will|would) [best|further] (assist|help|support)",
    "(let's|let us) (follow up|continue|carry on|take this|move this|pick this up|talk|chat) [on this|about this|this] (via|by|over|in|through|on) (email|mail|dm|dms|direct message|private message|pm|pms|private|the phone|phone)",
    "<we> [<adv>] ('ve|have|had|just)? (edited|updated|reformatted|formatted|fixed|tidied|cleaned up|retitled|renamed) (your|the|this) (comment|post|title|formatting|description|issue title|markdown|code block|message|thread|question)",
    "(tracking|tracked|discussing|discussed|covering|covered|following|followed) (this|it|that) (in|at|under|over at|via|on) [\\#|issue|the|another|a separate|a different|#]",
    "(moved|moving|move|transferred|transferring|transfer|converted|converting|convert|migrated|migrating|migrate) (this|it|the issue|the thread|this issue|this thread|your question|your post|your issue|the question|the post) (to|into|over to) [a|the|our|another|the other|a new] [<adv>] (discussion|discussions|forum|forums|q&a|repo|repository|project|tracker|issue tracker|board|category|section|thread|place|channel)",
    "(happy|glad|willing|open) to (review|accept|take|merge|look at|consider) ((a|any) [new] (pr|pull request|contribution|patch|fix|change)|any (prs|pull requests|contributions|patches|fixes)|prs|pull requests|contributions|patches)",
    "<we> [<adv>] ('d|would|will|'ll|can|could) [<adv>] (accept|review|welcome|take|consider|merge) ((a|any) [new] (pr|pull request|contribution|patch|fix)|any (prs|pull requests|contributions|patches|fixes)|prs|pull requests|contributions|patches)",
    "(if|should|in case) you [<adv>] ('re|are|have|'ve|keep|continue|still) ... ... [,] [please|pls|kindly] (email|contact|reach out|write|message|dm|call|ping|get in touch|drop) [us] [at|to|on|via] [{email}|{url}|{phone}] ... ... ... ... ... ... [,] [and|then] <we> <will> [<adv>] <act:base>",
    "(love|like|happy|glad|keen|pleased) to <act:base> any [other|further|more|future] (issue|issues|problem|problems|concern|concerns|question|questions|feedback|bug|bugs)",
    "(like|love|want|wish|need) to (inform|advise|remind|notify) you",
    "(share|flag|note|mention|point out|highlight|clarify|stress|emphasise|emphasize|add|explain) (for you|with you|to you) (that|:)",
    "(allow|permit|let) (me|us) [to] (share|note|mention|point out|highlight|clarify|stress|emphasise|emphasize|add|explain) [with you|for you] (that|:) (the|a|an|you|your|we|our|it|its|it's|this|there|there's|they|these|those|in|if|when|all|most|some|only|no|each|every)",
    "(once|when|whenever|if|every time|each time|as soon as|should|in case) ... ... <over-limit> ... ... [,] [then] [<adv>] <we>",
    "<we> [<adv>] (will|'ll|shall|can) [<adv>] ... ... ... (when|once|whenever|if|every time|each time|as soon as|should|in case) ... ... <over-limit>",
    "you (will|'ll|shall) [<adv>] (be|get|receive|pay) ... ... ... (when|once|whenever|if|every time|each time|as soon as|should|in case) ... ... <over-limit>",
    "(<we>|team|staff|moderators|agents|engineers|developers) [<adv>] [will|'ll|shall|can|always] ... ... (every|each|all|any) [single|new|such|valid|incoming|reported] (report|reports|case|cases|request|requests|ticket|tickets|appeal|appeals|account|accounts|customer|customers|user|users|player|players|order|orders|complaint|complaints|claim|claims|submission|submissions|violation|violations|incident|incidents) (we|that|which|received|submitted|reported|.|,)",
    "<we> ... ... ... (all|every|each) [of] [the|our] [affected|impacted] (customers|users|accounts|hosts|servers|machines|nodes|sites|clients|members|players|affected|impacted)",
    "<we> ... ... ... (everyone|everybody) [affected|impacted|who|that]",
    "<we> [<adv>] ['ve|have|had|just] [<adv>] (updated|posted|published|added|put|shared|written|wrote|edited) ... ... (status page|status site|status post|status posting|blog|changelog|release notes|incident report|post-mortem|postmortem|announcement)",
    "<we> ('re|are|'m|am) ... ... ... (all the time|at all times|around the clock|day in day out|on an ongoing basis)",
    "<we> [<adv>] [will|'ll|would|'d] (always|usually|normally|generally|typically|routinely|regularly)",
    "if (that|this|it) [<adv>] (fixes|fixed|works|worked|helps|helped|solves|solved|resolves|resolved|turns out) ... ... ... [,] [then] [<adv>] [likely|probably|maybe|perhaps] <we>",
    "(<act:ing>|<act:base>|<action:ing>|<action:base>|busy) [on|into|at|with|through|for|to] [a|an|the] [fix|patch|workaround|solution|hotfix|change] [for|to|on|in|with|of] (another|a different|an unrelated|a separate|some other|other customers'|different|unrelated|separate) [customer's|user's|client's|customers'|users'|person's] (bug|bugs|issue|issues|ticket|tickets|problem|problems|customer|customers|case|cases|report|user|users|client|clients|account|request|query|fault|error|person)",
    "<we> [<adv>] ['ve|have|had|just] [<adv>] (emailed|messaged|dmed|pmed|mailed|written to|wrote to|replied to) you (.|!|,|;|privately|directly|separately|off-list|back)",
    "<we> [<adv>] ('ve|have|had)? (designed|created|developed|wrote|written|coded|programmed) (the|this|my|our) (game|app|application|mod|engine|plugin|program|software|story|ending|endings)",
    "<we> [<adv>] <act:past> ... ... once (where|when|that|in|on|with|,)",
    "need to (ask|know|see|have|get|hear|check with) (you|your|from|the|a|an|some|more|which|what|whether|if)",
    "(if|should|in case|whenever|when) you ... ... [,] [then] <we> (will|'ll|shall) be able to",
    "(don't|do not|not|never) (think|believe|feel|say) [that] <we> (should|ought to|need to|'ll need to|will need to)",
    "<we> [<adv>] ['ve|have|had] [<adv>] (provided|attached|linked|included|added|pasted|posted|listed|quoted|put|given|shared) [a|an|the|some|my|our] [short|quick|small|simple|brief|full|relevant|basic] (example|examples|sample|snippet|link|links|article|screenshot|screenshots|steps|instructions|guide|explanation|summary|excerpt|quote|documentation|code|script|template|list|table) ... ... (below|above|in this (reply|post|message|email))",
    "(<we> [<adv>] ('ll|will|'d|would|shall)|let me|let's|let us) [<adv>] (skip|jump|move|go|turn|start|begin|get|come) [on|ahead|straight|right|back|over] (to|with) (the|your|each|all|this|that|these|those|a|one|some) [...] (point|points|question|questions|part|parts|concern|concerns|topic|topics|section|sections|item|items|remark|remarks|comment|comments)",
    "(keeping|keep|keeps|kept) [<adv>] (an eye|a close eye|an eye out|tabs) on (the|our|all the|all our) <community-channel>",
    "(monitoring|monitor|watching|reading|checking) [<adv>] (the|our|all the|all our) <community-channel> (and|,|daily|regularly|every day|most days|often)"
   ],
   "skip_readings": [
    "hypothetical",
    "everyone",
    "slip",
    "later"
   ]
  },
  {
   "id": "ownership-unsaid-subject",
   "signal": "ownership",
   "level": "suggestion",
   "message": "Report what you are doing on their case, even in a short note (\"Looking into this for you now\").",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Looking into this now.",
     "Passed this on to the team, they'll be in touch.",
     "Will check and get back to you.",
     "Will add handling for the empty header."
    ],
    "pass": [
     "Our team is looking into it.",
     "Looking at the log, the cable is loose.",
     "Will that work for you?",
     "The update will fix the display."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(looking into|checking on|checking into|digging into|investigating|chasing|chasing up|escalating|flagging|following up on) (this|it|that|your|the issue|the problem|this one|that one) [now|for you|right now|as we speak|with|today|further]",
    "(currently|now|still|already|actively) (looking into|checking on|checking into|digging into|investigating|chasing|chasing up|escalating|flagging|following up on) (this|it|that|these|those|your|the issue|the problem|the cause|the root cause|the crash|the crashes|the bug|the error|the fault)",
    "(passed|passing|escalated|escalating|forwarded|forwarding|flagged|flagging|raised|logged|shared|reported) (this|it|that|your (feedback|comments|suggestion|request|report|complaint|concern|issue|case|details|query)) (on|along|to|with|over|up)",
    "(will|'ll) [<adv>] (check|look into|look at|investigate|pass|escalate|chase|follow up|get back to you|update you|dig into|raise|flag|fix|sort|take a look|have a look|reach out|be in touch|keep you posted|give it a try|give it a go|give it a shot|give it a spin|give it a test) [this|it|that|on|with|and|for|back|into|over|now|today|tomorrow|shortly|soon]",
    "on it [now|right now|already] (.|!|,|and)",
    "will do (.|!|,|and)",
    "(working on|working through|looking at|digging into) (it|this|that|this one|that one) [now|right now|already|as we speak|today] (.|!|,|and)",
    "(will|'ll) [<adv>] <action> (it|this|that|them|the|your|a|an|some|those|these|handling|support|up|back|out)"
   ],
   "except": [
    "(<act:ing>|<act:base>|<action:ing>|<action:base>|busy) [on|into|at|with|through|for|to] [a|an|the] [fix|patch|workaround|solution|hotfix|change] [for|to|on|in|with|of] (another|a different|an unrelated|a separate|some other|other customers'|different|unrelated|separate) [customer's|user's|client's|customers'|users'|person's] (bug|bugs|issue|issues|ticket|tickets|problem|problems|customer|customers|case|cases|report|user|users|client|clients|account|request|query|fault|error|person)",
    "(looking into|checking on|passed|passing|shared) ... (kind|lovely|nice|warm|positive) (words|comments|feedback|message|note|review|wishes)"
   ],
   "skip_questions": true,
   "skip_readings": [
    "hypothetical",
    "everyone",
    "slip",
    "later"
   ]
  },
  {
   "id": "ownership-offer",
   "signal": "ownership",
   "level": "suggestion",
   "message": "Offer your own help with this customer's case (\"I'd be glad to sort this out for you\"), not only a general offer.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "My parcel never came? I'd be glad to help with that, can you DM me the order number?",
     "We'd be happy to help you reset it.",
     "We'd like to help. What happened?",
     "Please write to our care team with your order number. We will be happy to assist you.",
     "I will be more than willing to work with you to get it going."
    ],
    "pass": [
     "I'll be happy to assist you. Your question is best asked on the community forum, where experts can help you better.",
     "If the problem persists, I'll be happy to help.",
     "If you face any issues, reach out to us in the app. We will be glad to assist you.",
     "Always happy to help!",
     "We can help you with the transfer limits."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "<we> [<adv>] [<adv>] <offer-will> [<adv>] [<adv>] (help|assist)",
    "<we> ('m|am|'re|are) [<adv>] [truly|very|so|genuinely|most] (eager|keen|willing|more than willing) to [<adv>] (help|assist|support|sort|fix|resolve|look into)",
    "<we> [<adv>] can [<adv>] (help|assist) you with (this|that|it) [request|issue|problem|one|too|right away|today] (.|!)",
    "<we> [<adv>] ('m|am|'re|are|'ll be|will be|'d be|would be|shall be) [<adv>] [very|truly|so|genuinely|really|more than|most|extremely] (happy|glad|willing|eager|keen|pleased|delighted) to [<adv>] (help|assist|<own-fix:base>|<done-change:base>|work with you|work on (it|this|that))"
   ],
   "except": [
    "(<act:ing>|<act:base>|<action:ing>|<action:base>|busy) [on|into|at|with|through|for|to] [a|an|the] [fix|patch|workaround|solution|hotfix|change] [for|to|on|in|with|of] (another|a different|an unrelated|a separate|some other|other customers'|different|unrelated|separate) [customer's|user's|client's|customers'|users'|person's] (bug|bugs|issue|issues|ticket|tickets|problem|problems|customer|customers|case|cases|report|user|users|client|clients|account|request|query|fault|error|person)",
    "(how|what|where|when|whether) <we> (can|could|might|may|will|would) [best|further] (assist|help|support)",
    "(help|assist|support) [you] [further|with this|with that|with it] by [you] (sending|sharing|providing|emailing|writing|dropping|filling|contacting|reaching|messaging|giving|calling|submitting|raising|dming|direct messaging) (us|me|in|over|out|your|... (with|to) (us|me))",
    "so [that] <we> (can|could|may|might|'re able to|are able to|am able to|'m able to|'ll be able to|will be able to|'d be able to|would be able to|have|'ve|get to) ...",
    "(in order|so as) to",
    "(if|should|in case) ... (persist*|continu*|still|again|need*|face|faced|facing|have any|has any|any|anything|else|further|other|more|changes) ... ... [,] ... ... ... <we> <will> [<adv>] (help|assist)",
    "<we> <will> [<adv>] (help|assist) [you] [further|more|again] (if|should|in case|whenever|any time|anytime) (you (still|need|have|face|run|get|hit|ever)|it|the problem|the issue|this|that|anything|there|any|ever|further|more)",
    "(if|whether|once|when|where) (there's anything|there is anything)? <we> (can|could|may)",
    "(anything|something) [else|more|further] [that] <we> (can|could|may)",
    "(not|no) (a|an|any) ... <we> (can|could)",
    "(glad|happy|pleased|great|good) [that] <we> (could|were able to|managed to|got|have|'ve|had)",
    "<we> (can|could) ... (anything else|any other|further questions|more questions)",
    "always (happy|glad) to",
    "(happy|glad) to help (whenever|anytime|any time|at any time)",
    "<we> (can|could) (only|not)",
    "(thank you|thanks|thank u) [you] [so much|very much] for [your|the|all|all the|such] [very|really|so] (kind|lovely|nice|warm|positive|glowing|wonderful|generous|sweet|5-star|five-star) (review|words|comments|feedback|rating|message|note|shout-out|compliments) [.|!|,] [and] <we> [<adv>] ('m|am|'re|are|'ll be|will be|'d be|would be) [<adv>] [very|truly|so|really|always|more than|most] (happy|glad|pleased|delighted) to (help|assist) [you] (.|!)",
    "(anything else|any other|anytime|any time|(comes|come) up) ... ... ... ... ... [.|!] <we> <fut> [<adv>] be [<adv>] (happy|glad|pleased|delighted) to (help|assist) [you] (.|!)"
   ],
   "skip_readings": [
    "hypothetical",
    "everyone",
    "slip",
    "later"
   ],
   "unless_sentence": [
    "(thank you|thanks|thank u) [you] [so much|very much] for [your|the|all|all the|such] [very|really|so] (kind|lovely|nice|warm|positive|glowing|wonderful|generous|sweet|5-star|five-star) (review|words|comments|feedback|rating|message|note|shout-out|compliments)"
   ],
   "unless_reply": [
    "(ask|post|raise|submit|repost|re-post) [this|it|that|your question|the question|your query] (on|in|at|to|via) [the|our|a] ... (forum|forums|community|Q&A|board|subreddit|site|platform)",
    "(is|it's|would be|'d be) (best|better|more suited|more appropriate|best placed) (to ask|asked|to post|posted|to raise|raised|suited)",
    "(please|you can|you could|you may|you might|I suggest|I'd suggest|I recommend|we recommend) [<adv>] (use|visit|try|go to|head to|head over to) [the|our] ... (forum|forums|community|Q&A|board|subreddit)",
    "(where|who) (they|someone|people|experts|members|the experts|professionals|others|other users|the community) (can|could|will|would|may) [<adv>] [better|further] (help|assist|answer|advise)",
    "(if|in case|should) you [have|'ve|are|still] (have|face|faced|facing|encounter|encountered|experience|experienced|run into) any [further|other|more] (issue|issues|problem|problems|query|queries|question|questions|concern|concerns|difficulty|difficulties)"
   ]
  },
  {
   "id": "ownership-done-unsaid-subject",
   "signal": "ownership",
   "level": "suggestion",
   "message": "Report what you did on their case, even in a short note (\"Fixed it in the repo\").",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Fixed it in git, thanks.",
     "Found the bug: the lock file was never removed.",
     "Working on a fix now.",
     "Sending this over to our tech team."
    ],
    "pass": [
     "Fixed in 2.3.",
     "Did you find the cause?",
     "The installer fixed it for me.",
     "Looking at the log, the cable is loose."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(found|fixed|tracked down|spotted|identified|reproduced|patched|committed|pushed|uploaded) (the|this|that|it|your|a) [issue|bug|problem|cause|culprit|fault|error|fix|patch|change|typo]",
    "(ok|okay|right|yes|yep|sure|alright|done) [,|!|.] [just|now|already] (found|fixed|tracked down|patched|committed|pushed) (the|this|that|it|your)",
    "(submitted|logged|filed|raised|reported|forwarded|passed|escalated) (this|it|that|your) [request|report|issue|bug|idea|suggestion|feedback] [on|along|over|up] (as|to|with|on|in|for) (a|an|the|our|my)",
    "[just|now|already] (made|pushed|committed|merged|applied|uploaded|added|landed) (the|a|this|that|your) [quick|small|proposed|suggested|requested] (change|fix|patch|commit|pr|tweak|option|setting)",
    "(working on|preparing|writing|testing|putting together) (a|the) [quick|proper|possible] (fix|patch|pr|pull request|workaround|release|update)",
    "(looking at|taking a look at|having a look at) (this|it|that|your (issue|report|case|logs|log|config|account)) [<adv>] (now|right now|today|as we speak|shortly)",
    "(sending|bumping|handing|forwarding|passing|escalating|flagging) (this|it|that|your (feedback|report|issue|case|query|request|details|complaint)) [over|on|up|along] (to|with) (the|our|my|a|an)",
    "(moving|moved|sending|sent|passing|passed|forwarding|forwarded|escalating|escalated) (this|it|that|your) [feature|bug|support|pull|change] [request|report|issue|ticket|case|query|complaint] [over|on|up|along] to (<our-team>|engineering|development|the (<our-team>|engineering|development) [team|folks|people]|our (<our-team>|engineering|development) [team|folks|people]) (.|!|,|;|for|and|so|as|team)",
    "(unable to|not able to|couldn't|could not|can't|cannot|can not|wasn't able to|was not able to|was unable to|haven't been able to|have not been able to|failed to|tried to|attempted to) [<adv>] (reproduce|replicate|recreate|repro)",
    "(tested|tried|ran|checked|double-checked|verified|reproduced|installed|reinstalled|loaded|rebuilt|reverted|replaced|upgraded|downgraded|extended|increased|enabled|re-enabled|unlocked|restored|refunded|credited|deployed|applied) (it|this|that|them|the|your|both|these|those|a|an|on|with|again|here|locally)",
    "(took|had) a [closer|quick|further|proper|good|brief|little|deeper|first] look (at|into|over|through)",
    "(fixed|sorted|corrected|applied|merged|committed|implemented|patched) [now|already|both|all] (.|!|,|;|thanks|thank you|:)",
    "(fixed|implemented|corrected|resolved|addressed|patched|committed|applied|merged|pushed) [now|already] (in|with|by|as|at) [the] (commit|commits|changeset|changesets|revision|revisions|rev|git commit|svn commit|svn revision)",
    {
     "pattern": "\\b(?:fixed|corrected|resolved|patched|committed|applied|merged|pushed|landed)(?: now| already)? (?:in|by|as|at) (?:(?:commit|changeset|revision|rev):? ?)?(?:r\\d{2,8}|(?:[0-9]{1,9}[a-f]|[a-f]{1,9}[0-9])[0-9a-f]{4,19}(?:[0-9a-f]{20})?)\\b"
    },
    {
     "pattern": "\\b(?:fixed|corrected|resolved|patched|committed|applied|merged|pushed|landed)(?: now| already)? (?:in|by|as|at|with|here:?) https?://[\\w.-]{1,20}/[\\w.-]{1,20}/[\\w.-]{1,20}/(?:[\\w.-]{1,20}/)?(?:commit|changeset|rev)s?/[0-9a-f]{6,20}"
    }
   ],
   "except": [
    {
     "pattern": "\\b(?:fixed|corrected|resolved|patched|committed|applied|merged|pushed|landed) (?:in|by|as|at) [\\w:]{1,20},? (?:(?:\\w{1,20} )?(?:\\w{1,20} )?(?:\\w{1,20} )?(?:years?|months|ages) ago|(?:a )?long (?:time )?ago|last (?:year|month)|years back|(?:back )?in (?:19|20)\\d\\d)"
    },
    {
     "pattern": "\\b(?:fixed|corrected|resolved|patched|committed|applied|merged|pushed|landed) (?:in|by|as|at) [\\w:]{1,20},? by (?:the |an? |another |some )?(?:upstream|previous|former|original|third[- ]party|vendor|other|another|external)\\b"
    },
    "(<act:ing>|<act:base>|<action:ing>|<action:base>|busy) [on|into|at|with|through|for|to] [a|an|the] [fix|patch|workaround|solution|hotfix|change] [for|to|on|in|with|of] (another|a different|an unrelated|a separate|some other|other customers'|different|unrelated|separate) [customer's|user's|client's|customers'|users'|person's] (bug|bugs|issue|issues|ticket|tickets|problem|problems|customer|customers|case|cases|report|user|users|client|clients|account|request|query|fault|error|person)"
   ],
   "skip_questions": true,
   "skip_readings": [
    "hypothetical",
    "everyone",
    "slip",
    "later"
   ]
  },
  {
   "id": "ownership-plan",
   "signal": "ownership",
   "level": "suggestion",
   "message": "Say what you will do for them on this case (\"I'll set that up for you today\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Tell me how many seats you need and we will generate a quote for you.",
     "I'll post a patch for your testing later this week.",
     "Send us the details and we'll take it up from there.",
     "We are trying to fix it as soon as possible.",
     "I will keep this in mind for the next version."
    ],
    "pass": [
     "If you're trying to fix it yourself, restart the app first.",
     "Will you post a patch for it?",
     "We'll see how it goes."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(we|I|let me|let's|let us) [<adv>] [<adv>] ('ll|will|shall|'re going to|are going to|'m going to|am going to) [<adv>] [<adv>] <action> (a|an|some|one|another|any|the|new) ... ... (for you|for your|to you|with you)",
    "<we> [<adv>] ('ve|have|had)? [<adv>] (fixed|resolved|addressed|solved|patched|repaired) (your|the [...] (crash|crashes|bug|bugs|issue|issues|problem|problems|error|errors|fault|glitch|hang|freeze|leak|regression) (you|you've|you have) [<adv>] (reported|raised|flagged|described|mentioned|found|hit|saw|ran into|filed|sent))",
    "I [<adv>] can [<adv>] (<action:base>|<act:base>|get|have|set|put) (it|that|this|them|those|these|one) [up|out|over|back|through|across|off|in|reissued|replaced|sent|sorted|fixed|changed|updated|cancelled|canceled|refunded] for you",
    "<we> [<adv>] ('ll|will|shall|'m going to|am going to|'re going to|are going to|can) [<adv>] (post|push|send|upload|attach|publish|share|put up) [a|an|the|my|our] [new|quick|small|proper|test|updated|fixed|fixup|follow-up|candidate|tentative] (patch|fix|build|pr|pull request|test build|binary|package|version|release|update|workaround)",
    "<we> [<adv>] ('ll|will|shall|can) [<adv>] (take|pick) (it|this|that|them|things|the matter|this one|that one) (up|on|forward) (from there|from here|with|for you)",
    "<we> [<adv>] ('ll|will|shall|are going to|'re going to|'m going to|am going to) [<adv>] (keep an eye (on|out for)|watch (for|out for)|monitor|keep monitoring|keep watching) (this|it|that|them|more|any|further|the|your|for)",
    "(we|I|we're|I'm|we are|I am|we've been|I've been|we have been|I have been|and|our ... (team|teams|developers|engineers|devs|staff|technicians) (are|is|'re|have been|has been)) [<adv>] (trying|working|working hard|doing our best|doing my best|doing everything we can|doing all we can) to [<adv>] (fix|resolve|solve|address|repair|restore|sort out|get (it|this|that|them|these|those|your) (fixed|sorted|resolved|working|back|restored))",
    "<we> [<adv>] (will|'ll|shall|are|'re|am|'m) [<adv>] (work|working) to [<adv>] (fix|resolve|solve|address|repair|restore|sort out|get (it|this|that|them|these|those|your) (fixed|sorted|resolved|working|back|restored))",
    "<we> [<adv>] (will|'ll|shall|are|'re|am|'m|have been|'ve been) [<adv>] [<adv>] (work|working) (towards|toward) [<adv>] (improving|fixing|resolving|addressing|rectifying|correcting|solving|sorting out|sorting) (this|that|it|these|those|them|the (issue|issues|problem|problems|matter|concern|concerns|situation|lapse|lapses|same)|your)",
    "(<we> [<adv>] (are|'re|am|'m|will|'ll|shall|have been|'ve been|will be|'ll be)|our ... (<staff>|staff|agent|agents|department|technicians|crew) (are|is|'re|'s|will|'ll|have been|has been|will be|'ll be)) [<adv>] [<adv>] (working|work) (towards|toward) (a|an|the) [quick|speedy|swift|successful|satisfactory|fair|positive|permanent|proper|prompt] (resolution|solution|fix)",
    "<we> [<adv>] (plan|'re planning|are planning|'m planning|am planning) on [<adv>] (<action:ing>|doing (a|an|the|some))",
    "<we> [<adv>] (will|'ll|shall|are going to|'re going to|'m going to|am going to|have|'ve|had|do|definitely) [<adv>] (keep|bear|kept|borne) (this|that|it|these|those|your (feedback|suggestion|suggestions|request|requests|comments|idea|ideas|point|points|report|thoughts)) in mind",
    "<we> [<adv>] (have|'ve|had|will|'ll|shall)? [<adv>] (taken|took|take|made|make) [a] note of (this|that|it|your|these|those)",
    "(<we> [<adv>] ('ll|will|shall|'m going to|am going to|'re going to|are going to|can|'d|would)|let me|let us) [<adv>] [try to] (have|get|ask) (someone|somebody|a colleague|an engineer|a technician|a specialist|the manager|the team) [else] [<adv>] [to] (contact|call|ring|reach out|email|get back|get in touch|follow up|look|check|visit|come|fix|investigate|sort|help)",
    "(<we> [<adv>] ('ll|will|shall|'m going to|am going to|can|'d|would)|let me|let us) [<adv>] (have|get|ask) (one of|a member of|our|my) ... ... [<adv>] [to] (contact|call|ring|reach out|email|get back|get in touch|follow up|look|check|visit|come|fix|investigate|sort|help|comment|respond|reply|answer|weigh in|chime in)",
    "(<we> [<adv>] ('ll|will|shall|'m going to|am going to|'re going to|are going to|can|'d|would)|let me|let us) [<adv>] (have|get|ask) (someone|somebody|a colleague|an engineer|a technician|a specialist|a manager|the manager|a member) (from|in|on|at|of) [the|our|my] ... [team|department|desk] [<adv>] [to] (contact|call|ring|reach out|email|get back|get in touch|follow up|look|check|visit|come|fix|investigate|sort|help)",
    "I [<adv>] ('ve|have|had)? [<adv>] (tried|launched|played) (the|this|that|your|these|those|both|each|it|them) ... (myself|too|here|locally|on my|on our|with (the|your|my|our))",
    "I [<adv>] ('ve|have|had)? [<adv>] (tried|tested|ran|run|installed|launched) (this|that|your|it|them|these|those) ... on (a|an) [fresh|clean|new|test|spare|separate|second|different] (install|installation|machine|device|system|setup|account|vm|box|profile)",
    "<we> [<adv>] ('ve|have|had)? [<adv>] (had|taken|took) a [closer|quick|quick little|further|proper|good|brief|deeper|second|thorough] look (at|into|over|through) (your|the|this|that|it|these|those|them)",
    "I [<adv>] ('ve|have|had)? [<adv>] (gone|went) (through|over) (your|the|these|those|all) ... (log|logs|account|order|orders|history|settings|config|configuration|code|files|file|details|records|notes|case|ticket|emails|messages|screenshots|report|reports|data|output|trace|traces|dump|invoice|invoices|statement|statements|transactions)",
    "we [<adv>] ('ve|have|had)? [<adv>] (gone|went) (through|over) your",
    "<we> [<adv>] ('ve|have|had)? [<adv>] (reached out|got in touch|gotten in touch|been in touch) (to|with) (the|our|my|your|their|a|an|them|him|her|{name})",
    "<we> [<adv>] ('ve|have|had|'ll|will|shall|'m going to|am going to|'re going to|are going to|can|just)? [<adv>] (let|made|make) (the|our|my) ... (<staff>|staff|department|folks|designers|maintainers|courier|warehouse|store) (know|aware)",
    "<we> [<adv>] ('ll|will|shall|'ve|have|had|are going to|'re going to|definitely|certainly)? [<adv>] (take|taken|took) (this|that|it|these|those|your (feedback|comments|suggestion|suggestions|point|points|idea|ideas|thoughts|request|requests|concerns|concern|input)) (on board|into consideration|into account)",
    "<we> [<adv>] ('ll|will|shall|'ve|have|had|are going to|'re going to|'m going to|am going to|'re|are|'m|am|definitely|certainly)? [<adv>] (take|taken|took|taking) [all|all of|each of] (your|these|those) [valuable|constructive|helpful|thoughtful|useful|honest|detailed] (feedback|comments|suggestion|suggestions|point|points|idea|ideas|thoughts|request|requests|concern|concerns|input|remarks|observations) [(regarding|about|on|for|concerning|around) ... ...] (on board|into consideration|into account)",
    "<we> [<adv>] ('ve|have|had)? [<adv>] (briefed|re-briefed|debriefed) (the|our|my|all|all our|all the) ... (<staff>|staff|department|crew|employees|personnel|drivers|couriers)",
    "<we> [<adv>] ('ll|will|shall|'m going to|am going to|'re going to|are going to) [<adv>] (brief|re-brief|debrief) (the|our|my|all|all our|all the) ... (<staff>|staff|department|crew|employees|personnel|drivers|couriers)",
    "<we> [<adv>] ('ll|will|shall|'ve|have|had|'m going to|am going to)? [<adv>] (include|included|enter|entered|record|recorded|put|log|logged|file|filed) (your|this|that|these|those|the) [...] (review|feedback|comments|comment|suggestion|suggestions|request|requests|report|idea|ideas|points|input|concerns|concern) (in|into|on|to|with) (our|the|my)",
    "(your|the|this|these|those|all your) (feedback|comments|comment|suggestion|suggestions|request|requests|concern|concerns|input|points|remarks|idea|ideas|report|complaint) ... (will|'ll|has|have|'s|'ve) [<adv>] (been|be) [<adv>] (considered|noted|logged|recorded|taken into consideration|taken into account|taken on board)",
    "<we> [<adv>] ('ll|will|shall|'ve|have|had|'m going to|am going to|'re going to|are going to|'ll be|will be|'m|am|'re|are)? [<adv>] (take|taken|took|taking|bring|brought|bringing|relay|relayed|relaying) (this|that|it|these|those|them|your|our|the) ... [up|along|on|over] (to|with) (the|our|my) ... (<staff>|lead|leads|department|staff)",
    "<we> [<adv>] ('ve|have|had|'ll|will|shall|'m going to|am going to)? [<adv>] (asked|ask|consulted|consult|checked with|check with|talked to|talked with|spoke to|spoke with|spoken to|spoken with) (my|our|a|an|another|the|one of (my|our)) ... (<staff>)",
    "after (talking|speaking|checking|consulting|conferring) [this|it] (with|to) (my|our|one of (my|our)) ... (<staff>)",
    "after (talking|speaking|checking|consulting|conferring) [this|it] (with|to) (a|an|another|the) ... (<staff>) ... [,] (I|we)",
    "<we> [<adv>] ('ve|have|had|'ll|will|shall|can|'m going to|am going to)? [<adv>] (arranged|arrange|organised|organized|organise|organize) for (a|an|the|our|someone|somebody|one of our|your)",
    "(assign|assigned|assigning) [this|it|the issue|the ticket|the bug] to (myself|me) (.|!|,|and|now)",
    "<we> [<adv>] ('ll|will|shall) [<adv>] see to it (that|.|!)",
    "consider it done",
    "we [<adv>] ('ve|have|had)? [<adv>] (tried|launched|played) (your|this|that|it|them|these|those) ... (ourselves|too|here|locally|on our|with (the|your|our))",
    "<we> ('m|am|'re|are|'ve been|have been) [<adv>] having (trouble|difficulty|difficulties|a hard time|problems|issues|some trouble|some difficulty|a bit of trouble|no luck) (reproducing|replicating|recreating|triggering)",
    "(none|neither) of us [here] (was|were|could|have been|has been|managed to) [able to] (reproduce|replicate|recreate)",
    "<we> [<adv>] ('ll|will|shall) [<adv>] [have to] [<adv>] consider (adding|including|implementing|supporting|building|making|offering|changing|it|this|that|these|those|your|how|whether)",
    "(our|my) ... (<staff>|staff) [<adv>] ('ll|will|shall|are going to|is going to) [<adv>] [<adv>] consider (adding|including|implementing|supporting|changing|it|this|that|these|those|your)",
    "<we> [<adv>] ('ve|have|had)? [<adv>] (cc'd|cced|cc-ed|cc'ed|copied in|looped in)",
    "I [<adv>] [('ll|will|shall|'m going to|am going to|'ve|have|had|can|'d|would)] [<adv>] (make|made|write|wrote|written|put together|cook up|cooked up|whip up|whipped up) (a|an|the|another|some|my) ... (fix|fixes|patch|patches|pr|pull request|commit|test build|script|test case|testcase|workaround|quirk|hotfix|reproducer|repro)",
    "(we|I|our ... (team|teams|developers|engineers|devs|staff|technicians|folks)) ('re|are|'m|am|is|'s|have been|'ve been|has been) [<adv>] working [hard|closely|actively|diligently] on (a|the|some|fixes|fixing|patches) [quick|proper|permanent|possible|long-term|real|few] (fix|fixes|patch|patches|solution|resolution|workaround|for)",
    "(we|I|our ... (team|teams|developers|engineers|devs|staff|technicians|folks)) ('re|are|'m|am|is|'s|have been|'ve been|has been) [<adv>] working [hard|closely|actively|diligently] (on|to) [<adv>] (<own-fix:base>|<own-fix:ing>|enable|enabling|restore|restoring|bring back|bringing back|add|adding|bring|bringing) (it|this|that|these|those|the same|support|a fix|a way|an option|the option|the feature|our own)",
    "(we|our ... (team|teams|developers|engineers|devs|staff)) ('re|are|is|'s|have been|'ve been|has been) [<adv>] working [hard|closely|actively|diligently|together] [with (the|our|your) ... ...] (on|to) [<adv>] (<own-fix:base>|<own-fix:ing>|minimize|minimise|minimizing|reduce|reducing|prevent|preventing|avoid|avoiding|stabilize|stabilise) [...] (this|that|these|those|the same) [<fix-fault>|feature|features|downtime|delay|delays|outage|outages|behaviour|behavior|part|accuracy|experience]",
    "((we|I|our ... (team|teams|developers|engineers|devs|staff)) ('re|are|'m|am|is|'s|have been|'ve been|has been)|and) [<adv>] working as (hard|fast|quickly) as (we|I|they) [possibly] can to [<adv>] (fix|address|patch|correct|repair|resolve|sort out|track down|debug|investigate|look into|restore|bring back|get to)",
    "(we|I|our ... (team|teams|developers|engineers|devs|staff|technicians|folks)) ('re|are|'m|am|is|'s|have been|'ve been|has been) [<adv>] working on (a|an) [new|separate|dedicated] (feature|option|setting|way|tool|toggle|fix) (to|that|which|for|so)",
    "<we> [<adv>] (can|'m happy to|am happy to|'m glad to|am glad to|'d be happy to|would be happy to|'d be glad to|would be glad to|'ll be happy to|will be happy to|'m more than happy to|am more than happy to|'d gladly|would gladly) [<adv>] do (it|that|so|this) (.|!|,|;|if|once|when|for you|myself|ourselves|too|as well|instead|then|now|today|tonight|tomorrow|later|shortly|soon|this week)",
    "<we> [<adv>] ('ll need|will need|need|'d need|would need|require|'ll require|will require) (some|a bit of|a little|a bit more|a little more|more|a few (days|hours|weeks|more days)|a couple of (days|hours|weeks)|a day or two|an hour or two|time|extra) [more|extra] [time] to [<adv>] (<own-fix:base>|<act:base>|reproduce|replicate|debug|test|verify)",
    "but [<adv>] (will|'ll|shall) [<adv>] (<action:base>|<act:base>) (it|this|that|them|these|those|your)",
    "<we> [<adv>] (will|'ll|shall|are going to|'re going to|am going to|'m going to) [<adv>] (make every effort|make all efforts|do everything (we|I) can|do all (we|I) can|do whatever (we|I) can|do our best|do my best|try our best|try my best|do our utmost|do my utmost|do our level best) to [<adv>] (<own-fix:base>|<act:base>|<action:base>|get (it|this|that|them|your) ... (fixed|sorted|resolved|working|back|restored))",
    "(has|have|had|was|were|is|are|'s|'ve|will|'ll) [<adv>] [been|be|being] [<adv>] <action:past> [<adv>] by (me|us|myself|ourselves|our ... (<staff>|staff|technicians|agents|department|desk)|my ... (colleague|colleagues|team|manager|supervisor)|{given})",
    "(has|have|'s|'ve) [<adv>] been [<adv>] (escalated|forwarded|passed on|passed along|handed over|handed on) (.|!|,|;|and|internally|already|now|for|as|urgently)",
    "(our|my|the) ... (<staff>|staff|technicians|technician|department) (has|have|'s|'ve|had) [<adv>] been [<adv>] (notified|informed|alerted|made aware|told|asked|contacted|briefed)",
    "{given} (will|'ll|is going to|'s going to|shall) [<adv>] [<adv>] <action> (you|your|it|this|that|them|the|a|an|up|back|out|in|on|into|over|with|to|for)",
    "{given} (is|'s|has been|'s been) [<adv>] (<action:ing>|<act:ing>) (you|your|it|this|that|them|on|into|with|at|over|through)",
    "(let me|let us) [<adv>] <action> (it|this|that|them|the|your|you|a|an|some|up|back|in|into|on|with|further|deeper|around|more|over|through|for|to|down|out)",
    "<we> [<adv>] (will|'ll|shall|'ve|have|just|also|'m going to|am going to) [<adv>] [<adv>] (post|posted|add|added|note|noted|attach|attached|link|linked) (this|it|that|these|those|your|the) ... (on|to|in|under) (the|our|this|that|a|an) [upstream|internal|existing|open|original|same|new] (bug|bug report|issue|ticket|tracker|case|report|thread|bugzilla|jira|pr|pull request)"
   ],
   "except": [
    "(<act:ing>|<act:base>|<action:ing>|<action:base>|busy) [on|into|at|with|through|for|to] [a|an|the] [fix|patch|workaround|solution|hotfix|change] [for|to|on|in|with|of] (another|a different|an unrelated|a separate|some other|other customers'|different|unrelated|separate) [customer's|user's|client's|customers'|users'|person's] (bug|bugs|issue|issues|ticket|tickets|problem|problems|customer|customers|case|cases|report|user|users|client|clients|account|request|query|fault|error|person)",
    "(run|ran) (into|across|out|over|through|off|away|around|short|low|late|behind|past|the risk)",
    "(caused|triggered|introduced|affected|impacted|broken|created|reported|requested|raised|asked|suggested|written|developed|built|designed|maintained|owned|used|supported|provided) [<adv>] by",
    "(rejected|declined|denied|refused|suspended|banned|blocked|flagged|terminated|cancelled|canceled|removed|deleted|disabled|closed|locked) [<adv>] by",
    "{given} (will|'ll|is going to|'s going to|would|'d) [<adv>] (raise|throw|return|print|output|emit|crash|fail|complain|warn|error|panic|compile|parse|render|evaluate|execute|interpret|import|load|ignore|skip|treat|convert|cast|coerce|default)",
    "(let me|let us) [<adv>] (summarize|summarise|rephrase|repeat|remind|introduce|begin|start|show|walk|point|elaborate|expand|recap|reiterate|emphasize|emphasise|highlight|direct|refer|redirect|link|break|guide|demonstrate|illustrate|ask|assure|reassure|explain|clarify|mention|note|say|tell|add|answer|address|apologize|apologise|thank|quote|correct)",
    "(be|been) [<adv>] considered (a|an|to be|the|invalid|spam|closed|resolved|as (a|an|the|invalid|spam|closed|resolved|such|being|part))",
    "(take|taken|took|taking|bring|brought|bringing|relay|relayed|relaying) (your|the|these|those|all) [very|really|so] (kind|lovely|nice|warm|positive|glowing|wonderful|generous|sweet|great) (words|comments|feedback|review|message|compliments)",
    "(kind|lovely|nice|warm|positive|glowing|wonderful|generous|sweet) (words|comments|feedback|review|message) ... ... ... in mind",
    "(your|the|these|those|such|all) [of] [your|the|these|those] [<praise-modifier>] [<praise-modifier>] [<praise-modifier>] (<praise-noun>|thanks|gratitude) [you [have|'ve] (left|gave|given|shared|wrote|written|sent|paid|expressed|posted)] [(to|for|about|on|of|regarding|towards|toward) ... [<staff>|staff|crew]] (will|'ll|have|has|'ve|'s|are|is) [<adv>] [be|been] [<adv>] (passed|shared|forwarded|sent|relayed|conveyed|passed on|passed along|handed on)",
    "(make every effort|make all efforts|do everything (we|I) can|do all (we|I) can|do whatever (we|I) can|do our best|do my best|try our best|try my best|do our utmost|do my utmost|do our level best) to [<adv>] (improve|enhance|better|turn (this|it|things) around)"
   ],
   "skip_questions": true,
   "skip_readings": [
    "hypothetical",
    "everyone",
    "slip",
    "later"
   ]
  },
  {
   "id": "ownership-cc",
   "signal": "ownership",
   "level": "suggestion",
   "message": "Say who you brought in on their case (\"Adding the storage team so this gets looked at\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "+ Maria\n> It fails on boot.\nLooks like a firmware issue.",
     "Adding the storage list so this isn't lost.",
     "Not sure if Priya (Cc'd) remembers why.",
     "I don't know why these pass, so adding Tomas here."
    ],
    "pass": [
     "Please add the storage list when you resend.",
     "Try adding the key to your config.",
     "Total: 3 + 4 = 7",
     "Options:\n+ Ethernet\n+ Wifi",
     "Try adding the mirror list to your sources.",
     "Adding people to your workspace is free."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    {
     "pattern": "^[ \\t]{0,4}\\+ ?[a-z][\\w.'-]{1,20}(?:|,|, and| and) ?[a-z]{0,1}[\\w.'-]{0,20}[ \\t]{0,3}(?:\\r?\\n|$)"
    },
    {
     "pattern": "\\n[ \\t]{0,4}\\+ ?[a-z][\\w.'-]{1,20}(?:|,|, and| and) ?[a-z]{0,1}[\\w.'-]{0,20}[ \\t]{0,3}\\r?\\n[ \\t]{0,3}>"
    },
    {
     "pattern": "(?:^|\\n)[ \\t]{0,4}\\+ ?(?:b?cc\\b|[a-z][\\w.-]{1,20} (?:list|lists|mailing list|folks|maintainers|team)\\b)"
    },
    {
     "pattern": "\\((?:cc'?e?d|cc-ed|cc|bcc'?e?d|\\+ ?cc)\\)"
    },
    {
     "pattern": "\\((?:\\+ ?cc:?|cc:) ?[a-z][\\w.'-]{1,20}(?:|, |,| / |/| & |&| and )[\\w.'-]{0,20}\\)"
    },
    {
     "pattern": "(?:^|\\n)[ \\t]{0,4}\\+ ?[a-z][\\w.'-]{1,20}(?:| [a-z][\\w.'-]{0,20})(?:/|&| / | & )[a-z][\\w.'-]{1,20},[ \\t]{0,3}(?:\\r?\\n|$)"
    },
    {
     "pattern": "[\\[(](?:cc['’]?ing|cc-ing|ccing|cc['’]?ed|cc-ed|adding|looping in|copying in|\\+ ?cc:?|cc:?) ?[a-z][\\w.'-]{1,20}(?:(?:, ?| and | & )[a-z][\\w.'-]{1,20})?[\\])]"
    },
    {
     "pattern": "(?:^|\\n|[.!?] )[ \\t]{0,4}cc:? [a-z][\\w.'-]{1,20}(?: and [a-z][\\w.'-]{1,20})?[,.](?:[ \\t\\r\\n]|$)"
    },
    "(cc'ing|ccing|cc-ing|bcc'ing|bccing|looping in|copying in|bringing in) [<adv>] [the] ... (list|lists|mailing list|maintainer|maintainers|folks|people|<staff>) [in|here|too|as well] (to|so|for|as|who|,|.|on|in|here|too|now|and)",
    "adding [<adv>] [the] ... (list|lists|mailing list|maintainer|maintainers|folks|devs) [in] (here|too|as well|so|who|,|.)",
    "(cc'ing|ccing|cc-ing|looping in|copying in|bringing in) {name} [and {name}] (here|to|for|so|as|who|,|.|too)",
    "adding {name} [and {name}] (here|too|as well|so|who|,|.)"
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
     "We'll get it checked and update you.",
     "The money will reach your account in 3 to 5 business days.",
     "You'll hear from me within 24 hours.",
     "We will be in contact tomorrow.",
     "I'll let you know as soon as I hear back.",
     "Expect the parcel in about a week.",
     "You will be contacted by our billing team.",
     "You'll receive an email with the new password link.",
     "The branch manager will get right back to you."
    ],
    "pass": [
     "We'll fix this as soon as possible.",
     "We will notify you if there are any changes.",
     "You will receive an email once you place the order.",
     "Did it happen within the last 2 days?",
     "Is there anything else we can help you with today?"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(within|in) [the next|the coming|the|a|an|next|coming] (# #|#|one|two|three|four|five|six|seven|eight|ten|twelve|few|couple of|couple) [more] [business|working] (minute*|min|mins|hour*|hr|hrs|day*|week*|sec|secs|second|seconds)",
    "(in|within) (about|around|roughly|approximately|under|less than|another|a further|the next) (a|an|one|two|three|four|five|six|#|a few|a couple of|couple of) [more|further|business|working] (day|days|week|weeks|fortnight|hour|hours|month|months)",
    "(by|before) [about] # [:|.] [#] (a.m.|p.m.|a.m|p.m|am|pm|o'clock)",
    "(by|before|on|until|till|next|for) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midday|midnight)",
    "between # [:|.] [#] [a.m.|p.m.|am|pm] and # [:|.] [#] (a.m.|p.m.|am|pm)",
    "(by|before|until|till|at) [the] (end|close) of (the|this|today) (day|week|month|business)",
    "(by|until|before|at) (the) end of [the] (day|week)",
    "(by|until|before) (end of day|eod|close of business|cob)",
    "next (week|month|business day|working day)",
    "(later|by the end of) (today|this (morning|afternoon|evening|week))",
    "(in|within) (a|one) (moment|minute|sec|second|bit|jiffy)",
    "(in|within) (a|one) [single] (hour|day|week|fortnight|month) [or (two|so)]",
    "(within|in) the (next|coming)? (hour|half hour|day|week)",
    "(allow|allowing|takes|take|taking|about|around|approximately|up to) [up to|about|around] (# #|#|one|two|three|four|five|a few|a couple of) [more] [business|working] (minute*|hour*|day*|week*)",
    "(allow|allowing|takes|take|taking) [up to|about|around|roughly|approximately|less than|under|no more than|at most|another|a further] (a|an|one) [full|further|more|extra|few more] [business|working] (minute|hour|day|week|fortnight|month|business day|working day)",
    "(take|takes|taking|allow|allowing|within|in|give it|wait|expect it in) [up to|about|around|roughly|another|a further] (a|an|one) [business|working] (minute|hour|day|week|month) or (two|so)",
    "(within|in|allow|allowing|takes|take|taking|about|around|approximately|up to) [the next] # (to|or) # [more] [business|working] (minute*|hour*|day*|week*)",
    "just a (minute|moment|sec|second)",
    "(give|allow|grant) (me|us) [just] (a|one|a few|a couple of|a couple|two|three|five|#) [more|quick|short|little] (sec|secs|second|seconds|moment|moments|min|mins|minute|minutes|tick|jiffy)",
    "bear with (me|us) [for] [just] (a|one) [quick|short|little] (sec|second|moment|minute|min)",
    "one (moment|minute|sec|second) (please|pls|plz|while)",
    "(will|'ll|shall) [<adv>] (call|ring|phone|follow up|be in touch|be back in touch|be in contact|get back to you|contact you|email you|text you|update you|reach out|keep you (posted|updated|informed)|give you a call|send you an update|let you know)",
    "<we> (will|'ll|shall) ... ... (and|then|,) [<adv>] [then] <contact>",
    "(let me|let us|allow me to|allow us to) ... ... (and|then|,) [<adv>] [then] <contact>",
    "<we> (will|'ll|shall) [<adv>] (notify|inform|alert|tell|ping|message|email|text|remind) you (when|once|as soon as|the moment|the minute|after|before|on|by|within|in)",
    "<we> (will|'ll|shall) [<adv>] <contact>",
    "<we> (will|'ll|shall) [<adv>] (connect|reconnect) [with you] [<adv>] (.|!|from there|then|soon|shortly|with you)",
    "(will|'ll|shall) [<adv>] be [<adv>] <act:past> (for you|to you|to your|on your|into your|back to you|for your|with you)",
    "(will|'ll|shall|should) [<adv>] be [<adv>] (mailed|posted|returned|delivered|couriered|transferred|paid|paid back|emailed|texted|reissued|re-issued|refunded|credited|sent|shipped|dispatched|forwarded|resent|re-sent) [back|out|over|across] (to you|to your|into your|onto your|back to you|back to your|back into your|back onto your|to the original|to the card|to the account|to the same)",
    "(once|as soon as) (the|this|that|our|a|your) [new|next] (fix|patch|release|update|version|PR|pull request|change|build|commit|refund|payment|replacement|part|order|parcel|card|engineer|courier) (ships|lands|is|gets|goes|comes|has been|'s|hits|clears|arrives|goes out|is out)",
    "(test|try|grab|download|install|use|check) [out] (the|our) (next|upcoming|coming|following) [v*] [#] [.] [#] [app] (build|release|nightly|beta|version|update|snapshot|rc)",
    "(<we>|it|this|the fix|the update|the release|the patch|the feature) ('re|are|'m|am|'s|is) [<adv>] about to (release|ship|launch|roll out|deploy|publish|merge|push|send|start|begin|go live|go out|land|arrive|be released|be shipped|be merged|be deployed|be fixed|be sent)",
    "(when|once) (the|your) (courier|driver|engineer|technician|fitter|installer) (arrives|comes|gets there|gets to you|visits|calls|is there|is with you)",
    "(courier|driver|engineer|technician|fitter|installer) (will|'ll|is going to) [<adv>] (collect|pick up|deliver|visit|arrive|come|call|ring|attend|install|fit|be with you|be there|drop)",
    "(executive|executives|agent|agents|engineer|engineers|technician|team|colleague|colleagues|specialist|specialists|representative|someone|somebody|manager|managers|supervisor|department|they) (will|'ll|would|shall) [<adv>] <contact>",
    "(<we>|executive|executives|agent|agents|engineer|engineers|technician|team|colleague|colleagues|specialist|specialists|representative|someone|somebody|manager|managers|supervisor|department|they) (will|'ll|would|shall) [<adv>] (respond to you|reply to you|revert to you|revert back|get (right|straight) back to you|(share|provide|send) [you] [with] (an|the|any|further|more|regular) (update|updates|news)|(share|provide) (an|the|any|further|more|regular) (update|updates) with you)",
    "you (will|'ll|shall|should) [<adv>] be (contacted|called|emailed|texted|messaged|rung|phoned|reached) [<adv>] (by|via|on|at|from|within|in|shortly|soon|today|tomorrow|once|when|as soon as|.|!)",
    "you (will|'ll|shall|should) [<adv>] be (notified|informed|alerted|updated|refunded|credited|reimbursed|sent|issued|charged|billed) [<adv>] (by|via|on|at|from|within|in|shortly|soon|today|tomorrow|once|when|as soon as|after|the moment|.|!)",
    "you (will|'ll|shall|should) [<adv>] (receive|get|be receiving|be getting|be sent|be issued) (a|an|the|your|our) [new|separate|follow-up|confirmation|replacement|full|written|one-time] [...] (email|emails|confirmation|refund|replacement|card|link|code|invoice|receipt|credit|parcel|package|voucher|letter|callback|reply|response|key|licence|license|certificate|password|kit|shipment|delivery|statement|quote|copy|order|otp)",
    "<we> <fut> [<adv>] (send|email|resend|re-send|reissue|re-issue|issue|dispatch|ship|courier|mail) [you|over|across|out|back] (a|an|the|your|you|it|them|over|across|out|back) [...] (email|confirmation|refund|replacement|card|link|code|invoice|receipt|credit|parcel|package|voucher|letter|label|key|licence|license|certificate|password|kit|unit|device|copy|quote|form|details|instructions|update|patch|build|fix|version|over|out|across)",
    "(fixed|changed|added|included|implemented|corrected|resolved|addressed|merged|scheduled|planned|queued|targeted|slated|committed) ... ... (for|in|into) the (next|upcoming|coming|following|second|new) [v*] [#] [.] [#] (build|beta|release|version|update|alpha|patch|drop)",
    "(by|before|until|till|around|towards|toward) the (end|middle|start|beginning) of (<month-name>|the month|next month|the year|this year|next year|next week|the quarter|this quarter|next quarter|q1|q2|q3|q4|summer|spring|autumn|fall|winter)",
    "<we> (will|'ll|shall|are going to|'re going to) [<adv>] (have|get) (someone|somebody|a member of (our|the|my) team|a colleague|one of (our|my) ...|a (specialist|technician|engineer|manager|rep|representative|courier|driver)|an (engineer|agent|expert|advisor|adviser)|our ... team|the ... team) [<adv>] (reach out|contact|call|ring|email|get in touch|get back|follow up|be in touch|visit|come out|come round|pop round|collect)",
    "(<we> (will|'ll|shall|are going to|'re going to|'m going to|am going to)|let me) [<adv>] (have|get) (someone|somebody|(a|an|one of (our|my)|our|my) [...] (<staff>|staff|maintainer|maintainers|folks)) [<adv>|further] [to] (comment|respond|reply|answer|weigh in|chime in)",
    "(will|'ll|shall) [<adv>] be [<adv>] (reaching out|contacting you|calling you|ringing you|phoning you|emailing you|texting you|messaging you|following up|getting back to you|getting in touch|sending you|posting an update|posting updates|in contact with you|visiting)",
    "you (will|'ll|shall|should) [<adv>] (get|receive|be getting|be receiving|be sent) (a|an|the|your|our) [new|separate|follow-up|confirmation|quick|short|written|full] (call|callback|email|text|sms|message|notification|confirmation|reply|response|letter|code|link|update|refund|replacement|parcel|package|voucher|credit) [back] (from|by|to|via|when|once|as soon as|after|within|in|shortly|soon|today|tomorrow|on|at|.)",
    "you (will|'ll|shall|should) [<adv>] (get|receive|be getting|be receiving|be sent) (a|an|the|your|our) [new|separate|follow-up|confirmation|quick|short|written|full] (email|text|sms|message|notification|otp|pin|invoice|receipt|quote|tracking number|tracking link|statement|card|code|link) (with|containing|that (has|contains|includes)|including)",
    "you (will|'ll|shall|should) [<adv>] (get|receive|be getting|be receiving|be sent) (a|an|the|your|our) [new|separate|one-time|confirmation] (otp|pin|invoice|receipt|quote|tracking number|tracking link|statement) [back] (from|by|to|via|when|once|as soon as|after|within|in|shortly|soon|today|tomorrow|on|at|.)",
    "(keep an eye on|keep an eye out for|look out for|watch out for|watch for|keep checking) (your|an|a|the) [<adv>] [email|inbox|spam|junk|text|sms|phone|letter|post] (inbox|email|emails|text|texts|sms|call|letter|confirmation|update|notification|reply|response|mailbox|letterbox|messages|dms) (from|over|in|for|within|shortly|soon|today|tomorrow|this|later|.)",
    "(will|'ll|shall) [<adv>] (dm|pm|direct message|reply to|respond to|write back to) (you|your)",
    "<we> (will|'ll|shall) [<adv>] (send|ship|post|dispatch|mail|courier|pop) (a|an|the|your|you a|you an|you the|you your) ... (out|over|across) [to you|to your]",
    "<we> (will|'ll|shall) [<adv>] (have|get) (a|an|the|your) ... (sent|shipped|posted|dispatched|delivered|mailed|couriered) (out|over|to you|to your|across)",
    "within (a|an|one) (hour|day|week|month|fortnight|business day|working day)",
    "in (a|one) (day|week|fortnight|month) or (two|so)",
    "(give it|give that|give this|give them|give us|hang tight for|bear with us for|(please|kindly|just) (wait|hold on|hang on) [for|another]) [about|around|up to|another|a further|roughly] (# #|#|a|an|one|two|three|four|five|six|ten|twelve|a few|a couple of|couple of|few) [more|further|business|working] (minute|minutes|min|mins|hour|hours|hr|hrs|day|days|week|weeks)",
    "(by|before|until|till|around|towards|toward) (mid|early|late|the middle of|the start of|the end of) (<month-but-may>|next month|next week|next year)",
    "(by|before|until|till) <month-but-may>",
    "(eta|estimated time of arrival|estimated (restoration|repair|delivery|arrival|fix|completion|resolution|return|dispatch) (time|date)|expected (delivery|arrival|restoration|completion|return|dispatch) (time|date)) (is|of|for|will be|should be|at|:|around|about|would be)",
    "(over|during) the (next|coming) [few|couple of|#|two|three|four|five|six] (minutes|hours|days|weeks|months)",
    "(is|are|'s|'re) [<adv>] (on its way|on their way|on the way) (to you|to your|back to you|back to your)",
    "(is|are|'s|'re) [<adv>] out for delivery",
    "(will|'ll|should|is going to|'s going to|are going to|'re going to) [<adv>] be (released|included|available|shipped|fixed|merged|added|out|live|part of|in|published|deployed|backported) (in|with|into|as part of|for|on) [the|version|release|v] (v*|#|next|upcoming|coming|new|following)",
    "(scheduled|planned|slated|targeted|earmarked|queued|pencilled in|penciled in|milestoned|tagged|lined up) for [the] (v*|#|next|upcoming|coming|following) [#] [.] [#] [minor|major|patch|point|maintenance|bugfix|bug fix|feature] (release|version|milestone|update|build|sprint|cycle|beta|drop)",
    "(will|'ll|shall) [<adv>] be [<adv>] (merged|released|shipped|deployed|sent|processed|refunded|credited|dispatched|published|restored|reviewed|updated|applied|delivered|activated|reactivated|replaced|completed|approved|posted|collected|picked up) (after|once|when|as soon as) (the|this|that|your|our|it|we|I|they|a|an)"
   ],
   "except": [
    "[just|only|about|around|roughly|barely|less than|under] <count> [short|quick] <span-short> away from (the|a|an|our|its|their|many|most|all|several|major|popular|local|famous|key|main)",
    "(give|allow|grant) (me|us) ... (of your time)",
    "(once|twice|thrice|times|time) (in|within) (a|one) [single] (hour|day|week|fortnight|month)",
    "<distance-place> (is|'s|are|'re|sits|sit|lies|lie) [just|only|about|around|roughly|approximately|barely|less than|under] [a] <count> [short|quick|brief|easy|leisurely] <span-short> [<adv>] (away|from|walk|walking|stroll|drive|driving|ride|by car|by foot|on foot|by taxi|by cab|by train|by bus|by boat|by road|by air)",
    "(a|an) [short|quick|brief|easy|leisurely] <count> [short|quick|brief|easy|leisurely] (minute|min|hour|hr) (walk|walking|stroll|drive|driving|ride|flight|journey|commute|transfer)",
    "(takes|take|took|taking|is|was) [just|only|about|around|roughly|approximately|barely|less than|under] [a] <count> <span-short> (through|via|along|across|on foot|by car|by foot|by taxi|by cab|by train|by bus|by boat|by road|by air|to walk|to drive)",
    "(within|in|over) the (last|past|previous) ...",
    "(once|when|whenever|if|every time|each time|as soon as|should|in case) ... ... <over-limit> ... ... [,] [then] [<adv>] <we>",
    "<we> [<adv>] (will|'ll|shall|can) [<adv>] ... ... ... (when|once|whenever|if|every time|each time|as soon as|should|in case) ... ... <over-limit>",
    "you (will|'ll|shall) [<adv>] (be|get|receive|pay) ... ... ... (when|once|whenever|if|every time|each time|as soon as|should|in case) ... ... <over-limit>",
    "(once|when|after|as soon as|whenever|every time|each time) you [<adv>] ... ... ... [,] (you|a|an|the|your|it|this|that|they) ... ... (will|'ll|shall|should) [<adv>] (be|get|receive|see)",
    "(once|when|after|as soon as|whenever|upon) (verified|confirmed|submitted|completed|registered|signed up|logged in) [,] ... ... ... (will|'ll|shall|should) [<adv>] (be|get|receive)",
    "you (will|'ll|shall|should) [<adv>] (receive|get|see) (a|an|the|some) ... ... ... (once|when|after|as soon as|whenever|every time|each time) you",
    "you (will|'ll|shall|should) [<adv>] (be sent|be asked|be prompted|be notified|be charged|be billed|be shown|be taken|be redirected) ... ... ... (once|when|after|as soon as|whenever|every time|each time) you",
    "(will|'ll|shall) be [<adv>] (<act:past>|sent|emailed|mailed|texted|shown|displayed|charged|billed) ... ... ... (once|when|after|as soon as|whenever|every time|each time) you",
    "(if|whenever|in case) you [<adv>] <action> ... ... (at|by|before|until|till|on|in|within|after|during|over)",
    "(every|each|any|a|an) ... ... is [<adv>] [usually|typically|normally|generally|always] (processed|reviewed|issued|handled|answered|credited|refunded|approved|shipped|delivered|dispatched|purged|deleted|generated|billed|charged|sent|released|renewed|reset|cleared|posted|published|applied|activated|resolved|removed|suspended|closed) [<adv>] [automatically] (within|in|after|on|at|by|every|each)",
    "(changes|requests|applications|appeals|transfers|withdrawals|claims|reports|reviews|returns|submissions|renewals) are [<adv>] [usually|typically|normally|generally|always] (processed|reviewed|issued|handled|answered|credited|refunded|approved|shipped|delivered|dispatched|purged|deleted|generated|billed|charged|sent|released|renewed|reset|cleared|posted|published|applied|activated|resolved|removed|suspended|closed) [<adv>] [automatically] (within|in|after|on|at|by|every|each)",
    "(which|that) (will|'ll|would) be <act:past> (to you|to your)",
    "(which|that) (will|'ll|would) be (mailed|posted|returned|delivered|couriered|transferred|paid|emailed|texted|sent|forwarded) [back|out|over] (to you|to your)",
    "(as soon as possible|asap)",
    "right now (it|this|that|you|we) ...",
    "(if|whether) ... (will|'ll) ...",
    "<contact> [you] (if|in case|in case of|should|on) (there|any|anything)",
    "<contact> [you] (if|in case) (we|I|they|it|this|that|the|there|any|anything|something|someone|anyone|our|your|you|he|she)",
    "<contact> [you] (if and when|when and if|if or when|if ever)",
    "you (will|'ll|shall|should) [<adv>] (be|get|receive) ... ... (if|in case|in case of|should) (there|any|anything)",
    "(was|were|had been) [originally|initially|once] (scheduled|planned|slated|targeted|earmarked|queued|pencilled in|penciled in|lined up) for",
    "(reach out|<contact>|be in touch|get in touch) ... (asap|as soon as possible|as quickly as possible)",
    "(was|were|had|did|took|spent|lasted) ... (on|by|before|until|till|next|for|about|around|approximately|within|in|at) ...",
    "(I|we|he|she|they) [<adv>] <action:past> [through|for|over|on|with] [it|this|that|them] [for] (about|around|roughly|approximately|nearly|almost|over)",
    "(I|we|he|she|they) [<adv>] <action:past> ... (for|through|over) (about|around|roughly|approximately|nearly|almost|over)",
    "(about|around|roughly|approximately|up to) ... ... (minute|minutes|min|mins|hour|hours|hr|hrs) (a|per|each|every) (day|week|night|session|month|weekday)",
    "(I|we|they|he|she|team|engineers|engineer|developers|devs|fix|patch|update|release|change|changes|hotfix|build) [<adv>] (fixed|deployed|released|shipped|went live|went out|rolled out|pushed|landed|merged|published|applied|installed|patched|resolved|restored|completed|finished) ... (on|at|yesterday|last|earlier|this morning|ago) ..."
   ],
   "skip_negated": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "unless_sentence": [
    "(hopefully|hopefuly|hopfully|fingers crossed|with any luck|touch wood|all being well|if all goes well|if everything goes well|if all goes to plan) [,] (#|the|it|it'll|it's|this|that|we|we'll|I|I'll|you|you'll|your|our|they|a|an|these|those|there|things|everything|all|will|'ll|should|can|could|by|in|within|next|soon|tomorrow|today|later|sometime|early|before|around|this)",
    "(hope|hoping|hopes) (to|that)",
    "<we> [<adv>] ('ll|will|shall|'d|would|'re|are|'m|am|may|might|could) [<adv>] [be] (consider|considering) (<action:ing>|<act:ing>|adding|changing|making|including|implementing|supporting|removing|introducing|offering)",
    "(hope|hoping|hopes) (it|it'll|this|the|we|we'll|they|they'll|our|a|an|#) [new|next|latest|upcoming] [fix|patch|update|release|build|version|change|firmware|app|feature|team|engineers|parcel|order|refund|replacement] (will|'ll|should|is going to|'s going to|ships|lands|goes out|gets|comes out|arrives|be)",
    "(maybe|perhaps)",
    "(may|might|could) [well|still|yet] (be pushed back|be delayed|be moved|slip|change|shift|be postponed|be rescheduled)",
    "(can|could|may|might) [sometimes|occasionally|still|also] take (up to|as long as|as much as|anywhere from|between|a while|some time|longer|several|a few|a couple of|#)"
   ]
  },
  {
   "id": "expectation-promise",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say when the customer will see the change or hear from you.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "We will generate a quote for you once you confirm the number of seats.",
     "I'll update the Arch package to the latest upstream release.",
     "I will also post this workaround on the bug.",
     "The upcoming 6.3 kernel will support it."
    ],
    "pass": [
     "We update the package to the latest upstream every month.",
     "The next firmware might include the fix.",
     "We won't post the logs on the bug."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "<we> <fut> [<adv>] (generate|create|prepare|issue|raise|draw up|put together|book|schedule|process) (a|an|the|your) [...] (quote|invoice|refund|replacement|credit|credit note|receipt|return label|label|appointment|visit|callback|call back|voucher|return|exchange|collection|pickup|pick-up)",
    "<we> <fut> [<adv>] (update|upgrade|bump|rebase|sync|move) ... ... to [the] (latest|newest|new|current|upstream|next) [upstream|version|release|stable]",
    "<we> <fut> [<adv>] (post|put|write|share) (this|that|it|the|an|my|our|a) ... ... (on|in|to) (the|this|that|our) (bug|issue|thread|ticket|tracker|report|list|forum|page|wiki|docs|documentation|faq|changelog|release notes)",
    "<we> <fut> [<adv>] (provide|give|send|share) (you|you with) [...] (updates|update|news)",
    "(<we>|team|developers|devs|engineers|engineering|colleagues|colleague|specialists|specialist|technicians|technician|department|support|they|he|she|someone) (will|'ll|shall) ... ... ... (and|then) [<adv>] [then] <contact>",
    "(upcoming|next|coming|forthcoming|new) [v*] [#] [.] [#] [.] [#] [version|release|kernel|firmware|build|update|driver|app|beta] (will|'ll|should|is going to) [<adv>] (support|include|fix|have|contain|add|bring|carry|handle|address|resolve|solve)",
    "your <news-many> [<news-many>] <everyone-news> [will|'ll|are|'re|should] [be|being] [<adv>] (soon|shortly|(coming|arriving|added|sent|shipped|delivered|credited|applied|unlocked|released|out|live|available|ready|on the way|on their way) ... [very] (soon|shortly))"
   ],
   "except": [
    "(within|in|over) the (last|past|previous) ...",
    "(which|that) (will|'ll|would) be <act:past> (to you|to your)",
    "(as soon as possible|asap)",
    "right now (it|this|that|you|we) ...",
    "(if|whether) ... (will|'ll) ...",
    "<contact> [you] (if|in case|in case of|should|on) (there|any|anything)",
    "<contact> [you] (if|in case) (we|I|they|it|this|that|the|there|any|anything|something|someone|anyone|our|your|you|he|she)",
    "<contact> [you] (if and when|when and if|if or when|if ever)",
    "you (will|'ll|shall|should) [<adv>] (be|get|receive) ... ... (if|in case|in case of|should) (there|any|anything)",
    "(was|were|had been) [originally|initially|once] (scheduled|planned|slated|targeted|earmarked|queued|pencilled in|penciled in|lined up) for",
    "(reach out|<contact>|be in touch|get in touch) ... (asap|as soon as possible|as quickly as possible)",
    "(was|were|had|did|took|spent|lasted) ... (on|by|before|until|till|next|for|about|around|approximately|within|in|at) ...",
    "(I|we|he|she|they) [<adv>] <action:past> [through|for|over|on|with] [it|this|that|them] [for] (about|around|roughly|approximately|nearly|almost|over)",
    "(I|we|he|she|they) [<adv>] <action:past> ... (for|through|over) (about|around|roughly|approximately|nearly|almost|over)",
    "(about|around|roughly|approximately|up to) ... ... (minute|minutes|min|mins|hour|hours|hr|hrs) (a|per|each|every) (day|week|night|session|month|weekday)",
    "(I|we|they|he|she|team|engineers|engineer|developers|devs|fix|patch|update|release|change|changes|hotfix|build) [<adv>] (fixed|deployed|released|shipped|went live|went out|rolled out|pushed|landed|merged|published|applied|installed|patched|resolved|restored|completed|finished) ... (on|at|yesterday|last|earlier|this morning|ago) ..."
   ],
   "skip_negated": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "unless_sentence": [
    "(hopefully|hopefuly|hopfully|fingers crossed|with any luck|touch wood|all being well|if all goes well|if everything goes well|if all goes to plan) [,] (#|the|it|it'll|it's|this|that|we|we'll|I|I'll|you|you'll|your|our|they|a|an|these|those|there|things|everything|all|will|'ll|should|can|could|by|in|within|next|soon|tomorrow|today|later|sometime|early|before|around|this)",
    "(hope|hoping|hopes) (to|that)",
    "<we> [<adv>] ('ll|will|shall|'d|would|'re|are|'m|am|may|might|could) [<adv>] [be] (consider|considering) (<action:ing>|<act:ing>|adding|changing|making|including|implementing|supporting|removing|introducing|offering)",
    "(hope|hoping|hopes) (it|it'll|this|the|we|we'll|they|they'll|our|a|an|#) [new|next|latest|upcoming] [fix|patch|update|release|build|version|change|firmware|app|feature|team|engineers|parcel|order|refund|replacement] (will|'ll|should|is going to|'s going to|ships|lands|goes out|gets|comes out|arrives|be)",
    "(maybe|perhaps)",
    "(may|might|could) [well|still|yet] (be pushed back|be delayed|be moved|slip|change|shift|be postponed|be rescheduled)",
    "(can|could|may|might) [sometimes|occasionally|still|also] take (up to|as long as|as much as|anywhere from|between|a while|some time|longer|several|a few|a couple of|#)"
   ]
  },
  {
   "id": "expectation-release",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say which release or build brings it (\"it will be in the next release\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "The plugin will be built into our next firmware image.",
     "I'm not sure the current version allows it, but in the next release it does.",
     "The next build will include the new driver.",
     "The rewrite is planned for Q3.",
     "The new app version is expected to ship on the 3rd of May.",
     "The hotfix is due out next week.",
     "The patch has been queued for 6.8."
    ],
    "pass": [
     "It might be in the next release.",
     "Will it be in the next release?",
     "It was fixed in the previous release.",
     "Hopefully the next build fixes it.",
     "It was expected to be released on Monday but slipped.",
     "Dark mode is going to be available in the Pro plan only.",
     "The ink is coming out at the edges of the page."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(in|into|with|for|from|by|as part of|until) (the|our|your|my) (next|upcoming|coming|following) [<adv>] ... ... (release|version|build|update|beta|nightly|firmware|image|snapshot|point release|milestone|rc|package|packages|sd card release)",
    "(the|our|my) (next|upcoming|coming|forthcoming) ... ... (release|version|build|update|beta|nightly|firmware|image) (will|'ll|should|is going to|'s going to) [<adv>] (include|have|contain|ship|fix|bring|support|add|carry|do|work|be|provide|offer|introduce|allow|let)",
    "(planned|scheduled|slated|targeted|due|expected) (for|in) [the] (q1|q2|q3|q4|first quarter|second quarter|third quarter|fourth quarter|first half|second half) [of] [#|next year|this year]",
    "(expected|scheduled|due|set|slated|planned|targeted|going) to (be released|release|ship|be shipped|land|go out|come out|be out|roll out|be rolled out|be published|be deployed) (on|in|by|before|next|this|later|around|within|at|early|mid|late|during|tomorrow|today|tonight|soon|shortly)",
    "due (out|to land|to ship) (on|in|by|before|next|this|later|around|within|at|early|mid|late|during|tomorrow|today|tonight|soon|shortly)",
    "(queued|queue it|queue them|queue this|queue these|scheduled|slated|targeted|lined up|earmarked|milestoned|tagged) [up] for [the] [version|release|v] (v*|#) [. #] [. #] [-rc#|rc#] (.|,|;|!|and|as|with|which|so|release|kernel)",
    "(queued|queue it|queue them|queue this|queue these|lined up) [up] for [the] (next|upcoming|coming|following) (merge window|pull request|pull|cycle|rc|sprint|batch|round|release|version|update|build)"
   ],
   "except": [
    "(might|may|could|hopefully|maybe|perhaps|possibly|probably|not sure|unsure|no idea|not yet decided|undecided) ... ... (in|into|with|for|from|by|as part of|until) (the|our|your|my) (next|upcoming|coming|following)",
    "(might|may|could|hopefully|maybe|perhaps|possibly|probably) [<adv>] [be] (in|into|with|for|from|by|part of|until) (the|our|your|my) (next|upcoming|coming|following)",
    "(was|were|had been) [originally|initially|once|first] (planned|scheduled|slated|targeted|meant|supposed to be|going to be|expected|due) (for|in|into|with|to be in)",
    "(was|were|had been) [originally|initially|once|first] (expected|scheduled|due|set|slated|planned|targeted|going) to"
   ],
   "skip_negated": true,
   "skip_questions": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "unless_sentence": [
    "(hopefully|hopefuly|hopfully|fingers crossed|with any luck|touch wood|all being well|if all goes well|if everything goes well|if all goes to plan) [,] (#|the|it|it'll|it's|this|that|we|we'll|I|I'll|you|you'll|your|our|they|a|an|these|those|there|things|everything|all|will|'ll|should|can|could|by|in|within|next|soon|tomorrow|today|later|sometime|early|before|around|this)",
    "(hope|hoping|hopes) (to|that)",
    "<we> [<adv>] ('ll|will|shall|'d|would|'re|are|'m|am|may|might|could) [<adv>] [be] (consider|considering) (<action:ing>|<act:ing>|adding|changing|making|including|implementing|supporting|removing|introducing|offering)",
    "(hope|hoping|hopes) (it|it'll|this|the|we|we'll|they|they'll|our|a|an|#) [new|next|latest|upcoming] [fix|patch|update|release|build|version|change|firmware|app|feature|team|engineers|parcel|order|refund|replacement] (will|'ll|should|is going to|'s going to|ships|lands|goes out|gets|comes out|arrives|be)",
    "(maybe|perhaps)",
    "(may|might|could) [well|still|yet] (be pushed back|be delayed|be moved|slip|change|shift|be postponed|be rescheduled)",
    "(can|could|may|might) [sometimes|occasionally|still|also] take (up to|as long as|as much as|anywhere from|between|a while|some time|longer|several|a few|a couple of|#)"
   ]
  },
  {
   "id": "expectation-trigger",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say when you will get to it (\"I'll look at it when I'm back on Monday\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I'll look at it when I'm back.",
     "Once I get back from the conference I will test your board.",
     "I'll merge it once CI is green.",
     "I'll reopen this when the PR lands.",
     "We plan to ship this in Q1."
    ],
    "pass": [
     "When I'm back, can you remind me?",
     "When I came back the service was down.",
     "Sales were slow in Q1.",
     "Did it break when the PR landed?"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(when|once|as soon as|after|the moment) (I'm|I am|I get|we're|we are|we get|I return|we return|I come|we come) [<adv>] back",
    "(when|once|as soon as|after) (I'm|I am|I get|we're|we are) (home|in the office|back in the office|at my desk|at the office)",
    "(when|once|as soon as|after) [the] (ci|checks|tests|build|builds|pr|pull request|patch|fix|change|release|update|merge|review) [<adv>] (is|are|goes|go|turns|turn|passes|pass|lands|land|gets|get|ships|ship|has|have|finishes|finish|completes|complete) [been] [<adv>] (green|through|in|out|live|merged|approved|done|released|tagged|passing|.|,)",
    "(in|by|for|during|before|until) [the] (q1|q2|q3|q4|first quarter|second quarter|third quarter|fourth quarter|first half|second half)"
   ],
   "skip_questions": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "with": [
    "<we> [<adv>] ('ll|will|shall|'m going to|am going to|can|'re going to|are going to)",
    "<we> [<adv>] (plan|plans|planning|aim|aiming|intend|intending|'re hoping|are hoping) to"
   ],
   "unless_sentence": [
    "(hopefully|hopefuly|hopfully|fingers crossed|with any luck|touch wood|all being well|if all goes well|if everything goes well|if all goes to plan) [,] (#|the|it|it'll|it's|this|that|we|we'll|I|I'll|you|you'll|your|our|they|a|an|these|those|there|things|everything|all|will|'ll|should|can|could|by|in|within|next|soon|tomorrow|today|later|sometime|early|before|around|this)",
    "(hope|hoping|hopes) (to|that)",
    "<we> [<adv>] ('ll|will|shall|'d|would|'re|are|'m|am|may|might|could) [<adv>] [be] (consider|considering) (<action:ing>|<act:ing>|adding|changing|making|including|implementing|supporting|removing|introducing|offering)",
    "(hope|hoping|hopes) (it|it'll|this|the|we|we'll|they|they'll|our|a|an|#) [new|next|latest|upcoming] [fix|patch|update|release|build|version|change|firmware|app|feature|team|engineers|parcel|order|refund|replacement] (will|'ll|should|is going to|'s going to|ships|lands|goes out|gets|comes out|arrives|be)",
    "(maybe|perhaps)",
    "(may|might|could) [well|still|yet] (be pushed back|be delayed|be moved|slip|change|shift|be postponed|be rescheduled)",
    "(can|could|may|might) [sometimes|occasionally|still|also] take (up to|as long as|as much as|anywhere from|between|a while|some time|longer|several|a few|a couple of|#)"
   ]
  },
  {
   "id": "expectation-change",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say when the change will reach the customer (\"I'll send the patch by Friday\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Thanks for spotting it. I will remove the stale warning.",
     "I'll get that help page fixed.",
     "The export option was dropped in 3.0; I will bring it back.",
     "I will send a proper patch later with more details.",
     "We will be releasing an update that covers the timeout.",
     "We'll implement the toggle in a future version."
    ],
    "pass": [
     "I'll look into it.",
     "I'll probably drop that flag.",
     "If I can reproduce it I will fix it.",
     "We will get the issue resolved as soon as possible.",
     "I'll try to fix it.",
     "Will you update the driver?",
     "First we will update the config file, then restart the service.",
     "We won't fix it in the old branch."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "<we> <fut> [<adv>] (fix|remove|revert|correct|patch|backport|rename|restore|re-enable|drop) (it|this|that|them|these|those|the|your|our|my)",
    "<we> <fut> [<adv>] (commit|merge|apply|land|cherry-pick|backport|queue|pick up) (the|this|that|your|my|our|these|those|both) [<adv>] [new|updated|proposed|revised|fixed|corrected|v2|two|last] (patch|patches|patchset|fix|fixes|pr|prs|pull request|pull requests|commit|commits)",
    "<we> <fut> [<adv>] (make|send|post|submit|push|prepare|write|put together|cook up|work up|workup|whip up) (a|an|the|some|my|our|this|that) ... ... (fix|fixes|patch|patches|patchset|hotfix|pr|pull request|commit|correction)",
    "<we> <fut> [<adv>] (make|send|post|submit|push|prepare|write|put together|cook up|work up|workup|whip up) [<adv>] [new|quick|small|proper|fixup|fix-up|follow-up|formal|updated|separate|v2] (fix|fixes|patch|patches|patchset|patchsets|hotfix|hotfixes|commit|commits)",
    "<we> <fut> [<adv>] (release|ship|publish|upload|roll out|deploy|push out|put out|tag) (a|an|the|some|my|our|this|that) ... ... (fix|fixes|patch|patches|update|release|hotfix|version|build|firmware)",
    "<we> <fut> [<adv>] send ... ... (patch|patches|patchset)",
    "<we> <fut> [<adv>] (add|implement|introduce) (a|an|more|some|the|new|proper) [new|more|proper|separate|dedicated|quick] (option|options|setting|settings|feature|toggle|button|tutorial|tutorials|ability|shortcut)",
    "<we> <fut> [<adv>] (get|have) (it|this|that|them|these|those|the|your) ... [<adv>] (fixed|removed|corrected|patched|reverted|restored)",
    "<we> <fut> [<adv>] bring (it|this|that|them|these|those|the) ... back",
    "<we> <fut> [<adv>] be (releasing|shipping|pushing|publishing|deploying|rolling out|sending|posting|uploading|merging) (a|an|the|some|our|my) ... ... (fix|fixes|patch|patches|update|release|hotfix|version|build|firmware)",
    "<we> <fut> [<adv>] (add|implement|introduce) ... (in|into|to) (a|the) (future|later|next|coming|upcoming) (version|release|update|build)",
    "<we> <fut> [<adv>] make sure (we|you|I) ... ... (a|the|this|that|my|our) [new|quick|small|proper|formal|follow-up] (fix|patch|patches|patchset|hotfix)",
    "<we> <fut> [<adv>] make sure (a|the|this|that|my|our) [new|quick|small|proper|formal|follow-up] (fix|patch|patches|patchset|hotfix) (lands|gets|goes|makes it|is|will)",
    "(and|,) (will|'ll|shall) [<adv>] (add|implement|introduce|fix|include|support|change|address) ... (in|into|to|with) (a|the) (future|later|next|coming|upcoming) (version|release|update|build)"
   ],
   "except": [
    "(fix|update|correct|amend) (the|your|this|that|these|those|my|our) [<adv>] (issue|issues|problem|problems|matter|concern|concerns|situation|inconvenience)",
    "(get|have) (it|this|that|the|your) (issue|issues|problem|problems|matter) ... (fixed|resolved|sorted)",
    "(get|have) (it|this|that|them) [<adv>] (fixed|resolved|sorted|sorted out|corrected|rectified) [for you] (at the earliest|asap|as soon as possible|as quickly as possible)",
    "(it|this|that|them|everything|things) [<adv>] [fixed|corrected|sorted|resolved|sorted out|changed|removed|replaced|done|restored] (for you|for your)"
   ],
   "skip_negated": true,
   "skip_questions": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "unless_sentence": [
    "(hopefully|hopefuly|hopfully|fingers crossed|with any luck|touch wood|all being well|if all goes well) ... (will|'ll|should|can|could|be|get|have)",
    "(hope|hoping|hopes) (to|that)",
    "(probably|possibly|might|may|perhaps|maybe|likely|eventually|someday|one day|at some point|when I (have|get|find) (time|a chance|a moment)|if I (have|get|find) (time|a chance|a moment))",
    "(asap|as soon as possible|as quickly as possible|at your earliest)",
    "(first|next|now|then|after that|finally|here) [,] <we> (will|'ll|shall)",
    "(if|unless|whether|in case) ... ... (<we>|it|this|that) [<adv>] <fut>"
   ]
  },
  {
   "id": "expectation-change-unsaid-subject",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say when the change will reach the customer (\"Will post the patch by Friday\").",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Will follow with a patch to suppress the warning.",
     "Will reproduce and post a fix."
    ],
    "pass": [
     "Will that patch help?",
     "Will probably send a fix.",
     "The maintainer will post a fix."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(will|'ll|shall) [<adv>] [(reproduce|test|check|confirm|verify|bisect|debug|look into it|dig into it) and] [<adv>] (make|send|post|submit|push|prepare|write|follow with|follow up with|put together|cook up|work up|whip up) (a|an|the|some|my|this|that|[new|quick|small|proper|formal|follow-up|fixup|v2]) ... (fix|fixes|patch|patches|patchset|hotfix|pr|pull request)"
   ],
   "skip_questions": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "unless_sentence": [
    "(hopefully|probably|possibly|maybe|perhaps|eventually|someday|at some point|if|unless|once|when)"
   ]
  },
  {
   "id": "expectation-ticket-step",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say when the ticket will move on (\"I'll reopen it as soon as the fix is verified\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I'll mark it as minor and change the milestone to 1.2.",
     "We will reopen the ticket when the fix is verified."
    ],
    "pass": [
     "I'll mark the calendar for Monday.",
     "I'm going to move this case to our billing desk.",
     "I might reopen it later.",
     "Should I reopen it?",
     "It is a duplicate, so I will close this issue.",
     "I've reopened it."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "<we> <fut> [<adv>] (reopen|re-open|mark|retarget|re-target|milestone) (it|this|that|them) [one|ticket|issue|bug|case|report|request|thread|pr] (as|to|for|into|once|when|after|if|.|!|and|,)",
    "<we> <fut> [<adv>] (reopen|re-open|mark|retarget|re-target|milestone) (the|your|this|that) [<adv>] (ticket|issue|bug|case|report|request|thread|pr|pull request)",
    "<we> <fut> [<adv>] (change|set|move|bump|update) the (milestone|target milestone|target version|fix version) (to|for)"
   ],
   "skip_negated": true,
   "skip_questions": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "unless_sentence": [
    "(hopefully|probably|possibly|might|may|perhaps|maybe|eventually|someday|at some point)",
    "(hope|hoping|hopes) (to|that)"
   ]
  },
  {
   "id": "expectation-ticket-step-unsaid-subject",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say when the ticket will move on (\"Will reopen once the fix is verified\").",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Will reopen if someone disagrees."
    ],
    "pass": [
     "Will it reopen by itself?",
     "The shop will close at noon."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(will|'ll|shall) [<adv>] (reopen|re-open|retarget|re-target) [it|this|that|the ticket|the issue|the bug|the case|the report] (as|to|for|once|when|after|if|.|!|and|,)"
   ],
   "skip_questions": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "unless_sentence": [
    "(hopefully|probably|possibly|might|may|perhaps|maybe|eventually|someday|at some point)"
   ]
  },
  {
   "id": "expectation-next-contact",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say when and how they will hear from you next (\"I'll post here as soon as the fix is merged\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "You'll hear back from the team.",
     "Expect a call from us.",
     "I'll respond on the ticket.",
     "I'll post here when there's news.",
     "Your order will ship Monday.",
     "Engineers are on site and expect to have it fixed this afternoon.",
     "It's scheduled to be fixed in the next sprint.",
     "Your replacement is on its way.",
     "New version coming soon.",
     "Please expect our courier to call you before delivery.",
     "A permanent fix is on the way."
    ],
    "pass": [
     "If anything changes you'll hear from us.",
     "You'll hear from us if anything changes.",
     "It was scheduled to ship last week.",
     "Will you hear back from them?",
     "We won't post here again."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "you ('ll|will|should|shall) [<adv>] hear (back|from)",
    "expect (a|an|our|my) [quick|short|follow-up|separate] (call|callback|email|reply|response|update|text|message|visit|delivery|refund|letter|dm) (from|soon|shortly|within|in|by|today|tomorrow|this|.|!)",
    "expect (a|an|our|my) [quick|short|prompt|swift|speedy|follow-up|separate] (connect|contact|response|reply|revert|follow-up|followup|callback|call back|call|update) (from|soon|shortly|within|in|by|today|tomorrow|.|!)",
    "(will|'ll|shall) [<adv>] be [<adv>] (connecting|reaching|getting in touch|in touch|calling|contacting|writing|emailing) (with you|to you|you|back)",
    "(expect|anticipate|await|look out for) (our|the|my|a|an|your) ... (to (reach|call|contact|email|ring|get in touch|get back|follow up|connect)|(call|contact|callback|email|message|reply|response|update|visit) from)",
    "(expect|anticipate|await|look out for) (contact|communication|correspondence|word|news|a call|calls|emails|an email|updates) (from|by|via)",
    "(expect|anticipate|await) further (contact|communication|correspondence|feedback|updates|news) [from us|from our team|from the team|shortly|soon|on this|on your case|on this matter] (.|!)",
    "<we> [<adv>] ('ll|will|shall) [<adv>] (respond|reply|answer|write back|comment|post|report back|follow up) (on|in|here|via|through|by|to this|to the) [the|this|your] [ticket|thread|issue|case|email|dm|pr|pull request]",
    "<we> [<adv>] ('ll|will|shall) [<adv>] (post|update|comment|write|report) (here|on this|in this|back|this thread|this issue|the thread|the issue|on the ticket|in the thread) [<adv>] (when|once|as soon as|the moment)",
    "<we> [<adv>] ('ll|will|shall) [<adv>] update (this|the|your) (issue|ticket|thread|case|bug|report|topic|post|request)",
    "(will|'ll|should|is going to|are going to) [<adv>] (ship|arrive|go out|be delivered|be dispatched|be shipped|be back|be ready|be there|land|be released|be fixed|reopen|be open|resume|be restored|be available|be live|go live) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)",
    "(expect|expects|expecting|aim|aims|aiming|plan|plans|planning) to (have|get) ... ... (fixed|resolved|restored|back|done|sorted|ready|shipped|released|out|running) (by|this|today|tonight|tomorrow|within|in|on|before|later|soon|shortly)",
    "(scheduled|planned|due|set|slated) to (be (fixed|released|shipped|done|merged|deployed|available|restored|delivered|back)|go (out|live)|ship|land|launch|arrive|reopen|resume|open)",
    "(scheduled|planned|slated|targeted) for [the] (next|upcoming|coming) (sprint|iteration|cycle|milestone|release train)",
    "(your|the) ... (replacement|order|parcel|package|refund|card|device|item|engineer|technician|courier|driver) (is|are|'s|'re) [<adv>] (on its way|on their way|on the way|en route|in the post|in transit|out for delivery)",
    "(coming|arriving|landing|shipping|dropping) (soon|shortly|very soon|next week|next month|this week|tomorrow|later this (week|month|year))",
    "(a|an|the) [new|proper|permanent|small|quick] (fix|patch|update|release|build|version|replacement|refund|solution|workaround) (is|are|'s) [<adv>] (on its way|on the way|in the works|in progress|being (prepared|tested|worked on|rolled out))"
   ],
   "except": [
    "(if|in case|should) (there|anything|any) ... ... (you ('ll|will|should|shall) [<adv>] hear|<we> [<adv>] ('ll|will|shall) [<adv>] (post|update|comment|write|report))",
    "you ('ll|will|should|shall) [<adv>] hear (back|from) ... ... (if|in case|should) (there|anything|any|something)",
    "(was|were|had been) [originally|initially] (scheduled|planned|due|set|supposed|slated) to",
    "<news-many> [<news-many>] <everyone-news> [will|'ll|are|'re|should|to] [be|being|<adv>] [<adv>] (soon|shortly|(coming|arriving|landing|dropping|added|released|launched|introduced|rolled out|out|live|available|on the way|on their way) [your way|to the app|to the game|to the store|in the app|in the game] [very] (soon|shortly))",
    "(soon|shortly) [be] <news-verb> [you] <news-many> ... <everyone-news>",
    "any (other|remaining|further|more|new) (bugs|issues|problems|glitches|errors|crashes) [will|'ll|should|are|'re|to] [be|get|being] [<adv>] (fixed|resolved|sorted|sorted out|ironed out|patched|addressed|squashed|cleared up|dealt with|looked at) [<adv>] (soon|shortly)"
   ],
   "skip_negated": true,
   "skip_questions": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "unless_sentence": [
    "(hopefully|hopefuly|hopfully|fingers crossed|with any luck|touch wood|all being well|if all goes well|if everything goes well|if all goes to plan) [,] (#|the|it|it'll|it's|this|that|we|we'll|I|I'll|you|you'll|your|our|they|a|an|these|those|there|things|everything|all|will|'ll|should|can|could|by|in|within|next|soon|tomorrow|today|later|sometime|early|before|around|this)",
    "(hope|hoping|hopes) (to|that)",
    "<we> [<adv>] ('ll|will|shall|'d|would|'re|are|'m|am|may|might|could) [<adv>] [be] (consider|considering) (<action:ing>|<act:ing>|adding|changing|making|including|implementing|supporting|removing|introducing|offering)",
    "(hope|hoping|hopes) (it|it'll|this|the|we|we'll|they|they'll|our|a|an|#) [new|next|latest|upcoming] [fix|patch|update|release|build|version|change|firmware|app|feature|team|engineers|parcel|order|refund|replacement] (will|'ll|should|is going to|'s going to|ships|lands|goes out|gets|comes out|arrives|be)",
    "(maybe|perhaps)",
    "(may|might|could) [well|still|yet] (be pushed back|be delayed|be moved|slip|change|shift|be postponed|be rescheduled)",
    "(can|could|may|might) [sometimes|occasionally|still|also] take (up to|as long as|as much as|anywhere from|between|a while|some time|longer|several|a few|a couple of|#)"
   ]
  },
  {
   "id": "expectation-now",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say what you are doing about it now or today (\"I'll reset it this morning\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I'll process the cancellation for you now.",
     "I'll raise this with the manager today."
    ],
    "pass": [
     "Is the app loading your playlists again now?",
     "Your claim was approved this morning.",
     "It should work now."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(now|today|this (morning|afternoon|evening))"
   ],
   "except": [
    "(happy|glad|pleased|delighted|here) to (help|assist) [you] (now|today)",
    "for now",
    "(can|could|may|might|would|should) [<adv>] now",
    "(looking into|looking at|investigating|checking|researching|research|reviewing|working on|digging into|examining|testing|trying) ... ... [,] (now|today)",
    "(another|a different|some other|other|several other|many other|a few other) [customer's|user's|client's|customers'|caller's] (customer|customers|case|cases|ticket|tickets|call|calls|chat|chats|caller|callers|client|clients|user|users|issue|issues|request|requests|query|queries|order|orders|job|jobs|person|people) ... [,] [right] (now|today|this (morning|afternoon|evening))",
    "(right now|now|at the moment) [,] <we> (can't|cannot|can not|couldn't|could not|am not|'m not|are not|'re not|won't|will not|don't|do not|have no|'ve no|have not|haven't)",
    "(right now|now|today|at the moment) [,] <we> ('m|am|'re|are) [<adv>] [<adv>] (<act:ing>|<action:ing>|busy|tied up|on) ... (another|a different|some other|other|several other|many other|a few other) [customer's|user's|client's|customers'|caller's] (customer|customers|case|cases|ticket|tickets|call|calls|chat|chats|caller|callers|client|clients|user|users|issue|issues|request|requests|query|queries|order|orders|job|jobs|person|people)",
    "(hopefully|hope|hopes|hoping|fingers crossed|with any luck|with luck|touch wood|if all goes well|all being well|perhaps|maybe) ... ... [,] (soon|shortly|right away|in a bit|in a moment|in the coming days|over the next few days|tomorrow|tonight|this week|next week|today|now|this (morning|afternoon|evening))"
   ],
   "skip_questions": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "with": [
    "<we> [<adv>] ('ll|will|shall|am going to|'m going to|are going to|'re going to)",
    "<we> ('m|am|'re|are) [<adv>] <act:ing>"
   ],
   "unless_sentence": [
    "(hopefully|hopefuly|hopfully|fingers crossed|with any luck|touch wood|all being well|if all goes well|if everything goes well|if all goes to plan) [,] (#|the|it|it'll|it's|this|that|we|we'll|I|I'll|you|you'll|your|our|they|a|an|these|those|there|things|everything|all|will|'ll|should|can|could|by|in|within|next|soon|tomorrow|today|later|sometime|early|before|around|this)",
    "(hope|hoping|hopes) (to|that)",
    "<we> [<adv>] ('ll|will|shall|'d|would|'re|are|'m|am|may|might|could) [<adv>] [be] (consider|considering) (<action:ing>|<act:ing>|adding|changing|making|including|implementing|supporting|removing|introducing|offering)",
    "(hope|hoping|hopes) (it|it'll|this|the|we|we'll|they|they'll|our|a|an|#) [new|next|latest|upcoming] [fix|patch|update|release|build|version|change|firmware|app|feature|team|engineers|parcel|order|refund|replacement] (will|'ll|should|is going to|'s going to|ships|lands|goes out|gets|comes out|arrives|be)",
    "(maybe|perhaps)",
    "(may|might|could) [well|still|yet] (be pushed back|be delayed|be moved|slip|change|shift|be postponed|be rescheduled)",
    "(can|could|may|might) [sometimes|occasionally|still|also] take (up to|as long as|as much as|anywhere from|between|a while|some time|longer|several|a few|a couple of|#)"
   ]
  },
  {
   "id": "expectation-next",
   "signal": "expectation",
   "level": "suggestion",
   "message": "Say what happens next and when (\"as soon as the fix ships, I'll let you know\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Some lines will be reopening shortly.",
     "You'll get the confirmation as soon as the payment clears.",
     "The new commits should trigger builds.",
     "We will add the option back soon.",
     "I'll have a look at it this weekend.",
     "The fix will be in the next release.",
     "I'll have the docs updated by the weekend.",
     "We plan on shipping the corrected driver soon."
    ],
    "pass": [
     "Is the app loading your playlists again now?",
     "Your claim was approved this morning.",
     "That should fix it now.",
     "We'll fix this as soon as we can."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(tonight|tomorrow|later today|this week|later this week|this weekend|next weekend|over the weekend|early next week|later next week|in the next few days|in the coming weeks|in the next few weeks|in a day or two|in a week or two|in a couple of days|in a couple of weeks)",
    "(by|before|over|at) the (weekend|end of the weekend)",
    "next (quarter|sprint)",
    "this (monday|tuesday|wednesday|thursday|friday|saturday|sunday|coming (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend))",
    "(will|'ll|should) [<adv>] (be|land|ship|go|come|appear) (in|into|with|out with|as part of) [the|version|release|v] (#|next|upcoming|coming|new|following)",
    "(at|around|from) [about] # [:|.] [#] (a.m.|p.m.|a.m|p.m|am|pm|o'clock)",
    "<we> ('ll|will|shall|'m going to|am going to|'re going to|are going to) [<adv>] (come|pop|drop|swing|stop|head|call|ring|phone|visit|meet|be) [up|over|down|round|around|by|in|back|there|here|you] ... at # [:|.] [#]",
    "(after|before|over|at) (lunch|lunchtime|lunch time|the lunch break|my lunch break)",
    "first thing (tomorrow|today|in the morning|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next week)",
    "(at|in|during|on|after|before) (the|our|my|this) next [weekly|monthly|daily|team|staff|management|board|planning|review|project|sprint|triage|developer|dev] (meeting|meetings|call|sync|standup|stand-up|check-in|catch-up|review|session|huddle|briefing)",
    "(soon|shortly|right away|straight away|straightaway|immediately|promptly|momentarily|in a bit|in a moment|in the coming days|over the next few days)",
    "(in|within) [just|only] a (short|little) (time|while)",
    "(as soon as|once|the moment|the minute) (I|we|they|it|the|your|this|that|our|a) ...",
    "(from|with|on|in) (the|your) (next|upcoming|following) (build|release|version|update|commit|push|order|bill|statement|invoice|cycle|billing cycle|deploy|deployment)",
    "(from|with|on|in|into|for|by|as part of) (the|your|a|an|our) (upcoming|forthcoming|subsequent|next) [app|software|firmware|minor|major|point|maintenance] (build|release|version|update|patch|firmware|nightly|beta|deploy|deployment|sprint)",
    "(early|late|later|mid|by|in|before|during|sometime) next year",
    "(in|by|before|during|for) (q1|q2|q3|q4|h1|h2|the first quarter|the second quarter|the third quarter|the fourth quarter|the first half|the second half) [of] [next year|this year|#]",
    "(by|before|until|till) (end of|eo) (week|month|play|business|next week|the week|this week|this month|next month)",
    "(by|before|until|till) (eow|eom|eop)",
    "after (#|one|two|three|four|five|ten|fifteen|twenty|thirty|a few|a couple of|an|a) [more|business|working] (minutes|minute|hours|hour|days|day|weeks|week)",
    "(within|by|before|on|in|from|with) (the|your) (next|upcoming|following|coming) (bill|billing cycle|billing period|billing date|statement|invoice|renewal|renewal date|payment|payday|pay day|pay period|cycle|charge|month's bill|monthly bill)",
    "(the|your) (next|new|upcoming) (build|builds|release|version|update|commit|commits|push|deploy|deployment|order) (will|should|'ll)",
    "when (it's|it is|this is|that's|that is|the fix is|the patch is|the release is|the update is|the PR is|it gets|this gets) (merged|released|fixed|deployed|available|live|out|ready|done|published|shipped|approved)",
    "(by|before|in|for|with|from|until|till) the (next|second|first|third|fourth|upcoming|coming|following|final|new) [v*] [#] [.] [#] (build|beta|release|version|update|alpha|rc|patch|service pack|hotfix|drop|nightly)",
    "(on|by|before|for|until|till) [the] (#|#st|#nd|#rd|#th|# st|# nd|# rd|# th) [of] (<month-name>|this month|next month)",
    "(on|by|before|for|until|till) the (#st|#nd|#rd|#th|# st|# nd|# rd|# th)",
    "(on|by|before|for|until|till) <month-but-may> (#|#st|#nd|#rd|#th|# st|# nd|# rd|# th)",
    "later (this|next|in the) (week|month|year|quarter|spring|summer|autumn|fall|winter)",
    "(this|next|in the) (spring|summer|autumn|fall|winter) [release|update|version]",
    "(by|before) (this|tomorrow) (morning|afternoon|evening|weekend)",
    "after the (weekend|holiday|holidays|bank holiday|long weekend)",
    "(will|'ll|should) [<adv>] be (part of|included in|out with|shipped with|bundled with|released with|released in) the (next|upcoming|coming|following) [v*] [#] [.] [#] [app|major|minor|point] (release|version|update|build|beta|nightly)",
    "(will|'ll|should|is going to|'s going to) [<adv>] be (part of|included in|in|out in|released in|shipped in|available in|fixed in) [version|release|v] (v*|#) [.] [#] [.] [#]",
    "when the (release|fix|patch|update|version|build|PR|pull request|branch|tag) (is|gets|has been) [<adv>] (tagged|cut|merged|released|published|deployed|rolled out|pushed|approved|shipped|live|out|ready)"
   ],
   "except": [
    "<news-many> [<news-many>] <everyone-news> [will|'ll|are|'re|should|to] [be|being|<adv>] [<adv>] (soon|shortly|(coming|arriving|landing|dropping|added|released|launched|introduced|rolled out|out|live|available|on the way|on their way) [your way|to the app|to the game|to the store|in the app|in the game] [very] (soon|shortly))",
    "(soon|shortly) [be] <news-verb> [you] <news-many> ... <everyone-news>",
    "any (other|remaining|further|more|new) (bugs|issues|problems|glitches|errors|crashes) [will|'ll|should|are|'re|to] [be|get|being] [<adv>] (fixed|resolved|sorted|sorted out|ironed out|patched|addressed|squashed|cleared up|dealt with|looked at) [<adv>] (soon|shortly)",
    "(as soon as|as quickly as) (possible|we can|I can)",
    "(once|when|whenever|as soon as|after) (a|an|any) ... ... ... [,] (it|this|that|they|there|you) (is|are|'s|'re|becomes|become|cannot|can't|isn't|aren't|can|may|must|won't)",
    "after ... ... (inactivity|idle|idling|idle time|no activity|not using|wall time|walltime|run time|runtime|uptime|use|usage)",
    "(was|were|had|did|took|spent|lasted) ... (on|by|before|until|till|next|for|about|around|approximately|within|in|at) ...",
    "(I|we|they|he|she|team|engineers|engineer|developers|devs|fix|patch|update|release|change|changes|hotfix|build) [<adv>] (fixed|deployed|released|shipped|went live|went out|rolled out|pushed|landed|merged|published|applied|installed|patched|resolved|restored|completed|finished) ... (on|at|yesterday|last|earlier|this morning|ago) ...",
    "(hopefully|hope|hopes|hoping|fingers crossed|with any luck|with luck|touch wood|if all goes well|all being well|perhaps|maybe) ... ... [,] (soon|shortly|right away|in a bit|in a moment|in the coming days|over the next few days|tomorrow|tonight|this week|next week|today|now|this (morning|afternoon|evening))",
    "(at|for|in) the (moment|minute)",
    "(right now|now) (it|this|that|you|we|is|are) ...",
    "(do|did|does|can|could|would|will) you",
    "if you",
    "(should|will|'ll) (fix|solve|resolve|sort) (it|this|that|the (problem|issue))",
    "(will|'ll|shall) [<adv>] (look into|look at|check|investigate|review) (it|this|that|the issue|your issue|the matter) (right away|immediately|straight away|straightaway|promptly)",
    "(if|whether) ... <we> (can|could) [<adv>] (<action:base>|<act:base>) [it|this|that|them] (right away|immediately|straight away|straightaway|promptly|soon|shortly)",
    "(look|looking|looks) forward to (welcoming|seeing|hosting|serving|having|meeting|greeting|receiving|host|welcome|see|serve) you [back|again|back again] (soon|shortly)",
    "(look|looking|looks) forward to (welcoming|seeing|hosting|serving|having|meeting|greeting|receiving|host|welcome|see|serve) you [back|again] (to|at|in|on|with|into) (the|our|us|your|this|that) [...] (soon|shortly)",
    "(look|looking|looks) forward to your (next|return|upcoming) (visit|stay|trip) [again] (soon|shortly)",
    "(look|looking|looks) forward to your (next|return|upcoming) (visit|stay|trip) (to|at|in|on|with|into) (the|our|us|your|this|that) [...] (soon|shortly)",
    "(look|looking|looks) forward to (welcoming|seeing|hosting|serving|having|meeting|greeting|receiving|host|welcome|see|serve) you [back|again] (to|at|in|into) ... (soon|shortly)",
    "(look|looking|looks) forward to your (next|return|upcoming) (visit|stay|trip) (to|at|in|into) ... (soon|shortly)"
   ],
   "skip_negated": true,
   "skip_questions": true,
   "skip_readings": [
    "policy",
    "hypothetical"
   ],
   "with": [
    "<we> (will|'ll|shall|am going to|'m going to|are going to|'re going to)",
    "<we> [<adv>] (need to|have to|plan to|plan on|intend to|('m|am|'re|are) planning (to|on)) [<adv>] (<act:base>|talk|speak|discuss|consult|confer|ring|phone|call|email|e-mail|contact|message|write to|chase|ask|try|do a|do some|doing a|doing some|go through|go over|run|follow up|get back|reach out)",
    "<we> ('m|am|'re|are) (<act:ing>|sending|emailing|processing|booking|rebooking|calling|raising|escalating|arranging|refunding|updating|fixing|resetting|restarting|checking|looking|working|sorting|issuing|shipping|dispatching|cancelling|canceling|replacing|restoring|adding|releasing|deploying)",
    "(will|'ll|should|shall) [<adv>] [be] (be|reach|arrive|get|have|see|go|receive|hear|trigger|start|begin|work|show|appear|open|reopen|reopening|reopen|return|resume|run|ship|land|release|released|available|back|fixed|resolved|restored|done|ready|added|sent|delivered|processed|live|out|contacted|credited|refunded|updated|arranged|sorted|in touch|in contact)",
    "(will|'ll|should|shall) [<adv>] (take effect|kick in|apply|be applied|be reflected|reflect|renew|reset|drop off|fall off|disappear|go up|go down|be charged|be billed|be removed|be reversed)",
    "(they|he|she|it|engineers|someone|a member of|the (engineer|technician|team|courier|driver|refund|replacement|update|fix|release)) ... ('ll|will|should|are going to|is going to)",
    "(expect|expecting) (a|an|the|our|my|to|it|them|your)",
    "(scheduled|booked|arranged|confirmed|rescheduled|rebooked|moved) ... (for|to)",
    "(is|are|'s|'re) [<adv>] (coming|arriving|due|scheduled|planned|on its way|on their way|on the way|being <act:past>|going out|rolling out)",
    "(goes|go|ships|ship|lands|land|arrives|arrive|comes|come) (out|live|in|with|on|through)",
    "(will|gonna|going to) [<adv>] <action>",
    "(going to|gonna) [<adv>] be [<adv>] (<act:past>|shipped|available|ready|out|live|back|done|included|published|rolled out|delivered)",
    "(plan|plans|planning|aim|aims|aiming|intend|intends|intending|hope|hoping|expect|expecting) to [<adv>] <action>",
    "(plan|plans|planning) on [<adv>] <action:ing>",
    "(roll|rolls|rolling|rolled) out"
   ],
   "unless_sentence": [
    "(hopefully|hopefuly|hopfully|fingers crossed|with any luck|touch wood|all being well|if all goes well|if everything goes well|if all goes to plan) [,] (#|the|it|it'll|it's|this|that|we|we'll|I|I'll|you|you'll|your|our|they|a|an|these|those|there|things|everything|all|will|'ll|should|can|could|by|in|within|next|soon|tomorrow|today|later|sometime|early|before|around|this)",
    "(hope|hoping|hopes) (to|that)",
    "<we> [<adv>] ('ll|will|shall|'d|would|'re|are|'m|am|may|might|could) [<adv>] [be] (consider|considering) (<action:ing>|<act:ing>|adding|changing|making|including|implementing|supporting|removing|introducing|offering)",
    "(hope|hoping|hopes) (it|it'll|this|the|we|we'll|they|they'll|our|a|an|#) [new|next|latest|upcoming] [fix|patch|update|release|build|version|change|firmware|app|feature|team|engineers|parcel|order|refund|replacement] (will|'ll|should|is going to|'s going to|ships|lands|goes out|gets|comes out|arrives|be)",
    "(maybe|perhaps)",
    "(may|might|could) [well|still|yet] (be pushed back|be delayed|be moved|slip|change|shift|be postponed|be rescheduled)",
    "(can|could|may|might) [sometimes|occasionally|still|also] take (up to|as long as|as much as|anywhere from|between|a while|some time|longer|several|a few|a couple of|#)"
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
     "We've escalated this to the vendor.",
     "I've reset your password and escalated the lockout to security.",
     "I've reset the router. It has been escalated to our engineers."
    ],
    "pass": [
     "I'm looking into it and will update you by 4 pm.",
     "Your printer is fixed."
    ]
   },
   "type": "conditional",
   "when": [
    "(I'm|I am|we're|we are) [still] (looking into|investigating|working on|checking (on|into))",
    "(I've|I have|we've|we have) (escalated|forwarded|logged|passed)",
    "(I|we) [<adv>] ('ve|have) <adv> [<adv>] (escalated|forwarded|passed|referred)",
    "(I|we) [<adv>] (escalated|forwarded|referred) (it|this|that|them|the|your)",
    "(it|this|that|your (issue|case|ticket|request|report|complaint)|the (issue|case|ticket|request|fault|matter|problem|report|complaint)) (has|'s|have) [<adv>] been [<adv>] (escalated|forwarded|passed on|referred)",
    "(I've|I have|we've|we have) raised (it|this|that|the (issue|problem|case|matter|ticket|bug|request)|a (ticket|case|request|bug|report)|an (incident|issue)|your (issue|case|ticket|request|problem))",
    "(I'll|I will|we'll|we will) (look into|investigate|check|escalate|dig into)",
    "(still|currently) (investigating|working on|looking into)",
    "<we> [<adv>] ('ve|have) ... ... ... (and|then|,) [<adv>] [have|also|then] [<adv>] (escalated|forwarded|referred|handed) (it|this|that|them|the|your|a|an|on|over|up)",
    "<we> [<adv>] ('ve|have) ... ... ... (and|then|,) [<adv>] [have|also|then] [<adv>] passed (it|this|that|them|the|your) ... (on|to|over|along)",
    "<we> [<adv>] ('ve|have) ... ... ... (and|then|,) [<adv>] [have|also|then] [<adv>] raised (it|this|that|them|the|your|a|an) ... with (the|our|my|a|an|your|their)"
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
     "Unfortunately we're unable to refund gift cards.",
     "You'll need to call our billing line about that.",
     "Please file a report at the help desk.",
     "Return it to the store where you bought it.",
     "That version isn't supported anymore.",
     "This would be a question for your local store.",
     "We no longer support version 3.",
     "This isn't the right place for this question.",
     "Try googling the error message.",
     "This ticket is non-refundable once the booking is confirmed.",
     "Address changes are handled only through the verification form.",
     "You'll have to ask on the GNU Radio mailing list.",
     "You'd be better off asking the distribution's forum.",
     "Could you open an issue on GitHub for this?",
     "I don't have the hardware to test that here.",
     "The blue model is out of stock.",
     "We can't find anything we can do about the late fee."
    ],
    "pass": [
     "I can't wait to help you set this up!",
     "I can't find anything wrong with your account.",
     "Dark mode isn't implemented yet. I will add it in the next release.",
     "The sync couldn't finish because the token expired.",
     "If you can't log in, restart the app.",
     "Here's what we can do: I'll reset it now.",
     "I'll contact the carrier for you today.",
     "Please DM us your order number.",
     "Gift cards don't need activating, you can use them straight away.",
     "I've opened an issue for this on the tracker.",
     "You can post the log here and I'll have a look."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(we|I) [really|just|still|currently|unfortunately|sadly|simply|also|definitely|certainly|probably|sometimes|usually|normally|generally|even|actually] (can't|cannot|can not|cant|couldn't|could not)",
    "(our|the|my) [support|customer care|care|service|technical|tech|billing|sales] (team|teams|agents|agent|staff|advisors|advisers|representatives|reps|engineers|colleagues|department) (can't|cannot|can not|cant|couldn't|could not)",
    "(and|but|so) [still|really|unfortunately|currently|sadly] (can't|cannot|can not|cant|couldn't|could not) (<act:base>|<nl-denied-act:base>|<howto:base>|check|find|see|look|help|test|tell|say|offer|give|do|make|change|add|remove|process|refund|cancel|access|share|provide|promise|guarantee|confirm|support|accept|comment|disclose)",
    "(can't|cannot|can not|cant|couldn't|could not) be [<adv>] <action:past>",
    "(won't be able|will not be able)",
    "(can't|cannot|can not|cant) [really] help [you] (without|further|any further)|(not|n't) [entirely|really|quite|totally|exactly] sure how (to|I can|we can|I could|we could) help",
    "(we|I) [<adv>] (wouldn't|would not|'d not|couldn't|could not|may not|might not) [<adv>] be able to",
    "(unable to|not able to|isn't able|aren't able|wasn't able|weren't able)",
    "(not possible|isn't possible|impossible|no way to|no longer possible)",
    "(I|we) (don't|do not) know (of any|any|of a) [good|easy|simple|better|reliable] way (to|of)|(is|'s|there's|there is|there are|have|has|see|know of) (no|not an|not a) (easy|simple|quick|clean|straightforward) (solution|fix|way|workaround)|(no|not an|not a) (easy|simple|quick|clean|straightforward) (solution|fix|way|workaround) (at this time|right now|for now|currently|yet|at the moment|at present)",
    {
     "phrase": "(not|isn't) (our|my) (department|area|team|responsibility|job|problem|fault)",
     "rewrites": [
      "Let me connect you with the team that handles this"
     ]
    },
    "(not the right place|not something (we|I|that we|that I) (can|could|do|are able|am able|'re able|'m able|are allowed|'re allowed|offer|support|provide|have access to|have control over|control|handle|deal with)|not a ... (we|I) can)",
    "(nothing (more|else)? (we|I) can do|there's nothing (we|I) can|(the best|the most|all|the only [thing|option|one]) [that] (we|I) [<adv>] (can|could|'re able to|are able to|'m able to|am able to) (do|offer|give|provide))",
    "anything [more|else|further] [that] (we|I) (can|could) [possibly|really|actually] (do|change) about",
    "(we|I) [currently|unfortunately|sadly|generally|still|also] (don't|do not|dont) [currently|generally|normally|usually|actually|yet] (offer|support|provide|ship|price match|track|allow|accept|have access|handle|sell|carry|refund|cover|deal with|issue|store|guarantee|service|give out|deliver|stock|do (refunds|exchanges|returns|that|this|those|these|repairs|custom|partial)|take (bookings|orders|payments|returns|cash|cards)|make|book|reserve|transfer|exchange|repair|replace|honour|honor|match)",
    "(we|I) (don't|do not|dont) have (a way|the ability|access|visibility) ...",
    "(doesn't|does not|don't|do not|no longer) (ship|ships|carry|come with|work with|accept|cover|sell|stock) (that|this|those|these|the|a|an|any|it|them)",
    "(doesn't|does not|don't|do not|won't|will not) [currently|yet|presently|officially] (allow|permit|let) (us|me|apps|third-party apps|third party apps|other apps|developers|extensions|plugins|add-ons) [to]",
    "(we|I) only (support|accept|offer|ship|provide|deal with|handle|work with|sell|cover|respond to|reply to|answer)",
    "(you're|you are|you'll be|you will be|we're|we are|I'm|I am) only able to",
    "(policy|policies|terms|rules|guidelines|licence|license|regulations) [of use|of service|and conditions|& conditions|of sale|of the service] (doesn't|does not|don't|do not|won't|will not) (allow|permit|let|cover|include)",
    "(can|could) only be (handled|done|processed|changed|made|used|accessed|resolved)",
    "(against|due to|per|under) (our|company|the) policy",
    "(is|'s|be|are|'re) against policy",
    "(not|no longer|isn't|aren't|is not|are not) (supported|allowed|permitted|available to you|offered)",
    "(is|are|'s|'re|remains|remain|was|were|considered|officially) [<adv>] unsupported (.|,|;|!|on|in|with|by|for|and|so|because|as|since|here|now|at|under)",
    "(isn't|is not|aren't|are not|'s not|'re not|no longer|not yet|currently not|still not|sadly not|unfortunately not) [yet|currently|always|available|at the moment] available (in|on|for|to|at|outside|with|in your|through|via|here|after|beyond|past|once|unless|without|between|during)",
    "there [currently|still|really|presently|unfortunately|sadly|simply|just] (isn't|is not|aren't|are not|wasn't|was not|'s not) [currently|really|presently|unfortunately|sadly|still|yet|actually|at present] (a|an|any) [way|option|setting|feature|plan|plans|support|ability|easy way|quick way] (way|option|setting|feature|plan|plans|support|ability|method|means) (to|for)",
    "unfortunately [,] ... ... (not|no|never|unable|can't|cannot|won't|don't|doesn't|isn't|aren't|wasn't|weren't|didn't|haven't|hasn't|couldn't|only)",
    "(we|I) (are|am|'re|'m) not (taking|accepting|offering|doing|shipping|selling|processing|allowed|permitted|in a position|able|authorised|authorized)",
    "(we|I) (are|am|'re|'m) (currently|presently|still|now|sadly|unfortunately|temporarily) not (taking|accepting|offering|doing|shipping|selling|processing|allowed|permitted|in a position|able|authorised|authorized)",
    "(we|I) (can|could|are able to|'re able to|am able to|'m able to) no longer",
    "(ceased|stopped|ended|discontinued|dropped) (support|supporting|selling|offering|shipping)",
    "(beyond|outside|out of) (my|our) (knowledge|expertise|scope|remit|control|hands)",
    "(beyond|outside|out of) [the] scope",
    "(we|I) (won't|will not|aren't going to|are not going to|'re not going to|don't intend to|do not intend to|have no plans to|don't plan to|are not planning to|'re not planning to|aren't planning to|don't currently plan to) [be] (add|adding|support|supporting|implement|implementing|fix|fixing|change|changing|merge|merging|accept|accepting|offer|offering|provide|providing|include|including|make|making|build|building|port|porting|release|releasing|bring|bringing|ship|shipping|extend|extending)",
    "(we|I) (won't|will not|aren't going to|are not going to|'re not going to|don't intend to|do not intend to) [be] (refund|refunding|replace|replacing|reimburse|reimbursing|compensate|compensating|honour|honouring|honor|honoring|reinstate|reinstating|restore|restoring|reopen|reopening|reverse|reversing|waive|waiving)",
    "(need|needs|would need|has|have|will have|would have) to (go|be done|be handled|be raised|be sorted) (through|by|with) [the|your|our] <elsewhere>",
    "(is|are|would be|'s|'d be) (the|your) (best|right|better|correct|only) (place|people|team|ones|folks|person|point of contact|contact) (to|for) (ask|contact|talk|speak|help|check|reach|go|raise|report|sort|handle|this|that|these|those)",
    "(not|isn't|aren't|is not|are not|won't be|will not be) compatible",
    "too (much|complicated|advanced|technical) ... for (me|my)",
    "I wish (we|I) could",
    "(we|I) [currently|still|unfortunately|sadly] (don't|do not|dont) [currently|yet] have (a|an|any) [dedicated|separate|direct|public|local|physical|official] (phone line|phone number|telephone number|helpline|hotline|live chat|chat support|phone support|email support|store|stores|shop|shops|office|offices|branch|branches|showroom|showrooms|outlet|outlets|service centre|service center|service centres|service centers)",
    "(we|I) [currently|still] (don't|do not|dont|haven't|have not|'ve not) [currently|yet|got] (have|got) [any|a|the] [current|immediate|concrete|firm|specific|real|clear|definite|fixed|set] (plan|plans) (to|for|yet|at the moment|right now|currently|.|,|;)",
    "(won't fix|wontfix|won't be fixed|not planned|no plans to|not going to (add|support|implement|fix|change)|don't plan to|do not plan to|out of scope|not in scope|not a bug)",
    "(isn't|is not|not) (something|a feature|an option) (we|that we|I) (support|offer|provide|plan|can|will|'ll)",
    "(doesn't|does not|don't|do not|won't|will not) [currently|yet|presently|officially|natively|fully|really|actually|still] (support|offer|provide|include|have support|have an option|have a way|have the ability)",
    "(there's|there is|there are) no (way|option|setting|support|plan|plans|feature|ability) (to|for)",
    "(not|isn't|is not|'s not|aren't|are not) (currently|yet|really|always|presently|technically|natively|officially) (possible|supported|available|allowed|permitted|doable|feasible)",
    "(isn't|is not|'s not|aren't|are not|wasn't|was not|won't be|will not be|wouldn't be|would not be) (doable|feasible|achievable)",
    "(there's|there is|there are) (currently|still|unfortunately|sadly|simply|just|presently) no (way|option|setting|support|plan|plans|feature|ability|method|means) (to|for)",
    "(this|the) (tracker|repo|repository|channel|issue tracker|forum|page|account) is (only)? for",
    "(not|isn't|is not) (a|an) (issue|problem|bug) (with|in|on|of) (our|the|us|this)",
    "<nl-neg> ... ... [,] (I'm|I am) afraid",
    "(I'm|I am) afraid [,] [that|but] ... <nl-neg>",
    "<nl-neg> ... ... [,] sadly",
    "sadly [,] ... ... <nl-neg>",
    "(<send-to:base>|<send-to:ing>) [the|your|our|a|an|their] [local|nearest|own|own local|in app|online|web|official|dedicated|mobile] <elsewhere>",
    "(<send-to:base>|<send-to:ing>) (it|them|this|that|a report|a request|a ticket|a complaint|a claim|the form|an email|a message|a note) (to|at|with|through|via|in|on) [the|your|our|a|an|their] [local|nearest|own] <elsewhere>",
    "<advise> [also|just|simply|directly] <send-to> ... <elsewhere>",
    "(I'd|I would|we'd|we would|I|we|would) [strongly|also|really] (recommend|suggest|advise) [also|just|simply|directly] (<send-to:ing>|posting|asking) ... ... (<elsewhere>|<nl-venue>|<channel>)",
    "(<advise>|please) [also|just|simply] use (our|the|a|your) [support|contact|web|online|community] (form|forum|forums|community|chat|live chat|helpline|hotline|phone line|support site|help center|help centre|mailing list|discussions|support page|contact page)",
    "(<advise>|please) [also|just|simply|instead] use (our|the|a|your|their|its|this|that) [...] [...] <nl-venue> (to (ask|discuss|report|post|raise|file|submit|request|talk|share|seek|get help|find help|get support|open)|for (questions|question|queries|support|help|discussion|discussions|issues like|problems like|requests like|usage questions|support questions)|instead|.|,|;|!)",
    "(<advise>|please) [also|just|simply|instead] use {url} to (ask|discuss|report|post|raise|file|submit|request|open|log|create)",
    "(ask|post|try|check|search) ... (in|on) (\\#|the forum|the forums|the community|reddit|stack overflow|irc|google|the web)",
    "(question|one|matter|issue|query|request) for (your|the|our|their) [local] ... <elsewhere>",
    "(question|one|matter|query) (for|better suited to|better suited for|better asked on|better asked in|best asked on|best asked in) (the|a|your|their) ... list",
    "(handled|processed|managed|dealt with|done|decided|set) by (the|your|our|a)? <elsewhere>",
    "(they|they'd|they'll|they will|they would|they can|they could|who can|who will|the team can|the team will) [be] [more than|very] (happy|glad|able|best placed|better placed) to (help|assist|walk you|sort|look|advise|answer)",
    "our friends (at|from|over at)",
    "(get|have|ask) (her|him|them) to (speak|talk) to",
    "(ask|post|try|check) (in|on) (#|the forum|the forums|the community|reddit|stack overflow|irc)",
    "send us a (note|message|request|ticket) (at|via|through|using|here)",
    "(call|phone|ring|email|contact|reach) us (at|on) (#|the|our|https|http|www|1)",
    "(your|the) [local|nearest] <elsewhere> (will|'ll|can|should|would) [be able to|be happy to|be glad to|be best placed to] (help|assist|advise|sort|answer|look)",
    "(off-topic|offtopic|off topic) (here|in this channel|for this channel|for this repo)",
    "(join|try) \\#",
    "(try|just|you can|you could|please|you should|I'd|I would) [just|simply] (google|googling|search online|searching online|search the web|searching the web|a web search|a quick google|a quick search online)",
    "(isn't|is not|wasn't|not|really not) (the|a|really the) (right|correct|best|appropriate|proper) (place|channel|forum|venue|spot|team|department|people|repo|repository|tracker|address|person|one|folks|contact)",
    "(is|'s|are|'re|was|were|in|on) (the|a) wrong (channel|forum|venue|repo|repository|tracker|bug tracker|issue tracker|mailing list|list|subreddit|room|bugzilla|project) (for|to|.|,|;|!)",
    "(the|a) wrong (place|channel|forum|venue|list|tracker|repo|repository) to (ask|post|report|raise|file|discuss|request|bring)",
    "(outside|beyond) [of] (what|the scope of what) (we|I) (can|could|are able to|am able to|'re able to|'m able to)",
    "(we|I) no longer (support|offer|sell|provide|stock|carry|ship|accept|allow|make|service|produce|have)",
    "(we|I) [have|'ve|had|recently|now] [recently|now] stopped (providing|stocking|carrying|accepting|servicing|producing|publishing|maintaining|distributing)",
    "(we|I) (don't|do not|dont) [currently] (have|carry) (that|this|those|these|it|them) [model|item|product|size|colour|color|one|ones] (in stock|available|anymore|any more|at the moment|right now|at this time|here)",
    "(we|I) [currently|still] (don't|do not|dont) [currently|yet] have (the|an|a|any|such|that|this) [particular|specific|separate|dedicated] (feature|features|option|options|facility|authority|provision|functionality|capability|means|power|permission|permissions|rights|control|tool|setting|settings|service|services|mechanism|process|procedure)",
    "(we|I) (had to|have had to|'ve had to|were forced to|decided to|have decided to|'ve decided to) ((do away with|discontinue|retire|withdraw) (it|this|that|them)|(do away with|remove|drop|discontinue|retire|disable|pull|withdraw) (this feature|that feature|the feature|support|the option|that option|this option|the ability))",
    "(we|I) [have|'ve|had] [now|recently|already|since|also] (removed|disabled|discontinued|withdrawn|withdrew|retired|deactivated|switched off|turned off) (the|this|that|our|these|those) ... (feature|features|option|options|facility|service|services|functionality|support|scheme|offer|offers|model|models|product|products|item|items|plan|plans|range|line|version|edition|tier)",
    "(we|I) [have|'ve|had] [now|recently|already|since|also] (limited|restricted|capped) ... (to|at) (#|one|two|three|once|twice|a|an)",
    "(submit|file|report|open|log|post|raise|add|enter) (this|it|that|them) as (a|an) [new|separate|proper|formal] (bug|issue|bug report|feature request|ticket|report|enhancement|enhancement request|wish|suggestion) (to|on|in|at|with)",
    "(won't|will not|isn't going to|is not going to|aren't going to|are not going to) (make it|be making it|be making|be included in|ship in|be shipping in) [into] [the|this|our|next|a|an|any] [v] ([# . # . #|# . #|#] ... (release|version|update|build|milestone)|(# . # . #|# . #|#) (.|,|;|!))",
    "(there's|there is|there are) nothing [built in|built-in|native|available|like that|similar|out of the box] (for|to|that|which) (this|that|it|do|you|we|achieve|handle|support)",
    "(I|we) (don't|do not) (believe|think) (so|there is|there's|there are|that's possible|that is possible|it's possible|it is possible|this is possible|that can|this can|it can|you can)",
    "(I|we) (don't|do not|didn't|did not) (believe|think|expect|suppose) [that|the|this|it|these|those|they|there|your|any|its|their] ... ... (is|are|'s|'re|was|were|can be|will be|would be|could be|will ever be) [really|currently|actually|ever|properly|officially|fully|yet] (handled|supported|possible|available|allowed|permitted|exposed|implemented|doable|feasible|configurable|customizable|customisable|an option|planned)",
    "(there's|there is|there are) no (reliable|direct|easy|simple|good|clean|official|supported|built-in|builtin|native|proper|practical|straightforward|quick|automatic|automated|programmatic|documented|standard|generic|general|universal|safe|foolproof|elegant|convenient|supported|out of the box|out-of-the-box|one-click|single) (way|option|method|means|api|function|mechanism|setting|feature)",
    "(there isn't|there is not|there aren't|there are not) (a|an|any) (reliable|direct|easy|simple|good|clean|official|supported|built-in|builtin|native|proper|practical|straightforward|quick|automatic|automated|programmatic|documented|standard|generic|general|universal|safe|foolproof|elegant|convenient|supported|out of the box|out-of-the-box|one-click|single) (way|option|method|means|api|function|mechanism|setting|feature)",
    "(there isn't|there is not|there aren't|there are not|there's no|there is no|there are no) [such] (a|an|any)? [single|separate|dedicated|specific|global] (way|option|setting|feature|switch|toggle|api|method|flag|parameter|property|policy) (that|which) (controls|control|lets|let|allows|allow|enables|enable|does|do|can|will|would|changes|change|turns|turn|disables|disable|hides|hide)",
    "(not|haven't|hasn't|have not|has not|didn't|did not|don't|do not|doesn't|does not|isn't|is not|aren't|are not|wasn't|was not|without) [yet] [provided|given|sent|shared|included|supplied|posted|attached] ... (enough|sufficient) (information|info|detail|details|data|context) (to|for) (determine|tell|say|know|diagnose|find|work out|figure out|reproduce|identify|pin down|see|answer|judge)",
    "(please|<advise>|I'd|I would|you'd|you would|you could|you should|best to|kindly) [just|also|simply|go ahead and] (add|post|put|submit|file|log|enter|report|raise|make|open|register) (this|it|that|your|these|those|them) ... (to|on|in|at|as) (the|a|an|our|their) ... ... (tracker|feature request|feature requests|bug report|enhancement request|wishlist|wish list)",
    "non (refundable|transferable|transferrable|returnable|exchangeable|cancellable|cancelable|negotiable|changeable|amendable|reversible|extendable|extendible)",
    "(nonrefundable|nontransferable|nonreturnable|nonexchangeable|noncancellable|nonnegotiable|nonchangeable|nonreversible)",
    "(handled|processed|done|dealt with|managed|changed|updated|submitted|requested|made|accepted|raised|reviewed|verified|approved|reset|cancelled|canceled|refunded) only (through|via|by|at|using|with|in|over|from|on) [the|our|your|a|an|their] ... (<channel>|<elsewhere>|app|website|site|email|post|mail|person|branch)",
    "(is|are|'s|'re|will be|would be|was|were) only (possible|allowed|permitted|accepted|refundable|eligible|redeemable|transferable|exchangeable|cancellable|changeable|returnable|possible) (within|for|if|when|with|on|before|after|once|until|up to|in|by|through|via|at)",
    "(we|I) (can|could|are able to|'re able to|am able to|'m able to) only (offer|give|provide|refund|see|access|do|issue|process|help|accept|send|change|replace|credit|reimburse|extend|support|answer)",
    "(not|isn't|aren't|is not|are not|won't be|will not be|wasn't|weren't) (applicable|eligible|valid|redeemable|refundable|transferable) (on|for|to|with|in|at|after|before|once|outside|beyond)",
    "(that|this|it|which|that approach|this approach|that setup|this setup) (won't|will not|wouldn't|would not|doesn't|does not|isn't going to|is not going to) work (with|on|for|in|unless|without|under|over|through|across|if you|because)",
    "(neither|none) [of] [them|those|these|the two|both] (will|would|'ll|can|could) [<adv>] work [well|properly|reliably|correctly|at all|anymore] (with|on|for|in|unless|without|under|over|through|across|if you|because)",
    "(I'm|I am|we're|we are|I'm not|I am not) not aware of (any|a) (way|option|method|setting|feature|means|workaround|plan|plans|fix|solution|support|tool|setting|possibility)",
    "(there are|there is|there's) no ... ... (that|which) (you|we|I) (can|could|may|are able to)",
    "(we|I) (have|'ve) no (control|say|influence|authority|access|visibility|ability|power|means|option|plans|way|insight) (over|on|to|into|of|for|in|with)",
    "(we|I) (have|'ve|'ve got|have got) no (fix|workaround|work-around|solution|eta|release date|timeline|timeframe) [yet] (yet|for|at the moment|right now|at this time|at present|currently|.|,|;)",
    "(up to|down to|a matter for|decided by|determined by|controlled by|set by|managed by|handled by|dealt with by|processed by) (your|their) [local|own] ... <elsewhere>",
    ", not (us|me|ours|our team|our company|our side|our end)",
    "(won't|will not|isn't going to|is not going to|aren't going to|are not going to) (be)? (come back|coming back|return|returning|back|restored|reinstated|re-added|added back|brought back|reintroduced)",
    "(sorry|afraid|unfortunately|sadly|regrettably) [,] [but] (no|not|nope) (.|!|,|;)",
    "(not|no) (at the moment|at this time|right now|currently|for now|as of now|at present) [,] no (.|!|,|;)",
    "<advise> [also|just|simply|directly] (ask|post|try|raise|report|take|bring) ... (on|in|at|to|over at|over on) (the|a|an|your|their) ... ... <elsewhere>",
    "(I'd|I would) [probably|also|first|just|rather|personally] (ask|post|raise|report|take|bring|file) ... (on|in|at|to|with|over at|over on) (your|their) ... ... <elsewhere>",
    "(better|best) off (asking|posting|contacting|checking with|talking to|speaking to|emailing|calling|going to|trying|raising)",
    "(better|best) (raised|asked|handled|addressed|directed|taken up|sorted|sorted out|dealt with|answered) (with|by|at|on|in|to|over at) [the|your|their|a|an] ... <elsewhere>",
    "<advise> [also|just|simply|directly] (get|seek|find|receive|ask for) (help|support|assistance|advice|an answer|answers) [directly] (from|at|with|through|via) [the|your|their|a|an] ... <elsewhere>",
    "(is|are|would be|will be|'d be|'s|'re) the (one|ones) (to|who can|that can|who could) (ask|contact|talk to|speak to|speak with|help|advise|sort|answer|check|handle)",
    "(<advise>|please|could you|can you|would you|would you mind|kindly) [please|just|also|simply|go ahead and|by chance|perhaps|possibly|maybe|probably|you] (open|file|create|submit|raise|log|report|start|add) (a|an|the|this|it|that) [new|separate|github|gitlab|proper|formal|kernel.org|upstream] [bug|feature|enhancement|support|bugzilla|jira|email|forum] (issue|issues|bug|bug report|ticket|feature request|request|report|enhancement request|thread|topic|question)",
    "(.|,|;|:|!) [<adv>|<tracker-report-lead>] <tracker-report>",
    "(worth|best|better|a good idea|advisable) [to] (report|reporting|file|filing|raise|raising|open|opening|submit|submitting) (it|this|that|them|the issue|the bug|an issue|a bug|a ticket|a report|a bug report|a new issue|a new ticket)",
    "(<advise>|could you|can you|would you|would you mind|if you could|if you can|if you would|kindly) [please|just|also|simply|quickly|go ahead and] (submit|submitting|fill|filling|fill out|filling out|fill in|filling in|complete|completing|file|filing|open|opening|send|sending|post|posting|create|creating|log|logging|send in|sending in) (a|an|the|our|this|that|one) [new|separate|quick|short|formal|detailed] [bug|crash|problem|error] (report|reports|report form)",
    "(<advise>|could you|can you|would you|would you mind|if you could|if you can|if you would|kindly) [please|just|also|simply|quickly|go ahead and] (submit|submitting|fill out|filling out|fill in|filling in|complete|completing|file|filing|send|sending|use|using) (a|an|the|our|this|that) (bug|crash|problem|error|support|feedback) (form|ticket form|web form)",
    "(send|sending|submit|submitting|attach|attaching|upload|uploading|post|posting) ... ... (using|via|through|with|on|in) (the|our|a) (bug|bug report|crash report|error report|problem report) (form|page|tracker)",
    "(over|in|along|across) [to us|to me|to the team] (using|via|through|with|on) (the|our|a) (bug|bug report|crash report|error report|problem report) (form|page|tracker)",
    "(we|I) (don't|do not|dont) have (the|any|enough)? (time|bandwidth|resources|capacity|hardware|equipment|budget|manpower|staff) (to|for)",
    "(is|are|'s|'re|currently|temporarily|now|been|was|were) (out of stock|sold out|discontinued|no longer made|no longer manufactured|no longer produced|no longer available)",
    "(need|needs|have|has|must) (to be|be) [at least|over|above|older than|aged] # (+|or over|or older|or above|years|year|yrs)|(need|needs|have|has|must) (to be|be) (at least|over|above|older than|aged|under|younger than) #|(you|they|he|she|customers|users|members|applicants|holders|account holders|cardholders|passengers|guests|players|participants|everyone|anyone|buyers) (need|needs|have|has|must) (to be|be) #",
    "(we|I) (don't|do not|dont) [currently|yet] have (a|an) [release|exact|specific|firm|set|confirmed|definite|precise|official] (date|eta|timeline|timeframe|time frame|estimate|record|answer) [yet|to share|for|at the moment|right now|at this time]",
    "(we're|we are|I'm|I am) not [<adv>] (working on|looking at|looking into|pursuing|prioritising|prioritizing|considering) (this|that|it|these|those|the|any|a|an|adding|supporting|changing|fixing|implementing|porting)",
    "(we're|we are|I'm|I am) no longer (offering|supporting|selling|providing|stocking|carrying|shipping|accepting|allowing|making|producing|issuing|running|doing|taking)",
    "(isn't|is not|'s not|wasn't|was not) something (we|I|that we|that I) ('re|are|'m|am|were|was) (able|allowed|permitted|in a position)",
    "(aren't|are not|wasn't|weren't|were not|won't be|will not be) possible",
    "(wouldn't|would not|'d not|couldn't|could not|may not|might not) [<adv>] be [<adv>] possible",
    "(isn't|is not|aren't|are not|'s not|'re not) [currently|yet] (planned|on the roadmap|on our roadmap|in our plans|on our radar|a priority for us)",
    "(is|are|can be|will be) only (given|issued|offered|granted|provided|processed|allowed|permitted|refunded|approved|honoured|honored|paid|paid out|replaced|exchanged) (within|for|to|on|in|up to|during|before|after|from|by|if|when|once|at)",
    "only (admins|administrators|[the|an|your] (admin|administrator|owner|account owner|org owner|workspace owner|bill payer)|owners|account owners|moderators|managers|subscribers|premium users|pro users|paid users|paying users|premium members|verified users) (can|could|may|are able to|is able to|are allowed to|is allowed to|have access|has access|have permission|has permission)",
    "(is not|isn't|'s not|are not|aren't) [currently|really|yet] (an option|a possibility|an available option)",
    "only (the|an|a|your|their) [<adv>] ... (holder|owner|owners|admin|admins|administrator|administrators|cardholder|bill payer|payer|maintainer|maintainers|primary user|lead passenger|registered user|organizer|organiser|account manager) (can|may|is able to|are able to|is allowed to|are allowed to|has access|have access|has the ability|have the ability)",
    "(the only way|only way) (to|of) ... ... (is|would be|will be|'s) (through|via|by|in|at|on|from|to|with) (the|a|an|your|their|our) ... (<elsewhere>|<channel>|website|site|app|web|post|mail|email|phone|branch|store|form|portal|person)",
    "(won't|will not|isn't going to|is not going to|aren't going to|are not going to) be (backported|supported|implemented|merged|accepted|refunded|offered|honoured|honored|reimbursed|compensated|considered|pursued|prioritised|prioritized)",
    "(there's|there is|there are|there isn't|there is not|there aren't) (no|any) such (option|options|setting|settings|feature|thing|command|flag|parameter|function|api|method|field|menu|button|package|plan|service|policy|program|programme|offer)",
    "(that's|that is|this is|it's|it is|that'd be|this would be|that would be|it would be|it'd be|that'll be|this'll be|that will be) [really|more|probably|likely|definitely] (a|one) [<adv>] [decision|call|question|matter|query] for [the|your|their|a] [local] ... <elsewhere>",
    ", not (for|with|on|up to|down to) (us|me|our team|our side|our end)",
    "(<advise>|please|kindly) [also|just|simply|directly] (<send-to>|dm|tweet|tweet at|message) [our friends at|our friends over at|the team at|the folks at|the team over at|the folks over at|our colleagues at] @",
    "(report|file|raise|open|post|submit|take|move|send|reported|filed|raised|opened|posted|submitted|taken|moved|sent) (this|it|that|them|the issue|an issue|a bug|a report|one|a ticket) (upstream|to upstream)",
    "(report|file|raise|open|post|submit|take|move|reported|filed|raised|opened|posted|submitted|taken|moved) (this|it|that|them|the issue|an issue|a bug|a report|one|a ticket) (to|in|on|at|with|over at|over on|against) (the|their|its|that|this|a|an) ... ... (repo|repository|tracker|bug tracker|issue tracker|project)",
    "(we|I) (don't|do not|dont) [currently|generally|normally|usually] (do|offer|run|take) [any] (price matching|price-matching|price match|price matches|cash refunds|cash|partial refunds|refunds|exchanges|home visits|installs|installations|collections|pickups|pick ups|deliveries|overnight delivery|international delivery|international shipping|custom orders|bookings|reservations|walk-ins|repairs|upgrades|downgrades)",
    "(a|an|the) [known|current|technical|hardware|software|platform|system|unfortunate|existing|design] limitation (of|in|with|on)",
    "(is|'s|are|'re|it's|that's) (a|an) (known|current|technical|hardware|software|platform|system|unfortunate|existing|design) limitation",
    "(there's|there is|there are|with) no [known|easy|simple|good|real] (workaround|workarounds|work-around|work around|way around (it|this|that))",
    "(no|not an|not a|don't have an|don't have a|do not have an|do not have a) (eta|timeline|timeframe|time frame|release date) [yet|for (this|that|it|the fix|a fix)] [that] [(I|we) can (share|give|provide|offer)|to share|at the moment|right now|at this time|for now|just yet]",
    "(we're|we are|I'm|I am) not [<adv>] [held] (responsible|liable|accountable) for",
    "(we|I) (aren't|am not|can't be|cannot be|won't be|will not be) [held] (responsible|liable|accountable) for",
    "(is|are|'s|'re|will be|would be|was|were) [currently|presently|still|now|sadly|unfortunately] only [currently|presently|still|now] (available|open|offered|valid|applicable|redeemable|sold) (to|for|in|on|with|at|through|via|within|until|before|during|once)",
    "(for|to) [new|existing|premium|pro|business|eligible|selected|select|registered|verified|paying|subscribed] (customers|members|users|subscribers|accounts|account holders|cardholders|residents|students|businesses|owners) only",
    "(that's|that is|this is|it's|it is|that'd be|this would be|that would be|it would be|it'd be|that will be) [really|more|probably|likely|definitely] (something|one|a question|a job) for (the|your|their) ... ... (folks|people|guys|devs|crew|lot|maintainers|developers|admins|team)",
    "(I|we) (don't|do not|dont) (have|know) enough [about] ... ... to (be [of] [much|any|real] (help|helpful|use)|help|answer|advise|comment)",
    "(I'm|I am|we're|we are) not (familiar|knowledgeable|experienced|versed) enough (with|in|on|about) ... to (be [of] [much|any|real] (help|helpful|use)|help|answer|advise|comment)",
    "(the|their) ... (people|folks|guys|devs|maintainers|experts) (will|would|might|may|should|could|can) [probably|likely|certainly|definitely] ((have|give you) (a better|better|more|some|a) [...] (insight|insights|idea|answer|answers|knowledge|clue|info|information|advice|help)|know (more|better|best))",
    "<send-to> [out] [to] [our|the|their] (sister|partner|dedicated|specialist|separate|specialised|specialized) (account|company|team|brand|department|handle|page|channel|line|desk)",
    "(lock|locking|locked) (this|the) (issue|thread|conversation|discussion|topic|pr|pull request)",
    "(should|needs to|need to|has to|have to|must|would need to|will need to|'d need to|would have to|will have to|is best|are best|would be better|is better) be (reported|filed|raised|taken up|sent|directed|asked|posted) (to|in|on|at|with|upstream|over at) ... ... (<elsewhere>|repo|repository|tracker|bug tracker|issue tracker|project|list)",
    "(take|taking) (this|it|that|the matter|the issue|this one|that one|them) up with (the|your|their|a|an) ... <elsewhere>",
    "(best bet|best option|best place|best route|best person|best people|best team|quickest route|quickest way|fastest way|fastest route) (is|would be|will be|'d be|'s) [to (contact|call|ask|email|reach out to|speak to|speak with|talk to|check with|visit|go to)] (the|your|their|a|an|our) ... (<elsewhere>|<channel>)",
    "(can|could|will|'ll|would|should) [be able to|be happy to|be glad to|be best placed to] (help|assist|sort|look|check|advise) ... ... (in person|in store|in-store|in branch|in-branch|at the (store|branch|counter|desk|station|airport|shop))"
   ],
   "except": [
    "(we|I) ('re|are|'m|am) [<adv>] the (one|ones) | possible without (you|your) | (google|microsoft|apple|amazon) (chrome|drive|docs|sheets|slides|maps|photos|pay|play|wallet|calendar|meet|account|workspace|translate|lens|home|assistant|authenticator|edge|teams|word|excel|outlook|office|onedrive|powerpoint|defender|store|music|tv|id|prime|alexa|kindle|echo|fire|settings)",
    "(let|lets|letting) (you|users|customers|people|admins|members|the user|a user|them|us|me) know | (nothing|anything) [else|more|further|extra] [that|which] [on|at|from] [your|our] [end|side|part] (you|we|you'll|we'll) [<adv>] (need|needs|have|has|must|should|'ll need|will need|would need|'d need) [you] to | (nothing|anything) [else|more|further|extra] (on|at|from) your (side|end|part)",
    "(don't|do not|dont|didn't|did not|can't|cannot|can not|couldn't|could not|unable to|not able to|wasn't able to|weren't able to|haven't been able to|have not been able to) [<adv>|seem to|appear to] (have|see|find|locate|spot|hold|show) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(haven't|have not|'ve not|hasn't|has not|hadn't|had not) [<adv>|yet] (got|found|seen|located|received|had) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(have|has|'ve|had|got|show|shows|showed|showing|find|found|see|saw|there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(show|shows|showed|shown|found|indicate|indicates|indicated|turned up|revealed|detected|picked up) [us|me] (nothing|no [unusual|obvious|other|new|real|major|serious|apparent|suspicious] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes|warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences))",
    "(there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes) (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(there's|there is|there are|there was|there were) [<adv>] nothing [unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious] (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(wonder|wondering|wondered|curious|unsure|not sure|check|checking|see|verify|confirm|find out|let me know|let us know|tell me|tell us|ask|asking) (if|whether) ... ... <nl-neg>",
    "(not possible|not be possible|isn't possible|impossible|no way) to (lose|break|damage|corrupt|brick|overpay|be charged twice|get charged twice|be billed twice|get billed twice|be double charged|get double charged|be overcharged|get overcharged)",
    "(isn't|is not|wasn't|was not|aren't|are not|'s not|not) [directly|really|necessarily|actually|at all] (related|connected|linked|tied) (to|with)",
    "(unfortunately|sadly) [,] (the|your|this|that|these|those|it|its|their|his|her|our|my) ... ... (didn't|did not) [<adv>] (arrive|deliver|include|contain|work|go|load|save|sync|show|appear|reach|get|fix|send|update|register|apply|trigger|start|finish|install|download|upload|connect|open|respond|print|come|happen)",
    "(I|we|and|but|yet|though|still) [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to|didn't manage to|did not manage to|never managed to|haven't managed to) get (it|this|that|the|a|an|any|my|your|them) ... (to|into) (appear|show|show up|work|run|crash|happen|fail|trigger|load|start|break|hang|freeze|display|occur|misbehave|lag|stutter|reproduce)",
    "(I|we|I've|we've|I have|we have|I'll|we'll|I will|we will) [just|now|also|already|gone ahead and|went ahead and] <nl-pass-on> ... ... ... [,|and|;] [and] (they|they'd|they'll|they will|they would|they can|they could|who can|who will) [be] [more than|very] (happy|glad|able|best placed|better placed) to",
    "(it|this|that|which) [<adv>] only [<adv>] ... ... [,] (so|which means|meaning|that way|so that|which keeps|which makes|to keep|to make sure|to ensure|ensuring|keeping) [that] ... ... ... <nl-benefit>",
    "(fill|fill in|fill out|fill up|complete|submit) [in|out|up] (this|the|our|a|an) ... form ... ... (to|and|so we can|so that we can|then we can|and we will|and we'll|before we) (continue|proceed|go on|carry on) (with|the|your|this)",
    "(your|his|her|their) (inbox|mailbox|spam folder|junk folder|spam box|junk mail folder) | ((no|not any) [current|immediate] (plan|plans)|(don't|not) (plan|planning)) to (remove|drop|deprecate|discontinue|retire|withdraw|phase out) (support|(the|this|that|our|its) [...] [...] (feature|features|api|apis|mode|option|options|setting|settings|editor|format|formats|endpoint|endpoints|command|commands|integration|plugin|extension|interface|module|driver|support))",
    "(git|code|dev|development|feature|master|main|stable|release|topic|testing|experimental|devel|kernel|repo|repository|upstream) branch | (report|file|raise|open|log) (it|this|that|them|the issue|the bug|the problem|an issue|a bug|a ticket) (back|here|to (us|me|the team|our team|my team)|with (us|me))",
    "(we|I) [<adv>] (don't|do not|won't|will not|never|will never|would never) [<adv>] (sell|rent|trade|share|pass on|give away) (your|any of your|our customers'|our users') [<adv>] [personal|private|contact] (data|information|info|details|email address|email|phone number|number|address|contacts)",
    "(accept|accepting|mark|marking) [their|your|his|her|an|the|own|as] [own|an|the] (answer|answers)",
    "(next time|whenever|when|if) (you|you're|you are) [next|again|back] (visit|visiting|stop by|stopping by|drop by|drop in|pop in|come in|come by|come to|coming|in|at|back|shop|dine|are in|'re in)",
    "(didn't|did not|hasn't|has not|haven't|have not|hadn't|had not) [<adv>|yet|quite|really|fully|actually|seem to|seemed to|appear to] (<outcome:base>|<outcome:past>|make a difference|made a difference|change anything|changed anything|heard back|heard anything)",
    "(unfortunately|sadly|regrettably|I'm afraid|I am afraid) [,] ... (didn't|did not|wasn't|was not|weren't|were not|hadn't|had not) [quite|really|fully|always] (meet|live up|match|reflect|represent|go|turn out|work out|arrive|reach|have|feel|seem|look|come|get delivered|up to)",
    "(isn't|is not|wasn't|was not|'s not|not) [quite|really|at all] (the|a|an|what) [kind of|type of|sort of|level of] (standard|standards|experience|service|quality|level|impression|image|welcome|care|treatment|reflection|representation|picture|first impression) (we|that we|our|I|you|your)",
    "only [<adv>] (work|works|function|functions|run|runs|apply|applies|show|shows|show up|display|displays|sync|syncs|appear|appears|trigger|triggers|take effect|takes effect|kick in|kicks in|activate|activates|update|updates|start|starts|happen|happens) [<adv>] (if|when|once|after|as long as|provided|while|whilst|upon|as soon as)",
    "(has|have|had|was|were|'s|'ve|got) [already|now|just|successfully|been] [been|already|now|successfully] (handled|processed|managed|dealt with|done|decided|set|approved|completed|credited|settled|resolved) by",
    "(due to|because of|owing to) (a|an|the|some) [temporary|technical|network|server|system|bank|banking|server-side|backend|internal|unexpected] (issue|error|glitch|problem|outage|fault|failure|downtime|bug) ... ... [,] ... ... (could not|couldn't|was not|wasn't|were not|weren't|failed to|did not|didn't)",
    "(go to|open|visit|head to|head over to) [the|your] (play store|app store|google play|google play store|itunes) ... [and|to|then|,|->|>] [then|kindly|please] (rate|review|update|download|install|reinstall|scan|search|tap|select|click|open|leave|give|settings|my apps)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|reported|raised|filed|submitted|posted|spoken|talked|written|reached) ... ... (via|through|using|on|at|in|by) [the|our|your|a|an] [in app|online|web|mobile]",
    "(if you had|if you'd|had you|if only you had|if only you'd) [<adv>|not] (<send-to:past>|<action:past>|gone|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(thank you|thanks|thank u|thx) [you|so much|you so much] (for|in) (contacting|reaching out to|reaching out|writing to|writing in to|getting in touch with|posting|asking|visiting|stopping by|stopping in|dropping by|dropping in|popping in|popping by|coming in|coming by|coming to|shopping at|shopping with|dining at|dining with|choosing) [question|your question|this|it] [in|on|at|to|with] [the|our|this] ... (<elsewhere>|<nl-venue>|<channel>|us|forum|forums|community|q&a|page|site)",
    "((which|what|whose)|(and|of|for|with|from|about|is|are|was|does|do|did|us|me) (your|the|their)) (email|mail|phone|mobile) <elsewhere> | (open|raise|create|log|start|submit|add|set up|make) (a|an) [new|separate|custom] (issue|bug|ticket|bug report|report|feature request) (view|views|type|types|template|templates|field|fields|category|categories|tag|tags|label|labels|queue|queues|filter|filters|status|column|columns|layout|widget|called|named|titled|under|in the dashboard)",
    "(the|your|its|their|this|that|these|those|my|our) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|failed to) ... (because|since|due to|as the|as your|as it|as its|as their|as there|when|after|until|so)|(because|since|as|when|after|until|so) (the|your|its|their|this|that|these|those|it|they) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|(can't|cannot|can not) [<adv>] <nl-fault:base>)",
    "(the|your|its|their|this|that|these|those) ... (can't|cannot|can not) (open|read|reach|find|load|connect|access|see|start|run|handle|parse|detect|display|show|verify|decrypt|sync|write|save|send|recognise|recognize|process|resolve|authenticate|locate|mount|boot|install|update|download|upload|print|play|import|export) ... (because|since|as the|as your|as it|as its|when|while|until|unless|without)",
    "(is|isn't|could|might|would|can) (this|that|it) [be] (a|an) ... (limitation|restriction) | (people|folks|guys|team|teams|maintainers|experts|department|specialists|staff) (will|would|might|may|should|could|can) ... ... ... ... , so (I|we) [<adv>] ('ve|have|'ll|will|am|'m|are|'re) [<adv>] (forwarded|escalated|passed|handed|transferred|referred|forwarding|escalating|passing|handing|forward|escalate|pass|hand|transfer|refer)",
    "(received|got|saw|seen|read|sent|submitted|filled in|filled out) (your|the|this|that|a|an|their) ... (via|through|on|at|in|using|from) [the|a|our|your] (contact|support|web|feedback|online)",
    "which (is|are|was|were) not (allowed|permitted|supported)|(which|that) (can't|cannot|can not) be (a|an|the) | (they|users|guests|members|viewers|admins|owners|accounts|devices) (need|needs|have|has|must|should|get|gets|do|does|only|can|will|'ll) ... ... [,] (and|but|so) [<adv>] (can't|cannot|can not|cant|couldn't|could not)",
    "no [known|easy|simple|good|real] (workaround|workarounds|work-around|work around) (is|are) [really|actually|even] (needed|required|necessary)|no (workaround|workarounds|work-around|work around) (needed|required|necessary)",
    "(can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't|haven't|hasn't|shouldn't) (you|it|they|this|that|there|we|he|she)|(is|are|was|were|would|will|does|do|did|has|have) (it|this|that|there|these|those) (not|no)|why (can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't)|(if|whether|is|are) [there|we|I] [is|are|'s|find|see|can find|can see|could find] anything|(need|needs|want|wants|'d like|would like) anything",
    "(the|your|its|their|this|that|these|those|my) ... (can't|cannot|can not|couldn't|could not|unable to|not able to|isn't able to|aren't able to|wasn't able to|weren't able to|won't be able to|would be unable to) <nl-fault:base>|(it|they) [would|will|'d|'ll|was|were|is|are|'s|'re] (can't|cannot|can not|couldn't|could not|unable to|not able to|be unable to|not be able to) <nl-fault:base>",
    "(I|we) [just|still|also|really|simply] (can't|cannot|can not|couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to) (find|see|spot|notice|locate|detect|identify|think of) (anywhere|what|why|where|how it|how this|how that|how the|any <nl-finding>|a <nl-finding>|an <nl-finding>|the <nl-finding>|anything (wrong|unusual|odd|strange|amiss|like|similar|about|on|in|at|of|with|that|which|to suggest|.|,|;|!|?))",
    "(can't|cannot|can not|cant|couldn't|could not|won't|will not) be [<adv>] <nl-fault:past> | (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|your|any|a) ... (commit|commits|patch|patches|series|backport|changeset|change|changes) | (build|kernel|version|branch|tree|release|snapshot|rc|firmware|image) (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|any|a) [...] (fix|fixes)",
    "(I|we) [really|just|still|currently|honestly|simply|also|even|actually] (can't|cannot|can not|cant|couldn't|could not) [really|quite|honestly|seem to|actually|even|just|simply|fully|always|entirely] <nl-know:base> | (I|we) (don't|do not) (think|believe) (that|this|it|such a|such an|the) [race|deadlock|case|state|situation|condition|path] can (happen|occur|arise|be hit|be triggered|be reached)",
    "(I|we) [<adv>] (won't|will not|wouldn't|would not|'d not|couldn't|could not|may not|might not) [<adv>] be able to [<adv>] <nl-know:base> | afraid [,] [that|but] (I|we) (don't|do not|didn't|did not) [quite|really|fully|entirely] (understand|follow) | (we|I) (couldn't|could not) have [<adv>] (asked|wished|hoped) for | (we|I) (couldn't|could not) [<adv>] (agree more|be happier|be prouder|be more (pleased|delighted|grateful|thankful|proud|happy))",
    "(error|errors|message|warning|log|event|alert|exception) (with|that|saying|stating|says|states|said|stated|about|reads|reading|:) ... (can't|cannot|can not|could not|couldn't|unable|not possible|not found|not supported|unsupported|not allowed)",
    "(app|application|game|launcher|installer|client|program|software|tool|screen|log|logs|dmesg|output|console|device|phone|computer|driver|kernel|firmware|server|windows|steam|browser|prompt|popup|dialog) (says|said|shows|showed|reports|reported|complains|complained|claims|claimed|tells you|told you|displays|displayed|indicates|prints|printed|states) [that] ... ... (can't|cannot|can not|couldn't|could not|unable|not able|not possible|impossible|unsupported)",
    "(can't|cannot|can not|couldn't|could not) (wait|believe|thank|stress|recommend|agree|be happier|be prouder|be more|go wrong|miss) | (report|file|reporting|filing) (it|this|that|them|this one|that one|these|those) [<adv>|just|straight] (as (spam|junk|phishing)|under)",
    "without (the|this|that|these|those|a|an|your) [<adv>] [...] (patch|patches|fix|fixes|commit|commits|backport|bugfix|hotfix|quirk|update|workaround) [applied|in place|merged|installed] [,] ... ... ... (can't|cannot|can not|couldn't|could not|won't|will not|doesn't|does not|isn't|is not|unable|not able|never|fails)",
    "(I|we)? [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|unable to|not able to|wasn't able to|was not able to|weren't able to|were not able to|was unable to|were unable to|am unable to|'m unable to|'m not able to|am not able to|haven't been able to|have not been able to|'ve not been able to|didn't manage to|did not manage to|can no longer|could no longer|am no longer able to|'m no longer able to) [yet] (reproduce|replicate|recreate|repro|duplicate)",
    "(not|isn't|is not|wasn't|'s not|it's not|that's not) [at all|entirely|completely|necessarily|totally] (impossible|unlikely|unheard of|infeasible|unfeasible|out of the question)",
    "(no|any|a) [good|real|technical|particular] reason (why|that) [it|this|that|you|we|they|the|your|its|there] ... (couldn't|could not|can't|cannot|can not|wouldn't|would not|won't|will not|shouldn't|should not)",
    "(doesn't|does not|won't|will not|didn't|did not|no longer) accept ... (input|characters|character|keystrokes|keystroke|key presses|keypresses|text|data|values|value|clicks|focus|connections|packets|commands|parameters|arguments|strings|string|entries|digits|numbers|bytes)",
    "(isn't|is not|aren't|are not|hasn't been|has not been|haven't been|have not been|wasn't|was not|not) [yet] (released|out|shipped|published|public) yet|not yet (released|out|shipped|published|public)",
    "(out of|outside|beyond) [the] scope (:) | unfortunately [,] (I|we) [really|honestly|just] (don't|do not) [really|honestly|actually] know (how (this|it|that|the)|anything|much|what|why|whether|if|about|enough)",
    "(when|whenever|once|as soon as|every time|each time|if) (I|you|we|the user|users|a user|someone) ... ... , (it|they|the|this|that|its|their) ... (doesn't|does not|don't|do not|won't|will not|didn't|did not|isn't|is not|aren't|are not)",
    "you [still|really] (can't|cannot|can not|cant|couldn't|could not|are unable|were unable|aren't able|are not able|weren't able|won't be able)|you('re| are) (unable|not able)",
    "(if|when|whether|why) (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)|(if|when|whether|why) (can't|cannot|unable|not able)",
    "(if|when|whether|why|in case|unless) (it|that|this|the|your) ... (won't|will not|doesn't|does not|wouldn't|would not|isn't|is not) work | (the|your|this) ... (that|which) (doesn't|does not|didn't|did not|isn't|is not) [<adv>] work (for|with|on) you",
    "(sorry|see|seems|appears|understand|hear|heard|notice|noticed|saw|mentioned|said|say|know|mean|means|read|reported|reporting|shows|show|like|frustrating|annoying|shame|odd|strange|weird|confirm|confirmed|explains|explain|think|guess|suspect|assume|possible|likely|sure) that (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)",
    "not possible to (miss|go wrong)|(not possible|not be possible|isn't possible|impossible|no way|no means) for (anyone|anybody|someone|somebody|others|other people|other users|strangers|third parties|hackers|outsiders|the (update|upgrade|app|installer|system|change|process|tool)) [else] to [<adv>] (see|access|read|view|delete|erase|lose|damage|corrupt|overwrite|wipe|steal|leak|intercept)",
    "(no way|not possible|isn't possible|impossible|no means) for (us|me|our staff|staff|our team|our agents|agents|our employees|employees) [<adv>] to [<adv>] (see|access|read|view|know) (your|the|a|any) [full|complete|actual|saved|stored] (card|cards|card number|card details|password|passwords|pin|passcode|cvv|cvc|security code|private key|keys|messages|chats|payment details|bank details)",
    "(can't|cannot|can not|couldn't|could not) be [<adv>] (seen|accessed|read|viewed|decrypted|intercepted|stolen|leaked) by (anyone|anybody|someone|others|other people|other users|third parties|strangers|outsiders|hackers|us|our staff|staff|employees|our employees|our team) [else]",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly] <send-to>",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly|gone ahead and|went ahead and] (report|reported|reporting|file|filed|filing|raise|raised|raising|open|opened|opening|take|taken|taking|took|move|moved|moving|post|posted|posting|submit|submitted|submitting)",
    "(contact|message|DM|reach|ask|tell|write to) us (via|by|in|through|on|over|here|with|directly|privately)? (DM|DMs|direct message|private message|PM|here|this thread|this channel)|(message|DM|tell|ask) us|(are|were|aren't|weren't) you [still] (unable|not able)|(were|was) you able to",
    "(contact|phone|tracking|account|order|reference|case|mobile|cell|telephone|support|ticket) (number|numbers|details|info|information|id)|(return|returns|returned|returning) (policy|label|window|shipping)",
    "(ask|asked|asking) (you|if|whether|for (your|the|a|an|more|some|any|details|info|information)) | (documentation|docs|doc|manual|manuals|datasheet|datasheets|data sheet|spec|specs|specification|guide|readme|wiki|man page|changelog|help page|error message|error text|wording|description|instructions) (isn't|is not|aren't|are not|wasn't|was not) [really|very|quite|entirely|particularly|that|so|too] (clear|obvious|intuitive|accurate|consistent|precise|explicit|helpful|informative|readable)",
    "(open|opening) (the|a|your) (app|file|link|page|settings|menu|browser|terminal|tab)|go to (settings|the settings|your settings|the (menu|tab|page|screen|folder|section)|preferences)",
    "(post|posted) [it|this|that|them|the|a|your|an|more|some|any] ... (here|below|in this thread|on this thread|in this issue|back)|(post|posted) (here|the (log|logs|output|error|details|file|code|result|results|screenshot))",
    "(send|sent|sending) (you|it|them|the|a|an|your)|(call|calls|calling) (it|this|that)|(reach|reached) (us|you|out to us|me)|(visit|visited) (us|our)|(raise|raised) (the|a) (limit|price|issue with (us|me))|(file|files|filed) (a|an|the) (bug|issue|report) (here|on our tracker)",
    "(is|are|was|were|'s|'re|of|for|from|by|with|about) (the|a|an|your|their|his|her|its|my|our) (phone|call|email|visit|post|ring|file|return|direct) <elsewhere>",
    "(than|instead of|rather than|without) [having to|needing to|the need to|the hassle of|the trouble of] <send-to> [in|out|up|by|round|into] [(or|and|nor) <send-to>]|(no need to|don't need to|do not need to|don't have to|do not have to|never have to|no longer have to|no longer need to|won't need to|won't have to|will not need to|will not have to|needn't) [ever|even|actually|now] <send-to>",
    "(post|paste|share|put|drop|send|give|show|type|copy) [us|me] (the|your|a|an|any|some|more|that|this) [full|exact|complete|whole|actual|relevant|entire] (error|errors|error message|log|logs|output|screenshot|screenshots|details|trace|stack trace|traceback|message|code|config|result|results|snippet|command) [here|you get|you see|you got] (in|into|on|to) (the|this) (chat|channel|thread|conversation|comments)",
    "(refund|refunds|money|payment|payments|amount|funds|credit|cashback|reversal|parcel|package|order|it|this|that) [will|'ll|should|usually|normally|automatically|then] (go|goes|went|gone|going) [back|straight|directly] to",
    "(will|'ll|has|have|'ve|had|been|is|are|'s|'re) [already|now|just|also] (report|raise|reported|raised|reporting|raising|take|taken|taking|took|escalate|escalated|escalating) | (nothing|none of (this|it|that|these|those)|never|whether|which|what) ... ... against [our|the|company] policy | against [our|the|company] policy ... ... ... (,|;) but (you|we|I) [<adv>] (can|could|'ll|will|may)",
    "(post|posting|posted|write|writing|make|making|publish|publishing|put up|putting up) (a|an|the) [new|separate|short|full] (forum|blog|community|mailing list|list) (post|thread|topic|update|announcement|article|entry|message) | (once|when|after|if|since|until) (we|I) [have|'ve|had|recently|now] [recently|now] stopped | stopped ... ... ... (,|;) [but|and] ... ... ... (now|still|instead)"
   ],
   "rewrites": [
    "What I can do is",
    "Here's what we can do:"
   ],
   "unless_after": [
    "(we|I) (will|'ll|am going to|'m going to|plan to|intend to) [<adv>] (bring it back|bring back)",
    "(we|I) (will|'ll|am going to|'m going to|plan to|intend to) [<adv>] (add|implement|enable) (it|that|this|support) [back] (in|soon|later|after|when|once|to the next|to a future|for the next|.)",
    "(we|I) (will|'ll|am going to|'m going to) [<adv>] send ... ... (patch|patches|fix|fixes)",
    "but [,] (it's|it is) [<adv>] possible to (make|get) ... ... (support|work)",
    "(a|the|an|our) [<adv>] (future|next|later|upcoming|coming|new|subsequent|forthcoming) [major|minor|point|stable] (release|version|update|build|firmware|kernel|driver|sdk) (will|'ll|should|is going to|is expected to|is set to|is planned to)",
    "(will be|'ll be|is going to be|should be|is being|has been|was) [<adv>] (fixed|added|supported|addressed|resolved|implemented|enabled|available) in (a|the|an|our) [<adv>] (future|next|later|upcoming|coming|new|subsequent|forthcoming) [major|minor|point|stable] (release|version|update|build|firmware|kernel|driver|sdk)"
   ],
   "skip_readings": [
    "explanation"
   ]
  },
  {
   "id": "negative-denial",
   "signal": "negative-language",
   "level": "warning",
   "message": "Say what the customer can do rather than what they can't (\"{actual}\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "That key is a dummy from the docs, you can't use that one."
    ],
    "pass": [
     "If you can't use the app, try the website.",
     "I'm sorry you can't use your card right now."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "you (can't|cannot|can not|won't be able to|will not be able to|are not able to|aren't able to|are unable to) [really|actually|just|currently] (use|do|have|change|install|run|combine|mix|transfer|return|cancel|exchange|upgrade|downgrade|merge|edit|delete|rename|book|order|buy|keep|bring|get a refund|get a replacement|switch|add|remove)",
    "you (can't|cannot|can not|won't be able to|will not be able to|are not able to|aren't able to|are unable to) [really|actually|just|currently|simply|ever] <nl-denied-act:base>"
   ],
   "except": [
    "(if|when|whether|why|that|since|because|so that|until|unless) you (can't|cannot|can not|won't|will not|are not|aren't|are unable)",
    "sorry [that|to hear] you"
   ]
  },
  {
   "id": "negative-report-it",
   "signal": "negative-language",
   "level": "warning",
   "message": "Asking the customer to file the report themselves (\"{actual}\") hands the work back to them. File it for them, or say what you will pass on.",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Raise an issue on the tracker so it is not lost.",
     "Definitely report it, that looks like a bug."
    ],
    "pass": [
     "Open it in the editor and save.",
     "Report it back to us if it happens again.",
     "I'll report it upstream."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "[<adv>|<tracker-report-lead>] <tracker-report>"
   ],
   "except": [
    "(we|I) ('re|are|'m|am) [<adv>] the (one|ones) | possible without (you|your) | (google|microsoft|apple|amazon) (chrome|drive|docs|sheets|slides|maps|photos|pay|play|wallet|calendar|meet|account|workspace|translate|lens|home|assistant|authenticator|edge|teams|word|excel|outlook|office|onedrive|powerpoint|defender|store|music|tv|id|prime|alexa|kindle|echo|fire|settings)",
    "(let|lets|letting) (you|users|customers|people|admins|members|the user|a user|them|us|me) know | (nothing|anything) [else|more|further|extra] [that|which] [on|at|from] [your|our] [end|side|part] (you|we|you'll|we'll) [<adv>] (need|needs|have|has|must|should|'ll need|will need|would need|'d need) [you] to | (nothing|anything) [else|more|further|extra] (on|at|from) your (side|end|part)",
    "(don't|do not|dont|didn't|did not|can't|cannot|can not|couldn't|could not|unable to|not able to|wasn't able to|weren't able to|haven't been able to|have not been able to) [<adv>|seem to|appear to] (have|see|find|locate|spot|hold|show) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(haven't|have not|'ve not|hasn't|has not|hadn't|had not) [<adv>|yet] (got|found|seen|located|received|had) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(have|has|'ve|had|got|show|shows|showed|showing|find|found|see|saw|there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(show|shows|showed|shown|found|indicate|indicates|indicated|turned up|revealed|detected|picked up) [us|me] (nothing|no [unusual|obvious|other|new|real|major|serious|apparent|suspicious] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes|warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences))",
    "(there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes) (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(there's|there is|there are|there was|there were) [<adv>] nothing [unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious] (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(wonder|wondering|wondered|curious|unsure|not sure|check|checking|see|verify|confirm|find out|let me know|let us know|tell me|tell us|ask|asking) (if|whether) ... ... <nl-neg>",
    "(not possible|not be possible|isn't possible|impossible|no way) to (lose|break|damage|corrupt|brick|overpay|be charged twice|get charged twice|be billed twice|get billed twice|be double charged|get double charged|be overcharged|get overcharged)",
    "(isn't|is not|wasn't|was not|aren't|are not|'s not|not) [directly|really|necessarily|actually|at all] (related|connected|linked|tied) (to|with)",
    "(unfortunately|sadly) [,] (the|your|this|that|these|those|it|its|their|his|her|our|my) ... ... (didn't|did not) [<adv>] (arrive|deliver|include|contain|work|go|load|save|sync|show|appear|reach|get|fix|send|update|register|apply|trigger|start|finish|install|download|upload|connect|open|respond|print|come|happen)",
    "(I|we|and|but|yet|though|still) [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to|didn't manage to|did not manage to|never managed to|haven't managed to) get (it|this|that|the|a|an|any|my|your|them) ... (to|into) (appear|show|show up|work|run|crash|happen|fail|trigger|load|start|break|hang|freeze|display|occur|misbehave|lag|stutter|reproduce)",
    "(I|we|I've|we've|I have|we have|I'll|we'll|I will|we will) [just|now|also|already|gone ahead and|went ahead and] <nl-pass-on> ... ... ... [,|and|;] [and] (they|they'd|they'll|they will|they would|they can|they could|who can|who will) [be] [more than|very] (happy|glad|able|best placed|better placed) to",
    "(it|this|that|which) [<adv>] only [<adv>] ... ... [,] (so|which means|meaning|that way|so that|which keeps|which makes|to keep|to make sure|to ensure|ensuring|keeping) [that] ... ... ... <nl-benefit>",
    "(fill|fill in|fill out|fill up|complete|submit) [in|out|up] (this|the|our|a|an) ... form ... ... (to|and|so we can|so that we can|then we can|and we will|and we'll|before we) (continue|proceed|go on|carry on) (with|the|your|this)",
    "(your|his|her|their) (inbox|mailbox|spam folder|junk folder|spam box|junk mail folder) | ((no|not any) [current|immediate] (plan|plans)|(don't|not) (plan|planning)) to (remove|drop|deprecate|discontinue|retire|withdraw|phase out) (support|(the|this|that|our|its) [...] [...] (feature|features|api|apis|mode|option|options|setting|settings|editor|format|formats|endpoint|endpoints|command|commands|integration|plugin|extension|interface|module|driver|support))",
    "(git|code|dev|development|feature|master|main|stable|release|topic|testing|experimental|devel|kernel|repo|repository|upstream) branch | (report|file|raise|open|log) (it|this|that|them|the issue|the bug|the problem|an issue|a bug|a ticket) (back|here|to (us|me|the team|our team|my team)|with (us|me))",
    "(we|I) [<adv>] (don't|do not|won't|will not|never|will never|would never) [<adv>] (sell|rent|trade|share|pass on|give away) (your|any of your|our customers'|our users') [<adv>] [personal|private|contact] (data|information|info|details|email address|email|phone number|number|address|contacts)",
    "(accept|accepting|mark|marking) [their|your|his|her|an|the|own|as] [own|an|the] (answer|answers)",
    "(next time|whenever|when|if) (you|you're|you are) [next|again|back] (visit|visiting|stop by|stopping by|drop by|drop in|pop in|come in|come by|come to|coming|in|at|back|shop|dine|are in|'re in)",
    "(didn't|did not|hasn't|has not|haven't|have not|hadn't|had not) [<adv>|yet|quite|really|fully|actually|seem to|seemed to|appear to] (<outcome:base>|<outcome:past>|make a difference|made a difference|change anything|changed anything|heard back|heard anything)",
    "(unfortunately|sadly|regrettably|I'm afraid|I am afraid) [,] ... (didn't|did not|wasn't|was not|weren't|were not|hadn't|had not) [quite|really|fully|always] (meet|live up|match|reflect|represent|go|turn out|work out|arrive|reach|have|feel|seem|look|come|get delivered|up to)",
    "(isn't|is not|wasn't|was not|'s not|not) [quite|really|at all] (the|a|an|what) [kind of|type of|sort of|level of] (standard|standards|experience|service|quality|level|impression|image|welcome|care|treatment|reflection|representation|picture|first impression) (we|that we|our|I|you|your)",
    "only [<adv>] (work|works|function|functions|run|runs|apply|applies|show|shows|show up|display|displays|sync|syncs|appear|appears|trigger|triggers|take effect|takes effect|kick in|kicks in|activate|activates|update|updates|start|starts|happen|happens) [<adv>] (if|when|once|after|as long as|provided|while|whilst|upon|as soon as)",
    "(has|have|had|was|were|'s|'ve|got) [already|now|just|successfully|been] [been|already|now|successfully] (handled|processed|managed|dealt with|done|decided|set|approved|completed|credited|settled|resolved) by",
    "(due to|because of|owing to) (a|an|the|some) [temporary|technical|network|server|system|bank|banking|server-side|backend|internal|unexpected] (issue|error|glitch|problem|outage|fault|failure|downtime|bug) ... ... [,] ... ... (could not|couldn't|was not|wasn't|were not|weren't|failed to|did not|didn't)",
    "(go to|open|visit|head to|head over to) [the|your] (play store|app store|google play|google play store|itunes) ... [and|to|then|,|->|>] [then|kindly|please] (rate|review|update|download|install|reinstall|scan|search|tap|select|click|open|leave|give|settings|my apps)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|reported|raised|filed|submitted|posted|spoken|talked|written|reached) ... ... (via|through|using|on|at|in|by) [the|our|your|a|an] [in app|online|web|mobile]",
    "(if you had|if you'd|had you|if only you had|if only you'd) [<adv>|not] (<send-to:past>|<action:past>|gone|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(thank you|thanks|thank u|thx) [you|so much|you so much] (for|in) (contacting|reaching out to|reaching out|writing to|writing in to|getting in touch with|posting|asking|visiting|stopping by|stopping in|dropping by|dropping in|popping in|popping by|coming in|coming by|coming to|shopping at|shopping with|dining at|dining with|choosing) [question|your question|this|it] [in|on|at|to|with] [the|our|this] ... (<elsewhere>|<nl-venue>|<channel>|us|forum|forums|community|q&a|page|site)",
    "((which|what|whose)|(and|of|for|with|from|about|is|are|was|does|do|did|us|me) (your|the|their)) (email|mail|phone|mobile) <elsewhere> | (open|raise|create|log|start|submit|add|set up|make) (a|an) [new|separate|custom] (issue|bug|ticket|bug report|report|feature request) (view|views|type|types|template|templates|field|fields|category|categories|tag|tags|label|labels|queue|queues|filter|filters|status|column|columns|layout|widget|called|named|titled|under|in the dashboard)",
    "(the|your|its|their|this|that|these|those|my|our) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|failed to) ... (because|since|due to|as the|as your|as it|as its|as their|as there|when|after|until|so)|(because|since|as|when|after|until|so) (the|your|its|their|this|that|these|those|it|they) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|(can't|cannot|can not) [<adv>] <nl-fault:base>)",
    "(the|your|its|their|this|that|these|those) ... (can't|cannot|can not) (open|read|reach|find|load|connect|access|see|start|run|handle|parse|detect|display|show|verify|decrypt|sync|write|save|send|recognise|recognize|process|resolve|authenticate|locate|mount|boot|install|update|download|upload|print|play|import|export) ... (because|since|as the|as your|as it|as its|when|while|until|unless|without)",
    "(is|isn't|could|might|would|can) (this|that|it) [be] (a|an) ... (limitation|restriction) | (people|folks|guys|team|teams|maintainers|experts|department|specialists|staff) (will|would|might|may|should|could|can) ... ... ... ... , so (I|we) [<adv>] ('ve|have|'ll|will|am|'m|are|'re) [<adv>] (forwarded|escalated|passed|handed|transferred|referred|forwarding|escalating|passing|handing|forward|escalate|pass|hand|transfer|refer)",
    "(received|got|saw|seen|read|sent|submitted|filled in|filled out) (your|the|this|that|a|an|their) ... (via|through|on|at|in|using|from) [the|a|our|your] (contact|support|web|feedback|online)",
    "which (is|are|was|were) not (allowed|permitted|supported)|(which|that) (can't|cannot|can not) be (a|an|the) | (they|users|guests|members|viewers|admins|owners|accounts|devices) (need|needs|have|has|must|should|get|gets|do|does|only|can|will|'ll) ... ... [,] (and|but|so) [<adv>] (can't|cannot|can not|cant|couldn't|could not)",
    "no [known|easy|simple|good|real] (workaround|workarounds|work-around|work around) (is|are) [really|actually|even] (needed|required|necessary)|no (workaround|workarounds|work-around|work around) (needed|required|necessary)",
    "(can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't|haven't|hasn't|shouldn't) (you|it|they|this|that|there|we|he|she)|(is|are|was|were|would|will|does|do|did|has|have) (it|this|that|there|these|those) (not|no)|why (can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't)|(if|whether|is|are) [there|we|I] [is|are|'s|find|see|can find|can see|could find] anything|(need|needs|want|wants|'d like|would like) anything",
    "(the|your|its|their|this|that|these|those|my) ... (can't|cannot|can not|couldn't|could not|unable to|not able to|isn't able to|aren't able to|wasn't able to|weren't able to|won't be able to|would be unable to) <nl-fault:base>|(it|they) [would|will|'d|'ll|was|were|is|are|'s|'re] (can't|cannot|can not|couldn't|could not|unable to|not able to|be unable to|not be able to) <nl-fault:base>",
    "(I|we) [just|still|also|really|simply] (can't|cannot|can not|couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to) (find|see|spot|notice|locate|detect|identify|think of) (anywhere|what|why|where|how it|how this|how that|how the|any <nl-finding>|a <nl-finding>|an <nl-finding>|the <nl-finding>|anything (wrong|unusual|odd|strange|amiss|like|similar|about|on|in|at|of|with|that|which|to suggest|.|,|;|!|?))",
    "(can't|cannot|can not|cant|couldn't|could not|won't|will not) be [<adv>] <nl-fault:past> | (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|your|any|a) ... (commit|commits|patch|patches|series|backport|changeset|change|changes) | (build|kernel|version|branch|tree|release|snapshot|rc|firmware|image) (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|any|a) [...] (fix|fixes)",
    "(I|we) [really|just|still|currently|honestly|simply|also|even|actually] (can't|cannot|can not|cant|couldn't|could not) [really|quite|honestly|seem to|actually|even|just|simply|fully|always|entirely] <nl-know:base> | (I|we) (don't|do not) (think|believe) (that|this|it|such a|such an|the) [race|deadlock|case|state|situation|condition|path] can (happen|occur|arise|be hit|be triggered|be reached)",
    "(I|we) [<adv>] (won't|will not|wouldn't|would not|'d not|couldn't|could not|may not|might not) [<adv>] be able to [<adv>] <nl-know:base> | afraid [,] [that|but] (I|we) (don't|do not|didn't|did not) [quite|really|fully|entirely] (understand|follow) | (we|I) (couldn't|could not) have [<adv>] (asked|wished|hoped) for | (we|I) (couldn't|could not) [<adv>] (agree more|be happier|be prouder|be more (pleased|delighted|grateful|thankful|proud|happy))",
    "(error|errors|message|warning|log|event|alert|exception) (with|that|saying|stating|says|states|said|stated|about|reads|reading|:) ... (can't|cannot|can not|could not|couldn't|unable|not possible|not found|not supported|unsupported|not allowed)",
    "(app|application|game|launcher|installer|client|program|software|tool|screen|log|logs|dmesg|output|console|device|phone|computer|driver|kernel|firmware|server|windows|steam|browser|prompt|popup|dialog) (says|said|shows|showed|reports|reported|complains|complained|claims|claimed|tells you|told you|displays|displayed|indicates|prints|printed|states) [that] ... ... (can't|cannot|can not|couldn't|could not|unable|not able|not possible|impossible|unsupported)",
    "(can't|cannot|can not|couldn't|could not) (wait|believe|thank|stress|recommend|agree|be happier|be prouder|be more|go wrong|miss) | (report|file|reporting|filing) (it|this|that|them|this one|that one|these|those) [<adv>|just|straight] (as (spam|junk|phishing)|under)",
    "without (the|this|that|these|those|a|an|your) [<adv>] [...] (patch|patches|fix|fixes|commit|commits|backport|bugfix|hotfix|quirk|update|workaround) [applied|in place|merged|installed] [,] ... ... ... (can't|cannot|can not|couldn't|could not|won't|will not|doesn't|does not|isn't|is not|unable|not able|never|fails)",
    "(I|we)? [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|unable to|not able to|wasn't able to|was not able to|weren't able to|were not able to|was unable to|were unable to|am unable to|'m unable to|'m not able to|am not able to|haven't been able to|have not been able to|'ve not been able to|didn't manage to|did not manage to|can no longer|could no longer|am no longer able to|'m no longer able to) [yet] (reproduce|replicate|recreate|repro|duplicate)",
    "(not|isn't|is not|wasn't|'s not|it's not|that's not) [at all|entirely|completely|necessarily|totally] (impossible|unlikely|unheard of|infeasible|unfeasible|out of the question)",
    "(no|any|a) [good|real|technical|particular] reason (why|that) [it|this|that|you|we|they|the|your|its|there] ... (couldn't|could not|can't|cannot|can not|wouldn't|would not|won't|will not|shouldn't|should not)",
    "(doesn't|does not|won't|will not|didn't|did not|no longer) accept ... (input|characters|character|keystrokes|keystroke|key presses|keypresses|text|data|values|value|clicks|focus|connections|packets|commands|parameters|arguments|strings|string|entries|digits|numbers|bytes)",
    "(isn't|is not|aren't|are not|hasn't been|has not been|haven't been|have not been|wasn't|was not|not) [yet] (released|out|shipped|published|public) yet|not yet (released|out|shipped|published|public)",
    "(out of|outside|beyond) [the] scope (:) | unfortunately [,] (I|we) [really|honestly|just] (don't|do not) [really|honestly|actually] know (how (this|it|that|the)|anything|much|what|why|whether|if|about|enough)",
    "(when|whenever|once|as soon as|every time|each time|if) (I|you|we|the user|users|a user|someone) ... ... , (it|they|the|this|that|its|their) ... (doesn't|does not|don't|do not|won't|will not|didn't|did not|isn't|is not|aren't|are not)",
    "you [still|really] (can't|cannot|can not|cant|couldn't|could not|are unable|were unable|aren't able|are not able|weren't able|won't be able)|you('re| are) (unable|not able)",
    "(if|when|whether|why) (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)|(if|when|whether|why) (can't|cannot|unable|not able)",
    "(if|when|whether|why|in case|unless) (it|that|this|the|your) ... (won't|will not|doesn't|does not|wouldn't|would not|isn't|is not) work | (the|your|this) ... (that|which) (doesn't|does not|didn't|did not|isn't|is not) [<adv>] work (for|with|on) you",
    "(sorry|see|seems|appears|understand|hear|heard|notice|noticed|saw|mentioned|said|say|know|mean|means|read|reported|reporting|shows|show|like|frustrating|annoying|shame|odd|strange|weird|confirm|confirmed|explains|explain|think|guess|suspect|assume|possible|likely|sure) that (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)",
    "not possible to (miss|go wrong)|(not possible|not be possible|isn't possible|impossible|no way|no means) for (anyone|anybody|someone|somebody|others|other people|other users|strangers|third parties|hackers|outsiders|the (update|upgrade|app|installer|system|change|process|tool)) [else] to [<adv>] (see|access|read|view|delete|erase|lose|damage|corrupt|overwrite|wipe|steal|leak|intercept)",
    "(no way|not possible|isn't possible|impossible|no means) for (us|me|our staff|staff|our team|our agents|agents|our employees|employees) [<adv>] to [<adv>] (see|access|read|view|know) (your|the|a|any) [full|complete|actual|saved|stored] (card|cards|card number|card details|password|passwords|pin|passcode|cvv|cvc|security code|private key|keys|messages|chats|payment details|bank details)",
    "(can't|cannot|can not|couldn't|could not) be [<adv>] (seen|accessed|read|viewed|decrypted|intercepted|stolen|leaked) by (anyone|anybody|someone|others|other people|other users|third parties|strangers|outsiders|hackers|us|our staff|staff|employees|our employees|our team) [else]",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly] <send-to>",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly|gone ahead and|went ahead and] (report|reported|reporting|file|filed|filing|raise|raised|raising|open|opened|opening|take|taken|taking|took|move|moved|moving|post|posted|posting|submit|submitted|submitting)",
    "(contact|message|DM|reach|ask|tell|write to) us (via|by|in|through|on|over|here|with|directly|privately)? (DM|DMs|direct message|private message|PM|here|this thread|this channel)|(message|DM|tell|ask) us|(are|were|aren't|weren't) you [still] (unable|not able)|(were|was) you able to",
    "(contact|phone|tracking|account|order|reference|case|mobile|cell|telephone|support|ticket) (number|numbers|details|info|information|id)|(return|returns|returned|returning) (policy|label|window|shipping)",
    "(ask|asked|asking) (you|if|whether|for (your|the|a|an|more|some|any|details|info|information)) | (documentation|docs|doc|manual|manuals|datasheet|datasheets|data sheet|spec|specs|specification|guide|readme|wiki|man page|changelog|help page|error message|error text|wording|description|instructions) (isn't|is not|aren't|are not|wasn't|was not) [really|very|quite|entirely|particularly|that|so|too] (clear|obvious|intuitive|accurate|consistent|precise|explicit|helpful|informative|readable)",
    "(open|opening) (the|a|your) (app|file|link|page|settings|menu|browser|terminal|tab)|go to (settings|the settings|your settings|the (menu|tab|page|screen|folder|section)|preferences)",
    "(post|posted) [it|this|that|them|the|a|your|an|more|some|any] ... (here|below|in this thread|on this thread|in this issue|back)|(post|posted) (here|the (log|logs|output|error|details|file|code|result|results|screenshot))",
    "(send|sent|sending) (you|it|them|the|a|an|your)|(call|calls|calling) (it|this|that)|(reach|reached) (us|you|out to us|me)|(visit|visited) (us|our)|(raise|raised) (the|a) (limit|price|issue with (us|me))|(file|files|filed) (a|an|the) (bug|issue|report) (here|on our tracker)",
    "(is|are|was|were|'s|'re|of|for|from|by|with|about) (the|a|an|your|their|his|her|its|my|our) (phone|call|email|visit|post|ring|file|return|direct) <elsewhere>",
    "(than|instead of|rather than|without) [having to|needing to|the need to|the hassle of|the trouble of] <send-to> [in|out|up|by|round|into] [(or|and|nor) <send-to>]|(no need to|don't need to|do not need to|don't have to|do not have to|never have to|no longer have to|no longer need to|won't need to|won't have to|will not need to|will not have to|needn't) [ever|even|actually|now] <send-to>",
    "(post|paste|share|put|drop|send|give|show|type|copy) [us|me] (the|your|a|an|any|some|more|that|this) [full|exact|complete|whole|actual|relevant|entire] (error|errors|error message|log|logs|output|screenshot|screenshots|details|trace|stack trace|traceback|message|code|config|result|results|snippet|command) [here|you get|you see|you got] (in|into|on|to) (the|this) (chat|channel|thread|conversation|comments)",
    "(refund|refunds|money|payment|payments|amount|funds|credit|cashback|reversal|parcel|package|order|it|this|that) [will|'ll|should|usually|normally|automatically|then] (go|goes|went|gone|going) [back|straight|directly] to",
    "(will|'ll|has|have|'ve|had|been|is|are|'s|'re) [already|now|just|also] (report|raise|reported|raised|reporting|raising|take|taken|taking|took|escalate|escalated|escalating) | (nothing|none of (this|it|that|these|those)|never|whether|which|what) ... ... against [our|the|company] policy | against [our|the|company] policy ... ... ... (,|;) but (you|we|I) [<adv>] (can|could|'ll|will|may)",
    "(post|posting|posted|write|writing|make|making|publish|publishing|put up|putting up) (a|an|the) [new|separate|short|full] (forum|blog|community|mailing list|list) (post|thread|topic|update|announcement|article|entry|message) | (once|when|after|if|since|until) (we|I) [have|'ve|had|recently|now] [recently|now] stopped | stopped ... ... ... (,|;) [but|and] ... ... ... (now|still|instead)"
   ]
  },
  {
   "id": "negative-bare-no",
   "signal": "negative-language",
   "level": "warning",
   "message": "A bare no (\"{actual}\") leaves the customer with nothing. Say what they can do instead, or what you will do.",
   "scope": "opening",
   "enabled": true,
   "examples": {
    "flag": [
     "No, not really.",
     "Probably not, sorry."
    ],
    "pass": [
     "No problem, glad it works.",
     "Not at all, happy to help.",
     "Nope, it's the same crash as last week.",
     "Certainly not, you'll only be charged once.",
     "Not anymore, I unlocked it a minute ago."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(no|nope|nah) [,|.] (not really|not now|not currently|not at the moment|not at present|not anymore|not any more|not that I know of|not as far as I know|afraid not|I don't think so|I do not think so)",
    "(no|nope|nah) [,|.] (I'm afraid|I am afraid|sorry|unfortunately|sadly) (.|!|,|;)",
    "(most likely|probably|sadly|afraid|I'm afraid|I am afraid|I fear|I suspect) not (.|!|,|;)",
    "not (really|now|currently|at the moment|at present|anymore|any more|natively|officially|out of the box) (.|!|,|;)",
    "not (from|within|inside) [within|inside] (the|this|that|our|your) ..."
   ],
   "except": [
    "(we|I) ('re|are|'m|am) [<adv>] the (one|ones) | possible without (you|your) | (google|microsoft|apple|amazon) (chrome|drive|docs|sheets|slides|maps|photos|pay|play|wallet|calendar|meet|account|workspace|translate|lens|home|assistant|authenticator|edge|teams|word|excel|outlook|office|onedrive|powerpoint|defender|store|music|tv|id|prime|alexa|kindle|echo|fire|settings)",
    "(let|lets|letting) (you|users|customers|people|admins|members|the user|a user|them|us|me) know | (nothing|anything) [else|more|further|extra] [that|which] [on|at|from] [your|our] [end|side|part] (you|we|you'll|we'll) [<adv>] (need|needs|have|has|must|should|'ll need|will need|would need|'d need) [you] to | (nothing|anything) [else|more|further|extra] (on|at|from) your (side|end|part)",
    "(don't|do not|dont|didn't|did not|can't|cannot|can not|couldn't|could not|unable to|not able to|wasn't able to|weren't able to|haven't been able to|have not been able to) [<adv>|seem to|appear to] (have|see|find|locate|spot|hold|show) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(haven't|have not|'ve not|hasn't|has not|hadn't|had not) [<adv>|yet] (got|found|seen|located|received|had) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(have|has|'ve|had|got|show|shows|showed|showing|find|found|see|saw|there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(show|shows|showed|shown|found|indicate|indicates|indicated|turned up|revealed|detected|picked up) [us|me] (nothing|no [unusual|obvious|other|new|real|major|serious|apparent|suspicious] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes|warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences))",
    "(there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes) (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(there's|there is|there are|there was|there were) [<adv>] nothing [unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious] (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(wonder|wondering|wondered|curious|unsure|not sure|check|checking|see|verify|confirm|find out|let me know|let us know|tell me|tell us|ask|asking) (if|whether) ... ... <nl-neg>",
    "(not possible|not be possible|isn't possible|impossible|no way) to (lose|break|damage|corrupt|brick|overpay|be charged twice|get charged twice|be billed twice|get billed twice|be double charged|get double charged|be overcharged|get overcharged)",
    "(isn't|is not|wasn't|was not|aren't|are not|'s not|not) [directly|really|necessarily|actually|at all] (related|connected|linked|tied) (to|with)",
    "(unfortunately|sadly) [,] (the|your|this|that|these|those|it|its|their|his|her|our|my) ... ... (didn't|did not) [<adv>] (arrive|deliver|include|contain|work|go|load|save|sync|show|appear|reach|get|fix|send|update|register|apply|trigger|start|finish|install|download|upload|connect|open|respond|print|come|happen)",
    "(I|we|and|but|yet|though|still) [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to|didn't manage to|did not manage to|never managed to|haven't managed to) get (it|this|that|the|a|an|any|my|your|them) ... (to|into) (appear|show|show up|work|run|crash|happen|fail|trigger|load|start|break|hang|freeze|display|occur|misbehave|lag|stutter|reproduce)",
    "(I|we|I've|we've|I have|we have|I'll|we'll|I will|we will) [just|now|also|already|gone ahead and|went ahead and] <nl-pass-on> ... ... ... [,|and|;] [and] (they|they'd|they'll|they will|they would|they can|they could|who can|who will) [be] [more than|very] (happy|glad|able|best placed|better placed) to",
    "(it|this|that|which) [<adv>] only [<adv>] ... ... [,] (so|which means|meaning|that way|so that|which keeps|which makes|to keep|to make sure|to ensure|ensuring|keeping) [that] ... ... ... <nl-benefit>",
    "(fill|fill in|fill out|fill up|complete|submit) [in|out|up] (this|the|our|a|an) ... form ... ... (to|and|so we can|so that we can|then we can|and we will|and we'll|before we) (continue|proceed|go on|carry on) (with|the|your|this)",
    "(your|his|her|their) (inbox|mailbox|spam folder|junk folder|spam box|junk mail folder) | ((no|not any) [current|immediate] (plan|plans)|(don't|not) (plan|planning)) to (remove|drop|deprecate|discontinue|retire|withdraw|phase out) (support|(the|this|that|our|its) [...] [...] (feature|features|api|apis|mode|option|options|setting|settings|editor|format|formats|endpoint|endpoints|command|commands|integration|plugin|extension|interface|module|driver|support))",
    "(git|code|dev|development|feature|master|main|stable|release|topic|testing|experimental|devel|kernel|repo|repository|upstream) branch | (report|file|raise|open|log) (it|this|that|them|the issue|the bug|the problem|an issue|a bug|a ticket) (back|here|to (us|me|the team|our team|my team)|with (us|me))",
    "(we|I) [<adv>] (don't|do not|won't|will not|never|will never|would never) [<adv>] (sell|rent|trade|share|pass on|give away) (your|any of your|our customers'|our users') [<adv>] [personal|private|contact] (data|information|info|details|email address|email|phone number|number|address|contacts)",
    "(accept|accepting|mark|marking) [their|your|his|her|an|the|own|as] [own|an|the] (answer|answers)",
    "(next time|whenever|when|if) (you|you're|you are) [next|again|back] (visit|visiting|stop by|stopping by|drop by|drop in|pop in|come in|come by|come to|coming|in|at|back|shop|dine|are in|'re in)",
    "(didn't|did not|hasn't|has not|haven't|have not|hadn't|had not) [<adv>|yet|quite|really|fully|actually|seem to|seemed to|appear to] (<outcome:base>|<outcome:past>|make a difference|made a difference|change anything|changed anything|heard back|heard anything)",
    "(unfortunately|sadly|regrettably|I'm afraid|I am afraid) [,] ... (didn't|did not|wasn't|was not|weren't|were not|hadn't|had not) [quite|really|fully|always] (meet|live up|match|reflect|represent|go|turn out|work out|arrive|reach|have|feel|seem|look|come|get delivered|up to)",
    "(isn't|is not|wasn't|was not|'s not|not) [quite|really|at all] (the|a|an|what) [kind of|type of|sort of|level of] (standard|standards|experience|service|quality|level|impression|image|welcome|care|treatment|reflection|representation|picture|first impression) (we|that we|our|I|you|your)",
    "only [<adv>] (work|works|function|functions|run|runs|apply|applies|show|shows|show up|display|displays|sync|syncs|appear|appears|trigger|triggers|take effect|takes effect|kick in|kicks in|activate|activates|update|updates|start|starts|happen|happens) [<adv>] (if|when|once|after|as long as|provided|while|whilst|upon|as soon as)",
    "(has|have|had|was|were|'s|'ve|got) [already|now|just|successfully|been] [been|already|now|successfully] (handled|processed|managed|dealt with|done|decided|set|approved|completed|credited|settled|resolved) by",
    "(due to|because of|owing to) (a|an|the|some) [temporary|technical|network|server|system|bank|banking|server-side|backend|internal|unexpected] (issue|error|glitch|problem|outage|fault|failure|downtime|bug) ... ... [,] ... ... (could not|couldn't|was not|wasn't|were not|weren't|failed to|did not|didn't)",
    "(go to|open|visit|head to|head over to) [the|your] (play store|app store|google play|google play store|itunes) ... [and|to|then|,|->|>] [then|kindly|please] (rate|review|update|download|install|reinstall|scan|search|tap|select|click|open|leave|give|settings|my apps)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|reported|raised|filed|submitted|posted|spoken|talked|written|reached) ... ... (via|through|using|on|at|in|by) [the|our|your|a|an] [in app|online|web|mobile]",
    "(if you had|if you'd|had you|if only you had|if only you'd) [<adv>|not] (<send-to:past>|<action:past>|gone|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(thank you|thanks|thank u|thx) [you|so much|you so much] (for|in) (contacting|reaching out to|reaching out|writing to|writing in to|getting in touch with|posting|asking|visiting|stopping by|stopping in|dropping by|dropping in|popping in|popping by|coming in|coming by|coming to|shopping at|shopping with|dining at|dining with|choosing) [question|your question|this|it] [in|on|at|to|with] [the|our|this] ... (<elsewhere>|<nl-venue>|<channel>|us|forum|forums|community|q&a|page|site)",
    "((which|what|whose)|(and|of|for|with|from|about|is|are|was|does|do|did|us|me) (your|the|their)) (email|mail|phone|mobile) <elsewhere> | (open|raise|create|log|start|submit|add|set up|make) (a|an) [new|separate|custom] (issue|bug|ticket|bug report|report|feature request) (view|views|type|types|template|templates|field|fields|category|categories|tag|tags|label|labels|queue|queues|filter|filters|status|column|columns|layout|widget|called|named|titled|under|in the dashboard)",
    "(the|your|its|their|this|that|these|those|my|our) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|failed to) ... (because|since|due to|as the|as your|as it|as its|as their|as there|when|after|until|so)|(because|since|as|when|after|until|so) (the|your|its|their|this|that|these|those|it|they) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|(can't|cannot|can not) [<adv>] <nl-fault:base>)",
    "(the|your|its|their|this|that|these|those) ... (can't|cannot|can not) (open|read|reach|find|load|connect|access|see|start|run|handle|parse|detect|display|show|verify|decrypt|sync|write|save|send|recognise|recognize|process|resolve|authenticate|locate|mount|boot|install|update|download|upload|print|play|import|export) ... (because|since|as the|as your|as it|as its|when|while|until|unless|without)",
    "(is|isn't|could|might|would|can) (this|that|it) [be] (a|an) ... (limitation|restriction) | (people|folks|guys|team|teams|maintainers|experts|department|specialists|staff) (will|would|might|may|should|could|can) ... ... ... ... , so (I|we) [<adv>] ('ve|have|'ll|will|am|'m|are|'re) [<adv>] (forwarded|escalated|passed|handed|transferred|referred|forwarding|escalating|passing|handing|forward|escalate|pass|hand|transfer|refer)",
    "(received|got|saw|seen|read|sent|submitted|filled in|filled out) (your|the|this|that|a|an|their) ... (via|through|on|at|in|using|from) [the|a|our|your] (contact|support|web|feedback|online)",
    "which (is|are|was|were) not (allowed|permitted|supported)|(which|that) (can't|cannot|can not) be (a|an|the) | (they|users|guests|members|viewers|admins|owners|accounts|devices) (need|needs|have|has|must|should|get|gets|do|does|only|can|will|'ll) ... ... [,] (and|but|so) [<adv>] (can't|cannot|can not|cant|couldn't|could not)",
    "no [known|easy|simple|good|real] (workaround|workarounds|work-around|work around) (is|are) [really|actually|even] (needed|required|necessary)|no (workaround|workarounds|work-around|work around) (needed|required|necessary)",
    "(can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't|haven't|hasn't|shouldn't) (you|it|they|this|that|there|we|he|she)|(is|are|was|were|would|will|does|do|did|has|have) (it|this|that|there|these|those) (not|no)|why (can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't)|(if|whether|is|are) [there|we|I] [is|are|'s|find|see|can find|can see|could find] anything|(need|needs|want|wants|'d like|would like) anything",
    "(the|your|its|their|this|that|these|those|my) ... (can't|cannot|can not|couldn't|could not|unable to|not able to|isn't able to|aren't able to|wasn't able to|weren't able to|won't be able to|would be unable to) <nl-fault:base>|(it|they) [would|will|'d|'ll|was|were|is|are|'s|'re] (can't|cannot|can not|couldn't|could not|unable to|not able to|be unable to|not be able to) <nl-fault:base>",
    "(I|we) [just|still|also|really|simply] (can't|cannot|can not|couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to) (find|see|spot|notice|locate|detect|identify|think of) (anywhere|what|why|where|how it|how this|how that|how the|any <nl-finding>|a <nl-finding>|an <nl-finding>|the <nl-finding>|anything (wrong|unusual|odd|strange|amiss|like|similar|about|on|in|at|of|with|that|which|to suggest|.|,|;|!|?))",
    "(can't|cannot|can not|cant|couldn't|could not|won't|will not) be [<adv>] <nl-fault:past> | (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|your|any|a) ... (commit|commits|patch|patches|series|backport|changeset|change|changes) | (build|kernel|version|branch|tree|release|snapshot|rc|firmware|image) (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|any|a) [...] (fix|fixes)",
    "(I|we) [really|just|still|currently|honestly|simply|also|even|actually] (can't|cannot|can not|cant|couldn't|could not) [really|quite|honestly|seem to|actually|even|just|simply|fully|always|entirely] <nl-know:base> | (I|we) (don't|do not) (think|believe) (that|this|it|such a|such an|the) [race|deadlock|case|state|situation|condition|path] can (happen|occur|arise|be hit|be triggered|be reached)",
    "(I|we) [<adv>] (won't|will not|wouldn't|would not|'d not|couldn't|could not|may not|might not) [<adv>] be able to [<adv>] <nl-know:base> | afraid [,] [that|but] (I|we) (don't|do not|didn't|did not) [quite|really|fully|entirely] (understand|follow) | (we|I) (couldn't|could not) have [<adv>] (asked|wished|hoped) for | (we|I) (couldn't|could not) [<adv>] (agree more|be happier|be prouder|be more (pleased|delighted|grateful|thankful|proud|happy))",
    "(error|errors|message|warning|log|event|alert|exception) (with|that|saying|stating|says|states|said|stated|about|reads|reading|:) ... (can't|cannot|can not|could not|couldn't|unable|not possible|not found|not supported|unsupported|not allowed)",
    "(app|application|game|launcher|installer|client|program|software|tool|screen|log|logs|dmesg|output|console|device|phone|computer|driver|kernel|firmware|server|windows|steam|browser|prompt|popup|dialog) (says|said|shows|showed|reports|reported|complains|complained|claims|claimed|tells you|told you|displays|displayed|indicates|prints|printed|states) [that] ... ... (can't|cannot|can not|couldn't|could not|unable|not able|not possible|impossible|unsupported)",
    "(can't|cannot|can not|couldn't|could not) (wait|believe|thank|stress|recommend|agree|be happier|be prouder|be more|go wrong|miss) | (report|file|reporting|filing) (it|this|that|them|this one|that one|these|those) [<adv>|just|straight] (as (spam|junk|phishing)|under)",
    "without (the|this|that|these|those|a|an|your) [<adv>] [...] (patch|patches|fix|fixes|commit|commits|backport|bugfix|hotfix|quirk|update|workaround) [applied|in place|merged|installed] [,] ... ... ... (can't|cannot|can not|couldn't|could not|won't|will not|doesn't|does not|isn't|is not|unable|not able|never|fails)",
    "(I|we)? [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|unable to|not able to|wasn't able to|was not able to|weren't able to|were not able to|was unable to|were unable to|am unable to|'m unable to|'m not able to|am not able to|haven't been able to|have not been able to|'ve not been able to|didn't manage to|did not manage to|can no longer|could no longer|am no longer able to|'m no longer able to) [yet] (reproduce|replicate|recreate|repro|duplicate)",
    "(not|isn't|is not|wasn't|'s not|it's not|that's not) [at all|entirely|completely|necessarily|totally] (impossible|unlikely|unheard of|infeasible|unfeasible|out of the question)",
    "(no|any|a) [good|real|technical|particular] reason (why|that) [it|this|that|you|we|they|the|your|its|there] ... (couldn't|could not|can't|cannot|can not|wouldn't|would not|won't|will not|shouldn't|should not)",
    "(doesn't|does not|won't|will not|didn't|did not|no longer) accept ... (input|characters|character|keystrokes|keystroke|key presses|keypresses|text|data|values|value|clicks|focus|connections|packets|commands|parameters|arguments|strings|string|entries|digits|numbers|bytes)",
    "(isn't|is not|aren't|are not|hasn't been|has not been|haven't been|have not been|wasn't|was not|not) [yet] (released|out|shipped|published|public) yet|not yet (released|out|shipped|published|public)",
    "(out of|outside|beyond) [the] scope (:) | unfortunately [,] (I|we) [really|honestly|just] (don't|do not) [really|honestly|actually] know (how (this|it|that|the)|anything|much|what|why|whether|if|about|enough)",
    "(when|whenever|once|as soon as|every time|each time|if) (I|you|we|the user|users|a user|someone) ... ... , (it|they|the|this|that|its|their) ... (doesn't|does not|don't|do not|won't|will not|didn't|did not|isn't|is not|aren't|are not)",
    "you [still|really] (can't|cannot|can not|cant|couldn't|could not|are unable|were unable|aren't able|are not able|weren't able|won't be able)|you('re| are) (unable|not able)",
    "(if|when|whether|why) (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)|(if|when|whether|why) (can't|cannot|unable|not able)",
    "(if|when|whether|why|in case|unless) (it|that|this|the|your) ... (won't|will not|doesn't|does not|wouldn't|would not|isn't|is not) work | (the|your|this) ... (that|which) (doesn't|does not|didn't|did not|isn't|is not) [<adv>] work (for|with|on) you",
    "(sorry|see|seems|appears|understand|hear|heard|notice|noticed|saw|mentioned|said|say|know|mean|means|read|reported|reporting|shows|show|like|frustrating|annoying|shame|odd|strange|weird|confirm|confirmed|explains|explain|think|guess|suspect|assume|possible|likely|sure) that (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)",
    "not possible to (miss|go wrong)|(not possible|not be possible|isn't possible|impossible|no way|no means) for (anyone|anybody|someone|somebody|others|other people|other users|strangers|third parties|hackers|outsiders|the (update|upgrade|app|installer|system|change|process|tool)) [else] to [<adv>] (see|access|read|view|delete|erase|lose|damage|corrupt|overwrite|wipe|steal|leak|intercept)",
    "(no way|not possible|isn't possible|impossible|no means) for (us|me|our staff|staff|our team|our agents|agents|our employees|employees) [<adv>] to [<adv>] (see|access|read|view|know) (your|the|a|any) [full|complete|actual|saved|stored] (card|cards|card number|card details|password|passwords|pin|passcode|cvv|cvc|security code|private key|keys|messages|chats|payment details|bank details)",
    "(can't|cannot|can not|couldn't|could not) be [<adv>] (seen|accessed|read|viewed|decrypted|intercepted|stolen|leaked) by (anyone|anybody|someone|others|other people|other users|third parties|strangers|outsiders|hackers|us|our staff|staff|employees|our employees|our team) [else]",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly] <send-to>",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly|gone ahead and|went ahead and] (report|reported|reporting|file|filed|filing|raise|raised|raising|open|opened|opening|take|taken|taking|took|move|moved|moving|post|posted|posting|submit|submitted|submitting)",
    "(contact|message|DM|reach|ask|tell|write to) us (via|by|in|through|on|over|here|with|directly|privately)? (DM|DMs|direct message|private message|PM|here|this thread|this channel)|(message|DM|tell|ask) us|(are|were|aren't|weren't) you [still] (unable|not able)|(were|was) you able to",
    "(contact|phone|tracking|account|order|reference|case|mobile|cell|telephone|support|ticket) (number|numbers|details|info|information|id)|(return|returns|returned|returning) (policy|label|window|shipping)",
    "(ask|asked|asking) (you|if|whether|for (your|the|a|an|more|some|any|details|info|information)) | (documentation|docs|doc|manual|manuals|datasheet|datasheets|data sheet|spec|specs|specification|guide|readme|wiki|man page|changelog|help page|error message|error text|wording|description|instructions) (isn't|is not|aren't|are not|wasn't|was not) [really|very|quite|entirely|particularly|that|so|too] (clear|obvious|intuitive|accurate|consistent|precise|explicit|helpful|informative|readable)",
    "(open|opening) (the|a|your) (app|file|link|page|settings|menu|browser|terminal|tab)|go to (settings|the settings|your settings|the (menu|tab|page|screen|folder|section)|preferences)",
    "(post|posted) [it|this|that|them|the|a|your|an|more|some|any] ... (here|below|in this thread|on this thread|in this issue|back)|(post|posted) (here|the (log|logs|output|error|details|file|code|result|results|screenshot))",
    "(send|sent|sending) (you|it|them|the|a|an|your)|(call|calls|calling) (it|this|that)|(reach|reached) (us|you|out to us|me)|(visit|visited) (us|our)|(raise|raised) (the|a) (limit|price|issue with (us|me))|(file|files|filed) (a|an|the) (bug|issue|report) (here|on our tracker)",
    "(is|are|was|were|'s|'re|of|for|from|by|with|about) (the|a|an|your|their|his|her|its|my|our) (phone|call|email|visit|post|ring|file|return|direct) <elsewhere>",
    "(than|instead of|rather than|without) [having to|needing to|the need to|the hassle of|the trouble of] <send-to> [in|out|up|by|round|into] [(or|and|nor) <send-to>]|(no need to|don't need to|do not need to|don't have to|do not have to|never have to|no longer have to|no longer need to|won't need to|won't have to|will not need to|will not have to|needn't) [ever|even|actually|now] <send-to>",
    "(post|paste|share|put|drop|send|give|show|type|copy) [us|me] (the|your|a|an|any|some|more|that|this) [full|exact|complete|whole|actual|relevant|entire] (error|errors|error message|log|logs|output|screenshot|screenshots|details|trace|stack trace|traceback|message|code|config|result|results|snippet|command) [here|you get|you see|you got] (in|into|on|to) (the|this) (chat|channel|thread|conversation|comments)",
    "(refund|refunds|money|payment|payments|amount|funds|credit|cashback|reversal|parcel|package|order|it|this|that) [will|'ll|should|usually|normally|automatically|then] (go|goes|went|gone|going) [back|straight|directly] to",
    "(will|'ll|has|have|'ve|had|been|is|are|'s|'re) [already|now|just|also] (report|raise|reported|raised|reporting|raising|take|taken|taking|took|escalate|escalated|escalating) | (nothing|none of (this|it|that|these|those)|never|whether|which|what) ... ... against [our|the|company] policy | against [our|the|company] policy ... ... ... (,|;) but (you|we|I) [<adv>] (can|could|'ll|will|may)",
    "(post|posting|posted|write|writing|make|making|publish|publishing|put up|putting up) (a|an|the) [new|separate|short|full] (forum|blog|community|mailing list|list) (post|thread|topic|update|announcement|article|entry|message) | (once|when|after|if|since|until) (we|I) [have|'ve|had|recently|now] [recently|now] stopped | stopped ... ... ... (,|;) [but|and] ... ... ... (now|still|instead)",
    "(not|no) [... ...] (,|;) but"
   ],
   "followed_only_by": [
    "(sorry|unfortunately|sadly|apologies|(I'm|I am) afraid)",
    "(sorry|apologies) (for|about) ... ... (.|!|,|;)",
    "(I'm|I am|we're|we are) [so|very|really|truly] sorry [for|about|to] ... ... (.|!|,|;)",
    "(I|we) [do] apologi* [for] ... ... (.|!|,|;)",
    "(my|our) apologies [for] ... ... (.|!|,|;)",
    "(thanks|thank you|many thanks) [again|so much|very much|a lot] [for] ... ... (.|!|,|;)",
    "(cheers|regards|sincerely|take care|good luck|all the best|best of luck)",
    "(best|kind|warm|warmest) [regards|wishes]",
    "have a (nice|good|great|lovely|wonderful) (day|weekend|week|evening|one)",
    "[I|we] hope (this|that|it) (helps|clears it up|answers your question)",
    "let me know if (you have|you need|there's|there is) (any|anything) [other|else|more|further] [questions|question]",
    "[is there] anything else (I|we) can (help|do) [you] [with] [for you]"
   ]
  },
  {
   "id": "negative-bare-no-short",
   "signal": "negative-language",
   "level": "warning",
   "message": "A bare no (\"{actual}\") leaves the customer with nothing. Say what they can do instead, or what you will do.",
   "scope": "opening",
   "enabled": true,
   "examples": {
    "flag": [
     "Short answer: no."
    ],
    "pass": [
     "Short answer: no, but the export does it in one step."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    {
     "pattern": "\\bshort answer\\s{0,3}[,:]?\\s{0,3}(?:no|nope)(?:[ \\t]{0,3}[.!,;…\\n]|\\s{0,3}$)"
    },
    "short answer [,|:] not"
   ],
   "except": [
    "(we|I) ('re|are|'m|am) [<adv>] the (one|ones) | possible without (you|your) | (google|microsoft|apple|amazon) (chrome|drive|docs|sheets|slides|maps|photos|pay|play|wallet|calendar|meet|account|workspace|translate|lens|home|assistant|authenticator|edge|teams|word|excel|outlook|office|onedrive|powerpoint|defender|store|music|tv|id|prime|alexa|kindle|echo|fire|settings)",
    "(let|lets|letting) (you|users|customers|people|admins|members|the user|a user|them|us|me) know | (nothing|anything) [else|more|further|extra] [that|which] [on|at|from] [your|our] [end|side|part] (you|we|you'll|we'll) [<adv>] (need|needs|have|has|must|should|'ll need|will need|would need|'d need) [you] to | (nothing|anything) [else|more|further|extra] (on|at|from) your (side|end|part)",
    "(don't|do not|dont|didn't|did not|can't|cannot|can not|couldn't|could not|unable to|not able to|wasn't able to|weren't able to|haven't been able to|have not been able to) [<adv>|seem to|appear to] (have|see|find|locate|spot|hold|show) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(haven't|have not|'ve not|hasn't|has not|hadn't|had not) [<adv>|yet] (got|found|seen|located|received|had) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(have|has|'ve|had|got|show|shows|showed|showing|find|found|see|saw|there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(show|shows|showed|shown|found|indicate|indicates|indicated|turned up|revealed|detected|picked up) [us|me] (nothing|no [unusual|obvious|other|new|real|major|serious|apparent|suspicious] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes|warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences))",
    "(there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes) (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(there's|there is|there are|there was|there were) [<adv>] nothing [unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious] (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(wonder|wondering|wondered|curious|unsure|not sure|check|checking|see|verify|confirm|find out|let me know|let us know|tell me|tell us|ask|asking) (if|whether) ... ... <nl-neg>",
    "(not possible|not be possible|isn't possible|impossible|no way) to (lose|break|damage|corrupt|brick|overpay|be charged twice|get charged twice|be billed twice|get billed twice|be double charged|get double charged|be overcharged|get overcharged)",
    "(isn't|is not|wasn't|was not|aren't|are not|'s not|not) [directly|really|necessarily|actually|at all] (related|connected|linked|tied) (to|with)",
    "(unfortunately|sadly) [,] (the|your|this|that|these|those|it|its|their|his|her|our|my) ... ... (didn't|did not) [<adv>] (arrive|deliver|include|contain|work|go|load|save|sync|show|appear|reach|get|fix|send|update|register|apply|trigger|start|finish|install|download|upload|connect|open|respond|print|come|happen)",
    "(I|we|and|but|yet|though|still) [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to|didn't manage to|did not manage to|never managed to|haven't managed to) get (it|this|that|the|a|an|any|my|your|them) ... (to|into) (appear|show|show up|work|run|crash|happen|fail|trigger|load|start|break|hang|freeze|display|occur|misbehave|lag|stutter|reproduce)",
    "(I|we|I've|we've|I have|we have|I'll|we'll|I will|we will) [just|now|also|already|gone ahead and|went ahead and] <nl-pass-on> ... ... ... [,|and|;] [and] (they|they'd|they'll|they will|they would|they can|they could|who can|who will) [be] [more than|very] (happy|glad|able|best placed|better placed) to",
    "(it|this|that|which) [<adv>] only [<adv>] ... ... [,] (so|which means|meaning|that way|so that|which keeps|which makes|to keep|to make sure|to ensure|ensuring|keeping) [that] ... ... ... <nl-benefit>",
    "(fill|fill in|fill out|fill up|complete|submit) [in|out|up] (this|the|our|a|an) ... form ... ... (to|and|so we can|so that we can|then we can|and we will|and we'll|before we) (continue|proceed|go on|carry on) (with|the|your|this)",
    "(your|his|her|their) (inbox|mailbox|spam folder|junk folder|spam box|junk mail folder) | ((no|not any) [current|immediate] (plan|plans)|(don't|not) (plan|planning)) to (remove|drop|deprecate|discontinue|retire|withdraw|phase out) (support|(the|this|that|our|its) [...] [...] (feature|features|api|apis|mode|option|options|setting|settings|editor|format|formats|endpoint|endpoints|command|commands|integration|plugin|extension|interface|module|driver|support))",
    "(git|code|dev|development|feature|master|main|stable|release|topic|testing|experimental|devel|kernel|repo|repository|upstream) branch | (report|file|raise|open|log) (it|this|that|them|the issue|the bug|the problem|an issue|a bug|a ticket) (back|here|to (us|me|the team|our team|my team)|with (us|me))",
    "(we|I) [<adv>] (don't|do not|won't|will not|never|will never|would never) [<adv>] (sell|rent|trade|share|pass on|give away) (your|any of your|our customers'|our users') [<adv>] [personal|private|contact] (data|information|info|details|email address|email|phone number|number|address|contacts)",
    "(accept|accepting|mark|marking) [their|your|his|her|an|the|own|as] [own|an|the] (answer|answers)",
    "(next time|whenever|when|if) (you|you're|you are) [next|again|back] (visit|visiting|stop by|stopping by|drop by|drop in|pop in|come in|come by|come to|coming|in|at|back|shop|dine|are in|'re in)",
    "(didn't|did not|hasn't|has not|haven't|have not|hadn't|had not) [<adv>|yet|quite|really|fully|actually|seem to|seemed to|appear to] (<outcome:base>|<outcome:past>|make a difference|made a difference|change anything|changed anything|heard back|heard anything)",
    "(unfortunately|sadly|regrettably|I'm afraid|I am afraid) [,] ... (didn't|did not|wasn't|was not|weren't|were not|hadn't|had not) [quite|really|fully|always] (meet|live up|match|reflect|represent|go|turn out|work out|arrive|reach|have|feel|seem|look|come|get delivered|up to)",
    "(isn't|is not|wasn't|was not|'s not|not) [quite|really|at all] (the|a|an|what) [kind of|type of|sort of|level of] (standard|standards|experience|service|quality|level|impression|image|welcome|care|treatment|reflection|representation|picture|first impression) (we|that we|our|I|you|your)",
    "only [<adv>] (work|works|function|functions|run|runs|apply|applies|show|shows|show up|display|displays|sync|syncs|appear|appears|trigger|triggers|take effect|takes effect|kick in|kicks in|activate|activates|update|updates|start|starts|happen|happens) [<adv>] (if|when|once|after|as long as|provided|while|whilst|upon|as soon as)",
    "(has|have|had|was|were|'s|'ve|got) [already|now|just|successfully|been] [been|already|now|successfully] (handled|processed|managed|dealt with|done|decided|set|approved|completed|credited|settled|resolved) by",
    "(due to|because of|owing to) (a|an|the|some) [temporary|technical|network|server|system|bank|banking|server-side|backend|internal|unexpected] (issue|error|glitch|problem|outage|fault|failure|downtime|bug) ... ... [,] ... ... (could not|couldn't|was not|wasn't|were not|weren't|failed to|did not|didn't)",
    "(go to|open|visit|head to|head over to) [the|your] (play store|app store|google play|google play store|itunes) ... [and|to|then|,|->|>] [then|kindly|please] (rate|review|update|download|install|reinstall|scan|search|tap|select|click|open|leave|give|settings|my apps)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|reported|raised|filed|submitted|posted|spoken|talked|written|reached) ... ... (via|through|using|on|at|in|by) [the|our|your|a|an] [in app|online|web|mobile]",
    "(if you had|if you'd|had you|if only you had|if only you'd) [<adv>|not] (<send-to:past>|<action:past>|gone|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(thank you|thanks|thank u|thx) [you|so much|you so much] (for|in) (contacting|reaching out to|reaching out|writing to|writing in to|getting in touch with|posting|asking|visiting|stopping by|stopping in|dropping by|dropping in|popping in|popping by|coming in|coming by|coming to|shopping at|shopping with|dining at|dining with|choosing) [question|your question|this|it] [in|on|at|to|with] [the|our|this] ... (<elsewhere>|<nl-venue>|<channel>|us|forum|forums|community|q&a|page|site)",
    "((which|what|whose)|(and|of|for|with|from|about|is|are|was|does|do|did|us|me) (your|the|their)) (email|mail|phone|mobile) <elsewhere> | (open|raise|create|log|start|submit|add|set up|make) (a|an) [new|separate|custom] (issue|bug|ticket|bug report|report|feature request) (view|views|type|types|template|templates|field|fields|category|categories|tag|tags|label|labels|queue|queues|filter|filters|status|column|columns|layout|widget|called|named|titled|under|in the dashboard)",
    "(the|your|its|their|this|that|these|those|my|our) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|failed to) ... (because|since|due to|as the|as your|as it|as its|as their|as there|when|after|until|so)|(because|since|as|when|after|until|so) (the|your|its|their|this|that|these|those|it|they) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|(can't|cannot|can not) [<adv>] <nl-fault:base>)",
    "(the|your|its|their|this|that|these|those) ... (can't|cannot|can not) (open|read|reach|find|load|connect|access|see|start|run|handle|parse|detect|display|show|verify|decrypt|sync|write|save|send|recognise|recognize|process|resolve|authenticate|locate|mount|boot|install|update|download|upload|print|play|import|export) ... (because|since|as the|as your|as it|as its|when|while|until|unless|without)",
    "(is|isn't|could|might|would|can) (this|that|it) [be] (a|an) ... (limitation|restriction) | (people|folks|guys|team|teams|maintainers|experts|department|specialists|staff) (will|would|might|may|should|could|can) ... ... ... ... , so (I|we) [<adv>] ('ve|have|'ll|will|am|'m|are|'re) [<adv>] (forwarded|escalated|passed|handed|transferred|referred|forwarding|escalating|passing|handing|forward|escalate|pass|hand|transfer|refer)",
    "(received|got|saw|seen|read|sent|submitted|filled in|filled out) (your|the|this|that|a|an|their) ... (via|through|on|at|in|using|from) [the|a|our|your] (contact|support|web|feedback|online)",
    "which (is|are|was|were) not (allowed|permitted|supported)|(which|that) (can't|cannot|can not) be (a|an|the) | (they|users|guests|members|viewers|admins|owners|accounts|devices) (need|needs|have|has|must|should|get|gets|do|does|only|can|will|'ll) ... ... [,] (and|but|so) [<adv>] (can't|cannot|can not|cant|couldn't|could not)",
    "no [known|easy|simple|good|real] (workaround|workarounds|work-around|work around) (is|are) [really|actually|even] (needed|required|necessary)|no (workaround|workarounds|work-around|work around) (needed|required|necessary)",
    "(can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't|haven't|hasn't|shouldn't) (you|it|they|this|that|there|we|he|she)|(is|are|was|were|would|will|does|do|did|has|have) (it|this|that|there|these|those) (not|no)|why (can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't)|(if|whether|is|are) [there|we|I] [is|are|'s|find|see|can find|can see|could find] anything|(need|needs|want|wants|'d like|would like) anything",
    "(the|your|its|their|this|that|these|those|my) ... (can't|cannot|can not|couldn't|could not|unable to|not able to|isn't able to|aren't able to|wasn't able to|weren't able to|won't be able to|would be unable to) <nl-fault:base>|(it|they) [would|will|'d|'ll|was|were|is|are|'s|'re] (can't|cannot|can not|couldn't|could not|unable to|not able to|be unable to|not be able to) <nl-fault:base>",
    "(I|we) [just|still|also|really|simply] (can't|cannot|can not|couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to) (find|see|spot|notice|locate|detect|identify|think of) (anywhere|what|why|where|how it|how this|how that|how the|any <nl-finding>|a <nl-finding>|an <nl-finding>|the <nl-finding>|anything (wrong|unusual|odd|strange|amiss|like|similar|about|on|in|at|of|with|that|which|to suggest|.|,|;|!|?))",
    "(can't|cannot|can not|cant|couldn't|could not|won't|will not) be [<adv>] <nl-fault:past> | (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|your|any|a) ... (commit|commits|patch|patches|series|backport|changeset|change|changes) | (build|kernel|version|branch|tree|release|snapshot|rc|firmware|image) (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|any|a) [...] (fix|fixes)",
    "(I|we) [really|just|still|currently|honestly|simply|also|even|actually] (can't|cannot|can not|cant|couldn't|could not) [really|quite|honestly|seem to|actually|even|just|simply|fully|always|entirely] <nl-know:base> | (I|we) (don't|do not) (think|believe) (that|this|it|such a|such an|the) [race|deadlock|case|state|situation|condition|path] can (happen|occur|arise|be hit|be triggered|be reached)",
    "(I|we) [<adv>] (won't|will not|wouldn't|would not|'d not|couldn't|could not|may not|might not) [<adv>] be able to [<adv>] <nl-know:base> | afraid [,] [that|but] (I|we) (don't|do not|didn't|did not) [quite|really|fully|entirely] (understand|follow) | (we|I) (couldn't|could not) have [<adv>] (asked|wished|hoped) for | (we|I) (couldn't|could not) [<adv>] (agree more|be happier|be prouder|be more (pleased|delighted|grateful|thankful|proud|happy))",
    "(error|errors|message|warning|log|event|alert|exception) (with|that|saying|stating|says|states|said|stated|about|reads|reading|:) ... (can't|cannot|can not|could not|couldn't|unable|not possible|not found|not supported|unsupported|not allowed)",
    "(app|application|game|launcher|installer|client|program|software|tool|screen|log|logs|dmesg|output|console|device|phone|computer|driver|kernel|firmware|server|windows|steam|browser|prompt|popup|dialog) (says|said|shows|showed|reports|reported|complains|complained|claims|claimed|tells you|told you|displays|displayed|indicates|prints|printed|states) [that] ... ... (can't|cannot|can not|couldn't|could not|unable|not able|not possible|impossible|unsupported)",
    "(can't|cannot|can not|couldn't|could not) (wait|believe|thank|stress|recommend|agree|be happier|be prouder|be more|go wrong|miss) | (report|file|reporting|filing) (it|this|that|them|this one|that one|these|those) [<adv>|just|straight] (as (spam|junk|phishing)|under)",
    "without (the|this|that|these|those|a|an|your) [<adv>] [...] (patch|patches|fix|fixes|commit|commits|backport|bugfix|hotfix|quirk|update|workaround) [applied|in place|merged|installed] [,] ... ... ... (can't|cannot|can not|couldn't|could not|won't|will not|doesn't|does not|isn't|is not|unable|not able|never|fails)",
    "(I|we)? [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|unable to|not able to|wasn't able to|was not able to|weren't able to|were not able to|was unable to|were unable to|am unable to|'m unable to|'m not able to|am not able to|haven't been able to|have not been able to|'ve not been able to|didn't manage to|did not manage to|can no longer|could no longer|am no longer able to|'m no longer able to) [yet] (reproduce|replicate|recreate|repro|duplicate)",
    "(not|isn't|is not|wasn't|'s not|it's not|that's not) [at all|entirely|completely|necessarily|totally] (impossible|unlikely|unheard of|infeasible|unfeasible|out of the question)",
    "(no|any|a) [good|real|technical|particular] reason (why|that) [it|this|that|you|we|they|the|your|its|there] ... (couldn't|could not|can't|cannot|can not|wouldn't|would not|won't|will not|shouldn't|should not)",
    "(doesn't|does not|won't|will not|didn't|did not|no longer) accept ... (input|characters|character|keystrokes|keystroke|key presses|keypresses|text|data|values|value|clicks|focus|connections|packets|commands|parameters|arguments|strings|string|entries|digits|numbers|bytes)",
    "(isn't|is not|aren't|are not|hasn't been|has not been|haven't been|have not been|wasn't|was not|not) [yet] (released|out|shipped|published|public) yet|not yet (released|out|shipped|published|public)",
    "(out of|outside|beyond) [the] scope (:) | unfortunately [,] (I|we) [really|honestly|just] (don't|do not) [really|honestly|actually] know (how (this|it|that|the)|anything|much|what|why|whether|if|about|enough)",
    "(when|whenever|once|as soon as|every time|each time|if) (I|you|we|the user|users|a user|someone) ... ... , (it|they|the|this|that|its|their) ... (doesn't|does not|don't|do not|won't|will not|didn't|did not|isn't|is not|aren't|are not)",
    "you [still|really] (can't|cannot|can not|cant|couldn't|could not|are unable|were unable|aren't able|are not able|weren't able|won't be able)|you('re| are) (unable|not able)",
    "(if|when|whether|why) (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)|(if|when|whether|why) (can't|cannot|unable|not able)",
    "(if|when|whether|why|in case|unless) (it|that|this|the|your) ... (won't|will not|doesn't|does not|wouldn't|would not|isn't|is not) work | (the|your|this) ... (that|which) (doesn't|does not|didn't|did not|isn't|is not) [<adv>] work (for|with|on) you",
    "(sorry|see|seems|appears|understand|hear|heard|notice|noticed|saw|mentioned|said|say|know|mean|means|read|reported|reporting|shows|show|like|frustrating|annoying|shame|odd|strange|weird|confirm|confirmed|explains|explain|think|guess|suspect|assume|possible|likely|sure) that (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)",
    "not possible to (miss|go wrong)|(not possible|not be possible|isn't possible|impossible|no way|no means) for (anyone|anybody|someone|somebody|others|other people|other users|strangers|third parties|hackers|outsiders|the (update|upgrade|app|installer|system|change|process|tool)) [else] to [<adv>] (see|access|read|view|delete|erase|lose|damage|corrupt|overwrite|wipe|steal|leak|intercept)",
    "(no way|not possible|isn't possible|impossible|no means) for (us|me|our staff|staff|our team|our agents|agents|our employees|employees) [<adv>] to [<adv>] (see|access|read|view|know) (your|the|a|any) [full|complete|actual|saved|stored] (card|cards|card number|card details|password|passwords|pin|passcode|cvv|cvc|security code|private key|keys|messages|chats|payment details|bank details)",
    "(can't|cannot|can not|couldn't|could not) be [<adv>] (seen|accessed|read|viewed|decrypted|intercepted|stolen|leaked) by (anyone|anybody|someone|others|other people|other users|third parties|strangers|outsiders|hackers|us|our staff|staff|employees|our employees|our team) [else]",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly] <send-to>",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly|gone ahead and|went ahead and] (report|reported|reporting|file|filed|filing|raise|raised|raising|open|opened|opening|take|taken|taking|took|move|moved|moving|post|posted|posting|submit|submitted|submitting)",
    "(contact|message|DM|reach|ask|tell|write to) us (via|by|in|through|on|over|here|with|directly|privately)? (DM|DMs|direct message|private message|PM|here|this thread|this channel)|(message|DM|tell|ask) us|(are|were|aren't|weren't) you [still] (unable|not able)|(were|was) you able to",
    "(contact|phone|tracking|account|order|reference|case|mobile|cell|telephone|support|ticket) (number|numbers|details|info|information|id)|(return|returns|returned|returning) (policy|label|window|shipping)",
    "(ask|asked|asking) (you|if|whether|for (your|the|a|an|more|some|any|details|info|information)) | (documentation|docs|doc|manual|manuals|datasheet|datasheets|data sheet|spec|specs|specification|guide|readme|wiki|man page|changelog|help page|error message|error text|wording|description|instructions) (isn't|is not|aren't|are not|wasn't|was not) [really|very|quite|entirely|particularly|that|so|too] (clear|obvious|intuitive|accurate|consistent|precise|explicit|helpful|informative|readable)",
    "(open|opening) (the|a|your) (app|file|link|page|settings|menu|browser|terminal|tab)|go to (settings|the settings|your settings|the (menu|tab|page|screen|folder|section)|preferences)",
    "(post|posted) [it|this|that|them|the|a|your|an|more|some|any] ... (here|below|in this thread|on this thread|in this issue|back)|(post|posted) (here|the (log|logs|output|error|details|file|code|result|results|screenshot))",
    "(send|sent|sending) (you|it|them|the|a|an|your)|(call|calls|calling) (it|this|that)|(reach|reached) (us|you|out to us|me)|(visit|visited) (us|our)|(raise|raised) (the|a) (limit|price|issue with (us|me))|(file|files|filed) (a|an|the) (bug|issue|report) (here|on our tracker)",
    "(is|are|was|were|'s|'re|of|for|from|by|with|about) (the|a|an|your|their|his|her|its|my|our) (phone|call|email|visit|post|ring|file|return|direct) <elsewhere>",
    "(than|instead of|rather than|without) [having to|needing to|the need to|the hassle of|the trouble of] <send-to> [in|out|up|by|round|into] [(or|and|nor) <send-to>]|(no need to|don't need to|do not need to|don't have to|do not have to|never have to|no longer have to|no longer need to|won't need to|won't have to|will not need to|will not have to|needn't) [ever|even|actually|now] <send-to>",
    "(post|paste|share|put|drop|send|give|show|type|copy) [us|me] (the|your|a|an|any|some|more|that|this) [full|exact|complete|whole|actual|relevant|entire] (error|errors|error message|log|logs|output|screenshot|screenshots|details|trace|stack trace|traceback|message|code|config|result|results|snippet|command) [here|you get|you see|you got] (in|into|on|to) (the|this) (chat|channel|thread|conversation|comments)",
    "(refund|refunds|money|payment|payments|amount|funds|credit|cashback|reversal|parcel|package|order|it|this|that) [will|'ll|should|usually|normally|automatically|then] (go|goes|went|gone|going) [back|straight|directly] to",
    "(will|'ll|has|have|'ve|had|been|is|are|'s|'re) [already|now|just|also] (report|raise|reported|raised|reporting|raising|take|taken|taking|took|escalate|escalated|escalating) | (nothing|none of (this|it|that|these|those)|never|whether|which|what) ... ... against [our|the|company] policy | against [our|the|company] policy ... ... ... (,|;) but (you|we|I) [<adv>] (can|could|'ll|will|may)",
    "(post|posting|posted|write|writing|make|making|publish|publishing|put up|putting up) (a|an|the) [new|separate|short|full] (forum|blog|community|mailing list|list) (post|thread|topic|update|announcement|article|entry|message) | (once|when|after|if|since|until) (we|I) [have|'ve|had|recently|now] [recently|now] stopped | stopped ... ... ... (,|;) [but|and] ... ... ... (now|still|instead)",
    "(no|not|nope) [... ...] (,|;) but",
    "short answer [,|:] not yet"
   ]
  },
  {
   "id": "negative-redirect",
   "signal": "negative-language",
   "level": "warning",
   "message": "Sending the customer elsewhere (\"{actual}\") hands the work back to them. Take it on here, or say what you will pass on.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Please contact us via our in-app support channel.",
     "For any help, reach out to us through the web form.",
     "I'll transfer you to our billing team.",
     "You can call on 0800 123 4567 for further help.",
     "Please raise your request via https://help.example.com with a screenshot.",
     "Email us at help@example.com and the team will check it.",
     "It's best to post this question on the community forum.",
     "Please reach out to us via our social media platforms so we can help.",
     "Do PM us through our Facebook page and we'll look into it.",
     "Our team can assist you via our live chat if you need anything further."
    ],
    "pass": [
     "Please DM us your order number.",
     "Please reach out to us here on Twitter with your order number.",
     "Please share the ticket ID you received.",
     "I'll contact our support team for you today.",
     "We have received your request through the web form."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "<send-to> [out] [to] [us|our team|the team|them|our] [out] [directly|anytime|any time|again] (via|through|using|on|at|over|in|from|by) [the|our|your|a|an|their] [...] <channel>",
    "(transfer|transferring|pass|passing|hand|handing|put|putting) you [over|through|across] to (our|the|a|an|another|one of our) ... (team|department|dept|helpdesk|help desk|desk|specialist|specialists|colleague|colleagues|agent|agents|unit|representative|rep)",
    "(move|moving|transfer|transferring) (this|your|the) (case|ticket|chat|conversation|request|query) [over] to (our|the|a|an|another) ... (team|department|dept|helpdesk|help desk|desk) ... (so|where) (you (can|will|'ll|could)|they ... ... with you)",
    "(assist|help|support|serve) you [further|directly|better|more] (via|through|using|over) [the|our|your|a|an] [...] <channel>",
    "<send-to> (our|the|their) [official|corporate|company] <channel>",
    "(raise|share|submit|send|post|lodge|file|register|report|provide|log|leave|write|give) [with us] (your|the|a|an|this|that|it|these|those|us|all|more|any) ... ... (via|through|using|on|at|over|over at|in) [the|our|your|a|an] [in app|online|web|official|dedicated|mobile] <channel>",
    "(by|after) (raising|submitting|lodging|filing|registering|logging|sending|sharing|contacting|reaching out to|calling|writing to|emailing) [us|a|an|the|your] ... (via|through|using|on|at|over|in) [the|our|your|a|an] [in app|online|web|official|dedicated|mobile] <channel>",
    "(pm|dm|message|inbox) (us|our team|the team) [directly|privately|anytime|any time] (via|through|over|on|at|in) [the|our|their] [official|corporate] <channel>",
    "(drop|send|leave) (us|our team|the team) a (pm|dm|private message|direct message|message|line|note) (via|through|over|on|at|in) [the|our|their] [official|corporate] <channel>",
    "(drop|send|leave|post|write|start|open) [us|me|our team|the team] (a|an) (line|note|message|post|comment|thread|topic) (on|in|at|over on|over at) (the|our|their) [official|support|community|help|steam] <nl-venue>",
    "(leave|post|share|raise|report|write) (this|that|it|your|these|those|them|any) ... ... ... (on|in|at|over on|over at) (the|our|their) [official|support|community|help|steam] <nl-venue>",
    "((get|find|seek|ask for|request) [more|further|some|any|extra] (help|assistance|support)|(they|someone|the mods|people|others|we) (can|could|will|'ll) [<adv>] [probably|likely] (help|assist)) ... ... ... (on|in|at|via|through) (the|our) [support|community|help|official|user|users] (forum|forums)",
    "<send-to> [out] [to] (us|me|our team|the team|the devs|the developers|a mod|the mods) [directly|anytime|any time|again] (on|via|through|in|at|over) [the|our|my|their] [official|community|support] <nl-venue>",
    "(create|open|raise|submit|file|log|make) (a|an) [support|new|separate] (ticket|case|request|support request) (on|in|at|via|through) [the|our|my|their] [official|community|support] <nl-venue>",
    "(<advise>|or) [also|just|simply] (ask|post|participate|discuss) ... ... (in|on|at) [the|our|their|a|an] ... <nl-venue>",
    "(it (might|would|could|may|will) [really|also|definitely] help if you|it would be (great|good|helpful|best|useful|ideal) if you|it'd be (great|good|helpful|best|useful|ideal) if you) [could|can|would] [please|just|also] (file|filed|open|opened|submit|submitted|raise|raised|log|logged|create|created|report|reported) (a|an) [new|separate|proper|formal] (bug|issue|ticket|bug report|feature request|report)",
    "(a|an|the) [new|separate] (bug|issue|ticket|bug report|feature request) (should|needs to|need to|has to|must|would need to|will need to|could) [probably|perhaps|maybe|ideally|really|also|still] be (filed|opened|raised|reported|logged|submitted|created) [for this|for it|about this|about it|for that] (at|on|in|against|with) ({url}|[the|their|its|this|that] ... ... (<nl-venue>|<elsewhere>|repo|repository|project|bugzilla|github|gitlab|jira|launchpad))",
    "(can|could|should|may|must) [<adv>] be (attached|added|posted|uploaded) to (a|an|the) [new|separate] (bug|bug report|issue|ticket) (at|on|in)",
    "(attach|upload|add|include|post|put) ... ... ... (to|in|on|via|with) (a|a new|a separate) [support] (ticket|request|case)",
    "(attach|upload|add|post|put) ... ... ... (to|in|on) the (bug report|bug|bugzilla entry|bugzilla|tracker entry|github issue|issue tracker)",
    "<send-to:base> (the|your) ... (people|folks|guys) [at|over at|from|who|that]",
    "<send-to:base> the (people|folks|guys) (at|over at|from|who run|who make|behind)",
    "<send-to> [out] [to] (us|our team|the team) [directly|anytime|any time] (via|through|using|on|in|from) (the|our|your)? (in app|app|application|mobile app|website|site|web)",
    "(via|through|using) (our|the) in app",
    "(<send-to>|text|dial|whatsapp|mail|e-mail) [us|them|our team|the team] (on|at|via|to) [our|the|their] [toll free|toll-free|customer care|helpline|support] [number|line] ({phone}|https|http|www)",
    "(<send-to>|text|dial|whatsapp|mail|e-mail) (us|them|our team|the team) (on|at|via|to) [our|the|their] [toll free|toll-free|customer care|helpline|support] [number|line] [+] #",
    "(<send-to>|text|mail|e-mail) [us|them|our team|the team] [on|at|via|to] (support|help|care|service|customer|customercare|contact|info|hello|feedback|team|grievance|grievances|complaints|nodal|billing|sales|enquiries|queries) @",
    "(to|at) (support|help|care|service|customer|customercare|contact|info|hello|feedback|team|grievance|grievances|complaints|nodal|billing|sales|enquiries|queries) @",
    "(raise|submit|lodge|file|register|send|share) (your|the|a|an|this|that|it|a call back|a callback) ... (via|at|on|through) (https|http|www)",
    "(open|opening|raise|raising|file|filing|lodge|lodging|register|registering|log|logging|submit|submitting|send|sending) (a|an) [new|separate|formal|support] (case|ticket|complaint|dispute|claim|service request|support request|grievance|chargeback) (with|at|to|through|via|on)",
    "by (opening|creating|posting|starting|filing|raising) (a|an) [new|separate] (issue|thread|topic|question|post|ticket) (in|on|at) (the|our) ... (<channel>|<elsewhere>)",
    "<advise> [also|just|simply|directly] <send-to> (this|it|that|them|your|the) [question|query|issue|concern|one|request|thread|post|topic] (to|on|in|at|with|over at|over on|over to|via|through) ... <elsewhere>",
    "<send-to> [us|our team|the team|our support team|them] [directly|anytime|any time|again] [at|on|via|to|through|using] ... @ ... . <web-ending>",
    "(send|provide|forward|share|submit|email|mail) ... [...] (to|at|via) ... @ ... . <web-ending>",
    "(send|drop|shoot|write) [us|our team|the team] (an|a) (email|mail|line|note|message) (to|at) ... @ ... . <web-ending>",
    "(our|the) [support|contact|team|customer care|help] (email|email address|mailbox|address|inbox) (is|:) ... @ ... . <web-ending>",
    "(<send-to>|mail|e-mail|write|drop|shoot|share|send|forward|connect|connect with|reach|provide|submit) ... ... ... (at|on|via|to|through) [:] {email}",
    "(please|kindly|do|simply|just|you can|you may|request you to|we request you to|feel free to) ... ... ... ... ... ... (at|on|via|to|through) [:] {email}",
    "with us (on|at|via) [:] {email}",
    "(please|kindly|do|simply|just|you can|you may|request you to|we request you to|feel free to) ... ... ... ... ... ... (at|on|via|to|through|call|dial|ring) [:] {phone}",
    "(contact|reach|write to|reach out to|get in touch with) [out] [us|our team|the team|them] [directly|anytime|any time] (at|on|via|through|using|here) [:] {url}",
    "<send-to> [out] [to] (us|our team|the team|them) [directly|anytime|any time] (at|on|via|through|using) the (contact|phone|email|support|customer care) (details|number|numbers|address|addresses|form|page|information|info) (given|listed|provided|shown|mentioned|available|found) (on|in|at)",
    "(fill|fill in|fill out|fill up|complete|submit) [in|out|up] (your|the|these|those|a few|some|all) [contact|account|personal|booking|order|trip] (details|information|info) ... (here|at|via|on|using|through|in) [:] {url}",
    "(the|your) (best|right|correct|proper|appropriate) (place|forum|venue|channel|people|team) (to|for) (ask|asking|post|posting|raise|raising|report|reporting|discuss|discussing|get help|get support|seek help|find help) ... ... ... (is|are|would be|will be|may be|might be)",
    "(raise|file|lodge|report|submit|post|create|start) (it|this|that|them|your|a|an) [new|separate|support|formal] [message|question|thread|topic|request|ticket|case|complaint|issue|concern|query|report] (here|at|on|via|through|using|to|in) [:] {url}",
    "for ... ... (help|assistance|support|concerns|queries|questions|inquiries|enquiries|issues|guidelines|guidance) [,] [please|kindly|you can|you may] [also] (visit|go to|head to|head over to|contact|reach out to|check) {url}",
    "(call|phone|ring|dial|text|whatsapp|contact|reach) [us|them|our team|the team] [directly|anytime|any time|again] [on|at|via|using] {phone}",
    "(call|phone|ring|dial) (our|the|your) [# / #|24 hour|24-hour|toll free|toll-free|local] ... ... (hotline|helpline|phone line|support line|care line|customer care number|customer service number|support number|call centre|call center|contact centre|contact center)",
    "give (us|them|our team|the team) a (call|ring|buzz) [on|at] [{phone}]"
   ],
   "except": [
    "(thank you|thanks|thank u|thx) [you|so much|you so much] (for|in) (contacting|reaching out to|reaching out|writing to|writing in to|getting in touch with|posting|asking|visiting|stopping by|stopping in|dropping by|dropping in|popping in|popping by|coming in|coming by|coming to|shopping at|shopping with|dining at|dining with|choosing) [question|your question|this|it] [in|on|at|to|with] [the|our|this] ... (<elsewhere>|<nl-venue>|<channel>|us|forum|forums|community|q&a|page|site)",
    "(thank you|thanks) for ... ... (via|through|at|on|using) {url}",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|reported|raised|filed|submitted|posted|spoken|talked|written|reached) ... ... (via|through|using|on|at|in|by) [the|our|your|a|an] [in app|online|web|mobile]",
    "(if you had|if you'd|had you|if only you had|if only you'd) [<adv>|not] (<send-to:past>|<action:past>|gone|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(one|the|your|each|every|another|daily|weekly|monthly|reminder|confirmation|first|next|last|single) (email|mail|call|text|message|sms|notification) (on|at|via|by)",
    "(receive|receives|received|get|gets|got|expect|'ll get|will get|be sent|sent you|send you|give you|drop you|shoot you|giving you) (a|an) [quick|short|confirmation|follow-up|follow up|reminder] (email|mail|call|text|message|sms|notification) (on|at|via|by)",
    "(a|an|one|the|your|each|every|another|daily|weekly|monthly|reminder|confirmation|first|next|last|single) (email|mail|call|text|message|sms|notification) to (you|your|me|my|him|her|his|them|their)",
    "(set|change|changed|update|updated|switch|verify|is set) ... ... (to|as|is|at|with|in|into) [:] {email}",
    "(receive|received|access|cc|bcc|cc'd|went|goes|delivered) [...] [...] (at|to|on) [:] {email}",
    "(<send-to>|e-mail|mail|text|message) (you|me)",
    "(me|you) (a|an) (email|mail|line|note|message)",
    "to (me|you) (at|on|via)",
    "at # [:] [#] (am|pm|utc|gmt|est|pst|cet|bst)",
    "(contact|message|reach|write to|speak to|talk to|chat with) [out] [to] us (via|by|in|through|on|over|here|with|directly|privately) (DM|DMs|direct message|private message|PM|here|this thread|this channel|twitter|messenger)",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can|our team will|the team will) [just|already|also|now|then|happily|gladly|personally] <send-to> | (I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|let me|let us) [<adv>] (leave|post|share|raise|report|write|drop|start|open|posted|shared|raised|reported|wrote|started|opened)",
    "(I|we) [<adv>] ['ve|have|had|'ll|will|'d|would|am|'m|are|'re] [<adv>] (<nl-pass-on>|<send-to>) ... ... (to|at) (support|help|care|service|customer|customercare|contact|info|hello|feedback|team|grievance|grievances|complaints|nodal|billing|sales|enquiries|queries) @",
    "(ticket|request|case|bug|bug report|bugzilla entry|bugzilla|tracker entry|github issue|issue tracker) [,] [and|then] (so (I|we) [<adv>] (can|could|will|'ll|may)|I'll|we'll|(I|we) [<adv>] (will|'ll))",
    "(ticket|reference|request|complaint|case) (id|ID|number|no)",
    "(via|through|using|over|on|in) (this|the same) [current|open|existing|same] (ticket|support ticket|case|thread|conversation|chat|email thread)",
    "(go to|head to|head over to|navigate to|log in to|log into|sign in to|visit) (the|our|your) [...] <channel> [,] (and|then) [then] (open|click|tap|select|choose|find|view|check|go to|scroll to|expand|download)",
    "(received|got|saw|seen|read) (your|the|this|that) ... (via|through|on|at|in)"
   ],
   "support_places": true
  },
  {
   "id": "negative-limit",
   "signal": "negative-language",
   "level": "warning",
   "message": "Say what the customer can do rather than what they can't (\"{actual}\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "For now, the only way to change those plans is to edit the database yourself.",
     "There was no runtime way to disable the check.",
     "I've not yet implemented the export for that.",
     "The offline mode was removed from the client in version 4.",
     "It's a limitation of how the driver talks to the card.",
     "Custom events are quite hard to implement in this control.",
     "Filters will only work on one column.",
     "You need a static address, otherwise mail flow won't work.",
     "I don't think we'll find the time to port it.",
     "I suggest the developers' mailing list for that one.",
     "That question is better asked on the Debian mailing list.",
     "You'd do better asking on the Arch forums.",
     "Search the forum for 'sync error' to see other reports.",
     "If you have further concerns, please visit https://help.example.com/contact.",
     "Please fill this form so the technical team can take a look.",
     "Would you mind sending the crash log and your steps to help@example.com?"
    ],
    "pass": [
     "There's no need to change the way you log in.",
     "I've removed the duplicate charge from your account.",
     "I've sent the new label to user@example.com.",
     "It's hard to say without the logs.",
     "I searched the forum and found the fix: untick Sync on start.",
     "There's no problem with your order at the moment.",
     "I'll post an update on the forum thread tomorrow."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(the|your|our) only (way|option|solution|choice|workaround|alternative|route|method|thing you can do) (to|for|of|around|is|would be|right now|at the moment|for now) ... ... (is|would be|will be|'s|remains) [currently|still|then|probably] (to|by|through|via|using|with)",
    "(there's|there is|there are|there was|there were|there'll be|there will be|there would be) [currently|still|really|simply|just|unfortunately|sadly|presently] no ... (way|option|method|means|mechanism|api|setting|feature|interface) (to|of|for|around)",
    "there ((isn't|is not|'s not|wasn't|was not) anything|(is|'s|was) nothing) (in|on|we|I|the|that|this|our) ... ... to (change|do|fix|adjust|configure|disable|enable|tweak|control|set|turn|switch|hide|stop)",
    "(I|we) (don't|do not) (think|believe) [that] ... ... (has|have|supports|support|offers|offer|includes|include|exposes|expose|provides|provide|implements|implement) ... (yet|at the moment|currently|right now|at present)",
    "there (isn't|is not|aren't|are not|wasn't|was not|'s no|is no|are no|was no|were no) [a|an|any] [official|definitive|dedicated|separate|native|built-in|proper|stable|working|public|complete|current|standard|such|reliable|special|specific|supported|windows|linux|mac|macos|android|ios|arm|64-bit|32-bit|x86] [<adv>] (list|tool|api|command|package|packages|version|build|builds) [for|of|to|that|which|available|yet|.|,|!]",
    "there (isn't|is not|aren't|are not|wasn't|was not|'s no|is no|are no|was no|were no) [a|an|any] [official|definitive|dedicated|separate|native|built-in|proper|stable|working|public|complete|current|standard|such|reliable|special|specific|supported|windows|linux|mac|macos|android|ios|arm|64-bit|32-bit|x86] [<adv>] (driver|drivers|plugin|module|release|document|documentation|guide|manual) [for|of|to|that|which|available|yet|.|,|!]",
    "there (isn't|is not|aren't|are not|wasn't|was not|'s no|is no|are no|was no|were no) [a|an|any] [official|definitive|dedicated|separate|native|built-in|proper|stable|working|public|complete|current|standard|such|reliable|special|specific|supported|windows|linux|mac|macos|android|ios|arm|64-bit|32-bit|x86] [<adv>] (flag|field|method|port|binary|binaries|installer|equivalent|alternative|replacement|support) [for|of|to|that|which|available|yet|.|,|!]",
    "you (can|could|may) only [be able to] (<nl-denied-act:base>|<howto:base>|use|do|have|see|access|change|add|pick|book|order|buy|return|cancel|transfer|send|pay|install|run|upgrade|downgrade)",
    "(we|I) [<adv>] (don't|do not|dont) [<adv>] have (a|an|any) ... ... available (for|to|in|on|at|with|through|via|right now|at the moment|at this time|currently|yet|.|,|;|!)",
    "(outside|beyond|past|after) (the|our|your|this|that) [<adv>] [# day|#-day] (return|returns|refund|refunds|warranty|cancellation|cancellations|exchange|exchanges|guarantee|cooling-off|cooling off|claim|claims|grace) (window|period|policy|timeframe|time frame|limit|deadline)",
    "(we|I|agents|staff|team|teams|advisors|advisers|representatives|reps|specialists|colleagues|engineers|support) (don't|do not|doesn't|does not|won't|will not) have (access|visibility|the ability|the tools|the permissions|permission|the authority|authority|the rights|rights) (to|into|over|on|for)",
    "(isn't|is not|aren't|are not|not) (in|part of|included in|shipped with|packaged for|available in|available from) (the|our) [official|main|default|standard|stock|public] (repos|repositories|repo|repository|archive|archives|store|catalogue|catalog|distribution|distro)",
    "(unfortunately|sadly|regrettably) [,] ... ... (has|have|had|is|are|was|were|'s) [now|already|since|long] (expired|ended|closed|lapsed|sold out|over|full|fully booked|booked up|finished|been discontinued|been withdrawn|passed|elapsed|run out|gone)",
    "(I|we|I've|we've|I have|we have) (haven't|have not|not|'ve not|never) [yet|actually|really|currently|ever] (implemented|developed|built|added|written|ported|exposed|got around to|gotten around to|had time to|had the time to|had a chance to|found time to|found the time to|wired up|coded)",
    "(isn't|is not|aren't|are not|hasn't been|has not been|haven't been|have not been|not|never been|wasn't|weren't) [yet|currently|really|fully|ever|actually] (implemented|exposed|ported|wired up)",
    "(was|were|has been|have been|had been|got|is being|are being|will be|'s been|'ve been) [now|since|recently|already|completely|entirely|quietly|long|officially] (removed|dropped|deprecated|discontinued|retired|withdrawn|phased out|taken out|pulled) (from|in|with|since|as of|after|starting|when|for|because|due to|a while|years|some|long|\\.)",
    "(is|'s|are|'re|was|were|remains|that's|this is|it's) (a|an|one of the) ... (limitation|limitations|restriction|restrictions|shortcoming)",
    "(hampered|limited|restricted|constrained|bound|held back) by (the|a|its|their|our|some) ... (limitation|limitations|restriction|restrictions|design)",
    "limitation (due to|because|caused by|imposed by|in how|of how)",
    "(is|'s|are|'re|would be|'d be|will be|was) [pretty|very|quite|rather|really|extremely|too|fairly|notoriously|technically|currently] (difficult|hard|tricky|complicated|complex) to (expose|implement|support|add|achieve|mark|provide|offer|build|extend|integrate|port|automate|customise|customize|enforce|enable|do (that|this|it|so))",
    "(will|would|'ll|does|do|can|currently|unfortunately|sadly|still) only (work|function|run|apply|support|accept|sync|show|display|allow|handle|recognise|recognize|read|export|import)",
    "(works|work|runs|run|applies|apply|functions|function) only (with|on|in|for|when|if|horizontally|vertically|from|under|over|through|via|at)",
    "otherwise [,] [it|this|that|the|your|you|they] ... ... ... (won't|wont|will not|can't|cannot|wouldn't|would not|isn't going to|is not going to|will fail|fails|will never|would never|never|can never) [be able to|be] (work|function|connect|run|start|sync|flow|go through|be delivered|be accepted)",
    "(I|we) (don't|do not) (think|expect|believe|see) (I|we) ('ll|will|would|'d|can|could|am going to|are going to|'m going to|'re going to) (have|get|find) [the|any|enough|much] (time|bandwidth|resources|capacity|cycles|chance)",
    "(I|we) (won't|will not|probably won't|likely won't|wouldn't|would not|may not|might not) (have|get|find) [the|any|enough|much] (time|bandwidth|resources|capacity|cycles|chance) (to|for)",
    "(<doubt>) [if|whether|that] (we|I) (can|could|are able to|'re able to|am able to|'m able to|will be able to|'ll be able to) (help|assist|do|offer|support|change|fix|provide)",
    "would not have anything to do with",
    "(has|have|had|would have|'d have|'s got) nothing to do with (us|me|our|this project|this list|this forum|this library|this package|the project|the library|the package)",
    "<advise> (the|a|an|their|that|your|its|one of the) ... <nl-venue>",
    "better (suited|asked|posted|directed|addressed|placed|raised|handled) (for|to|on|in|at|by|over at|over on) [the|a|an|their|that|your|its] ... (<nl-venue>|<elsewhere>)",
    "(would|'d|will|'ll|might|may|could) (do|get|fare|have) better [luck|answers|results|help|response|responses] (posting|asking|writing to|contacting|emailing|raising|reporting)",
    "(ask|asking|post|posting|raise|raising|report|reporting|try|trying|bring|bringing) [it|this|that|your question|the question|them|these|this one|that one] (in|on|at|to|with|over at|over on|over to) (the|a|an|their|that|your|its|one of the) ... <nl-venue>",
    "(report|reporting|raise|raising) [it|this|that|them|back] to (the|their|your|its|that) ... (communities|community|project|projects|developers|maintainers|upstream|authors)",
    "(search|searching|google|googling) (the|this|that|our|their|its|on the|in the) ... (<nl-venue>|internet|web|net|archive|archives|knowledge base|kb|help center|help centre|site|issues)",
    "(concerns|concern|questions|question|queries|query|issues|problems|feedback|complaints|assistance|help|support|clarifications|enquiries|inquiries) [,] [please|kindly|you can|you may|feel free to|do] [also] (visit|go to|head to|head over to|check|contact|reach out to|email|call|write to|message) [us|them] [at|on|via|through] ({url}|{email}|{phone})",
    "(take|bring|move) (that|this|it|the discussion|the conversation|this discussion|this conversation|the rest|this one|that one|them) (to|over to|into|in|on|over on) (\\#|the|a|an|their|your|its|that|one of the) ... (<nl-venue>|<elsewhere>)",
    "(take|bring|move|continue|carry) (that|this|it|the discussion|the conversation|this discussion|this conversation|the rest|this one|that one|them) (to|over to|into|in|on|over on) \\#",
    "(belong|belongs|belonged) (on|in|to|with|over at|over on) (the|a|an|their|your|its|that) ... (<nl-venue>|<elsewhere>)",
    "(should|needs to|need to|has to|have to|would have to|ought to|must|is meant to|are meant to) (go|be posted|be asked|be raised|be discussed) (in|on|into|over at|over on) (\\#|the|a|an|their|your|its|that|another|a different) ... (<nl-venue>|<elsewhere>|<channel>|stream|channel|list|room|board|category|section|subforum)",
    "(isn't|is not|'s not|aren't|are not|not) [really|exactly|quite|the] (appropriate|suitable|meant|intended|the place|the right place|the venue|the forum|the list|the channel) for ... (question|questions|queries|query|support|help requests|requests|posts|advertising|advertisements|discussion)",
    "(report|raise|file|post|ask|take) (it|this|that|them|this one|that one|your question|the question) (there|over there|elsewhere|upstream)",
    "better (luck|answers|results|help) [asking|posting] (in|on|at|over at|over on|via|through) (\\#|stack overflow|stackoverflow|superuser|server fault|[the|a|an|their|its|one of the] ... (<nl-venue>|channel|channels|room|rooms|list|lists|stream))",
    "(this|that|it|here) (is|'s) (a|the|an) [...] [...] (channel|room|list|mailing list|tracker|bug tracker|issue tracker|stream) (for|only for|meant for|intended for|reserved for) [...] [...] (developers|development|devs|contributors|maintainers|bug reports|bugs|discussion|discussions|developer discussion|the development)",
    "(this|the|our) (channel|room|list|mailing list|tracker|bug tracker|issue tracker|stream|repo|repository) (is|are) [really|strictly|only|just|mainly|primarily] (not|only|just|strictly|solely|meant|intended|reserved) (for|meant for|intended for|a place for|the place for|to be used for|used for)",
    "(there is|there's|there are|there's also|there is also|there are also) (a|an|the|their|its) [separate|dedicated|different|specific|own] [...] [...] [\\#] [...] (channel|room|list|mailing list|forum|tracker|stream|subreddit|server) (for|that handles|that covers|which handles|which covers) (questions|issues|problems|support|help|topics|discussions|queries|requests) [like|about|of|on|regarding] [that|this|these|those|such]",
    "for [...] (questions|question|queries|query|issues|problems|requests|topics|discussions|support requests|help requests) (like (this|that|these|those|yours)|of this (kind|sort|type)|of that (kind|sort|type)|such as (this|that|yours)) [,] (the|a|an|our|their|its|your) ... ... <nl-venue> (is|'s|are|would be|will be) [much|far|probably|usually] (better|best|more|right|proper|suitable|where|the (place|right|better|best|proper|correct|preferred)|a (better|more))",
    "keep [your|all|any|such|these|those|the] [...] (questions|queries|discussion|discussions|support requests|help requests|posts) ... ... ... (to|on|in|for) (the|a|an|our|their|its) ... ... <nl-venue>",
    "wrong (mailing list|forum|tracker|bug tracker|issue tracker|subreddit|irc channel|newsgroup) (.|,|;|!|:)",
    "<advise> [also|just|simply|instead] (submit|file|report|post|open|raise|send|log|direct|take) ... ... (to|in|on|at|with|over at|over on|against) (the|a|an|their|its|that) ... ... <nl-venue>",
    "(talk to|talk with|ask|contact|ping|check with|reach out to|speak to|speak with|bug|poke) [the] ... (folks|devs|maintainers|developers|people|guys) (about|for|on|regarding|instead|directly|first|over at|at|of|who|.|,|;|!)",
    "(try|check|check out|visit|use) (the|a|an|their|your|that|one of the) ... <nl-venue>",
    "(try|join|visit|use|check|check out|hop on|hop into|hop over to|head to|head over to|come to|go to) [the|over in|in] \\# ... (channel|room|chat|instead)",
    "(join|hop on|hop into|hop over to|head over to|come to) [the] \\#",
    "(try|tried|trying|tries) (asking|posting|joining|asking around|hopping into|hopping on) [it|this|that|there|your question] [in|on|at|over at|over in] [the] \\#",
    "(a|the) (better|more appropriate|more suitable|more relevant|likelier) (place|channel|venue|room|forum|list|spot|stream) (to ask|to post|to raise|to discuss|to report|to get help|to find help|for (questions|queries|support|help|discussion|discussions))",
    "(a|the) (better|more appropriate|more suitable|more relevant|likelier) (place|channel|venue|room|forum|list|spot|stream) for (this|that|such|your|these|those|the|a|an|this kind of|that kind of|this sort of|that sort of) [<adv>] (question|questions|query|queries|topic|discussion|request|requests|support request|help request)",
    "(a|the) (better|more appropriate|more suitable|more relevant|likelier) (place|channel|venue|room|forum|list|spot|stream) for (this|that|these|those|it|them) (.|!|,|;|:)",
    "better off (with|taking|bringing|putting|posting|asking) (your|the|this|that|these|those) (question|questions|query|queries|problem|issue) (in|on|at|to|over at|over in|elsewhere)",
    "(this|here|this channel|this room|this list) (isn't|is not|'s not|ain't) [really|exactly|quite|actually] the (place|venue|channel|room|forum|list|spot) [for|to]",
    "<advise> [also|just|simply] (contact|call|phone|ring|email|reach out to|get in touch with|speak to|speak with|talk to|talk with|chat with|check with|ask|write to) ... directly",
    "(find|get|receive) (more|further|additional|extra|any|better)? (help|support|assistance|answers) (at|on|via|through|from|in) ({url}|{email}|{phone}|(the|our|their|a) ... (<channel>|<elsewhere>|<nl-venue>))",
    "(find|get) [more|further|additional|extra|any|better|common|quick] (help|support|assistance|answers) [...] [at|on|via|through|from|in|here] [:] {url}",
    "your [local|own|company's|network|system|it] <elsewhere> (will|'ll|would|'d|may|might) (need|have) to",
    "(doesn't|does not|don't|do not|won't|will not) work (that way|like that|this way|like this|the way you)",
    "(not|isn't|is not) how (it|this|that|the app|the system|the product|the feature|the service|the tool) (works|work|is meant to|was meant to|is designed|was designed)",
    "(doesn't|does not|don't|do not|won't|will not) (expose|surface) (that|this|those|these|the|a|an|any|it|them)",
    "(warranty|guarantee|offer|promotion|promo|coupon|voucher|trial|trial period|return window|deadline|deal|cut-off|cutoff) (has|have|had|is|are|'s|was) [now|already|since|long] (expired|lapsed|ended|run out|elapsed|passed|closed|over)",
    "(fill|fill in|fill out|fill up|complete|submit) (this|the|our|a|an) [short|quick|online|support|contact|web|feedback|request|following|google|separate] (form|web form|request form|contact form|support form)",
    "(send|sending|forward|forwarding|email|emailing|mail|mailing|write|writing|report|reporting|submit|submitting) ... ... to {email}"
   ],
   "except": [
    "(for|only for|not for|meant for|intended for|reserved for) ... ... [only] (,|;|.) (so|and|but) [<adv>] <we> [<adv>] ['ve|have|'ll|will|went ahead and|'ve gone ahead and|have gone ahead and] [<adv>] (opened|filed|created|raised|logged|moved|transferred|converted|reported|forwarded|open|file|create|raise|log|move|transfer|convert|report|forward)",
    "(<we> [<adv>] [<will>|'ve|have|'d|would|'m|am|'re|are] | let (me|us)) [just|also|now|then|already|quickly|gonna|going to] (talk to|talk with|ask|asked|asking|contact|contacted|contacting|ping|pinged|pinging|check with|checked with|checking with|reach out to|reached out to|reaching out to|speak to|spoke to|speak with|spoke with|bug|poke|poked)",
    "(it|this|that|which) [<adv>] only [<adv>] ... ... [,] (so|which means|meaning|that way|so that|which keeps|which makes|to keep|to make sure|to ensure|ensuring|keeping) [that] ... ... ... <nl-benefit>",
    "(thank you|thanks|thank u|thx) [you|so much|you so much] (for|in) (contacting|reaching out to|reaching out|writing to|writing in to|getting in touch with|posting|asking|visiting|stopping by|stopping in|dropping by|dropping in|popping in|popping by|coming in|coming by|coming to|shopping at|shopping with|dining at|dining with|choosing) [question|your question|this|it] [in|on|at|to|with] [the|our|this] ... (<elsewhere>|<nl-venue>|<channel>|us|forum|forums|community|q&a|page|site)",
    "(fill|fill in|fill out|fill up|complete|submit) [in|out|up] (this|the|our|a|an) ... form ... ... (to|and|so we can|so that we can|then we can|and we will|and we'll|before we) (continue|proceed|go on|carry on) (with|the|your|this)",
    "(accept|accepting|mark|marking) [their|your|his|her|an|the|own|as] [own|an|the] (answer|answers)",
    "only [<adv>] (work|works|function|functions|run|runs|apply|applies|show|shows|show up|display|displays|sync|syncs|appear|appears|trigger|triggers|take effect|takes effect|kick in|kicks in|activate|activates|update|updates|start|starts|happen|happens) [<adv>] (if|when|once|after|as long as|provided|while|whilst|upon|as soon as)",
    "not possible to (miss|go wrong)|(not possible|not be possible|isn't possible|impossible|no way|no means) for (anyone|anybody|someone|somebody|others|other people|other users|strangers|third parties|hackers|outsiders|the (update|upgrade|app|installer|system|change|process|tool)) [else] to [<adv>] (see|access|read|view|delete|erase|lose|damage|corrupt|overwrite|wipe|steal|leak|intercept)",
    "(no way|not possible|isn't possible|impossible|no means) for (us|me|our staff|staff|our team|our agents|agents|our employees|employees) [<adv>] to [<adv>] (see|access|read|view|know) (your|the|a|any) [full|complete|actual|saved|stored] (card|cards|card number|card details|password|passwords|pin|passcode|cvv|cvc|security code|private key|keys|messages|chats|payment details|bank details)",
    "(I|we|I've|we've|I have|we have|I'll|we'll|I will|we will|I'm|we're|I just|we just|let me|let us|I can|we can) [just|already|also|now|then|gone ahead and|went ahead and] (sent|send|sending|forwarded|forward|emailed|email|mailed|reported|report|posted|post|searched|search|raised|raise|asked|ask|filled|fill|submitted|submit|completed)",
    "(linked|registered|tied|associated|connected|attached|addressed|going|gone|goes|went|delivered|sent out|sent) [...] to {email}",
    "(set|change|changed|update|updated|switch|verify) ... ... (to|as|is|at|with|in|into) [:] {email}",
    "only (way|option|solution|fix|thing) (to|that will|that'll|that would) (fix|solve|resolve|repair|recover|get rid of|sort|cure|clear|work around)",
    "(will|'ll|has|have|'ve|had|been|is|are|'s|'re) [already|now|just|also] (report|raise|reported|raised|reporting|raising)",
    "(think|believe) [that] ... ... (has|have) (been|had|got|gotten|received|arrived|shipped|finished|started|heard|seen)",
    "no (new|separate|special|specific|extra|additional|dedicated|different) (list|tool|api|command|package|packages|version|build|builds|driver|drivers|plugin|module|release|binary|binaries|installer)",
    "no (problem|problems|issue|issues|error|errors|need|reason|doubt|fault|faults|bug|bugs|risk|harm|change|changes) ... (list|tool|api|command|package|packages|version|build|builds|driver|drivers|plugin|module|release|document|documentation|guide|manual|flag|field|method|port|binary|binaries|installer|equivalent|alternative|replacement|support)",
    "<send-to> [out] [to] (us|me|our team|the team|myself) directly",
    "only [be able to] (<nl-denied-act:base>|<howto:base>|use|do|have|get|see|access|change|add|pick|book|order|buy|return|cancel|transfer|send|pay|install|run|upgrade|downgrade) (if|when|once|after|as long as|provided|while|whilst|with)",
    "no (problem|problems|issue|issues|need|reason|doubt) ... (way|option|method|means|mechanism|api|setting|feature|interface)",
    "pulled (into|in (by|automatically|anyway|as well|too|transitively|as a dependency|when|via|through|from|with|for you|for free|.|,|;|!))",
    "(removed|dropped|withdrawn|taken out|pulled) (from|off) (your|the|this|that) [...] (account|bill|order|statement|card|invoice|basket|cart|profile|record|records|blacklist|blocklist|block list|queue|list|booking)",
    "(hard|difficult|tricky) to (say|tell|know|judge|guess|see|read)",
    "(your|my) (limitation|limitations|restriction|restrictions)",
    "(nothing|anything) [else|more|further|extra] [that|which] [on|at|from] [your|our] [end|side|part] (you|we|you'll|we'll) [<adv>] (need|needs|have|has|must|should|'ll need|will need|would need|'d need) [you] to | (nothing|anything) [else|more|further|extra] (on|at|from) your (side|end|part)",
    "(go to|tap|click|open|select|press|choose|navigate to|head to) ... [> ...] [> ...] [> ...] (and|then) [then] [the|your|all|any|all your|all the|its|their] ... will be (removed|deleted|cleared|erased|wiped)"
   ],
   "unless_after": [
    "(we|I) (will|'ll|am going to|'m going to|plan to|intend to) [<adv>] (bring it back|bring back)",
    "(we|I) (will|'ll|am going to|'m going to|plan to|intend to) [<adv>] (add|implement|enable) (it|that|this|support) [back] (in|soon|later|after|when|once|to the next|to a future|for the next|.)",
    "(we|I) (will|'ll|am going to|'m going to) [<adv>] send ... ... (patch|patches|fix|fixes)",
    "but [,] (it's|it is) [<adv>] possible to (make|get) ... ... (support|work)",
    "(a|the|an|our) [<adv>] (future|next|later|upcoming|coming|new|subsequent|forthcoming) [major|minor|point|stable] (release|version|update|build|firmware|kernel|driver|sdk) (will|'ll|should|is going to|is expected to|is set to|is planned to)",
    "(will be|'ll be|is going to be|should be|is being|has been|was) [<adv>] (fixed|added|supported|addressed|resolved|implemented|enabled|available) in (a|the|an|our) [<adv>] (future|next|later|upcoming|coming|new|subsequent|forthcoming) [major|minor|point|stable] (release|version|update|build|firmware|kernel|driver|sdk)"
   ],
   "skip_readings": [
    "explanation"
   ]
  },
  {
   "id": "negative-product-limit",
   "signal": "negative-language",
   "level": "warning",
   "message": "Say what the product can do for them instead of the limit (\"{actual}\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "The desktop client does not have that export option.",
     "Sadly that report layout can't be done in the free plan."
    ],
    "pass": [
     "The new plan does not have any setup fee, so you can switch today.",
     "The backup cannot be mounted because the disk is full, so I have freed some space."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(doesn't|does not|don't|do not|won't|will not) (have|include|offer|provide|expose) (that|this|the|a|an|such a|such|any) [<adv>] ... (feature|features|option|options|setting|settings|capability|capabilities|functionality|ability|facility|api|mechanism)",
    "(can't|cannot|can not) be [<adv>] (done|achieved|accomplished)",
    "(not|isn't|is not) something (the|this|that|our|your|it|they) ... ((can|could|will) [<adv>] (do|offer|support|provide|handle|manage|accommodate)|supports|does|offers|allows|provides|is able to)",
    "(doesn't|does not|don't|do not|won't|will not) (allow|let|permit) (you|users|customers|people|admins|members|the user|a user) [to]",
    "(it|this|that|which) only (supports|allows|accepts|handles|lets you|works with|offers)",
    "(not|hasn't|has not|haven't|have not) [yet] (announced|shared|published|confirmed|committed to) (any|a) (plans|plan|timeline|roadmap|date|eta)",
    "(is|are|'s|'re|was|were|will be|would be) [<adv>] (only|exclusively) (for|to|available to|available for|open to|offered to) [the|a|an|our|your|their] [<adv>] ... (customers|members|users|subscribers|accounts|account holders|cardholders|residents|students|businesses|owners|holders|clients|partners|plans|tiers|subscriptions|memberships)",
    "(exclusive|exclusively available|reserved|restricted) (to|for) [the|a|an|our|your|their] ... (customers|members|users|subscribers|accounts|account holders|cardholders|residents|students|businesses|owners|holders|clients|partners|plans|tiers|subscriptions|memberships)",
    "(pro|premium|paid|plus|prime|full|vip) (features|feature|functions|function|version|content|options|tools) (is|are|'s|'re|remain|remains) [<adv>] (locked|restricted|reserved|paywalled)",
    "(necessary|required|mandatory) to (purchase|buy|subscribe|upgrade|pay for)",
    "unavailable (at|in|for) (your|this|that) [current|selected|chosen|delivery] (location|area|region|country|city|pincode|pin code|locality|address)",
    "(available|operational|serviceable|live) only in (select|selected|certain|some|a few|limited|specific) (locations|areas|cities|regions|countries|pincodes|markets)",
    "(warranty|warranties|guarantee|plan|plans|insurance|cover|coverage|subscription|membership|contract|tariff|protection|care plan) [<adv>] (doesn't|does not|don't|do not|won't|will not) [<adv>] (cover|allow|permit)",
    "our (store|stores|shop|shops|branch|branches|company|warehouse|staff) [<adv>] (can't|cannot|can not|couldn't|could not|won't|will not|doesn't|does not|don't|do not) [<adv>] (<refusal-act:base>|price match|price-match|take|do)",
    "only (one|two|three|four|five|a single|#) ... ... (per|each|a) (order|customer|account|person|household|booking|transaction|purchase|basket|visit|day|week|month|year|user|device|member)",
    "(blocked|restricted|disabled|not allowed|not permitted|not possible|prohibited|unavailable|suspended|barred|capped|limited|not eligible|ineligible|not applicable) (as per|per|under|due to|because of|in line with|in accordance with|according to|owing to) ... ... (guidelines|guideline|regulations|regulation|rules|policy|policies|law|laws|norms|mandate|mandates|directives|directive|requirements|compliance)"
   ],
   "except": [
    "(we|I) ('re|are|'m|am) [<adv>] the (one|ones) | possible without (you|your) | (google|microsoft|apple|amazon) (chrome|drive|docs|sheets|slides|maps|photos|pay|play|wallet|calendar|meet|account|workspace|translate|lens|home|assistant|authenticator|edge|teams|word|excel|outlook|office|onedrive|powerpoint|defender|store|music|tv|id|prime|alexa|kindle|echo|fire|settings)",
    "(let|lets|letting) (you|users|customers|people|admins|members|the user|a user|them|us|me) know | (nothing|anything) [else|more|further|extra] [that|which] [on|at|from] [your|our] [end|side|part] (you|we|you'll|we'll) [<adv>] (need|needs|have|has|must|should|'ll need|will need|would need|'d need) [you] to | (nothing|anything) [else|more|further|extra] (on|at|from) your (side|end|part)",
    "(don't|do not|dont|didn't|did not|can't|cannot|can not|couldn't|could not|unable to|not able to|wasn't able to|weren't able to|haven't been able to|have not been able to) [<adv>|seem to|appear to] (have|see|find|locate|spot|hold|show) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(haven't|have not|'ve not|hasn't|has not|hadn't|had not) [<adv>|yet] (got|found|seen|located|received|had) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(have|has|'ve|had|got|show|shows|showed|showing|find|found|see|saw|there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(show|shows|showed|shown|found|indicate|indicates|indicated|turned up|revealed|detected|picked up) [us|me] (nothing|no [unusual|obvious|other|new|real|major|serious|apparent|suspicious] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes|warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences))",
    "(there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes) (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(there's|there is|there are|there was|there were) [<adv>] nothing [unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious] (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(wonder|wondering|wondered|curious|unsure|not sure|check|checking|see|verify|confirm|find out|let me know|let us know|tell me|tell us|ask|asking) (if|whether) ... ... <nl-neg>",
    "(not possible|not be possible|isn't possible|impossible|no way) to (lose|break|damage|corrupt|brick|overpay|be charged twice|get charged twice|be billed twice|get billed twice|be double charged|get double charged|be overcharged|get overcharged)",
    "(isn't|is not|wasn't|was not|aren't|are not|'s not|not) [directly|really|necessarily|actually|at all] (related|connected|linked|tied) (to|with)",
    "(unfortunately|sadly) [,] (the|your|this|that|these|those|it|its|their|his|her|our|my) ... ... (didn't|did not) [<adv>] (arrive|deliver|include|contain|work|go|load|save|sync|show|appear|reach|get|fix|send|update|register|apply|trigger|start|finish|install|download|upload|connect|open|respond|print|come|happen)",
    "(I|we|and|but|yet|though|still) [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to|didn't manage to|did not manage to|never managed to|haven't managed to) get (it|this|that|the|a|an|any|my|your|them) ... (to|into) (appear|show|show up|work|run|crash|happen|fail|trigger|load|start|break|hang|freeze|display|occur|misbehave|lag|stutter|reproduce)",
    "(I|we|I've|we've|I have|we have|I'll|we'll|I will|we will) [just|now|also|already|gone ahead and|went ahead and] <nl-pass-on> ... ... ... [,|and|;] [and] (they|they'd|they'll|they will|they would|they can|they could|who can|who will) [be] [more than|very] (happy|glad|able|best placed|better placed) to",
    "(it|this|that|which) [<adv>] only [<adv>] ... ... [,] (so|which means|meaning|that way|so that|which keeps|which makes|to keep|to make sure|to ensure|ensuring|keeping) [that] ... ... ... <nl-benefit>",
    "(fill|fill in|fill out|fill up|complete|submit) [in|out|up] (this|the|our|a|an) ... form ... ... (to|and|so we can|so that we can|then we can|and we will|and we'll|before we) (continue|proceed|go on|carry on) (with|the|your|this)",
    "(your|his|her|their) (inbox|mailbox|spam folder|junk folder|spam box|junk mail folder) | ((no|not any) [current|immediate] (plan|plans)|(don't|not) (plan|planning)) to (remove|drop|deprecate|discontinue|retire|withdraw|phase out) (support|(the|this|that|our|its) [...] [...] (feature|features|api|apis|mode|option|options|setting|settings|editor|format|formats|endpoint|endpoints|command|commands|integration|plugin|extension|interface|module|driver|support))",
    "(git|code|dev|development|feature|master|main|stable|release|topic|testing|experimental|devel|kernel|repo|repository|upstream) branch | (report|file|raise|open|log) (it|this|that|them|the issue|the bug|the problem|an issue|a bug|a ticket) (back|here|to (us|me|the team|our team|my team)|with (us|me))",
    "(we|I) [<adv>] (don't|do not|won't|will not|never|will never|would never) [<adv>] (sell|rent|trade|share|pass on|give away) (your|any of your|our customers'|our users') [<adv>] [personal|private|contact] (data|information|info|details|email address|email|phone number|number|address|contacts)",
    "(accept|accepting|mark|marking) [their|your|his|her|an|the|own|as] [own|an|the] (answer|answers)",
    "(next time|whenever|when|if) (you|you're|you are) [next|again|back] (visit|visiting|stop by|stopping by|drop by|drop in|pop in|come in|come by|come to|coming|in|at|back|shop|dine|are in|'re in)",
    "(didn't|did not|hasn't|has not|haven't|have not|hadn't|had not) [<adv>|yet|quite|really|fully|actually|seem to|seemed to|appear to] (<outcome:base>|<outcome:past>|make a difference|made a difference|change anything|changed anything|heard back|heard anything)",
    "(unfortunately|sadly|regrettably|I'm afraid|I am afraid) [,] ... (didn't|did not|wasn't|was not|weren't|were not|hadn't|had not) [quite|really|fully|always] (meet|live up|match|reflect|represent|go|turn out|work out|arrive|reach|have|feel|seem|look|come|get delivered|up to)",
    "(isn't|is not|wasn't|was not|'s not|not) [quite|really|at all] (the|a|an|what) [kind of|type of|sort of|level of] (standard|standards|experience|service|quality|level|impression|image|welcome|care|treatment|reflection|representation|picture|first impression) (we|that we|our|I|you|your)",
    "only [<adv>] (work|works|function|functions|run|runs|apply|applies|show|shows|show up|display|displays|sync|syncs|appear|appears|trigger|triggers|take effect|takes effect|kick in|kicks in|activate|activates|update|updates|start|starts|happen|happens) [<adv>] (if|when|once|after|as long as|provided|while|whilst|upon|as soon as)",
    "(has|have|had|was|were|'s|'ve|got) [already|now|just|successfully|been] [been|already|now|successfully] (handled|processed|managed|dealt with|done|decided|set|approved|completed|credited|settled|resolved) by",
    "(due to|because of|owing to) (a|an|the|some) [temporary|technical|network|server|system|bank|banking|server-side|backend|internal|unexpected] (issue|error|glitch|problem|outage|fault|failure|downtime|bug) ... ... [,] ... ... (could not|couldn't|was not|wasn't|were not|weren't|failed to|did not|didn't)",
    "(go to|open|visit|head to|head over to) [the|your] (play store|app store|google play|google play store|itunes) ... [and|to|then|,|->|>] [then|kindly|please] (rate|review|update|download|install|reinstall|scan|search|tap|select|click|open|leave|give|settings|my apps)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|reported|raised|filed|submitted|posted|spoken|talked|written|reached) ... ... (via|through|using|on|at|in|by) [the|our|your|a|an] [in app|online|web|mobile]",
    "(if you had|if you'd|had you|if only you had|if only you'd) [<adv>|not] (<send-to:past>|<action:past>|gone|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(thank you|thanks|thank u|thx) [you|so much|you so much] (for|in) (contacting|reaching out to|reaching out|writing to|writing in to|getting in touch with|posting|asking|visiting|stopping by|stopping in|dropping by|dropping in|popping in|popping by|coming in|coming by|coming to|shopping at|shopping with|dining at|dining with|choosing) [question|your question|this|it] [in|on|at|to|with] [the|our|this] ... (<elsewhere>|<nl-venue>|<channel>|us|forum|forums|community|q&a|page|site)",
    "((which|what|whose)|(and|of|for|with|from|about|is|are|was|does|do|did|us|me) (your|the|their)) (email|mail|phone|mobile) <elsewhere> | (open|raise|create|log|start|submit|add|set up|make) (a|an) [new|separate|custom] (issue|bug|ticket|bug report|report|feature request) (view|views|type|types|template|templates|field|fields|category|categories|tag|tags|label|labels|queue|queues|filter|filters|status|column|columns|layout|widget|called|named|titled|under|in the dashboard)",
    "(the|your|its|their|this|that|these|those|my|our) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|failed to) ... (because|since|due to|as the|as your|as it|as its|as their|as there|when|after|until|so)|(because|since|as|when|after|until|so) (the|your|its|their|this|that|these|those|it|they) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|(can't|cannot|can not) [<adv>] <nl-fault:base>)",
    "(the|your|its|their|this|that|these|those) ... (can't|cannot|can not) (open|read|reach|find|load|connect|access|see|start|run|handle|parse|detect|display|show|verify|decrypt|sync|write|save|send|recognise|recognize|process|resolve|authenticate|locate|mount|boot|install|update|download|upload|print|play|import|export) ... (because|since|as the|as your|as it|as its|when|while|until|unless|without)",
    "(is|isn't|could|might|would|can) (this|that|it) [be] (a|an) ... (limitation|restriction) | (people|folks|guys|team|teams|maintainers|experts|department|specialists|staff) (will|would|might|may|should|could|can) ... ... ... ... , so (I|we) [<adv>] ('ve|have|'ll|will|am|'m|are|'re) [<adv>] (forwarded|escalated|passed|handed|transferred|referred|forwarding|escalating|passing|handing|forward|escalate|pass|hand|transfer|refer)",
    "(received|got|saw|seen|read|sent|submitted|filled in|filled out) (your|the|this|that|a|an|their) ... (via|through|on|at|in|using|from) [the|a|our|your] (contact|support|web|feedback|online)",
    "which (is|are|was|were) not (allowed|permitted|supported)|(which|that) (can't|cannot|can not) be (a|an|the) | (they|users|guests|members|viewers|admins|owners|accounts|devices) (need|needs|have|has|must|should|get|gets|do|does|only|can|will|'ll) ... ... [,] (and|but|so) [<adv>] (can't|cannot|can not|cant|couldn't|could not)",
    "no [known|easy|simple|good|real] (workaround|workarounds|work-around|work around) (is|are) [really|actually|even] (needed|required|necessary)|no (workaround|workarounds|work-around|work around) (needed|required|necessary)",
    "(can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't|haven't|hasn't|shouldn't) (you|it|they|this|that|there|we|he|she)|(is|are|was|were|would|will|does|do|did|has|have) (it|this|that|there|these|those) (not|no)|why (can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't)|(if|whether|is|are) [there|we|I] [is|are|'s|find|see|can find|can see|could find] anything|(need|needs|want|wants|'d like|would like) anything",
    "(the|your|its|their|this|that|these|those|my) ... (can't|cannot|can not|couldn't|could not|unable to|not able to|isn't able to|aren't able to|wasn't able to|weren't able to|won't be able to|would be unable to) <nl-fault:base>|(it|they) [would|will|'d|'ll|was|were|is|are|'s|'re] (can't|cannot|can not|couldn't|could not|unable to|not able to|be unable to|not be able to) <nl-fault:base>",
    "(I|we) [just|still|also|really|simply] (can't|cannot|can not|couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to) (find|see|spot|notice|locate|detect|identify|think of) (anywhere|what|why|where|how it|how this|how that|how the|any <nl-finding>|a <nl-finding>|an <nl-finding>|the <nl-finding>|anything (wrong|unusual|odd|strange|amiss|like|similar|about|on|in|at|of|with|that|which|to suggest|.|,|;|!|?))",
    "(can't|cannot|can not|cant|couldn't|could not|won't|will not) be [<adv>] <nl-fault:past> | (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|your|any|a) ... (commit|commits|patch|patches|series|backport|changeset|change|changes) | (build|kernel|version|branch|tree|release|snapshot|rc|firmware|image) (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|any|a) [...] (fix|fixes)",
    "(I|we) [really|just|still|currently|honestly|simply|also|even|actually] (can't|cannot|can not|cant|couldn't|could not) [really|quite|honestly|seem to|actually|even|just|simply|fully|always|entirely] <nl-know:base> | (I|we) (don't|do not) (think|believe) (that|this|it|such a|such an|the) [race|deadlock|case|state|situation|condition|path] can (happen|occur|arise|be hit|be triggered|be reached)",
    "(I|we) [<adv>] (won't|will not|wouldn't|would not|'d not|couldn't|could not|may not|might not) [<adv>] be able to [<adv>] <nl-know:base> | afraid [,] [that|but] (I|we) (don't|do not|didn't|did not) [quite|really|fully|entirely] (understand|follow) | (we|I) (couldn't|could not) have [<adv>] (asked|wished|hoped) for | (we|I) (couldn't|could not) [<adv>] (agree more|be happier|be prouder|be more (pleased|delighted|grateful|thankful|proud|happy))",
    "(error|errors|message|warning|log|event|alert|exception) (with|that|saying|stating|says|states|said|stated|about|reads|reading|:) ... (can't|cannot|can not|could not|couldn't|unable|not possible|not found|not supported|unsupported|not allowed)",
    "(app|application|game|launcher|installer|client|program|software|tool|screen|log|logs|dmesg|output|console|device|phone|computer|driver|kernel|firmware|server|windows|steam|browser|prompt|popup|dialog) (says|said|shows|showed|reports|reported|complains|complained|claims|claimed|tells you|told you|displays|displayed|indicates|prints|printed|states) [that] ... ... (can't|cannot|can not|couldn't|could not|unable|not able|not possible|impossible|unsupported)",
    "(can't|cannot|can not|couldn't|could not) (wait|believe|thank|stress|recommend|agree|be happier|be prouder|be more|go wrong|miss) | (report|file|reporting|filing) (it|this|that|them|this one|that one|these|those) [<adv>|just|straight] (as (spam|junk|phishing)|under)",
    "without (the|this|that|these|those|a|an|your) [<adv>] [...] (patch|patches|fix|fixes|commit|commits|backport|bugfix|hotfix|quirk|update|workaround) [applied|in place|merged|installed] [,] ... ... ... (can't|cannot|can not|couldn't|could not|won't|will not|doesn't|does not|isn't|is not|unable|not able|never|fails)",
    "(I|we)? [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|unable to|not able to|wasn't able to|was not able to|weren't able to|were not able to|was unable to|were unable to|am unable to|'m unable to|'m not able to|am not able to|haven't been able to|have not been able to|'ve not been able to|didn't manage to|did not manage to|can no longer|could no longer|am no longer able to|'m no longer able to) [yet] (reproduce|replicate|recreate|repro|duplicate)",
    "(not|isn't|is not|wasn't|'s not|it's not|that's not) [at all|entirely|completely|necessarily|totally] (impossible|unlikely|unheard of|infeasible|unfeasible|out of the question)",
    "(no|any|a) [good|real|technical|particular] reason (why|that) [it|this|that|you|we|they|the|your|its|there] ... (couldn't|could not|can't|cannot|can not|wouldn't|would not|won't|will not|shouldn't|should not)",
    "(doesn't|does not|won't|will not|didn't|did not|no longer) accept ... (input|characters|character|keystrokes|keystroke|key presses|keypresses|text|data|values|value|clicks|focus|connections|packets|commands|parameters|arguments|strings|string|entries|digits|numbers|bytes)",
    "(isn't|is not|aren't|are not|hasn't been|has not been|haven't been|have not been|wasn't|was not|not) [yet] (released|out|shipped|published|public) yet|not yet (released|out|shipped|published|public)",
    "(out of|outside|beyond) [the] scope (:) | unfortunately [,] (I|we) [really|honestly|just] (don't|do not) [really|honestly|actually] know (how (this|it|that|the)|anything|much|what|why|whether|if|about|enough)",
    "(when|whenever|once|as soon as|every time|each time|if) (I|you|we|the user|users|a user|someone) ... ... , (it|they|the|this|that|its|their) ... (doesn't|does not|don't|do not|won't|will not|didn't|did not|isn't|is not|aren't|are not)",
    "you [still|really] (can't|cannot|can not|cant|couldn't|could not|are unable|were unable|aren't able|are not able|weren't able|won't be able)|you('re| are) (unable|not able)",
    "(if|when|whether|why) (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)|(if|when|whether|why) (can't|cannot|unable|not able)",
    "(if|when|whether|why|in case|unless) (it|that|this|the|your) ... (won't|will not|doesn't|does not|wouldn't|would not|isn't|is not) work | (the|your|this) ... (that|which) (doesn't|does not|didn't|did not|isn't|is not) [<adv>] work (for|with|on) you",
    "(sorry|see|seems|appears|understand|hear|heard|notice|noticed|saw|mentioned|said|say|know|mean|means|read|reported|reporting|shows|show|like|frustrating|annoying|shame|odd|strange|weird|confirm|confirmed|explains|explain|think|guess|suspect|assume|possible|likely|sure) that (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)",
    "not possible to (miss|go wrong)|(not possible|not be possible|isn't possible|impossible|no way|no means) for (anyone|anybody|someone|somebody|others|other people|other users|strangers|third parties|hackers|outsiders|the (update|upgrade|app|installer|system|change|process|tool)) [else] to [<adv>] (see|access|read|view|delete|erase|lose|damage|corrupt|overwrite|wipe|steal|leak|intercept)",
    "(no way|not possible|isn't possible|impossible|no means) for (us|me|our staff|staff|our team|our agents|agents|our employees|employees) [<adv>] to [<adv>] (see|access|read|view|know) (your|the|a|any) [full|complete|actual|saved|stored] (card|cards|card number|card details|password|passwords|pin|passcode|cvv|cvc|security code|private key|keys|messages|chats|payment details|bank details)",
    "(can't|cannot|can not|couldn't|could not) be [<adv>] (seen|accessed|read|viewed|decrypted|intercepted|stolen|leaked) by (anyone|anybody|someone|others|other people|other users|third parties|strangers|outsiders|hackers|us|our staff|staff|employees|our employees|our team) [else]",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly] <send-to>",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly|gone ahead and|went ahead and] (report|reported|reporting|file|filed|filing|raise|raised|raising|open|opened|opening|take|taken|taking|took|move|moved|moving|post|posted|posting|submit|submitted|submitting)",
    "(contact|message|DM|reach|ask|tell|write to) us (via|by|in|through|on|over|here|with|directly|privately)? (DM|DMs|direct message|private message|PM|here|this thread|this channel)|(message|DM|tell|ask) us|(are|were|aren't|weren't) you [still] (unable|not able)|(were|was) you able to",
    "(contact|phone|tracking|account|order|reference|case|mobile|cell|telephone|support|ticket) (number|numbers|details|info|information|id)|(return|returns|returned|returning) (policy|label|window|shipping)",
    "(ask|asked|asking) (you|if|whether|for (your|the|a|an|more|some|any|details|info|information)) | (documentation|docs|doc|manual|manuals|datasheet|datasheets|data sheet|spec|specs|specification|guide|readme|wiki|man page|changelog|help page|error message|error text|wording|description|instructions) (isn't|is not|aren't|are not|wasn't|was not) [really|very|quite|entirely|particularly|that|so|too] (clear|obvious|intuitive|accurate|consistent|precise|explicit|helpful|informative|readable)",
    "(open|opening) (the|a|your) (app|file|link|page|settings|menu|browser|terminal|tab)|go to (settings|the settings|your settings|the (menu|tab|page|screen|folder|section)|preferences)",
    "(post|posted) [it|this|that|them|the|a|your|an|more|some|any] ... (here|below|in this thread|on this thread|in this issue|back)|(post|posted) (here|the (log|logs|output|error|details|file|code|result|results|screenshot))",
    "(send|sent|sending) (you|it|them|the|a|an|your)|(call|calls|calling) (it|this|that)|(reach|reached) (us|you|out to us|me)|(visit|visited) (us|our)|(raise|raised) (the|a) (limit|price|issue with (us|me))|(file|files|filed) (a|an|the) (bug|issue|report) (here|on our tracker)",
    "(is|are|was|were|'s|'re|of|for|from|by|with|about) (the|a|an|your|their|his|her|its|my|our) (phone|call|email|visit|post|ring|file|return|direct) <elsewhere>",
    "(than|instead of|rather than|without) [having to|needing to|the need to|the hassle of|the trouble of] <send-to> [in|out|up|by|round|into] [(or|and|nor) <send-to>]|(no need to|don't need to|do not need to|don't have to|do not have to|never have to|no longer have to|no longer need to|won't need to|won't have to|will not need to|will not have to|needn't) [ever|even|actually|now] <send-to>",
    "(post|paste|share|put|drop|send|give|show|type|copy) [us|me] (the|your|a|an|any|some|more|that|this) [full|exact|complete|whole|actual|relevant|entire] (error|errors|error message|log|logs|output|screenshot|screenshots|details|trace|stack trace|traceback|message|code|config|result|results|snippet|command) [here|you get|you see|you got] (in|into|on|to) (the|this) (chat|channel|thread|conversation|comments)",
    "(refund|refunds|money|payment|payments|amount|funds|credit|cashback|reversal|parcel|package|order|it|this|that) [will|'ll|should|usually|normally|automatically|then] (go|goes|went|gone|going) [back|straight|directly] to",
    "(will|'ll|has|have|'ve|had|been|is|are|'s|'re) [already|now|just|also] (report|raise|reported|raised|reporting|raising|take|taken|taking|took|escalate|escalated|escalating) | (nothing|none of (this|it|that|these|those)|never|whether|which|what) ... ... against [our|the|company] policy | against [our|the|company] policy ... ... ... (,|;) but (you|we|I) [<adv>] (can|could|'ll|will|may)",
    "(post|posting|posted|write|writing|make|making|publish|publishing|put up|putting up) (a|an|the) [new|separate|short|full] (forum|blog|community|mailing list|list) (post|thread|topic|update|announcement|article|entry|message) | (once|when|after|if|since|until) (we|I) [have|'ve|had|recently|now] [recently|now] stopped | stopped ... ... ... (,|;) [but|and] ... ... ... (now|still|instead)",
    "(not|no longer|never) [<adv>] (necessary|required|mandatory) to"
   ],
   "unless_after": [
    "(we|I) (will|'ll|am going to|'m going to|plan to|intend to) [<adv>] (bring it back|bring back)",
    "(we|I) (will|'ll|am going to|'m going to|plan to|intend to) [<adv>] (add|implement|enable) (it|that|this|support) [back] (in|soon|later|after|when|once|to the next|to a future|for the next|.)",
    "(we|I) (will|'ll|am going to|'m going to) [<adv>] send ... ... (patch|patches|fix|fixes)",
    "but [,] (it's|it is) [<adv>] possible to (make|get) ... ... (support|work)",
    "(a|the|an|our) [<adv>] (future|next|later|upcoming|coming|new|subsequent|forthcoming) [major|minor|point|stable] (release|version|update|build|firmware|kernel|driver|sdk) (will|'ll|should|is going to|is expected to|is set to|is planned to)",
    "(will be|'ll be|is going to be|should be|is being|has been|was) [<adv>] (fixed|added|supported|addressed|resolved|implemented|enabled|available) in (a|the|an|our) [<adv>] (future|next|later|upcoming|coming|new|subsequent|forthcoming) [major|minor|point|stable] (release|version|update|build|firmware|kernel|driver|sdk)"
   ],
   "skip_readings": [
    "explanation"
   ]
  },
  {
   "id": "negative-rejection",
   "signal": "negative-language",
   "level": "warning",
   "message": "Say what you found and what the customer can do next rather than closing their report (\"{actual}\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "As far as I can tell this is the intended behaviour of the scheduler.",
     "That's a bug in the firmware, not in the driver.",
     "There's nothing the toolkit can do about that.",
     "I'm not planning to add those options to the CLI.",
     "Support for the older boards is limited to basic display output.",
     "Tracking that down would take more debugging than I have time for."
    ],
    "pass": [
     "That's expected to arrive on Tuesday.",
     "The delay is limited, you'll have it tomorrow.",
     "There's nothing you need to do, the refund is on its way.",
     "We're not going to charge you for the replacement."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(this|that|it|which) (is|'s|was) [<adv>] [the|an|a] [<adv>] (expected|intended|designed|documented|correct) (behaviour|behavior)",
    "what you (are|'re) (seeing|describing|experiencing|getting|observing) (is|'s) [<adv>] [the|an|a] [<adv>] (expected|intended|designed|documented|correct|normal) (behaviour|behavior)",
    "(the|this|that|your|its) [current|present|existing|observed|reported|described|default] (behaviour|behavior) [you|that you] [are|'re] [seeing|see|saw|describe|described|observe|observed|report|reported|mention|mentioned|get|got|getting] (is|'s|was) [<adv>] (correct|right|expected|intended|by design|as designed|as intended) (.|!|,|;|:|and|as|because|since|here|in|for)",
    "(this|that|it) (is|'s) [<adv>] [all|entirely|perfectly|totally|completely] expected (.|!|,|;|at this point|here|behaviour|behavior|given|in this case|with|for (this|that|now|these|those|such))",
    "(works|working|work|behaves|behaving|behave|functions|functioning) (as|exactly as) (designed|intended)",
    "(is|'s|was|are|'re) [<adv>] (by design|working as intended|working as designed)",
    "(was|is|were|are) [originally|always|primarily|mainly|specifically|deliberately|intentionally|never|really] (designed|intended|meant|conceived) as",
    "(bug|issue|problem|fault|regression) (in|with|of) ... ... [,] (not|rather than) (in|with|of|on) (the|this|our|its|that) ...",
    "(bug|issue|problem|fault|regression) (is|lies|sits|seems to be|appears to be|looks to be|is likely|is probably|is most likely) (in|with|of) ... ... [,] ((not|rather than) (in|with|of|on) (the|this|our|its|that)|rather than (our|its|this|that)) ...",
    "(caused|triggered|created|produced) by (your|a|an|the|some|their|this|that|these|those|other|another|third-party|third party) ... ... ... [,] (not|rather than) [by|from|in|with] (our|the|this) [own] (game|app|application|product|software|driver|service|server|servers|code|site|website|plugin|extension|firmware|library|launcher|client|update|patch|tool)",
    "nothing (the|this|that|our|we|I|it|they|its) ... ... (can|could) (do|change|fix) (about|for|to)",
    "nothing (can|could) be done (about|for|to)",
    "(I'm|I am|we're|we are|I was|we were) not (planning|going|intending|looking|likely|keen|inclined) to [be] [<adv>] (add|adding|support|supporting|implement|implementing|merge|merging|accept|accepting|include|including|port|porting|backport|backporting|maintain|maintaining|pursue|pursuing|change|changing|fix|fixing|work on|working on|take|taking|carry|carrying|ship|shipping|enable|enabling|expose|exposing|extend|extending)",
    "no (immediate|current|concrete|firm|present|short-term|near-term) (plans|plan) (for|to)",
    "(not|isn't|is not|'s not|aren't|are not) [that|very|too|so|particularly|really] (high|top) on (our|my|the|their) [priority|to-do|todo] (priorities|priority|list)",
    "(not|isn't|is not|'s not) (a|our|my) [high|top|big|real] priority",
    "(a|has|of|is|'s) [somewhat|rather|fairly|very|pretty|much] (low|lower|lowest) priority",
    "no (motivation|intention|incentive) to (maintain|support|implement|add|fix|pursue|change|work on|merge|accept)",
    "(is|are|'s|'re) [<adv>] not (recommended|advised|advisable)",
    "(won't|cannot|can't|can not|shan't|will not|will never|shall not|'ll never) [<adv>] be (lifted|reversed|overturned|rescinded|undone|unbanned|revoked)",
    "(will|'ll|shall|must) [<adv>] (remain|stay) [<adv>] (censored|banned|suspended|locked|closed|blocked)",
    "(ban|bans|suspension|suspensions|penalty|sanction|restriction|restrictions|decision|closure|block) (will|'ll|shall|must) [<adv>] (remain|stay|stand) [in place|in effect]",
    "(must|have to|need to|will|'ll|are required to) [<adv>|unfortunately|sadly|regrettably|strictly] enforce (the|our|this|that|these|those|all) ... (policy|policies|rules|terms)",
    "(support|access|availability|functionality|compatibility|usage|use|uploads|exports|downloads|imports|refunds|returns|accounts|account|plan|plans|trial|version|tier|edition|api|feature|features|option|options) ... ... (is|are|'s|'re|remains|remain|will be|'ll be|was|were) [<adv>] [still|only|currently|unfortunately|sadly] (limited|restricted|capped) to",
    "(removed|dropped|disabled|pulled|ripped out|took out|taken out) (support for|... support (for|from|in|on|with|.|,|;|!))",
    "(has|have|had|offers|offer|provides|provide) no [<adv>] [built-in|builtin|native|official|direct|real|proper|upstream|current|explicit] (support|option|way|api|means|mechanism|ability|interface|plans|plan) (for|to)",
    "than [I'm afraid|I fear|I think] (I|we) [<adv>] [I'm afraid|I fear|I think] [I|we] (have|'ve got|have got|can find|can spare|can give it) [the|any] (time|bandwidth|capacity|resources|cycles)",
    "(you|you'll|you'd|you will|you would|you should|you may|you might|you can|best to|better to|please) [need to|have to|want to|might want to|may want to|should|probably|just] [<adv>] take (this|it|that|the matter|the issue|them|this one|that one) up with",
    "<advise> [also|just|simply|directly] (ask|contact|ping|email|write to|talk to|check with|reach out to) (the|their|its|a|an) ... (folks|people|devs|guys|crew|team|maintainers|developers|authors|project|vendor)",
    "(can|could|may) only be <action:past> (by|through|via|from|in|on|at|with|using)",
    "(we|I) (don't|do not|dont) [<adv>|yet|really|actually] have (a|any) [good|simple|easy|reliable|built-in|builtin|direct|clean|supported|automated|automatic] (way|means|mechanism|process|ability|method|tool) (to|of|for)",
    "(no longer|not|isn't|is not|aren't|are not|not really|not actively) [being] (maintained|developed)",
    "(is|are|'s|'re|has been|have been|was|were) [now|long|officially] (unmaintained|end of life|end-of-life|abandoned)",
    "(not|isn't|is not|aren't|are not) (a|an) [officially] supported (platform|configuration|setup|use case|version|os|operating system|browser|device|environment|combination|workflow)",
    "(doesn't|does not|don't|do not|won't|will not) (accept|take|merge|review) (pull requests|prs|patches|contributions|feature requests|new features|new providers|new plugins)",
    "(we|I) only (maintain|fix|patch|test|backport|update|release|review|answer|cover)",
    "(outside|beyond) [of] (what|the scope of what) (this|the|it|our|that) ... ... (is|was|are|were) [<adv>] (meant|designed|intended|built|supposed) (to|for)",
    "(I'd|I would|we'd|we would) (rather|prefer) not [to] [<adv>] (add|support|merge|accept|include|change|implement|maintain|expose|ship|offer|introduce|do that|do this|go there)",
    "(don't|do not) think (that's|that is|it's|it is|this is|that would be|it would be) (something|a feature|an option|a change) (we|I|that we|that I) ('d|would|will|'ll|want to|can|could) [<adv>] [want to|like to|be able to] (support|add|do|offer|include|maintain|merge|accept|pursue|implement|change)",
    "(we|I) [<adv>] [have|'ve|had|will|'ll|must|'re going to|are going to] [<adv>] [to|had to] [<adv>] (decline|reject|deny|refuse|turn down) (your|this|that|the) [<adv>] ... (request|application|claim|appeal|complaint|dispute|submission|return|exchange|cancellation|order|booking|refund|offer)",
    "(this|that|it|which|the (bug|issue|problem|report|fault|crash|error|regression|request|question|ticket|feature request)|your (bug|issue|problem|report|request|question|ticket)) (belong|belongs|belonged) (to|in|on|with|under) ... ... (instead of|rather than|and not|, not|not in|not to|not with)",
    "nothing ... ... (can|could) [really|possibly] (do|change|fix) about (it|this|that|them|the)",
    "not much [more|else] [that] (we|I) [<adv>] (can|could) [really|possibly] do",
    "not (a|an|the) [<adv>] (bug|issue|problem|fault|regression) (in|with|of|related to|caused by) ... ... [,] but (in|with|of|the|a|an)",
    "(this|that|it|which) (doesn't|does not|didn't|did not) [<adv>] (seem|appear|look) (to be|like) (a|an) [...] (bug|issue|problem|regression)",
    "(this|that|it|which) ((is|'s|was) not|isn't|wasn't) [<adv>] (a|an) ... (bug|regression)",
    "(this|that|it|which|(this|that|the|your) [...] (warning|report|alert|error|issue|detection|flag|result|finding|crash|problem) [you saw|you got]) [<adv>] [appears to|seems to|looks to] (is|'s|was|be|being) [<adv>] (a|an) [<adv>] false (positive|alarm)",
    "(no|nope|not yet|not really|not at the moment|not currently|not anymore|not any more) , but",
    "(patches|pull requests|prs|contributions) [are] [always|very|most|more than] welcome",
    "(not likely|unlikely) (soon|anytime soon|any time soon|in the near future|in the foreseeable future)",
    "unless (someone|somebody|anyone|anybody|a customer|a sponsor|a company|you) [else] (funds|sponsors|pays for|steps up|volunteers|contributes|writes|implements|sends|submits|picks up|takes on)",
    "(you're|you are) [more than|always|very] welcome to (submit|send|write|contribute|post|provide|propose|open) (a|the|your|some) [own|small|proper|fixed|new] (patch|patches|pull request|merge request|fix|implementation)",
    "(you'll|you will|you'd|you would|you'll need to|you need to) [have to|need to] (write|implement|build|code|add|fix|patch|port) (it|that|this|them|one|the feature|the support) yourself",
    "(don't|do not) expect (it|this|that|a fix|a change|support|the feature|one) [to land|to come|to happen|to ship] (soon|anytime soon|any time soon|in the near future)",
    "(won't|wont|will not|will never|'ll never|will likely not|will probably not|will most likely not|will realistically not|will certainly not|will definitely not) [likely|probably|ever|really|realistically] (happen|be happening)",
    "(that|this|it|these|those|they|such|feature|features|request|requests|idea|ideas|suggestion|suggestions|proposal|option|options|change|changes|patch|support|mode|build|port|integration|functionality) [...] (won't|wont|will not|will never|'ll never|will likely not|will probably not|will most likely not|will certainly not|will definitely not) [likely|probably|ever|really] be (added|implemented|supported|ported|offered|included|considered|merged|accepted|backported|pursued)",
    "(is not going|are not going|'s not going|'re not going|isn't going|aren't going|is never going|are never going|is unlikely|are unlikely|'s unlikely|'re unlikely) to happen",
    "(that|this|it|these|those|they|such|feature|features|request|requests|idea|ideas|suggestion|suggestions|proposal|proposals|option|options|change|changes|patch|patches|support|mode|build|builds|port|integration|functionality) [...] (is not going|are not going|'s not going|'re not going|isn't going|aren't going|is never going|are never going|is unlikely|are unlikely|'s unlikely|'re unlikely) to be (added|implemented|supported|ported|offered|included|considered|merged|accepted|backported|pursued)",
    "(we|I) (will|'ll|are going to|'re going to|plan to|decided to|have decided to|'ve decided to) (give up|discontinue|deprecate|phase out|stop supporting|no longer support)",
    "(drop|dropping|remove|removing|end|ending|ended|discontinue|discontinuing|discontinued|withdraw|withdrawing|withdrew|withdrawn) [<adv>] support (for|of|on)",
    "(don't|do not) think (we|I) [really|actually|would|'d] want (that|this|it|them|those|these|to (add|support|merge|accept|include|change|implement|maintain|expose|ship|offer|introduce|do that|do this|go there))",
    "(we|I) (don't|do not) [really|actually] want to (add|support|merge|accept|include|implement|maintain|expose|ship|introduce) (that|this|it|them|those|these|such|a|an|more|another)",
    "(this|that|it|which) (is|was|'s) [simply|absolutely|completely|totally|entirely|just|patently] (untrue|baseless|unfounded) (.|,|;|!|and|as|since|because|but)",
    "(this|that|it|which) (is|was|'s) (simply|absolutely|completely|totally|entirely|patently|categorically) (not true|not correct|not accurate|incorrect|inaccurate|not the case) (.|,|;|!|and|as|since|because|but)",
    "(the|your|these|those|such) (claim|claims|allegation|allegations|accusation|accusations|assertion|assertions) (is|are|was|were) [simply|absolutely|completely|totally|entirely|patently|categorically] (not true|untrue|false|incorrect|inaccurate|baseless|unfounded|not correct|not accurate|not the case)",
    "contrary to (your|the guest's|the reviewer's|the customer's|what you [have]) [...] (claim|claims|statement|statements|allegation|allegations|review|comment|comments|account|assertion|assertions|belief|report|said|wrote|mentioned|stated|claimed|suggest|suggested|say|claim|state|write|mention)",
    "(was|is|were|has been|had been) (no|never any) truth (in|to)",
    "at no (point|time|stage|moment) (did|was|were|had) (our|we|I|any of our|anyone at|anybody at)",
    "(our|the|none of our) (staff|team|employees|associates|staff member|staff members|front desk|reception|receptionist|housekeeping|waiter|waiters|manager|chef|team members|driver|drivers|agents|personnel|crew) (would never|never once|never (did|was|were|had)|at no point|at no time) [ever|once|have|has]",
    "you (did not|didn't|never|failed to|neglected to) [<adv>] [ever|once] (inform|informed|notify|notified|alert|alerted|approach|approached|complain to|complained to|report it to|report this to|bring it to|bring this to|raise it with|raise this with) (us|our|the|any|anyone|management|reception|staff)",
    "(like to|want to|wish to|must|have to|need to) [also] (make a point|place on record|put on record|place it on record|put it on record) [here] (that|:)",
    "we [<adv>] [have|had|'ve|'d] never [ever] (promised|mentioned|advertised|offered|guaranteed|claimed|stated|committed to|agreed to)",
    "(was|were|has been|have been) (no|never) ... ... (as per|according to|per|going by) our (records|record|system|systems|logs|log|cctv|footage|data)",
    "(as per|according to|going by) our (records|record|system|systems|logs|log|cctv|footage|data) [,] (there (was|were|has been|have been) (no|never)|you (did not|didn't|never|have not|haven't|had not|hadn't))",
    "(the|this|that|your|these|those) [new|old|latest|last|first|second|attached|submitted|proposed] (patch|patches|pull request|pull requests|pr|prs|merge request|merge requests|report|reports|bug report|bug reports|ticket|tickets|submission|submissions|test case|test cases|testcase|testcases|claim|claims|request|complaint|complaints|one) (is|'s|are|was|were|isn't|aren't|wasn't) [<adv>] (not|no longer) valid",
    "(the|this|that|your|these|those) [new|old|latest|last|first|second|attached|submitted|proposed] (patch|patches|pull request|pull requests|pr|prs|merge request|merge requests|report|reports|bug report|bug reports|ticket|tickets|submission|submissions|test case|test cases|testcase|testcases|claim|claims|request|complaint|complaints|one) (isn't|aren't|wasn't|weren't) [<adv>] valid",
    "(mark|marking|marked|close|closing|closed|resolve|resolving|resolved|flag|flagging|flagged) (it|this|this one|that|that one|the (ticket|issue|bug|report)|this (ticket|issue|bug|report)) [as] invalid",
    "you [<adv>|may have|might have|must have|have|had|'ve|'d] (misunderstood|misread|misinterpreted|misunderstand|misread) (the|our|my|this|that|what|how|it)",
    "(must be|must have been|(is|was|'s) (simply|just|merely|only|clearly|obviously|probably|all)) (a|some) [slight|small|simple] (misunderstanding|miscommunication|misconception|misinterpretation)",
    "(I|we) [<adv>] (disagree|don't agree|do not agree|can't agree|cannot agree) (that|with (you|your|this|that|the (idea|suggestion|proposal|request|claim|assessment|premise|review)))",
    "(this|that|it|which) (is|'s|was) [<adv>|actually|really|clearly|simply|just|definitely] (a|an) (bug|error|issue|problem|mistake|fault) (in|with) your [own] (code|script|scripts|markup|program|configuration|config|setup|implementation|css|html|javascript|plugin|template|test case|usage)"
   ],
   "except": [
    "(we|I) ('re|are|'m|am) [<adv>] the (one|ones) | possible without (you|your) | (google|microsoft|apple|amazon) (chrome|drive|docs|sheets|slides|maps|photos|pay|play|wallet|calendar|meet|account|workspace|translate|lens|home|assistant|authenticator|edge|teams|word|excel|outlook|office|onedrive|powerpoint|defender|store|music|tv|id|prime|alexa|kindle|echo|fire|settings)",
    "(let|lets|letting) (you|users|customers|people|admins|members|the user|a user|them|us|me) know | (nothing|anything) [else|more|further|extra] [that|which] [on|at|from] [your|our] [end|side|part] (you|we|you'll|we'll) [<adv>] (need|needs|have|has|must|should|'ll need|will need|would need|'d need) [you] to | (nothing|anything) [else|more|further|extra] (on|at|from) your (side|end|part)",
    "(don't|do not|dont|didn't|did not|can't|cannot|can not|couldn't|could not|unable to|not able to|wasn't able to|weren't able to|haven't been able to|have not been able to) [<adv>|seem to|appear to] (have|see|find|locate|spot|hold|show) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(haven't|have not|'ve not|hasn't|has not|hadn't|had not) [<adv>|yet] (got|found|seen|located|received|had) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(have|has|'ve|had|got|show|shows|showed|showing|find|found|see|saw|there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(show|shows|showed|shown|found|indicate|indicates|indicated|turned up|revealed|detected|picked up) [us|me] (nothing|no [unusual|obvious|other|new|real|major|serious|apparent|suspicious] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes|warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences))",
    "(there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes) (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(there's|there is|there are|there was|there were) [<adv>] nothing [unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious] (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(wonder|wondering|wondered|curious|unsure|not sure|check|checking|see|verify|confirm|find out|let me know|let us know|tell me|tell us|ask|asking) (if|whether) ... ... <nl-neg>",
    "(not possible|not be possible|isn't possible|impossible|no way) to (lose|break|damage|corrupt|brick|overpay|be charged twice|get charged twice|be billed twice|get billed twice|be double charged|get double charged|be overcharged|get overcharged)",
    "(isn't|is not|wasn't|was not|aren't|are not|'s not|not) [directly|really|necessarily|actually|at all] (related|connected|linked|tied) (to|with)",
    "(unfortunately|sadly) [,] (the|your|this|that|these|those|it|its|their|his|her|our|my) ... ... (didn't|did not) [<adv>] (arrive|deliver|include|contain|work|go|load|save|sync|show|appear|reach|get|fix|send|update|register|apply|trigger|start|finish|install|download|upload|connect|open|respond|print|come|happen)",
    "(I|we|and|but|yet|though|still) [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to|didn't manage to|did not manage to|never managed to|haven't managed to) get (it|this|that|the|a|an|any|my|your|them) ... (to|into) (appear|show|show up|work|run|crash|happen|fail|trigger|load|start|break|hang|freeze|display|occur|misbehave|lag|stutter|reproduce)",
    "(I|we|I've|we've|I have|we have|I'll|we'll|I will|we will) [just|now|also|already|gone ahead and|went ahead and] <nl-pass-on> ... ... ... [,|and|;] [and] (they|they'd|they'll|they will|they would|they can|they could|who can|who will) [be] [more than|very] (happy|glad|able|best placed|better placed) to",
    "(it|this|that|which) [<adv>] only [<adv>] ... ... [,] (so|which means|meaning|that way|so that|which keeps|which makes|to keep|to make sure|to ensure|ensuring|keeping) [that] ... ... ... <nl-benefit>",
    "(fill|fill in|fill out|fill up|complete|submit) [in|out|up] (this|the|our|a|an) ... form ... ... (to|and|so we can|so that we can|then we can|and we will|and we'll|before we) (continue|proceed|go on|carry on) (with|the|your|this)",
    "(your|his|her|their) (inbox|mailbox|spam folder|junk folder|spam box|junk mail folder) | ((no|not any) [current|immediate] (plan|plans)|(don't|not) (plan|planning)) to (remove|drop|deprecate|discontinue|retire|withdraw|phase out) (support|(the|this|that|our|its) [...] [...] (feature|features|api|apis|mode|option|options|setting|settings|editor|format|formats|endpoint|endpoints|command|commands|integration|plugin|extension|interface|module|driver|support))",
    "(git|code|dev|development|feature|master|main|stable|release|topic|testing|experimental|devel|kernel|repo|repository|upstream) branch | (report|file|raise|open|log) (it|this|that|them|the issue|the bug|the problem|an issue|a bug|a ticket) (back|here|to (us|me|the team|our team|my team)|with (us|me))",
    "(we|I) [<adv>] (don't|do not|won't|will not|never|will never|would never) [<adv>] (sell|rent|trade|share|pass on|give away) (your|any of your|our customers'|our users') [<adv>] [personal|private|contact] (data|information|info|details|email address|email|phone number|number|address|contacts)",
    "(accept|accepting|mark|marking) [their|your|his|her|an|the|own|as] [own|an|the] (answer|answers)",
    "(next time|whenever|when|if) (you|you're|you are) [next|again|back] (visit|visiting|stop by|stopping by|drop by|drop in|pop in|come in|come by|come to|coming|in|at|back|shop|dine|are in|'re in)",
    "(didn't|did not|hasn't|has not|haven't|have not|hadn't|had not) [<adv>|yet|quite|really|fully|actually|seem to|seemed to|appear to] (<outcome:base>|<outcome:past>|make a difference|made a difference|change anything|changed anything|heard back|heard anything)",
    "(unfortunately|sadly|regrettably|I'm afraid|I am afraid) [,] ... (didn't|did not|wasn't|was not|weren't|were not|hadn't|had not) [quite|really|fully|always] (meet|live up|match|reflect|represent|go|turn out|work out|arrive|reach|have|feel|seem|look|come|get delivered|up to)",
    "(isn't|is not|wasn't|was not|'s not|not) [quite|really|at all] (the|a|an|what) [kind of|type of|sort of|level of] (standard|standards|experience|service|quality|level|impression|image|welcome|care|treatment|reflection|representation|picture|first impression) (we|that we|our|I|you|your)",
    "only [<adv>] (work|works|function|functions|run|runs|apply|applies|show|shows|show up|display|displays|sync|syncs|appear|appears|trigger|triggers|take effect|takes effect|kick in|kicks in|activate|activates|update|updates|start|starts|happen|happens) [<adv>] (if|when|once|after|as long as|provided|while|whilst|upon|as soon as)",
    "(has|have|had|was|were|'s|'ve|got) [already|now|just|successfully|been] [been|already|now|successfully] (handled|processed|managed|dealt with|done|decided|set|approved|completed|credited|settled|resolved) by",
    "(due to|because of|owing to) (a|an|the|some) [temporary|technical|network|server|system|bank|banking|server-side|backend|internal|unexpected] (issue|error|glitch|problem|outage|fault|failure|downtime|bug) ... ... [,] ... ... (could not|couldn't|was not|wasn't|were not|weren't|failed to|did not|didn't)",
    "(go to|open|visit|head to|head over to) [the|your] (play store|app store|google play|google play store|itunes) ... [and|to|then|,|->|>] [then|kindly|please] (rate|review|update|download|install|reinstall|scan|search|tap|select|click|open|leave|give|settings|my apps)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|reported|raised|filed|submitted|posted|spoken|talked|written|reached) ... ... (via|through|using|on|at|in|by) [the|our|your|a|an] [in app|online|web|mobile]",
    "(if you had|if you'd|had you|if only you had|if only you'd) [<adv>|not] (<send-to:past>|<action:past>|gone|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(thank you|thanks|thank u|thx) [you|so much|you so much] (for|in) (contacting|reaching out to|reaching out|writing to|writing in to|getting in touch with|posting|asking|visiting|stopping by|stopping in|dropping by|dropping in|popping in|popping by|coming in|coming by|coming to|shopping at|shopping with|dining at|dining with|choosing) [question|your question|this|it] [in|on|at|to|with] [the|our|this] ... (<elsewhere>|<nl-venue>|<channel>|us|forum|forums|community|q&a|page|site)",
    "((which|what|whose)|(and|of|for|with|from|about|is|are|was|does|do|did|us|me) (your|the|their)) (email|mail|phone|mobile) <elsewhere> | (open|raise|create|log|start|submit|add|set up|make) (a|an) [new|separate|custom] (issue|bug|ticket|bug report|report|feature request) (view|views|type|types|template|templates|field|fields|category|categories|tag|tags|label|labels|queue|queues|filter|filters|status|column|columns|layout|widget|called|named|titled|under|in the dashboard)",
    "(the|your|its|their|this|that|these|those|my|our) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|failed to) ... (because|since|due to|as the|as your|as it|as its|as their|as there|when|after|until|so)|(because|since|as|when|after|until|so) (the|your|its|their|this|that|these|those|it|they) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|(can't|cannot|can not) [<adv>] <nl-fault:base>)",
    "(the|your|its|their|this|that|these|those) ... (can't|cannot|can not) (open|read|reach|find|load|connect|access|see|start|run|handle|parse|detect|display|show|verify|decrypt|sync|write|save|send|recognise|recognize|process|resolve|authenticate|locate|mount|boot|install|update|download|upload|print|play|import|export) ... (because|since|as the|as your|as it|as its|when|while|until|unless|without)",
    "(is|isn't|could|might|would|can) (this|that|it) [be] (a|an) ... (limitation|restriction) | (people|folks|guys|team|teams|maintainers|experts|department|specialists|staff) (will|would|might|may|should|could|can) ... ... ... ... , so (I|we) [<adv>] ('ve|have|'ll|will|am|'m|are|'re) [<adv>] (forwarded|escalated|passed|handed|transferred|referred|forwarding|escalating|passing|handing|forward|escalate|pass|hand|transfer|refer)",
    "(received|got|saw|seen|read|sent|submitted|filled in|filled out) (your|the|this|that|a|an|their) ... (via|through|on|at|in|using|from) [the|a|our|your] (contact|support|web|feedback|online)",
    "which (is|are|was|were) not (allowed|permitted|supported)|(which|that) (can't|cannot|can not) be (a|an|the) | (they|users|guests|members|viewers|admins|owners|accounts|devices) (need|needs|have|has|must|should|get|gets|do|does|only|can|will|'ll) ... ... [,] (and|but|so) [<adv>] (can't|cannot|can not|cant|couldn't|could not)",
    "no [known|easy|simple|good|real] (workaround|workarounds|work-around|work around) (is|are) [really|actually|even] (needed|required|necessary)|no (workaround|workarounds|work-around|work around) (needed|required|necessary)",
    "(can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't|haven't|hasn't|shouldn't) (you|it|they|this|that|there|we|he|she)|(is|are|was|were|would|will|does|do|did|has|have) (it|this|that|there|these|those) (not|no)|why (can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't)|(if|whether|is|are) [there|we|I] [is|are|'s|find|see|can find|can see|could find] anything|(need|needs|want|wants|'d like|would like) anything",
    "(the|your|its|their|this|that|these|those|my) ... (can't|cannot|can not|couldn't|could not|unable to|not able to|isn't able to|aren't able to|wasn't able to|weren't able to|won't be able to|would be unable to) <nl-fault:base>|(it|they) [would|will|'d|'ll|was|were|is|are|'s|'re] (can't|cannot|can not|couldn't|could not|unable to|not able to|be unable to|not be able to) <nl-fault:base>",
    "(I|we) [just|still|also|really|simply] (can't|cannot|can not|couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to) (find|see|spot|notice|locate|detect|identify|think of) (anywhere|what|why|where|how it|how this|how that|how the|any <nl-finding>|a <nl-finding>|an <nl-finding>|the <nl-finding>|anything (wrong|unusual|odd|strange|amiss|like|similar|about|on|in|at|of|with|that|which|to suggest|.|,|;|!|?))",
    "(can't|cannot|can not|cant|couldn't|could not|won't|will not) be [<adv>] <nl-fault:past> | (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|your|any|a) ... (commit|commits|patch|patches|series|backport|changeset|change|changes) | (build|kernel|version|branch|tree|release|snapshot|rc|firmware|image) (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|any|a) [...] (fix|fixes)",
    "(I|we) [really|just|still|currently|honestly|simply|also|even|actually] (can't|cannot|can not|cant|couldn't|could not) [really|quite|honestly|seem to|actually|even|just|simply|fully|always|entirely] <nl-know:base> | (I|we) (don't|do not) (think|believe) (that|this|it|such a|such an|the) [race|deadlock|case|state|situation|condition|path] can (happen|occur|arise|be hit|be triggered|be reached)",
    "(I|we) [<adv>] (won't|will not|wouldn't|would not|'d not|couldn't|could not|may not|might not) [<adv>] be able to [<adv>] <nl-know:base> | afraid [,] [that|but] (I|we) (don't|do not|didn't|did not) [quite|really|fully|entirely] (understand|follow) | (we|I) (couldn't|could not) have [<adv>] (asked|wished|hoped) for | (we|I) (couldn't|could not) [<adv>] (agree more|be happier|be prouder|be more (pleased|delighted|grateful|thankful|proud|happy))",
    "(error|errors|message|warning|log|event|alert|exception) (with|that|saying|stating|says|states|said|stated|about|reads|reading|:) ... (can't|cannot|can not|could not|couldn't|unable|not possible|not found|not supported|unsupported|not allowed)",
    "(app|application|game|launcher|installer|client|program|software|tool|screen|log|logs|dmesg|output|console|device|phone|computer|driver|kernel|firmware|server|windows|steam|browser|prompt|popup|dialog) (says|said|shows|showed|reports|reported|complains|complained|claims|claimed|tells you|told you|displays|displayed|indicates|prints|printed|states) [that] ... ... (can't|cannot|can not|couldn't|could not|unable|not able|not possible|impossible|unsupported)",
    "(can't|cannot|can not|couldn't|could not) (wait|believe|thank|stress|recommend|agree|be happier|be prouder|be more|go wrong|miss) | (report|file|reporting|filing) (it|this|that|them|this one|that one|these|those) [<adv>|just|straight] (as (spam|junk|phishing)|under)",
    "without (the|this|that|these|those|a|an|your) [<adv>] [...] (patch|patches|fix|fixes|commit|commits|backport|bugfix|hotfix|quirk|update|workaround) [applied|in place|merged|installed] [,] ... ... ... (can't|cannot|can not|couldn't|could not|won't|will not|doesn't|does not|isn't|is not|unable|not able|never|fails)",
    "(I|we)? [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|unable to|not able to|wasn't able to|was not able to|weren't able to|were not able to|was unable to|were unable to|am unable to|'m unable to|'m not able to|am not able to|haven't been able to|have not been able to|'ve not been able to|didn't manage to|did not manage to|can no longer|could no longer|am no longer able to|'m no longer able to) [yet] (reproduce|replicate|recreate|repro|duplicate)",
    "(not|isn't|is not|wasn't|'s not|it's not|that's not) [at all|entirely|completely|necessarily|totally] (impossible|unlikely|unheard of|infeasible|unfeasible|out of the question)",
    "(no|any|a) [good|real|technical|particular] reason (why|that) [it|this|that|you|we|they|the|your|its|there] ... (couldn't|could not|can't|cannot|can not|wouldn't|would not|won't|will not|shouldn't|should not)",
    "(doesn't|does not|won't|will not|didn't|did not|no longer) accept ... (input|characters|character|keystrokes|keystroke|key presses|keypresses|text|data|values|value|clicks|focus|connections|packets|commands|parameters|arguments|strings|string|entries|digits|numbers|bytes)",
    "(isn't|is not|aren't|are not|hasn't been|has not been|haven't been|have not been|wasn't|was not|not) [yet] (released|out|shipped|published|public) yet|not yet (released|out|shipped|published|public)",
    "(out of|outside|beyond) [the] scope (:) | unfortunately [,] (I|we) [really|honestly|just] (don't|do not) [really|honestly|actually] know (how (this|it|that|the)|anything|much|what|why|whether|if|about|enough)",
    "(when|whenever|once|as soon as|every time|each time|if) (I|you|we|the user|users|a user|someone) ... ... , (it|they|the|this|that|its|their) ... (doesn't|does not|don't|do not|won't|will not|didn't|did not|isn't|is not|aren't|are not)",
    "you [still|really] (can't|cannot|can not|cant|couldn't|could not|are unable|were unable|aren't able|are not able|weren't able|won't be able)|you('re| are) (unable|not able)",
    "(if|when|whether|why) (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)|(if|when|whether|why) (can't|cannot|unable|not able)",
    "(if|when|whether|why|in case|unless) (it|that|this|the|your) ... (won't|will not|doesn't|does not|wouldn't|would not|isn't|is not) work | (the|your|this) ... (that|which) (doesn't|does not|didn't|did not|isn't|is not) [<adv>] work (for|with|on) you",
    "(sorry|see|seems|appears|understand|hear|heard|notice|noticed|saw|mentioned|said|say|know|mean|means|read|reported|reporting|shows|show|like|frustrating|annoying|shame|odd|strange|weird|confirm|confirmed|explains|explain|think|guess|suspect|assume|possible|likely|sure) that (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)",
    "not possible to (miss|go wrong)|(not possible|not be possible|isn't possible|impossible|no way|no means) for (anyone|anybody|someone|somebody|others|other people|other users|strangers|third parties|hackers|outsiders|the (update|upgrade|app|installer|system|change|process|tool)) [else] to [<adv>] (see|access|read|view|delete|erase|lose|damage|corrupt|overwrite|wipe|steal|leak|intercept)",
    "(no way|not possible|isn't possible|impossible|no means) for (us|me|our staff|staff|our team|our agents|agents|our employees|employees) [<adv>] to [<adv>] (see|access|read|view|know) (your|the|a|any) [full|complete|actual|saved|stored] (card|cards|card number|card details|password|passwords|pin|passcode|cvv|cvc|security code|private key|keys|messages|chats|payment details|bank details)",
    "(can't|cannot|can not|couldn't|could not) be [<adv>] (seen|accessed|read|viewed|decrypted|intercepted|stolen|leaked) by (anyone|anybody|someone|others|other people|other users|third parties|strangers|outsiders|hackers|us|our staff|staff|employees|our employees|our team) [else]",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly] <send-to>",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly|gone ahead and|went ahead and] (report|reported|reporting|file|filed|filing|raise|raised|raising|open|opened|opening|take|taken|taking|took|move|moved|moving|post|posted|posting|submit|submitted|submitting)",
    "(contact|message|DM|reach|ask|tell|write to) us (via|by|in|through|on|over|here|with|directly|privately)? (DM|DMs|direct message|private message|PM|here|this thread|this channel)|(message|DM|tell|ask) us|(are|were|aren't|weren't) you [still] (unable|not able)|(were|was) you able to",
    "(contact|phone|tracking|account|order|reference|case|mobile|cell|telephone|support|ticket) (number|numbers|details|info|information|id)|(return|returns|returned|returning) (policy|label|window|shipping)",
    "(ask|asked|asking) (you|if|whether|for (your|the|a|an|more|some|any|details|info|information)) | (documentation|docs|doc|manual|manuals|datasheet|datasheets|data sheet|spec|specs|specification|guide|readme|wiki|man page|changelog|help page|error message|error text|wording|description|instructions) (isn't|is not|aren't|are not|wasn't|was not) [really|very|quite|entirely|particularly|that|so|too] (clear|obvious|intuitive|accurate|consistent|precise|explicit|helpful|informative|readable)",
    "(open|opening) (the|a|your) (app|file|link|page|settings|menu|browser|terminal|tab)|go to (settings|the settings|your settings|the (menu|tab|page|screen|folder|section)|preferences)",
    "(post|posted) [it|this|that|them|the|a|your|an|more|some|any] ... (here|below|in this thread|on this thread|in this issue|back)|(post|posted) (here|the (log|logs|output|error|details|file|code|result|results|screenshot))",
    "(send|sent|sending) (you|it|them|the|a|an|your)|(call|calls|calling) (it|this|that)|(reach|reached) (us|you|out to us|me)|(visit|visited) (us|our)|(raise|raised) (the|a) (limit|price|issue with (us|me))|(file|files|filed) (a|an|the) (bug|issue|report) (here|on our tracker)",
    "(is|are|was|were|'s|'re|of|for|from|by|with|about) (the|a|an|your|their|his|her|its|my|our) (phone|call|email|visit|post|ring|file|return|direct) <elsewhere>",
    "(than|instead of|rather than|without) [having to|needing to|the need to|the hassle of|the trouble of] <send-to> [in|out|up|by|round|into] [(or|and|nor) <send-to>]|(no need to|don't need to|do not need to|don't have to|do not have to|never have to|no longer have to|no longer need to|won't need to|won't have to|will not need to|will not have to|needn't) [ever|even|actually|now] <send-to>",
    "(post|paste|share|put|drop|send|give|show|type|copy) [us|me] (the|your|a|an|any|some|more|that|this) [full|exact|complete|whole|actual|relevant|entire] (error|errors|error message|log|logs|output|screenshot|screenshots|details|trace|stack trace|traceback|message|code|config|result|results|snippet|command) [here|you get|you see|you got] (in|into|on|to) (the|this) (chat|channel|thread|conversation|comments)",
    "(refund|refunds|money|payment|payments|amount|funds|credit|cashback|reversal|parcel|package|order|it|this|that) [will|'ll|should|usually|normally|automatically|then] (go|goes|went|gone|going) [back|straight|directly] to",
    "(will|'ll|has|have|'ve|had|been|is|are|'s|'re) [already|now|just|also] (report|raise|reported|raised|reporting|raising|take|taken|taking|took|escalate|escalated|escalating) | (nothing|none of (this|it|that|these|those)|never|whether|which|what) ... ... against [our|the|company] policy | against [our|the|company] policy ... ... ... (,|;) but (you|we|I) [<adv>] (can|could|'ll|will|may)",
    "(post|posting|posted|write|writing|make|making|publish|publishing|put up|putting up) (a|an|the) [new|separate|short|full] (forum|blog|community|mailing list|list) (post|thread|topic|update|announcement|article|entry|message) | (once|when|after|if|since|until) (we|I) [have|'ve|had|recently|now] [recently|now] stopped | stopped ... ... ... (,|;) [but|and] ... ... ... (now|still|instead)",
    "(seem|appear|look) (to be|like) (a|an) (problem|issue) (with|on|in|for|at) | (not|isn't|wasn't) [<adv>] (a|an) (bug|regression) | (nothing|anything) (on|at) your (side|end) | not (recommended|advised|advisable) ... ... (,|;) (so|instead) [,] [please] (try|use|test|run|start|keep|stick|switch|do) | our (records|system|systems|logs|data) [,] [... ... ...] [,] so ((I|we) ('ve|have|'ll|will|just)|(you're|you are) [<adv>|now] all set)",
    "(seem|appear|look|not|isn't|wasn't) [to be|like] (a|an) [<adv>] (known|new|common|real|similar|different|separate|serious|big|bigger|major|huge|significant|critical|severe|widespread|large|massive|grave|dangerous|worrying|concerning|permanent|lasting|urgent) (bug|issue|problem|regression) | never (promised|mentioned|advertised|offered|guaranteed|claimed|stated) ... ... [,] [which|and|and that|that] (was|is|'s) (our|my) (mistake|fault|error|oversight)",
    "(seem|appear|look|not|isn't|wasn't) [to be|like] (a|an) [<adv>] (hardware|software|network|connection|connectivity|configuration|config|settings|setup|permission|permissions|account|billing|payment|battery|memory|disk|power|cable|wifi|wi-fi|signal|login|password|cache|browser|compatibility|performance|timing|user|user error) (bug|issue|problem) | never [ever] (promised|mentioned|advertised|offered|guaranteed|claimed|stated) [... ...] (before|until now|in our history)",
    "(works|working|work|behaves|behaving|behave|functions|functioning) (as|exactly as) (designed|intended|expected) [<adv>] (again|now)|(now|again) [<adv>] (works|working|work|behaves|behaving|functions|functioning) (as|exactly as) (designed|intended|expected) | be (added|implemented|supported|ported|offered|included|considered|merged|accepted|backported|pursued) ... (until|till)",
    "(as designed|as intended|expected behaviour|expected behavior|by design) [,] but | (no|nope|not yet|not really|not at the moment|not currently) , but ((I|we) [<adv>] (can|could|will|'ll)|you [<adv>] (can|could) [still|always|just] (use|try|switch|get|order|buy|book|pick)|we're|we are|it will|it'll|soon|there's a way|there is a way) | false (positive|alarm) (in|from|by|on) our",
    "(if|whether) (this|that|it) (is|'s|was) [<adv>] [the|an|a] [<adv>] (expected|intended) | (designed|intended|meant|conceived) as ... ... , so [<adv>] [please] [simply] (<howto:base>|you (can|could|'ll|will)) | want to (add|put|charge) ... ... (to|on) your (account|bill|invoice|order|card|statement|balance|plan) | (if|whether|unless|when) [...] [...] (is|was|are|'s) [<adv>] (untrue|not true|not the case|incorrect|inaccurate)",
    "(if|in case|whether) [you think|you feel|you believe|you suspect] you [<adv>|may have|might have|have|had] (misunderstood|misread|misinterpreted) | (misunderstanding|miscommunication|misconception|misinterpretation) (on|from) (our|my) (part|side|end) | (misunderstanding|miscommunication) (between|among|within) (our|my) [...] [...] (staff|team|teams|departments|colleagues)",
    "(if|whether|unless) (the|this|that|your|its) ... (behaviour|behavior) ... (is|'s|was) | (behaviour|behavior) ... (is|'s|was) [<adv>] now (correct|right) | (after|since|with|following|now that|thanks to) (the|this|that|our|today's|a|your|last) [...] [...] (fix|hotfix|update|patch|release|upgrade|change|changes) [,] ... (behaviour|behavior) (is|'s|was) [<adv>] (correct|right)",
    "take (this|it|that|the matter|the issue|them|this one|that one) up with (me|us|our team|my team|myself) | (happen|be happening) (again|anymore|any more|until|unless|till|before|if|automatically|immediately|right away|straight away|overnight) | (you|you'll|your) [...] (won't|will not|'ll never|will never) be (added|included) | never [ever] (ask|asks|request|requests) [you|customers|guests|users] for (your|a|any) [...] (password|passwords|pin|otp|cvv|card|code|codes|login|details|bank)"
   ]
  },
  {
   "id": "negative-close",
   "signal": "negative-language",
   "level": "warning",
   "message": "Say what you found and what the customer can do next rather than closing their report (\"{actual}\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I'm closing this, it's not a bug in the installer.",
     "Closed because no response from the reporter.",
     "Feel free to reopen the ticket with the screenshot."
    ],
    "pass": [
     "Closing this as fixed in 2.3.",
     "We will close this ticket in 24 hours if we don't hear back.",
     "Feel free to reopen it if it happens again."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(close|closing|I'm closing|I'll close|we're closing|we'll close) (this|it|the issue|the ticket|the report|the thread|the request|as)",
    "(closed|closing|close) [this|it|the ticket|the issue|the case|the thread|now|as] [!|.|,] (because|due to|as|since|for) [of] [the] (no|lack|inactivity|missing|not hearing)",
    "(and|then|please|kindly|pls|help to|feel free to|free to|you can|you may|you could|you're welcome to|you are welcome to) [please|help to|help|just|simply|go ahead and|then|also] reopen (the|this|your|that) (ticket|issue|case|report|request|thread|bug)",
    "(please|kindly|pls|help to|feel free to|free to|you can|you may|you could|you're welcome to|you are welcome to) [please|help to|help|just|simply|go ahead and|then|also] reopen (it|this) (once|when|after|with|by|as soon as|and|if you have|if you can|,|.|!)",
    "(will|'ll|can|could) reopen (the|this|your) (ticket|issue|case|report|request) (when|once|after|if|with|as soon as)"
   ],
   "except": [
    "(we|I) ('re|are|'m|am) [<adv>] the (one|ones) | possible without (you|your) | (google|microsoft|apple|amazon) (chrome|drive|docs|sheets|slides|maps|photos|pay|play|wallet|calendar|meet|account|workspace|translate|lens|home|assistant|authenticator|edge|teams|word|excel|outlook|office|onedrive|powerpoint|defender|store|music|tv|id|prime|alexa|kindle|echo|fire|settings)",
    "(let|lets|letting) (you|users|customers|people|admins|members|the user|a user|them|us|me) know | (nothing|anything) [else|more|further|extra] [that|which] [on|at|from] [your|our] [end|side|part] (you|we|you'll|we'll) [<adv>] (need|needs|have|has|must|should|'ll need|will need|would need|'d need) [you] to | (nothing|anything) [else|more|further|extra] (on|at|from) your (side|end|part)",
    "(don't|do not|dont|didn't|did not|can't|cannot|can not|couldn't|could not|unable to|not able to|wasn't able to|weren't able to|haven't been able to|have not been able to) [<adv>|seem to|appear to] (have|see|find|locate|spot|hold|show) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(haven't|have not|'ve not|hasn't|has not|hadn't|had not) [<adv>|yet] (got|found|seen|located|received|had) [any|a|an|the] [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(have|has|'ve|had|got|show|shows|showed|showing|find|found|see|saw|there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [such|previous|prior|recent|other|further] <nl-record> [on (our|my|the) (end|side|system)] (of|for) <nl-whose>",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(don't|doesn't|didn't|do not|does not|did not|can't|cannot|can not|couldn't|could not|won't|will not) [<adv>|yet|seem to|appear to] (show|find|see|indicate|contain|turn up|reveal|detect|spot|notice|mention|suggest|point to|pick up|identify) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (any|a|an|the slightest) [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences)",
    "(haven't|hasn't|have not|has not|'ve not|hadn't|had not) [<adv>|yet] (shown|found|seen|indicated|contained|turned up|revealed|detected|spotted|noticed|mentioned|suggested|pointed to|picked up|identified) [us|me] (anything|much) ((unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious)|(in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)|.|,|;|!)",
    "(show|shows|showed|shown|found|indicate|indicates|indicated|turned up|revealed|detected|picked up) [us|me] (nothing|no [unusual|obvious|other|new|real|major|serious|apparent|suspicious] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes|warning|warnings|sign|signs|trace|traces|evidence|outage|outages|activity|change|changes|difference|differences))",
    "(there's|there is|there are|there was|there were|there's been|there has been) [<adv>|yet] no [unusual|obvious|other|new|real|major|serious|apparent|suspicious|further] (error|errors|problem|problems|issue|issues|fault|faults|failure|failures|anomaly|anomalies|bug|bugs|crash|crashes) (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(there's|there is|there are|there was|there were) [<adv>] nothing [unusual|wrong|odd|strange|suspicious|abnormal|amiss|untoward|obvious] (in|on|from) (the|your|our|its|this|that) [...] (log|logs|trace|records|history|report|results|data|output|scan|test|tests|account|line)",
    "(wonder|wondering|wondered|curious|unsure|not sure|check|checking|see|verify|confirm|find out|let me know|let us know|tell me|tell us|ask|asking) (if|whether) ... ... <nl-neg>",
    "(not possible|not be possible|isn't possible|impossible|no way) to (lose|break|damage|corrupt|brick|overpay|be charged twice|get charged twice|be billed twice|get billed twice|be double charged|get double charged|be overcharged|get overcharged)",
    "(isn't|is not|wasn't|was not|aren't|are not|'s not|not) [directly|really|necessarily|actually|at all] (related|connected|linked|tied) (to|with)",
    "(unfortunately|sadly) [,] (the|your|this|that|these|those|it|its|their|his|her|our|my) ... ... (didn't|did not) [<adv>] (arrive|deliver|include|contain|work|go|load|save|sync|show|appear|reach|get|fix|send|update|register|apply|trigger|start|finish|install|download|upload|connect|open|respond|print|come|happen)",
    "(I|we|and|but|yet|though|still) [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to|didn't manage to|did not manage to|never managed to|haven't managed to) get (it|this|that|the|a|an|any|my|your|them) ... (to|into) (appear|show|show up|work|run|crash|happen|fail|trigger|load|start|break|hang|freeze|display|occur|misbehave|lag|stutter|reproduce)",
    "(I|we|I've|we've|I have|we have|I'll|we'll|I will|we will) [just|now|also|already|gone ahead and|went ahead and] <nl-pass-on> ... ... ... [,|and|;] [and] (they|they'd|they'll|they will|they would|they can|they could|who can|who will) [be] [more than|very] (happy|glad|able|best placed|better placed) to",
    "(it|this|that|which) [<adv>] only [<adv>] ... ... [,] (so|which means|meaning|that way|so that|which keeps|which makes|to keep|to make sure|to ensure|ensuring|keeping) [that] ... ... ... <nl-benefit>",
    "(fill|fill in|fill out|fill up|complete|submit) [in|out|up] (this|the|our|a|an) ... form ... ... (to|and|so we can|so that we can|then we can|and we will|and we'll|before we) (continue|proceed|go on|carry on) (with|the|your|this)",
    "(your|his|her|their) (inbox|mailbox|spam folder|junk folder|spam box|junk mail folder) | ((no|not any) [current|immediate] (plan|plans)|(don't|not) (plan|planning)) to (remove|drop|deprecate|discontinue|retire|withdraw|phase out) (support|(the|this|that|our|its) [...] [...] (feature|features|api|apis|mode|option|options|setting|settings|editor|format|formats|endpoint|endpoints|command|commands|integration|plugin|extension|interface|module|driver|support))",
    "(git|code|dev|development|feature|master|main|stable|release|topic|testing|experimental|devel|kernel|repo|repository|upstream) branch | (report|file|raise|open|log) (it|this|that|them|the issue|the bug|the problem|an issue|a bug|a ticket) (back|here|to (us|me|the team|our team|my team)|with (us|me))",
    "(we|I) [<adv>] (don't|do not|won't|will not|never|will never|would never) [<adv>] (sell|rent|trade|share|pass on|give away) (your|any of your|our customers'|our users') [<adv>] [personal|private|contact] (data|information|info|details|email address|email|phone number|number|address|contacts)",
    "(accept|accepting|mark|marking) [their|your|his|her|an|the|own|as] [own|an|the] (answer|answers)",
    "(next time|whenever|when|if) (you|you're|you are) [next|again|back] (visit|visiting|stop by|stopping by|drop by|drop in|pop in|come in|come by|come to|coming|in|at|back|shop|dine|are in|'re in)",
    "(didn't|did not|hasn't|has not|haven't|have not|hadn't|had not) [<adv>|yet|quite|really|fully|actually|seem to|seemed to|appear to] (<outcome:base>|<outcome:past>|make a difference|made a difference|change anything|changed anything|heard back|heard anything)",
    "(unfortunately|sadly|regrettably|I'm afraid|I am afraid) [,] ... (didn't|did not|wasn't|was not|weren't|were not|hadn't|had not) [quite|really|fully|always] (meet|live up|match|reflect|represent|go|turn out|work out|arrive|reach|have|feel|seem|look|come|get delivered|up to)",
    "(isn't|is not|wasn't|was not|'s not|not) [quite|really|at all] (the|a|an|what) [kind of|type of|sort of|level of] (standard|standards|experience|service|quality|level|impression|image|welcome|care|treatment|reflection|representation|picture|first impression) (we|that we|our|I|you|your)",
    "only [<adv>] (work|works|function|functions|run|runs|apply|applies|show|shows|show up|display|displays|sync|syncs|appear|appears|trigger|triggers|take effect|takes effect|kick in|kicks in|activate|activates|update|updates|start|starts|happen|happens) [<adv>] (if|when|once|after|as long as|provided|while|whilst|upon|as soon as)",
    "(has|have|had|was|were|'s|'ve|got) [already|now|just|successfully|been] [been|already|now|successfully] (handled|processed|managed|dealt with|done|decided|set|approved|completed|credited|settled|resolved) by",
    "(due to|because of|owing to) (a|an|the|some) [temporary|technical|network|server|system|bank|banking|server-side|backend|internal|unexpected] (issue|error|glitch|problem|outage|fault|failure|downtime|bug) ... ... [,] ... ... (could not|couldn't|was not|wasn't|were not|weren't|failed to|did not|didn't)",
    "(go to|open|visit|head to|head over to) [the|your] (play store|app store|google play|google play store|itunes) ... [and|to|then|,|->|>] [then|kindly|please] (rate|review|update|download|install|reinstall|scan|search|tap|select|click|open|leave|give|settings|my apps)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(should|could|would|might|must|ought to|shouldn't|should not) (have|'ve) [<adv>] (<send-to:past>|<action:past>|gone|went|reported|raised|filed|submitted|posted|spoken|talked|written|reached) ... ... (via|through|using|on|at|in|by) [the|our|your|a|an] [in app|online|web|mobile]",
    "(if you had|if you'd|had you|if only you had|if only you'd) [<adv>|not] (<send-to:past>|<action:past>|gone|asked|used|reported|raised|filed|submitted|posted|checked|spoken|talked|written|reached|been in touch|got in touch|gotten in touch)",
    "(thank you|thanks|thank u|thx) [you|so much|you so much] (for|in) (contacting|reaching out to|reaching out|writing to|writing in to|getting in touch with|posting|asking|visiting|stopping by|stopping in|dropping by|dropping in|popping in|popping by|coming in|coming by|coming to|shopping at|shopping with|dining at|dining with|choosing) [question|your question|this|it] [in|on|at|to|with] [the|our|this] ... (<elsewhere>|<nl-venue>|<channel>|us|forum|forums|community|q&a|page|site)",
    "((which|what|whose)|(and|of|for|with|from|about|is|are|was|does|do|did|us|me) (your|the|their)) (email|mail|phone|mobile) <elsewhere> | (open|raise|create|log|start|submit|add|set up|make) (a|an) [new|separate|custom] (issue|bug|ticket|bug report|report|feature request) (view|views|type|types|template|templates|field|fields|category|categories|tag|tags|label|labels|queue|queues|filter|filters|status|column|columns|layout|widget|called|named|titled|under|in the dashboard)",
    "(the|your|its|their|this|that|these|those|my|our) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|failed to) ... (because|since|due to|as the|as your|as it|as its|as their|as there|when|after|until|so)|(because|since|as|when|after|until|so) (the|your|its|their|this|that|these|those|it|they) ... (couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|(can't|cannot|can not) [<adv>] <nl-fault:base>)",
    "(the|your|its|their|this|that|these|those) ... (can't|cannot|can not) (open|read|reach|find|load|connect|access|see|start|run|handle|parse|detect|display|show|verify|decrypt|sync|write|save|send|recognise|recognize|process|resolve|authenticate|locate|mount|boot|install|update|download|upload|print|play|import|export) ... (because|since|as the|as your|as it|as its|when|while|until|unless|without)",
    "(is|isn't|could|might|would|can) (this|that|it) [be] (a|an) ... (limitation|restriction) | (people|folks|guys|team|teams|maintainers|experts|department|specialists|staff) (will|would|might|may|should|could|can) ... ... ... ... , so (I|we) [<adv>] ('ve|have|'ll|will|am|'m|are|'re) [<adv>] (forwarded|escalated|passed|handed|transferred|referred|forwarding|escalating|passing|handing|forward|escalate|pass|hand|transfer|refer)",
    "(received|got|saw|seen|read|sent|submitted|filled in|filled out) (your|the|this|that|a|an|their) ... (via|through|on|at|in|using|from) [the|a|our|your] (contact|support|web|feedback|online)",
    "which (is|are|was|were) not (allowed|permitted|supported)|(which|that) (can't|cannot|can not) be (a|an|the) | (they|users|guests|members|viewers|admins|owners|accounts|devices) (need|needs|have|has|must|should|get|gets|do|does|only|can|will|'ll) ... ... [,] (and|but|so) [<adv>] (can't|cannot|can not|cant|couldn't|could not)",
    "no [known|easy|simple|good|real] (workaround|workarounds|work-around|work around) (is|are) [really|actually|even] (needed|required|necessary)|no (workaround|workarounds|work-around|work around) (needed|required|necessary)",
    "(can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't|haven't|hasn't|shouldn't) (you|it|they|this|that|there|we|he|she)|(is|are|was|were|would|will|does|do|did|has|have) (it|this|that|there|these|those) (not|no)|why (can't|cannot|couldn't|won't|wouldn't|isn't|aren't|doesn't|don't|didn't|wasn't|weren't)|(if|whether|is|are) [there|we|I] [is|are|'s|find|see|can find|can see|could find] anything|(need|needs|want|wants|'d like|would like) anything",
    "(the|your|its|their|this|that|these|those|my) ... (can't|cannot|can not|couldn't|could not|unable to|not able to|isn't able to|aren't able to|wasn't able to|weren't able to|won't be able to|would be unable to) <nl-fault:base>|(it|they) [would|will|'d|'ll|was|were|is|are|'s|'re] (can't|cannot|can not|couldn't|could not|unable to|not able to|be unable to|not be able to) <nl-fault:base>",
    "(I|we) [just|still|also|really|simply] (can't|cannot|can not|couldn't|could not|wasn't able to|was unable to|weren't able to|were unable to|haven't been able to|have not been able to) (find|see|spot|notice|locate|detect|identify|think of) (anywhere|what|why|where|how it|how this|how that|how the|any <nl-finding>|a <nl-finding>|an <nl-finding>|the <nl-finding>|anything (wrong|unusual|odd|strange|amiss|like|similar|about|on|in|at|of|with|that|which|to suggest|.|,|;|!|?))",
    "(can't|cannot|can not|cant|couldn't|could not|won't|will not) be [<adv>] <nl-fault:past> | (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|your|any|a) ... (commit|commits|patch|patches|series|backport|changeset|change|changes) | (build|kernel|version|branch|tree|release|snapshot|rc|firmware|image) (doesn't|does not|didn't|did not) [yet|even] (include|contain|have) (the|that|this|these|those|any|a) [...] (fix|fixes)",
    "(I|we) [really|just|still|currently|honestly|simply|also|even|actually] (can't|cannot|can not|cant|couldn't|could not) [really|quite|honestly|seem to|actually|even|just|simply|fully|always|entirely] <nl-know:base> | (I|we) (don't|do not) (think|believe) (that|this|it|such a|such an|the) [race|deadlock|case|state|situation|condition|path] can (happen|occur|arise|be hit|be triggered|be reached)",
    "(I|we) [<adv>] (won't|will not|wouldn't|would not|'d not|couldn't|could not|may not|might not) [<adv>] be able to [<adv>] <nl-know:base> | afraid [,] [that|but] (I|we) (don't|do not|didn't|did not) [quite|really|fully|entirely] (understand|follow) | (we|I) (couldn't|could not) have [<adv>] (asked|wished|hoped) for | (we|I) (couldn't|could not) [<adv>] (agree more|be happier|be prouder|be more (pleased|delighted|grateful|thankful|proud|happy))",
    "(error|errors|message|warning|log|event|alert|exception) (with|that|saying|stating|says|states|said|stated|about|reads|reading|:) ... (can't|cannot|can not|could not|couldn't|unable|not possible|not found|not supported|unsupported|not allowed)",
    "(app|application|game|launcher|installer|client|program|software|tool|screen|log|logs|dmesg|output|console|device|phone|computer|driver|kernel|firmware|server|windows|steam|browser|prompt|popup|dialog) (says|said|shows|showed|reports|reported|complains|complained|claims|claimed|tells you|told you|displays|displayed|indicates|prints|printed|states) [that] ... ... (can't|cannot|can not|couldn't|could not|unable|not able|not possible|impossible|unsupported)",
    "(can't|cannot|can not|couldn't|could not) (wait|believe|thank|stress|recommend|agree|be happier|be prouder|be more|go wrong|miss) | (report|file|reporting|filing) (it|this|that|them|this one|that one|these|those) [<adv>|just|straight] (as (spam|junk|phishing)|under)",
    "without (the|this|that|these|those|a|an|your) [<adv>] [...] (patch|patches|fix|fixes|commit|commits|backport|bugfix|hotfix|quirk|update|workaround) [applied|in place|merged|installed] [,] ... ... ... (can't|cannot|can not|couldn't|could not|won't|will not|doesn't|does not|isn't|is not|unable|not able|never|fails)",
    "(I|we)? [just|still|also|really|simply] (couldn't|could not|can't|cannot|can not|unable to|not able to|wasn't able to|was not able to|weren't able to|were not able to|was unable to|were unable to|am unable to|'m unable to|'m not able to|am not able to|haven't been able to|have not been able to|'ve not been able to|didn't manage to|did not manage to|can no longer|could no longer|am no longer able to|'m no longer able to) [yet] (reproduce|replicate|recreate|repro|duplicate)",
    "(not|isn't|is not|wasn't|'s not|it's not|that's not) [at all|entirely|completely|necessarily|totally] (impossible|unlikely|unheard of|infeasible|unfeasible|out of the question)",
    "(no|any|a) [good|real|technical|particular] reason (why|that) [it|this|that|you|we|they|the|your|its|there] ... (couldn't|could not|can't|cannot|can not|wouldn't|would not|won't|will not|shouldn't|should not)",
    "(doesn't|does not|won't|will not|didn't|did not|no longer) accept ... (input|characters|character|keystrokes|keystroke|key presses|keypresses|text|data|values|value|clicks|focus|connections|packets|commands|parameters|arguments|strings|string|entries|digits|numbers|bytes)",
    "(isn't|is not|aren't|are not|hasn't been|has not been|haven't been|have not been|wasn't|was not|not) [yet] (released|out|shipped|published|public) yet|not yet (released|out|shipped|published|public)",
    "(out of|outside|beyond) [the] scope (:) | unfortunately [,] (I|we) [really|honestly|just] (don't|do not) [really|honestly|actually] know (how (this|it|that|the)|anything|much|what|why|whether|if|about|enough)",
    "(when|whenever|once|as soon as|every time|each time|if) (I|you|we|the user|users|a user|someone) ... ... , (it|they|the|this|that|its|their) ... (doesn't|does not|don't|do not|won't|will not|didn't|did not|isn't|is not|aren't|are not)",
    "you [still|really] (can't|cannot|can not|cant|couldn't|could not|are unable|were unable|aren't able|are not able|weren't able|won't be able)|you('re| are) (unable|not able)",
    "(if|when|whether|why) (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)|(if|when|whether|why) (can't|cannot|unable|not able)",
    "(if|when|whether|why|in case|unless) (it|that|this|the|your) ... (won't|will not|doesn't|does not|wouldn't|would not|isn't|is not) work | (the|your|this) ... (that|which) (doesn't|does not|didn't|did not|isn't|is not) [<adv>] work (for|with|on) you",
    "(sorry|see|seems|appears|understand|hear|heard|notice|noticed|saw|mentioned|said|say|know|mean|means|read|reported|reporting|shows|show|like|frustrating|annoying|shame|odd|strange|weird|confirm|confirmed|explains|explain|think|guess|suspect|assume|possible|likely|sure) that (it|you|the|this|your) ... (can't|cannot|can not|unable|not able)",
    "not possible to (miss|go wrong)|(not possible|not be possible|isn't possible|impossible|no way|no means) for (anyone|anybody|someone|somebody|others|other people|other users|strangers|third parties|hackers|outsiders|the (update|upgrade|app|installer|system|change|process|tool)) [else] to [<adv>] (see|access|read|view|delete|erase|lose|damage|corrupt|overwrite|wipe|steal|leak|intercept)",
    "(no way|not possible|isn't possible|impossible|no means) for (us|me|our staff|staff|our team|our agents|agents|our employees|employees) [<adv>] to [<adv>] (see|access|read|view|know) (your|the|a|any) [full|complete|actual|saved|stored] (card|cards|card number|card details|password|passwords|pin|passcode|cvv|cvc|security code|private key|keys|messages|chats|payment details|bank details)",
    "(can't|cannot|can not|couldn't|could not) be [<adv>] (seen|accessed|read|viewed|decrypted|intercepted|stolen|leaked) by (anyone|anybody|someone|others|other people|other users|third parties|strangers|outsiders|hackers|us|our staff|staff|employees|our employees|our team) [else]",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly] <send-to>",
    "(I|we|I'll|we'll|I will|we will|I've|we've|I have|we have|I'm|we're|let me|let us|I can|we can) [just|already|also|now|then|happily|gladly|gone ahead and|went ahead and] (report|reported|reporting|file|filed|filing|raise|raised|raising|open|opened|opening|take|taken|taking|took|move|moved|moving|post|posted|posting|submit|submitted|submitting)",
    "(contact|message|DM|reach|ask|tell|write to) us (via|by|in|through|on|over|here|with|directly|privately)? (DM|DMs|direct message|private message|PM|here|this thread|this channel)|(message|DM|tell|ask) us|(are|were|aren't|weren't) you [still] (unable|not able)|(were|was) you able to",
    "(contact|phone|tracking|account|order|reference|case|mobile|cell|telephone|support|ticket) (number|numbers|details|info|information|id)|(return|returns|returned|returning) (policy|label|window|shipping)",
    "(ask|asked|asking) (you|if|whether|for (your|the|a|an|more|some|any|details|info|information)) | (documentation|docs|doc|manual|manuals|datasheet|datasheets|data sheet|spec|specs|specification|guide|readme|wiki|man page|changelog|help page|error message|error text|wording|description|instructions) (isn't|is not|aren't|are not|wasn't|was not) [really|very|quite|entirely|particularly|that|so|too] (clear|obvious|intuitive|accurate|consistent|precise|explicit|helpful|informative|readable)",
    "(open|opening) (the|a|your) (app|file|link|page|settings|menu|browser|terminal|tab)|go to (settings|the settings|your settings|the (menu|tab|page|screen|folder|section)|preferences)",
    "(post|posted) [it|this|that|them|the|a|your|an|more|some|any] ... (here|below|in this thread|on this thread|in this issue|back)|(post|posted) (here|the (log|logs|output|error|details|file|code|result|results|screenshot))",
    "(send|sent|sending) (you|it|them|the|a|an|your)|(call|calls|calling) (it|this|that)|(reach|reached) (us|you|out to us|me)|(visit|visited) (us|our)|(raise|raised) (the|a) (limit|price|issue with (us|me))|(file|files|filed) (a|an|the) (bug|issue|report) (here|on our tracker)",
    "(is|are|was|were|'s|'re|of|for|from|by|with|about) (the|a|an|your|their|his|her|its|my|our) (phone|call|email|visit|post|ring|file|return|direct) <elsewhere>",
    "(than|instead of|rather than|without) [having to|needing to|the need to|the hassle of|the trouble of] <send-to> [in|out|up|by|round|into] [(or|and|nor) <send-to>]|(no need to|don't need to|do not need to|don't have to|do not have to|never have to|no longer have to|no longer need to|won't need to|won't have to|will not need to|will not have to|needn't) [ever|even|actually|now] <send-to>",
    "(post|paste|share|put|drop|send|give|show|type|copy) [us|me] (the|your|a|an|any|some|more|that|this) [full|exact|complete|whole|actual|relevant|entire] (error|errors|error message|log|logs|output|screenshot|screenshots|details|trace|stack trace|traceback|message|code|config|result|results|snippet|command) [here|you get|you see|you got] (in|into|on|to) (the|this) (chat|channel|thread|conversation|comments)",
    "(refund|refunds|money|payment|payments|amount|funds|credit|cashback|reversal|parcel|package|order|it|this|that) [will|'ll|should|usually|normally|automatically|then] (go|goes|went|gone|going) [back|straight|directly] to",
    "(will|'ll|has|have|'ve|had|been|is|are|'s|'re) [already|now|just|also] (report|raise|reported|raised|reporting|raising|take|taken|taking|took|escalate|escalated|escalating) | (nothing|none of (this|it|that|these|those)|never|whether|which|what) ... ... against [our|the|company] policy | against [our|the|company] policy ... ... ... (,|;) but (you|we|I) [<adv>] (can|could|'ll|will|may)",
    "(post|posting|posted|write|writing|make|making|publish|publishing|put up|putting up) (a|an|the) [new|separate|short|full] (forum|blog|community|mailing list|list) (post|thread|topic|update|announcement|article|entry|message) | (once|when|after|if|since|until) (we|I) [have|'ve|had|recently|now] [recently|now] stopped | stopped ... ... ... (,|;) [but|and] ... ... ... (now|still|instead)",
    "(won't|will not|wont|shan't|shall not|'ll never|will never|never|not going to|don't|do not|didn't|did not|haven't|have not|'m not|am not|'re not|are not|not) [<adv>|yet|be] (close|closing|closed) (this|it|the|your)",
    "(close|closing) (this|the|your) [ticket|case|issue|thread|request|report|conversation] ... ... ... ... (if|unless) (we|I) (don't|do not|haven't|have not|can't|cannot|won't|do n't|hear|get|receive)",
    "(close|closing|closed) [this|it|the issue|the ticket|the report|the thread|the request|the case|this issue|this ticket|this one] [now|out] [,|.] (as|since|because|now that|as it's|since it's|because it's|as it is|since it is|as it has been|since it has been) [now|been|already|finally|successfully] (fixed|resolved|solved|completed|complete|done|answered|sorted|addressed|merged|implemented|released|shipped|working|corrected|restored)",
    "(close|closing) (this|it|the issue|the ticket|the report|the thread|the request|the case) [now] [,|.] (since|because|as|now that|given that) (the|your|this|that|it|a) ... (is|has|'s|was|were|went|got|have) [now|been|already|finally|successfully] (fixed|resolved|solved|done|through|processed|restored|delivered|refunded|merged|released|shipped|live|working)",
    "(close|closing) (this|it|the issue|the ticket|the report|the thread|the request|this issue|this ticket) [now] [,|.|;|:] [as] (the|a|this|that|your|our) (fix|patch|change|update|release|commit|pr|pull request|refund|replacement|correction) (is|was|has|'s|went|landed|shipped|got|will)",
    "(you can|you may|you could|feel free to|please|go ahead and|you're welcome to|you are welcome to|free to|kindly) [now|just|also|then] close (this|it|the issue|the ticket|the report|the thread|the request|the case|this issue|this ticket|this one)",
    "(will|'ll|would|may|might|shall) [<adv>] (close|be closing) (this|the|your) [ticket|case|issue|thread|request|report|conversation] ... ... ... ... (if|unless)",
    "(will|'ll|would|may|might|shall) [<adv>] close (this|the|your) [ticket|case|issue|thread|request|report|conversation] ... ... ... ... (if|unless) ... ... ... ... [,] [and|then|kindly|please|pls|just|simply] [help to] reopen",
    "reopen ... ... ((if|should|in case|whenever) (it|this|that|the issue|the problem|the error|the bug|the crash) (happens|happen|occurs|occur|comes back|recurs|returns|persists|reappears|shows up|still|ever)|(if|should|in case) (this|it|that|the fix|the update|the change|the patch|the workaround|the solution) (doesn't|does not|didn't|did not|won't|isn't|is not) (work|help|fix|solve|resolve|do))",
    "reopen ... ... ((if|should|in case|whenever|when) (you|you're|you are) [still|ever|again] (still|ever|again|see|seeing|hit|hitting|run into|running into|encounter|encountering|experience|experiencing|notice|face|facing|continue|keep)|(if|when|as|where) (needed|necessary|required|need be|appropriate))",
    "(if|should|in case|whenever) ... ... (still|again|persists|persist|continues|returns|comes back|recurs|doesn't work|does not work|not working) ... ... [,] [please|kindly|feel free to|just|then|you can|you may|do] [please|just|go ahead and] (reopen|re-open)"
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
     "That's gutting, I'd be fuming too.",
     "I know this is frustrating.",
     "That doesn't sound right.",
     "That's no good!",
     "We never like hearing this.",
     "This is really concerning.",
     "I know this will take a while.",
     "I'm sorry you feel that way.",
     "We're sorry you are dissatisfied with the repair.",
     "That definitely doesn't sound right.",
     "This usually doesn't happen, let me look at your account.",
     "We're as frustrated as you are about the delay."
    ],
    "pass": [
     "Sorry to hear that. What lights are showing?",
     "I understand, that would be a useful feature to have.",
     "I don't understand the error message, can you send a screenshot?",
     "Glad to hear it works!",
     "That's a great idea, thanks!",
     "It's hard to say without the logs."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(I|we) [<sincere-degree>|do|can] (understand|get it|hear you|hear your)",
    "(I|we) (know|understand|can see|can imagine|appreciate|realise|realize|get) (how|why|that|what) ... (frustrat*|stress*|upset*|annoy*|disappoint*|inconvenien*|worr*|aggravat*|maddening|infuriat*|exasperat*|irritat*|confus*|fed up|a pain|awful|difficult|hard|tough|scary|unsettling|long|frightening)",
    "(I|we) know (this|that|it) (is|must be|can be|'s|has been|will be|will take|takes|'ll take|might take) [been] [really|so|very|incredibly|extremely|a bit|pretty|quite] (frustrat*|stress*|upset*|annoy*|disappoint*|inconvenien*|worr*|aggravat*|maddening|infuriat*|exasperat*|irritat*|confus*|a pain|difficult|hard|tough|scary|a while|a long time|long|time|effort)",
    "(I|we) (can|could) (only)? imagine",
    "(must|would|could) be (really|so|very|incredibly|extremely|pretty|quite|such a)? (frustrat*|stressful|upsetting|annoying|disappointing|worrying|aggravating|maddening|infuriating|exasperating|irritating|confusing|inconvenient|a pain|difficult|hard|tough|scary)",
    "(is|was|sounds|feels) (incredibly|really|so|very|extremely|understandably|truly) (frustrat*|stressful|upsetting|annoying|disappointing|worrying|aggravating|maddening|infuriating|exasperating|irritating|confusing|inconvenient)",
    "(sounds|sounded|seems|looks|must have been|has been) [like] ... (frustrat*|stressful|upsetting|annoying|disappointing|worrying|maddening|infuriating|exasperating|irritating|inconvenient|a pain|a nightmare|a hassle|rough|tough)",
    "(how|so) (frustrating|stressful|upsetting|annoying|disappointing|maddening|infuriating|exasperating|irritating|inconvenient)",
    "I('d| would) (be|feel) [<degree>] (<psych:past>|<feeling>|frustrated|fed up|upset|annoyed|angry|disappointed|worried|the same) [too|as well|in your (place|shoes|position)]",
    "(I|we) don't blame you",
    "(that|this|it) (shouldn't|should not|doesn't|does not|isn't|is not|definitely shouldn't) (be happening|seem right|sound right|look right|right|acceptable|okay|ok|good enough)",
    "(far|way|much) too long",
    "(not|isn't|is not) the experience (we|I) (want|expect|would like|hope|aim)",
    "(is|was|that's) (a|such a) [<degree>] (long time|long wait|long time to wait)",
    "(saddened|sad|heartbroken|gutted) to (hear|see|learn)",
    "you (appear|seem|sound) (to be)? (frustrat*|upset|annoyed|worried|stressed|confused|disappointed|angry)",
    "((I|we) (don't|do not|never) want|not how (we|I) ['d|would] <experience-aim>) you to feel",
    "(I|we) ('m|am|'re|are|was|were|feel|felt) [<degree>] [just] as (<psych:past>|<feeling>|frustrated|annoyed|disappointed|upset|worried|concerned|confused|unhappy) as (you|you are|you're|you were|you must be)",
    "(I|we) [<sincere-degree>] share your (frustration|frustrations|disappointment|annoyance|concern|concerns|worry|worries|feelings|anger|pain|irritation)",
    "(understand|appreciate|get|hear|feel|recognise|recognize|acknowledge|comprehend|<feel-with>) [with] (your|the) (frustration|concern|concerns|worry|worries|disappointment|annoyance|situation|urgency|pain)",
    "(I|we) [<adv>] [do|can] [<sincere-degree>] <feel-with>",
    "what a (pain|hassle|nightmare|worry|shame)",
    "(that|this|it) ('s|is|was|sounds|seems|looks|must be|would be) [certainly|definitely|really|so|very|quite|pretty|super|just|absolutely|most|a bit|rather] <bad>",
    "(that's|that is|this is) [certainly|definitely|really|so|very|quite|just|most|highly] (odd|strange|weird|concerning|unusual|not right|no good|not good|not ideal|not on|not normal)",
    "(that's|that is|this is) [certainly|definitely|really|so|very|quite|most|highly] (unexpected|puzzling|bizarre|baffling) (.|!)",
    "(that|this) [<adv>] (shouldn't|should not|should never|ought not to) (happen|occur) [at all] (.|!)",
    "(that|this|it) (doesn't|does not|didn't|did not) (sound|seem|look) [<adv>] (good|great|ideal|fair|normal|okay|ok)",
    "(not|never) the [kind of|sort of|type of] (experience|service|standard|level of service) [that] (we|I) ['d|would] (<experience-aim>)",
    "(understand|know|realise|realize|appreciate|acknowledge|recognise|recognize|see|get) [that|how|why] ... [...] (hasn't|has not|haven't|have not|didn't|did not|doesn't|does not|not) [<adv>] (match|matched|meet|met|live up to|lived up to) your expectations",
    "(oh|oh no|oh my|oh my gosh|ugh|yikes|wow) [,|!] (that|this) ('s|is) [so|really|very|just|such] (<bad>|horrible|a shame|annoying)",
    "(we|I) (hate|never like|don't like|do not like|never want) (to hear|hearing|to see|seeing|to read) (this|that|about)",
    "(we|I) [<adv>] ['ve|have] [<adv>] (missed the mark|dropped the ball|slipped up|got (this|that|it) wrong|messed up|screwed up)",
    "you ('re|are) [<degree>] right [,] [and] (sorry|apologies|my apologies|(we|I) ('re|are|'m|am) [<degree>] sorry|(we|I) apologi*)",
    "(hate|sad|gutted) to (hear|see|learn) (this|that|about|you)",
    "sorry [that] (you feel|you're feeling|you are feeling|you've been feeling|you felt|that you feel|you've had to|you have had to|you had to|you had to go through|you went through|you've gone through|you've been|you have been|you were)",
    "sorry (this|that|it) (has been|was|is|'s been|'s) [so|such|really|very|quite|a bit] (stressful|frustrating|upsetting|annoying|difficult|hard|a hassle|a pain|disappointing|inconvenient|confusing|worrying|a worry|long|a long wait)",
    "(sorry|apologize|apologise|regret) [to (hear|read|learn|see)] [that] you (are|'re|were|feel|felt|'ve been|have been|left|came away|walked away|went home) [feeling] [<degree>] [<degree>] (<psych:past>|<feeling>)",
    "(sorry|apologize|apologise|regret) [to (hear|read|learn|see)] [that] you (had|'ve had|have had|experienced|went through|endured|were put through) (a|an|such a|such an|such|this|that|what) [<degree>] [<degree>] (<psych:ing>|stressful|nerve-wracking|harrowing|exhausting)",
    "I see (exactly|just|completely)? what you mean",
    "(I|we) (know|understand|appreciate|realise|realize|can see|can tell) how (important|much|urgent|stressful|precious|disruptive|inconvenient|worrying|upsetting) ...",
    "(nothing|not) (welcoming|fun|great|nice|good) about (that|this|it)",
    "(I|we) (know|realise|realize|appreciate) (this|that|it) (will|'ll|might|may|can|could) take (a while|some time|time|a bit|longer)",
    "(appreciate|thank you for|thanks for) (your|the) (patience|time|effort|persistence|understanding) (with|while|through|on) (this|all this|everything)",
    "(sorry|apologies|apologise|apologize|apologising|apologizing) [to hear] (for|about) (any|the|your|all the|all your|this|that) (disappointment|frustration|frustrations|upset|distress|stress|heartache|aggravation|annoyance|worry|worries)",
    "sorry [to hear] [that] (you're|you are|you've been|you have been|you were) (going through|dealing with) (this|that|all this|all of this|so much|such a)",
    "you [<adv>] (deserve|deserved) [<degree>] better",
    "sorry to (hear|read|learn|see) [that] you (feel|felt|('re|are|were|'ve been|have been) feeling)",
    "(sorry|apologi*|regret) [that|if] ... [...] (felt|feels|made you feel|left you feeling|makes you feel) [<degree>] (<psych:past>|<psych:ing>|<feeling>|<unpleasant>|like|this way|that way)",
    "sorry [to hear] [that] (you're|you are|you've been|you have been|you were) (having|going through|dealing with) (a|such a|such) [<degree>] (rough|hard|tough|difficult|stressful|frustrating|terrible|horrible|awful|bad|miserable) (time|day|week|experience|few days)",
    "(it|that) (seems|looks|sounds) like you ['ve|have|may have|might have|'ve definitely] (found|hit|run into|uncovered|discovered|stumbled on|stumbled upon|come across) (a|an) [real|genuine|nasty|strange|odd|weird] (bug|glitch)",
    "(that|this|it) ('s|is|was|sounds like|seems like|must be) [<degree>] (a|an) [<degree>] (strange|odd|weird|frustrating|annoying|upsetting|stressful|confusing|awkward|difficult|tough|horrible|terrible|awful|unfortunate|disappointing|inconvenient) (situation|experience|predicament|position|spot)",
    "(is|'s|was|can be|isn't|is not) never (a|an) (fun|pleasant|nice|good|great) (experience|situation|thing|feeling)",
    "(address|ease|resolve|understand|hear) your (frustration|frustrations|disappointment)",
    "(that|this|it) [<adv>] (is not|isn't|'s not|was not|wasn't) (what|how) ... (should|is supposed to|'s supposed to|are supposed to|'re supposed to|was supposed to|ought to) (be|work|look|behave|go|happen)",
    "(that|this|it) [<adv>] (usually|normally|typically|generally|ordinarily) (doesn't|does not|wouldn't|would not|shouldn't|should not|isn't|is not) (happen|occur|the case)",
    "(that|this|it) [really|definitely|certainly|absolutely|simply] (shouldn't|should not|should never|ought not to|ought never to) have (happened|occurred|been the case)",
    "(that|this|it) (certainly|definitely|really|clearly|obviously|indeed|just) (doesn't|does not|didn't|did not) (sound|seem|look) [<adv>] (right|good|great|ideal|fair|normal|okay|ok)",
    "(you|customers|users|anyone) [really|definitely|certainly] (shouldn't|should not|should never) (be|have been) (experiencing|seeing|getting|having|facing|running into|hitting|encountering)",
    "should always be (easy|straightforward|simple|smooth|seamless|painless|hassle-free|quick)",
    "should (never|not) be (this|so|that) (hard|difficult|complicated|confusing|painful|frustrating)",
    "(is|are|was|were) (horribly|terribly|woefully|utterly) (broken|confusing|unclear)",
    "(is|are|was|were) [<degree>] (a bit of a|a real|a complete|an absolute) mess",
    "(sounds|seems|looks) like [a|an|some] [<degree>] (strange|odd|weird|bizarre|unusual|puzzling) (behaviour|behavior|issue|problem|bug|situation|one|glitch|error)",
    "(the|that's the|that is the|it's the|this is the) last thing (you|anyone|anybody|you'd|you would) (need|needs|want|wants|wanted|needed|expect|expected)",
    "(sorry|apologies|apologise|apologize|regret) ... ... (upset you|frustrated you|worried you|stressed you|stressed you out|caused you (any|so much|such|this|the|a lot of|all this|some|all the|unnecessary) [<degree>] (stress|worry|frustration|upset|distress|anxiety|disappointment|heartache|concern|worries|frustrations))",
    "(sorry|apologies|apologise|apologize|regret) (to|for) [have|having] [<degree>] (frustrate|frustrated|frustrating|upset|upsetting|worry|worried|worrying|stress|stressed|stressing|distress|distressed|distressing|anger|angered|angering|irritate|irritated|irritating|sadden|saddened|saddening) you",
    "(sorry|apologies|apology|apologise|apologize|regret) for (the|that|this|any) (feeling|feelings|impression) (you|that you) [<adv>] (got|had|have|felt|were left with|came away with|left with)",
    "you ('re|are|were) [<degree>] [<degree>] (right|justified|entitled) to (be|feel) [<degree>] [<degree>] (<psych:past>|<feeling>)",
    "you (have|'ve|have got|'ve got|had) every (right|reason) to (be|feel)",
    "(your|the|this|that) (frustration|disappointment|annoyance|concern|concerns|anger|upset|worry|worries|reaction|feelings|irritation|complaint) (is|are|was|were|'s) [<degree>] [<degree>] (understandable|justified|valid|warranted|fair|reasonable|natural|legitimate)",
    "no wonder (you're|you are|you were|you've been|you have been|you feel|you felt) [<degree>] [<degree>] (<psych:past>|<feeling>|frustrated|angry|annoyed|disappointed|worried|concerned)",
    "(I|we) (know|see|can see|appreciate|realise|realize|understand|can tell|recognise|recognize) [that] (you've|you have|you) [<adv>] [<adv>] (spent|put|invested|lost|wasted|sunk|given) ... ... (time|effort|hours|days|weeks|work|energy|evenings|weekends)",
    "(taken|taking|took|eaten|eating|ate|used) up (a lot of|so much of|much of|most of|all of|too much of|a great deal of) your (time|day|week|evening|weekend|morning|afternoon)",
    "(I|we) (know|see|can see|appreciate|realise|realize|understand|recognise|recognize) [that] (you've|you have|you) [<adv>] (been waiting|waited|had to wait) [for] (a long time|a very long time|so long|such a long time|far too long|too long|this long|a while now|ages|weeks|months|days now) [now]",
    "(you|customers|nobody|no one|anyone) (shouldn't|should not|should never|should not ever|shouldn't ever) (have to|have had to|need to|have needed to|be made to|have been made to) [<adv>] (wait|chase|call|ring|phone|email|contact|deal with|put up with|go through|repeat|explain|ask|follow up|keep|jump through|spend|fight|struggle|suffer|beg)",
    "(not|never|isn't|is not|wasn't|was not) the [kind of|sort of|level of|type of] (service|experience|treatment|support|care) (you|our customers|anyone) (deserve|deserved|deserves|should expect|should get|should receive)",
    "(apologise|apologize|apologising|apologizing|apologies|regret) [that|if] (you feel|you felt|you're feeling|you are feeling|you've been feeling|you have been feeling|you were feeling|you were left feeling|you've felt|you have felt)",
    "(sorry|apologise|apologize|regret) [to (hear|read|learn|see)] [that] you (got|get|became|have become|'ve become|ended up|were left|have been left|'ve been left|came away|walked away) [feeling] [<degree>] [<degree>] (<psych:past>|<feeling>)",
    "(sorry|apologise|apologize|regret) [that] (we|to have|we've|we have|this|it|this has|it has) [<adv>] (<psych:past>|<psych:base>) you",
    "(I|we) (know|realise|realize|appreciate|understand|recognise|recognize) [that] (this|that|it) (isn't|is not|wasn't|was not|'s not) (the answer|the news|what you (wanted|hoped|were hoping|were looking for|'d hoped|had hoped|expected|wanted to hear)|much of a consolation|much consolation|much comfort)",
    "(that's|that is|this is|it's|it is) [<adv>] not (how|what) (it|this|that|the app|the update|anyone|you|things) (should|is supposed to|'s supposed to|was supposed to|ought to) (work|behave|happen|look|go|be|get)",
    "(I|we) [<adv>] (know|realise|realize|understand|appreciate|recognise|recognize|can see) [that|how] (you|you've|you have|you've been|this|it|it's|this has|it has|the wait|the delay|the issue|this issue) [been|had to] [<adv>] (waiting|wait|dragged on|dragging on|going on|gone on|a long wait|a long time|a while|ages|too long|longer than)",
    "(I|we) [<adv>] (know|realise|realize|understand|recognise|recognize|can see) [that|how much] (you've|you have|you) [<adv>] (spent|put|invested|lost|wasted|been through|gone through) (a lot|so much|hours|days|weeks|time|a great deal|lots|all|plenty|more|quite a bit|a fair bit|considerable)",
    "(I|we) [<adv>] (know|realise|realize|understand|recognise|recognize|appreciate|can see) [that|how much] (this|it|the issue|this issue|the problem|the outage|the delay|the error) (has|'s|have|must have|will have) [<adv>] (cost|caused|given|made|meant|taken) (you|your) ... (time|work|effort|hassle|trouble|extra work|money|sleep|stress|a lot|so much|hours|days)",
    "(I|we) [<adv>] (know|realise|realize|understand|appreciate|recognise|recognize) [that] (this|that|it|the wait|the last few days|the past few days) (has not|hasn't|is not|isn't|was not|wasn't|can't have|cannot have|won't have|couldn't have) been [<degree>] (easy|fun|pleasant)",
    "(this|that|it) (can't|cannot|couldn't|could not) have been [<degree>] (easy|fun|pleasant)",
    "(this|that|which|it) (is|was|'s|has been|must be|must have been|can't be|cannot be) [<degree>] no fun [at all|for you|for anyone] (.|!|,|;)",
    "(waiting|being without|going without|being stuck|being locked out) ... ... ... (is|was|'s|has been|must be|must have been|can't be|cannot be) [<degree>] no fun [at all|for you|for anyone] (.|!|,|;)",
    "you (must|'d|would|might) (be|feel|have been|have felt) [<degree>] (<psych:past>|<feeling>|frustrated|fed up|upset|annoyed|worried|disappointed|stressed)"
   ],
   "except": [
    "I (understand|get it|hear you|hear your)\\?",
    "(I|we) [<sincere-degree>|do|can] (understand|get|know|appreciate) [that] (things|mistakes|accidents|errors|emergencies|life|stuff|hiccups|slip-ups) [like (this|that)] [can|do|will|sometimes] (happen|happens|come up|comes up|occur|crop up)",
    "(none|nothing) of (this|that|it) (is|was) [<adv>] (unexpected|puzzling|bizarre|baffling|odd|strange|weird|unusual)",
    {
     "pattern": "\\bnot on[ \\t]{1,3}\\p{L}"
    },
    "(a while|a long time|ages|some time) since",
    "sorry [to hear] [that] (you're|you are|you were|you've been|you have been) [still] (having|experiencing|facing|encountering|running into|seeing|getting|hitting|dealing with) ... (trouble|troubles|issue|issues|problem|problems|difficulty|difficulties|error|errors|bug|bugs|glitch|glitches|crash|crashes|outage|outages|delay|delays)",
    "(sad|saddened|disappointed|disappointing|gutted|heartbroken|unfortunate|upsetting) to (hear|see|learn|read) [that] (our|the) [new|latest|recent|current|last] (app|application|update|version|release|service|product|site|website|web site|platform|software|system|feature|features|redesign|design|layout|team|support)",
    "(sad|saddened|disappointed|disappointing|gutted|heartbroken) to (hear|see|learn|read) [that] (our|the) ... (has not|hasn't|have not|haven't|did not|didn't|does not|doesn't|is not|isn't|was not|wasn't) [<adv>] (lived up to|live up to|met|meet|matched|match|been|worked|working)",
    "(sad|sorry|gutted) to see you (go|leave)",
    "(sad|saddened|sorry|gutted) to (see|hear) [that] (our|the) ... (go|leave|end|change|disappear)",
    "(we|I|it) ('re|are|am|'m|'s|is|was|were) [<degree>] [<degree>] (upsetting|disappointing|frustrating|troubling|concerning|unhappy|disappointed) to (hear|see|read|learn)",
    "sorry to hear [that] (you're|you are|you've been|you have been) (leaving|cancelling|canceling|switching|closing)",
    "if I understand",
    "(glad|happy|great) to hear",
    "(so|as) I understand",
    "(I|we) [<sincere-degree>|now|finally|fully|better|completely] understand (the|this|that|your|how the|how your) [<case-thing>] <case-thing> [better|fully|correctly|properly|completely] (now|.|!|,|;|and|but|so)",
    "(I|we) [<sincere-degree>|now|finally|fully|better|completely] understand (the|this|that|your|how the|how your) [...] <case-thing> [better|fully|correctly|properly|completely] now",
    "(I|we) [<sincere-degree>|finally|fully|completely] understand (it|this|that|the problem|the issue|the bug|the question|what you mean|what you meant|what happened|what's happening|what is happening) [better|fully|correctly|properly|completely] now",
    "now (I|we) [<sincere-degree>|finally|fully|completely] understand (it|this|that) (.|!|,|;|and|but|so)",
    "now (I|we) [<sincere-degree>|finally|fully|completely] understand (what you mean|what you meant|what happened|what's happening|what is happening|what's going on|what went wrong|how it works|how this works)",
    "now (I|we) [<sincere-degree>|finally|fully|completely] understand (the|this|that|your|how the|how your) [<case-thing>] <case-thing>",
    "I [can|could|<sincere-degree>] understand (you('d| would) like|you want|from|that (it|the|your|you|you're|you've|this|there|they|we|our))",
    "(I|we) [do|<sincere-degree>] (understand|get|hear|note) [that] (you|some people|people|others) (want|would like|'d like|wish|are looking|'re looking|are trying|'re trying|are asking|'re asking|are requesting|wrote|write|posted|left|like|prefer|enjoy|mean|meant)",
    "get it (to|working|running|going|done|fixed)",
    "(I|we) [do|<sincere-degree>] (understand|get|hear|note) your (requirement|requirements|request|requests|query|question|suggestion|suggestions|point|feedback|idea)",
    "(I|we) [<sincere-degree>|do|can] (understand|get it|hear you|see) [,|.|!|;|and] [<degree>] (that|this|it|such a feature|a feature like (this|that)|an option like (this|that)) (would|'d|could|will|might|should) [<degree>] (be|make) [<degree>] (useful|helpful|handy|nice|great|convenient|valuable|practical|a (useful|nice|great|good|handy|welcome|valuable) (feature|addition|option|improvement|idea|change))",
    "(make sure|be sure|want to check|to check|so that) [that] (I|we) [can] [<sincere-degree>|correctly|properly] understand",
    "(I|we) [can|do|<sincere-degree>] understand what you ('re|are|were) (looking for|asking|after|trying|requesting|suggesting|describing)",
    "(I|we) [can|do|<sincere-degree>] (understand|see|appreciate) (how|why) (useful|helpful|handy|convenient|nice|valuable|beneficial|practical) (it|this|that|such a|a) ...",
    "(that|this|it) (is|'s) (not)? (bad|hard|difficult|tough) to",
    "(that|this|it) ('s|is|was) (hard|difficult|tough|bad|poor) (for|on|with)",
    "(I|we) [do|<sincere-degree>|can] (understand|see|appreciate|get|recognise|recognize) (the|this|that) (need|request|demand|desire|wish|case|use case|appeal) (for|to|of)",
    "(I|we) [do|<sincere-degree>|can] (understand|see|appreciate|get) why you('d| would) (want|like|need|prefer|ask for|expect) (a|an|the|this|that|it|to|more|such)",
    "sorry [to hear] [that] (you were|you've been|you have been|you are|you're) (not able|unable|not getting|not receiving|not seeing)",
    "(I|we) [<adv>|<sincere-degree>] (understand|appreciate|realise|realize|recognise|recognize|know) [that] (our|the|this|these) ... (policy|policies|rule|rules|terms|procedure|procedures|process|requirement|requirements|guidelines|practice|practices) (may|might|can|could|is|are|isn't|aren't|seem|seems)"
   ],
   "skip_negated": true
  },
  {
   "id": "empathy-evaluative",
   "signal": "empathy",
   "level": "suggestion",
   "message": "Say how what happened must feel (\"That must be really stressful\"), then solve it.",
   "scope": "text",
   "enabled": true,
   "not_moods": [
    "calm"
   ],
   "examples": {
    "flag": [
     "Losing that much money on a trip that didn't happen is awful.",
     "That must be really unsettling.",
     "Nine days is far longer than it should take."
    ],
    "pass": [
     "That's not bad at all.",
     "Running the service as root is dangerous.",
     "The path in your config is wrong.",
     "It is difficult to say without the logs.",
     "It's upsetting to hear that your order was late."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(is|was|'s|are|'re|were|must be|must have been|must feel|sounds|sounded|has been|have been|would be|'d be|feels|felt) [<degree>] [<degree>] (<unpleasant>|<psych:ing>) (.|!|,|;|:|and|to (hear|read|see|learn|deal with|go through)|for you|for anyone|for anybody|for everyone)",
    "what (a|an) [<degree>] (<unpleasant>|<psych:ing>) (experience|situation|thing|time|day|start|way|wait|journey|trip|ordeal|mess)",
    "(longer|slower|harder|more difficult|more complicated|more stressful) than (it|this|that|anyone|anybody|you|things) (should|ought to|needs to|needed to|has to|had to)"
   ],
   "except": [
    "(is|are|was|were|'s|'re|looks|look|seems|sounds) [<degree>] [<degree>] (suspicious|fishy|suspect|dubious|questionable|bogus)",
    "(if|whether|unless|when) ... (is|was|'s|are|'re|were|sounds|seems|feels|would be|can be)",
    "(documentation|docs|api|code|driver|drivers|performance|design|implementation|error handling|layout|interface|ui|battery life|battery|firmware|software|hardware|library|module|plugin|script|approach|idea|method|config|configuration|syntax|architecture|algorithm|protocol|patch|workaround|tooling|compiler|toolchain|kernel|bios|spec) [...] [...] (is|was|are|were|'s|has been|have been) [<degree>] [<degree>] <unpleasant>",
    "(we|I|it) ('re|are|am|'m|'s|is|was|were) [<degree>] [<degree>] (upsetting|disappointing|frustrating|troubling|concerning|unhappy|disappointed) to (hear|see|read|learn)",
    "(sad|saddened|disappointed|disappointing|gutted|heartbroken|unfortunate|upsetting) to (hear|see|learn|read) [that] (our|the) [new|latest|recent|current|last] (app|application|update|version|release|service|product|site|website|web site|platform|software|system|feature|features|redesign|design|layout|team|support)",
    "(sad|sorry|gutted) to see you (go|leave)",
    "(sad|saddened|sorry|gutted) to (see|hear) [that] (our|the) ... (go|leave|end|change|disappear)"
   ]
  },
  {
   "id": "empathy-verbless",
   "signal": "empathy",
   "level": "suggestion",
   "message": "Call what happened what it is for them (\"Hmm, very strange.\" \"Really annoying.\"), then solve it.",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Hmm, very odd. Which version are you on?",
     "Really frustrating, I know."
    ],
    "pass": [
     "Very odd characters in the log usually mean a bad encoding.",
     "Strange."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "[hmm|hm|oh|huh|wow|ah|ugh|yikes|oh dear|oh no] [,|!] [<degree>] <degree> (<bad>|<unpleasant>|<psych:ing>|bizarre|puzzling|curious) (.|!|,|;|indeed)"
   ]
  },
  {
   "id": "empathy-understood",
   "signal": "empathy",
   "level": "suggestion",
   "message": "Say you understand how they feel.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I completely understand that this is frustrating.",
     "I can understand that you're upset.",
     "We know this change may be frustrating."
    ],
    "pass": [
     "I can understand that it connected."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(I|we) [can|could|do] [<degree>] understand that you ('re|are|were|'ve been|have been|feel|felt|must be) [<degree>] (<psych:past>|<feeling>)",
    "(I|we) [can|could|do] [<degree>] (understand|know|realise|realize|appreciate|recognise|recognize) [that] (this|it|that) [...] ('s|is|was|has been|(must|can|could|may|might|would|will) be) [<degree>] (<psych:ing>|stressful|inconvenient)"
   ],
   "skip_negated": true
  },
  {
   "id": "empathy-conceded",
   "signal": "empathy",
   "level": "suggestion",
   "message": "Grant what went wrong for them, then fix it.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Yes, the export is badly broken in this build.",
     "It's not perfect, for sure.",
     "I agree a warning email would have been better."
    ],
    "pass": [
     "Yes, the export is in the File menu.",
     "If the export is broken, send the log."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(yes|yeah|yep|clearly|admittedly|granted|agreed|honestly) [,] [...] ... (is|'s|are|'re|was|were|has been|have been) [<degree>] [<degree>|badly|horribly] (broken|buggy|a mess|a bad thing|not perfect|far from perfect|<bad>|<unpleasant>)",
    "((is|'s|are|'re|was|were) [<degree>] (not perfect|far from perfect|not great|not ideal|a mess|broken|buggy)|(isn't|aren't|wasn't) (perfect|great|ideal)) [,] (for sure|admittedly|I agree|I admit|I know|we know|no doubt|granted|to be fair)",
    "(I|we) [<degree>] (agree|admit|accept|concede) [that] ... [...] (would|could|should) ('ve|have) been [<degree>] (nicer|better|clearer|easier|smoother|faster|quicker|preferable)"
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
     "Apologies for the wait.",
     "The inconvenience caused is deeply regretted."
    ],
    "pass": [
     "No need to apologise, it happens!",
     "Thanks for waiting.",
     "The old router was left in a sorry state."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(sorry|apolog*|apologis*|my apologies|lamentamos|disculp*)",
    "we regret",
    "(regret|regrets) (the|any|this) (inconvenience|delay|trouble|confusion)",
    "(we|I) (<degree>|sincerely|greatly|highly|do|very much|do sincerely) (regret|regretted)",
    "(regret|regrets|regretted) to (hear|learn|know|read|see|note|find|inform|say)",
    "(is|are|was|were|been|highly|deeply|greatly|sincerely|truly|much|extremely|really) regretted",
    "(inconvenience|inconveniences|delay|delays|trouble|hassle|discomfort|disappointment|lapse|lapses|oversight) [caused] ... regretted",
    "(regret|regrets|regretted) (the|any|this|that|such|all the|your|our) ... (inconvenience|inconveniences|delay|delays|trouble|confusion|experience|issue|issues|situation|incident|error|errors|mistake|mistakes|oversight|disappointment|discomfort|lapse|lapses|hassle|problem|problems|miscommunication|misunderstanding|wait)",
    "(regret|regrets|regretted) (that|if)"
   ],
   "except": [
    "(no need|don't need|nothing) to (apologi*|be sorry)",
    "sorry (to bother|for bothering|if I)",
    "(regret|regrets|regretted) nothing",
    "no regrets",
    "(won't|will not|wouldn't|would not|never|don't|do not|didn't|did not|not) [<degree>] (regret|regrets|regretted)",
    "(you|you'll|you will|you'd|you would|they|they'll|he|she) [<degree>|may|might|could] (regret|regrets|regretted)",
    "(a|the|this|that|such a|what a|in a|in such a|in this|in that) [<degree>] sorry (state|excuse|sight|affair|lot|tale|mess|story|specimen|attempt|performance|bunch|shape|condition|end)"
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
   "message": "Say \"You're welcome\" or \"Happy to help\" instead of \"{actual}\".",
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
     "There's no problem with your account.",
     "It's no bother at all, glad it's working.",
     "Not a bother!",
     "No sweat, the parcel is on its way."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(no|not a) (problem|problemo|prob|probs)",
    "no (worries|worry|wories|worrys)",
    "(np|nw)"
   ],
   "except": [
    "no (problem|problems|issue|worries) (with|on|in|for|found|reported|detected|accessing|connecting|logging|using|getting|printing|here|there|so far)",
    "(see|saw|seeing|found|finding|detect*|report*|had|having|have|has|without|experienc*|cause|causes|caused|be|there's|there is|there are|there were) no (problem|problems|worries|worry)",
    "not a problem (with|on|in|for|that|if)"
   ],
   "rewrites": [
    "Happy to help"
   ],
   "rewrites_for": [
    {
     "situations": [
      "thanks"
     ],
     "rewrites": [
      "You're welcome",
      "My pleasure"
     ]
    }
   ]
  },
  {
   "id": "welcome",
   "signal": "welcome",
   "level": "suggestion",
   "message": "Answer the customer's thanks with \"You're welcome\".",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "You're welcome, glad it's working!",
     "My pleasure, Ana.",
     "Glad I could help!",
     "Happy to help!"
    ],
    "pass": [
     "You're welcome to call us back at any time.",
     "Welcome back!",
     "We'd be happy to help you set it up.",
     "It would be my pleasure to show you."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(you're|you are|youre|you re|ur) [very|so|most|more than|always|truly|ever so] welcome",
    "(my|our) pleasure",
    "(happy|glad|pleased|delighted) (I|we) (could|can|were able to|was able to|managed to) (help|assist|sort it|fix it|get it)",
    "(happy|glad|pleased|delighted) to (help|assist|have helped|be of help|be of service) (.|!|,|;)",
    "don't mention it"
   ],
   "except": [
    "welcome (to|back|aboard)",
    "(would|will|'d|'ll) be (my|our) pleasure"
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
     "Isn't it easier to just buy the right cable?",
     "You're doing it wrong, the key goes in first.",
     "It's really quite simple: flip the switch.",
     "If you'd read the auto-reply, you'd know the number.",
     "Please don't use Enter as punctuation.",
     "Have you tried googling it?",
     "As the error message suggests, the device is not found.",
     "If you read the mailing list archive, you'll see this was answered.",
     "None of this is surprising."
    ],
    "pass": [
     "What you want is impossible with this hardware.",
     "Please find the manual attached.",
     "As mentioned in our DM yesterday, the refund was issued on Monday.",
     "I'll explain the steps clearly.",
     "Please mark the answer so other users can find it.",
     "Would it be easier for you if I called?"
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(as|like) (I|we) (already|previously|have already|'ve already) (said|explained|mentioned|told you|stated|pointed out|noted)",
    "(as|like) (I|we|I've|we've|I have|we have) (said|told you|explained|mentioned|wrote) (before|already|twice|again|several times|many times|multiple times|repeatedly)",
    "(I|we) (have|'ve) already (told|explained|said|answered)",
    "as (has|have) [already|previously] been (mentioned|said|stated|explained|noted|pointed out|discussed|answered|covered) (before|previously|earlier|already|repeatedly|twice|several times|many times|multiple times|more than once|countless times|again and again)",
    "as (has|have) already been (mentioned|said|stated|explained|noted|pointed out|discussed|answered|covered)",
    "as was (mentioned|said|stated|explained|noted|pointed out|discussed|answered|covered) (before|previously|earlier|already|repeatedly|twice|several times|many times|multiple times|more than once|countless times|again and again)",
    "(as|like) you (were|have been|'ve been) (told|informed|advised)",
    "(told|said|explained|mentioned) (it|this|that)? (twice|several times|many times|multiple times|repeatedly)",
    "(I|we) (said|told you) ... (twice|already|before)",
    "(the|our|your|this|that|each|every) [...] (<con-docs>|<con-written>) (clearly|plainly) (states|state|says|say|stated|said|explains|explained|mentions|mentioned|lists|listed)",
    "(the|our|your|this|that|each|every) [...] <con-docs> (clearly|plainly) (shows|show)",
    "(it's|it is|this is|that's|that is) (really|actually) [quite|very|pretty|extremely|super] (simple|easy|obvious|straightforward) [,|:]",
    "(most|other) (people|users|customers) [can|do|seem to] (manage|manage it|know how|figure|understand|get it|work it out|find it|cope)",
    "(everyone|everybody) (knows|can do)",
    "(just|simply) ... ... like (everyone|everybody) else",
    "(anyone|anybody) can do (it|this|that)",
    "(if|had) you ('d|had|would have) (read|checked|looked|followed|listened|paid attention)",
    "(you|which you|that you) (should|ought to|could) (have|'ve) (read|checked|known|looked|noticed|seen|followed)",
    "you should (have known|already know|know better|know this by now|know that by now|know by now)",
    "you should [really|first|probably] read (the|your|our) <con-docs>",
    "did you (even|not|ever bother|actually bother) (read|look|check|try|bother|to)",
    "read the (terms|manual|instructions|docs|documentation|faq|template|release notes|guide) (first|next time|properly|carefully|before (contacting|asking|posting|opening|filing|complaining|you ask|you post|you contact))",
    "as (requested|stated|written) in the (template|terms|instructions|docs|documentation|release notes|faq|manual|guide)",
    "for the (last|hundredth|umpteenth|nth|millionth|fifth) time",
    "(I'm|I am|I'll|I will|I've) (saying|telling you|repeating|explaining|said|told you|explained) (this|it|that) for the (second|third|fourth) time",
    "(I repeat|rtfm|google it|let me google that|educate your users)",
    "(you|your users) (could|should|need to) (educate|learn to|learn how to|learn the basics|learn some|learn basic)",
    "(it's|it is) (just|only|simply) (a request|common sense)",
    "(isn't|wouldn't|won't) it (be)? [much|a lot|far] (easier|better|simpler|wiser|smarter|quicker|faster) to",
    "why (didn't|did not) you (just|simply|first)",
    "(your|his|her|their) ... (skills|skill) (require|requires|need|needs) (some|more|a lot of|a little|a bit of|serious) (work|practice|practise|improvement|polish)",
    "(this|that|it|which) (is|'s|are) (very|extremely|really|quite|pretty|thoroughly|exhaustively) well documented",
    "(did|have) you (even|actually) (read|looked|look|checked|check|tried|try|bothered|bother|searched|search|googled|google)",
    "(you're|you are|you were|you've been|you have been) doing (it|this|that|something|things|everything) (wrong|the wrong way|backwards|incorrectly)",
    "(it's|it is|this is|that's|that is) (not|hardly) (rocket science|brain surgery|that hard|that difficult|that complicated|so hard|so difficult)",
    "(a|one) (quick|simple|basic|single) (search|google|look|glance) (would have|would've|will|would) (shown|told|answered|found|given)",
    "(learn|learning) [how] to (read|search|google|use (a|the) search)",
    "(you|they|your users) (clearly|obviously|evidently) (don't|do not|didn't|did not|haven't|have not) (understand|know|read|get)",
    "(no offense|no offence) [,] but",
    "you (need|have) to (understand|realize|realise|accept|learn) (that|how|what)",
    "(this|that|it's|it is) (is)? (basic|elementary|beginner|trivial) (stuff|knowledge|question|questions|concept|material|computing)",
    "(do|did) (your|some) (homework|research) (first|before)",
    "(read|reread|re-read|scroll up to) my (previous|earlier|last|first) (reply|answer|post|comment|message)",
    "(I|we) already (said|told you|explained|answered|mentioned|pointed out)",
    "as (already|previously) (said|stated|explained|told|pointed out|mentioned|noted|answered)",
    "(read|re-read|reread) what (I|we) (wrote|said|posted|linked|sent|explained)",
    "as the (error|error message|message|warning|log|output|prompt|exception|stack trace|traceback) [already|clearly|plainly|itself] (says|said|suggests|suggested|states|stated|indicates|indicated|tells you|told you|implies|shows|showed|explains)",
    "if you (read|had read|'d read|look at|looked at|had looked at|check|checked|search|searched|scroll up|scrolled up|follow|followed|go through|went through) (the|this|our|my|that|these) ... ... , you ('ll|will|'d|would|can|could|should) [have] (see|seen|find|found|notice|noticed|know|known|learn|learned|learnt)",
    "if you (read|had read|'d read|looked at|had looked at|'d looked at|checked|had checked|'d checked|searched|had searched|followed|had followed|'d followed|went through|had gone through|'d gone through|watched|had watched|'d watched|examined|had examined|'d examined|listened to|had listened to|'d listened to|attended|had attended|'d attended) (the|this|our|my|that|these) ... ... , you (would|'d|could|should) have (seen|found|noticed|known|learned|learnt|realised|realized|understood)",
    "if you [had|'d] (read|looked at|checked|searched|followed|went through|gone through|watched|examined|listened to|attended) (the|this|our|my|that|these) ... ... , (or|and) [had|'d] (read|looked at|checked|searched|followed|went through|gone through|watched|examined|listened to|attended) (the|this|our|my|that|these|any) ... ... , you (would|'d|could|should) have (seen|found|noticed|known|learned|learnt|realised|realized|understood)",
    "(none|nothing) of (this|that|these|it) (is|was|should be|comes as) [a|at all] (surprising|surprise|unexpected|new|news)",
    "(everything is|all of this is|it's all|it is all|this is all|that's all|that is all|it's already|it is already|this is already|that's already|that is already) (in|covered in|explained in|spelled out in|spelt out in|written in) the (docs|documentation|manual|faq|readme|wiki|guide|release notes|man page|datasheet)",
    "(don't|do not|stop|quit|no need to|there's no need to|please don't|please do not|please stop) (flood|flooding|spam|spamming|cross-post|cross-posting|crosspost|crossposting|shout|shouting|bump|bumping|repeat yourself|repeating yourself|use enter as|using enter as|use the enter key as|type in caps|typing in caps|write in caps|writing in caps|use caps|using caps|ask to ask|asking to ask|demand|demanding|top-post|top-posting|top post|top posting|send html|post html)",
    "(enter|return|the enter key) (is not|isn't|is not a|isn't a) (punctuation|a punctuation mark)",
    "(don't|do not|please don't|please do not|stop|no need to|there's no need to) (post|posting|open|opening|create|creating|start|starting|submit|submitting|make|making|ask|asking) (the same|multiple|several|duplicate|two|many) (request|requests|topic|topics|thread|threads|post|posts|question|questions|issue|issues|ticket|tickets|times)",
    "(double post|double-post|double posting|double-posting|necro|necroposting|necro-posting) (is|isn't|is not|please|doesn't|won't)",
    "why (would|on earth would|in the world would) (you|anyone|anybody|someone) (want|do|ever|even|think|expect|assume|believe|imagine)",
    "(that|this|your question|your request|your setup|what you wrote) makes (no|zero|little) sense",
    "surely you (know|can|have|understand|realize|realise|must|'ve|could|did)",
    "(you|you really) (should|ought to|must) [really|first|seriously|probably|honestly] (learn|read up on|study|brush up on|familiarize yourself|familiarise yourself|get familiar|go back to basics|take a course|get some training|understand the basics)",
    "(you|you'd|you'll) (need to|have to) (really|first|seriously|honestly) (learn|read up on|study|brush up on|familiarize yourself|familiarise yourself|get familiar|go back to basics|take a course|get some training|understand the basics)",
    "(learn|understand|know|study) the basics (of|first|before)",
    "read (it|this|that|my|what|the) ... (again|more carefully|properly|slowly|one more time|a second time)",
    "(please|you need to|try to|you should) pay [more|closer] attention",
    "(I'm|I am) not (going to|gonna) (repeat|explain) (myself|this|it|that|again)",
    "(it's|it is|that's|that is) that (simple|easy)",
    "as (mentioned|stated|said|explained|noted|pointed out|advised|told|answered|discussed) (before|previously|earlier|already|repeatedly|several times|many times|multiple times|more than once|countless times)",
    "(I'll|I will|I'm going to|I am going to) (say|repeat|tell you) (it|this|that) (again|one more time|once more|one last time|slowly)",
    "let me (say|repeat|tell you) (it|this|that) (one more time|once more|one last time|slowly)",
    "how many (more)? times (do|must|will|should|would|did) (I|we) (have to|need to)? (say|tell you|explain|repeat)",
    "(I don't|I do not) know how many times (I|we) (have|'ve|need|'ll|will)",
    "(if|had) you [had|'d] [even|just|only] bothered to",
    "you (didn't|did not|never|haven't|have not|couldn't|could not) [even] (bother|bothered) to",
    "you (could|might) (have|'ve) (just|simply) (asked|read|checked|looked|searched|googled|called|followed|tried|restarted)",
    "do your own (research|homework|googling|legwork|digging|reading)",
    "(is|are|'s|'re|seems|seem) [pretty|fairly|quite|rather|completely|entirely|totally] self-explanatory",
    "(it|this|that|which|the answer|the reason|the fix|the solution) (should be|ought to be) [pretty|fairly|quite|rather] (obvious|self-evident)",
    "isn't (it|that|this) obvious",
    "(it|the (message|error|error message|page|email|screen|label|box|sign|notice|prompt|warning|form|button)) literally (says|said|tells you|told you|states|stated|shows|showed|reads)",
    "(use|using|apply|applying) (your|some|a little|a bit of|basic) common sense",
    "how (hard|difficult) (can|could|is) (it|that|this) (be|really)? [?|.|!]",
    "(stfw|lmgtfy|let me google that for you|jfgi|just google it)",
    "(simple|easy) as that",
    "with (all)? due respect",
    "(have|did|do) you (tried|try|thought of|thought about|considered|ever tried) (reading|googling|searching|looking at the docs|reading the docs|checking the docs|using google|using a search engine|rtfm)",
    "(did|have|do|could|can) you (not|even|actually)? (bother|bothered) (to|reading|checking|looking|searching)",
    "(that's|that is|this is|what a|such a|it's|it is) [a|really|a really|a pretty|a very|such a|quite a] (silly|stupid|dumb|daft|basic|trivial|obvious|newbie|noob|lazy) (question|thing to ask|mistake|request)",
    "(you|they|your users) (clearly|obviously|evidently|apparently) (have no idea|don't know what|do not know what|don't understand|didn't read|did not read|can't read|haven't read|have not read)",
    "I (don't|do not) know how to (make|say|explain|put) (this|it|that) (any|more) (clearer|simpler|plainer|more clearly|more simply|plainly)",
    "(which|what) part of ... (is unclear|is not clear|isn't clear|don't you understand|do you not understand|did you not understand|didn't you understand|confuses you)",
    "(we're|we are|I'm|I am) not (mind readers|a mind reader|psychic|telepathic)",
    "(nobody|no one|noone) owes you",
    "(we|I) (don't|do not) owe you",
    "(you're|you are) not (entitled|owed)",
    "(it|this|that) (says|said|tells you|told you|explains) (so|exactly|it) (right there|right here|in the|clearly|plainly)",
    "(that's|that is|this is) literally what (it|the|this|that|I|we|your) ... (says|said|does|wrote|asked|tells you|told you)",
    "(it's|it is|this is|that's|that is) (just|only|merely|simply) [that] [,] (a|an) (request|feature request|wish|wishlist item)",
    "(nobody|no one|noone) (is|was|'s) (obliged|obligated|required|forced|paid) to",
    "(the|our) (docs|documentation|manual|faq|readme|instructions) (are|is) there for a reason",
    "(read|search|check|google|look at|go through|try reading|try searching) ... ... before (asking|posting|opening|filing|reporting|complaining|contacting|you ask|you post|you open|you file|you complain|creating (a|an|new) (issue|ticket|thread|post))",
    "or (you|one) could (just|simply|always) (read|google|search|look|learn|ask google|check the docs|use google|try reading)",
    "(it's|it is|this is|that's|that is|it isn't|this isn't|that isn't) [really|just|actually] (not|hardly|not very|not at all) (hard|difficult|complicated|complex|tricky) (,|.|!|;|:)",
    "(it's|it is|that's|that is|this is|it was|that was|it's all|it is all) [all] (right there|right here) (in|on|at|under) (the|your|our|my|this|that) ... (docs|documentation|readme|faq|manual|wiki|guide|error|message|log|output|description|instructions|email|post|thread|title|release notes|man page|template|changelog|topic|first line|first sentence)",
    "(it's|it is|that's|that is|this is|it was|that was) [all] (right there|right in front of you|right under your nose) (.|!)",
    "(it's|it is|this is|that's|that is|it isn't|this isn't|that isn't) (really|honestly|seriously|truly|just|actually|frankly) (not|hardly) (rocket science|brain surgery|that hard|that difficult|that complicated|so hard|so difficult)",
    "(please|do|just|try to|please try to|try and|you need to|you have to) keep up",
    "(we've|we have|I've|I have|we|I) [already] (been over|gone over|been through|gone through|covered|discussed|answered) (this|that|it) (already|before|twice|more than once|multiple times|several times|many times|a few times|again)",
    "how many (more)? times (do|must|will|should|can|have) (I|we)",
    "(I|we) (shouldn't|should not|should not need to|shouldn't need to) (have to|need to)? (explain|tell you|repeat|say|spell)",
    "(this|that|it|which) (is|'s|should be|ought to be) [just|simply|only|basic|plain|simple] common sense",
    "(this|that|it|which) (should be|ought to be) [pretty|fairly|quite|really|completely] (obvious|self-explanatory|self explanatory|clear to anyone|clear enough)",
    "(as|which) (anyone|everyone|anybody|everybody) (can|could|would|should|will) (see|tell|know|understand)",
    "(as|which) (anyone|everyone|anybody|everybody|most people) (knows|would know|should know|will tell you|can tell you)",
    "(did|have) you [even|actually|ever] (read|reread|re-read) (the|my|our) (<con-docs>|(reply|answer|email|message|post|comment)|(previous|earlier|last|first) (reply|answer|email|message|post|comment))",
    "you (need|have|will need|'ll need) to actually (read|look|check|follow|try|test|open|run|do)",
    "(stop|quit) (guessing|assuming|blaming|complaining|whining|moaning|arguing|making assumptions|wasting (our|my|everyone's|people's) time)",
    "try (reading|rereading|re-reading) (the|our|its|your) [...] <con-docs>",
    "learn to (quote|post|ask|spell|format|search|google|debug|follow instructions|follow (the|a) <con-docs>|use (google|a search engine|the search|a debugger))",
    "you (clearly|evidently|plainly|apparently) (didn't|did not|haven't|have not|never|don't|do not) [even] (read|look|looked|check|checked|bother|bothered|try|tried|test|tested|search|searched|follow|followed|listen|listened|pay attention|paid attention|understand|understood)",
    "(clearly|evidently|plainly|apparently|obviously) [,] you (didn't|did not|haven't|have not|never|don't|do not) [even] (read|look|looked|check|checked|bother|bothered|try|tried|test|tested|search|searched|follow|followed|listen|listened|pay attention|paid attention|understand|understood)",
    "you (clearly|evidently|plainly) (missed|misread|ignored|skipped|skimmed)",
    "you (should|ought to|could) have (just|simply|easily) (asked|used|read|checked|searched|called|done|made|taken|followed|waited|installed|run|clicked|told us|gone|bought|returned|contacted|looked|googled|tried|mentioned|said|written|posted|kept)",
    "you (should|ought to) (have|'ve) [<adv>] (<action:past>|kept|made a backup|made backups|taken|used|done|thought (of|about|twice|ahead|it through)|paid attention|realised|realized)",
    "you could [just|simply|first|at least|easily|always] (have|'ve) (<action:past>|told|written to|reached out to|spoken to|talked to) (me|us)",
    "you (could|should|might) [at least] (have|'ve) (given|extended|shown) (me|us) the [common|basic] courtesy",
    "as you (would|'d|should|will|might|could) (know|have known|have seen|have noticed|have read|see|notice|find|have found|realise|realize) if you",
    "you (didn't|did not|never|couldn't|could not|can't|cannot|won't) [even] (bother|bothered) (to|reading|checking|looking|searching|testing|trying)",
    "(if|had) you [had|'d] [only|just|even] (bothered|taken the time|troubled yourself|cared) to",
    "all you (had|needed|would have had|would have needed|'d have had|'d have needed) to do (was|is)",
    "(it's|it is|that's|that is|this is|this was|that was|it was|clearly|sounds like|looks like|seems like) [a|an] [simply|just|plain|classic|typical|obvious] (user error|pebkac|pebcak|operator error|layer 8 (problem|issue|error))",
    "(that's|that is|it's|it is) (on you|your own (fault|problem|lookout|doing)|your (fault|problem|lookout))",
    "(we're|we are|I'm|I am|this is|this list is|this forum is|this list isn't|this forum isn't|we aren't|I'm not|this isn't) not (your|a) (personal|private|free) (helpdesk|help desk|support desk|tech support|it department|consultant|consultants|assistant|tutor|tutors|babysitter|babysitters|servant|servants|search engine|debugger|code-writing service|coding service)",
    "(it's|it is|that's|that is) not (our|my|the list's|this list's) job to (debug|fix|write|do|teach|read|explain|educate|hold your hand|spoon-feed|spoonfeed)",
    "(did|do|have) you even",
    "what [else|exactly|on earth|else exactly] (did|do|would|were|are) you [really|honestly] (expect|expecting) (?|!|,|when|from|with|if)",
    "how [else|exactly|on earth] (did|do|would|could|can) you expect (it|this|that|anyone|anybody|us|me|we|them|him|her|the|a|an|to)",
    "why (on earth|in the world|the hell|the heck)",
    "(is|was) (it|that|this) (really|honestly|truly)? (so|that|too) (hard|difficult|complicated) (to|?)",
    "(is|was) (it|that|this) [really|honestly|truly] too much to ask",
    "(said|stated|mentioned|explained|answered|discussed|asked|covered|told you) (over and over|again and again|ad nauseam|to death|time and again|time and time again)",
    "I (fail|failed) to (see|understand) (how|why|what|the point|your point|the problem)",
    "(no idea|don't understand|do not understand|don't see|fail to see|can't see|cannot see) what your (actual|real)? (problem|question|point) is",
    "(no idea|don't know|do not know) what you('re| are) (talking|going on|on) about",
    "(just|simply|merely) (read|reread|re-read|consult) (the|its) [...] <con-docs>"
   ],
   "except": [
    "as [has|have|had|was|were] [already|previously] [been] (mentioned|said|stated|explained|noted|pointed out|discussed|answered|covered|advised|told) (before|previously|earlier|already|repeatedly|twice|several times|many times|multiple times|more than once|countless times|again and again) ((by|with|in) (the|a|an|another|his|her|their|other|some|several|one of)|(with|in) our)",
    "so [that] (other|all|any|more) (people|users|customers) (can|could|will|may)",
    "(maybe|perhaps|possibly|probably|sorry if|apologies if|forgive me if) [,] (this|that|it|mine) (is|'s|may be|might be|sounds like) [a|such a] [really|bit of a] (silly|stupid|dumb|daft|basic|trivial|obvious|newbie|noob|lazy) question",
    "(technically|in theory|theoretically|in principle) [,] (it's|it is|this is|that's|that is) [really|just|actually] (not|hardly|not very) (hard|difficult|complicated|complex|tricky)",
    "(it's|it is|this is|that's|that is) [really|just|actually] (not|hardly|not very) (hard|difficult|complicated|complex|tricky) [,] (but|though|however|although|yet) (it|it's|it'll|it will|it does|it can|it may|it might|it takes|this|that|there|there's|the|a|an|each|every|doing|getting|setting|keeping|making|finding)",
    "learn (more|about|how) (about|on|here|at|in|from|to)?",
    "(you|you've|you have|you had|you'd|he|she|they|the customer) [already|also|just|previously|clearly|kindly] [had to] (said|told|tell|mentioned|mention|explained|explain|stated|state|say|wrote|written)",
    "(log|logs|output|trace|traceback|stack trace|dump|capture|graph|plot|screenshot|screenshots|error|errors|test|tests|result|results|data|benchmark|profile|strace|dmesg|journal|report|message|it|this) (clearly|plainly) (shows|show|showed|says|said|states|stated|indicates)",
    "(easy|simple) to (miss|overlook|get wrong|confuse|mix up|forget|lose track|misread|trip over|make|do by accident)",
    "(said|told you) ... before (#|the|a|an|your|my|our|we|I|you|it|this|that|then|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end|leaving|closing)",
    "why (is|was) (it|that|this) [really|honestly|truly] (so|that|too) (hard|difficult|complicated)",
    "before (opening|you open) (an|the|any|a|this|that|these|such) (attachment|attachments|email|emails|message|messages|link|links|file|files|download|downloads)",
    "you (should|ought to) (have|'ve) [<adv>] (seen|noticed|received|reached|gotten|got|arrived|landed|ended up|spotted|heard back)",
    "(by now|by this point|by that point|by this time|by then|at this point|at this stage|at that point|now) [,] you (should|ought to) (have|'ve)",
    "(after|once|as soon as) (the|this|that|it|you|your|we|our|an|a|installing|updating|upgrading|restarting|rebooting|logging in|signing in|syncing) ... [,] you (should|ought to) (have|'ve)",
    "you (should|ought to) (have|'ve) (already|now|by now|automatically)",
    "you (should|ought to) (have|'ve) [<adv>] <action:past> ... [#] ... (automatically|by now|by this point|at this point|already|now)"
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
     "Quick tip: Win+V opens clipboard history.",
     "Tip: start the VPN before Outlook."
    ],
    "pass": [
     "Your mailbox is back online.",
     "Which way did you go?",
     "Thanks for the tip, I'll pass it on."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(by the way|btw|fyi)",
    "(quick|bonus|pro|handy|extra|little|useful) tip",
    "(tip|hint|pro-tip|protip) :",
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
     "I'm sorry for the delay, Crystal.",
     "Thanks for the update, Simon!",
     "Which station is this Alex?",
     "Hi, Okafor! The refund went out today.",
     "Thanks for the update, Oluwaseun, I've pushed the fix.",
     "Hi Maria from Acme Plumbing, your invoice is attached."
    ],
    "pass": [
     "Hey, Heres the link to the course.",
     "Hi there, thanks for the screenshot.",
     "Hi again, are you uploading files manually?",
     "There is an incident at Preston.",
     "Hello there,\n\nSee the steps below.",
     "Good news, Sam is on his way!",
     "Thanks for waiting.\n\n— Marcus, Support",
     "Hi, Sam from Acme here. Your invoice is attached."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "<address-opener> [mr|mr .|mrs|mrs .|ms|ms .|miss|mx|mx .|dr|dr .|prof|prof .] {name}",
    "<address-opener> , [mr|mr .|mrs|mrs .|ms|ms .|miss|mx|mx .|dr|dr .|prof|prof .] {given}",
    "<address-opener> , (mr|mr .|mrs|mrs .|ms|ms .|miss|mx|mx .|dr|dr .|prof|prof .) {name}",
    "<address-opener> , {name} (,|.|!|?|;|:)",
    ", {name}(.|!|?|;|:)",
    ", {given} [!|.|?|,]",
    "{given} (!|?)",
    "(you|your|too|again|though|there|this|today|sorry|thanks|friend|it|yourself|aren't they|isn't it|ok) {given} (.|!|?|,|#)",
    "{given} (.|!|,|;)",
    ", {name} , (I|I'm|I've|I'll|I'd|we|we're|we've|we'll|we'd|you|you're|you've|you'll|you'd|your|please|could|can|would|thanks|thank you|sorry)"
   ],
   "except": [
    "(at|in|to|from|near|via|on|through|of|the|by|visit|visiting|about|with|for|into|and|or|&|named|called|like|than) {given} [.|!|?|,]",
    "(^|by) {given}",
    "{name} ('s|is|was) [<adv>] (on|in|at|with|going|coming|here|there|available|away|out|off|now|already|working|looking|taking|heading|<act:ing>)",
    "{name} (will|'ll|would|can|could|should|is going to|'s going to) [<adv>] (<act:base>|be|get|come|have|ring|reach|visit|arrive|pop|drop)",
    "{name} (has|had|'s) [<adv>] (<act:past>|been|gone|done|got)",
    "{name} (<act:s>|<act:past>|says|said|told|mentioned|confirmed)",
    "{name} from (our|the|your|my|his|her|their|us|a|an|billing|support|sales|accounts|accounting|engineering|IT|tech|technical|customer|customers|service|care|finance|operations|dispatch|shipping|returns|management|HR|legal|marketing|product|development|dev|QA|security|head office|headquarters|here|there)",
    "(^|,|.|!|?|;|:|and|this is|I'm|I am|it's|it is|my name is|here's|here is|name's|name is) {name} from",
    "(make|makes|making|made) sure {name}",
    "{name} (hears|knows|gets|sees|receives|reads|learns|finds out|finds|realises|realizes|understands|appreciates|hear|know|get|see|receive|read|learn|find out|realise|realize) (this|that|it|about|of|your|the|how|what|you|them|these|those)",
    "(let|tell|ask|remind|thank|tag|ping|mention|introduce|inform|notify|told|asked|reminded|thanked|pinged|informed|notified|letting|telling|asking|thanking) {name}",
    "(pass|passed|passing|forward|forwarded|forwarding|send|sent|sending|give|gave|giving|share|shared|sharing|hand|handed|relay|relayed|mention|mentioned) (it|this|that|these|them|your|the) ... (on to|onto|to|with) {name}",
    "{name} , [the] [customer|tech|technical|IT|product] (support|team|care|service|services|help desk|helpdesk|service desk|success|billing|operations|engineering|agent|advisor|adviser|specialist|manager|lead|advocate|representative|rep|technician)",
    "(hi|hello|hey|dear|greetings|morning|afternoon|evening) (there|all|everyone|everybody|team|folks|guys|sir|madam|friend|friends) ,",
    {
     "pattern": "\\b(?:hi|hello|hey|hiya|aloha|namaste|dear|morning|goodmorning|afternoon|evening|there|thanks|thank you|sorry|welcome|cheers|ok|okay|sure|great|yes|yep) {0,2}, {0,2}\\p{L}{2,20} {1,2}to\\b"
    },
    "(hi|hello|hey|hiya|aloha|namaste|dear|morning|goodmorning|afternoon|evening|there|thanks|thank you|sorry|welcome|cheers|ok|okay|sure|great|yes|yep) , (will|may|<act:base>|<mechanism:base>|<experience-aim:base>) (you|you're|you've|you'll|you'd|your|it|it's|its|this|that|these|those|they|there|all|everything|everyone|everybody|things|is|was|are|were|will|do|does|did|be|been|has|have|had|can|could|would|should|may|might|must|to)",
    "<address-opener> , {name} <act:base>"
   ]
  },
  {
   "id": "personalization-lead",
   "signal": "personalization",
   "level": "suggestion",
   "message": "Open with the customer's name (\"Priya, …\").",
   "scope": "greeting",
   "enabled": true,
   "examples": {
    "flag": [
     "Priya, could you send me the log file?",
     "Oluwaseun, I've pushed the fix to your workspace."
    ],
    "pass": [
     "Sure, which phone is it?",
     "Yeah, we know it's corny.",
     "Unfortunately, we can't refund it.",
     "Additionally, could you send the log?"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "{customer},",
    "{customer}!",
    "{name} , (I|I'm|I've|I'll|I'd|we|we're|we've|we'll|we'd|you|you're|you've|you'll|you'd|your|it|it's|its|this|that|thank|thanks|sorry|please|could|can|would|will|which|what|who|who's|how|when|where|why|did|do|does|is|are|was|have|has|just|glad|great|good|happy|the|there|our|my)"
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
     "Looks like the webhooks were incorrectly configured.",
     "Passwords are case sensitive.",
     "It was declined because the billing postcode didn't match your card.",
     "There is an incident at the depot causing delays on the line.",
     "The error comes from an old lockfile.",
     "That warning pops up whenever the disk is nearly full.",
     "The app only syncs over Wi-Fi by default.",
     "Refunds always go back to the original card.",
     "Safari blocks third-party cookies.",
     "Your router hands out a new address every time it restarts.",
     "Passwords must be at least 12 characters long.",
     "That error usually means the USB cable is not USB 3.",
     "The easiest fix is to flash the latest firmware.",
     "The 3.14 kernel dropped support for that chipset.",
     "The N210 needs a static IP on the 192.168.10 subnet.",
     "The sample rate has to be an integer divisor of the master clock rate.",
     "The base station receives the data over RF and forwards it to the server."
    ],
    "pass": [
     "Keep an eye on our changelog for the fix.",
     "I've reset your password.",
     "It was declined for security reasons.",
     "Try logging out and back in.",
     "We always reply within a day.",
     "We require proof of purchase.",
     "We have all the necessary measures in place to keep your account safe.",
     "Our controls on the account are strict."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(this|that|it) (happens|happened|occurs|occurred|was caused|is caused|can happen|is happening|was happening) (because|when|if|after|due)",
    "(because|since) (the|your|our|this|that|it|its|there|a|an|of|you|they) ...",
    "(because|since) ... (is|are|was|were|isn't|aren't|wasn't|doesn't|does|don't|do|didn't|can't|cannot|has|have|hasn't|haven't|need|needs|must|only|use|uses|require|requires|expect|expects|report|reports|can|could|may|might|know|knows)",
    "(due to|caused by|as a result of|because of) (the|a|an|your|our|this|that|some|its|their|how|#)",
    "(due to|caused by|as a result of|because of) <fault-state>",
    "(is|was|are|were) (causing|caused by|due to|the cause of|the reason)",
    "(is|was|are|were|'s) (the|a|an) [direct|likely|probable|known|main|expected|unfortunate|unwanted|unintended] (result|consequence|side effect|side-effect|cause|source) (of|for) (the|this|that|your|its|their|how|which)",
    {
     "pattern": "(?:^|[.!?:;>]\\s{1,20}|\\n\\s{0,20})the way (?:the |this |that |your |our |it |its )?[\\w-]{0,20}(?: [\\w-]{1,20})?(?: [\\w-]{1,20})? (?:works|work|is designed|is built|is set up),?"
    },
    "(it's|that's) (due to|caused by|because of)",
    "(end|ends|ending) up (with|being|in|having|creating|using|losing|getting|calling|overwriting)",
    "(which|that) (would|will|could|can|may|might|should) (cause|prevent|force|trigger) (the|your|it|them|all|any|every|each)",
    "causing (the|a|an|some|this|that) ... (disruption|delay|delays|issue|issues|problem|problems|error|errors|crash|crashes)",
    "(the|a) (cause|reason) (is|was|for this|for that|behind)",
    "(that's|that is|this is|which is) (why|because)",
    "(so|in case) (it|this|that) (happens|comes up) again",
    "(root cause|why this happened)",
    "(was|were|is|are|got|been) (incorrectly|wrongly|improperly|badly|not correctly|not properly) (configured|set|set up|installed|formatted|encoded|entered|linked|synced|mapped)",
    "(misconfigured|backed up|got stuck|was stuck|expired|timed out|out of sync|out of date|outdated) (and|so|,|.|which|because|when)",
    "(only|just) (working|worked|happened|happening) (due to|because of|thanks to) (a|an|the) (bug|glitch|quirk|mistake|error)",
    "(was|is|'s) (a|an) (bug|mistake|glitch|known issue|regression|limitation|side effect) (in|on|with|that|where|which|when)",
    "(there is|there's|there was|there are|there were) (a|an|some) [known] (incident|outage|fault|problem|issue|bug|failure|disruption) (at|on|in|with|affecting|causing)",
    "(is|are) (case sensitive|case-sensitive|per|tied to|linked to|specific to|unique to|stored|saved|kept|cached|located|found)",
    "(is|are|'s|was|were) [also|actually|still|always] [a|an|one of the|among the|one of its|one of their] reserved [<code-realm>] <reserved-thing>",
    "(every|each) ... (has|have|gets|get) (its|their|your) own",
    "(works|work|worked) (in conjunction|together|only) with",
    "(only|just) (works|work|applies|apply) (if|when|with|for|on|in)",
    "(by default|under the hood) (,)? (the|it|this|your|we|Windows|macOS|Linux|Ubuntu|the app)",
    "(won't|will not|doesn't|does not|didn't|did not) (cause|affect|change|delete|remove|break) (any|your|the|anything)",
    "(the|your) (first|last) # [%] ... (was|were|might've been|mightve been|might have been|may have been|must've been|mustve been|is|are)",
    "(that|this|which|it) means (that|you|the|your|it|there)",
    "(so|which means|and so|hence|thus|therefore) (it|the|this|that|its|their|your) ... (thinks|assumes|believes|treats|considers|interprets|falls back|defaults|ignores|skips|mistakes|misreads|sees it as|reads it as)",
    ", (so|which means|and so|hence|thus|therefore) (it|the|its|their|your|these|those) ... (keeps|kept|keep) (<mechanism:ing>|<works:ing>|<device-does:ing>)",
    "happens (when|if|because|whenever)",
    "(the|one|a|another) (way|easiest way|best way|simplest way|trick|solution|fix|workaround) (is|would be|here is) (to)?",
    "(as a|for a|the) workaround",
    "(the|a|likely|probable|possible|main|real|usual|most likely) culprit (is|was|are|were|here is|could be|might be|may be|must be|seems|looks|appears) | (is|are|was|were|'s) [probably|likely|most likely|almost certainly] (the|a|our) [likely|probable|usual|real|main] culprit",
    "(workaround|work-around|work around) [for now|for this|here] (is|would be|could be|was) [to|:] [just|simply] (<howto:base>|blacklist|blocklist|pin|downgrade|revert|unload|boot|disable|enable|use|set|add|remove)",
    "there (is|'s|are) (a|an|one|two|some) [simple|easy|quick|possible|known|temporary|small|good] (workaround|workarounds|work around|work-around) [:|,|;] [though|however] [,] [:] [just|simply] (<howto:base>|use|set|add|disable|enable|turn|switch|run|delete|remove|change|edit|rename|install|downgrade|pass|call)",
    "(hence|thus|therefore|consequently) ... ... (failed|fails|fail|failing|crashed|crashes|crash|hung|hangs|hang|broke|breaks|broken|timed out|times out|stalled|stalls|stopped|stops|dropped|drops|froze|freezes|rejected|rejects|missing|never|wasn't|weren't|isn't|aren't|didn't|doesn't|couldn't|can't|won't|error|errors|warning|warnings)",
    "(might've|might have|must have|may have|could have) been (the|it|caused|due|because)",
    "(comes|came|stems|stemmed|originates|originated|results|resulted) from (the|a|an|your|this|that|our|its|their|how|some|old|an|one|two|having|using)",
    "(shows up|show up|pops up|pop up|appears|kicks in|is triggered|are triggered|gets triggered|is shown|are shown|is displayed|fires|occurs|happens|applies) (when|whenever|if|every time|each time|because|once|as soon as)",
    "(by default|out of the box)",
    "(a|an|the) (known|current|documented|deliberate) (limitation|issue|bug|behaviour|behavior|quirk|restriction|problem) (of|in|with|on|where|when|that|for|affecting)",
    "(requires|require|depends on|depend on|relies on|rely on|defaults to|default to|falls back to|fall back to|is capped at|are capped at|is limited to|are limited to|expires after|expire after|after which)",
    "(only|always|never) (syncs|sync|runs|run|shows|show|appears|appear|triggers|trigger|fires|fire|sends|send|counts|count|charges|charge|updates|update|loads|load|renews|renew|lands|land|goes|go|applies|apply|reads|read|matches|match|keeps|keep|stores|store|checks|check|looks|look|accepts|accept|returns|return|expire|expires)",
    "(sent|shown|available|visible|applied|synced|charged|triggered|counted|fired|processed|enabled|stored|kept|billed|renewed|checked|read|loaded|cached) only (for|when|if|on|in|with|to|after|once|over|via|from|at)",
    "(it|this|which|windows|macos|linux|ubuntu|chrome|safari|firefox|edge|android|ios|the app|the system|the server|the browser|the api|the installer|the kernel|the driver|the router|the firewall|your browser|your router) [also|always|now|still] (blocks|ignores|overrides|strips|caches|truncates|rejects|drops|rewrites|converts|hides|locks|expects|treats|reads|looks for|picks up|uses|stores|keeps|checks|resets|renames|replaces|removes)",
    "(the|this|that|your|its|their|each|every|it|which|these|those|any|all) ... <works:s>",
    "(doesn't|does not|don't|do not|won't|will not|never) <works:base>",
    "<howto:ing> (the|your|a|an|it|this|that|them|those|these) ... (will|won't|will not|doesn't|does not|also|then|automatically|should|only) [also|automatically|not] (<works:base>|cancel|delete|remove|reset|clear|keep|affect|change|fix|stop|prevent|undo|log you out|sign you out|restore)",
    "(stopped|stop|stops|broke|breaks|started|starts|began|begins) [working|failing|crashing|showing|happening] (when|after|because|since|once|as soon as)",
    "(error|message|warning|404|500|403|401|crash|prompt|popup|pop-up|notification|problem|issue|redirect|timeout|failure) (is|was|'s|comes|came) (from|coming from|thrown by|raised by|produced by|generated by)",
    "only (if|when|once|after|while|until) (you|the|your|it|they|there|a|an|both|someone|somebody)",
    "(keep|keeps|kept|store|stores|stored|retain|retains|retained|hold|holds|held|save|saves|saved|cache|caches|cached|archive|archives|archived|delete|deletes|deleted|purge|purges|purged|expire|expires|remain|remains|available) ... (for|of|up to|after) (#|a|one|two|three|six|twelve) (day|days|hour|hours|month|months|year|years|week|weeks|minute|minutes)",
    "(up to|a maximum of|maximum of|at most|no more than|a limit of|limit of|capped at|limited to) ... ... per (day|month|week|transaction|hour|year|account|user|device|order|request|minute|second|mailbox|file|message)",
    "(affected|impacted|controlled|determined|governed|decided|driven|enforced|limited|capped|restricted|overridden|blocked|filtered|rejected|set|imposed|defined|configured|issued|assigned) by (the|a|an|your|its|their|how|which|whether|#|any|some|each|every|this|that|these|those|older|newer|default)",
    "otherwise [the|your|it|this|that|they|you|all|any|some] ... ... (won't|will not|wont|can't|cannot|will fail|would fail|fails|doesn't|does not|wouldn't|would not|may not|might not|will be|would be|gets|get)",
    "(sounds|looks|seems) like (the|your|their|its|this|that|these|those) ... (was|were|is|are|got|had been|have been|has been) [still|never|not|only|all] (in|on|stored|saved|kept|missing|corrupt|corrupted|expired|blocked|misconfigured|set|pointing|using|created|synced|cached|deleted|removed|disabled|enabled|locked|renamed|moved|installed|registered|linked|signed)",
    "(can|could|may|might|usually|often|typically|generally|mostly|normally) (stem|come|result|originate|arise) from",
    "(is|are|gets|get) (applied|processed|evaluated|read|loaded|synced|refreshed|updated|checked|run|renewed|credited|debited|charged|reset|cleared|recalculated|cached) [only|automatically|again] (at|on|during|every|each|after|before|once|when|whenever) (startup|start up|boot|login|logon|log on|sign in|sign-in|restart|reboot|logoff|log off|the next|next|each|every|the first|first|the end|midnight|renewal)",
    "(credited|debited|refunded|issued|deducted|valid|generated|triggered|allowed|counted) only (for|when|if|on|in|with|to|after|once|against|at)",
    "uses (the|a|an|its|their|your) ... to (locate|find|determine|decide|check|store|look up|authenticate|identify|resolve|route|sign|encrypt|verify|detect|discover|calculate|match|pick|choose|connect)",
    "(the|your|each|every|a|an|this|that|its|their) ... (must|needs to|has to|need to|have to) (include|contain|match|point to|resolve to|be a member of|be added to|be set to|be signed|be trusted|be enabled|be reachable|be installed|be registered|be linked|be verified|be unique|be unblocked|be open)",
    "never (offer|offers|request|requests|send|sends|call|calls|share|shares|collect|collects) ... ... (over|via|by|through|on|in) [the|a|an|any] (call|calls|phone|email|emails|sms|text|texts|collect|whatsapp|social media|message|messages)",
    "(would|might|must|may|could|'d) have (resulted in|caused|led to|triggered|blocked|stopped|prevented|broken|corrupted|reset|cleared|removed|deleted|changed|overwritten|locked)",
    "(must|has to|have to|needs to|need to|should) be (run|launched|done|installed|applied|enabled|configured|set|created|started|executed|completed|updated|removed|restarted|stopped|prepared|signed|registered) (before|after|first|prior to|ahead of)",
    "(the|this|that|your|its|their|each|every|these|those|any|all|our|older|newer|new|old) ... <mechanism:s> ... (when|whenever|every time|each time|until|unless|as soon as|once|after you|before you|while|automatically|by default|by itself|on its own|if you|if the|if it|if your|if there)",
    "(the|this|that|your|its|their|each|every|these|those|any|all|our) ... (is|are|gets|get) [automatically|only|always|also] <mechanism:past> [automatically|only|always] ... (when|whenever|every time|each time|until|unless|as soon as|once you|after you|before you|if you|automatically|by default)",
    "(is|are|gets|get) [always|also] (automatically|only ever) <mechanism:past>",
    "<mechanism:base> (automatically|by default|on their own|by themselves) (on|when|whenever|if|after|once|over|at|every|each|unless|until)",
    "(expire|expires|renew|renews|reset|resets|roll over|rolls over|lapse|lapses) (#|a|one|two|three|six|twelve|eighteen|24|thirty|ninety) (day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes) (after|from|once)",
    "(when|whenever|every time|each time|once|as soon as|after|if) you ... ... , [then] (the|your|its|their|any|all|each) ... [automatically|also|then|always|only|usually|normally] (<mechanism:s>|<works:s>|goes|go|comes|moves|stays|carries over|rolls over)",
    "(when|whenever|every time|each time|once|as soon as|after) you ... ... [,] [then] (we|it|the|your|this|that|they|windows|chrome|android|ios|macos) [app|system|server|phone|browser|device|site|account|router|bot|api] [automatically|also|then|always|only|usually|normally] (<mechanism:s>|<mechanism:base>|<works:s>|<works:base>)",
    "(the|this|that|your|its|their|it|which) ... <mechanism:s> only (the|a|an|#|one|your|what|when|if|on|in|for|over|after|once|via|with|from|while)",
    "(error|message|warning|code|status|light|icon|symbol|badge|banner|prompt|notice|alert|exit code|return code|response|flag) [usually|often|normally|typically|generally|probably|most likely|likely|basically|simply|just|always] (means|indicates|tells you|signals|signifies) [that] (the|your|you|it|there|a|an|this|that|its|their)",
    "(the|one|a|another|an|your) (easiest|best|simplest|quickest|usual|standard|proper|correct|right|only|other|cleanest|recommended|common|safest|fastest) (way|bet|trick|solution|fix|workaround|approach|option|method|route) ... ... (is|would be|here is|here would be|'s) [probably|likely|usually|generally|just|simply|really] [to|that|with|by]",
    "(dropped|removed|deprecated|ended|added|introduced|discontinued) support for",
    "<mechanism:s> (itself|by itself|on its own|automatically)",
    "(the|this|that|your|its|their|each|every) ... (needs|requires|expects|wants) (a|an|at least|exactly|its own|their own) ... (on|in|of|with|for|to|at|per|and|or|.)",
    "(the|this|that|your|its|their|each|every) ... (must|has to|have to|needs to|need to) be (a|an) [integer|whole|even|odd|exact|valid|unique|single|separate|absolute|full] (multiple|divisor|factor|power|number|integer|subset|member|string|path|value|file|directory|folder|name|address|IP|url)",
    "(the|this|that|your|its|their|each|every|it|which) ... <device-does:s> (the|a|an|all|any|its|their|your|data|samples|readings|values|frames|bytes|messages|traffic|packets|requests|current|voltage|power|#|every|each)",
    "(must|need to|needs to|has to|have to|should) be (at least|at most|no more than|no longer than|no shorter than|shorter than|longer than|less than|more than|under|over|between|exactly|fewer than)",
    "(the|this|that|your|its|their|each|every) ... (needs|need|requires|require) ... ... to (work|run|function|start|load|sync|connect|install|write|read|access|launch|boot|open|update|communicate|authenticate|resolve|show|display|find|detect|send|receive|notify|track|locate)",
    "(is|are|was|were|gets|get) [calculated|priced|set|determined|worked out|decided|chosen|ranked|sorted|shown|charged|billed] based on (the|your|a|an|how|demand|availability|usage|location|distance|time|the number|their|its)",
    "(drops off|drop off|falls off|fall off|disappears|disappear|clears|clear|is released|are released|gets released|reverses|reverse|is reversed|are reversed) [automatically|on its own|by itself] (within|after|in|once|when|by)",
    "(due to|because of|caused by|as a result of) (high|heavy|strong|severe|bad|poor|ongoing|planned|unplanned|scheduled|emergency|local|faulty|broken|missing|expired|outdated|old|incorrect|wrong|invalid|corrupt|corrupted|insufficient|low|limited|network|signal|signalling|power|weather|engineering|maintenance)",
    "(the|one|the main|the real|the only|your|a common) (problem|issue|culprit|trouble|catch|bottleneck|difference|gotcha|snag) [here|there] (is|was|'s|seems to be|might be|may be|could be|would be) [probably|likely|most likely] (that|because|caused by|due to|how|what|where|when)",
    "(the|one|another) reason ... ... ... (is|was|'s) (that|the|your|a|an|because|its|their|how)",
    "(error|errors|message|messages|warning|warnings|code|codes|status|light|lights|led|leds|icon|symbol|badge|banner|prompt|notice|alert|overflow|overflows|underflow|underflows|output|value|values|reading|readings|flag|result|results|response|blinking|flashing) (means|mean|indicates|indicate|signals|signal|signifies|signify) [that] (the|your|you|it|there|its|their|a|an|something|no|nothing)",
    "(the|its|their|your) default (is|was|'s|value is|setting is|value was|setting was)",
    "(is|are|'s|'re|was|were) (in|measured in|given in|expressed in|stored in|shown in|displayed in|reported in) (ms|milliseconds|seconds|minutes|hours|bytes|kb|mb|gb|bits|hz|khz|mhz|ghz|db|dbm|volts|watts|kwh|utc|gmt|local time|your local time|unix time|epoch)",
    ", not (the|a|an|in|on|at|to|your|their|its|over|via|from|with|per|inside|outside|around|seconds|minutes|hours|bytes|bits)",
    "(if|when|whenever) (the|a|your|an) [status|power|red|green|blue|orange] (led|light|lights|icon|indicator|screen|display|message|error|log|console|output|meter|reading|readings|graph|value) ... ... , (the|it|that|this|your|you|there)",
    "(this|that|it) (is|'s|was) [completely|perfectly|totally] (normal|expected|by design|intended|expected behaviour|expected behavior|the expected behaviour|the expected behavior|how it works|working as intended|working as designed) (,|:|;|because|since|as|when|if|for|after|during|while|until|with|on)",
    "(each|every) [one|of them] (with|has|have|gets|get|uses|use|needs|need|keeps|keep) (its|their|your) own",
    "(tops out|maxes out|peaks|caps out|is capped|are capped|is limited|are limited) (at|around|about|near)",
    "(the|its|their|a|your) (max|maximum|limit|cap|ceiling|upper limit|lower limit|minimum) (is|was|'s|of) (#|around|about|roughly|approximately|only)",
    "(is|are|gets|get) (sampled|polled|measured|logged|recorded|refreshed|updated|checked|averaged|sent|uploaded|synced|backed up|rotated|flushed|written|read) (every|each|once|twice|# times|hourly|daily|nightly|weekly)",
    "(you're|you are|you've|you have|you were|you'd be|it's|it is) (hitting|hit|reached|reaching|running into|run into|exceeding|exceeded|over|above|beyond) (the|a|your|its) ... ... (limit|cap|maximum|quota|threshold|ceiling|bug|known issue|limitation|rate limit)",
    "(that|this|which|it) (would|could|might|may|should|will|does|can) [probably|likely|also|certainly|definitely|partly|well] explain (the|this|that|your|what|why|it|those|these|some|a lot|much)",
    "(that|this|which) [probably|likely|also|certainly|definitely|partly] (explains|explained) (why|the|your|this|that|these|those) [same|odd|strange|weird|high|slow] (problem|problems|issue|issues|error|errors|behaviour|behavior|failure|crash|crashes|message|warning|delay|difference|symptom|symptoms|result|results)",
    "(sounds|looks|seems|appears) (like|that|as if|as though) you ('re|are|were) [not|still|already|just|recently|accidentally|actually|probably|also] (missing|using|running|pointing|mixing|mixing up|hitting|exceeding|looking at|trying to use|signed in with|logged in with)",
    "(sounds|looks|seems|appears) (like|that|as if|as though) you [accidentally|actually|probably|may have|might have|have|'ve] (used|mistyped|misspelled|forgot|forgotten|skipped|missed|mixed up|entered the wrong|picked the wrong|selected the wrong|chose the wrong)",
    "(sounds|looks|seems|appears) (like|that|as if|as though) (your|the) ... ... (is|are|was|were) [itself|themselves|just|simply|probably] (unreliable|incompatible|unsupported|unresponsive|invalid|misconfigured|corrupt|corrupted|faulty|damaged|expired|outdated|out of date|broken)",
    "(sounds|looks|seems|appears) (like|that|as if|as though) (your|the) ... ... (isn't|aren't|wasn't|weren't|is not|are not|was not|were not|is no longer|are no longer) [itself|themselves] (reliable|compatible|supported|responsive|valid|configured|installed|enabled|recognised|recognized|detected|mounted|formatted|partitioned|aligned|signed|registered|linked|verified|reachable|responding)",
    "(sounds|looks|seems|appears) (like|that|as if|as though) (your|the) ... ... (has|have|had) (a|an|the) [similar|known|same|different] ... (issue|bug|problem|limitation|fault|defect)",
    "(sounds|looks|seems|appears) (like|that|as if|as though) (your|the) ... ... (was|were|has been|have been|got) (banned|suspended|locked|blocked|flagged|disabled|closed|deactivated|restricted|frozen|rejected|declined|removed|deleted) (for|because|due to|after|since)",
    "(this|that|the|such|these|those|your) [kind of|sort of|type of] (behavior|behaviour|symptom|symptoms|pattern|crash|crashes|freeze|freezes|hang|hangs|lockup|lock-up|flicker|flickering|slowdown|error|errors|problem|issue) [usually|often|sometimes|typically|generally|normally|probably|most likely|likely|always|almost always] (indicates|indicate|suggests|suggest|points to|point to|means|mean|is a sign of|are a sign of|is caused by|are caused by)",
    "(is|are|gets|get|was|were) [automatically|always|also] (persisted|remembered|recorded|written|serialized|serialised|registered|embedded|compiled|bundled|loaded) (in|into|inside|under|to|from) (the|your|its|their|a|an|each|every)",
    "the (best|only|easiest|simplest|quickest|safest|most reliable) (thing)? (you|one) (can|could) do (is|would be)|what you [would|'d|will|'ll] (need|have|want) to do (is|would be|will be)",
    "(I'd|I would|I usually|I always|I'd probably|I would probably|I'd first|you could|you can|you might|you may want to) (start|begin) (by|with) <howto:ing>",
    "(must|has to|have to|needs to|need to) be (on|off|enabled|disabled|global|local|static|unique|empty|blank|visible|hidden|checked|unchecked|true|false|turned on|turned off|switched on|switched off|public|private|absolute|relative|read-only|writable|unlocked) (.|,|;|and|for|in|to|when|if|before|after|first|or|at|during|so|otherwise|!)",
    "(must|has to|have to|needs to|need to|can only|can) be (added|set|defined|declared|created|changed|loaded|initialized|initialised|assigned|filled|populated|registered|done|bound|configured) (at|during) (runtime|run time|run-time|design time|design-time|startup|load time|compile time|build time|install time)"
   ],
   "except": [
    "(due to|caused by|as a result of|because of) [a] lack of (time|resources|staff|staffing|manpower|funding|money|interest|capacity|bandwidth|volunteers|maintainers|people|developers|hands)",
    "(due to|caused by|as a result of|because of) <fault-state> [open|pending|incoming|new|available|spare|active|free|qualified] <workload>",
    "(is|are) found (.|,|;|!|?|/|and|or|so|then|we|I|yet|to be|by|during|while|when|if) | (what|whatever|which|if|whether|unless|once|until) [exactly|really] (the|a) [likely|probable|possible|main|real|usual] culprit",
    "due to (be|arrive|ship|land|launch|start|begin|end|expire|renew|open|reopen|close|resume|go|come|return|run|finish|take) | (wonder|wondering|wondered|curious|unsure|not sure|not certain) (if|whether) ... (is|are|was|were|'s|could be|might be|may be|would be) [the|a|also|really|actually|somehow] [likely|probable|possible|main|real|usual|root] (culprit|cause|reason|to blame|responsible|caused by|due to)",
    "(requires|require|needs|need) [a bit|a little|a lot|quite a bit|a good deal] (some|more|further|a bit of|a little|a lot of|a little more|much|lots of|extra) (work|practice|polish|polishing|improvement|improving|attention|love|effort|care|cleanup|clean-up|tidying|thought|rework|reworking)",
    "(require|requires|required|need|needs) [a|an] [paid|premium|active|valid|separate|pro|business|monthly|annual|yearly] (subscription|subscriptions|membership|plan|upgrade|purchase|license|licence|premium|pro)",
    "(would|will|'d) (require|need) (making|building|writing|a separate|a new|a whole|a lot|more|significant|major|substantial|extra)",
    "(depends|depend) on (your|the|their|each|every) ... <area> (.|!|,|;|and|as|so|but|that|you) | (depends|depend) on ... <area> (.|!|,|;|as|so|but|that|you)",
    "(option|options|way|solution|choice) (we|I) (have|'ve got|can offer|could offer|are left with|'re left with)",
    "(this|the|our|that) (website|site|forum|page|channel|tracker|repo|repository|list|mailing list|issue tracker|account|handle|email address|inbox|number|line|chat|board|category|thread|space) (is|are) (only|mainly|mostly|primarily|normally|usually|typically) (used|monitored|meant|intended)",
    "the reason (I|we|I'm|we're) ('m|am|are|'re|ask|asked|ask for|need|request|requested|mention|mentioned) | [just|simply] (work|works|worked|working|run|runs) out of the box | (never|not|haven't|hasn't|didn't|couldn't|can't|don't|yet to) [yet|really|ever|been able to] (know|sure|figure out|figured out|find|found|identify|identified|determine|determined|understand|pin down|track down|work out|worked out) [either] [what|why] [the|this] (root cause|why this happened)",
    "(I|we|I'm|we're|I've|we've|I'll|we'll|I'd|we'd|I was|we were|I have|we have|I am|we are) ... ... [,] (because|since|due to|because of|as a result of|owing to)",
    "(due to|because of|owing to|as a result of) ... ... ... [,] (we|I) [have|'ve|had|will|'ll|are|'re|no longer|now|also|temporarily|just|recently|had to|decided to] [now|also|temporarily|just|recently|had to|decided to] (<refusal-act>|disabled|disable|paused|pause|suspended|suspend|stopped|stop|moved|move|closed|close|decided|switched off|turned off|taken down|pulled)",
    "(that's|that is|this is|which is) why (I|I'm|I am|I've|I'd|I was|we|we're|we are|we've|we'd|we were) | (that's why|that is why|which is why|this is why) [the|this|that|your|my|our] <tracker-item> (is|stays|remains|will stay|will remain|was|has been|got) [still|now|already|being|then] (open|closed|reopened|kept open|left open|marked)",
    "(because|since) ... ... ... ... , [so|then] [the|this|that|your|my|our] <tracker-item> (is|stays|remains|will stay|will remain|was|has been|got|stay|remain) [still|now|already|being|then] (open|closed|reopened|kept open|left open|marked)",
    "(because|since) (it|this|that) (would|'d) be [really|very|much|so|a lot|more] (good|better|best|nice|nicer|great|fair|fairer|important|beneficial|healthier|helpful|useful)",
    "(I|we|I've|we've|I have|we have|I'll|we'll) [just|now|already|also|temporarily] (pushed|merged|added|applied|committed|landed|reverted|included|shipped|released|deployed|put in|implemented|push|merge|add|apply|commit|land|revert|include|ship|release|deploy|implement) (the|a|this|that|our) [temporary|quick|small] workaround",
    "(be|being|is|are|was|were|am|'m|'re|'s) [very|more|really|totally|absolutely|perfectly|crystal|quite] clear",
    "(especially|particularly|all the more|even more so|more so) (since|as|because|given)",
    "(since|because|as|given that) you ['ve|have|had|already|just|also] [already|just|also] (said|say|mentioned|mention|wrote|write|noted|note|reported|confirmed|confirm|tested|rolled|reverted|showed|described|stated)",
    "(because|since|due to|because of|as a result of) ... ... [there] (aren't|are not|isn't|is not|won't be|will not be) (many|enough|a lot of|lots of|any|much) (folks|people|users|members|volunteers|developers|devs|experts|staff|helpers|engineers)",
    "(you|you've|you have|you just) (posted|sent|shared|attached|pasted|provided|gave|uploaded|included|quoted|captured) [us|me|here|above|earlier|so far] (only|always|never|just)",
    "means [that] [right now|for now|now|currently|at the moment|at this point] (we|I|we're|I'm|we'll|I'll|we've|I've|we'd|I'd|our|my)",
    "since (then|yesterday|today|last|launch|this morning|the start|the beginning|the time|the day|#)",
    "(because|since) (I|I'm|I've|I'd|we|we're|we've|we'd|he|she|he's|she's|my|none|no|nobody|no one|even|everyone|everybody|someone|somebody|people|{given})",
    "since (that first|the last|the first|your last|your first|our last|the update|the release|the launch|the new|the latest|the previous) ... (,|.|!|?|;|:)",
    "(changed|improved|been|happened|passed|grown|come|moved) [a lot|so much|much|quite a bit|a great deal] since",
    "(happy|glad|giddy|thrilled|excited|delighted|proud|grateful|thankful|pleased|honoured|honored|love|loved|smile|smiling) [so|really|very|that|all the more] (because|since)",
    "(require|requires) [real|a lot of|lots of|significant|some|more|much|serious|extra|careful] (attention|time|effort|work|thought)",
    "(because|since) you [really|truly|clearly|genuinely|still|obviously] (like|love|enjoy|care|cared|liked|loved|enjoyed|appreciate|appreciated|support|supported)",
    "(app|play|apple|google play|microsoft|online|retail|web|chrome web|windows) (store|stores)",
    "(due to|because of|caused by) (the same|this issue|that issue|this problem|that problem|this inconvenience) [issue|problem|error|fault|glitch|thing|reason] (,|.|!|?|;|:)",
    "(uncertain|unsure|not sure|no idea|unclear|investigate|investigating|look into|looking into|find out|finding out|determine|identify|understand|understanding|know) [about|of|into|on|what] (the|a) (reason|cause)",
    "(there was|there's been|there has been|there were) (a|an|some) [known|technical|temporary|minor] (issue|issues|problem|problems|glitch|bug|bugs) (with|in|on|affecting) ... ... ... (which|that) (has been|have been|is now|are now|was|were) [now|already] (fixed|resolved|rectified|sorted|addressed)",
    "otherwise (we|I|we'll|I'll|we'd|I'd|our team)",
    "(working|works|worked|behaving|behaves|behaved) as (designed|intended|expected) [,] ... ... ... (because|since) [it|this|that]",
    "(since|because|as) ... ... ... ... ... (has|have|had) (a|the) (policy|rule|rules|policies)",
    "(click|tap|follow|open|use) [on] (the|this|that|our|my) (link|url|email|message|form|chat)",
    "(go to|open|run|check|type|enter|use|navigate to|head to|click|tap|select|look in|look at|look under|look for|find|launch|start|attach) ... ... ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(go to|open|navigate to|head to|click|tap|select|under) ... (>|→) ... [>|→] ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(use|run|attach|capture|record|collect|grab|take|enable|turn on) (the|a|an|some) [spindump|system|verbose|debug|full|network|crash|memory|process|stack|kernel] (spindump|profiler|debugger|logcat|strace|wireshark|tcpdump|procmon|sysdiagnose|crash dump|memory dump|stack trace|backtrace|trace|logging|diagnostics|diagnostic) [tool|tools|output|report|file|capture|log|logs|mode]",
    "(use|run|switch to|try|move to|install|get|grab) (the|a) [latest|current|newest|recent] (head|trunk|development|dev|nightly|snapshot|unstable|tip|bleeding-edge|bleeding edge) (version|release|build|branch|snapshot|code|sources|source|tree|checkout)",
    "(download|install|get|grab|apply|update to|upgrade to) (the|this|that|our|an|a|your) [latest|newest|new|newer|recent|current|available|pending|app|system|software|ios|android|firmware] (update|updates|upgrade|patch|version|release|build)",
    "(use|apply|test|try|take|run|install) (the|this|that|my|our) [attached|following|updated|revised|new|latest|second|v2|v3|test|debug|fixed] (patch|patches|fix|diff|build|binary|firmware|package|dll|jar|apk) [attached|below|above|here|instead|from|in]",
    "(download|install|get|update|reinstall|re-install|grab) (our|the|your) [mobile|banking|latest|new] (app|application) [from|on|in|via|through]",
    "(go to|open|visit|head to|head over to) (the) (app store|play store|google play|microsoft store|mac app store|galaxy store|apple store|google play store)",
    "(to|in order to) (contact|reach|chat with|message|talk to|speak to|speak with|get in touch with|get hold of|get in touch|raise a ticket|raise a complaint|lodge a complaint|file a complaint) [us|our|the|a|support|someone|an agent|team]",
    "(tap|click|press|select|go to|open|choose|use|hit) [on] [the] ({quote}|help|support|contact us|chat|live chat|help centre|help center|help & support|help and support|need help|get help|chat with us) [icon|button|tab|section|option|menu|page|link] ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|start|get in touch|send|DM|dm|raise|submit|connect)",
    "(use|using|click|tap|follow|visit) (the|this|our|that) (link|form|chat|live chat|in-app chat|contact form|bio|page) ... ... [to] (contact|reach|chat|message|talk|speak|get in touch|DM|dm|send|let us know|submit|file|report|request|raise)",
    "(open|go to|go into|head to|launch|in) (the|our|your) app ... ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|get in touch|DM|dm|raise|submit|connect with)",
    "(if|when) you (can|could|get a chance to|have a chance to|are able to|'re able to) ... ... ... (for me|for us|to me|to us|with me|with us|over to me|over to us|here)",
    "(use|using) (a|the) (pastebin|paste bin|paste site|paste service|gist)",
    "(run|type|enter|check|open|use|try) ... ... ... (and|then|,) [please|just] pastebin",
    "(unplug|power off|switch off|turn off|disconnect|shut down) ... ... ... (and|then|before) [just|simply] (plug|power|switch|turn|reconnect|connect|start) [it|them|the|your|that] ... (back in|back on|on again|in again|back up|on)",
    "(unplug|power off|switch off|turn off|disconnect|shut down) (the|your|it|them|everything|both|all) ... [,] [and] [then] (wait|leave it|leave them|give it)",
    "(disable|disabling|close|closing|quit|quitting|end|ending) [all|any] [other|the|your] (background|running|unnecessary) (applications|apps|programs|processes|tasks)",
    "available (on|in|for|to|from|at) [all|both|the|our|select|selected|some|most|certain|every|your] (android|ios|iphone|iphones|ipad|ipads|mac|macs|macos|windows|linux|web|desktop|mobile|devices|platforms|plans|plan|pro|premium|free|paid|countries|regions|region|markets|customers|users|members|accounts|app store|play store|google play|stores|branches|locations|uk|us|usa|eu|australia|canada|india)",
    "only (works|work|available|supported|included|enabled|possible) (with|on|in|for|from) [the|a|an|our|your|all|any] [paid|premium|pro|business|enterprise|plus|standard|basic|free|team|higher|annual|monthly|top] (plan|plans|subscription|subscriptions|tier|tiers|edition|editions|licence|license|licences|licenses|account|accounts|membership|memberships)",
    "<watch-for> [the|our|this|that|my|their|its|your] ... <publication> [for|on|about|to see] [the|a|an|any|more|further] [workaround|workarounds|fix|fixes|details|steps|instructions|info|information|solution|progress|updates|update|news|changes] | (use|using) (this|that|these|those|our|the following) <publication>",
    "(the|a|one|another) (fix|solution|workaround|patch) (is|was|'s|has been|will be) [now|already|also] (in|on|at|available|out|live|ready|coming|merged|included|part|pending|planned|scheduled|due|expected|released|shipped|deployed|landed|being|under|tracked|here)|(we|I) (are|am) (the|a) (result|product) of|(result|product) of (ten|twenty|thirty|fifty|decades|over|more than)",
    "(hi|hello|hey|hiya|dear|morning|afternoon|evening|thanks|thank you|thx|ta|cheers|ok|okay|sure|yes|yeah|yep|no|nope|oh|ah|aw|aww|sorry|great|perfect|cool|absolutely|of course|certainly|welcome|congrats|congratulations|wow|haha|lol) [so much|very much|again|there|all|everyone|{name}] , not",
    "not (a|an|any) (problem|problems|worry|worries|bother|trouble|issue|big deal|biggie|hassle) [at all] (.|!|,|;|:|?|at|for|to)",
    "(due to|because of|given) [the|a|an] [holiday|holidays|seasonal|christmas|festive|weekend|high|large|huge|heavy|sudden|recent|current|unprecedented|increased|unusually high] (scope|nature|complexity|sensitivity|volume|volumes|surge|number|numbers|amount|influx|spike|rush|load|demand|demands|backlog|traffic|queries|requests|calls|contacts|call volumes)|(result|consequence) of (the|a) (holiday|holidays|seasonal|christmas|festive|weekend) (backlog|rush|volume|surge)",
    "(since|because|as|due to|per|under|in line with|according to) (the|our|this|their|a|its|company|platform|community) ... ... ... (policy|policies|guidelines|terms|conditions|rules of the site|forum rules)",
    "(since|because|as) you ('re|are|'ve been|have been|were) (facing|having|experiencing|seeing|getting|encountering|running into)|the way (we|I|you|they|people|our team|my team|our staff|our support|the team) (work|works|do things|operate)|the way ... (is|are) set up (on|at) your (side|end)|(result|consequence|product|fruit) of (a lot of|lots of|years of|months of|many|countless|all the|all our|our|my|hard work|great|dedication|love|passion|feedback|your feedback)",
    "(if|should|in case|when|once) (the|this|that|it|your) [issue|problem|error|behaviour|behavior|same|situation|trouble|difficulty|crash|crashing] (persists|persist|continues|continue|recurs|reoccurs|comes back|returns|happens again|is still there)",
    "(for|due to) (security|operational|technical|legal|privacy) (reasons|needs|purposes)",
    "(something|an issue|a problem) (on|with) (your|the) (account|pc|computer|end|side)",
    "(because|since) (we|I) (can't|cannot|don't|do not|are unable|aren't able|no longer)",
    "because (you|I) (asked|requested|said)",
    "(because|since) (it's|it is|this is|that is|it was) (a duplicate|duplicate|stale|inactive|resolved|fixed|not|already)",
    "(is|are) (stored|saved|kept|located|found) (in|at|on) (our|my) (system|records|end)",
    "(we|I) (require|requires|need|needs|only require)",
    "you [ever|still] require",
    "(I|we|you) [will|'ll|would|'d|can] (only|always)",
    "(our|your|their|my|his|her|its|the|a|an|all|many|some|any|few|several|other|both|no|these|those) <works:s>",
    "(<works:s>|<mechanism:s>|<device-does:s>) of",
    "(they|he|she|users|customers|people|members|authors|moderators|admins|administrators|staff|agents|owners) (can|could|may|must|should|will|'ll|would|'d) (only|always|never)",
    "(I|we|you) (will|'ll|would|'d|can) never",
    "(it|this|that) (only|always|never) (happens|happened) (to|for) (me|us)",
    "(I|we|please|our team|the team|our staff|our <staff>|the <staff>|<staff>) [personally|usually|generally|normally|really|also|still|just|as a rule|,] (only|always|never)",
    "(I|we|you|they|what do you|do you|did you) (mean|meant|means)",
    "(doesn't|does not|don't|do not|didn't|did not|won't|will not|wouldn't) (mean|indicate|signal)",
    "(since|because|as|due to) (the|our|a|this) ... (has|have|had) (a|the|this|that) (policy|rule|requirement|guideline)",
    "(inconvenience|inconveniences|trouble|frustration|confusion|hassle|disappointment|stress|distress|worry|annoyance) [this|that|it|which|we|they|the issue|the delay|the outage|the error] [may|might|could|must|has|have|had|may have|might have|could have|must have|has been|have been|was|were] (caused|causing) [you|to you|by|for you]",
    "(inconvenience|inconveniences|trouble|troubles|frustration|confusion|hassle|disappointment|discomfort|stress|distress|worry|annoyance) [that|which] (may|might|could|must) have been (caused|experienced|faced)",
    "(for|about) (the|any|all the|this|that) (delay|delays|issues|problems|difficulty|difficulties|disruption|disruptions|outage) [this|that|it|which] [may|might|could|has|have|may have|might have|could have] (caused|causing) [you|by]",
    "since (the|your|our|this|that|a|an|its) [last|latest|recent|new|newest|previous|most recent|big|major|latest app|last app|recent app] (update|updates|upgrade|upgrades|release|version|build|patch|change|changes|migration|outage|install|installation|reinstall|restart|reboot|switch|move|weekend|morning|day|week|month|year|incident)",
    "since (you|we|I|they|he|she|it) [first|just|recently|last] (updated|upgraded|installed|reinstalled|downloaded|switched|changed|moved|restarted|rebooted|did|got|made|started|opened|logged|signed|reset|migrated|joined|bought|purchased|ordered|contacted|wrote|posted|reported|tried|received|updated to|upgraded to)",
    "since (then|yesterday|today|this morning|last night|last week|last month|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|# | version|v#|release)",
    "(many|most|some|few|people|users|folks|customers|nobody|everyone|everybody|others) [people|users|folks] [really|actually|still|just|usually|generally|simply] (only|always|never|don't|do not|won't|rarely|seldom) [really|actually|even|ever] (<works:base>|run|show|send|update|read|keep|check|look|accept|return|apply)",
    "(the|our|your|their|some|many|most|other) [<our-team>] (<staff>|people|users|folks|customers|agents|staff|members) (keeps|kept|keep)",
    "(has|have|had|hasn't|haven't|hadn't|'ve|'d|'s been|has not|have not) [not|never|barely|hardly|only|always|ever|<adv>] [not|never|barely|hardly|only|always|ever|<adv>] (<action:past>|been|had|used|got|kept|seen|done|looked|seemed|felt) ... ... since (it|they|this|that|these|those|the ...) (was|were|got) (first|originally|initially|just|recently|last) (added|introduced|released|created|written|implemented|merged|shipped|launched|published|installed|set up|built|opened|reported|filed)",
    "ever since (it|they|this|that|these|those|the ...) (was|were|got) [first|originally|initially|just|recently|last] (added|introduced|released|created|written|implemented|merged|shipped|launched|published|installed|set up|built|opened|reported|filed)",
    "(closing|close|closed|locking|locked|marking|mark|marked|moving|moved|transferring|converting|labelling|labeling|tagging|reopening|escalating|escalated|passing|passed|forwarding|forwarded|raising|raised|merging|archiving|pinning|hiding) (this|it|as|the issue|the thread|the ticket|the post|the topic|the question|your post|your question|the case|the request|the discussion|the pr|the PR) ... ... [,] (since|because) (it|it's|there|there's|the|this|that|we|we've|you|you've|I|no|nobody|of|your|its)",
    "(because|since|as) ... ... ... , [please|kindly|just] (contact|dm|DM|email|call|message|reach out|reach|get in touch|write to|phone|ring|send us|drop us|pop us|speak to|talk to|chat with)",
    "(please|kindly|you can|you'll need to|you will need to) [contact|dm|DM|email|call|message|reach out to|write to|phone|ring|send|drop|pop] ... ... (since|because|as) (we|I|this|it|these|that|account|your account|of privacy|of security)",
    "(caused by|due to|because of|result of|owing to|thanks to) (a|an|some|the) [technical|system|temporary|minor|small|known|internal|unexpected|general|server|network|backend|back-end|software|recent|brief|glitch|intermittent] (issue|issues|problem|problems|bug|bugs|glitch|glitches|error|errors|fault|outage|incident|hiccup|hiccups) (.|,|!|;|on our|at our|in our|with our|on my|on the server|on the backend|from our|earlier|today|yesterday)",
    "(caused by|due to|because of|result of|owing to|thanks to) [a|an|some|the|certain] (unforeseen|unintentional|unintended|unavoidable|unfortunate|operational|technical) (issue|issues|problem|problems|error|errors|circumstances|difficulties|reasons) (.|,|!|;|and|on our|at our|in our|from our|earlier|today|yesterday)",
    "(caused by|due to|because of|result of|owing to|thanks to) (a|an|some|the) [technical|known|minor|small|recent|temporary] (issue|issues|problem|problems|bug|bugs|glitch|glitches|error|errors|regression) (in|with|on|from|after|since) (the|our|a|an|this|that|your) [last|latest|recent|previous|new|newest|current|most recent|app|ios|android|software|system] (update|updates|release|version|build|app|upgrade)",
    "(due to|because of|owing to|for) [our|the|their|its|company|bank|internal|current|strict] [security|privacy|data protection|internal|company|legal|bank|account] (privacy|security|confidentiality|compliance|legal|regulatory|data protection|verification|gdpr) (reasons|policy|policies|rules|protocol|protocols|procedures|purposes|regulations|requirements|concerns|.|,|;)",
    "(due to|because of|owing to|per|under) [our|the|their|its|company|bank|internal|current|strict] [security|privacy|data protection|internal|company|legal|bank|account] (policy|policies|regulations|regulation|rules|protocol|protocols|procedures|procedure)",
    "(because of|due to|owing to|since|as|with) [it's|it is|this is|today is|today's|tomorrow is|today being|tomorrow being] [the|a|an] [public|bank|national|long] (holiday|holidays|weekend|christmas|easter|festive season|festive period|holiday season|bank holiday)",
    "(since|because|as) you [have|'ve|already|have already|'ve already] (tried|done|checked|followed|attempted|reinstalled|restarted|cleared|reset|updated) ... ... ... , (I'll|I will|we'll|we will|I'm going to|we're going to|let me|I've|we've|I have|we have|I'd|we'd)",
    "(there is|there's|there was|there are|there were|we're having|we are having|we're experiencing|we are experiencing|we experienced) (a|an|some) [known|temporary|technical|minor|general|intermittent|brief|unexpected|major|system|server|network] (issue|issues|problem|problems|outage|outages|fault|faults|incident|bug|failure|disruption|glitch|hiccup) (on|with|at|in|affecting) (our|the) (side|end|servers|server|system|systems|app|platform|network|services|service|website|site|moment|minute)",
    "(expected|by design|intended|normal) [:|,|;|because|since|as] (we|I) (don't|do not|no longer|can't|cannot|won't|haven't|have not|only) (support|offer|allow|provide|have|accept)",
    "(because|since|as) (we|I) (need to|needs to|have to|must|are required to|'re required to|are legally required to|require you to|ask you to|want to|are obliged to|'re obliged to) (verify|confirm|check|protect|keep|make sure|ensure|comply|validate|secure|follow|safeguard)",
    "(is|are|'s|was|were|seems|looks) [a bit|slightly|very|quite|a little] (out of date|outdated) [,|.|so|and|;] [please|kindly|just|you'll need to|you need to|you should] (update|upgrade|install|download|get|reinstall)",
    "(since|because|as|due to) ... ... ... (has|have|had|follows|enforces) (a|the|this|that|its|our|their) (policy|policies|rule|rules|requirement|guideline|guidelines)",
    "(that's|that is|this is|which is) why you (have not|haven't|'ve not|did not|didn't|were not|weren't|will not|won't|are not|aren't|could not|couldn't) [been] [yet] (given|awarded|granted|offered|eligible|entitled|qualify|qualified) [for|to] [a|an|the|your|any|this|that] [bonus|full|partial|extra] (mark|marks|grade|score|bonus|points|refund|compensation|credit|discount|voucher|reward|rewards|cashback|upgrade|deposit|certificate)",
    "(that's|that is|this is|which is) why you (have not|haven't|'ve not|did not|didn't|were not|weren't|will not|won't|are not|aren't|could not|couldn't) [yet] (receive|received|get|got) [a|an|the|your|any|this|that] [bonus|full|partial|extra] (mark|marks|grade|score|bonus|points|discount|reward|rewards|upgrade)",
    "(that's|that is|this is|which is) why (a|an|the|our|one of our|two of our|some of our|my) [...] (<staff>|<site-staff>) [of our|of the|from our|from the] [...] [<staff>|<site-staff>] [then|only|first|later|both|all] (<get-in-touch>|came|went|arrived|entered|came back)",
    "(that's|that is|this is|which is) why (he|she) [then|only|first|later] (<get-in-touch>|came|went|arrived|entered|left|came back|returned)",
    "(that's|that is|this is|which is) why they [then|only|first|later|both|all] <get-in-touch>",
    "(prefer|choose|chose|love|loves|like|likes|trust|trusts|recommend|recommends|pick|picks|visit|visits) us [again|so often|most|more] (because|due to|because of|owing to|thanks to|since)",
    "(our|the|this|that|their|its|your|my) (hotel|hotels|restaurant|restaurants|resort|property|properties|store|stores|shop|shops|cafe|café|bar|venue|building|office|offices|branch|branches|apartment|apartments|community|campus|premises|guesthouse|hostel|inn|villa|clinic|gym|spa|lodge|motel|outlet|showroom|warehouse) (is|are) located",
    "(because|since) (this|it|that|the issue|the bug|the problem|the report) ... ... ... , (we|I) ('ll|will|are going to|'re going to|am going to|'m going to|plan to|intend to|hope to|want to|'d like to|would like to|are|'re|am|'m) [be] [trying to|going to|looking to|aiming to|able to] (schedule|scheduling|prioritise|prioritising|prioritize|prioritizing|triage|triaging|target|targeting|milestone|defer|deferring|postpone|postponing|bump|bumping|tag|tagging|slot|slotting|queue|queueing)",
    "(looking into|look into|investigating|investigate|find out|finding out|figure out|figuring out|work out|working out|understand|determine|determining|trying to|not sure|unsure|no idea|don't know|do not know) [exactly] (why|what caused|the cause|the root cause|what's causing|what is causing)",
    "(what|so what) happens if"
   ],
   "skip_questions": true,
   "skip_readings": [
    "fact",
    "identifier"
   ],
   "unless_sentence": [
    "(we|I|our team) [really|unfortunately|currently|still|simply|just] (can't|cannot|can not|are unable to|'re unable to|am unable to|'m unable to|won't be able to|will not be able to|aren't able to|are not able to|'re not able to|am not able to|'m not able to|can no longer|are no longer able to|'re no longer able to)",
    "(not eligible|ineligible|isn't eligible|is not eligible|aren't eligible|are not eligible|not entitled)",
    "(we|I) [currently|really|simply|just] (don't|do not|won't|will not|no longer) <refusal-act>",
    "(will|would|'ll) [likely|probably|unfortunately|sadly] (not|never) (happen|be added|be implemented|be made|be done) | (won't|wouldn't) [likely|probably] (happen|be added|be implemented|be made|be done)",
    "(refund|refunds|claim|claims|request|requests|application|applications|return|returns|appeal|appeals|exchange|chargeback|dispute|cancellation|compensation) (was|were|has been|have been|had been|is being|'s been|got) [<adv>] (denied|declined|rejected|refused|turned down|not approved|disallowed)",
    "(file|open|raise|submit|create|report|post|log) (a|an|the|this|it|your|that) [new|separate|bug|feature|support] (issue|bug|ticket|report|request|question|thread|case) (on|in|at|with|to|upstream|there|against)",
    "(best|right|better|proper|correct) (place|forum|channel|people|team|list|venue) (to|for) (ask|post|raise|report|get|discuss)",
    "<tracker-item> (is|was|has been|got|will be) [now|already|being|then] (closed|marked|resolved) (as|because|since|for being) [a|an|it's|it is|it was|this is|this was|being|of] [a|an] (duplicate|dupe|upstream|wontfix|won't fix|can't fix|cantfix|stale|invalid|inactive|obsolete|notabug|not a bug)",
    "<tracker-item> (is|was|has been|got|will be) [now|already|being|then] (closed|marked|resolved) (because|since|as|for) (no|nobody|there was no|there is no|we had no|we have no|it had no|it has no|without|of no) [a|any] (reproducer|repro|reproduction|reproduction steps|response|reply|answer|activity|feedback)",
    "(end|ends|ending) up (being|as) [a] (can't fix|cantfix|won't fix|wontfix|duplicate|dupe|invalid|notabug|not a bug|works for me|worksforme)",
    "(made|make|makes|making) it [very|so|quite|perfectly|crystal] clear (when|that|to|on|about)",
    "(you|you've|you have|you had) [also|already|just|previously|earlier|originally] (said|mentioned|wrote|stated|noted|claimed|told me|told us|described|reported) [earlier|before|above|here] that",
    "(we|I|the team|our team|and) (will|'ll|are going to|'re going to|plan to|intend to|want to|'d like to|are|'re|am|'m|is) [be|also|now|still|currently] (investigating|investigate|looking into|look into|finding out|find out|figuring out|figure out|digging into|dig into) ... ... ... (why|what caused|the cause|the root cause|what happened|what went wrong|how to prevent|what can be done)",
    "(post|posts|question|questions|thread|topic|message|messages|discussion|request|requests|this|it) (should|must|needs to|has to|belongs|belong|would be better) [go|be posted|be asked|be moved|be raised|be filed|be discussed|placed] (in|on|to|into|under) [the|a|an|our|this|that] [\\#] ... ... (stream|streams|channel|channels|forum|forums|category|tracker|repo|repository|board|room|subforum|mailing list)"
   ]
  },
  {
   "id": "teach-found-cause",
   "signal": "teach",
   "level": "info",
   "message": "Say what you found behind the problem and why, so they understand it (a cause you found or suspect).",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I suspect the upload failed because the file is over 2 GB.",
     "We found that the emails bounced because the SPF record is missing.",
     "I suspect the print job fails because no default printer is set."
    ],
    "pass": [
     "I haven't merged it because it breaks the ARM build.",
     "I think you're right."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(I|we) [<adv>] [can|could|have|'ve] (suspect|believe|think|found|find|see|saw|noticed|discovered|determined|confirmed|traced|tracked|figured out|worked out|established|identified|diagnosed) [that] ... ... (because|due to|because of|as a result of|caused by)"
   ],
   "except": [
    "(because|since) (I|I'm|I've|I'd|we|we're|we've|we'd|he|she|he's|she's|nobody|no one|everyone|someone|people)"
   ],
   "skip_questions": true,
   "skip_readings": [
    "identifier"
   ]
  },
  {
   "id": "teach-howto",
   "signal": "teach",
   "level": "info",
   "message": "Show how they can do it themselves next time (where it is, what to do).",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Next time, save before you update.",
     "To stop read receipts go to Settings > Privacy and untick Read receipts.",
     "You can click on 'Plans and Billing' on the org page, then enter your card.",
     "You should be able to hit the 'restore' button on the activation screen.",
     "I'd block their IP range instead."
    ],
    "pass": [
     "I've reset your password.",
     "Try logging out and back in.",
     "You can reach out to our chat team here.",
     "If you can build basic apps, you should be fine.",
     "You can find the logs under Help."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(next time|in future|in the future|going forward|from now on|in case it happens again) [,] [you|please|just|simply|kindly] [can|could|should|may want to|might want to|'ll want to|need to|'ll need to|will need to|'d want to] (<howto:base>|make sure|be sure|remember|avoid|try|check|wait|keep|don't|do not|back up|double check|double-check|ensure)",
    "(<howto:base>|make sure|be sure|remember|avoid|back up|double check|double-check|ensure|check) ... ... (next time|in future|in the future|going forward|from now on)",
    "(to|you can|you could|in order to) (avoid|prevent|stop) (this|that|it) ...",
    "(you|one|they) [just|simply|also|then|still|should] (can|could|'ll need to|will need to|need to|have to|must|should|may want to|might want to|'d want to|'ll want to|would need to|'d need to|can also|can just|can simply|should be able to|'ll be able to|will be able to) [also|just|simply|then|still|first|now] <howto>",
    "all you (have|need) to do is",
    "(request|advise|ask|urge|recommend|suggest|remind) (you|users|customers|everyone) (not to|never to|to never|to not|to avoid) (<howto:base>|share|authorize|authorise|approve|accept|click|reply|respond|give|disclose|enter)",
    "(never|don't|do not) (share|disclose|give out|give|tell|send) (your|the|any) ... (pin|otp|password|passcode|card details|cvv|code|codes|credentials)",
    "(the|this|that|a|an) [<control>] (is|are|should be|can be|will be) (located|found|listed|shown|under|in the|at the|on the) ... (in|under|on|at|from|via)",
    "(the|this|that|a|an) ... <control> (is|are|should be|can be|will be) available ... (in|under|on|at|from|via)",
    "(which|that|it|they|this|these) (is|are|should be|can be|will be) (located|found|stored|kept|saved) (in|at|under|on)",
    "(need to|needs to|have to|has to|must|should) be (placed|put|stored|copied|saved|installed|moved|kept|located|dropped|extracted|unzipped|unpacked) (in|into|under|inside|within) [the|your|a|an|its|their] ... <control>",
    "(if|whether|that|when) {quote} (is|returns|prints|shows|outputs|gives|lists|fails|exists)",
    "there (should be|is|'s) (a|an) (link|button|option|setting|toggle|checkbox|tab|menu|field) (at|in|on|under|next to|below|above)",
    "(go to|navigate to|head to|open|click|tap|select|choose|under|in|from|via) ... (>|→)",
    "(type|run|enter|use|toggle|tick|untick|check|uncheck|enable|disable|set|search for) [on|over|in] [the] {quote}",
    "(click|tap|press|hit|select|choose) [on|over|in] [the] {quote} (to|so|in|under|on|from|at|inside|within|next|beside|near|and|then|,|>|→|before|after|until|if|when|whenever|every|click|tap|press|select|choose|open|go|enter|type)",
    "(to|in order to) <howto:base> ... ... [,] [just|simply|then] (click|tap|press|hit|select|choose) [on|over|in] [the] {quote}",
    "({quote}) (button|link|menu|tab|option|setting|field|command|key|checkbox|toggle|box)",
    "(I'd|I would|I usually|I always|we usually|we recommend|I recommend|I'd recommend|I suggest|I'd suggest|it's best to|it is best to|the best way is to|the easiest way is to|the trick is to|basically) [just|simply|also] <howto:base>",
    "(it's|it is) (a good idea|best|better|safer|easier|recommended) to",
    "(I'd|I would|we'd|we would|I|we|I'd strongly|I strongly|we strongly|I'd really) (recommend|suggest|advise) [just|simply|also] <howto:ing>",
    "(so|so that) you (don't|do not|won't|will not) (have to|need to)",
    "(instead|rather than|as well as) (of)? (<howto:ing>|using|checking|relying)",
    "(use|using) (the|your|a|an|same|their) ... (instead|rather|server-side|client-side|tool|command|option|flag|key|keys)",
    "(, then|and then|then) [just|simply] (<howto:base>|head over to|head to|go into|open up) (the|your|a|an|it|them|{quote}|on|to|off|in|into|all|any|over|back)",
    "(use|using|switch to|set it to|go with) ... instead",
    "(and then|then) <howto:ing> (the|your|a|an|it|them|{quote}|on|off|up)",
    "(press|hold|hit|use|type|tap|pressing|holding|hitting) [down] [the] (ctrl|control|cmd|command|alt|option|shift|win|super|fn|esc|escape|tab|enter|return|backspace|windows key|space|spacebar)",
    "(npm|yarn|pnpm|pip|pip3|brew|git|docker|kubectl|snap|flatpak|gem|cargo|composer|apt|apt-get|dnf|yum|pacman|systemctl|service) (install|uninstall|remove|run|build|update|upgrade|config|cache|clone|pull|push|checkout|reset|rebase|prune|exec|restart|refresh|rebuild|ci|add|purge|autoremove|enable|disable|start|stop|reinstall|clean)",
    "(the|this|that|your|it|which) [<control>] ... (lives|sits) (in|under|at|on|inside)",
    "(in|at|under|into|edit|open|check|from|to) / (etc|home|usr|var|opt|tmp|dev|proc|boot|lib|bin|sbin|mnt|media|root|sys|run|srv)",
    "(by|via) [simply|just|slightly|first|manually|directly|temporarily|instead] (<howto:ing>|<teach-means:ing>)",
    {
     "pattern": "\\b[a-z_][a-z0-9_]{0,20}\\.[a-z][a-z0-9_]{0,20}\\("
    },
    {
     "pattern": "\\b[a-z][a-z0-9]{0,20}_[a-z0-9_]{0,20}\\("
    },
    {
     "pattern": "\\b[a-z_][a-z0-9_]{2,20}\\(\\)"
    },
    {
     "pattern": "\\b[a-z_][a-z0-9_]{1,20}\\([^()\\n,]{1,20},[^()\\n]{1,20}\\)"
    },
    "(right-click|right click|right-clicking|right clicking|double-click|double click|long-press|long press|long-pressing) [on] (the|a|an|your|that|this|any) ... ... (and|then|, then|and then) [just] (select|choose|click|pick|tap|hit|go to)",
    "(click|tap|select|choose|open|go to|navigate to|press) ... ... , then [click|tap|select|choose|open|go to|press|hit|pick]",
    "(you|one) [just|simply|also|then|still] (can|could|'ll need to|will need to|need to|have to|must|should|would need to|'d need to|may want to|might want to|'d want to|'ll want to) [also|just|simply|then|still|first|now|always|even|easily] <teach-means:base> (the|your|a|an|it|them|this|that|each|every|all|any|its|their|through|two|both|#)"
   ],
   "except": [
    {
     "pattern": "\\b[\\w.:]{2,20}\\([^()\\n]{0,20}\\)\\s(?:works?|worked|runs?|ran|install(?:s|ed)|buil(?:ds|t)|compile[sd])\\s(?:just\\s)?(?:fine|ok(?:ay)?|well|correctly|for\\sme|here)(?:\\s(?:here|too|for\\sme))?(?:\\s(?:on|in|for|with|without|at)\\s\\S{1,20}(?:\\s\\S{1,20})?(?:\\s\\S{1,20})?(?:\\s\\S{1,20})?)?\\s?(?:[.!?;\\n]|$)"
    },
    "(I|we) [have|'ve|will|'ll|just|already|also|am going to|'m going to|are going to|'re going to] (<action:past>|<action>|sent|posted|pushed|added|made|written|wrote|put|queued|send|post|push|add|make|write|put|queue) ... ... ... (to|in order to) (avoid|prevent|stop) (this|that|it)",
    "(reinstall|re-install|retry|redo|rerun|re-run|repair|recreate|re-create|reconnect|re-pair|restart|reboot) ... ... ... (by|via) (running|typing|entering|using)",
    "(send|resend|re-send) (a|an|another) [new|test|fresh|second] (email|message|mail|invite|invitation|request|text) ... ... ... (by|via) (typing|entering|retyping|re-typing|writing|copying|pasting)",
    "(another|any|no|each|every|the|this|that|which|either|neither|someone|anyone|no) one (can|could|might|may|would|will|should|must|need to|has to)",
    "(will be|'ll be|should be|is going to be) available (in|on|with|from) [a|the|our] (future|next|upcoming|coming|later|new|newer) [version|versions|release|releases|update|updates|build|builds]",
    {
     "pattern": "\\b[a-z_][a-z0-9_]{1,20}\\(\\)? (?:has|have|had|is|was|were) (?:now |already |just |not |not yet |also )?(?:been )?(?:implemented|merged|added|removed|fixed|changed|reverted|deprecated|introduced|committed|updated|backported|renamed|dropped)\\b"
    },
    {
     "pattern": "\\b[a-z_][a-z0-9_]{1,20}\\(\\)\"\\)"
    },
    {
     "pattern": "\\b[a-z_][\\w.]{1,20}\\(\\) (?:is|was|are|were|gets|got) (?:only |also |then |still |never |not |now )?(?:called|invoked|reached|hit|entered|executed|run|triggered)\\b"
    },
    {
     "pattern": "\\b(?:is|was|are|were|points|pointed|pointing|happens|happened|occurs|occurred|stuck|spinning|looping|sleeping|blocked) (?:at|in|inside|within|into|from) (?:the )?(?:call (?:to )?)?[a-z_][\\w.]{1,20}\\(\\)"
    },
    {
     "pattern": "\\b(?:see|saw|seen|seeing|notice|noticed|spot|spotted|touching|touches|touched|callers to|callers of|caller of|caller to) (?:the |your |a |this |that )?(?:call (?:to )?)?[a-z_][\\w.]{1,20}\\(\\)"
    },
    "(restart|reboot|reinstall|re-install|update|upgrade|clear|log out|sign out|install|uninstall) ... ... (before|after) you",
    "(if|as long as|so long as|provided|unless|whether) you [still|already|now|actually] (can|could|are able to|'re able to|were able to) [still|already|now|actually|also]",
    "(that|which) (you|one) (can|could) [also|then|just|easily|now|later] (download|buy|purchase|get|access|claim|redeem|earn|collect|keep|print|order|book|view|watch|attend|join|enrol|enroll)",
    "(you|one) [just|also|then|still] (can|could|might|may) [also|just|then|please|kindly] (send|share|post|attach|upload|email|provide|give) (us|me|the|your|this|that|a|an|some|any|more|it|them|these|those)",
    "(keep|keeping|kept|bear|bearing|take|taking|taken|took) (this|that|it|these|those|your|the|all) [feedback|suggestion|suggestions|comments|comment|point|points|input|idea|ideas|request] (in mind|into account|into consideration|on board)",
    "(never|don't|do not|please don't|please do not) (share|post|disclose|give out|give|tell|send|paste|put) ... ... (here|public|publicly|in public|in this thread|on this thread|in the comments|on the forum|in this issue|on github|in this ticket)",
    "(by|via) (calling|phoning|ringing|dialling|dialing|texting) (#|us|our|the helpline|the hotline|the number|the team|the branch|the line|support|customer|your bank|your branch|your provider|your card issuer)",
    "(by|via) (clicking|tapping|following|using|visiting|opening|pressing|selecting) [on] (the|this|our|that|a) (link|form|chat|page|button below|link below|link above)",
    "(by|via) going to (our|the|a|your) [nearest|local] (website|site|help centre|help center|support page|contact page|store|branch|shop|app store|play store)",
    "(I|we|us) ... ... ... by (checking|looking|reviewing|escalating|raising|investigating|contacting|calling|sending|getting|working|using)",
    "(team|colleague|colleagues|engineers|developers|agent|agents|specialist|specialists|they'll|they will|they should|they would|they'd) ... ... ... by (checking|looking|reviewing|escalating|raising|investigating|contacting|calling|sending|getting|working|using|processing|running)",
    "if you (go|head|pop|come|walk) (to|into|in|down to|over to|along to|by) (a|the|your|our|any) [nearest|local] (branch|store|shop|office|centre|center|outlet)",
    "(by|via) [simply|just] (calling|contacting|emailing|messaging|sending|dming|writing|phoning|ringing|visiting|chatting|dropping|giving|reaching|filling|submitting|raising|opening|logging) [out|in|a|an|the] (us|me|our|the team|support|customer|customers|your bank|your local|the branch|the store|a branch|a store|ticket|request|complaint|case|form|chat|call|dm|concern|query|issue|dispute)",
    "(raise|raising|open|opening|file|filing|submit|submitting|lodge|lodging|create|creating|log|logging) (a|an|the) [new|support] (ticket|complaint|request|case|concern|dispute|query) ... ... ... ... (by|via) (clicking|tapping|selecting|going|using)",
    "by (using|reading|reviewing|taking|listening to|considering|collecting) (the|your|all|customer|our|any) (feedback|comments|suggestions|input|reviews|review|ideas)",
    "(uninstall|remove|delete) ... (and|then) (reinstall|re-install) ... ... ... (by|via) (running|using|clicking|opening)",
    "(increase|increasing|raise|raising|turn up|turning up|enable|enabling|bump|bumping) [the] (verbosity|log level|logging|debug output|debug level|trace level|loglevel|debug logging|verbose logging) ... ... ... (by|via) (<howto:ing>|<teach-means:ing>)",
    "if you (restart|reboot|reinstall|re-install|update|upgrade|clear|uninstall|log out|sign out|log back in|sign back in|force close|force stop|power cycle|contact|call|email|message|dm|reach out|follow|send|submit|fill out|fill in|get in touch|visit|drop|give|share)",
    "(click|tap|follow|open|use) [on] (the|this|that|our|my) (link|url|email|message|form|chat)",
    "(go to|open|run|check|type|enter|use|navigate to|head to|click|tap|select|look in|look at|look under|look for|find|launch|start|attach) ... ... ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(go to|open|navigate to|head to|click|tap|select|under) ... (>|→) ... [>|→] ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(use|run|attach|capture|record|collect|grab|take|enable|turn on) (the|a|an|some) [spindump|system|verbose|debug|full|network|crash|memory|process|stack|kernel] (spindump|profiler|debugger|logcat|strace|wireshark|tcpdump|procmon|sysdiagnose|crash dump|memory dump|stack trace|backtrace|trace|logging|diagnostics|diagnostic) [tool|tools|output|report|file|capture|log|logs|mode]",
    "(use|run|switch to|try|move to|install|get|grab) (the|a) [latest|current|newest|recent] (head|trunk|development|dev|nightly|snapshot|unstable|tip|bleeding-edge|bleeding edge) (version|release|build|branch|snapshot|code|sources|source|tree|checkout)",
    "(download|install|get|grab|apply|update to|upgrade to) (the|this|that|our|an|a|your) [latest|newest|new|newer|recent|current|available|pending|app|system|software|ios|android|firmware] (update|updates|upgrade|patch|version|release|build)",
    "(use|apply|test|try|take|run|install) (the|this|that|my|our) [attached|following|updated|revised|new|latest|second|v2|v3|test|debug|fixed] (patch|patches|fix|diff|build|binary|firmware|package|dll|jar|apk) [attached|below|above|here|instead|from|in]",
    "(download|install|get|update|reinstall|re-install|grab) (our|the|your) [mobile|banking|latest|new] (app|application) [from|on|in|via|through]",
    "(go to|open|visit|head to|head over to) (the) (app store|play store|google play|microsoft store|mac app store|galaxy store|apple store|google play store)",
    "(to|in order to) (contact|reach|chat with|message|talk to|speak to|speak with|get in touch with|get hold of|get in touch|raise a ticket|raise a complaint|lodge a complaint|file a complaint) [us|our|the|a|support|someone|an agent|team]",
    "(tap|click|press|select|go to|open|choose|use|hit) [on] [the] ({quote}|help|support|contact us|chat|live chat|help centre|help center|help & support|help and support|need help|get help|chat with us) [icon|button|tab|section|option|menu|page|link] ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|start|get in touch|send|DM|dm|raise|submit|connect)",
    "(use|using|click|tap|follow|visit) (the|this|our|that) (link|form|chat|live chat|in-app chat|contact form|bio|page) ... ... [to] (contact|reach|chat|message|talk|speak|get in touch|DM|dm|send|let us know|submit|file|report|request|raise)",
    "(open|go to|go into|head to|launch|in) (the|our|your) app ... ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|get in touch|DM|dm|raise|submit|connect with)",
    "(if|when) you (can|could|get a chance to|have a chance to|are able to|'re able to) ... ... ... (for me|for us|to me|to us|with me|with us|over to me|over to us|here)",
    "(use|using) (a|the) (pastebin|paste bin|paste site|paste service|gist)",
    "(run|type|enter|check|open|use|try) ... ... ... (and|then|,) [please|just] pastebin",
    "(unplug|power off|switch off|turn off|disconnect|shut down) ... ... ... (and|then|before) [just|simply] (plug|power|switch|turn|reconnect|connect|start) [it|them|the|your|that] ... (back in|back on|on again|in again|back up|on)",
    "(unplug|power off|switch off|turn off|disconnect|shut down) (the|your|it|them|everything|both|all) ... [,] [and] [then] (wait|leave it|leave them|give it)",
    "(disable|disabling|close|closing|quit|quitting|end|ending) [all|any] [other|the|your] (background|running|unnecessary) (applications|apps|programs|processes|tasks)",
    "available (on|in|for|to|from|at) [all|both|the|our|select|selected|some|most|certain|every|your] (android|ios|iphone|iphones|ipad|ipads|mac|macs|macos|windows|linux|web|desktop|mobile|devices|platforms|plans|plan|pro|premium|free|paid|countries|regions|region|markets|customers|users|members|accounts|app store|play store|google play|stores|branches|locations|uk|us|usa|eu|australia|canada|india)",
    "only (works|work|available|supported|included|enabled|possible) (with|on|in|for|from) [the|a|an|our|your|all|any] [paid|premium|pro|business|enterprise|plus|standard|basic|free|team|higher|annual|monthly|top] (plan|plans|subscription|subscriptions|tier|tiers|edition|editions|licence|license|licences|licenses|account|accounts|membership|memberships)",
    "<watch-for> [the|our|this|that|my|their|its|your] ... <publication> [for|on|about|to see] [the|a|an|any|more|further] [workaround|workarounds|fix|fixes|details|steps|instructions|info|information|solution|progress|updates|update|news|changes] | (use|using) (this|that|these|those|our|the following) <publication>",
    "(uninstall|remove|delete) ... (and|then) (reinstall|re-install|install it again|add it back)",
    "(I'd|I would) [definitely|probably|personally|still|also] (use|go with|pick|choose|stick with|stay with|recommend) ... (.|!|over|for this|here)",
    "(click|tap|press|select|hit) [on] {quote} (and|to|if|so) [then] (upvote|vote|accept|mark|rate)",
    "(accept|mark|upvote|vote) (it|this|the|my|our) [reply|answer|response|post|comment] (as|if|so|and)",
    "(it's|it is|it'd be|it would be) (best|better|a good idea|recommended|advisable) to (ask|post|contact|call|email|reach out|raise|report|check with|speak|talk|write|submit|visit)",
    "you can (find|see) (it|them|the (logs|log|version|file)) (under|in|at)",
    "(to|you can|please) (send|share|attach|post|upload) (us|me|the|your) (logs|log|screenshot|version|file|project)",
    "(you can|you could|please|you'll need to) (reach|contact|call|email|DM|message|write|speak|talk|get in touch)",
    "(you can|you could|you may|please|feel free to) [also|just|simply] (reply|respond|write back|answer)",
    "(you|one) (can|could|may) [still|also|just] (keep|continue|carry on|go on) (using|to use|on using)",
    "(try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing)",
    "(download|install|get|grab|use|try|update to|upgrade to|switch to) (the|a|an) [latest|newest|new|newer|current|beta|nightly|stable|development|dev|test|preview|updated|fixed|next] (version|release|build|update|beta|one|alpha|snapshot) [of]",
    "you can find (a|the) (duplicate|issue|thread|discussion|answer|info|information|details|more|status)",
    "(logs|log|version|version number|crash report|diagnostics|output|build number) (from|in|under|via|at)",
    "(paste|post|share|send|attach|show) [us|me] (the|your) (output|result|results|log|logs)",
    "you (can|should be able to|'ll be able to|will be able to) [now|then] (log|sign) [back] in (now|again|.|!|with (your|the) new)",
    "(you|one) [just|also|then|should|'ll|will] (can|could|be able to|are able to|'re able to) now <howto:base>",
    "(you|one) (should|'ll|will|are|'re) now be able to <howto:base>",
    "now (you|one) (can|could|are able to|'re able to|'ll be able to|will be able to|should be able to) [also|just|simply|easily] <howto:base>"
   ],
   "skip_negated": true,
   "skip_questions": true,
   "skip_readings": [
    "routing",
    "identifier",
    "plan"
   ],
   "unless_sentence": [
    "(you|you've|you have|you had) [also|already|just|previously|earlier|originally] (said|mentioned|wrote|stated|noted|claimed|told me|told us|described|reported) [earlier|before|above|here] that",
    "(we|I|the team|our team|and) (will|'ll|are going to|'re going to|plan to|intend to|want to|'d like to|are|'re|am|'m|is) [be|also|now|still|currently] (investigating|investigate|looking into|look into|finding out|find out|figuring out|figure out|digging into|dig into) ... ... ... (why|what caused|the cause|the root cause|what happened|what went wrong|how to prevent|what can be done)",
    "(post|posts|question|questions|thread|topic|message|messages|discussion|request|requests|this|it) (should|must|needs to|has to|belongs|belong|would be better) [go|be posted|be asked|be moved|be raised|be filed|be discussed|placed] (in|on|to|into|under) [the|a|an|our|this|that] [\\#] ... ... (stream|streams|channel|channels|forum|forums|category|tracker|repo|repository|board|room|subforum|mailing list)",
    "(chat|talk|speak) [directly|privately|personally] (with|to) (me|us|our|an agent|a support|support|the team|someone|customer)",
    "(get in touch|getting in touch)",
    "(log|logs|log file|log files|crash report|crash reports|crash log|crash logs|launch log|launch logs|diagnostics) [can be|are|is|will be] (found|located|stored|kept|saved|available) (in|under|via|at|from|through|by|inside|within|on)",
    "(contact|reach|message|email|call|dm) (us|our|support|the team|customer care|customer service|customer support|the support)",
    "(raise|lodge|file|submit|create|register) (a|an|the|your|one|a single|a separate|separate|another) [new|support|single|separate] (complaint|dispute|ticket|tickets|request|case|query|grievance)",
    "(share|send|give|leave|submit) [us] (your|the|any) (feedback|review|suggestion|suggestions)",
    "(our|the) [support|customer|care|relevant] (team|agent|agents|specialists|specialist) (will|'ll|can|would|should) [be able to] (get back|contact|reach|respond|call|help|assist|look)",
    "(help & support|help and support|contact us|customer care|live chat)",
    "(so|so that|in order that) (we|I|our team|the team) [can|could|may|might|'ll be able to|will be able to|are able to] (check|look|review|investigate|see|verify|confirm|help|assist|debug|reproduce|troubleshoot|take a look|have a look|look into|dig into|diagnose)",
    "(you can|you could|you might|you may|you should|you'll want to|you may want to|you might want to|can you|could you) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    "(please|just|then|also|maybe|perhaps|I'd|we'd|I would|we would|I suggest|we suggest|and|or|first) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    {
     "pattern": "(?:^|[.!?]\\s{1,4})try(?:ing)? (?:to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|resending|signing|relaunching|reopening|rerunning|refreshing|reconnecting)\\b"
    },
    "(help|helps|helpful|useful) [us|me|to] [to] (diagnose|identify|narrow|debug|pinpoint|isolate|troubleshoot|figure out|track down|find out|understand what|understand why|understand where|see what|see why|see where|tell what|tell why|tell where)",
    "(would|'d|will|'ll|could|might) (help|be helpful|be useful|be great|be nice|be handy) if you (could|can|were able to|would|'d|are able to|'re able to)",
    "(collect|capture|record|records|recording|gather|grab|take|get|provide|run|attach|produce) (a|an|the|some|this|that|these|those|your) [full|complete|fresh|new|small|short|kernel|network|packet|debug|crash|core|stack|wireshark|trace-cmd|strace|tcpdump|usb|air|perf|function] (trace|traces|dump|dumps|capture|captures|backtrace|backtraces|packets|sniff|recording|pcap|profile|strace)"
   ]
  },
  {
   "id": "teach-rule",
   "signal": "teach",
   "level": "info",
   "message": "Say the rule behind it and when it applies.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "We charge a $5 fee when an order is cancelled within 24 hours."
    ],
    "pass": [
     "We usually reply when we can.",
     "If you'd like, you can reply here.",
     "I'll refund it if the parcel is lost."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(when|whenever|if|once|unless|as long as|so long as)",
    "provided [that] (you|your|the|it|they|there|this|both|all|no|we|he|she|any)",
    "providing (that|you|your|it|they|there)",
    "up to # (hour|hours|day|days|week|weeks|month|months) (before|after|from)"
   ],
   "except": [
    "(when|whenever|if|once|unless) (we|I|we're|I'm|we've|I've|possible|needed|necessary|required|so|not)",
    "(if|when|once|whenever) you [still|ever|really] (want|'d like|would like|wish|prefer|need|have|require|like)",
    "(if|when|whenever|should) (anything|something) else",
    "(if|when|whenever|should) (anything|something) [more|further|new] (come up|comes up|crop up|crops up|pop up|pops up|turn up|turns up|arise|arises|happen|happens|occur|occurs)",
    "(happy|glad|pleased|delighted|proud|pride|care|careful|carefully|seriously|serious|flexible|strict|particular|passionate|experts|expert|experienced|best|mile|beyond|listen|fair|generous|thorough|picky|fussy|obsessed|obsessive|none|unbeatable|help|helping|assist) [...] [,] [especially|particularly|above all|most of all|even more so|above all else] (when|whenever) it comes [down|right down] to"
   ],
   "skip_negated": true,
   "skip_questions": true,
   "skip_readings": [
    "case",
    "hypothetical",
    "everyone",
    "slip",
    "later",
    "identifier"
   ],
   "unless_sentence": [
    "(you|you've|you have|you had) [also|already|just|previously|earlier|originally] (said|mentioned|wrote|stated|noted|claimed|told me|told us|described|reported) [earlier|before|above|here] that",
    "(we|I|the team|our team|and) (will|'ll|are going to|'re going to|plan to|intend to|want to|'d like to|are|'re|am|'m|is) [be|also|now|still|currently] (investigating|investigate|looking into|look into|finding out|find out|figuring out|figure out|digging into|dig into) ... ... ... (why|what caused|the cause|the root cause|what happened|what went wrong|how to prevent|what can be done)",
    "(post|posts|question|questions|thread|topic|message|messages|discussion|request|requests|this|it) (should|must|needs to|has to|belongs|belong|would be better) [go|be posted|be asked|be moved|be raised|be filed|be discussed|placed] (in|on|to|into|under) [the|a|an|our|this|that] [\\#] ... ... (stream|streams|channel|channels|forum|forums|category|tracker|repo|repository|board|room|subforum|mailing list)",
    "(chat|talk|speak) [directly|privately|personally] (with|to) (me|us|our|an agent|a support|support|the team|someone|customer)",
    "(get in touch|getting in touch)",
    "(log|logs|log file|log files|crash report|crash reports|crash log|crash logs|launch log|launch logs|diagnostics) [can be|are|is|will be] (found|located|stored|kept|saved|available) (in|under|via|at|from|through|by|inside|within|on)",
    "(contact|reach|message|email|call|dm) (us|our|support|the team|customer care|customer service|customer support|the support)",
    "(raise|lodge|file|submit|create|register) (a|an|the|your|one|a single|a separate|separate|another) [new|support|single|separate] (complaint|dispute|ticket|tickets|request|case|query|grievance)",
    "(share|send|give|leave|submit) [us] (your|the|any) (feedback|review|suggestion|suggestions)",
    "(our|the) [support|customer|care|relevant] (team|agent|agents|specialists|specialist) (will|'ll|can|would|should) [be able to] (get back|contact|reach|respond|call|help|assist|look)",
    "(help & support|help and support|contact us|customer care|live chat)",
    "(so|so that|in order that) (we|I|our team|the team) [can|could|may|might|'ll be able to|will be able to|are able to] (check|look|review|investigate|see|verify|confirm|help|assist|debug|reproduce|troubleshoot|take a look|have a look|look into|dig into|diagnose)",
    "(you can|you could|you might|you may|you should|you'll want to|you may want to|you might want to|can you|could you) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    "(please|just|then|also|maybe|perhaps|I'd|we'd|I would|we would|I suggest|we suggest|and|or|first) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    {
     "pattern": "(?:^|[.!?]\\s{1,4})try(?:ing)? (?:to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|resending|signing|relaunching|reopening|rerunning|refreshing|reconnecting)\\b"
    },
    "(help|helps|helpful|useful) [us|me|to] [to] (diagnose|identify|narrow|debug|pinpoint|isolate|troubleshoot|figure out|track down|find out|understand what|understand why|understand where|see what|see why|see where|tell what|tell why|tell where)",
    "(would|'d|will|'ll|could|might) (help|be helpful|be useful|be great|be nice|be handy) if you (could|can|were able to|would|'d|are able to|'re able to)",
    "(collect|capture|record|records|recording|gather|grab|take|get|provide|run|attach|produce) (a|an|the|some|this|that|these|those|your) [full|complete|fresh|new|small|short|kernel|network|packet|debug|crash|core|stack|wireshark|trace-cmd|strace|tcpdump|usb|air|perf|function] (trace|traces|dump|dumps|capture|captures|backtrace|backtraces|packets|sniff|recording|pcap|profile|strace)"
   ]
  },
  {
   "id": "teach-instead-asked",
   "signal": "teach",
   "level": "info",
   "message": "Name the better way and ask back whether it fits, so they can use it themselves next time (\"if you pass the path instead, does that work?\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "If you declare it as a constant instead, does that give you what you want?",
     "What if you pass the path as an argument instead?"
    ],
    "pass": [
     "If you'd take a voucher instead, just say so.",
     "Did it work when you used the old driver instead?",
     "If you use the link instead, does it open?",
     "If you sign out and back in instead, does the list refresh?",
     "If you pick the yearly plan instead, the price drops."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(if|what if|how about if) you [just|simply|instead] (<howto:base>|<teach-means:base>) ... ... instead"
   ],
   "except": [
    "(click|tap|follow|open|use) [on] (the|this|that|our|my) (link|url|email|message|form|chat)",
    "(go to|open|run|check|type|enter|use|navigate to|head to|click|tap|select|look in|look at|look under|look for|find|launch|start|attach) ... ... ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(go to|open|navigate to|head to|click|tap|select|under) ... (>|→) ... [>|→] ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(use|run|attach|capture|record|collect|grab|take|enable|turn on) (the|a|an|some) [spindump|system|verbose|debug|full|network|crash|memory|process|stack|kernel] (spindump|profiler|debugger|logcat|strace|wireshark|tcpdump|procmon|sysdiagnose|crash dump|memory dump|stack trace|backtrace|trace|logging|diagnostics|diagnostic) [tool|tools|output|report|file|capture|log|logs|mode]",
    "(use|run|switch to|try|move to|install|get|grab) (the|a) [latest|current|newest|recent] (head|trunk|development|dev|nightly|snapshot|unstable|tip|bleeding-edge|bleeding edge) (version|release|build|branch|snapshot|code|sources|source|tree|checkout)",
    "(download|install|get|grab|apply|update to|upgrade to) (the|this|that|our|an|a|your) [latest|newest|new|newer|recent|current|available|pending|app|system|software|ios|android|firmware] (update|updates|upgrade|patch|version|release|build)",
    "(use|apply|test|try|take|run|install) (the|this|that|my|our) [attached|following|updated|revised|new|latest|second|v2|v3|test|debug|fixed] (patch|patches|fix|diff|build|binary|firmware|package|dll|jar|apk) [attached|below|above|here|instead|from|in]",
    "(download|install|get|update|reinstall|re-install|grab) (our|the|your) [mobile|banking|latest|new] (app|application) [from|on|in|via|through]",
    "(go to|open|visit|head to|head over to) (the) (app store|play store|google play|microsoft store|mac app store|galaxy store|apple store|google play store)",
    "(to|in order to) (contact|reach|chat with|message|talk to|speak to|speak with|get in touch with|get hold of|get in touch|raise a ticket|raise a complaint|lodge a complaint|file a complaint) [us|our|the|a|support|someone|an agent|team]",
    "(tap|click|press|select|go to|open|choose|use|hit) [on] [the] ({quote}|help|support|contact us|chat|live chat|help centre|help center|help & support|help and support|need help|get help|chat with us) [icon|button|tab|section|option|menu|page|link] ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|start|get in touch|send|DM|dm|raise|submit|connect)",
    "(use|using|click|tap|follow|visit) (the|this|our|that) (link|form|chat|live chat|in-app chat|contact form|bio|page) ... ... [to] (contact|reach|chat|message|talk|speak|get in touch|DM|dm|send|let us know|submit|file|report|request|raise)",
    "(open|go to|go into|head to|launch|in) (the|our|your) app ... ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|get in touch|DM|dm|raise|submit|connect with)",
    "(if|when) you (can|could|get a chance to|have a chance to|are able to|'re able to) ... ... ... (for me|for us|to me|to us|with me|with us|over to me|over to us|here)",
    "(use|using) (a|the) (pastebin|paste bin|paste site|paste service|gist)",
    "(run|type|enter|check|open|use|try) ... ... ... (and|then|,) [please|just] pastebin",
    "(unplug|power off|switch off|turn off|disconnect|shut down) ... ... ... (and|then|before) [just|simply] (plug|power|switch|turn|reconnect|connect|start) [it|them|the|your|that] ... (back in|back on|on again|in again|back up|on)",
    "(unplug|power off|switch off|turn off|disconnect|shut down) (the|your|it|them|everything|both|all) ... [,] [and] [then] (wait|leave it|leave them|give it)",
    "(disable|disabling|close|closing|quit|quitting|end|ending) [all|any] [other|the|your] (background|running|unnecessary) (applications|apps|programs|processes|tasks)",
    "available (on|in|for|to|from|at) [all|both|the|our|select|selected|some|most|certain|every|your] (android|ios|iphone|iphones|ipad|ipads|mac|macs|macos|windows|linux|web|desktop|mobile|devices|platforms|plans|plan|pro|premium|free|paid|countries|regions|region|markets|customers|users|members|accounts|app store|play store|google play|stores|branches|locations|uk|us|usa|eu|australia|canada|india)",
    "only (works|work|available|supported|included|enabled|possible) (with|on|in|for|from) [the|a|an|our|your|all|any] [paid|premium|pro|business|enterprise|plus|standard|basic|free|team|higher|annual|monthly|top] (plan|plans|subscription|subscriptions|tier|tiers|edition|editions|licence|license|licences|licenses|account|accounts|membership|memberships)",
    "<watch-for> [the|our|this|that|my|their|its|your] ... <publication> [for|on|about|to see] [the|a|an|any|more|further] [workaround|workarounds|fix|fixes|details|steps|instructions|info|information|solution|progress|updates|update|news|changes] | (use|using) (this|that|these|those|our|the following) <publication>",
    "(if|what if|how about if) you [just|simply] (choose|select|pick|opt for|go for|go with)",
    "(if|what if|how about if) you [just|simply] (log out|sign out|log off|sign off|logout|restart|reboot|reinstall|re-install|update|upgrade|reconnect|refresh|reload)",
    "(if|what if|how about if) you [just|simply] (clear|empty|delete|wipe|flush|remove) (the|your|all|all the|all your) [browser|browser's|app|app's|web|dns|local|saved|stored] (cache|caches|cookies|history|browsing data|site data|temporary files|temp files)",
    "(if|what if|how about if) you [just|simply] (use|try|open|install|download|load|run|switch to|move to|go to|visit|access|log in|sign in|log into|sign into|pay) [it|them|this|that|the page|the site|the file|the order|the payment] [on|in|with|from|through|via|to|into|onto|by] [a|an|the|your] [different|other|new|second|another|fresh|separate|private|incognito|mobile|desktop|web] <try-place>",
    "(if|what if|how about if) you [just|simply] (<howto:base>|<teach-means:base>|redeem) (the|a|your|this|that|my|our|another|a different) [promo|promotional|discount|coupon|voucher|gift|referral|offer] (code|coupon|voucher|gift card|promo|discount)"
   ],
   "skip_negated": true,
   "skip_questions": false,
   "skip_readings": [
    "routing",
    "identifier",
    "plan"
   ],
   "with": [
    "?"
   ],
   "unless_sentence": [
    "(you|you've|you have|you had) [also|already|just|previously|earlier|originally] (said|mentioned|wrote|stated|noted|claimed|told me|told us|described|reported) [earlier|before|above|here] that",
    "(we|I|the team|our team|and) (will|'ll|are going to|'re going to|plan to|intend to|want to|'d like to|are|'re|am|'m|is) [be|also|now|still|currently] (investigating|investigate|looking into|look into|finding out|find out|figuring out|figure out|digging into|dig into) ... ... ... (why|what caused|the cause|the root cause|what happened|what went wrong|how to prevent|what can be done)",
    "(post|posts|question|questions|thread|topic|message|messages|discussion|request|requests|this|it) (should|must|needs to|has to|belongs|belong|would be better) [go|be posted|be asked|be moved|be raised|be filed|be discussed|placed] (in|on|to|into|under) [the|a|an|our|this|that] [\\#] ... ... (stream|streams|channel|channels|forum|forums|category|tracker|repo|repository|board|room|subforum|mailing list)",
    "(chat|talk|speak) [directly|privately|personally] (with|to) (me|us|our|an agent|a support|support|the team|someone|customer)",
    "(get in touch|getting in touch)",
    "(log|logs|log file|log files|crash report|crash reports|crash log|crash logs|launch log|launch logs|diagnostics) [can be|are|is|will be] (found|located|stored|kept|saved|available) (in|under|via|at|from|through|by|inside|within|on)",
    "(contact|reach|message|email|call|dm) (us|our|support|the team|customer care|customer service|customer support|the support)",
    "(raise|lodge|file|submit|create|register) (a|an|the|your|one|a single|a separate|separate|another) [new|support|single|separate] (complaint|dispute|ticket|tickets|request|case|query|grievance)",
    "(share|send|give|leave|submit) [us] (your|the|any) (feedback|review|suggestion|suggestions)",
    "(our|the) [support|customer|care|relevant] (team|agent|agents|specialists|specialist) (will|'ll|can|would|should) [be able to] (get back|contact|reach|respond|call|help|assist|look)",
    "(help & support|help and support|contact us|customer care|live chat)",
    "(so|so that|in order that) (we|I|our team|the team) [can|could|may|might|'ll be able to|will be able to|are able to] (check|look|review|investigate|see|verify|confirm|help|assist|debug|reproduce|troubleshoot|take a look|have a look|look into|dig into|diagnose)",
    "(you can|you could|you might|you may|you should|you'll want to|you may want to|you might want to|can you|could you) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    "(please|just|then|also|maybe|perhaps|I'd|we'd|I would|we would|I suggest|we suggest|and|or|first) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    {
     "pattern": "(?:^|[.!?]\\s{1,4})try(?:ing)? (?:to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|resending|signing|relaunching|reopening|rerunning|refreshing|reconnecting)\\b"
    },
    "(help|helps|helpful|useful) [us|me|to] [to] (diagnose|identify|narrow|debug|pinpoint|isolate|troubleshoot|figure out|track down|find out|understand what|understand why|understand where|see what|see why|see where|tell what|tell why|tell where)",
    "(would|'d|will|'ll|could|might) (help|be helpful|be useful|be great|be nice|be handy) if you (could|can|were able to|would|'d|are able to|'re able to)",
    "(collect|capture|record|records|recording|gather|grab|take|get|provide|run|attach|produce) (a|an|the|some|this|that|these|those|your) [full|complete|fresh|new|small|short|kernel|network|packet|debug|crash|core|stack|wireshark|trace-cmd|strace|tcpdump|usb|air|perf|function] (trace|traces|dump|dumps|capture|captures|backtrace|backtraces|packets|sniff|recording|pcap|profile|strace)"
   ]
  },
  {
   "id": "teach-steps",
   "signal": "teach",
   "level": "info",
   "message": "Give the steps, so they can follow along and repeat them (\"go to Settings, then …\").",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "In the config file, set max_sessions to 10.",
     "To keep the session alive, set the timeout to zero.",
     "sudo systemctl restart bluetooth"
    ],
    "pass": [
     "Use the link to DM us.",
     "Please try again later."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(sudo|apt|apt-get|dpkg|systemctl|modprobe|update-grub|chmod|chown|mkdir|ln|export|sudoedit|gsettings|dconf|defaults write|reg add)",
    "(in|under|inside|within|from|on) (the|your|a) ... ... , [then|just|simply] <howto:base>",
    "(check|find|locate|look for|look at|look in|look under|head to|go into) [on|in|under] (the|your) ... ... (and|then|and then) [just|simply] <howto:base>",
    "(to|in order to) ... ... , [just|simply|then|please] (<howto:base>|go to|you)",
    "(if|when) you (want|'d like|would like|need|wish|prefer|'re trying|are trying|plan) [to] ... ... , [just|simply|then|please] [you can|you'll need to|you need to|you could|you'll want to] [also|just|simply|then] (<howto:base>|go to)"
   ],
   "except": [
    "(click|tap|follow|open|use) [on] (the|this|that|our|my) (link|url|email|message|form|chat)",
    "(go to|open|run|check|type|enter|use|navigate to|head to|click|tap|select|look in|look at|look under|look for|find|launch|start|attach) ... ... ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(go to|open|navigate to|head to|click|tap|select|under) ... (>|→) ... [>|→] ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(use|run|attach|capture|record|collect|grab|take|enable|turn on) (the|a|an|some) [spindump|system|verbose|debug|full|network|crash|memory|process|stack|kernel] (spindump|profiler|debugger|logcat|strace|wireshark|tcpdump|procmon|sysdiagnose|crash dump|memory dump|stack trace|backtrace|trace|logging|diagnostics|diagnostic) [tool|tools|output|report|file|capture|log|logs|mode]",
    "(use|run|switch to|try|move to|install|get|grab) (the|a) [latest|current|newest|recent] (head|trunk|development|dev|nightly|snapshot|unstable|tip|bleeding-edge|bleeding edge) (version|release|build|branch|snapshot|code|sources|source|tree|checkout)",
    "(download|install|get|grab|apply|update to|upgrade to) (the|this|that|our|an|a|your) [latest|newest|new|newer|recent|current|available|pending|app|system|software|ios|android|firmware] (update|updates|upgrade|patch|version|release|build)",
    "(use|apply|test|try|take|run|install) (the|this|that|my|our) [attached|following|updated|revised|new|latest|second|v2|v3|test|debug|fixed] (patch|patches|fix|diff|build|binary|firmware|package|dll|jar|apk) [attached|below|above|here|instead|from|in]",
    "(download|install|get|update|reinstall|re-install|grab) (our|the|your) [mobile|banking|latest|new] (app|application) [from|on|in|via|through]",
    "(go to|open|visit|head to|head over to) (the) (app store|play store|google play|microsoft store|mac app store|galaxy store|apple store|google play store)",
    "(to|in order to) (contact|reach|chat with|message|talk to|speak to|speak with|get in touch with|get hold of|get in touch|raise a ticket|raise a complaint|lodge a complaint|file a complaint) [us|our|the|a|support|someone|an agent|team]",
    "(tap|click|press|select|go to|open|choose|use|hit) [on] [the] ({quote}|help|support|contact us|chat|live chat|help centre|help center|help & support|help and support|need help|get help|chat with us) [icon|button|tab|section|option|menu|page|link] ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|start|get in touch|send|DM|dm|raise|submit|connect)",
    "(use|using|click|tap|follow|visit) (the|this|our|that) (link|form|chat|live chat|in-app chat|contact form|bio|page) ... ... [to] (contact|reach|chat|message|talk|speak|get in touch|DM|dm|send|let us know|submit|file|report|request|raise)",
    "(open|go to|go into|head to|launch|in) (the|our|your) app ... ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|get in touch|DM|dm|raise|submit|connect with)",
    "(if|when) you (can|could|get a chance to|have a chance to|are able to|'re able to) ... ... ... (for me|for us|to me|to us|with me|with us|over to me|over to us|here)",
    "(use|using) (a|the) (pastebin|paste bin|paste site|paste service|gist)",
    "(run|type|enter|check|open|use|try) ... ... ... (and|then|,) [please|just] pastebin",
    "(unplug|power off|switch off|turn off|disconnect|shut down) ... ... ... (and|then|before) [just|simply] (plug|power|switch|turn|reconnect|connect|start) [it|them|the|your|that] ... (back in|back on|on again|in again|back up|on)",
    "(unplug|power off|switch off|turn off|disconnect|shut down) (the|your|it|them|everything|both|all) ... [,] [and] [then] (wait|leave it|leave them|give it)",
    "(disable|disabling|close|closing|quit|quitting|end|ending) [all|any] [other|the|your] (background|running|unnecessary) (applications|apps|programs|processes|tasks)",
    "available (on|in|for|to|from|at) [all|both|the|our|select|selected|some|most|certain|every|your] (android|ios|iphone|iphones|ipad|ipads|mac|macs|macos|windows|linux|web|desktop|mobile|devices|platforms|plans|plan|pro|premium|free|paid|countries|regions|region|markets|customers|users|members|accounts|app store|play store|google play|stores|branches|locations|uk|us|usa|eu|australia|canada|india)",
    "only (works|work|available|supported|included|enabled|possible) (with|on|in|for|from) [the|a|an|our|your|all|any] [paid|premium|pro|business|enterprise|plus|standard|basic|free|team|higher|annual|monthly|top] (plan|plans|subscription|subscriptions|tier|tiers|edition|editions|licence|license|licences|licenses|account|accounts|membership|memberships)",
    "<watch-for> [the|our|this|that|my|their|its|your] ... <publication> [for|on|about|to see] [the|a|an|any|more|further] [workaround|workarounds|fix|fixes|details|steps|instructions|info|information|solution|progress|updates|update|news|changes] | (use|using) (this|that|these|those|our|the following) <publication>",
    "(the|an|your|our|their|this|that|its) export (to|from|for|as|in|only|file|files) | [the|an|your|our|their|this|that|its] export (is|are|was|were|isn't|aren't|wasn't|has|hasn't|will|won't|can|can't|should|does|doesn't|did|didn't|works|worked|fails|failed|feature|option|button|menu|function|settings|format|formats|of) | export (to|as|from|for|in) ... (is|are|was|were|isn't|aren't|wasn't|has|hasn't|will|won't|can|can't|does|doesn't|did|didn't|works|worked|fails|failed|crashes|crashed|hangs|hung)",
    "(sudo) [-E|-s|-i] (trace-cmd|tcpdump|tshark|wireshark|strace|ltrace|dmesg|journalctl|lsusb|lspci|lsmod|lshw|lsblk|blkid|dmidecode|inxi|hwinfo|uname|smartctl|iostat|vmstat|perf|btmon|hcidump|evtest)",
    "(sudo) iw ... ... ... ... (monitor|scan|info|link)",
    "(use|using) (the|this|our) (link|form|chat|DM)",
    "(click|tap|follow|use) [on] (the|this) (link|button) (provided|below|above|here|in)",
    "(use|install|download|try|get|grab|update to|upgrade to) [the] (latest|newest|new|current|beta|nightly|stable|last|development|dev|preview) (version|release|build|update|one) | (ensure|make sure) [that] [you] (have|are on|'re on|are using|'re using|run|are running) [the] (latest|newest|current|updated)",
    "(open|create|file|submit|make) (a|an|the) [new|separate] (issue|ticket|bug|report|request|PR|pull request|thread)",
    "(add|attach|post|share|include|provide|upload|send) (the|your|a|an|us|me) (log|logs|screenshot|file|project|crash|output|details|info|version|sample)",
    "(open|opening) (a|the) (ticket|case|request|DM)",
    "(set|setting) (up|a) (call|meeting|time)",
    "(paste|post|share|send|attach|show) [us|me] (the|your) (output|result|results|log|logs)",
    "(check|clear) (the|your) (cache|cookies|browser cache|spam folder|junk folder)",
    "(click|tap|press|hit|select|choose) [on] (here|below|above|this|that)"
   ],
   "skip_questions": true,
   "skip_readings": [
    "routing",
    "identifier",
    "plan"
   ],
   "unless_sentence": [
    "(you|you've|you have|you had) [also|already|just|previously|earlier|originally] (said|mentioned|wrote|stated|noted|claimed|told me|told us|described|reported) [earlier|before|above|here] that",
    "(we|I|the team|our team|and) (will|'ll|are going to|'re going to|plan to|intend to|want to|'d like to|are|'re|am|'m|is) [be|also|now|still|currently] (investigating|investigate|looking into|look into|finding out|find out|figuring out|figure out|digging into|dig into) ... ... ... (why|what caused|the cause|the root cause|what happened|what went wrong|how to prevent|what can be done)",
    "(post|posts|question|questions|thread|topic|message|messages|discussion|request|requests|this|it) (should|must|needs to|has to|belongs|belong|would be better) [go|be posted|be asked|be moved|be raised|be filed|be discussed|placed] (in|on|to|into|under) [the|a|an|our|this|that] [\\#] ... ... (stream|streams|channel|channels|forum|forums|category|tracker|repo|repository|board|room|subforum|mailing list)",
    "(chat|talk|speak) [directly|privately|personally] (with|to) (me|us|our|an agent|a support|support|the team|someone|customer)",
    "(get in touch|getting in touch)",
    "(log|logs|log file|log files|crash report|crash reports|crash log|crash logs|launch log|launch logs|diagnostics) [can be|are|is|will be] (found|located|stored|kept|saved|available) (in|under|via|at|from|through|by|inside|within|on)",
    "(contact|reach|message|email|call|dm) (us|our|support|the team|customer care|customer service|customer support|the support)",
    "(raise|lodge|file|submit|create|register) (a|an|the|your|one|a single|a separate|separate|another) [new|support|single|separate] (complaint|dispute|ticket|tickets|request|case|query|grievance)",
    "(share|send|give|leave|submit) [us] (your|the|any) (feedback|review|suggestion|suggestions)",
    "(our|the) [support|customer|care|relevant] (team|agent|agents|specialists|specialist) (will|'ll|can|would|should) [be able to] (get back|contact|reach|respond|call|help|assist|look)",
    "(help & support|help and support|contact us|customer care|live chat)",
    "(so|so that|in order that) (we|I|our team|the team) [can|could|may|might|'ll be able to|will be able to|are able to] (check|look|review|investigate|see|verify|confirm|help|assist|debug|reproduce|troubleshoot|take a look|have a look|look into|dig into|diagnose)",
    "(you can|you could|you might|you may|you should|you'll want to|you may want to|you might want to|can you|could you) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    "(please|just|then|also|maybe|perhaps|I'd|we'd|I would|we would|I suggest|we suggest|and|or|first) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    {
     "pattern": "(?:^|[.!?]\\s{1,4})try(?:ing)? (?:to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|resending|signing|relaunching|reopening|rerunning|refreshing|reconnecting)\\b"
    },
    "(help|helps|helpful|useful) [us|me|to] [to] (diagnose|identify|narrow|debug|pinpoint|isolate|troubleshoot|figure out|track down|find out|understand what|understand why|understand where|see what|see why|see where|tell what|tell why|tell where)",
    "(would|'d|will|'ll|could|might) (help|be helpful|be useful|be great|be nice|be handy) if you (could|can|were able to|would|'d|are able to|'re able to)",
    "(collect|capture|record|records|recording|gather|grab|take|get|provide|run|attach|produce) (a|an|the|some|this|that|these|those|your) [full|complete|fresh|new|small|short|kernel|network|packet|debug|crash|core|stack|wireshark|trace-cmd|strace|tcpdump|usb|air|perf|function] (trace|traces|dump|dumps|capture|captures|backtrace|backtraces|packets|sniff|recording|pcap|profile|strace)"
   ]
  },
  {
   "id": "teach-step-where",
   "signal": "teach",
   "level": "info",
   "message": "Name where the step is done or what it is for, so they can repeat it (\"in Settings > Privacy, untick …\").",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Go to Settings > Privacy and untick Read receipts.",
     "Open the app first, then tap Sync.",
     "Untick the Read receipts box under Privacy.",
     "Click Forgot password on the sign-in page to set a new one.",
     "Mark the invoice email as not spam so future invoices land in your inbox."
    ],
    "pass": [
     "Update the app.",
     "Reply with your order number.",
     "Use the link to DM us."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "[just|then|simply|also|first|next|now|and|or|alternatively|otherwise|instead|afterwards|finally|so|basically|in the app|on the website] [,] (<howto:base>|head to|head over to|go over to|go into|launch|right-click|turn on|turn off) [on|over|into|to|in|off|down] (the|your|a|an|this|that|same|its|their|each|every|all|{quote}|settings|preferences|ctrl|control|cmd|command|alt|option|shift|fn|esc|escape|it|them|both|any) ...",
    "[just|then|simply|also|first|next|now|and|or|alternatively|otherwise|instead|afterwards|finally|so] [,] (click|tap|press|hit|select|choose|toggle|tick|untick|uncheck|double-click|right-click|long-press|double-tap) [on]"
   ],
   "except": [
    "(click|tap|follow|open|use) [on] (the|this|that|our|my) (link|url|email|message|form|chat)",
    "(go to|open|run|check|type|enter|use|navigate to|head to|click|tap|select|look in|look at|look under|look for|find|launch|start|attach) ... ... ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(go to|open|navigate to|head to|click|tap|select|under) ... (>|→) ... [>|→] ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(use|run|attach|capture|record|collect|grab|take|enable|turn on) (the|a|an|some) [spindump|system|verbose|debug|full|network|crash|memory|process|stack|kernel] (spindump|profiler|debugger|logcat|strace|wireshark|tcpdump|procmon|sysdiagnose|crash dump|memory dump|stack trace|backtrace|trace|logging|diagnostics|diagnostic) [tool|tools|output|report|file|capture|log|logs|mode]",
    "(use|run|switch to|try|move to|install|get|grab) (the|a) [latest|current|newest|recent] (head|trunk|development|dev|nightly|snapshot|unstable|tip|bleeding-edge|bleeding edge) (version|release|build|branch|snapshot|code|sources|source|tree|checkout)",
    "(download|install|get|grab|apply|update to|upgrade to) (the|this|that|our|an|a|your) [latest|newest|new|newer|recent|current|available|pending|app|system|software|ios|android|firmware] (update|updates|upgrade|patch|version|release|build)",
    "(use|apply|test|try|take|run|install) (the|this|that|my|our) [attached|following|updated|revised|new|latest|second|v2|v3|test|debug|fixed] (patch|patches|fix|diff|build|binary|firmware|package|dll|jar|apk) [attached|below|above|here|instead|from|in]",
    "(download|install|get|update|reinstall|re-install|grab) (our|the|your) [mobile|banking|latest|new] (app|application) [from|on|in|via|through]",
    "(go to|open|visit|head to|head over to) (the) (app store|play store|google play|microsoft store|mac app store|galaxy store|apple store|google play store)",
    "(to|in order to) (contact|reach|chat with|message|talk to|speak to|speak with|get in touch with|get hold of|get in touch|raise a ticket|raise a complaint|lodge a complaint|file a complaint) [us|our|the|a|support|someone|an agent|team]",
    "(tap|click|press|select|go to|open|choose|use|hit) [on] [the] ({quote}|help|support|contact us|chat|live chat|help centre|help center|help & support|help and support|need help|get help|chat with us) [icon|button|tab|section|option|menu|page|link] ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|start|get in touch|send|DM|dm|raise|submit|connect)",
    "(use|using|click|tap|follow|visit) (the|this|our|that) (link|form|chat|live chat|in-app chat|contact form|bio|page) ... ... [to] (contact|reach|chat|message|talk|speak|get in touch|DM|dm|send|let us know|submit|file|report|request|raise)",
    "(open|go to|go into|head to|launch|in) (the|our|your) app ... ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|get in touch|DM|dm|raise|submit|connect with)",
    "(if|when) you (can|could|get a chance to|have a chance to|are able to|'re able to) ... ... ... (for me|for us|to me|to us|with me|with us|over to me|over to us|here)",
    "(use|using) (a|the) (pastebin|paste bin|paste site|paste service|gist)",
    "(run|type|enter|check|open|use|try) ... ... ... (and|then|,) [please|just] pastebin",
    "(unplug|power off|switch off|turn off|disconnect|shut down) ... ... ... (and|then|before) [just|simply] (plug|power|switch|turn|reconnect|connect|start) [it|them|the|your|that] ... (back in|back on|on again|in again|back up|on)",
    "(unplug|power off|switch off|turn off|disconnect|shut down) (the|your|it|them|everything|both|all) ... [,] [and] [then] (wait|leave it|leave them|give it)",
    "(disable|disabling|close|closing|quit|quitting|end|ending) [all|any] [other|the|your] (background|running|unnecessary) (applications|apps|programs|processes|tasks)",
    "available (on|in|for|to|from|at) [all|both|the|our|select|selected|some|most|certain|every|your] (android|ios|iphone|iphones|ipad|ipads|mac|macs|macos|windows|linux|web|desktop|mobile|devices|platforms|plans|plan|pro|premium|free|paid|countries|regions|region|markets|customers|users|members|accounts|app store|play store|google play|stores|branches|locations|uk|us|usa|eu|australia|canada|india)",
    "only (works|work|available|supported|included|enabled|possible) (with|on|in|for|from) [the|a|an|our|your|all|any] [paid|premium|pro|business|enterprise|plus|standard|basic|free|team|higher|annual|monthly|top] (plan|plans|subscription|subscriptions|tier|tiers|edition|editions|licence|license|licences|licenses|account|accounts|membership|memberships)",
    "<watch-for> [the|our|this|that|my|their|its|your] ... <publication> [for|on|about|to see] [the|a|an|any|more|further] [workaround|workarounds|fix|fixes|details|steps|instructions|info|information|solution|progress|updates|update|news|changes] | (use|using) (this|that|these|those|our|the following) <publication>",
    "(the|an|your|our|their|this|that|its) export (to|from|for|as|in|only|file|files) | [the|an|your|our|their|this|that|its] export (is|are|was|were|isn't|aren't|wasn't|has|hasn't|will|won't|can|can't|should|does|doesn't|did|didn't|works|worked|fails|failed|feature|option|button|menu|function|settings|format|formats|of) | export (to|as|from|for|in) ... (is|are|was|were|isn't|aren't|wasn't|has|hasn't|will|won't|can|can't|does|doesn't|did|didn't|works|worked|fails|failed|crashes|crashed|hangs|hung)",
    "(sudo) [-E|-s|-i] (trace-cmd|tcpdump|tshark|wireshark|strace|ltrace|dmesg|journalctl|lsusb|lspci|lsmod|lshw|lsblk|blkid|dmidecode|inxi|hwinfo|uname|smartctl|iostat|vmstat|perf|btmon|hcidump|evtest)",
    "(sudo) iw ... ... ... ... (monitor|scan|info|link)",
    "(use|using) (the|this|our) (link|form|chat|DM)",
    "(click|tap|follow|use) [on] (the|this) (link|button) (provided|below|above|here|in)",
    "(use|install|download|try|get|grab|update to|upgrade to) [the] (latest|newest|new|current|beta|nightly|stable|last|development|dev|preview) (version|release|build|update|one) | (ensure|make sure) [that] [you] (have|are on|'re on|are using|'re using|run|are running) [the] (latest|newest|current|updated)",
    "(open|create|file|submit|make) (a|an|the) [new|separate] (issue|ticket|bug|report|request|PR|pull request|thread)",
    "(add|attach|post|share|include|provide|upload|send) (the|your|a|an|us|me) (log|logs|screenshot|file|project|crash|output|details|info|version|sample)",
    "(open|opening) (a|the) (ticket|case|request|DM)",
    "(set|setting) (up|a) (call|meeting|time)",
    "(paste|post|share|send|attach|show) [us|me] (the|your) (output|result|results|log|logs)",
    "(check|clear) (the|your) (cache|cookies|browser cache|spam folder|junk folder)",
    "(click|tap|press|hit|select|choose) [on] (here|below|above|this|that)"
   ],
   "skip_questions": true,
   "skip_readings": [
    "routing",
    "identifier",
    "plan"
   ],
   "with": [
    "(in|under|from|on|via|inside|into|within|through|at) (the|your|a|an|its|their|this|that|each|every) ...",
    "(in|under|from|via|inside|within|through) {quote}",
    "(>|→)",
    "{quote} [,|>|→|and|or|then] [then] {quote}",
    "(then|after that|afterwards|once|before|first|next|until|while|whenever|every time)",
    "(to|so that|in order to) (avoid|prevent|stop|keep|make|get|let|allow|enable|force|ensure|see)",
    "so [that] (you|your|it|it's|they|the|future|new|any|all|nothing|no|each|every|these|those|this|that|other|others|people|everyone|anyone)",
    "(instead|rather than)",
    "<control>"
   ],
   "unless_sentence": [
    "(you|you've|you have|you had) [also|already|just|previously|earlier|originally] (said|mentioned|wrote|stated|noted|claimed|told me|told us|described|reported) [earlier|before|above|here] that",
    "(we|I|the team|our team|and) (will|'ll|are going to|'re going to|plan to|intend to|want to|'d like to|are|'re|am|'m|is) [be|also|now|still|currently] (investigating|investigate|looking into|look into|finding out|find out|figuring out|figure out|digging into|dig into) ... ... ... (why|what caused|the cause|the root cause|what happened|what went wrong|how to prevent|what can be done)",
    "(post|posts|question|questions|thread|topic|message|messages|discussion|request|requests|this|it) (should|must|needs to|has to|belongs|belong|would be better) [go|be posted|be asked|be moved|be raised|be filed|be discussed|placed] (in|on|to|into|under) [the|a|an|our|this|that] [\\#] ... ... (stream|streams|channel|channels|forum|forums|category|tracker|repo|repository|board|room|subforum|mailing list)",
    "(chat|talk|speak) [directly|privately|personally] (with|to) (me|us|our|an agent|a support|support|the team|someone|customer)",
    "(get in touch|getting in touch)",
    "(log|logs|log file|log files|crash report|crash reports|crash log|crash logs|launch log|launch logs|diagnostics) [can be|are|is|will be] (found|located|stored|kept|saved|available) (in|under|via|at|from|through|by|inside|within|on)",
    "(contact|reach|message|email|call|dm) (us|our|support|the team|customer care|customer service|customer support|the support)",
    "(raise|lodge|file|submit|create|register) (a|an|the|your|one|a single|a separate|separate|another) [new|support|single|separate] (complaint|dispute|ticket|tickets|request|case|query|grievance)",
    "(share|send|give|leave|submit) [us] (your|the|any) (feedback|review|suggestion|suggestions)",
    "(our|the) [support|customer|care|relevant] (team|agent|agents|specialists|specialist) (will|'ll|can|would|should) [be able to] (get back|contact|reach|respond|call|help|assist|look)",
    "(help & support|help and support|contact us|customer care|live chat)",
    "(so|so that|in order that) (we|I|our team|the team) [can|could|may|might|'ll be able to|will be able to|are able to] (check|look|review|investigate|see|verify|confirm|help|assist|debug|reproduce|troubleshoot|take a look|have a look|look into|dig into|diagnose)",
    "(you can|you could|you might|you may|you should|you'll want to|you may want to|you might want to|can you|could you) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    "(please|just|then|also|maybe|perhaps|I'd|we'd|I would|we would|I suggest|we suggest|and|or|first) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    {
     "pattern": "(?:^|[.!?]\\s{1,4})try(?:ing)? (?:to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|resending|signing|relaunching|reopening|rerunning|refreshing|reconnecting)\\b"
    },
    "(help|helps|helpful|useful) [us|me|to] [to] (diagnose|identify|narrow|debug|pinpoint|isolate|troubleshoot|figure out|track down|find out|understand what|understand why|understand where|see what|see why|see where|tell what|tell why|tell where)",
    "(would|'d|will|'ll|could|might) (help|be helpful|be useful|be great|be nice|be handy) if you (could|can|were able to|would|'d|are able to|'re able to)",
    "(collect|capture|record|records|recording|gather|grab|take|get|provide|run|attach|produce) (a|an|the|some|this|that|these|those|your) [full|complete|fresh|new|small|short|kernel|network|packet|debug|crash|core|stack|wireshark|trace-cmd|strace|tcpdump|usb|air|perf|function] (trace|traces|dump|dumps|capture|captures|backtrace|backtraces|packets|sniff|recording|pcap|profile|strace)"
   ]
  },
  {
   "id": "teach-usage",
   "signal": "teach",
   "level": "info",
   "message": "Say how it works or where the control is, so they can use it again themselves.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "The callback is called when you release the mouse button.",
     "Debug builds automatically add the network permission.",
     "You'll find the export option under Settings in the top menu.",
     "It's good practice to rebuild your plugins whenever you upgrade the editor.",
     "Sounds like the cache is being cleared by your antivirus.",
     "Exports only work properly with the desktop app.",
     "It's probably because the driver drops the beacon after a resume."
    ],
    "pass": [
     "I'm probably missing something obvious.",
     "It's probably a good idea to wait until Monday.",
     "It looks like a bug!",
     "Looks like your order has shipped.",
     "You can find more information on our website.",
     "If you send us the logs, we will be able to check.",
     "We don't ship when the roads are closed."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(is|are|gets|get) [only|always|also|automatically|still|not] (called|invoked|triggered|fired|emitted|raised|dispatched|executed|evaluated) (when|whenever|every time|each time|once|after|before|as soon as|if|while|on) (you|the|a|an|it|your|its|their|there|any|each|every)",
    "(doesn't|does not|don't|do not|won't|will not|can't|cannot) (display|show|render|appear|load|work|fire|trigger|update|sync|save|print|connect|compile|build|run|start|boot|refresh|play|upload) (when|whenever|while|unless|until|without|if) (the|a|an|you|your|it|its|they|there|#|any|no)",
    "(automatically|silently|implicitly|transparently) (adds|creates|removes|includes|enables|disables|converts|sets|links|generates|strips|appends|inserts|replaces|renames|deletes|resets|clears|syncs|downloads|installs|restarts|reconnects|retries|switches|rewrites|redirects|caches|compresses|rounds|truncates|overwrites|detects|loads|saves|signs)",
    "(they|builds|versions|clients|devices|browsers|apps|phones|routers|servers|systems) (automatically|silently|implicitly|transparently) (add|create|remove|include|enable|disable|convert|set|generate|strip|sync|download|install|restart|reconnect|retry|switch|rewrite|redirect|cache|load|save|detect|overwrite)",
    "(it's|it is) [always|generally|usually|also] [a] (good|best|sensible|wise|smart) (habit|practice|rule of thumb) to",
    "(good|best|common|standard|usual) practice is to",
    {
     "pattern": "\\b(?:call|calling|use|using|try|invoke|invoking|run|running|with)\\s[a-z_]\\w{0,20}\\.[a-z]\\w{0,20} \\((?:\\)|\\w{1,20},)"
    },
    "(you can|you could|you'll|you will|you should|you'd|you may) [also|easily|now|still|always] (find|locate|access) (it|them|this|that|these|those|the|all|any|each|a|an|every) ... (under|in|inside|within|from) ... (tab|tabs|menu|menus|submenu|section|settings|preferences|options|panel|sidebar|toolbar|pane|dialog|folder|directory|dropdown|drop-down|{quote})",
    "(if|when|once|after) you [just|simply|then|first] (<howto:base>|<teach-means:base>) ... ... [,] (a|an|the|you|it|this|that|your|there) ... (should|will|'ll|would) [then|now|also|automatically] (pop up|appear|show up|come up|open up|be visible|be listed|see|find)",
    "(if|when|once|after) you [just|simply|then|first] (<howto:base>|<teach-means:base>) ... ... [,] (you|you'll) ... (be able to) (see|find|choose|select|pick|share|export|switch|access|view|add|edit|set|change|move|filter|sort)",
    "(go to|navigate to|head to|head over to|go into) ... , ... , ... (and|then|and then) [please|just] (ensure|make sure|check|untick|uncheck|tick|toggle|turn|switch|enable|disable|select|choose|tap|click)",
    "only (work|works|worked|runs|run|ran) [properly|correctly|reliably|fine|well|right|ever] (with|on|in|if|when|for|horizontally|vertically|over|under|after|once|while|from|inside|at|via|through|as)",
    "(is|are|was|were) only (supported|compatible|allowed|enabled|possible|valid|needed|required|applied|loaded|read|checked) (for|on|with|in|by|from|when|if|via|through|after|once|during)",
    "(sounds|looks|seems|smells) like [a|an|the|some] ... (issue|problem|regression|condition|conflict|mismatch|corruption|leak|limitation|bug) (in|of|with|between|on|where|when|that|caused|for|at|from|.|,|;|!)",
    "(sounds|looks|seems|smells) like [a|an] (regression|race condition|memory leak|deadlock|timing issue|permission issue|permissions issue)",
    "(sounds|looks|seems|smells) like ... (is|are|was|were|has been|have been|had been|might be|may be|could be|must be) [still|probably|already|not|never|somehow] (being|running|hitting|using|missing|blocking|failing|linked|corrupted|stuck|pointing|cached|stale|full|broken|misconfigured|overwritten|conflicting|interfering|dropping|ignoring|overriding|reading|loading|picking|compiled|built|configured|set to|set up)",
    "(it's|it is|this is|that's|that is|which is|it was|this was|that was) [most|very|quite] (probably|likely) (because|due to|caused by|related to|down to|coming from)",
    "(it's|it is|this is|that's|that is|which is|it was|this was|that was) [most|very|quite] (probably|likely) (a|an|the|your|its|their) ... (between|in|inside|on|with|of|from|that|which|where|when|caused|causing|blocking|dropping|to the|to your|to its|to their|to a|to an)",
    "(the|a) [most] (likely|probable) (cause|explanation|reason|culprit|trigger|source) (is|was|here|of|for|would be)",
    "(odds are|chances are) [likely|good|high] [that] (it|it's|the|your|this|that|you|you're|there|they|something|some)",
    "(is|are|was|were|'re) [most|very] (probably|likely) [still|not|just|already|somehow] (being|running|hitting|using|missing|blocking|failing|linked|corrupted|stuck|pointing|cached|stale|full|broken|misconfigured|overwritten|conflicting|interfering|dropping|ignoring|overriding|reading|loading|picking|compiled|built|configured|set to|set up|caused|triggered|related|coming from|affected|timing out|crashing|rejecting|expired|outdated|out of date|out of sync)",
    "there (is|are|was|were|'s) [most|very] (probably|likely) (a|an|some|two|several|multiple|many|other|something) ... (between|in|inside|on|with|from|that|which|where|causing|blocking|left|wrong|to the|to your|to its|to their|to a|to an)",
    "(that|this|which|it) (probably|likely|usually|often|just|basically|simply|generally|typically) means (that|you|the|your|it|there|a|an|some|something|one)",
    "(is|are|will|'ll|would|gets|get) [only|automatically|also|still] [be] [only|automatically|also] (charged|waived|applied|shared|deducted|billed|forfeited|incurred|payable|chargeable) [$|£|€] ... ... (if|when|unless|whenever|as long as|provided|(after|before) (you|you've|you're|your|the|they|it|he|she|someone|anyone)|within ... ... of)"
   ],
   "except": [
    "(click|tap|follow|open|use) [on] (the|this|that|our|my) (link|url|email|message|form|chat)",
    "(go to|open|run|check|type|enter|use|navigate to|head to|click|tap|select|look in|look at|look under|look for|find|launch|start|attach) ... ... ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(go to|open|navigate to|head to|click|tap|select|under) ... (>|→) ... [>|→] ... (and|then|and then|,) [please|kindly|just] <send-back> <info-sent>",
    "(use|run|attach|capture|record|collect|grab|take|enable|turn on) (the|a|an|some) [spindump|system|verbose|debug|full|network|crash|memory|process|stack|kernel] (spindump|profiler|debugger|logcat|strace|wireshark|tcpdump|procmon|sysdiagnose|crash dump|memory dump|stack trace|backtrace|trace|logging|diagnostics|diagnostic) [tool|tools|output|report|file|capture|log|logs|mode]",
    "(use|run|switch to|try|move to|install|get|grab) (the|a) [latest|current|newest|recent] (head|trunk|development|dev|nightly|snapshot|unstable|tip|bleeding-edge|bleeding edge) (version|release|build|branch|snapshot|code|sources|source|tree|checkout)",
    "(download|install|get|grab|apply|update to|upgrade to) (the|this|that|our|an|a|your) [latest|newest|new|newer|recent|current|available|pending|app|system|software|ios|android|firmware] (update|updates|upgrade|patch|version|release|build)",
    "(use|apply|test|try|take|run|install) (the|this|that|my|our) [attached|following|updated|revised|new|latest|second|v2|v3|test|debug|fixed] (patch|patches|fix|diff|build|binary|firmware|package|dll|jar|apk) [attached|below|above|here|instead|from|in]",
    "(download|install|get|update|reinstall|re-install|grab) (our|the|your) [mobile|banking|latest|new] (app|application) [from|on|in|via|through]",
    "(go to|open|visit|head to|head over to) (the) (app store|play store|google play|microsoft store|mac app store|galaxy store|apple store|google play store)",
    "(to|in order to) (contact|reach|chat with|message|talk to|speak to|speak with|get in touch with|get hold of|get in touch|raise a ticket|raise a complaint|lodge a complaint|file a complaint) [us|our|the|a|support|someone|an agent|team]",
    "(tap|click|press|select|go to|open|choose|use|hit) [on] [the] ({quote}|help|support|contact us|chat|live chat|help centre|help center|help & support|help and support|need help|get help|chat with us) [icon|button|tab|section|option|menu|page|link] ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|start|get in touch|send|DM|dm|raise|submit|connect)",
    "(use|using|click|tap|follow|visit) (the|this|our|that) (link|form|chat|live chat|in-app chat|contact form|bio|page) ... ... [to] (contact|reach|chat|message|talk|speak|get in touch|DM|dm|send|let us know|submit|file|report|request|raise)",
    "(open|go to|go into|head to|launch|in) (the|our|your) app ... ... ... (to|and) [start a|open a|then] (chat|contact|message|reach|talk|speak|get in touch|DM|dm|raise|submit|connect with)",
    "(if|when) you (can|could|get a chance to|have a chance to|are able to|'re able to) ... ... ... (for me|for us|to me|to us|with me|with us|over to me|over to us|here)",
    "(use|using) (a|the) (pastebin|paste bin|paste site|paste service|gist)",
    "(run|type|enter|check|open|use|try) ... ... ... (and|then|,) [please|just] pastebin",
    "(unplug|power off|switch off|turn off|disconnect|shut down) ... ... ... (and|then|before) [just|simply] (plug|power|switch|turn|reconnect|connect|start) [it|them|the|your|that] ... (back in|back on|on again|in again|back up|on)",
    "(unplug|power off|switch off|turn off|disconnect|shut down) (the|your|it|them|everything|both|all) ... [,] [and] [then] (wait|leave it|leave them|give it)",
    "(disable|disabling|close|closing|quit|quitting|end|ending) [all|any] [other|the|your] (background|running|unnecessary) (applications|apps|programs|processes|tasks)",
    "available (on|in|for|to|from|at) [all|both|the|our|select|selected|some|most|certain|every|your] (android|ios|iphone|iphones|ipad|ipads|mac|macs|macos|windows|linux|web|desktop|mobile|devices|platforms|plans|plan|pro|premium|free|paid|countries|regions|region|markets|customers|users|members|accounts|app store|play store|google play|stores|branches|locations|uk|us|usa|eu|australia|canada|india)",
    "only (works|work|available|supported|included|enabled|possible) (with|on|in|for|from) [the|a|an|our|your|all|any] [paid|premium|pro|business|enterprise|plus|standard|basic|free|team|higher|annual|monthly|top] (plan|plans|subscription|subscriptions|tier|tiers|edition|editions|licence|license|licences|licenses|account|accounts|membership|memberships)",
    "<watch-for> [the|our|this|that|my|their|its|your] ... <publication> [for|on|about|to see] [the|a|an|any|more|further] [workaround|workarounds|fix|fixes|details|steps|instructions|info|information|solution|progress|updates|update|news|changes] | (use|using) (this|that|these|those|our|the following) <publication>",
    "(we|I|our team|our system) [really|currently|still|simply|just|unfortunately|also] (can't|cannot|can not|won't|will not|don't|do not)",
    "(you|one) (can't|cannot|can not|won't|will not|couldn't|wouldn't|shouldn't|may not|might not)",
    "(find|locate|access) (the|your|any|all|these|those) [crash|error|debug|system|app|diagnostic|server|install] (log|logs|version|version number|build number|crash report|crash reports|diagnostics|log file|log files)",
    "(I|I'm|I am|we|we're|we are|I was|we were) [most|very] (probably|likely)",
    "(probably|likely) [still|not|just] (going to|gonna|being able)",
    "means [that] [right now|for now|now|currently|at the moment|at this point] (we|I|we're|I'm|we'll|I'll|we've|I've|we'd|I'd|our|my)",
    "(probably|likely) (a|an|the|your) [very|really] (good|great|best|better|safest|easiest|simplest|quickest|fastest|only|right|wrong|wise|smart|sensible) (idea|option|bet|way|thing|choice|move|call|approach|route|solution|place)",
    "(probably|likely) (a|an|some|two|several|multiple|many|other) [few|couple of|lot of|lots of] (people|users|folks|members|others|experts|developers|devs|ways|options|things|reasons)",
    "(issue|issues|problem|problems|glitch|error|errors|fault|hiccup) (on|at|from) (our|my|their) (side|end)",
    "(sounds|looks|seems|smells) like (you|you're|you've|you'd|we|we're|we've|I|I'm|I've|everything|this is|that is|it's all)",
    "(sounds|looks|seems|smells) like [a|an|the|some|this|that|your|my|our] [important|serious|big|major|known|real|different|separate|similar|same|other|new|strange|weird|interesting|valid|good|great|nice|minor|small|general|technical|system|network|connectivity|connection|account|billing|payment|server|temporary|app|login|sync|browser|device|phone|internet|signal|software|hardware|random|one-off|common|specific|possible|potential|genuine|legitimate] (bug|issue|problem)",
    "(sounds|looks|seems|smells) like [a|an|the|some] (important|serious|big|major|known|real|different|separate|similar|same|other|new|strange|weird|interesting|valid|good|great|nice|minor|small|general|technical|system|network|connectivity|connection|account|billing|payment|server|temporary|app|login|sync|browser|device|phone|internet|signal|software|hardware|random|one-off|common|specific|possible|potential|genuine|legitimate)",
    "(sounds|looks|seems|smells) like ... ... (is|are|was|were|has|have|had|might|may|could|must) [being|been|not|never|still|probably|already|be] [been|be] (working|fixed|resolved|sorted|solved|updated|processed|shipped|delivered|received|sent|completed|approved|refunded|cancelled|canceled|arrived|going|coming|started|finished|loading|improved|added|removed|posted|merged|applied|charged|credited)"
   ],
   "skip_questions": true,
   "skip_readings": [
    "routing",
    "identifier",
    "plan"
   ],
   "unless_sentence": [
    "(you|you've|you have|you had) [also|already|just|previously|earlier|originally] (said|mentioned|wrote|stated|noted|claimed|told me|told us|described|reported) [earlier|before|above|here] that",
    "(we|I|the team|our team|and) (will|'ll|are going to|'re going to|plan to|intend to|want to|'d like to|are|'re|am|'m|is) [be|also|now|still|currently] (investigating|investigate|looking into|look into|finding out|find out|figuring out|figure out|digging into|dig into) ... ... ... (why|what caused|the cause|the root cause|what happened|what went wrong|how to prevent|what can be done)",
    "(post|posts|question|questions|thread|topic|message|messages|discussion|request|requests|this|it) (should|must|needs to|has to|belongs|belong|would be better) [go|be posted|be asked|be moved|be raised|be filed|be discussed|placed] (in|on|to|into|under) [the|a|an|our|this|that] [\\#] ... ... (stream|streams|channel|channels|forum|forums|category|tracker|repo|repository|board|room|subforum|mailing list)",
    "(chat|talk|speak) [directly|privately|personally] (with|to) (me|us|our|an agent|a support|support|the team|someone|customer)",
    "(get in touch|getting in touch)",
    "(log|logs|log file|log files|crash report|crash reports|crash log|crash logs|launch log|launch logs|diagnostics) [can be|are|is|will be] (found|located|stored|kept|saved|available) (in|under|via|at|from|through|by|inside|within|on)",
    "(contact|reach|message|email|call|dm) (us|our|support|the team|customer care|customer service|customer support|the support)",
    "(raise|lodge|file|submit|create|register) (a|an|the|your|one|a single|a separate|separate|another) [new|support|single|separate] (complaint|dispute|ticket|tickets|request|case|query|grievance)",
    "(share|send|give|leave|submit) [us] (your|the|any) (feedback|review|suggestion|suggestions)",
    "(our|the) [support|customer|care|relevant] (team|agent|agents|specialists|specialist) (will|'ll|can|would|should) [be able to] (get back|contact|reach|respond|call|help|assist|look)",
    "(help & support|help and support|contact us|customer care|live chat)",
    "(so|so that|in order that) (we|I|our team|the team) [can|could|may|might|'ll be able to|will be able to|are able to] (check|look|review|investigate|see|verify|confirm|help|assist|debug|reproduce|troubleshoot|take a look|have a look|look into|dig into|diagnose)",
    "(you can|you could|you might|you may|you should|you'll want to|you may want to|you might want to|can you|could you) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    "(please|just|then|also|maybe|perhaps|I'd|we'd|I would|we would|I suggest|we suggest|and|or|first) [also|just|then|first|now|please] (try|trying) (to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|re-installing|resending|re-sending|signing|relaunching|reopening|rerunning|re-running|refreshing|reconnecting)",
    {
     "pattern": "(?:^|[.!?]\\s{1,4})try(?:ing)? (?:to|again|restarting|reinstalling|updating|another|a different|logging|clearing|rebooting|power|installing|downloading|upgrading|uninstalling|resending|signing|relaunching|reopening|rerunning|refreshing|reconnecting)\\b"
    },
    "(help|helps|helpful|useful) [us|me|to] [to] (diagnose|identify|narrow|debug|pinpoint|isolate|troubleshoot|figure out|track down|find out|understand what|understand why|understand where|see what|see why|see where|tell what|tell why|tell where)",
    "(would|'d|will|'ll|could|might) (help|be helpful|be useful|be great|be nice|be handy) if you (could|can|were able to|would|'d|are able to|'re able to)",
    "(collect|capture|record|records|recording|gather|grab|take|get|provide|run|attach|produce) (a|an|the|some|this|that|these|those|your) [full|complete|fresh|new|small|short|kernel|network|packet|debug|crash|core|stack|wireshark|trace-cmd|strace|tcpdump|usb|air|perf|function] (trace|traces|dump|dumps|capture|captures|backtrace|backtraces|packets|sniff|recording|pcap|profile|strace)"
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
     "Can you confirm it's working now?",
     "Test it again and tell me.",
     "Keep me posted on the results.",
     "Has that sorted it?",
     "Let me know if you're still seeing this issue.",
     "If it still crashes after that, let me know.",
     "Let us know if that doesn't solve it.",
     "Give it another go and let me know how you get on.",
     "Hopefully that sorts it - let me know!",
     "Let me hear if this helps.",
     "Just checking in to see if the steps above helped.",
     "I changed the stop logic. Try it now.",
     "Try this version.",
     "Let me know the result.",
     "Did the suggested steps work for you?",
     "Try that and see if the error goes away.",
     "Your seat is restored. Tell us if it keeps giving you errors.",
     "I've reset the password. Let me know if you have trouble signing in.",
     "The export should run now. Let us know if not."
    ],
    "pass": [
     "Try it again later.",
     "Let us know if you have any other queries.",
     "Please try the latest version of the app.",
     "Let me know your order number.",
     "I'll update the ticket once it's fixed.",
     "Run the installer again and let me know which version it shows.",
     "If you have any other questions, let me know.",
     "Let me know if you need anything else.",
     "DM us if you still need help."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "<report-back> [on] (if|whether|that|once|how|when|on|in case) (it|this|that|everything|the|your|things|you're|you are|you still|it's|that's) ... <outcome>",
    "(let me know|let us know|tell me|keep me posted|keep us posted|keep me updated|keep us updated|keep me informed|keep us informed) (on|about|with) (the|your|how) (results|result|outcome|progress|test|it goes|status)",
    "<report-back> (the|your) (result|results|outcome|outcomes|test result|test results)",
    "<report-back> (if|whether) (any|either|one|these|those|the above|above|my|our) ... <outcome>",
    "(did|has|have|do|does) (the|these|those|my|our|your|any|this|that) ... (suggestion|suggestions|steps|step|workaround|solution|answer|information|info|advice|command|commands|script|change|changes|fix|patch|update|setting|settings|reply|response|article) [above|below|provided|suggested|given|mentioned|shared] [<adv>] (help|helped|work|worked|fix|fixed|solve|solved|resolve|resolved)",
    "(see|check|test) (if|whether) (that|this|it|the|things|everything) ... (helps|help|works|work|fixes|fix|solves|resolves|changes|makes a difference|goes away|go away|disappears|disappear|stops|improves|clears up)",
    "(let (me|us) know|tell (me|us)) (if|whether) (this|that|it|the above) (applies to|matches|fits|answers|addresses) (your|the)",
    "(does|did) (that|this|my|the) (explanation|answer|reply) [<adv>] (make sense|help)",
    "<report-back> [<adv>] (if|whether) (this|that|it|these|those|the above|the (information|info|answer|steps|article|link|suggestion|suggestions|advice|workaround|fix)) [<adv>] (is|was|are|were|has been|proves|proved) [<adv>] (helpful|useful|of help|of any help|of use|any help)",
    "(test|try|check) (it|that|this) [out] (again|once more|now) (and|then) (let|tell|see|report|confirm)",
    "can you (confirm|check|test|verify) [that|if|whether] (it|this|that|everything|the|things) ... (works|is working|worked|fixed|resolved|back|ok|okay|fine|stable|better|fixes|solves|resolves|sorts|goes away|disappears|improves|stops)",
    "confirm [that|if|whether] (it|this|that|everything) ('s|is|'re|are) [now] (working|fixed|resolved|back|ok|okay|fine|stable|better)",
    "(did|does|has|have) (that|this|it|the fix|the update|the change|the new version|the release|the reset|the refund) [<adv>] (help|work|fix|solve|resolve|do the trick|done the trick|sort|sorted|solved|resolved|fixed|helped|worked|clear|cleared|go through)",
    "(if|whether|once|when|should|in case) ... (<outcome>|stuck|the case|any different|any better) ... (,|then) [please|do|just] <report-back>",
    "(if|should|in case) ... (<outcome>|remains|remain) ... (,|then) [please|do|just|kindly|simply] (reply|respond|write back|write) (to (this|our|my) (email|e-mail|message|mail|thread|ticket|post|review)|here|back)",
    "(if|should) (this|that|these|those|it|the) [...] [<adv>] (isn't|aren't|is not|are not|'s not|'re not|not be|don't seem|doesn't seem|do not seem|does not seem) [<adv>] [to be] (correct|accurate|right) [for you] [,] [then] [please|do|just] <report-back>",
    "(if|once|when) (that|this|it|these|those|the (fix|step|steps|workaround|suggestion|update|change|patch|setting)) [<adv>] <outcome> ... ... [please|do|just] <report-back> (.|!|,)",
    "<trial> ... ... (and|then|,) [please|do|just] <report-back> (.|!|how|if|whether|what happens|the result|the results|the outcome)",
    "<trial> ... ... (and|then|,) [then] [please|kindly|just] (check|recheck|re-check|confirm|verify|test|report) [again|once|now] [and (confirm|revert|report)] (.|!)",
    "(does|do|did|is|are) (it|that|this|the|your|things|everything) ... (behave|behaves|work|works|run|runs|perform|performs|look|looks|sound|sounds) [any] better",
    "(hopefully|I hope|we hope|hope) (that|this|it|the) ... <outcome> ... <report-back>",
    "(hopefully|I hope|we hope|hope) (that|this|it|the) ... <outcome> [it|things|everything|you|the issue|the problem|that] [out|up] [for you|now] , [and|but|so|please|do|just] <report-back>",
    "(see|check) (if|whether) ... (is|are|'s) [now] (gone|fixed|resolved|still there|still happening|back)",
    "<trial> ... ... (and|then|,) [then] (see|check|find out|seeing|checking|finding out|monitor|monitoring|observe|observing|watch|watching|keep an eye on|keeping an eye on) (if|whether) ... ... <outcome>",
    "<trial> ... ... (and|then|,) [then] (see|check|seeing|checking) (if|whether) (that|this|it|things|the (issue|problem|error|crash|behaviour|behavior)) ('s|is|are|makes|changes|gives|does|goes|fixes|helps|solves|really)",
    "(see|check|test|verify|tell me|tell us) (if|whether) ... (still|again|now|any longer|anymore) [<outcome>]",
    "<report-back> how (you get on|you got on|you go|it goes|it went|that goes|that went|things go|it works|that works|you get along|it turns out)",
    "how (did|do|does|has|have|are|is) (you|it|that|this|things|everything) (get on|getting on|go|going|gone|work out|worked out|working out|turn out|turned out|get along|getting along) [with] [it|that|this|the|your] [new|latest|updated] [update|fix|patch|change|steps|version|driver|build|firmware] [for you] [so far] ?",
    "(reply|comment) here (if|once|when) ... <outcome>",
    "(please|feel free to|do|you can|just) (update|reopen|comment on|ping|comment|reply|write) [this|the|here|back] [issue|thread|ticket|post] (if|once|when|should) ... (<outcome>|still|not|persists|returns|comes back|recurs)",
    "(does|do|is|are) (it|that|this|the|your|everything|things) ... (load|loads|loading|work|works|working|open|opens|connect|connects|connecting|sync|syncs|syncing|show|shows|showing|print|prints|printing|run|runs|running|start|starts|launch|launches|go through|look|looks|behave|behaves|behaving) ... (now|again)",
    "(can|could|would) you (confirm|check|test|verify|see) [that|if|whether] ... ... (now|again)",
    "(were|was) you (able|successful) to",
    "(if|whether) (you're|you are|it's|it is) still (seeing|having|getting|experiencing|happening|not working|broken)",
    "(checking|check|following|follow|circling) (in|up|back) [on this|on your question|on this thread] to see (if|whether|how) ... ... (helpful|helped|helps|useful|worked|works|working|resolved|solved|fixed|sorted|answered|went|goes)",
    "(try|test|check) (it|this|that) [out] (now|again) (.|!)",
    "(try|test) (it|this|that) [out] again now",
    "(try|test) (this|my|these|the attached|the updated|the fixed|the modified|the revised|the corrected) (version|build|one|file|copy|fix|update|script|indicator|strategy)",
    "(please|pls|kindly|can you|could you|would you|you can|you could) [<adv>] (verify|test|retest|re-test|check|confirm|try|see) (with|on|using|against) ... [. #] ... [. #] (if|whether) you (can|could|are able to|'re able to) [still] (reproduce|repro|trigger|hit)",
    "(can|could|would) you [please|kindly] [<adv>] (check|retest|re-test|rerun|re-run|repeat|redo) your (test|tests|benchmark|benchmarks|workload|reproducer|setup) (with|using|after)",
    "(confirm|verify|tell me|tell us|let me know|let us know) [that|if|whether] (after|since|once) [<adv>] (applying|defining|setting|patching|rebuilding|reverting|installing|updating|upgrading|downgrading|disabling|enabling|changing|removing|adding|replacing|<done-change:ing>)",
    "(please|pls|kindly|can you|could you|would you|help to|help|you can|you could) [<adv>] (verify|test|retest|re-test|check|confirm|try) (your|the|this|that|it) [issue|problem|bug|crash|fault|setup|case] (with|against|using|on) (this|the|my|our|that|these|attached|above|below|linked) [attached|above|below|linked|new|updated|fixed|patched|proposed|latest] (patch|patches|fix|build|commit|kernel|firmware|version|branch|release|driver)",
    "(please|pls|kindly|can you|could you|would you) [<adv>] (test|retest|re-test|retry|re-try|try|verify|check) [it|this|that|again|it again|this again] (with|using|after applying) (that|this|these|those|my|our|the (suggested|proposed|recommended|above)) [suggested|proposed|recommended] (recommendation|recommendations|suggestion|suggestions|change|changes|workaround|setting|settings|tweak|tweaks|configuration|config)",
    "(you can|you could) [<adv>] (test|retest|re-test|verify) [it|this|that|again|it again|this again] (with|using|after applying) (that|this|these|those|my|our|the (suggested|proposed|recommended|above)) [suggested|proposed|recommended] (recommendation|recommendations|suggestion|suggestions|change|changes|workaround|setting|settings|tweak|tweaks|configuration|config)",
    "if you [<adv>] [just|simply|first|instead] (<change-step:base>|<done-change:base>|(use|set) ... [...] [...] (instead|now|again)|turn off|turn on|switch off|switch on|run|drop|skip|replace) ... ... [...] [,] (are|is) (you|it|that|this) still (unable|not able|stuck|failing|crashing|broken|not working|getting the same|seeing the same|having the same|showing|happening|there)",
    "(does|did|would|will) (that|this|it) (give|get) you what you (want|need|wanted|needed|were after|are after|were looking for|are looking for|expected|expect)",
    "(does|did|would|will) (that|this) do what you (want|need|wanted|needed|were after|are after|expected|expect)",
    "(see|check|find out|test) (if|whether) (that|this|doing so|this change|that change|the change) [now] (allows|lets|enables|permits) you",
    "(if|should) (it|this|that) still (isn't|is not|'s not|doesn't|does not|didn't|did not|hasn't|has not|won't|will not) [,] [then] [please|pls|do|just|kindly|feel free to] (reopen|re-open|<report-back>|ping me|ping us|comment here|reply here)",
    "(does|did|would) (that|this|it|the above|my answer|my reply|my explanation) [<adv>] (explain|clarify|account for|cover|address) (the|your|what|why|it|this|that|things|everything)",
    "<report-back> [on] (if|whether) (#|version|release|build|v|a|an|any|all|both|my|our) ... ... <outcome>",
    "<report-back> [on] (if|whether) [version|release|build|v] # . # [. #] ... ... <outcome>",
    "(try again|retry|re-try|try it again) after (a few|some|an|a couple of|#|one|two|few) [more] (hours|hour|minutes|minute|time|days|day|mins)",
    "<report-back> [<adv>] (if|whether|should|in case) ... (continue|continues|continuing|keep|keeps|still|again) ... (trouble|issues|issue|problems|problem|difficulty|difficulties|errors|error)",
    "<report-back> [<adv>] (if|whether|should|in case) (you|you're|you are) [<adv>] (have|had|run into|hit|encounter|experience|face|get|are having|'re having|are facing|'re facing) [any|further|more|other|some] (trouble|issues|issue|problems|problem|difficulty|difficulties) with (it|that|this|the|your|access|logging|signing)",
    "<report-back> [<adv>] (if|whether|should|in case) (you|you're|you are) [<adv>] (have|had|run into|hit|encounter|experience|face|get|are having|'re having) [any|further|more|other|some] (trouble|issues|issue|problems|problem|difficulty|difficulties) (<howto:ing>|<trial:ing>|accessing|logging|signing|using|downloading|opening|getting|finding|connecting|viewing|redeeming|activating|loading|watching|playing|placing|completing|paying)",
    "<report-back> [<adv>] (if not|otherwise|if it isn't|if it's not|if it is not|if it doesn't|if it does not|if that doesn't|if this doesn't|if that isn't|if this isn't|if it hasn't|if that hasn't|if it didn't|if that didn't|if this didn't) (.|!|,|;)",
    "(if not|otherwise) [,] [please|do|just|kindly] <report-back> (.|!)",
    "<report-back> (once|when|after) you ('ve|have|had) [<adv>] (had a chance to|had time to|tried|tested|retested|checked|installed|updated|upgraded|applied|reinstalled|restarted|rebooted|cleared|given it a|given that a|had a go|run|re-run|rerun)",
    "<report-back> (once|when|after) you [<adv>] (try|test|retest|install|apply|update|upgrade|reinstall|restart|reboot) (it|that|this|them|the|these|those)",
    "(report|say|share|tell me|tell us) (if|whether) (it|this|that|the|these|those|your|my|our) ... ... <outcome>",
    "<report-back> [<adv>] (if|whether|that|once) you (can|could|are able to|'re able to|were able to|are now able to|'re now able to|can now|could now|now) [now] (log in|login|sign in|log on|sign on|access|get in|get into|get back in|get back into|connect|reconnect)",
    "<report-back> [<adv>] (if|whether|that|once) you (can now|could now|are now able to|'re now able to|are able to now) <action>",
    "(confirm|verify|check|test|see) [that|if|whether] (the|this|that|my|our) (fix|patch|change|changes|update|solution|workaround|steps|step|build|version|release|suggestion|setting|settings|commit|PR|hotfix) ... <outcome>",
    "confirm [that|if|whether] (the|your) (issue|problem|error|fault|bug|crash|connection|payment|order|refund|login|access) (is|has been|was|'s|have been|are|has now been|is now) [now] (resolved|fixed|solved|sorted|gone|working|restored|back|cleared|processed|through|sorted out)",
    "(check|see) (if|whether) ... (has|have|'s) [now] (gone through|come through|cleared|arrived|updated|appeared|been (fixed|resolved|updated|applied|credited|restored|processed|reflected))",
    "(if|should|when) (it|this|that|the (issue|problem|error|crash|fault|bug)) [<adv>] (happens|occurs|persists|continues|returns|comes back|recurs|reoccurs|reappears|happen|occur|persist|recur|reoccur|return|come back|reappear) [again|at all|later|in future] [,] [then] [please|just|do|kindly|simply] (reply|respond|write back|comment|post) [to|on|in|here] [this|the|here]",
    "<report-back> (if|whether) (this|that|it|my (answer|reply|response|explanation)|the (above|answer|information|info|explanation)) [<adv>] (answers|answered|clarifies|clarified|clears up|cleared up|covers|addresses|explains) (your|the|it|things|everything)",
    "any chance you (could|can|might|would be able to) [<adv>] (test|try|retest|re-test|verify|confirm|check|give)",
    "(it would|would|it'd) (help|be great|be helpful|be useful|be nice|be good|be appreciated) if you (could|can|were able to) [<adv>] (test|try|confirm|verify|retest|re-test|check|give)",
    "(I'd|I would|we'd|we would) (appreciate it|be grateful|be glad|love it) if you (could|can|were able to|would) [<adv>] (test|try|retest|re-test|(confirm|verify|check) (whether|if|that (it|this|the fix))|give (it|this|that|these|them|the (fix|patch|build|update|change|version|release)) (a|another) (try|go|shot|test|spin))",
    "(testing|test reports|test results|tested-by tags|a test|tests|retesting) ... ... (welcome|welcomed|appreciated)",
    "(feedback|confirmation|word) (on|about|of)? (whether|if) ... <outcome>",
    "(check|see|verify|confirm|test|tell me|tell us|let me know|let us know) (if|whether|that) (it|this|that|the (patch|fix|change|result|results|output|behaviour|behavior|build|version|update|format|layout|value|values)) [now|still] (is|works|looks|behaves|seems|are|look|work|behave) [now|still] [as|like] (expected|intended|correct|right|ok|okay|fine|what you (want|expect|need|wanted|expected|needed|meant))",
    "<report-back> (if|whether|when|once) (there is|there's|you see|you notice|you get|you have) (any|some) (progress|improvement|change|difference)",
    "so [that] you (can|could|may) [<adv>] (test|try|retest|re-test|verify|check) (it|this|that|them|the (fix|patch|build|change|update|version|firmware|release)) [out]",
    "try [<adv>] (downloading|installing|using|running|testing|applying|loading|booting|flashing) [and (installing|running|testing|using|trying)] (this|these|my|our|the attached|the fixed|the patched|the updated|the test) [new|updated|fixed|patched|test|custom|private] (build|builds|version|release|patch|patches|fix|firmware|kernel|driver|package|binary|installer|image)"
   ],
   "except": [
    "(<we>|let me|let us|(our|the) [support|billing|tech|technical|product|engineering|dev|sales|account] (team|engineers|developers|specialists)) [<adv>] [<fut>|can|could|'d|would|will|shall|need to|have to|want to] [<adv>] (see|check|find out|test) (if|whether) (that|this|doing so|this change|that change|the change) [now] (allows|lets|enables|permits) you",
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll be able to|will be able to|'ll try to|will try to) [<adv>] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll try to|will try to|'ll have to|will have to) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(let me|let us|let's) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] (<fut>|'m going to|am going to|'re going to|are going to|can|could|'d|would|shall|'ll have to|will have to|need to|have to|'ll try to|will try to) [<adv>] (<act:base>|<own-fix:base>|<done-change:base>|<mechanism:base>|roll back|revert) ... ... to see (if|whether)",
    "(once|when|after|until|as soon as|if) (they|he|she|the ... (team|engineers|developers|devs|folks|vendor|bank|courier|carrier|manufacturer|warehouse|staff|specialists|technician|technicians|engineer|developer|department|partner|supplier)|our ... (team|engineers|developers|devs|folks|vendor|staff|specialists|technicians|department|partner|supplier)) [<adv>] (confirm|confirms|verify|verifies|report|reports|tell|tells)",
    "(if|whether) you need (anything|any|more|further|other|additional)",
    "(if|whether) you have (anything|more|further|other|additional)",
    "(if|whether) you have any [more|further|other|additional] (questions|question|query|queries|concerns|concern|feedback|thoughts|suggestions|ideas|comments|doubts|other|more|further|additional)",
    "(let me know|let us know) (if|whether|when) (you|there's|there is) (need|want|would like|are ready)",
    "(let me know|let us know) (if|whether|when) (you|there's|there is) have [any|more|further|other|additional|anymore|any more|any further|any other|some] (questions|question|query|queries|concerns|concern|feedback|thoughts|suggestions|ideas|comments|doubts|something|anything|other|more|further|additional)",
    "(run|execute|running|executing) ... ... (and|then|,) [please|just] <report-back> (your|the) (result|results|output|numbers|findings)",
    "(confirm|check|verify|tell me|tell us|let me know|let us know) [that|if|whether] (the|your) ... (is|are|'s) [still|properly|correctly|securely|firmly|all] (connected|plugged in|switched on|turned on|powered on|enabled|installed|set up|charged|up to date|logged in|signed in|registered|configured)",
    "<we> [<adv>] (<fut>|can|could|'d|would|should|'ll have to|will have to|need to|have to|want to|plan to|'ll try to|will try to) [<adv>] [also|first] (<trial:base>|test)",
    "(let me|let us|let's) [<adv>] [also|first] (<trial:base>|try|test|check) (if|whether)",
    "(if|whether|that) (this|that|the|a|any|which|what|my|our|your) [proposed|suggested|new] (time|times|date|dates|day|days|slot|slots|hour|appointment|meeting|call|schedule) [still] (works|suits|would work|will work|is fine|is ok|is okay|is good)",
    "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|morning|afternoon|evening|noon|# (am|pm)|#:#|slot|meeting|appointment) [...] (.|?) <report-back> [if|whether] (that|this|it) (works|suits|would work|will work|is fine|is ok|is okay)",
    "(if|whether) (you're|you are|it's|it is) still (seeing|having|getting|experiencing|happening|not working|broken) ... ... ... [,] [please|pls|kindly|do|just|feel free to] (email|contact|call|reach out|visit|write to|message|dm|get in touch)",
    "(if|whether|when) you (still|ever|again|also) [<adv>] (need|want|require|would like) [any|more|further|some|other|additional] (help|assistance|support|anything|info|information|a hand)",
    "(will|'ll|should|would|'d|to|can|could|going to|gonna) (have|get) (that|this|it|the issue|your issue|the problem|everything)",
    "(only|if|unless|can't|cannot|can not|won't be able to|not able to|unable to) [you] [<adv>] (try again|retry|re-try|try it again) after"
   ],
   "unless_sentence": [
    "<we> [<adv>] (<fut>|can|could|'d|would|should|want to|plan to|need to|have to) [<adv>] [also|first|quickly] (try|test|retest|re-test|rerun|re-run|reproduce|repro|run|<trial:base>) ... [...] [...] (and|to|then) [then] (see|check|verify|find out) (if|whether)",
    "(let me|let us|let's) [<adv>] [also|first|quickly] (try|test|retest|re-test|rerun|re-run|reproduce|repro|run) ... [...] [...] (and|to|then) [then] (see|check|verify|find out) (if|whether)",
    "(let me|let us|let's) [<adv>] [also|first|quickly] (try|test|retest|re-test) (if|whether)"
   ],
   "unless_reply": [
    "(if yes|if so) [,] [then] [please|kindly|do] (contact|email|write to|reach out|reach us|call|visit|connect with|raise|message)"
   ]
  },
  {
   "id": "confirm-resolution-after",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Ask whether the fix worked.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "I've reset your line. Are you still seeing the error?"
    ],
    "pass": [
     "Sorry about that. Are you still seeing the error?"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(is|are) (it|everything|things|the issue|the problem|your connection|the connection) [all] [now] (working|fixed|resolved|back to normal|ok|okay|better|stable|sorted|gone|running)",
    "(are|is) (you|it|this|that) still (seeing|having|getting|experiencing|unable|not able|facing|affected)",
    "(has|have|did) (the|that|this|it|your) [...] (come back|came back|returned|return|reappeared|reappear|recurred|recur|happened again|happen again|shown up again|show up again) [since|again|at all|for you] ?",
    "(is|are) (the|your) ... still (crashing|failing|freezing|hanging|broken|not working|down|stuck|missing|locked|happening|showing|there)",
    "(does|do|did) (it|that|this|they|the ...|your ...) still (happen|occur|fail|crash|break|freeze|hang|error|error out|segfault|time out|lock up|reproduce|repro|persist|show up|appear) [for you] [now|then] ?",
    "(please|pls|kindly) [<adv>] (check again|check it again|recheck|re-check|check once more) (.|!)",
    "(please|pls|kindly|do|feel free to) [<adv>] give (it|this|that|the (fix|update|build|patch|release|new version)) a (spin|try|go|shot|whirl|test) (.|!)",
    "(give|giving|try|trying) (it|the game|the app|the update|the new version) (another|a second|a fresh) (chance|try|go|shot)",
    "(give|giving) (it|the game|the app) a (go|try|shot|spin) again",
    "(are you|is it|is everything) (now|all) (able|working|set|sorted|good)",
    "are you [now] able to (get|log|connect|sign|fix|print|open|access|see|find|make|use|load)",
    "(has|have) (that|this|it|the issue|your issue|the problem|everything) (been)? (solved|resolved|fixed|sorted)",
    "(has|have) (your|the) ... [<adv>] (arrived|come through|gone through|turned up|landed)",
    "(check|see|test|verify|confirm|tell me|tell us|let me know|let us know) (if|whether) (the|this|that|your|it) [...] [still] (persists|persist|continues|remains|recurs|goes away|disappears|is gone|is resolved|is fixed|has gone)",
    "(is|are) (the|your|these|those) ... now [<adv>] (working|running|loading|connecting|syncing|printing|showing|reporting|sending|pairing|charging|saving|playing|opening|responding|behaving|detected|recognised|recognized|stable|fixed|gone|correct|ok|okay|fine|visible|available|back)",
    "(is|are) (it|they) now [<adv>] (working|running|loading|connecting|syncing|printing|showing|reporting|sending|pairing|charging|saving|playing|opening|responding|behaving|detected|recognised|recognized|stable|fixed|gone|correct|ok|okay|fine|visible|available|back)",
    "(how's|how is|how are) (it|that|this|things|everything|the ...|your ...) [<adv>] (working|going|running|behaving|performing|looking) [out] [for you] (now|since|so far|after|with)",
    "(is|are) (it|that|this|things|everything) [any|much|a bit|a little|a lot] better [now] [for you] ?",
    "(if|should) (this|that|it|these|those|the (above|steps|step|fix|solution|suggestion|suggestions|workaround)) [still] (doesn't|does not|don't|do not|didn't|did not|won't) [<adv>] (help|work|fix|solve|resolve) [it|things|the (issue|problem)] [for you] [,] [then] [please|kindly|do|just|feel free to|could you|can you|would you] [please|kindly] (contact|email|e-mail|write|reach out|reach|message|share|get in touch|call|dm|send|provide|attach|<report-back>)",
    "(if|should) (it|this|that) (isn't|is not|'s not|doesn't|does not|didn't|did not|hasn't|has not|won't|will not) [,] [then] [please|pls|do|just|kindly|feel free to] (reopen|re-open|<report-back>|ping me|ping us|comment here|reply here)"
   ],
   "except": [
    "(<we>|let me|let us|(our|the) [support|billing|tech|technical|product|engineering|dev|sales|account] (team|engineers|developers|specialists)) [<adv>] [<fut>|can|could|'d|would|will|shall|need to|have to|want to] [<adv>] (see|check|find out|test) (if|whether) (that|this|doing so|this change|that change|the change) [now] (allows|lets|enables|permits) you",
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll be able to|will be able to|'ll try to|will try to) [<adv>] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll try to|will try to|'ll have to|will have to) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(let me|let us|let's) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] (<fut>|'m going to|am going to|'re going to|are going to|can|could|'d|would|shall|'ll have to|will have to|need to|have to|'ll try to|will try to) [<adv>] (<act:base>|<own-fix:base>|<done-change:base>|<mechanism:base>|roll back|revert) ... ... to see (if|whether)",
    "(once|when|after|until|as soon as|if) (they|he|she|the ... (team|engineers|developers|devs|folks|vendor|bank|courier|carrier|manufacturer|warehouse|staff|specialists|technician|technicians|engineer|developer|department|partner|supplier)|our ... (team|engineers|developers|devs|folks|vendor|staff|specialists|technicians|department|partner|supplier)) [<adv>] (confirm|confirms|verify|verifies|report|reports|tell|tells)",
    "(if|whether) you need (anything|any|more|further|other|additional)",
    "(if|whether) you have (anything|more|further|other|additional)",
    "(if|whether) you have any [more|further|other|additional] (questions|question|query|queries|concerns|concern|feedback|thoughts|suggestions|ideas|comments|doubts|other|more|further|additional)",
    "(let me know|let us know) (if|whether|when) (you|there's|there is) (need|want|would like|are ready)",
    "(let me know|let us know) (if|whether|when) (you|there's|there is) have [any|more|further|other|additional|anymore|any more|any further|any other|some] (questions|question|query|queries|concerns|concern|feedback|thoughts|suggestions|ideas|comments|doubts|something|anything|other|more|further|additional)",
    "(run|execute|running|executing) ... ... (and|then|,) [please|just] <report-back> (your|the) (result|results|output|numbers|findings)",
    "(confirm|check|verify|tell me|tell us|let me know|let us know) [that|if|whether] (the|your) ... (is|are|'s) [still|properly|correctly|securely|firmly|all] (connected|plugged in|switched on|turned on|powered on|enabled|installed|set up|charged|up to date|logged in|signed in|registered|configured)",
    "<we> [<adv>] (<fut>|can|could|'d|would|should|'ll have to|will have to|need to|have to|want to|plan to|'ll try to|will try to) [<adv>] [also|first] (<trial:base>|test)",
    "(let me|let us|let's) [<adv>] [also|first] (<trial:base>|try|test|check) (if|whether)",
    "(if|whether|that) (this|that|the|a|any|which|what|my|our|your) [proposed|suggested|new] (time|times|date|dates|day|days|slot|slots|hour|appointment|meeting|call|schedule) [still] (works|suits|would work|will work|is fine|is ok|is okay|is good)",
    "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|morning|afternoon|evening|noon|# (am|pm)|#:#|slot|meeting|appointment) [...] (.|?) <report-back> [if|whether] (that|this|it) (works|suits|would work|will work|is fine|is ok|is okay)",
    "(if|whether) (you're|you are|it's|it is) still (seeing|having|getting|experiencing|happening|not working|broken) ... ... ... [,] [please|pls|kindly|do|just|feel free to] (email|contact|call|reach out|visit|write to|message|dm|get in touch)",
    "(if|whether|when) you (still|ever|again|also) [<adv>] (need|want|require|would like) [any|more|further|some|other|additional] (help|assistance|support|anything|info|information|a hand)",
    "(will|'ll|should|would|'d|to|can|could|going to|gonna) (have|get) (that|this|it|the issue|your issue|the problem|everything)",
    "(only|if|unless|can't|cannot|can not|won't be able to|not able to|unable to) [you] [<adv>] (try again|retry|re-try|try it again) after"
   ],
   "after": [
    "<trial> (the|your|it|this|that|them|again|a|an|my|our|out|with|<trial>)",
    "(I|we) ['ve|have|'d|had] [just|now] [<adv>] (<mechanism:past>|<act:past>|fixed|resolved|released|deployed|pushed|changed)",
    "(has|have|'s|was|were) [now] been (<mechanism:past>|fixed|resolved|restored|released|deployed)",
    "(is|are|'s|should be|should now be) [now] (back|restored|fixed|resolved|working)",
    "(the|this|a|an|our|that) [new|latest|recent] (fix|patch|workaround|hotfix)",
    "(the|this|a|an|our|that) (new|latest|recent) (release|build|version|update)",
    "(the|this|that|our|your) (outage|maintenance|delay|delays|wait|disruption|release|update) (is|are|has|have|'s|was) [now|finally] [been] (over|done|cleared|resolved|fixed|lifted|out|live|ended|passed|gone)",
    "(please|kindly|you can|you could|you may|you might|you should|you need to|you'll need to|make sure) [<adv>] (<trial>|<howto>)"
   ],
   "unless_sentence": [
    "<we> [<adv>] (<fut>|can|could|'d|would|should|want to|plan to|need to|have to) [<adv>] [also|first|quickly] (try|test|retest|re-test|rerun|re-run|reproduce|repro|run|<trial:base>) ... [...] [...] (and|to|then) [then] (see|check|verify|find out) (if|whether)",
    "(let me|let us|let's) [<adv>] [also|first|quickly] (try|test|retest|re-test|rerun|re-run|reproduce|repro|run) ... [...] [...] (and|to|then) [then] (see|check|verify|find out) (if|whether)",
    "(let me|let us|let's) [<adv>] [also|first|quickly] (try|test|retest|re-test) (if|whether)"
   ],
   "unless_reply": [
    "(if yes|if so) [,] [then] [please|kindly|do] (contact|email|write to|reach out|reach us|call|visit|connect with|raise|message)"
   ]
  },
  {
   "id": "confirm-resolution-bare",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Ask whether the fix worked (\"let me know if you can log in now\").",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "I've re-enabled your account, you should be able to log in now. Let me know.",
     "The sync bug was fixed in 2.3. Keep us posted!"
    ],
    "pass": [
     "Could you send the log file? Let me know.",
     "Let us know!"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "[please|do|just|and|so] (let me know|let us know|keep me posted|keep us posted|keep me updated|keep us updated|report back|give me a shout|give us a shout) [please|thanks] (.|!)",
    "(please|pls|kindly) confirm (.|!)"
   ],
   "after": [
    "(I|we) ['ve|have] [just|now|since|already|recently] [<adv>] (fixed|resolved|patched|corrected|released|deployed|pushed|uploaded|restored|implemented|improved|reworked|rebalanced|tweaked|<done-change:past>)",
    "(it|this|that|the ... (issue|problem|bug|crash|error|glitch|fault)) (was|were|got|has been|have been|'s been|is|'s) [now|since|already|just|finally] (fixed|patched|corrected|resolved)",
    "(should|ought to) [now] (be able to|work|be working|be fixed|be resolved|be back|be sorted)",
    "(should|ought to) now go through",
    "(is|'s|are|was|were|has been|have been|got) [now|since|already|finally|just] (fixed|patched|resolved|corrected)",
    "(was|were|has been|have been|is now|are now) [since|already|just|finally|recently] (added|implemented|improved|reworked|rebalanced|tweaked|addressed)",
    "(the|this|a|an|our|that) [new|latest|recent|last|big|next] (update|patch|release|version|build|hotfix) [#|v*] [just] (adds|added|fixes|fixed|includes|included|brings|brought|addresses|addressed|improves|improved|changes|changed|is out|is live|is available|went live|came out|has landed)",
    "(update|patch|release|version|build|hotfix) (#|v*|# . #|# . # . #) [just] (adds|added|fixes|fixed|includes|included|brings|brought|addresses|addressed|improves|improved|changes|changed|is out|is live|is available|went live|came out|has landed)"
   ]
  },
  {
   "id": "confirm-resolution-retry",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Invite the customer to try it again and tell you whether the fix works for them.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "We just added controller support, so maybe give it another look.",
     "The crash is fixed now, in case you'd like to revisit the game.",
     "We've updated the game since then, if you want to try it again."
    ],
    "pass": [
     "We hope you'll give us another chance!",
     "Maybe give it another look.",
     "We fixed the crash. I'll have another look at the menu too."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(give|giving|take|taking|have|having) (it|(the|this|our) [new|latest|updated|fixed|patched] (<retry-object>|<fix-carrier>)) [<adv>] (another|a second|a fresh|a new) (look|try|go|shot|chance|spin|whirl)",
    "(please|pls|kindly|do|feel free to|maybe|perhaps|why not|you (could|might|may|can) [want to]) [<adv>] (have|take) (another|a second|a fresh) look",
    "(you'd|you would|you might|you may|you|you'll) [<adv>] (like|want|wish|care|fancy|feel like) to (revisit|replay|<own-retest:base>|(try|play|use|check) (it|the <retry-object>) [out] again|give (it|the <retry-object>) (another|a second) (try|go|shot|chance|look))",
    "if you (want|wish|'d like|would like|feel like|care) to (try|play|use|check) [it|the <retry-object>] [out] again",
    "(feel free to|please|do) (revisit|replay|retry|re-try|retest|re-test) (it|the <retry-object>)"
   ],
   "except": [
    "(I|we|I'll|we'll|I will|we will|let me|let us|let's|I'd|we'd|I'm going to|we're going to) [<adv>] (have|take) (another|a second|a fresh) look"
   ],
   "after": [
    "(I|we) ['ve|have] [just|now|since|already|recently] [<adv>] (fixed|resolved|patched|corrected|released|deployed|pushed|uploaded|restored|implemented|improved|reworked|rebalanced|tweaked|<done-change:past>)",
    "(it|this|that|the ... (issue|problem|bug|crash|error|glitch|fault)) (was|were|got|has been|have been|'s been|is|'s) [now|since|already|just|finally] (fixed|patched|corrected|resolved)",
    "(should|ought to) [now] (be able to|work|be working|be fixed|be resolved|be back|be sorted)",
    "(should|ought to) now go through",
    "(is|'s|are|was|were|has been|have been|got) [now|since|already|finally|just] (fixed|patched|resolved|corrected)",
    "(was|were|has been|have been|is now|are now) [since|already|just|finally|recently] (added|implemented|improved|reworked|rebalanced|tweaked|addressed)",
    "(the|this|a|an|our|that) [new|latest|recent|last|big|next] (update|patch|release|version|build|hotfix) [#|v*] [just] (adds|added|fixes|fixed|includes|included|brings|brought|addresses|addressed|improves|improved|changes|changed|is out|is live|is available|went live|came out|has landed)",
    "(update|patch|release|version|build|hotfix) (#|v*|# . #|# . # . #) [just] (adds|added|fixes|fixed|includes|included|brings|brought|addresses|addressed|improves|improved|changes|changed|is out|is live|is available|went live|came out|has landed)"
   ]
  },
  {
   "id": "confirm-resolution-persists-change",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Ask whether the change fixed it, and to come back here if not.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "If you continue to have problems after updating to 2.1, feel free to re-open this ticket.",
     "If it still fails after installing the new driver, let us know."
    ],
    "pass": [
     "If you have problems after 6 pm, feel free to re-open this ticket.",
     "If it still fails after updating, contact support@example.com."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(if|should|in case) ... (still|continue|continues|keep|keeps|persist|persists|remain|remains|recur|recurs|reappear|reappears|return|returns) ... after [<adv>] (<change-step:ing>|<done-change:ing>)",
    "(if|should|in case) ... (come back|comes back|happen again|happens again|occur again|occurs again) after [<adv>] (<change-step:ing>|<done-change:ing>)",
    "(if|should|in case) after [<adv>] (<change-step:ing>|<done-change:ing>) ... ... ... (still|continue|continues|keep|keeps|persist|persists|persisting|remain|remains|recur|recurs)"
   ],
   "except": [
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll be able to|will be able to|'ll try to|will try to) [<adv>] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll try to|will try to|'ll have to|will have to) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(let me|let us|let's) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(once|when|after|until|as soon as|if) (they|he|she|the ... (team|engineers|developers|devs|folks|vendor|bank|courier|carrier|manufacturer|warehouse|staff|specialists|technician|technicians|engineer|developer|department|partner|supplier)|our ... (team|engineers|developers|devs|folks|vendor|staff|specialists|technicians|department|partner|supplier)) [<adv>] (confirm|confirms|verify|verifies|report|reports|tell|tells)"
   ],
   "with": [
    "<report-back>",
    "(reopen|re-open) [this|the|your] [ticket|issue|bug|report|thread]",
    "(comment|reply|respond|post|write) (here|back|on this|to this|in this|in the same)"
   ]
  },
  {
   "id": "confirm-resolution-terse",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Ask whether the change did it (\"Is it working for you now?\").",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "I pushed a fix to master. works now?",
     "Try it with the --force flag. Still broken?"
    ],
    "pass": [
     "Works now?",
     "I pushed a fix to master. It works now for me."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "[so|and|ok|okay] [,] (works|working|fixed|solved|resolved|sorted|better|any better|all good|good now) (now|again|then) [for you] ?",
    "[so|and|ok|okay] [,] still (broken|failing|crashing|freezing|hanging|happening|down|stuck) [now|then|for you] ?"
   ],
   "after": [
    "<trial> (the|your|it|this|that|them|again|a|an|my|our|out|with|<trial>)",
    "(I|we) ['ve|have|'d|had] [just|now] [<adv>] (<mechanism:past>|<act:past>|fixed|resolved|released|deployed|pushed|changed|committed|merged|landed|uploaded)",
    "(has|have|'s|was|were) [now] been (<mechanism:past>|fixed|resolved|restored|released|deployed|merged|committed)",
    "(please|kindly|you can|you could|you may|you might|you should|you need to|you'll need to|make sure) [<adv>] (<trial>|<howto>)"
   ]
  },
  {
   "id": "confirm-resolution-persists",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "You report a fix as made; ask whether the problem is gone.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "We've fixed the sync bug in 2.3. If the issue persists, post it here."
    ],
    "pass": [
     "Thanks for the report. If the issue persists, contact us via the form.",
     "We hope this is sorted. If the issue persists, contact us via the form."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(if|should|in case) (the|this|that|your|these|those) [same] (issue|issues|problem|problems|situation|error|errors|crash|crashes|fault|bug|behaviour|behavior|trouble|glitch) [still] (persists|persist|continues|continue|remains|remain|recurs|recur|returns|return|comes back|come back|reappears|reappear|reoccurs|happens again|occurs again|still occurs|still happens|is still there|are still there|doesn't go away|does not go away)",
    "(if|should|in case) you (still|continue to|keep) [<adv>] (have|having|experience|experiencing|face|facing|see|seeing|get|getting|encounter|encountering|run into|running into|notice|hit) [any|the|this|that|these|those|more|further|similar] [same] (issue|issues|problem|problems|trouble|troubles|difficulty|difficulties|error|errors|crash|crashes|bug|bugs|glitch|glitches)",
    "(if|should|in case) you (are|'re) still (having|experiencing|facing|seeing|getting|encountering|running into|noticing|hitting) [any|the|this|that|these|those|more|further|similar] [same] (issue|issues|problem|problems|trouble|difficulty|difficulties|error|errors|crash|crashes|bug|bugs|glitch|glitches)",
    "(if|should|in case) you [<adv>] (have|experience|run into|encounter|face|see|hit|get|notice) any [further|more] (issues|problems|trouble|difficulties|crashes|errors|bugs) [with (it|this|that)] [,] [then] [please|kindly|do|just|feel free to] (let|tell|drop|post|write|reply|comment|contact|email|reach|message|get in touch|come back|ping|report|reopen)"
   ],
   "except": [
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll be able to|will be able to|'ll try to|will try to) [<adv>] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll try to|will try to|'ll have to|will have to) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(let me|let us|let's) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(once|when|after|until|as soon as|if) (they|he|she|the ... (team|engineers|developers|devs|folks|vendor|bank|courier|carrier|manufacturer|warehouse|staff|specialists|technician|technicians|engineer|developer|department|partner|supplier)|our ... (team|engineers|developers|devs|folks|vendor|staff|specialists|technicians|department|partner|supplier)) [<adv>] (confirm|confirms|verify|verifies|report|reports|tell|tells)"
   ],
   "after": [
    "(I|we) ['ve|have|'d|had] [just|now|since|already] [<adv>] (fixed|resolved|patched|corrected|released|deployed|pushed|uploaded|restored|<done-change:past>)",
    "(it|this|that|the ... (issue|problem|bug|crash|error|glitch|fault)) (was|were|got|has been|have been|'s been|is|'s) [now|since|already|just|finally] (fixed|patched|corrected)",
    "no longer (the case|an issue|a problem|happening|occurring|happens|occurs)"
   ]
  },
  {
   "id": "confirm-resolution-carrier",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Ask whether the fix you handed over worked.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Does the new firmware fix the dropouts for you?",
     "Is the freeze gone with the new build?",
     "Can you try with this change.",
     "Would you be willing to test a patch?",
     "Please verify the fix.",
     "If it works for you, a Tested-by tag would be great."
    ],
    "pass": [
     "Does the new firmware need a reboot?",
     "Do you still see the error?",
     "Could you try with debug logging on and send the dmesg?",
     "I will test the patch and report back.",
     "Please verify your email address."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(does|did|do|has|have|will|would) [the|this|that|these|those|my|our|your] [...] <fix-carrier> [...] [<adv>] (fix|fixes|fixed|solve|solves|solved|resolve|resolves|resolved|cure|cures|cured|help|helps|helped|sort|sorted|get rid of|got rid of|take care of|took care of) (it|this|that|things|them|anything|(the|your|this|that|these|those) [...] <fix-fault>) ... ?",
    "(do|does|did|are|is) (you|it|this|that|the <fix-fault>) still (see|seeing|get|getting|hit|hitting|notice|noticing|experience|experiencing|happen|happening|occur|occurring|reproduce|fail|failing|crash|crashing) ... (after|with|once|since|on) (updating|upgrading|applying|installing|patching|rebooting|flashing|the <fix-carrier>|the (new|latest|updated|fixed|patched|attached) ... <fix-carrier>|this <fix-carrier>|that <fix-carrier>|v*|#) ... ?",
    "(is|are) (the|your|it|that|this) ... [now] (gone|fixed|resolved|solved|cured|sorted|better) (with|after|on|in|since|once) (the|this|that|v*|#|version|release|updating|upgrading|applying|installing) ... ?",
    "(could|can|would|will) you [please|kindly] [<adv>] (try|test|retest|re-test|retry|verify|apply|boot) [it|this|that|again|it again] [out] [with|using|against|on] (this|the|my|our|that|these|those) [attached|following|proposed|updated|new|fixed|patched|test|candidate|linked|above|below|revised|latest|small|quick|one-line] <fix-carrier>",
    "(please|pls|kindly) [help|help to|help us|help me] [<adv>] (try|test|retest|re-test|verify) [out] [with|using|on] (the|this|that|my|our|these|those|below|above|attached|following) [...] [...] <fix-carrier> (.|!|;|,|and|which|that|to|on|in|from|below|above|here)",
    "(could|can|would|will) you [please|kindly] [<adv>] (try|test|retest|re-test|retry) [it|this|that|again] [out] (with|using|on) (this|the|my|our|that|these|those) [...] [...] <fix-carrier> ?",
    "(with|after|since|on) (this|that|the|these|those) [new|latest|updated|fixed|patched|attached|above|below|proposed] <fix-carrier> [applied|installed|in place|loaded] [,] (do|does|did|is|are) (you|it|they|the ...) still",
    "(could|can|would|will) you [please|kindly] [<adv>] (try|test|retest|re-test|retry|boot|use|install|run) [with|on] (a|an|any|some) [newer|more recent|later|recent|current|fixed|patched|updated|new|up-to-date] <fix-carrier>",
    "(could|can|would|will) you [please|kindly] [<adv>] give (it|this|that|them|the|my|our|these|those) ... (one last|one more|a last|a final|another|a second|a fresh) (try|go|shot|spin|test)",
    "(would|could|will) you (be able to|be willing to|have time to|have a chance to|mind) [<adv>] (test|try|retest|testing|trying|retesting|verify|verifying) (it|this|that|them|these|the (fix|patch|patches|change|changes|build|update|version|release|attached|following|above|below)|a [quick|small|test|new|possible|candidate|proposed|fixed|patched] <fix-carrier>)",
    "(mind|care to) (test|testing|try|trying|give|giving) (it|this|that|them|the (attached|above|below|following|fix|patch|build|update|change)) ... ?",
    "(please|pls|kindly|can you|could you|would you) [<adv>] (verify|validate|confirm) (the|this|that|my|our) [attached|proposed|new|updated] (fix|fixes|patch|patches|hotfix|change|changes)",
    "((verify|confirm|check|test) (that|if|whether)|see (if|whether)) (this|that|it|the (fix|patch|change|update|build|version|release)) [really|actually|also] (fixes|solves|resolves|cures|helps|helped|fixed|solved|resolved|cured|works|worked)",
    "(nice|good|great|helpful|useful|interesting|important) to (know|hear|learn) (if|whether) ... ... (<outcome>|helps|fixes|solves|resolves)",
    "(see|check) how (it|that|this|things|the <fix-carrier>) (feels|feel|looks|look|runs|run|behaves|behave|performs|perform|plays|play) [now|for you|on your (side|end|setup|system|machine)]",
    "(please|pls|kindly|you can|you may|feel free to|go ahead and|do) [<adv>] (check|try|test) (again|it again|once more) (after|with|using|once|on) (the|this|that|updating|upgrading|installing|applying|version|v*|#)",
    "(feel free to|go ahead and|do) (try again|retry|re-try|try it again|give it another (try|go|shot)) now",
    "[a|your|any] tested-by [tag|tags|line] [<adv>] (would|will|is|are|'d) [be] [<adv>|very|much|most|really] (welcome|welcomed|appreciated|great|nice|helpful)",
    "(if|once|when) (it|this|that|the <fix-carrier>) (works|helps|fixes|solves) ... (tested-by)"
   ],
   "except": [
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll be able to|will be able to|'ll try to|will try to) [<adv>] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll try to|will try to|'ll have to|will have to) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(let me|let us|let's) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] (<fut>|'m going to|am going to|'re going to|are going to|can|could|'d|would|shall|'ll have to|will have to|need to|have to|'ll try to|will try to) [<adv>] (<act:base>|<own-fix:base>|<done-change:base>|<mechanism:base>|roll back|revert) ... ... to see (if|whether)",
    "(once|when|after|until|as soon as|if) (they|he|she|the ... (team|engineers|developers|devs|folks|vendor|bank|courier|carrier|manufacturer|warehouse|staff|specialists|technician|technicians|engineer|developer|department|partner|supplier)|our ... (team|engineers|developers|devs|folks|vendor|staff|specialists|technicians|department|partner|supplier)) [<adv>] (confirm|confirms|verify|verifies|report|reports|tell|tells)"
   ],
   "unless_sentence": [
    "<we> [<adv>] (<fut>|can|could|'d|would|should|want to|plan to|need to|have to) [<adv>] [also|first|quickly] (try|test|retest|re-test|rerun|re-run|reproduce|repro|run|<trial:base>) ... [...] [...] (and|to|then) [then] (see|check|verify|find out) (if|whether)",
    "(let me|let us|let's) [<adv>] [also|first|quickly] (try|test|retest|re-test|rerun|re-run|reproduce|repro|run) ... [...] [...] (and|to|then) [then] (see|check|verify|find out) (if|whether)",
    "(let me|let us|let's) [<adv>] [also|first|quickly] (try|test|retest|re-test) (if|whether)",
    "(log|logs|logfile|trace|traces|backtrace|dmesg|debug|debugging|verbose|tracing)",
    "(narrow down|narrow it down|narrow this down|see where|find out|figure out|diagnose|diagnosis|diagnostic|diagnostics|diagnosing)",
    "without (the|that|this|these|those|your|my|our) ... (commit|commits|patch|patches|change|changes|update|updates|series)"
   ]
  },
  {
   "id": "confirm-resolution-carrier-after",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "You handed over a fix earlier in the reply; ask whether it worked once they have tried it.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Patch below. Please test.",
     "I've pushed a fix to master. Can you give it a go?",
     "I've attached an updated patch; results welcome.",
     "The fix is in linux-next, could you try that?",
     "I've attached a patch. Please try it and reply here with the result."
    ],
    "pass": [
     "Please test.",
     "Could you try that?",
     "Please try the latest version."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(please|pls|kindly) [<adv>] (test|retest|re-test|try) [it|this|that|them|the (above|below|following|attached)] [out] [again] (.|!|;)",
    "(please|pls|kindly) (help|help to|help us|help me|help us to|help me to) [<adv>] (test|retest|re-test|try|verify) [it|this|that|them|the (above|below|following|attached|fix|patch|change)] [out] [again]",
    "you (can|may|could|might want to) [<adv>] (try|test) (it|this|that|them) [out] [now|again] (.|!|;)",
    "(would|will|is|was) it (be)? possible (for you)? to [<adv>] (test|try|retest|re-test|verify) (it|this|that|them|the (above|below|following|attached|fix|patch|change|changes|patches))",
    "(please|pls|kindly|could you|can you|would you) [<adv>] (share|post|send|report|provide) (the|your) [test|testing] (result|results|outcome|feedback) [with (us|me)] (.|!|;|?)",
    "(please|pls|kindly|do) [<adv>] give (it|this|that|them|the (above|below|following|attached)) a (try|go|spin|shot|test|whirl) (.|!|;)",
    "(could|can|would|will) you [please|kindly] [<adv>] (test|try|retest|re-test) (it|this|that|them|the (above|below|following|attached)) [out] (.|!|?)",
    "(could|can|would|will) you [please|kindly] [<adv>] give (it|this|that|them|the (above|below|following|attached)) a (try|go|spin|shot|test|whirl) [please] (.|!|?)",
    "(could|can|would|will) (someone|somebody|anyone|anybody|people) [please|kindly] [<adv>] (test|try|retest|re-test|verify|give it a (try|go|spin|shot)) [it|this|that|them|the (above|below|following|attached|fix|patch)] [out] [please] [on|with] [real|actual|the|their|your|a|an] [hardware|board|boards|device|devices|setup|machine|system] (.|!|?)",
    "(please|pls|kindly|do) [<adv>] (test|retest|re-test|try|give it a (try|go|spin|shot|test|whirl)) [it|this|that|them] [out] [again] (when|once|whenever) you (get|have|find|can)",
    "(does|did|do) (the|this|that) (above|below|following|attached) [<adv>] (help|work|fix|solve|resolve)",
    "(results|test results|testing|feedback|test reports) [are|is] [<adv>] (welcome|welcomed|appreciated)",
    "(reply|respond|post|write|comment) [here|back] with (the|your) (result|results|outcome|findings)"
   ],
   "except": [
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll be able to|will be able to|'ll try to|will try to) [<adv>] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll try to|will try to|'ll have to|will have to) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(let me|let us|let's) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]"
   ],
   "after": [
    "<fix-carrier> (below|attached|above|here|follows|inline)",
    "(the|this|a|an|my|our) [attached|following|below|above|updated|new|quick|small|test|proposed|candidate|revised|fixed|patched|one-line] <fix-carrier>",
    "(I|we) ['ve|have] [just|now] [<adv>] (attached|posted|sent|pushed|uploaded|written|prepared|cooked up|put together|queued|merged|fixed|released)",
    "(fixed|resolved|addressed) (in|by|with) (the|this|that|v*|#|version|release|build|commit|linux-next|master|main|mainline)",
    "(is|are|has been|have been|was|were) (fixed|merged|applied|queued|released|in) [in] (the|this|v*|#|version|release|build|linux-next|master|main|mainline|-next)"
   ],
   "unless_sentence": [
    "(log|logs|logfile|trace|traces|backtrace|dmesg|debug|debugging|verbose|tracing)",
    "(narrow down|narrow it down|narrow this down|see where|find out|figure out|diagnose|diagnosis|diagnostic|diagnostics|diagnosing)",
    "without (the|that|this|these|those|your|my|our) ... (commit|commits|patch|patches|change|changes|update|updates|series)"
   ]
  },
  {
   "id": "confirm-resolution-report",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Ask the customer to try it and report back (\"please retry and let me know if it still fails\").",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Please report back.",
     "Try the new image and post back with the results.",
     "Could you retry with the latest master?",
     "Please test the next build and let me know if you still notice problems.",
     "Reinstall the app and let us know if issues are persistent.",
     "Download the update and see how it works for you.",
     "I'd love to hear if this would work.",
     "Please confirm the fix on your side.",
     "Please try with v1.4 and reopen if it persists.",
     "Please pull the latest master and try again.",
     "Could you test the PR branch and confirm it fixes your case?",
     "Still seeing this on 2.0?",
     "Can you give the beta a spin and let us know?",
     "Is this still an issue with the 4.1 release?"
    ],
    "pass": [
     "Let us know if you still need help.",
     "Is this still a problem for you?",
     "Please report back with your logs.",
     "The client will retry on its own.",
     "We retried the payment twice.",
     "I'd love to hear more about your setup.",
     "Please try again later.",
     "Wait an hour and retry."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(please|pls|kindly|do|and|then|,|could you|can you|would you|if you|you could) [<adv>] (report|post|write|check|come) back (.|!|;|,|here|if|whether|how|once|when|after)",
    "(report|post|write|check|come) back (on|with) (the|your|how|any|whether) [test] (result|results|findings|outcome|progress|testing|it goes|things go|it went)",
    "(please|pls|kindly|could you|can you|would you|can you please|could you please|would you please) [also] [<adv>] <own-retest:base>",
    "<report-back> [on] (if|whether) (you|it|this|that|the|any|issues|problems|errors|things) ... ... (still|again|persistent|persist|persists|continue|continues|remain|remains|recur|recurs|reappear|reappears)",
    "(see|find out|check|tell me|tell us|let me know|let us know) how (it|that|this|things|the (fix|update|patch|change|build|new version)) (works|goes|went|go|work|turns out|turned out) [for you|out|on your side|on your end]",
    "<own-wish-hear> [if|whether|how] ... ... <outcome>",
    "(confirm|verify|test|check) [it|this|that|the|my|our] [fix|patch|change|build|update|new version] (on|at|in|from) (your|their) (side|end|setup|machine|system|board|device)",
    "(and|then|,|but) (reopen|re-open|comment|reply|ping me|ping us|post|write|hit us back|hit me back|reach back out|reach out again|come back to us|come back to me|get back to us|get back to me) [here|this|it|the issue|back] (if|when|should|in case) ... ... (<outcome>|still|not|persists|persist|continues|returns|comes back|recurs|doesn't|does not|do the trick)",
    "still (an issue|a problem|a thing|reproducible|repro|happening|occurring|broken|failing|crashing|the case|present|there|valid|relevant|seen|observed) (with|on|in|after|using|since|under) (the|this|that|v*|#|version|release|latest|new|newest|current|recent|update|upgrade|nightly|master|beta|git|main|trunk|head|rc*)",
    "still (reproduce|repro|see|get|hit|have|experience|notice|run into|observe|trigger) (this|it|that|the (issue|problem|error|crash|bug|warning|failure|hang|freeze)) (with|on|in|after|using|since|under) (the|this|that|v*|#|version|release|latest|new|newest|current|recent|update|upgrade|nightly|master|beta|git|main|trunk|head|rc*)",
    "still (happen|happens|occur|occurs|crash|crashes|fail|fails|hang|hangs|freeze|freezes|show up|shows up|appear|appears) (with|on|in|after|using|since|under) (the|this|that|v*|#|version|release|latest|new|newest|current|recent|update|upgrade|nightly|master|beta|git|main|trunk|head|rc*)",
    "(pull|update to|upgrade to|install|download|grab|fetch|rebuild|build|apply|switch to|check out) (the|this|that|my|our|version|v*|#) [latest|new|newest|current|fixed|patched|updated|attached|linked] ... ... (and|then|,) [then] <own-retest:base> (.|!|with|on|and|using)",
    "(and|to|then|please|,) confirm [that|if|whether] (it|this|that|the (fix|patch|change|pr|update|build|branch|workaround)) ... <outcome>",
    "still (seeing|having|getting|hitting|experiencing|facing) (this|it|that|the (issue|problem|error|crash|bug)) (on|with|in|after|using|since) (the|this|v*|#|version|release|latest|new|newest|current|update|upgrade|nightly|master|beta)",
    "(update|upgrade|switch) [to] (the next|the upcoming|the coming) [app] (version|release|update|build) (and|then|,) [then] [please] (try|test|check) [it|again|it again|it out] (.|!|,|and)",
    "give (it|this|that|the|these|those|my|our) ... a (spin|try|go|shot|whirl|test) (and|then|,) [please|do|just] <report-back>",
    "(try|test|boot|give|trying|testing|booting|giving) [out] [with] (the|this|my|our|these|that) [attached|following|proposed|updated|new|fixed|patched|test|candidate|linked|above|below|revised|latest|next|upcoming|nightly] (patch|patches|patchset|patch set|fix|fixes|build|test build|kernel|firmware|branch|commit|pr|pull request|binary|image|package|series)",
    "(and|then|,) [then] [please|just|kindly] <own-retest:base> (your|the|my|our|it|this|that|them|to see|and|with|on|using|now|once more|afterwards|.|!|?)",
    "<report-back> how (the|this|that|these|those|your|our|my) ... ... (update|fix|patch|change|changes|build|version|release|steps|step|workaround|solution|suggestion|suggestions|setting|settings|driver|firmware|option) (works|work|goes|go|went|worked|turns out|turned out|does)",
    "<report-back> (if|whether) you (can|could|were able to|are able to|manage to|managed to) (fix|solve|resolve|sort out|get it working|find the (source|cause|root cause|culprit|fix|solution))",
    "<report-back> (if|whether|should) you (have|run into|hit|see|get|face|experience|encounter) [any|more|further|future|other] [further|more|other] (problem|problems|issue|issues|trouble|difficulty|difficulties) (with|after|using) (it|this|that|them|these|those)",
    "still (an issue|a problem|reproducible|repro|happening|occurring|there|present|broken|failing|crashing) after (<action:ing>|updating|upgrading|rebooting|restarting|reinstalling|applying|installing|the (update|upgrade|fix|patch|change|reboot|restart|reinstall|reset))",
    "(reproduce|repro|trigger|hit|see|get) (it|this|that|the (issue|problem|bug|crash|error|hang|failure)) (with|after|using|on) (the|this|that|my|our) (fix|patch|change|update|commit|build|branch|kernel|firmware|release|version) [applied|in place|installed|merged|included]",
    "(does|did|do|would|will|can|could) ... ... (make|makes) (a|any|much of a) difference ?",
    "(is it|would it be|will it be) possible [for you] to (try|test|retest|re-test|use|run|boot|apply|install|build|update to|upgrade to|switch to) (the|this|that|our|my|a) (latest|newest|new|fixed|patched|updated|attached|upstream|current|next|proposed)",
    "<report-back> (if|whether|should) you (have|run into|hit|see|get|face|experience|encounter) [any|more|further|other] (problem|problems|issue|issues|trouble|difficulty|difficulties|error|errors) (after|once|when) (that|this|<action:ing>|the (update|upgrade|change|fix|patch|reset|restart|reinstall|new version))",
    "<report-back> (if|whether) you [still] (see|get|hit|have|run into|experience|face|notice) the same (error|errors|issue|problem|behaviour|behavior|crash|message|warning|failure|result)",
    "(please|pls|kindly|could you|can you|would you|can you please|could you please) [<adv>] try [<adv>] <action:ing> ... ... again",
    "(please|pls|kindly|could you|can you|would you|you can|you may|do) [<adv>] (try|check|test|retry|recheck|re-check|retest) [it|this|that|again|once more] now",
    "(did|have) you (get|got|had|have) (a chance|time|the chance) to (try|test|check|apply|install|update|upgrade|run|retry|retest) (it|this|that|the|them|these|those|my|our)",
    "(test|try) (it|that|this|them) [out] (and|then|,) [please|do|just] (tell|let) (me|us) [know] (.|!|if|whether|how)",
    "<ask-you> [<adv>] (try|test|retest|re-test|retry|re-try|recheck|re-check|check again|check it again|check once more|give it a (try|go|shot)) ... ... (and|then|,) [then] [please|just|kindly] <report-ask> (.|!|?|,|if|whether|how|once|when)",
    "<ask-you> [<adv>] (trying|testing|retesting|re-testing|retrying|re-trying|rechecking|re-checking|checking again|checking it again|checking once more|giving it a (try|go|shot)) ... ... (and|then|,) [then] [please|just|kindly] <report-ask> (.|!|?|,|if|whether|how|once|when)"
   ],
   "except": [
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll be able to|will be able to|'ll try to|will try to) [<adv>] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll try to|will try to|'ll have to|will have to) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(let me|let us|let's) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(once|when|after|until|as soon as|if) (they|he|she|the ... (team|engineers|developers|devs|folks|vendor|bank|courier|carrier|manufacturer|warehouse|staff|specialists|technician|technicians|engineer|developer|department|partner|supplier)|our ... (team|engineers|developers|devs|folks|vendor|staff|specialists|technicians|department|partner|supplier)) [<adv>] (confirm|confirms|verify|verifies|report|reports|tell|tells)",
    "(if|whether) you [still|ever|again] [<adv>] (need|want|require|would like)",
    "(please|pls|kindly) [<adv>] (check again|check it again|recheck|re-check|check once more) (.|!)",
    "<own-retest:base> [it|this|that] (later|tomorrow|after|in (a|an|#|some|a few|a couple of))",
    "(wait|waiting|leave it|give it) ... ... (and|then|,) [then] [please|just|kindly] <own-retest:base>",
    "(if|in case) you ... ... [,] ... ... (and|then|,) [then] [please|just|kindly] <own-retest:base>",
    "(if|whether) you [still] (have|had|get|got) (any|more|further|other) (question|questions|query|queries)",
    "(report|post|write|come) back (with|on) (your|the|a|some|more) (log|logs|version|details|output|config|configuration|information|info|screenshot|screenshots|trace|backtrace|dmesg|error message)",
    "<own-retest:base> ... ... ... [,] so [that] (I|we) (can|could|may) [<adv>] (see|check|look|find|understand|debug|compare)",
    "(try|trying) to (find|locate|look up|dig out|dig up|get hold of|remember|recall|grab|collect|gather|capture|record|send|provide|take|note|copy|pull)",
    "try (calling|contacting|asking|emailing|messaging|phoning|ringing|reaching|writing|speaking|talking|chatting|visiting)"
   ],
   "skip_negated": true,
   "unless_reply": [
    "(if yes|if so) [,] [then] [please|kindly|do] (contact|email|write to|reach out|reach us|call|visit|connect with|raise|message)"
   ]
  },
  {
   "id": "confirm-resolution-now",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Ask whether it behaves now (\"Is it holding now?\") once you have changed something.",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Does it hold now?",
     "Are payments going through for you now?",
     "Did the new card arrive yet?"
    ],
    "pass": [
     "Do you have the order number now?",
     "Is there a reason you need it now?",
     "It works now."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(does|do|is|are|has|have|did) ... ... (now|again|yet) ?",
    "any (better|joy|luck|improvement) ... ... ?",
    "any (change|difference|different) ... ... ?",
    "(is|was|are|were) (that|it|this|things|everything|the (connection|app|page|site|printer|issue|problem|error)) any (better|different)",
    "(can|could) you (log in|sign in|login|log on|sign on|get in|get on|access it|access your account|connect) ... ... now ?",
    "(can|could) you [<adv>] (access|see|open|download|view|use|watch|play|redeem|load|find|reach|hear|print|stream|activate|install|update|sync|join|enter|get into|log into|sign into) ... ... now ?",
    "(has|have|did|does) (the|that|this|your|those|these|it|they) ... ... (disappeared|disappear|gone away|go away|went away|cleared up|clear up|vanished|vanish|dropped off|drop off|fallen off|fall off) [now|yet|for you] [...] ?",
    "(did|does|has) (that|this) (do|done) it ?",
    "(does|did) (that|this|it|all this|all of this|all that) [all] [<adv>] make sense [to you|now|so far] ?",
    "(make|makes) sense [to you|now|so far] ?"
   ],
   "except": [
    "(do|did|does) you (have|know|need|want|mean|remember|think|prefer|like|mind|plan|intend|agree|understand)",
    "(is|are) there"
   ]
  },
  {
   "id": "confirm-resolution-try",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Ask whether the step made the trouble go away, so you know it is fixed.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Does the error go away if you disable the add-on?",
     "Does switching to the 5 GHz band help?",
     "Please try the 2 patches on the branch below.",
     "If this is still not working, please reopen the ticket.",
     "The maintenance is over. You may retry now.",
     "Once you update the app, do share your experience with us.",
     "Let me know if all is good.",
     "Download the update and give it a try.",
     "What happens when you disable the cache?"
    ],
    "pass": [
     "Does the error show in the log?",
     "Does the error happen when you use mobile data too?",
     "What happens when you run the command?",
     "Would enabling debug logging help us find it?",
     "What happens next is that we refund the card.",
     "Please try the latest version of the app.",
     "Once you update the app, the new menu is on the left."
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(does|do|did|would|will) (the|this|that|your) (issue|problem|error|crash|bug|hang|freeze|warning|glitch|flicker|noise|lag) [still] (go away|disappear|stop|persist|clear up|improve) (if|when|after|with|once)",
    "(does|did|would|will) it (go away|disappear|stop|clear up|improve) (if|when|after|with|once)",
    "(does|do|did|would|will) [<adv>] (<trial:ing>|using|setting|adding|removing|disabling|enabling|turning|switching|changing|installing|updating|upgrading|downgrading|reverting|booting|passing|applying|unsetting|deleting|renaming|unplugging|replacing) ... ... (help|helps|fix|fixes|work|works|solve|solves|resolve|resolves|make a difference|change anything|do the trick)",
    "(try|test|apply|boot) [out] [with] (the|these|those|my|our) # [attached|following|proposed|updated|new|fixed|test|candidate|linked|above|below] (patch|patches|fixes|commits|changes)",
    "(if|should) (this|it|that|the issue|the problem|the error) [is|'s] still (not working|broken|happening|an issue|a problem|failing|occurring|there) [for you] [,] [please] (re-open|reopen|comment|reply|ping|get back|write back|report back)",
    "(you may|you can|you could|please) [now] (retry|re-try|try again|try it again) now",
    "(once|after|when) you [have] (update|updated|upgrade|upgraded|install|installed|reinstall|reinstalled|download|downloaded) ... ... (,|then) [do|please|kindly] (share|tell us|tell me|let us know|let me know) [about] [with us] (your|how) (experience|feedback|thoughts|it goes|it works)",
    "<report-back> (if|whether) (all|everything) (is|'s) [now] (good|well|ok|okay|fine|set|sorted|working)",
    "(try|test) (if|whether) (this|that|it|the|things|everything) ... (<outcome>|(makes|made|make) (a|any|much|much of a|a real) difference)",
    "(download|install|get|grab|update to|upgrade to|apply) (the|this) [latest|new|newest] (update|version|release|build|fix|patch) ... ... (and|then|,) (give it a (go|try|shot|whirl|spin)|try it|test it|try it out)",
    "if you (could|can) (test|try|retest|verify) (it|this|that|the patch|the fix|the build|the branch|the change|the commit|the update|the series|the kernel)",
    "(see|check) (if|whether) (that|this|it) (gives|produces|returns|yields|shows) [you] (the|your) (expected|desired|right|correct|intended) (result|results|output|behaviour|behavior|value|values|answer)",
    "what happens if you [<adv>] (use|try|set|add|change|switch|disable|enable|remove|replace|install|update|upgrade|downgrade|revert|apply|pass|boot|unset|delete|rename|swap|move)",
    "what happens when you [<adv>] <done-change:base>",
    "(try|test|check) [it|this|that|them] [out] to see (if|whether) ... ... (<outcome>|helpful|useful|of help|any better|expected|gone|stable)",
    "(let me know|let us know|tell me|tell us) [it] (this|that|it) [really|actually|now] (fixes|helps|solves|resolves|sorts|cures|does the trick) [it|things|the (issue|problem)] [for you|on your (side|end)] (.|!|,)",
    "(let me know|let us know|tell me|tell us) [it] the (fix|patch|change|update|step|steps|workaround|setting|build) [really|actually|now] (works|fixes|helps|solves|resolves|sorts|cures|does the trick) [it|things|the (issue|problem)] [for you|on your (side|end)] (.|!|,)",
    "(try|test) (if|whether) ... [# . # [. #]] ... (can|could|will|would|does|do) [now|still] [<adv>] (work|help|fix|solve|resolve)",
    "(did|does|has|have|do) (the|that|this|your|these|those|my|our) [...] [<adv>] (sort|sorted|fix|fixed|solve|solved|resolve|resolved|cure|cured|clear|cleared) (it|that|this|things|everything|them|the (issue|problem|error|crash|fault|bug|trouble|hang|freeze|errors|crashes)) [out|up] [for you] ?",
    "(see|check|find out|tell me|tell us|let me know|let us know|report) (if|whether) (that|this|it|doing so|the change|the setting|the step) [really|actually] (makes|made|make) (a|any|much|much of a|a real) difference",
    "<trial> ... ... (and|then|,) [then] see (.|!|how (it goes|you get on|you go|that goes|it works|that works|things go))",
    "(fixed|resolved|sorted|deployed|merged|pushed|landed|released|applied|corrected) ... ... [,|.|;] (please|pls|kindly|can you|could you|would you) [<adv>] (verify|test|retest|re-test|confirm|check|try) [it|this|that|again|now|and] (.|!|?|,|and|on|with|if|whether)",
    "(should|will|ought to) [now] [<adv>] (work|be working|be fixed|be resolved|be sorted|be back|be ok|be okay|be fine|be good|be gone) [now|again|fine|properly] [for you] [now] (.|!|,|;) [so|now] (please|pls|kindly|can you|could you|would you|do) [<adv>] (check|try|test|retest|re-test|verify|confirm|retry|try again|try it|give it a try|give it a go)",
    "(try|test|retry|retest|apply|install|boot|use|update to|upgrade to|switch to|give) ... ... to see (if|whether) ... ... <fix-result>",
    "to see (if|whether) (it|that|this|things|the (issue|problem|error|crash|fault|connection|behaviour|behavior|link|app)) [can|will|would|does|do|could|now] [<adv>] <fix-result>",
    "(try|test|retry|retest|apply|install|boot|use|update to|upgrade to|switch to|give) ... ... to see (if|whether) ... ... (still|again) (happen|happens|occur|occurs|fail|fails|crash|crashes|drop|drops|hang|hangs|freeze|freezes)",
    "(try|test|use|install|boot|update to|upgrade to|switch to) (the|this) [<adv>] (recently|newly|just) (released|published|pushed|merged|uploaded|tagged|landed)",
    "(try|test|retry|retest|boot) [it|this|that] (with|using|on) {url}",
    "(have|did) you (tried|try) [to] (reproduce|reproducing|repro|trigger|triggering|hit|hitting|run|running|test|testing) (this|it|that|the (issue|problem|bug|crash|error|failure)) (with|on|using|against|in) (the|a|v*|#) (latest|newest|new|current|recent|updated|fixed|patched|upstream|next|nightly)"
   ],
   "except": [
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll be able to|will be able to|'ll try to|will try to) [<adv>] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] [<adv>] (<fut>|can|could|'d|would|'ll try to|will try to|'ll have to|will have to) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "(let me|let us|let's) [<adv>] ... ... ... [,] (and|then|,) [then|and] [<adv>] [I'll|we'll|I will|we will|I can|we can] [<adv>] <self-report> [to you|with you|you|back to you|to you all] [<adv>] [if|whether|once|when|how|on|with|after|as soon as|in case|should]",
    "<we> [<adv>] (<fut>|'m going to|am going to|'re going to|are going to|can|could|'d|would|shall|'ll have to|will have to|need to|have to|'ll try to|will try to) [<adv>] (<act:base>|<own-fix:base>|<done-change:base>|<mechanism:base>|roll back|revert) ... ... to see (if|whether)",
    "(once|when|after|until|as soon as|if) (they|he|she|the ... (team|engineers|developers|devs|folks|vendor|bank|courier|carrier|manufacturer|warehouse|staff|specialists|technician|technicians|engineer|developer|department|partner|supplier)|our ... (team|engineers|developers|devs|folks|vendor|staff|specialists|technicians|department|partner|supplier)) [<adv>] (confirm|confirms|verify|verifies|report|reports|tell|tells)",
    "(help|helps) (us|me) [to] (find|debug|reproduce|understand|narrow|track|see|figure|diagnose|investigate)",
    "<we> [<adv>] (<fut>|can|could|'d|would|should|'ll have to|will have to|need to|have to|want to|plan to|'ll try to|will try to) [<adv>] [also|first] (<trial:base>|test)",
    "(let me|let us|let's) [<adv>] [also|first] (<trial:base>|try|test|check) (if|whether)"
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
     "Does that do the trick?",
     "Could you clear the cache and let us know if it works?",
     "Were you able to speak with the bank about the card?",
     "Could you retry with the nightly build?"
    ],
    "pass": [
     "Let us know if you have any other questions!",
     "Is there something I can help with?",
     "Did you restart the router?",
     "Could you send us your order number?",
     "Could you run the benchmark and let me know your results?",
     "Could you check if the card works now? If yes, please contact us through the app."
    ]
   },
   "type": "question",
   "phrases": [
    "(is|was) there (anything|something) else",
    "anything else (I|we) can",
    "anything else (you need|you needed|I can|we can|to help)",
    "(do|did) you (have|need) (any)? (other|more|further) (questions|help|assistance)",
    "(can|could|may) (I|we) (help|assist) (you)? (with)? anything else",
    "(anything|something) (else|more|further|other) [than (this|that)] [that] (I|we) (can|could|may|might) [<adv>] (do|help|assist|answer|look|clarify|sort|check)",
    "(is|was) there (more|any more|anything more) [that] (I|we) (can|could|may) [<adv>] (do|help|assist)",
    "any (other|more|further|additional) (questions|question|queries|query|concerns|concern) [for (me|us)] [today|at all] ?",
    "(can|could|may|shall) (I|we) [<adv>] (help|assist|do) [you] [with] (anything|something) (else|more|further)",
    "(any|anything) (other|more|further|additional|else) (questions|question|issues|issue|concerns|concern|queries|query|problems|problem|topics|thing|things) (I|we|that I|that we) (can|could|may) [<adv>] (help|assist|answer|look|clarify|address|do)",
    "(have|has|did|does|do) (I|we|this|that|it|my (reply|answer|email|message)|our (reply|answer|email|message)) [<adv>] (answer|answered) (all of|all|each of) [your|the] (questions|question|queries|query)",
    "(have|has|did|does|do) (I|we|this|that|it|my (reply|answer|email|message)|our (reply|answer|email|message)) [<adv>] (answer|answered) (your|the) (questions|question|queries|query)",
    "(did|does|has) (that|this|it) (help|work|fix|solve|resolve|do the trick|sort|make sense)",
    "does (that|this|it|my) [explanation|answer|reply] (make sense|help|work|answer)",
    "(does|did|would) (that|this|it|the above|my answer|my reply|my explanation) [<adv>] (explain|clarify|account for|cover|address) (the|your|what|why|it|this|that|things|everything)",
    "(is|are) (it|everything|things|all|that|this) [else] [now] (working|running|loading|ok|okay|fine|good|back|sorted|resolved|fixed|better|printing|syncing)",
    "(is|are) the ... (working|loading|running|connecting|printing|syncing) [again|now]",
    "did (the|that|this|my|our|your) ... (work|help|fix|get|solve|resolve|do)",
    "(did you manage to|were you able to|have you been able to|did you have any luck|any luck)",
    "did you (end up|eventually|finally) (finding|getting|receiving|managing|sorting|fixing|solving|resolving|being able|find|get|receive|manage|sort|fix|solve|resolve)",
    "(could|can|would) you ... ... <report-back> [on] (if|whether|how) ... <outcome>",
    "have I (solved|resolved|fixed|answered|sorted)",
    "have (I|we) [<adv>] (solved|resolved|fixed|answered|sorted|addressed|helped with|taken care of|cleared up)",
    "(was|is|were|are) (this|that|it|my (answer|reply|response|explanation|email|message|suggestion)|our (answer|reply|response|explanation)|the (answer|reply|above|information|info|article|guide|link|explanation|suggestion)) [<adv>] (helpful|useful|of help|of any help|of use|any help|what you (needed|were looking for|wanted))",
    "did you find (this|that|it|my|our|the) ... (helpful|useful|of use|of help)",
    "(how|what) else (can|could|may|might|shall) (I|we)",
    "(any|another|some) other way [that] (I|we) (can|could|may|might) [<adv>] (help|assist|support)",
    "(anything|something) (else|more|further) [that] (you|you'd|you would) (need|needed|require|want|like|would like|'d like) (from|of) (us|me)",
    "did you (get|manage to get) (it|this|that|things|everything|them) [all] (working|sorted|fixed|resolved|going|running|up and running|to work)",
    "(can|may|shall|should|could) (I|we) [<adv>] [go ahead and] (close|close out|resolve) (this|the|your|it) [ticket|case|issue|thread|request|bug|report|conversation|query|chat] [now|then|for you] ?",
    "(ok|okay|alright|all right|fine|happy|good) (if|for) (I|we|me|us) [to] (close|close out|resolve|mark)",
    "(could|can|would|will) you [please|kindly] [<adv>] (<own-retest:base>|give (it|this|that|the|these|those|my|our|version|v*|#) ... a (spin|try|go|shot|whirl|test))",
    "((could|can|would|will) you [please|kindly] [<adv>]|would you mind|would you be able to|are you able to) (try|test|boot|give|trying|testing|booting|giving) [out] [with] (the|this|my|our|these|that) [attached|following|proposed|updated|new|fixed|patched|test|candidate|linked|above|below|revised|latest|next|upcoming|nightly] (patch|patches|patchset|patch set|fix|fixes|build|test build|kernel|firmware|branch|commit|pr|pull request|binary|image|package|series)",
    "(is it|would it be|will it be) possible [for you] to (try|test|retest|re-test|use|run|install|apply|boot|give) [out] [with] (the|this|my|our|these|that|a|an) [...] [...] (<fix-carrier>|latest|newest|current) ... ?",
    "(could|can|would|will) you [please|kindly] [<adv>] (confirm|check|verify|see|test|let me know|let us know|tell me|tell us) [for me|for us] (if|whether|that) ... (works|working|worked|fixed|resolved|solved|sorted|helps|helped|gone|stable|fixes|solves|resolves|sorts|goes away|disappears|improves|stops)",
    "(could|can|would|will) you [please|kindly] [<adv>] (confirm|check|verify|see|test|let me know|let us know|tell me|tell us) [for me|for us] (if|whether|that) ... <outcome> ... (now|again)",
    "(could|can|would|will) you [please|kindly] [<adv>] (confirm|verify) [for me|for us] (it|this|that|everything|things) ... (works|working|worked|fixed|resolved|solved|sorted|helps|helped|gone|stable)",
    "(is|are) (the|your) ... (stable|fixed|resolved|sorted|gone|back to normal|better|ok|okay|fine) (now|again)",
    "(does|do) (it|that|this|the|your|everything|things) ... (load|loads|work|works|open|opens|connect|connects|sync|syncs|show|shows|print|prints|run|runs|start|starts|launch|launches|go through|behave|behaves) ... (now|again)",
    "(are|were) you (satisfied|happy|pleased) with",
    "anything (I|we) could (have done|do) better",
    "(has|have) (that|this|it|the issue|your issue|the problem|everything) (been)? (solved|resolved|fixed|sorted)"
   ],
   "except": [
    "(is|was) there (anything|something) else (that|which)? (you|you've|you have) [<adv>] (noticed|notice|saw|see|seen|remember|changed|change|did|do|done|tried|try|installed|install|ran|run|know)",
    "(is|was|would) it [<adv>] (helpful|useful) (to|if|for|when)"
   ],
   "asked_signal": "confirm-resolution",
   "unless_reply": [
    "(if yes|if so) [,] [then] [please|kindly|do] (contact|email|write to|reach out|reach us|call|visit|connect with|raise|message)"
   ]
  },
  {
   "id": "closing-question-request",
   "signal": "closing-question",
   "level": "suggestion",
   "message": "Ask whether the fix worked: \"Could you try it and tell me if it helped?\"",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Can you try the 4.9 kernel with the new driver, thanks.",
     "Could you retry with the nightly build and report back.",
     "Could you try turning off the VPN?"
    ],
    "pass": [
     "Can you try running it with the debug flag and send the log.",
     "I can try the nightly build tomorrow.",
     "Can you try to remember when it started?",
     "Can you retest with tracing on, so I can see the raw values?",
     "Could you try a build without the new scheduler commits?"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(could|can|would|will) you [please|kindly] [<adv>] (try|test|retest|re-test|retry|rerun|re-run) ..."
   ],
   "except": [
    "(try|retry) to",
    "(try|retry) (calling|contacting|asking|emailing|messaging|phoning|ringing|reaching|writing|speaking|talking|chatting)",
    "(try|retry) [<adv>] (restarting|rebooting|reinstalling|reloading|refreshing|relaunching|restart|reboot|reinstall|reload|refresh|relaunch|logging out|signing out|power cycling|power-cycling|turning it off) [it|the (app|phone|device|router|computer|pc|browser|page|modem|system|machine|server|host|board|box)|your (app|phone|device|router|computer|pc|browser|page|modem|system|machine|server|host|board|box)] [first|again|once] [?|.|!]"
   ],
   "unless_sentence": [
    "(log|logs|logfile|trace|traces|apitrace|backtrace|output|dmesg|capture|screenshot|details|information|info|debug|debugging|verbose|result|results)",
    "so [that] (I|we) (can|could|may) [<adv>] (see|check|tell|look|know|find|understand|debug|verify|compare)",
    "(log|logs|logfile|trace|traces|backtrace|dmesg|debug|debugging|verbose|tracing)",
    "(narrow down|narrow it down|narrow this down|see where|find out|figure out|diagnose|diagnosis|diagnostic|diagnostics|diagnosing)",
    "without (the|that|this|these|those|your|my|our) ... (commit|commits|patch|patches|change|changes|update|updates|series)"
   ]
  },
  {
   "id": "confirm-resolution-request",
   "signal": "confirm-resolution",
   "level": "suggestion",
   "message": "Ask the customer to try it and tell you whether it worked.",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Can you try logging in with your email address?",
     "Could you try disabling the add-on in the settings?",
     "Would you try the 5.2 release?"
    ],
    "pass": [
     "Can you try running it with the debug flag and send the log.",
     "Can you try calling the bank?",
     "Could you try restarting it?",
     "Can you try `lsblk -f`? It shows the file systems.",
     "Could you try a build without the cache patch?"
    ]
   },
   "type": "phrase-present",
   "phrases": [
    "(could|can|would|will) you [please|kindly] [<adv>] (try|test) [<adv>] (<done-change:ing>|turning off|turning on|turning it off|switching off|switching on|switching to|uninstalling|logging in with|signing in with|logging in using|signing in using)",
    "(could|can|would|will) you [please|kindly] [<adv>] (try|test|retest|re-test|retry) [out] [...] (<fix-carrier>|rebuild) ... ... ?",
    "I ['ve|have] [just] [<adv>] <done-change:past> [...] [...] [...] (.|;|,|and) [so|now] (could|can|would|will) you [please|kindly] [now] [<adv>] (try|retry|test) [...] again [now] ?",
    "(could|can|would|will) you [please|kindly] [<adv>] (try|test|retest|re-test|retry) ... # . # [. #] ... ... ?"
   ],
   "except": [
    "(try|retry) to",
    "(try|retry) (calling|contacting|asking|emailing|messaging|phoning|ringing|reaching|writing|speaking|talking|chatting)",
    "(try|retry) [<adv>] (restarting|rebooting|reinstalling|reloading|refreshing|relaunching|restart|reboot|reinstall|reload|refresh|relaunch|logging out|signing out|power cycling|power-cycling|turning it off) [it|the (app|phone|device|router|computer|pc|browser|page|modem|system|machine|server|host|board|box)|your (app|phone|device|router|computer|pc|browser|page|modem|system|machine|server|host|board|box)] [first|again|once] [?|.|!]",
    "(try|test|run) {quote}",
    "(try|retry|test) [it|this|that] [again] (later|tomorrow|in (a|an|#|some|a few|a couple of))",
    "(try|test|retest|re-test|retry) [it|this|that|them] [out] [again] ?"
   ],
   "unless_sentence": [
    "(log|logs|logfile|trace|traces|apitrace|backtrace|output|dmesg|capture|screenshot|details|information|info|debug|debugging|verbose|result|results)",
    "so [that] (I|we) (can|could|may) [<adv>] (see|check|tell|look|know|find|understand|debug|verify|compare)",
    "(log|logs|logfile|trace|traces|backtrace|dmesg|debug|debugging|verbose|tracing)",
    "(narrow down|narrow it down|narrow this down|see where|find out|figure out|diagnose|diagnosis|diagnostic|diagnostics|diagnosing)",
    "without (the|that|this|these|those|your|my|our) ... (commit|commits|patch|patches|change|changes|update|updates|series)"
   ]
  },
  {
   "id": "condescension-lecture",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" lectures the customer. Give the answer, and the pointer, without the verdict.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "You did realise that typing the function name prints its code.",
     "Which documentation tells you it would do that automatically?",
     "Read the documentation for your packages carefully.",
     "I suggest you spend a little more time with the official documentation before suggesting changes.",
     "You're more likely to get useful help if you include some context.",
     "As the documentation says, the argument must be a list.",
     "This has been answered many times on this list.",
     "This looks like homework, to be honest.",
     "It is your responsibility to keep a backup.",
     "You should have mentioned that in the first post."
    ],
    "pass": [
     "If you did try the reset already, let me know.",
     "You should have received an email from us this morning.",
     "Here's the documentation for the export, it covers the CSV options.",
     "I misunderstood your question, sorry: the export is under File.",
     "You'll get an answer from the team within a day."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "you (do|did) (realise|realize|know|understand|notice|see|read|try|check|remember)",
    "(which|what|where|whose) [part of the|page of the|section of the] <con-docs> (tells|told|says|said|states|stated|claims|claimed|suggests|suggested|promises|promised|led) (you|that)",
    "(what|who) (made|makes|gave|gives|put) you (the idea|that idea)",
    "(read|reread|re-read|consult|study|check) (the|your|its|their|our) [...] <con-docs> ... ... (carefully|properly|thoroughly|first|again|closely|more closely|more carefully|before (asking|posting|suggesting|complaining|claiming|reporting|writing))",
    "(read|follow|consult|study|reading|following) (the|our|this list's|the list's|the forum's) (posting guide|posting guidelines|forum rules|list rules|guidelines for posting|rules of this list)",
    "(spend|spent|spending|take|taking) (a little|a bit|some|more|a little more|a bit more|some more|more of your) time (with|on|reading|studying|in|learning|going through) (the|your|its|their|our|some) ... (<con-docs>|basics|language|tools|R)",
    "before (suggesting|proposing|complaining|claiming|demanding|criticising|criticizing|asserting|declaring|calling it a bug|assuming|blaming)",
    "(as|like) (the|its|their|our) [official|own] <con-docs> [obviously|clearly|plainly] (says|said|state|states|stated|clearly|explains|explained|tells you|told you|suggests|describes|makes clear|points out|already says|already states|plainly)",
    "(as|which|that) (is|was|are|were) (clearly|plainly|explicitly|extensively|very clearly) (stated|documented|written|explained|mentioned|described|noted|marked)",
    "(this|that|it|your question|this question) (has|have|was|is|had) (been)? (answered|covered|explained|discussed|asked|documented) (many|several|multiple|numerous|countless|a hundred|a thousand|dozens of) times",
    "(this|that|it|your question|this question) (has|have|had) been (answered|covered|explained|discussed|asked) (before|already|repeatedly|ad nauseam|to death) (on|in) (this|the) <nl-venue>",
    "(you're|you are|you'll be|you will be|you'd be|you would be|you're much|you are much|you're far) [much|far|a lot] (more likely|likelier) to (get|receive|find) [a|an|any|some] [useful|good|better|helpful|quick|quicker|real|sensible] (help|answer|answers|response|responses|reply|replies)",
    "(get|receive) (better|more useful|more helpful|quicker|faster|useful|more) (help|answers|responses|replies) if you (ask|include|post|provide|read|follow|explain|put|learn|do)",
    "(it is|it's|that is|that's|this is) (your|the user's|the poster's|the op's|the customer's) (responsibility|job|duty|task) (to|not)",
    "(looks|sounds|smells|reads) like (homework|a homework|an assignment|a school assignment|coursework)",
    "(you|you've|you have|you seem to|you appear to|you clearly|you obviously) (misunderstand|misunderstood|have misunderstood|be confused about|be confusing|have confused|not understand|not have read|have not read|haven't read|didn't read|did not read|missed the point)",
    "in case you (missed|didn't notice|did not notice|haven't noticed|have not noticed|forgot|overlooked)",
    "you should (have|'ve) (mentioned|known|realised|realized|thought|told us|said so|stated)",
    "(suggest|recommend|advise|advice is|'d suggest|would suggest) [that] you (read up on|brush up on|study up on|look up|go and read|go read|go back and read)",
    "read up on what ... ... (really|actually) (is|are|means|mean|does|do)",
    "have you (even|actually|ever)? (read|looked at|studied) the (code|source|source code|sources|<con-docs>)",
    "have you (tried|read|followed|looked at|applied) the ... ... ... (you|you've|you have) (linked|posted|quoted|cited|referenced|shared|pasted) (above|earlier|yourself|here)",
    "(this|that|it) (very|extremely|really|thoroughly|exhaustively) well documented",
    "(a|one) (simple|quick|single|short) (phone call|call|email|message|note|question|search|check|look) (would have|would've|could have|could've) (gotten|got|sorted|solved|fixed|resolved|saved|answered|cleared up|avoided|prevented)",
    "(you|you really) (don't|do not|didn't|did not) need to (educate|lecture|teach|school) (me|us)",
    "as a (rider|customer|user|driver|guest|member|passenger|buyer|seller|client|patient|tenant|shopper|subscriber|player|host|cardholder|developer|admin|administrator|sysadmin) , (it's|it is|it's always|it is always) (good practice|best practice|your responsibility|your job|expected of you|advisable|wise|sensible|common sense) to"
   ],
   "except": [
    "if you (do|did) (realise|realize|know|understand|notice|see|read|try|check|remember)",
    "(what|how|when|where|whether|that|unless|once|until|as) you (do|did) (realise|realize|know|understand|notice|see|read|try|check|remember)",
    "(I|we) (misunderstood|had misunderstood|have misunderstood)"
   ],
   "rewrites": [
    "Here's how it works:",
    "In short:"
   ]
  },
  {
   "id": "condescension-retort",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" is a put-down. Give the answer; ask plainly what you need.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "That's the whole point of a mirror.",
     "That's not news. Is there something specific that fails?",
     "You just got lucky the last time.",
     "No, the mistake was that you formatted the disk.",
     "The above makes little sense: why start a second thread?",
     "The obvious answer is rsync. Any reason you didn't use it?",
     "The odds are not in your favour, but send the log anyway."
    ],
    "pass": [
     "The whole point of the update is to make login faster.",
     "The problem is that your runtime is not loaded yet.",
     "There is no obvious way to export the board, but you can copy the item ID.",
     "You were lucky to catch it in time."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(that's|that is|which is|this is) [exactly|precisely] the (whole|entire|very) point [of]",
    "(what's|what is) the point of ... ... (when|if) you",
    "(that's|that is|this is|it's|it is|none of that is|none of this is) (not|hardly|no) (news|a revelation|a secret)",
    "(that's|that is|this is|it's|it is) (nothing|hardly) new [.|!]",
    "(what's|what is) the (actual|real) (problem|question|issue) [here] ?",
    "you (just|simply|only|merely) (got|were|have been|'ve been) lucky",
    "(worked|works|passed|ran|went through) ... ... because you [just|simply|only|merely] (got|were|have been|'ve been) lucky",
    "(the|your) [real|actual|only|big|first] (mistake|error|blunder|moment of stupid|stupid part|dumb part) (was|is) (that you|when you|you|to)",
    "(the above|all of the above|what you wrote|what you posted|what you're doing|what you are doing|what you did|your code|your example|your snippet|your logic|your approach|your reasoning|your argument|your setup|your script|your patch|this code|that code) (makes|made) (no|little|zero|very little) sense",
    "the obvious (answer|solution|choice|approach|fix|way|option|tool|thing to do|thing to try|place to look|first step)",
    "the odds are (not in your favour|not in your favor|against you)"
   ],
   "except": [
    "(not|isn't|wasn't|never|no) [really|exactly|always] the obvious",
    "(exactly|precisely) [,] (that's|that is) [exactly] the (whole|entire|very) point",
    "the obvious ... ... ... [,] (and|which|so|but) (we're|we are|I'm|I am|I've|I have|we've|we have|I'll|I will|we'll|we will) [already|just|now] (doing|done|do|checking|check|started|starting|rolling|roll|fixing|fix|looking|look|working|testing|test|trying|try|going|on it|handling|taking)",
    "the obvious ... ... (on our|our) (side|end|fault|mistake|bug|error|server|servers|system)",
    "(that's|that is|this is|which is) [exactly|precisely] the (whole|entire|very) point [of] ... ... (,|:) [so|and] (thanks|thank you|we|I|it|you'll|you will|you never|you can|you don't|you won't|you get|you keep)",
    "(that's|that is|this is|which is) [exactly|precisely] the (whole|entire|very) point [of] ... ... \":\" (the|a|an|its|their|your|our|this|that|each|every|all|no|nothing|only)",
    "thank* ... ... [,] (that's|that is|this is|which is) [exactly|precisely] the (whole|entire|very) point"
   ]
  },
  {
   "id": "condescension-scold",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" passes a verdict on the customer. Answer the point and leave the verdict out.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "You could have asked a bit more politely.",
     "Consider yourself lucky the account was only suspended.",
     "That's an odd thing to say, but here is the invoice.",
     "We serve thousands of people who do need the reminders.",
     "You realize that the trial ended, yes?",
     "Your cleverly named account was reported twice.",
     "People who host their own mail just have to plan for outages."
    ],
    "pass": [
     "Could you kindly send the log file?",
     "We could have worded that email more politely, sorry.",
     "Once you realize the sync is paused, tap Resume.",
     "You were lucky to catch it in time.",
     "The golden retriever in the ad is ours."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "you (could|might|should|can) [have|always] [just|simply] (asked|ask|written|write|said|say|put|phrased|worded|raised|raise|made|make) [it|this|that|your (point|request|question|message)] [a bit|a little|much] [more] <con-polite>",
    "(possible|easy|hard|difficult|too much|that hard|so hard) to (ask|make|write|be|say|send|post|put|word|phrase) ... <con-polite>",
    "(a little|a bit of|some|basic) (politeness|courtesy|civility|manners|respect) (goes|would go|costs|would have gone|would have cost|would be appreciated|wouldn't hurt|would not hurt)",
    "(making|made|make|making such|made such) [a|an] [bit of a|real|complete|total|right] (nuisance|pest|fool|spectacle|scene) of (yourself|yourselves)",
    "consider yourself (lucky|fortunate)",
    "(you're|you are|you were|it's|it is|it was|it may be|it might be) [extremely|very|quite|pretty|really|rather] lucky [that] you (were|got|weren't|didn't|only|are|had|still)",
    "(that's|that is|this is|what|such) [kind of|rather|pretty|really|quite|a bit of] [a|an] [kind of|rather|really|very] (odd|strange|weird|silly|bizarre|curious|stupid|dumb|daft|ridiculous|absurd) (thing to (say|ask|claim|expect|assume|write|suggest)|assumption|accusation|conclusion|claim|comment)",
    "(thousands|millions|hundreds|plenty|lots|many) of [other] (people|users|customers|players|members|subscribers|clients) (that|who) (do|actually|really) (need|use|want|like|love|enjoy|rely|depend|appreciate|find)",
    "(thousands|millions|hundreds|plenty|lots|many) of [other] (people|users|customers|players|members|subscribers|clients) (that|who) (are happy|love it|love this|love the|enjoy|appreciate)",
    "(this|the|our) (app|service|product|game|platform|tool|software) (is not|isn't|may not be|might not be|is just not|is simply not|just isn't|simply isn't|is probably not|probably isn't) [meant|made|designed|built] for you",
    "you (realise|realize) (that|it|this|how|what|we|there|your)",
    "you (realise|realize|understand|know|are aware) ... ... ... ... ... , (yes|right|surely|correct|yeah) ?",
    "(people|anyone|everyone|everybody) (that|who) ... ... (just|simply) (have to|need to|must|got to)",
    "(you|you'll|you will|you'd|you would) (just|simply) (have|need|got) to (accept|live with|plan for|deal with|get used to|put up with)",
    "(cleverly|creatively|imaginatively|brilliantly|conveniently) (named|worded|titled|phrased|timed|chosen)",
    "(rule|lesson) (0|zero|1|one|\\#1|number one) :",
    "the (golden|cardinal) rule (of|is|here)"
   ],
   "except": [
    "(we|I) (could|should|might) [have] ... <con-polite>",
    "(we|I|we're|I'm|we were|I was) [extremely|very|quite|really] lucky",
    "(once|if|when|until|as soon as|before|after|unless|so|may|might|will|'ll|to|can|could|would|do|did|help|helps|make|makes|let|lets) you (realise|realize)"
   ],
   "rewrites": [
    "Here's what happened:",
    "I'd like to sort this out with you."
   ]
  },
  {
   "id": "condescension-reproach",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" talks down to the customer. Say what you need to say without the reproach.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "As stated, the refund window closed on the 3rd.",
     "Per my last email, the invoice is attached again.",
     "It's in the FAQ, which you'd have seen if you had looked.",
     "Can't you read? The price is on the front page.",
     "How is that our fault? You entered the wrong address.",
     "Good luck with that.",
     "You should always back up your files before an upgrade.",
     "Nobody forced you to buy the annual plan.",
     "Let me spell it out for you: no receipt, no refund."
    ],
    "pass": [
     "As stated in our email, your plan renews on the 1st.",
     "As per my last email, the technician comes on Friday.",
     "Apparently you didn't receive our email, so I've sent it again.",
     "Good luck with the exam tomorrow!",
     "You should always receive a confirmation email within minutes.",
     "Next time you log in, you'll see the new menu.",
     "Let me spell it out: Alpha, Bravo, Seven.",
     "Can you read me the serial number on the label?"
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "as (stated|said) [before|previously|earlier|already] ,",
    "per my (last|previous|earlier|prior) (email|message|reply|response|note|comment|post|mail)",
    "you (were|'ve been|have been|had been) already (told|informed|advised|warned)",
    "you (have|'ve|had) already been (told|informed|advised|warned)",
    "you (were|'ve been|have been|had been) (told|informed|advised|warned) [this|that|so] (already|before|previously|twice|repeatedly|more than once|several times|many times|multiple times)",
    "(this|that|it|your question|this question) (has|have|had|was) already been (answered|covered|explained)",
    "(this|that|it|your question|this question) (has|have|had) been (answered|covered|explained) (above|before|earlier|previously|in this thread|in the thread)",
    "(I|we) (don't|do not) know what (else|more) to (tell you|say)",
    "(not sure|no idea) what (else|more) (to tell you|I can tell you|we can tell you|to say)",
    "(you'd|you would) have (seen|found|known|noticed|read|spotted) ... if you ('d|had) [just|only|even|actually] (read|looked|checked|searched|scrolled|bothered|followed|paid)",
    "you (failed|neglected) to (read|check|follow|look|notice|pay attention|understand|back up)",
    "(can't|cannot) you read",
    "can you not read",
    "you (seem|appear) to (think|believe|assume|imagine|be under the impression|misunderstand|have misunderstood|be confused|be confusing)",
    "(you're|you are) [simply|just|plainly|clearly|completely|totally|dead|flat out] wrong",
    "you (shouldn't|should not) (have|'ve) (deleted|removed|installed|uninstalled|changed|reset|ignored|clicked|done|bought|used|updated|upgraded|formatted|shared|opened|run|touched|edited|modified|disabled|skipped|tried|assumed)",
    "(this|that|it|which) (is|was|'s|were|are) (clearly|plainly|explicitly|obviously) (stated|written|marked|shown|explained|mentioned|described|noted|listed|labelled|labeled) (on|in|at|under|above)",
    "as (clearly|plainly|explicitly) (stated|written|explained|shown|mentioned|indicated|described|noted|marked|labelled|labeled)",
    "(you're|you are) (simply|just|plainly|clearly|completely|totally) mistaken",
    "(we|I) (had|have|'d|'ve) [already|clearly|duly|specifically|categorically|also|well] (informed you|told you|advised you|clarified|made it [very|quite|abundantly|absolutely|perfectly|crystal] clear) [...] [...] [...] [...] (at the time of|during (the|your)|at (the|your)) (booking|reservation|check-in|checkin|checkout|check-out|arrival|call|booking time)",
    "(we|I) (had|have|'d|'ve) [already|clearly|duly|specifically|categorically|also|well] (informed you|told you|advised you|clarified|made it [very|quite|abundantly|absolutely|perfectly|crystal] clear) [...] [...] [...] [...] when you (called|booked|checked in|checked out|arrived|reserved|enquired|phoned|visited)",
    "(at the time of|during (the|your)|at (the|your)) (booking|reservation|check-in|checkin|checkout|check-out|arrival|call) [,] (we|I) (had|have|'d|'ve) [already|clearly|duly|specifically|also] (informed|told|advised|clarified|made it [very|quite|abundantly|absolutely|perfectly|crystal] clear)",
    "you (have|had|'ve|'d) [<adv>] (hidden|concealed|twisted|distorted|misrepresented|suppressed) the (facts|truth)",
    "you (have|had|'ve|'d) [<adv>] (lied|threatened (us|me|our|the)|misled (us|me|our|the|other|others|readers)|abused (us|me|our|the)|insulted (us|me|our|the)|misbehaved)",
    "you (were|are|'re) [<adv>] (threatening|abusing|insulting|lying to|misbehaving with|misleading) (me|our|the|other|others|readers)",
    "your [<adv>] (malicious|vindictive|ill|evil|bad) (intentions|intention|motives|motive)",
    "why (would|should) you [even] ... [...] [...] in the first place",
    "(are you|you're|you are) [just] trolling",
    "how (is|was|would) (that|this|it) (be)? (our|my) (fault|problem|responsibility|concern)",
    "not (our|my) (problem|concern)",
    "what (more|else) (do|did|could|can) you [possibly|really] (want|expect) (?|!|from)",
    "what (more|else) (do|did|could|can) you [possibly|really] (want|expect) (us|me) to (do|say)",
    "(not sure|no idea|don't know|do not know) (why|where|how) you (would|'d|could)? (think|thought|expect|expected|assume|assumed|imagine|imagined|got the idea|get the idea)",
    "good luck with that (.|!|,|;)",
    "nice try [,|.] but",
    "welcome to (the real world|real life|adulthood)",
    "(it's|it is|isn't it)? funny how you",
    "the (clue|hint|answer) (is|'s) in the (name|title|question)",
    "thanks for the (lecture|sermon)",
    "you should (always|never) [<adv>] (read|reread|check|double-check|back up|test|verify|think|look|make (a backup|backups|a copy|copies|sure)|keep (a backup|backups|a copy|copies|your receipt|your receipts|receipts))",
    "next time , [please] [just|try to|make sure to|remember to|be sure to] (read|reread|re-read|double-check|pay attention|think|search|google|look more|look before|follow the)",
    "let (this|that|it) be a lesson",
    "(learned|learnt) your lesson",
    "(nobody|no one|noone) (forced|made) you",
    "(that|this|it) was (your|entirely your|all your) [own] (choice|decision|call)",
    "you (were|'ve been|have been|had been) warned (.|!|,|;|about this|about that|twice|before|already|repeatedly|more than once|several times|many times|multiple times)",
    "(you|you'll|you will|you'd|you would) [just|simply] (have|need|got) to (live with|put up with|get used to) (it|that|this) (.|!|,|;)",
    "(take it or leave it|tough luck)",
    "(any|even a|a) (child|kid|idiot|monkey|toddler|five-year-old|5-year-old|five year old) (could|can|would|should) (do|manage|figure|set|work|understand|follow|use|see|find)",
    "spell it out for you",
    "(let me|I'll|I will|I'll have to) (explain|say|put|repeat) (it|this|that) (slowly|very slowly|more slowly|in words you)",
    "google is your friend"
   ],
   "except": [
    "(if|unless|whether) you (have|had|'ve|'d|were|are|'re) [<adv>] (hidden|concealed|twisted|distorted|misrepresented|suppressed|lied|threatened|misled|abused|insulted|misbehaved|threatening|abusing|insulting|lying|misbehaving|misleading)",
    "as per my",
    "(that|this|it) was (your|our|my) (own)? (call|choice|decision) (to make|,|and) (and|but)? (we|I|that's|both|either|of course)",
    "(we|I|we'll|I'll|we will|I will) [just|simply] (have|need|got) to (live with|put up with|get used to)",
    "(sorry|hear|fair|unfair|a shame|a pity|hate|hate it|frustrating|annoying|awful|terrible|wrong) [that] you [just|simply|still] (have|had|need|needed|got) to (live with|put up with|get used to)",
    "you (shouldn't|should not) (have|'ve) run (into|across|up against)",
    "(don't|do not|didn't|did not|doesn't|does not|wouldn't|would not|not|never|nobody|no one|nobody is|no one is|nobody's|no one's) (think|thought|believe|believed|say|saying|said|suggest|suggesting|mean|meant|imply|implying|claim|claiming|feel) [that] (you're|you are)",
    "not that (you're|you are)",
    "(has|have|had|was) already been covered (by|under|through|as part of|in full|at no|free of charge|for free)",
    "clearly (stated|written|shown|explained|mentioned|indicated|described|noted|marked|visible) (in|on|by|from) your [own|bank|card] (screenshot|screenshots|screen shot|photo|photos|picture|pictures|image|images|video|recording|attachment|attachments|statement|log|logs|message|messages|email|description|report|notes)",
    "clearly (stated|written|shown|explained|mentioned|indicated|described|noted|marked|visible) (in|on|by|from) the (screenshot|screenshots|photo|photos|picture|pictures|image|images|video|recording|attachment|attachments|statement|log|logs) you (sent|shared|attached|provided|took|included|forwarded|uploaded)",
    "you should (always|never) [<adv>] (check|double-check|verify|confirm|look at|make sure) [that|where|who] [the|a|any|each|every|an] (sender|sender's|senders|link|links|url|urls|web address|website address|site address|address bar|domain|caller|caller's|padlock|email address) (address|addresses|domain|is|are|goes|go|comes|come|before|,|.)?",
    "you should never [<adv>] (test|try|run) ... ... (with|on|using|against|as|in)"
   ],
   "rewrites": [
    "To recap:",
    "Here's what I can do:"
   ]
  },
  {
   "id": "condescension-dismiss",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" talks down to the customer. Give the facts without the verdict.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "You're using the app wrong, the filter goes first.",
     "Everything you wrote is rubbish, the coupon expired in May.",
     "As you should know, refunds take a week."
    ],
    "pass": [
     "You are using the wrong cable for this port.",
     "That price is not correct, it is $5.",
     "What did you expect to happen when you clicked Save?",
     "It was hard to find the cause, sorry for the wait.",
     "As you may know, refunds take a week.",
     "Your claim is not true: the box left our warehouse on Monday.",
     "If you're setting up the router wrongly, the lights stay orange."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(you're|you are|you were|you've been|you have been) [<adv>] (using|reading|holding|installing|configuring|running|playing|approaching|setting up|looking at) (it|this|that|them|things|everything|the ...|your ...|our ...|my ...) (wrong|wrongly|incorrectly|the wrong way|backwards)",
    "(all this|all of this|all that|all of that|everything you (wrote|said|claim|claimed|are saying|'re saying)|what you (wrote|said|claim|claimed|are saying|'re saying)) (is|was|are) [simply|just|completely|totally|utterly|patently|plainly|also|all] (misinformation|nonsense|a lie|lies|rubbish|made up)",
    "(as|like) you (should|must|ought to) (know|be aware|have noticed|realise|realize|have read|have seen)"
   ],
   "except": [
    "(using|reading|holding|installing|configuring|running|playing|approaching|setting up|looking at) (the|your|our|my) wrong",
    "(if|when|whenever|in case|unless|once) (you're|you are|you were|you've been|you have been)",
    "(wrong way|wrongly|incorrectly|wrong) (for|to) (the|your|this|that|it|a|an|work|scan|read|connect|charge|fit|sync)",
    "made up (of|from)"
   ],
   "rewrites": [
    "Here's how it works:",
    "To clarify:"
   ]
  },
  {
   "id": "condescension-challenge",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" challenges the customer instead of asking. Ask plainly what you need to know.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Why bother asking here? This is the packaging channel.",
     "Why even bother? The beta expires next week."
    ],
    "pass": [
     "I can see why you'd bother with a second backup.",
     "You said it fails at login but does the web app work?",
     "You said the payment went through, but it hasn't reached us yet.",
     "No need to bother with the receipt, we have it on file."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "why [would you|did you|do you|even] [even] bother [here|there|at all] ?",
    "why [would you|did you|do you|even] [even] bother (asking|posting|writing|to ask|to post|to write|replying|commenting|reviewing)"
   ],
   "except": [
    "(see|understand|know|wonder|explain|that's|is|was|reason) why"
   ],
   "rewrites": [
    "Could you tell me more about",
    "To make sure I follow:"
   ]
  },
  {
   "id": "condescension-rebuke",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" rebukes the customer. Say what happens next without the reproach.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Please don't deliberately open a second ticket for the same fault.",
     "You were given ample notice that the pool would close for repairs.",
     "You were informed in advance that the shuttle stops at ten.",
     "As per the terms you agreed to at checkout, deposits are non-refundable.",
     "All the information requested in the posting guide is missing.",
     "You need to read some basic networking documentation first.",
     "You don't seem to have followed the advice in my last reply."
    ],
    "pass": [
     "We never deliberately delay a refund.",
     "You will be given notice before the engineer visits.",
     "As per our terms, refunds take five working days.",
     "You can find the posting guide linked at the top of the forum.",
     "You should read the setup guide, it covers the pairing step.",
     "You don't seem to have received our email, so here it is again.",
     "You were informed by text when the parcel left the depot."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(don't|do not|stop|never) (intentionally|deliberately|purposely|purposefully|knowingly|wilfully|willfully) (file|filing|open|opening|post|posting|create|creating|submit|submitting|ignore|ignoring|misuse|misusing|break|breaking|abuse|abusing|duplicate|duplicating|spam|spamming|reopen|reopening|cross-post|cross-posting|leave|leaving|remove|removing|delete|deleting|change|changing)",
    "you (were|have been|'ve been|had been) (given|sent|provided with|issued) (sufficient|ample|plenty of|enough|adequate|fair|due|proper|clear|several|multiple|repeated) (notice|warning|warnings|reminders|reminder|notifications|time to)",
    "you (were|have been|'ve been|had been) (warned|informed|notified|told|advised|reminded) [about this|about that|of this|of that] (well in advance|in advance|beforehand|ahead of time|in good time)",
    "you (have been|'ve been|had been) (warned|informed|notified|told|advised|reminded) [about this|about that|of this|of that] (at the time|when you (booked|signed|ordered|registered|subscribed|bought|purchased|checked in))",
    "(as per|per|as stated in|as set out in|as outlined in|as specified in|as written in|as explained in) (the|our|your) [signed|rental|booking|service|user] (terms|terms and conditions|t&cs|policy|policies|agreement|contract|lease|rules|conditions) (you|that you|which you) [have|had|'ve] [already|clearly|willingly] (agreed to|accepted|signed|acknowledged|read|consented to|agreed)",
    "(information|info|details) (requested|required|asked for|requested by|required by) (in|by) (the|our|this list's|the list's|the forum's) [...] (<con-docs>|posting guide) (is|are|was|were) [all|still|completely|entirely] (missing|absent|lacking|not provided|not included|not given|not there)",
    "you (must|should|ought to) [first|really|seriously|probably] (read|study|learn|go through|work through) (some|a little|a bit of|a few) (basic|elementary|introductory|beginner|beginners|beginner's|fundamental)",
    "you (need to|have to) [first|really|seriously|probably] (read|study|go through|work through) (some|a little|a bit of|a few) (basic|elementary|introductory|beginner|beginners|beginner's|fundamental)",
    "you (don't|do not|didn't|did not) (seem|appear) to (have|'ve) (followed (the|my|our|that|this|any|his|her|their) [earlier|previous|above|last] (advice|suggestion|suggestions|recommendation|recommendations|instructions|guidance)|stopped <howto:ing>|heeded|listened to|understood|grasped|taken (the|my|our|that|this) advice|read (the|my|our) (answer|reply|email|message))"
   ],
   "except": [
    "(we|I|they|he|she|it|who|which|that|this|our|staff|agents|drivers|people) [<adv>] (don't|do not|never) (intentionally|deliberately|purposely|purposefully|knowingly|wilfully|willfully)",
    "(will|would|'d|'ll|can|could|shall|should|might|may|must|does|did) [<adv>] never (intentionally|deliberately|purposely|purposefully|knowingly|wilfully|willfully)",
    "you (were|have been|'ve been|had been) (given|sent|provided with|issued) ... ... (by mistake|in error|by accident|accidentally|twice by mistake)",
    "(if|unless|whether|in case|hope|hoping|trust|sure|ensure|ensure that|check that|check whether) you (were|have been|'ve been|had been) (given|sent|provided with|issued|warned|informed|notified|told|advised|reminded)",
    "(if|when|whenever|where|in case) [any|some|the] (information|info|details) (requested|required|asked for)",
    "(agreed to|accepted|signed|acknowledged|consented to|agreed) [...] [...] [...] , ((you're|you are|you'd be|you would be) [still|also|fully] entitled|you [still|also] have the right|we (will|'ll|must|have to|are obliged to|are required to) [<adv>] (refund|reimburse|cover|repair|replace|pay|notify|email|tell|inform|remind|warn|send|give))"
   ],
   "rewrites": [
    "Here's where things stand:",
    "To clarify:"
   ]
  },
  {
   "id": "condescension-define",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" throws their words back. Ask plainly what they mean.",
   "scope": "sentence-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Define reliable. Reliable under what load?",
     "Hmm. Define fully supported."
    ],
    "pass": [
     "Define the variable in your config.",
     "Define a new rule."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "define ... (.|?)"
   ],
   "except": [
    "define (a|an|the|your|it|this|that|these|those|them|my|our|its|his|her|their|some|any|each|all|one|two|how|what|which|where|when)"
   ]
  },
  {
   "id": "condescension-verdict",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" passes a verdict on what the customer knows. Give the facts without it.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "You don't seem to understand how the refund works.",
     "You're taking my answer out of context.",
     "Are you absolutely sure you installed it?",
     "That's user error, not a bug."
    ],
    "pass": [
     "Are you sure? I can cancel it for you.",
     "What did you expect to happen when you clicked Save?",
     "Didn't get the email? I've sent it again."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "you (don't|do not|didn't|did not) (seem|appear) to (understand|know|realise|realize|grasp|have read|have noticed|be [fully|completely|quite] (aware|informed|familiar|up to date))",
    "you (seem|appear) [to be] (unaware|misinformed|mistaken)",
    "you (seem|appear) to (have|'ve) (misread|overlooked|missed the)",
    "(you're|you are|you were|you've been|you have been|you keep) (taking|taken|quoting|reading|twisting) ... out of [the] context",
    "are you (absolutely|completely|entirely|really|100 %) (sure|certain) [that] (you|you've|you're)",
    "(didn't|hadn't|haven't|did not|have not) you (even|already|ever) (read|notice|noticed|check|checked|look|looked|bother|bothered)",
    "(didn't|hadn't|haven't) you (read|noticed|bothered)",
    "(not sure|no idea|I don't know|I do not know) what [else|more] you (expected|expect|were expecting|thought)",
    "(I|we) (don't|do not) (understand|see|get) (why|how) you (would|could|'d)? (think|thought|expect|expected|assume|assumed)",
    "(it's|it is|this is|that's|that is|it was|that was|sounds like|looks like) [a|an|simply|just|clearly|purely|obviously] (user|operator|pilot) error",
    "(pebkac|pebcak|id10t|user education (issue|problem))",
    "if you (actually|really|carefully|properly) (read|look|looked|check|checked|follow|followed) (the|our|this|that|my|your)",
    "(it|this|that) (clearly|plainly|explicitly) (says|states|shows|mentions|lists|said|stated) (on|in) (the|our) [...] (<con-docs>|<con-written>)",
    "(did|have) you (even|actually|ever) (read|check|look at|see) the ... before (buying|purchasing|ordering|subscribing|posting|writing|reviewing|complaining|installing|downloading)",
    "(did|have) you (read|check|look at) the [...] (<con-docs>|<con-written>|requirements|specs) before (buying|purchasing|ordering|subscribing|posting|writing|reviewing|complaining|installing|downloading)"
   ],
   "except": [
    "(sure|certain) [that] you (want|wanted|would like|'d like|wish|mean|meant|intend|intended) to",
    "(says|states|shows|mentions|lists|said|stated) ... ... ... ... ... (,|;) but [<adv>] (I|we|I've|we've|I'm|we're)"
   ],
   "rewrites": [
    "Here's how it works:",
    "To clarify:"
   ]
  },
  {
   "id": "condescension-pointed",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" talks down to the customer. Give the facts without the verdict.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "As the store page says, the game needs a dedicated graphics card.",
     "There was a warning about that on the product page.",
     "This reviewer played for ten minutes and left.",
     "Don't be so hard on a small studio.",
     "Most users don't understand how many settings there are.",
     "It's not surprising that a full rebuild takes days.",
     "You clearly didn't read the release notes."
    ],
    "pass": [
     "As the page loads, you'll see the new menu.",
     "No wonder you're frustrated after three days of this.",
     "There was a problem with the warning email we sent, sorry.",
     "This user account has been restored.",
     "Try to keep the app open while it syncs.",
     "This user hasn't signed in since May, so the licence is free to reassign.",
     "Users often assume that the trial renews on its own; it does not.",
     "Most users don't notice the setting, so here is where it lives."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(as|like) (the|our|its|their|your) [product|store|steam|game|game's|app's|shop|official] (description|page|listing|label|title|<con-docs>|requirements|system requirements|tooltip|spec|specification|notes) [already|clearly|plainly|also] (says|said|states|stated|mentions|mentioned|explains|explained|tells you|told you|indicates|indicated|warns|warned|notes|noted|shows|showed)",
    "(there was|there were) [a|an] [clear|big|explicit|prominent|huge|bold] (warning|disclaimer|notice|note) (about|on|regarding|for) (that|this|it|this issue|that issue)",
    "(the|that) same (<con-docs>|page|description|listing|article|documentation) (also)? (says|states|explains|mentions|warns|tells you|describes)",
    "(this|the) (reviewer|poster) (apparently|clearly|obviously|only|never|barely|hardly)",
    "(this|the) (reviewer|poster) played [for] [only|just|barely] (#|a few|one|two|three|five|ten|twenty|half an) (hour|hours|minute|minutes|mins|hrs)",
    "(after|with) [only|just|barely|a mere|less than] (# . #|#|a few|one|two|half an) (hour|hours|minute|minutes|mins|hrs) (of play|of playtime|of play time|of playing|of gameplay|played|on record)",
    "(don't|do not) be so (hard|harsh|quick|negative|dramatic|rude|impatient|hasty|mean|critical|judgmental|judgemental|touchy|sensitive)",
    "try to (be|stay) [a bit|a little|more|a bit more|a little more] (open-minded|open minded|reasonable|fair|respectful|polite|understanding|objective|sensitive|considerate)",
    "(most|many|some|lots of|a lot of|plenty of) [of the|of our] (players|users|people|reviewers|gamers|customers) (don't|do not|fail to|never|simply don't|just don't) [even|really|fully|actually] (understand|grasp|bother|get it)",
    "(it's|it is|that's|that is|this is|it was|that was) [really|hardly|certainly] (not|hardly|no) [at all] (surprising|a surprise|a wonder)",
    "no wonder (it|that|this|the|your|nothing)",
    "(unsurprisingly|not surprisingly) ,",
    "you (clearly|obviously|apparently|evidently|plainly) (don't|do not|didn't|did not|haven't|have not|never|can't|cannot) [even|really|fully|actually] (read|understand|know|get|grasp|realise|realize|bother|notice|check|looked|look|played|play|tried|try)",
    "(don't|do not|can't|cannot) (know|see|understand|imagine) (why|how|what) ... ... (makes|made|gave|gives|would make) you (think|believe|assume|expect)"
   ],
   "except": [
    "(surprising|surprise|wonder) [that] (you're|you are|you were|you'd be|you feel|you felt) [so|really|quite|a bit|a little] (upset|frustrated|annoyed|angry|disappointed|confused|unhappy|worried|concerned)",
    "(surprising|surprise|wonder) [that] (you|you'd|you'd have) [<adv>] (expected|expect|thought|assumed|believed|missed|looked|went|tried|got|ran|hit)",
    "(hard|harsh|critical|tough|mean|quick) on yourself",
    "(wonder|surprising|surprise|understand|grasp|get it|warning|disclaimer|notice|note) ... ... ... ... ... ... [:|;|,] [since|because|as|but|and|sorry] [that's|that is|it's|it is|this is] (on us|our fault|our mistake|our bad|our own|we should have|we should've|that we should have|we forgot|we failed|we broke|we changed|we moved|our (server|servers|site|website|page|app|system|service|wording|layout|docs|documentation|outage|bug|update|team))",
    "(sorry|apologies|unfortunately) [,] (there was|there were)",
    "(understand|grasp) ... ... ... ... at first"
   ],
   "rewrites": [
    "Here's how it works:",
    "To clarify:"
   ]
  },
  {
   "id": "calm-down",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" tells the customer how to feel. Acknowledge the feeling instead.",
   "scope": "text",
   "enabled": true,
   "examples": {
    "flag": [
     "Calm down, it's simply a cached password.",
     "There's no need to shout.",
     "You're overreacting, it's one email.",
     "There's no need for that tone.",
     "Please watch your language."
    ],
    "pass": [
     "The fan will calm down once the update finishes.",
     "I understand this is frustrating."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    {
     "phrase": "(calm|settle|cool) down",
     "rewrites": [
      "I understand this is frustrating",
      "I hear you"
     ]
    },
    {
     "phrase": "(there's|there is) no (need|reason) to (shout|get upset|be upset|get angry|be angry|get worked up|be rude)",
     "rewrites": [
      "I understand why you're upset",
      "I hear you"
     ]
    },
    {
     "phrase": "(there's|there is|there was) no (need|call|reason) for (that|the|this|such|all the|all that) [kind of|sort of] (tone|attitude|language|rudeness|hostility|sarcasm|shouting|yelling|caps|insults|name-calling)",
     "rewrites": [
      "I understand why you're upset",
      "I hear you"
     ]
    },
    {
     "phrase": "(watch|mind) your (tone|language|manners)",
     "rewrites": [
      "I understand why you're upset"
     ]
    },
    {
     "phrase": "(don't|do not) (get upset|get angry|shout|get worked up)",
     "rewrites": [
      "I hear you"
     ]
    },
    {
     "phrase": "(you're|you are) (overreacting|being dramatic|being unreasonable)",
     "rewrites": [
      "I understand why this matters to you"
     ]
    }
   ],
   "except": [
    "(will|should|'ll) (calm|settle|cool) down"
   ]
  },
  {
   "id": "calm-down-start",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" tells the customer how to feel. Acknowledge the feeling instead.",
   "scope": "clause-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Relax, it's one email.",
     "Hi Sam, just relax. The refund is on its way."
    ],
    "pass": [
     "Sit back and relax while we sort it out.",
     "You can relax the filter under Settings.",
     "Sit back, relax, and we'll handle the rest."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "[just|please|now] relax (,|.|!)"
   ],
   "except": [
    "back , relax"
   ],
   "rewrites": [
    "I understand this is frustrating",
    "I hear you"
   ]
  },
  {
   "id": "as-i-said",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" reads as \"you weren't listening\". Say it again as if for the first time.",
   "scope": "clause-start",
   "enabled": true,
   "examples": {
    "flag": [
     "As I said, the rate ended last month.",
     "Like I told you, restart it first."
    ],
    "pass": [
     "As I mentioned in my email yesterday, the refund is on its way.",
     "I said I would call, so here I am."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    {
     "phrase": "(as|like) I (said|told you|explained)",
     "rewrites": [
      "To recap",
      "In short"
     ]
    },
    {
     "phrase": "(as|like) (I|we) (have|'ve) (said|told you|explained)",
     "rewrites": [
      "To recap",
      "In short"
     ]
    },
    {
     "phrase": "again , (there is|there's|there are|see|read|check|look at|consult|refer to|as) [a|an|the|our|my|its] ... <con-docs>",
     "rewrites": [
      "To recap",
      "In short"
     ]
    },
    {
     "phrase": "(once again|again) , [please] (you (need to|have to|must|should|will need to|'ll need to)|read|check|see|refer to|make sure|follow|look at)",
     "rewrites": [
      "To recap",
      "In short"
     ]
    }
   ],
   "except": [
    "(as|like) I (said|mentioned|explained|wrote) (in|on|yesterday|earlier today|on the phone|when we spoke|in my|in our)",
    "(as|like) (I|we) [have|'ve] (said|told you|explained) , (I|we|I'm|we're|I'll|we'll|I've|we've|I'd|we'd|I am|we are|I will|we will|I have|we have|my|our)"
   ]
  },
  {
   "id": "obviously-start",
   "signal": "condescension",
   "level": "error",
   "message": "\"{actual}\" tells the customer they should have known. Say it as new information.",
   "scope": "clause-start",
   "enabled": true,
   "examples": {
    "flag": [
     "Obviously it won't fit.",
     "Hi Sam, obviously the card has to be activated first."
    ],
    "pass": [
     "Obviously we want this fixed as much as you do.",
     "We can't reproduce it, yet it obviously exists.",
     "This obviously means the release lags a little behind.",
     "My current design is obviously flawed.",
     "Obviously, that's not the experience we want you to have."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "obviously"
   ],
   "except": [
    "obviously [,] (we|I|we're|I'm|we'd|I'd|we'll|I'll|we've|I've|our|my|us)",
    "obviously [,] (you're|you are) [absolutely|completely|quite] right",
    "obviously [,] (there was|there were|there's been|there has been|there have been) [a|an|some|several|a number of|a few|many|clearly] ... (issue|issues|problem|problems|mistake|mistakes|error|errors|failing|failings|shortcoming|shortcomings|lapse|lapses|fault|faults|delay|delays|oversight|oversights)",
    "obviously [,] (that's|that is|this is|it's|it is) (frustrating|annoying|wrong|not right|not okay|not ok|unacceptable|a bug|a regression|our|not ideal|not what|not the experience|not good enough|disappointing)"
   ],
   "rewrites": [
    "As it happens,",
    "In this case,"
   ]
  },
  {
   "id": "just-do-it",
   "signal": "condescension",
   "level": "warning",
   "message": "\"{actual}\" makes it sound easy to someone who is finding it hard. Give the step plainly.",
   "scope": "text",
   "enabled": true,
   "moods": [
    "confused",
    "upset"
   ],
   "examples": {
    "flag": [
     "Calm down, it's simply a cached password.",
     "Just click Reset and you're done.",
     "Simply restart Outlook.",
     "You just need to click Reset."
    ],
    "pass": [
     "Please click Reset, then sign in again.",
     "I just checked your account.",
     "You can just use the web app while we look.",
     "If you don't need the scanner, just unplug it.",
     "I'll just restart the server for you."
    ]
   },
   "type": "phrase-avoid",
   "phrases": [
    "(simply|just|merely) click",
    "(simply|just|merely) go to",
    "(simply|just|merely) open",
    "(simply|just|merely) restart",
    "(simply|just|merely) reboot",
    "(simply|just|merely) type",
    "(simply|just|merely) enter",
    "(simply|just|merely) select",
    "(simply|just|merely) choose",
    "(simply|just|merely) log in",
    "(simply|just|merely) sign in",
    "(simply|just|merely) log out",
    "(simply|just|merely) sign out",
    "(simply|just|merely) follow",
    "(simply|just|merely) read",
    "(simply|just|merely) use",
    "(simply|just|merely) try",
    "(simply|just|merely) reset",
    "(simply|just|merely) change",
    "(simply|just|merely) update",
    "(simply|just|merely) install",
    "(simply|just|merely) delete",
    "(simply|just|merely) remove",
    "(simply|just|merely) clear",
    "(simply|just|merely) turn",
    "(simply|just|merely) switch",
    "(simply|just|merely) unplug",
    "(simply|just|merely) plug",
    "(simply|just|merely) press",
    "(simply|just|merely) tap",
    "(simply|just|merely) copy",
    "(simply|just|merely) paste",
    "(simply|just|merely) drag",
    "(simply|just|merely) run",
    "(simply|just|merely) check",
    "(it's|it is|that's|that is|this is) (simply|just|merely) (a|an)",
    "all you (have|need) to do is",
    "you (just|simply|merely) (need|have|got) to"
   ],
   "except": [
    "(I|we|I'll|we'll|I'd|we'd|I'm|we're|let me|let us|let's|I will|we will|I can|we can) [<adv>] (just|simply|merely)",
    "(can|could|may|might|'ll be able to|will be able to|should be able to|are able to|'re able to) [also|then|now|always|still] (just|simply|merely)",
    "or [you] [can|could] [just|simply|merely] (just|simply|merely)",
    "if ... ... ... , [then] [you] [can|could] (just|simply|merely)",
    "(it's|it is|that's|that is|this is) (simply|just|merely) (a|an) [quick|short|brief|small|minor] (temporary|routine|one-time|one-off|precaution|precautionary|standard|automated|automatic|estimate|formality|glitch|delay|outage|hiccup|blip)"
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
    "I know how frustrating it is when something you rely on stops working.",
    "I can imagine how much that gets in the way of your day."
   ],
   "hurry": [
    "I understand you need this working right away.",
    "I know how stressful it is to be held up when time is short."
   ],
   "upset": [
    "I don't blame you for being frustrated. I would be too.",
    "I understand how frustrating this has been, {name}.",
    "That shouldn't have happened, and I understand why you're upset."
   ],
   "confused": [
    "I understand how confusing this setting is; it trips a lot of people up.",
    "I can see why that would be confusing; the option is well hidden."
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
    "I know your time is short. I'll look into it right away and keep you posted.",
    "I'll sort this out quickly, {name}; here's the fastest way to get you going again."
   ],
   "upset": [
    "I can tell you're upset, and I don't blame you. I'm going to get right to work on this.",
    "I understand how frustrating this has been, {name}. Let's get it fixed now."
   ],
   "confused": [
    "I'll walk you through it step by step, so it's clear what to do.",
    "I'll walk you through what's going on, in plain terms."
   ]
  },
  "expectation": [
   "I'll update you by the end of the day, even if I'm still working on it.",
   "You'll hear back from me within the next hour."
  ],
  "bad-news": [
   "Here's what we know so far and what we're doing about it. I'll update you within the hour, even if nothing has changed."
  ],
  "competence": [
   "I'll fix this myself, find someone who can, or get you a workaround."
  ],
  "announce": [
   "Before we start: when we're done, I'll ask whether this solved your problem, how you felt I handled it, and what I could do better."
  ],
  "when": {
   "mood": {
    "moods": [
     "hurry",
     "upset",
     "confused"
    ]
   },
   "empathy": {
    "moods": [
     "upset",
     "confused"
    ],
    "situations": [
     "outage",
     "lost",
     "repeat"
    ],
    "not_moods": [
     "calm"
    ],
    "unless_signals": [
     "empathy"
    ]
   },
   "apology": {
    "moods": [
     "upset"
    ],
    "situations": [
     "outage",
     "lost",
     "repeat"
    ],
    "unless_signals": [
     "apology"
    ]
   },
   "bad-news": {
    "situations": [
     "outage"
    ]
   },
   "competence": {
    "situations": [
     "outage",
     "fault",
     "lost",
     "repeat"
    ],
    "unless_draft": [
     "(I|we) ('ve|have) [now|just|already] (fixed|resolved|solved|sorted|reset|restored|unlocked|re-enabled|enabled|refunded|credited|replaced|reissued|resent|re-sent|removed|cleared|corrected|processed|cancelled|canceled|added)",
     "(it|this|that|everything|your (account|printer|laptop|mailbox|email|line|order|connection)) (is|'s|are|should be) [now] [all] (working|fixed|resolved|back (up|online|to normal)|sorted|unlocked|restored)",
     "(here's|here is) how",
     "(now|already) (has|have) (access|permission|permissions|the rights|rights)",
     "(is|are|'s|'re) [now|all] ready (for|at|to)",
     "(you're|you are|she's|she is|he's|he is|they're|they are) (all set|good to go)",
     "<we> [<adv>] ('ve|have) [<adv>] [<adv>] <done-change:past> (the|your|their|his|her|its|it|them|this|that|these|those|a|an|#|you|him|her)",
     "<we> [<adv>] ('ve|have) [<adv>] [<adv>] (raised|bumped|moved|pushed|set) (the|your|their|his|her|its|it|them|this|that) ... (to|up to) (#|a|an|the|unlimited)",
     "<we> [<adv>] ('ve|have) [<adv>] [<adv>] (given|granted|assigned|issued) ... (access|rights|permission|permissions|a licence|a license|the licence|the license|a role|the role|a temporary password|a new password)",
     {
      "pattern": "(?:^|[.!?]\\s{1,4}|^(?:hi|hello|hey|morning|good morning)(?: [a-z][\\w'-]{0,20})?(?: [a-z][\\w'-]{0,20})?[,!]\\s{0,3})(?:all |that's |that is |it's |it is |this is )?done\\b(?:[,.!:]| -| –| —)"
     }
    ]
   },
   "expectation": {
    "not_situations": [
     "how-to",
     "resolved",
     "thanked"
    ],
    "unless_signals": [
     "expectation"
    ],
    "unless_draft": [
     "(I|we) ('ve|have) [now|just|already] (fixed|resolved|solved|sorted|reset|restored|unlocked|re-enabled|enabled|refunded|credited|replaced|reissued|resent|re-sent|removed|cleared|corrected|processed|cancelled|canceled|added)",
     "(it|this|that|everything|your (account|printer|laptop|mailbox|email|line|order|connection)) (is|'s|are|should be) [now] [all] (working|fixed|resolved|back (up|online|to normal)|sorted|unlocked|restored)",
     "(here's|here is) how",
     "(now|already) (has|have) (access|permission|permissions|the rights|rights)",
     "(is|are|'s|'re) [now|all] ready (for|at|to)",
     "(you're|you are|she's|she is|he's|he is|they're|they are) (all set|good to go)",
     "<we> [<adv>] ('ve|have) [<adv>] [<adv>] <done-change:past> (the|your|their|his|her|its|it|them|this|that|these|those|a|an|#|you|him|her)",
     "<we> [<adv>] ('ve|have) [<adv>] [<adv>] (raised|bumped|moved|pushed|set) (the|your|their|his|her|its|it|them|this|that) ... (to|up to) (#|a|an|the|unlimited)",
     "<we> [<adv>] ('ve|have) [<adv>] [<adv>] (given|granted|assigned|issued) ... (access|rights|permission|permissions|a licence|a license|the licence|the license|a role|the role|a temporary password|a new password)",
     {
      "pattern": "(?:^|[.!?]\\s{1,4}|^(?:hi|hello|hey|morning|good morning)(?: [a-z][\\w'-]{0,20})?(?: [a-z][\\w'-]{0,20})?[,!]\\s{0,3})(?:all |that's |that is |it's |it is |this is )?done\\b(?:[,.!:]| -| –| —)"
     }
    ],
    "open_rules": [
     "expectation-when-open"
    ]
   },
   "announce": {
    "not_moods": [
     "hurry",
     "upset"
    ],
    "first_reply": true,
    "min_customer_words": 60
   },
   "tip": {
    "not_moods": [
     "hurry",
     "upset"
    ],
    "not_situations": [
     "outage",
     "lost"
    ]
   }
  }
 },
 "mood_cues": {
  "hurry": [
   {
    "cue": [
     "(asap|urgent*|urgency|deadline|time-sensitive|time sensitive|time-critical|time critical)"
    ],
    "unless": [
     "(if|what if|in case|incase|whenever)",
     "(emergency|urgent) (use|uses|needs|case|cases|time|times|situation|situations|purposes)",
     "urgent <feature-noun>",
     "(people|persons|users|customers|consumers|shoppers|buyers|parents|families|students|travellers|travelers|folks) (who|that) [really|often|sometimes|usually] (need|needs|want|wants|require|requires) ... (urgent|urgently|asap)",
     "(I|I'll|we|we'll|will) (update|upgrade|reply|respond|send|test|try|check|do|fix) ... (asap)",
     "(is there|are there|do you (offer|have|provide|do|sell)|does your|can I (get|book|order|choose|pick)|is it possible to (get|book|order)) [a|an|any] (asap|urgent|emergency|express|rush) [repair|repairs|delivery|shipping|courier|call-out|callout|appointment] (option|options|service|services|tier|plan|rate|fee|fees|line)"
    ]
   },
   {
    "cue": [
     "emergency"
    ],
    "unless": [
     "(if|what if|in case|incase|whenever)",
     "(emergency|urgent) (use|uses|needs|case|cases|time|times|situation|situations|purposes)",
     "emergency <feature-noun>",
     "(is there|are there|do you (offer|have|provide|do|sell)|does your|can I (get|book|order|choose|pick)|is it possible to (get|book|order)) [a|an|any] (asap|urgent|emergency|express|rush) [repair|repairs|delivery|shipping|courier|call-out|callout|appointment] (option|options|service|services|tier|plan|rate|fee|fees|line)"
    ]
   },
   {
    "cue": [
     "(hurry|rush|rushed)"
    ],
    "unless": [
     "(if|what if|in case|incase|whenever)",
     "(is there|are there|do you (offer|have|provide|do|sell)|does your|can I (get|book|order|choose|pick)|is it possible to (get|book|order)) [a|an|any] (asap|urgent|emergency|express|rush) [repair|repairs|delivery|shipping|courier|call-out|callout|appointment] (option|options|service|services|tier|plan|rate|fee|fees|line)",
     "(they|he|she|people|everyone|everybody|others|players|users|customers|drivers|staff|someone|somebody) [just|always|all|usually|simply|often|then] (rush|rushes|rushed|rushing|hurry|hurries|hurried|hurrying)",
     "(a|an|the|such a) rushed",
     "(feels|seems|seemed|seem|looks|looked|look|sounds|sounded) [a bit|a little|very|so|too|really|kind of|quite|clearly|obviously|pretty] rushed",
     "(release|releases|update|updates|version|versions|patch|patches|launch|rollout|design|redesign|port|build|feature|features|game|app|product|ending|finale|episode|chapter|season|story|plot|job|work|repair|fix|installation|service call) (was|is|were|are|got|get|been|felt|feels) [a bit|a little|very|so|too|really|kind of|quite|clearly|obviously|pretty|totally] rushed"
    ]
   },
   "as soon as possible",
   {
    "cue": [
     "(no|don't have|do not have|haven't got|running out of|short on|not much|little) (time|the time)"
    ],
    "unless": [
     "(no|don't have|do not have|haven't got|not much|little) (time|the time) to (work on|look into|look at|investigate|implement|write|test|try|learn|dig|debug|contribute|maintain|port|review|read|figure|set up|setup|play|build|code|experiment)"
    ]
   },
   "running late",
   {
    "cue": [
     "(tomorrow|(by|before) (noon|midday|monday|tuesday|wednesday|thursday|friday|end of [the] day|eod|close of business))"
    ],
    "with": [
     "(can|could|would) (you|u|someone|somebody|anyone|anybody|you guys|u guys) [please|pls|plz|kindly|just] (fix|solve|sort|resolve|send|deliver|ship|get|help|restore|unblock|unlock|refund|process|activate|replace|repair|finish|have|look|check|reply|respond|confirm|approve|issue|release|reset)",
     "(<hurry-need>|start*)"
    ],
    "unless": [
     "(until|till|til) [the] (tomorrow|tonight|noon|midday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|end of [the] (day|week))",
     "(let's say|let us say|say we|for example|for instance|e.g.|imagine|suppose|supposing|hypothetically|assuming)",
     "(if|what if|in case) (you|u|anyone|anybody|someone|somebody|customers|users|people|they)",
     "(usually|normally|every|each|typically|generally)",
     "(get|got|getting|make|made|making) [it|this|that|them|everything] to work"
    ]
   },
   {
    "cue": [
     "(tonight|(in|within) <count> [more] <span-short>)"
    ],
    "with": [
     "(<hurry-need>|start*)"
    ],
    "unless": [
     "(let's say|let us say|say we|for example|for instance|e.g.|imagine|suppose|supposing|hypothetically|assuming)",
     "(if|what if|in case) (you|u|anyone|anybody|someone|somebody|customers|users|people|they)",
     "(usually|normally|every|each|typically|generally)",
     "(get|got|getting|make|made|making) [it|this|that|them|everything] to work",
     "(had|hadn't|wanted|worked|started|went|came|happened|did|didn't)"
    ]
   },
   {
    "cue": [
     "(tomorrow|tonight|(in|within) <count> [more] <span-short>|(by|before) (noon|midday|monday|tuesday|wednesday|thursday|friday|end of [the] day|eod|close of business))"
    ],
    "with": [
     "(will|'ll|going to|gonna)"
    ],
    "unless": [
     "(until|till|til) [the] (tomorrow|tonight|noon|midday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|end of [the] (day|week))",
     "?",
     "(let's say|let us say|say we|for example|for instance|e.g.|imagine|suppose|supposing|hypothetically|assuming)",
     "(if|what if|in case) (you|u|anyone|anybody|someone|somebody|customers|users|people|they)"
    ]
   },
   {
    "cue": [
     "(right now|right away|straight away|immediately|today|this (morning|afternoon|evening)|# (am|pm)|#:# [am|pm])"
    ],
    "with": [
     "<hurry-need>",
     "(can|could|would) (you|u|someone|somebody|anyone|anybody|you guys|u guys) [please|pls|plz|kindly|just] (fix|solve|sort|resolve|send|deliver|ship|get|help|restore|unblock|unlock|refund|process|activate|replace|repair|finish|have|look|check|reply|respond|confirm|approve|issue|release|reset)",
     "(you|u|someone|somebody) (could|can) [please|kindly] (fix|solve|sort|resolve|send|look|check|help|reply)"
    ],
    "unless": [
     "(got|received|came|arrived|worked|thanks|thank you|yesterday|ago|called|said|told|was|were|had|did|saw|noticed|bought|ordered|paid|happened|installed|updated|thought)",
     "(every|each|daily|nightly|usually|always|normally|whenever|typically|sometimes)",
     "(get|got|getting|make|made|making) [it|this|that|them|everything] to work",
     "(let's say|let us say|say we|for example|for instance|e.g.|imagine|suppose|supposing|hypothetically|assuming)"
    ]
   },
   "(before|by|for) (my|our|the|his|her|their|a) [next|upcoming|early|big] (flight|trip|exam|exams|meeting|interview|wedding|holiday|vacation|presentation|launch|deadline|surgery|appointment|funeral|departure|move|class|shift|event)",
   {
    "cue": [
     "(or|otherwise|or else|else) [I|we] (will|'ll|would|'d|am going to|'m going to|are going to|'re going to|might|could|may) (lose|miss|forfeit|be fined|get fined|be evicted|get evicted|be kicked out|have to cancel)",
     "(I|we) [will|'ll|would|'d|am going to|'m going to|are going to|'re going to|might|could|may|stand to|are about to|'re about to|am about to|'m about to] (lose|miss|forfeit) (the|my|our|a|this|that) [big|important|whole|new] (deal|job|contract|client|clients|customer|customers|flight|booking|reservation|deadline|exam|appointment|connection|train|sale|sales|deposit|place|spot|seat|slot|tickets|ticket|business|order|interview|launch|window)"
    ],
    "unless": [
     "?",
     "(every|each|usually|always|sometimes|often|last (week|month|year|time)|lost|missed)"
    ]
   },
   "(waiting|on hold|been trying|been waiting|chasing|held up) ... <count> [more] [+] (<span-short>|<span-long>)",
   {
    "cue": [
     "(waited|wait|tried|trying) ... <count> [more] [+] (<span-short>|<span-long>)"
    ],
    "with": [
     "(still|no|nothing|not|n't|'t|never|yet|hold)"
    ]
   },
   "(waiting|waited|on hold|chasing) (for|since) (ages|hours|days|weeks|months|forever|so long|too long)",
   "<count> [more] [+] (<span-short>|<span-long>) (to|on|onto) [my|our|the|total] (wait|waiting) [time|times]",
   "<count> [more] [+] <span-short> before (I|we) [finally|just|eventually] (gave up|give up|quit|closed it|uninstalled)",
   "(gave up|give up|giving up) (after|following) [over|more than|almost|nearly|about|around] <count> [more] [+] <span-short>",
   {
    "cue": [
     "(I|we|I've|we've|I have|we have|I had|we had) (waited|been waiting) (so|too|very|really|way too|far too) long",
     "(I|we|I've|we've|I have|we have|I had|we had) (waited|been waiting) (forever|ages|an eternity)"
    ],
    "unless": [
     "(happy|glad|thrilled|delighted|excited|pleased|love|loving|finally here|finally arrived|at last|worth the wait|worth it|was worth|thank*|thanks|thx)"
    ]
   },
   {
    "cue": [
     "(after|despite|in spite of) [my|our|all my|all our|all the|so many] (multiple|several|many|numerous|repeated|countless|endless|constant|continuous|continued|two|three|four|five|# #|#) (follow-ups|follow ups|followups|emails|e-mails|mails|calls|phone calls|messages|chats|requests|complaints|reminders|tickets|escalations|visits|attempts to (reach|contact|call|get through))"
    ],
    "with": [
     "(no|not|n't|'t|never|nothing|nobody|no one|none|zero|still|yet|without)"
    ],
    "unless": [
     "(now|finally|all|it's|it is|it was|everything is|everything's|got|have it|had it|got it|got this|got that|got things|got everything) [now|finally|all|properly|fully|completely] (working|fixed|solved|resolved|sorted|repaired|back to normal)",
     "(works|working) (again|now)",
     "no more (error*|crash*|problem*|issue*|bug*|lag|freez*|glitch*|failures)",
     "no (complaints|complaint|regrets)"
    ]
   },
   "(still|am|been|keep|kept) waiting",
   {
    "cue": [
     "(takes|take) [us|me] [around|about|almost|nearly|over|more than|at least|approx|approximately|roughly] <count> [more] [+] <span-short> [minimum|at least|or more|plus] to (deliver|serve|send|bring|provide|clear|respond|reply|answer|arrive|attend|seat|check us in|check me in|be delivered|be served|be seated|be attended|get served)",
     "(made|make|makes|making|kept|keep|keeps|keeping) (us|me|everyone|everybody|customers|guests|people) (wait|waiting) [for] [over|more than|almost|nearly|about|around|approx|approximately] <count> [more] [+] (<span-short>|<span-long>)",
     "(made|make|makes|making|kept|keep|keeps|keeping) (us|me|everyone|everybody|customers|guests|people) (wait|waiting) [for] (so long|too long|forever|ages|hours|days|weeks|a long time|such a long time)",
     "(waiting|wait) (time|times) (was|is|were|are) [just|really|very|so|too|extremely|absolutely] (terrible|horrible|awful|long|ridiculous|insane|crazy|unacceptable|atrocious|endless|excessive|painful)",
     "(after|despite) waiting [for] [so|such] (a long time|so long|too long|ages|forever|hours|days|weeks|months)"
    ],
    "unless": [
     "?",
     "(only|less than|under|within|quick*|fast|prompt*|great|amazing|excellent|love|loved|worth|happy|glad|usually|normally|typically|generally|always|so far|should|if|whenever)",
     "just (take|takes|made|make|makes|kept|keep|keeps|had to)",
     "(<performance-job>|update|updates|query|queries|report|reports|job|jobs|script|scripts)",
     "<machine-subject> [just|still|now|always|also|sometimes|often] (takes|take|makes|make|keeps|keep|kept|made)"
    ]
   },
   {
    "cue": [
     "(even|still) after [over|more than|almost|nearly|about|around] <count> [more] [+] <span-short>"
    ],
    "with": [
     "(no|not|n't|'t|never|nobody|no one) ... (served|serve|delivered|deliver|came|come|arrived|arrive|attended|attend|answered|answer|replied|reply|responded|respond|showed up|show up|turned up|turn up)"
    ],
    "unless": [
     "?",
     "(come|comes|came|coming) (on|up|online)"
    ]
   },
   {
    "cue": [
     "(it's been|it has been|its been) [more than|over|almost|nearly|about|around|close to] <count> [more] [+] <span-long>",
     "(it's been|it has been|its been) [literally|actually] (days|weeks|months|ages)"
    ],
    "unless": [
     "(love|loving|loved|amazing|awesome|excellent|recommend|enjoy*|smooth|wonderful|fantastic)"
    ]
   },
   "since [the] (last|past) (# #|#|two|three|four|five|six|seven|ten|several|many|few|couple of) <span-long>",
   "(trying|tried|waiting|waited|calling|called|chasing|struggling|contacting|following up) (since|from) [the|early] <past-point>",
   "(trying|tried|waiting|waited|calling|called|chasing|struggling|contacting|following up) (since|from) [the] [beginning|start|end|middle|mid|early|late] [of] <month-name>",
   "(trying|tried|struggling) to (get|reach|contact|call|phone|ring|email|e-mail|speak|talk|resolve|fix|sort|obtain|receive|recover|claim|cancel) ... ... since [the] [beginning|start|end|middle|mid|early|late] [of] <month-name>",
   "(waiting|waited|chasing) ... ... since [the] [beginning|start|end|middle|mid|early|late] [of] <month-name>",
   {
    "cue": [
     "(been|for|over|after) <count> [more] [+] <span-long>",
     "(for|over|in) the (past|last) <count> [more] [+] <span-long>"
    ],
    "with": [
     "(still|waiting|yet|since|chasing|no (reply|response|answer|word|update|refund|delivery|engineer|news)|nothing|nobody|no one)",
     "(this|it|that|the (problem|issue|fault|matter|situation|saga)|this (problem|issue|matter|situation|saga)) (has|have|had|'s) been (going on|ongoing|dragging on)",
     "(trying|tried) ... to (reach|contact|call|phone|ring|get through|get hold|speak|talk|get an answer|get a reply|get a response|get my|get our|get a refund|get someone)"
    ],
    "unless": [
     "(love|loving|loved|amazing|awesome|excellent|recommend|enjoy*|smooth|wonderful|fantastic)"
    ]
   },
   {
    "cue": [
     "(<count>|days|weeks|ages) [+] [<span-long>] (ago|back|later|now|late|overdue)"
    ],
    "with": [
     "(still|waiting|yet|no (reply|response|answer|word|update)|nothing|nobody|no one|heard|haven't heard|hasn't arrived|not arrived|not here|never arrived)",
     "(not|no|never|without) [any|a|single] (respons*|repl*|answer*|revert*|callback|call back|update*|action|solution|resolution)"
    ]
   },
   {
    "cue": [
     "(# #|#|two|three|four|five|six|several|many|few|couple of|hours) [+] [hour*|hr|hrs] (ago|later|now|late|overdue)"
    ],
    "with": [
     "(still|waiting|yet|no (reply|response|answer|word|update)|nothing|nobody|no one|heard|haven't heard|hasn't arrived|not arrived|not here|never arrived)",
     "(not|no|never|without) [any|a|single] (respons*|repl*|answer*|revert*|callback|call back|update*|action|solution|resolution)"
    ]
   },
   {
    "cue": [
     "(<count>|minutes) [+] [min|mins|minute*] (ago|later|now|late|overdue)",
     "(a|an|one|half an|half a) (hour|hr) (ago|later|now|late|overdue)"
    ],
    "with": [
     "(still (no|not|nothing|waiting|without|haven't|hasn't|have not|has not)|waiting|yet|no (reply|response|answer|word|update|one)|nothing|nobody|no one|haven't heard|hasn't arrived|not arrived|not here|never arrived)",
     "(not|no|never|without) [any|a|single] (respons*|repl*|answer*|revert*|callback|call back|update*|action|solution|resolution)"
    ]
   },
   {
    "cue": [
     "(for|after|over) [over|more than|almost|nearly] (# #|#|two|three|four|five|six|several|many|few|couple of) [+] (hour*|hr|hrs)"
    ],
    "with": [
     "(still|waiting|hold|queue|yet|no (reply|response|answer|one)|nobody)"
    ],
    "unless": [
     "(unplug*|unplugged|turn* off|turned off|switch* off|switched off|power* off|powered (off|down)|shut* down|left|held|kept|let|charg*|reboot*|restart*|reset*|disconnect*|soak*|dried|dry*|cool*|ran|run) [it|them|this|that|everything|my|the|our] ... (for|over) [about|around|over|almost|nearly|a good|a full] (<count>|half an|half a) [+] (sec*|min|mins|minute*|hour*|hr|hrs)"
    ]
   },
   {
    "cue": [
     "(for|after|over) <count> [+] (min|mins|minute*)",
     "(for|after|over) (a|an|one|half an|half a) (hour|hr)"
    ],
    "with": [
     "(still (no|not|nothing|waiting|without|haven't|hasn't|have not|has not|can't|cannot|unable|n't|'t|won't|didn't)|waiting|hold|queue|yet|no (reply|response|answer|one)|nobody)",
     "still (hadn't|had not|wasn't|was not|weren't|were not|didn't|did not)"
    ],
    "unless": [
     "(unplug*|unplugged|turn* off|turned off|switch* off|switched off|power* off|powered (off|down)|shut* down|left|held|kept|let|charg*|reboot*|restart*|reset*|disconnect*|soak*|dried|dry*|cool*|ran|run) [it|them|this|that|everything|my|the|our] ... (for|over) [about|around|over|almost|nearly|a good|a full] (<count>|half an|half a) [+] (sec*|min|mins|minute*|hour*|hr|hrs)"
    ]
   },
   {
    "cue": [
     "(delayed|held up|running late|stranded|stuck waiting|left waiting|kept waiting) [by|for|over|almost|nearly|more than|another] <count> [more] [+] (hour*|hr|hrs|day*|week*|wk|wks|fortnight*)"
    ],
    "unless": [
     "(claim|refund|compensation|delay repay)"
    ]
   },
   {
    "cue": [
     {
      "pattern": "\\d{1,4}\\s?(?:mins?|minutes?|hours?|hrs?|days?|weeks?|wks?)\\s?(?:late|overdue|delayed|behind)"
     }
    ],
    "unless": [
     "(was|were|claim|refund|compensation|delay repay)"
    ]
   },
   {
    "cue": [
     "since [the|early] <past-point>",
     "from [the|early] <past-point>"
    ],
    "with": [
     "(down|out|offline|waiting|bounc*|no (internet|power|service|signal|connection|phone|email|water|heating))",
     "(stuck|pending|blocked|frozen|on hold|not (working|credited|received|refunded|delivered|reflected|resolved))"
    ]
   },
   {
    "cue": [
     "<count> [more] (night|nights|<span-long>) ... ... still (no|not|without|nothing)"
    ],
    "unless": [
     "(love|loving|loved|great|amazing|awesome|excellent|perfect|happy|glad|recommend|smooth|wonderful|fantastic|so far so good)",
     "still (no|not|without) (crash*|problem*|issue*|error*|complaint*|complaints|bug*|glitch*|regrets)"
    ]
   },
   "(still|yet) (not|no|haven't|hasn't|have not|has not|didn't|did not|not yet|isn't|is not|aren't|hasnt|havent|didnt) ... (received|receive|arrived|arrive|delivered|refunded|here|come|shipped|fixed|sorted|resolved|got|get|gotten)",
   {
    "cue": [
     "(need|needs|have to|has to|must|got to|gotta) [to] (pay|submit|send|file|finish|print|book|travel|catch|get to|teach|present|deliver|ship|launch|deploy|release|hand in)"
    ],
    "with": [
     "(can't|cannot|can not|unable|not able|won't|doesn't|does not|isn't|is not|locked|blocked|stuck|not working|no access|failing|fails)",
     "not (opening|loading|responding|going through|getting through|connecting|starting)"
    ],
    "unless": [
     "(you|they|one|customers|users|people) (need|needs|have to|has to|must|got to)"
    ]
   },
   "(stuck|stranded) [just|right] (on|in|at|outside|between|near) [a|the|my] (train|plane|bus|coach|ferry|airport|station|platform|motorway|road|highway|tarmac|runway|border|hotel|lobby|car park|parking lot)",
   "(stuck|stranded) [just|right] (outside|between|near) ...",
   "stranded",
   {
    "cue": [
     "(en route|enroute|on (my|our) way|at the (gate|airport|station|terminal)|boarding)"
    ],
    "with": [
     "(now|wait*|delay*|stuck|late|cancel*|missed|miss|still|will we|can we|connection|closed|can't|cannot|unable|won't|not working|not loading|declined)"
    ]
   },
   "(is|are|'s|'re|am|'m|been|being|currently|still|completely|totally) blocked (on|by) (this|it|that|you|your|the (bug|issue|problem|fix|outage|error|ticket))",
   "(blocking|blocks|holding up|holds up|stalling|stalls) (us|me|our|my) [whole|entire|next|upcoming] [release|releases|deploy|deploys|deployment|build|builds|pipeline|ci|production|prod|launch|rollout|migration|upgrade|team|work|project|sprint|go-live|customers|users|business]",
   "(blocking|blocks|holding up|holds up) the (whole|entire) ...",
   {
    "cue": [
     "(we|I) (are|'re|am|'m) [currently|completely|totally|now|still|fully|basically|effectively] blocked"
    ],
    "unless": [
     "blocked (from|by|in|on|at|because)",
     "(if|when|whether|why|how|unless)",
     "?"
    ]
   },
   {
    "cue": [
     "(affecting|impacting|hurting|costing|blocking) [all|many|most|several|hundreds|thousands] [of] (our|my) (customers|users|clients|business|sales|revenue|staff|employees|team|students|patients|operations|production|orders)"
    ],
    "unless": [
     "(if|when|whether)",
     "(might|may|could|would|will|can) [be|start|end up] (affecting|impacting|hurting|costing|blocking)",
     "?"
    ]
   },
   "(we|I) (can't|cannot|can not|won't be able to|are unable to|am unable to|'re unable to|'m unable to|are not able to|am not able to) (ship|release|deploy|launch|go live|publish|roll out|deliver|merge|proceed|move forward) ... (until|till|unless|before)",
   "(can't|cannot|unable to|not able to|can not) (do my job|do any work|get any work done|work (today|now|at all|from home)|respond to (customers|clients|enquiries|orders)|take payments|trade|teach)",
   {
    "cue": [
     "(I|we) [just|simply|literally|really|still|currently|now|honestly|basically|even] (can't|cannot|can not|cant|am unable to|are unable to|am not able to|are not able to) [even|currently|properly|really|actually|now|possibly] (work|study|teach|do my job|do our jobs|do our job|do my work|do our work|do my homework|do my assignment|do my assignments|do my coursework|get my work done|get on with my work|get on with our work|serve (my|our) (customers|clients|patients|students|guests))",
     "(I|we) ('m|'re) [just|simply|literally|really|still|currently|now|honestly|basically] (unable to|not able to) [even|currently|properly|really|actually|now|possibly] (work|study|teach|do my job|do our jobs|do our job|do my work|do our work|do my homework|do my assignment|do my assignments|do my coursework|get my work done|get on with my work|get on with our work|serve (my|our) (customers|clients|patients|students|guests))"
    ],
    "unless": [
     "(can't|cannot|can not|cant|unable to|able to) [even|currently|properly|really|actually|now|possibly] work (out|around|through|with|there|here|for|it out|this out|that out)",
     "(if|what if|in case|whether|whenever|unless|every|each|usually|normally|always|weekends|yesterday|last (night|week|month|year)|ago)",
     "?"
    ]
   },
   "(losing|lose|lost|cost me|costing (me|us)) [in] [lost] (sales|money|customers|business|orders|revenue)",
   "(need|needs|want|wants|use) (it|this|that|them|my (card|phone|laptop|computer|account|car)) [fixed|sorted|done|working|back|resolved] [for work|for school|for college|for class|for uni|for my job|for my shift|for my class|for my exam] (now|today|tonight|asap)",
   "(need|needs|want|wants) (it|this|that|them|these|those) [fixed|sorted|done|working|back|resolved|delivered|sent|finished|ready] [by] [like] yesterday",
   {
    "cue": [
     "(quickly|urgently|promptly|fast|at the earliest|at once)"
    ],
    "with": [
     "(need|needs|needed|have to|has to|must|got to|gotta|require|requires)"
    ],
    "unless": [
     "(how|how to|is there a way|is it possible|way to)"
    ]
   },
   "(for|much|any) (long|longer) without",
   {
    "cue": [
     "since # [st|nd|rd|th] (jan*|feb*|mar*|apr*|may|jun*|jul*|aug*|sep*|oct*|nov*|dec*)",
     "since (jan*|feb*|mar*|apr*|may|jun*|jul*|aug*|sep*|oct*|nov*|dec*) # [st|nd|rd|th]"
    ],
    "with": [
     "(waiting|still|not|no|never|yet|pending|n't|nothing)"
    ]
   },
   {
    "cue": [
     "still [says|shows|showing|shown|showing as|shown as|stuck in|stuck on|stuck at|in] (pending|under process|in process|processing|on hold|in progress|awaiting)"
    ],
    "unless": [
     "(is|are) ... ... still (pending|under process|in process|processing|on hold|in progress|awaiting) ?"
    ]
   },
   "(no|not any|not a single|haven't got any|have not got any|didn't get any|did not get any|haven't received any|have not received any) (update|updates|response|reply|answer|call|callback|information) (till now|until now|so far|to date|till date)",
   "(not|no|haven't|hasn't|didn't|never) ... (received|credited|refunded|reversed|resolved|replied|delivered|arrived) (till now|until now|so far|to date|till date)",
   "(please|pls|plz|kindly) (resolve|fix|solve|sort|refund|return|credit|reverse|process|respond|reply|help|look into|check) ... (fast|quickly|immediately|urgently|asap|at the earliest|as early as possible)",
   "(can't|cannot|can not|won't|couldn't) (wait|last|go on|hold on|cope|survive) (much|any|a lot|for) (longer|long|more)",
   {
    "cue": [
     "(last|final|closing) (day|date) (to|for|of) ...",
     "(today|tomorrow|tonight) (is|was) the (last|final|closing) (day|date)"
    ],
    "unless": [
     "(when|what|which) (is|'s|was|are|would be|will be) the (last|final|closing) (day|date)",
     "(if|what if|in case|usually|normally|every|each)"
    ]
   },
   {
    "cue": [
     "(been trying|been waiting|been unable|been struggling) ... ... (for|over|since|in) [the] [last|past] <count> [+] (hour*|hr|hrs|<span-long>)"
    ],
    "with": [
     "(no success|without success|to no avail|no luck|not|no|n't|'t|never|still|unable|can't|cannot|fail*|nothing|help)"
    ]
   },
   {
    "cue": [
     "<count> [+] <span-long> [now|already] (I|I'm|Im|I am|I've|Ive|I have|we|we're|we've|we have) [been|am|are|still] (try*|wait*|unable|not able|struggl*|chasing)"
    ]
   },
   "since [the|early] <past-point> [I|we] (I'm|Im|I am|I've|Ive|I have|we're|we've|we have|am|been) [been] (trying|waiting|unable|not able|struggling|locked out|stuck|chasing)",
   "<count> [+] (hour*|hr|hrs|<span-long>) [now|later] (and|&|n) [it's|it is|I'm|I am|I've|I have|there's|there is|I|we|it] (still|counting|nothing|no|not|never|yet)",
   {
    "cue": [
     "(pending|processing|under review|in review|in process|on hold|awaiting|unprocessed|uncredited|not credited|not received|not delivered|not arrived|not refunded) (for|since) [over|more than|almost|nearly|about|around|the last|the past] <count> [+] (<span-short>|<span-long>)"
    ],
    "unless": [
     "(normal|expected|usual|typical|is that|is this|is it)"
    ]
   },
   {
    "cue": [
     "(ordered|paid|sent|applied|requested|reported|booked|submitted|emailed|called|transferred|raised|placed|filed|returned|complained|contacted|wrote|messaged|posted|asked|dm'd|dmd|dmed|dm'ed|tweeted|inboxed|pinged|rang|phoned) ... <count> [+] <span-long> (ago|back)"
    ],
    "with": [
     "(no sign|not|n't|'t|never|nothing|nobody|no one|still|yet|no (reply|response|answer|word|update|refund|delivery|news))"
    ]
   },
   {
    "cue": [
     "(without|no) (internet|wifi|wi-fi|broadband|power|electricity|service|signal|phone|phone service|landline|mobile data|data|water|heating|hot water|gas|tv|cable|connection|email|mail|access) (for|since|in) [over|more than|almost|nearly|the last|the past] (<count>|days|weeks|months|hours|ages|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last (night|week|month)|this morning) [+] [hour*|hr|hrs|<span-long>]"
    ],
    "with": [
     "(I|we|me|us|my|our|I've|we've|I'm|we're|still|now)"
    ]
   },
   "<count> [+] (hour*|hr|hrs|<span-long>) [now|already] (without|with no) (internet|wifi|wi-fi|broadband|power|electricity|service|signal|phone|phone service|landline|mobile data|data|water|heating|hot water|gas|tv|cable|connection)",
   "day (#|two|three|four|five|six|seven|ten) (without|of (no|waiting|being)|and (still|no|nothing))",
   "(waited|waiting|wait|been) [for] [over|more than|almost|nearly|about|around] <count> [+] <span-short> (on the phone|on hold|in (a|the) (queue|line)|in line|on (a|the) (call|chat|line)|for (someone|somebody|an agent|a reply|a response|an answer|support|you|a callback|a call back))",
   "(hours|ages|forever|days) (on hold|in (the|a) queue|on the phone)",
   "(expedite|expedited|expediting|fast-track|fast track|fasttrack) (this|it|my|our|the)",
   {
    "cue": [
     "(on|this|next|by|before|until|till) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning)",
     "in the morning",
     "first thing"
    ],
    "with": [
     "(deadline|due|flight|fly|flying|exam|exams|interview|go live|going live|goes live|launch*|wedding|surgery|appointment|travel*|trip|moving|presentation|demo|funeral|court|hearing|rent|mortgage)"
    ],
    "unless": [
     "?",
     "(every|each|usually|always|normally|whenever|typically|sometimes|last|was|were|did|had|went|happened)"
    ]
   },
   "(client|clients|boss|manager|patients|students|guests|kids) (is|are|'s|'re|has been|have been) [still|all|now] (waiting|stuck|stranded|blocked)",
   "(team|users|customers|staff|office) (is|are|'s|'re|has been|have been) [still|all|now] (stuck|stranded|blocked)",
   {
    "cue": [
     "(by|before) [the] (end of|close of) [the|this|next] (week|month|sprint|quarter|year|business day)",
     "(by|before) (next week|this week|the weekend|this weekend|next month)"
    ],
    "with": [
     "(need*|have to|has to|must|got to|gotta|due|deadline|submit*|deliver*|launch*|go live|present*|finish*|complete*|ready|done|asap|urgent*|please|pls|kindly)"
    ],
    "unless": [
     "(will|would|'ll|going to|gonna|plan|planned|planning|expect*|hope|hoping) [it|this|the fix|the feature|the update|the release|you|they] (be|ship|land|come|release|arrive)"
    ]
   },
   "(can't|cannot|can not|unable to|not able to|couldn't|could not|no way to|won't let me|wont let me|doesn't let me|does not let me|not letting me) (do|make|send|receive|pay|access|use) any [new] (banking|payments|payment|transfers|transfer|transactions|transaction|shopping|bills|work|orders|purchases|withdrawals|deposits|trading|calls|emails|email|mail|messages|texts)",
   "(can't|cannot|can not|unable to|not able to|couldn't|could not|no way to|won't let me|wont let me|doesn't let me|does not let me|not letting me) (access|get to|get at|reach|withdraw|use|touch|see|pay) [or see|or pay|or access] [one of] (my|our) [own] [mobile|phone|internet|home internet|electricity|gas|water] (money|funds|cash|salary|wages|savings|pension|bill|bills)",
   {
    "cue": [
     "(currently|at the moment|right now|at present) [I|we] [still] (can't|cannot|can not|am unable to|are unable to|unable to|am not able to|are not able to|not able to) [even] (work|upload|deploy|build|ship|release|publish|test|compile|print|pay|log in|login|sign in|access|send|receive|invoice|process)",
     "(I|we) (currently|still currently) (can't|cannot|can not|am unable to|are unable to|am not able to|are not able to) [even] (work|upload|deploy|build|ship|release|publish|test|compile|print|pay|log in|login|sign in|access|send|receive|invoice|process)"
    ],
    "unless": [
     "?",
     "(if|what if|in case|whether|whenever|usually)"
    ]
   },
   "(can't|cannot|can not|unable to|not able to|couldn't|could not|no way to|won't let me|wont let me|cant|not allowing me to|doesn't let me|does not let me) [to] [even] (transfer|send|move|get|withdraw|use|access|take out|redeem|claim|spend) [back|out] (my|our|that|the|this|those) [own] [zip|wallet|account|bank|hard earned|hard-earned|added] (money|funds|balance|cash|amount|salary|savings|deposit)",
   {
    "cue": [
     "(at|in|reached|to|from) [the|a] <point-of-need>"
    ],
    "with": [
     "(can't|cannot|unable|not able|couldn't|could not|insufficient|no sufficient|not enough|declined|failed|fails|stuck|not working|won't)"
    ],
    "unless": [
     "(if|what if|in case|whenever|every|each|usually|normally|always)"
    ]
   },
   {
    "cue": [
     "(supposed to|meant to|due to|scheduled to|expected to|promised to|should have|should've) [be|been] (arrive|arrived|come|came|be here|been here|delivered|deliver|shipped|ship|refunded|credited|fixed|sorted|installed|connected|done|ready|back|called|call|replied|sent|dispatched|here)",
     "(was|were) due"
    ],
    "with": [
     "(yesterday|last (night|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|# (days|weeks|wks|fortnights|hours|hrs) ago|this morning|hours ago|days ago|weeks ago|by now|already)"
    ],
    "unless": [
     "(release|released|version|feature|update|patch|build|pr|pull request|merge|merged|roadmap)"
    ]
   },
   "(still|yet) (not|no|haven't|hasn't|have not|has not|didn't|did not|not yet|isn't|is not|hasnt|havent|didnt) ... (shown up|showed up|turned up|come through|gone through|been (sent|shipped|delivered|processed|credited|refunded|fixed|sorted|dispatched))",
   "still (no|not a|without) [sign of] [a|my|the|any] (refund|refunds|sign|parcel|package|delivery|engineer|technician|callback|call back|money|news|word|reply|response|answer|replacement|order|item|confirmation|compensation|credit|cheque|check|tickets)",
   {
    "cue": [
     "(all|the whole|the entire|whole|entire) (day|morning|afternoon|evening|night|weekend|week)"
    ],
    "with": [
     "((is|are|was|were|been|went|gone|still|'s) (down|out|offline)|outage|(no|without) (internet|wifi|signal|power|service|connection|phone|water|heating|tv|reply|response|answer|one|update)|waiting|waited|on hold|still (waiting|down|out|offline)|still (no|not) (internet|wifi|signal|power|service|connection|phone|reply|response|answer|one|engineer|update|word|news)|nobody|no one|stranded|chasing)"
    ],
    "unless": [
     "(every|usually|always|normally|whenever|typically|sometimes|works|worked|running|ran)"
    ]
   },
   "(open|unresolved|unfixed|outstanding|unanswered|unaddressed|ignored) (for|since) [over|more than|almost|nearly|the last|the past] <count> [+] (<span-long>|year*)",
   "how much longer",
   "how long (do|will|must|should|am|are) (I|we) [have to|need to|supposed to|going to] (wait|be waiting|keep waiting)",
   {
    "cue": [
     "(is|it's|its|this is|been|are|they're) taking (forever|ages|so long|too long|way too long)"
    ],
    "unless": [
     "(compile|compiling|build|building|load|loading|boot|booting|render*|query|queries|import*|export*|install*|sync*|index*|script|test|tests|upload*|download*|scan*|backup|migration|start*)"
    ]
   },
   "<count> [+] <span-short> (on|at|in|outside) [a|the|your] (tarmac|gate|airport|station|plane|train|bus|platform|queue|line|counter|store|shop|branch|terminal|runway|lobby|desk|drive-thru|drive thru|car park|parking lot)",
   "since [almost|nearly|about|around|more than|over] <count> [+] <span-long>",
   {
    "cue": [
     "(took|taking) [me|us|them|you|it] [almost|nearly|about|around|more than|over|at least] <count> [+] <span-long>"
    ],
    "unless": [
     "(what if|if)",
     "(completed|finished|succeeded|successfully|without (any|errors))",
     "(only|barely|merely) (took|taking|take|takes)"
    ]
   },
   {
    "cue": [
     "(took|taking) [me|us|them|you|it|him|her] [almost|nearly|about|around|more than|more then|over|at least|like|roughly] <count> [+] <span-short> [and a half] to [be] (deliver|delivered|serve|served|bring|arrive|come back|come out|come over|come round|show up|turn up|respond|reply|answer|attend|seat|seated|check in|check us in|check me in|check out|pick up|pick us up|pick me up|collect|get through)",
     "(took|taking) [me|us|them|you|it|him|her] [almost|nearly|about|around|more than|more then|over|at least|like|roughly] <count> [+] <span-short> [and a half] to get [to] [a|an|the|our|my|any|some] (<owed-service>|desk|counter|room|rooms|ride|bill|check|towels|keys|key)",
     "(took|taking) [me|us|them|you|it|him|her] [almost|nearly|about|around|more than|more then|over|at least|like|roughly] <count> [+] <span-short> [and a half] (for|before) [a|an|the|our|my|any|some] (<owed-service>|waiter|waitress|staff|room service|housekeeping)"
    ],
    "unless": [
     "(what if|if)",
     "(completed|finished|succeeded|successfully|without (any|errors))",
     "(only|barely|merely) (took|taking|take|takes)",
     "<performance-job>|(run|runs|running|ran) [the|a|my|this|that|our] (query|queries)|(query|queries) (took|takes|ran|runs)",
     "(quick|quickly|fast|prompt|promptly|speedy|swift|swiftly|efficient|efficiently|smooth|smoothly|easy|great|excellent|lovely|friendly|helpful|within) ... ... ... (took|taking)",
     "(took|taking) ... ... ... (quick|quickly|fast|prompt|promptly|speedy|swift|swiftly|efficient|efficiently|smooth|smoothly|easy|great|excellent|lovely|friendly|helpful|within)"
    ]
   },
   {
    "cue": [
     "((I|we) had to|(I|we) have had to|made (me|us)|kept (me|us)) [stand and|sit and] (wait|waiting) [for] [over|more than|almost|nearly|about|around|like|roughly] <count> [+] (<span-short>|<span-long>)",
     "(I|we) had to ... ... (and|then) (wait|waited) [for] [over|more than|almost|nearly|about|around|like|roughly] <count> [+] (<span-short>|<span-long>)"
    ],
    "unless": [
     "<performance-job>|(run|runs|running|ran) [the|a|my|this|that|our] (query|queries)|(query|queries) (took|takes|ran|runs)",
     "(only|barely|merely) (had to|have had to|made|kept)"
    ]
   },
   {
    "cue": [
     "(takes|take) [me|us|them|you|it] [almost|nearly|about|around|more than|over|at least] <count> [+] <span-long>"
    ],
    "unless": [
     "(what if|if|so far|usually|normally|typically|generally|always|only|should|would|supposed to|expected to|estimated|says|said|whereas|while|compared)",
     "(right|correct|isn't it|doesn't it|is that right|is that correct|am i right) ?",
     "(but|and|whereas|while) (for|with) ... (it|they) (takes|take)"
    ]
   },
   {
    "cue": [
     "taking (very long|too long|so long|forever|ages|too much time|so much time|a lot of time|lot of time|a long time|long time)"
    ],
    "unless": [
     "(what if|if)",
     "(took|takes|take|taking) ... (to|for) [the app|it|page|pages] [actually|even|just|fully] (open|opening|load|loading|start|starting|launch|boot|booting|respond|sync|render|compile|compiling|run|install|installing|update|updating|refresh|log in|login|scan|search|access|accessing|sign in|get into)",
     "(import|imports|export|exports|build|builds|compile|compiling|compilation|query|queries|sync|scan|backup|backups|upload|uploads|download|downloads|install|installer|render|rendering|search|loading|startup|boot|script|tests|migration|indexing) ... (took|takes|take|taking)",
     "(to|at|during|on|while|when) [the|system|the system] (resume|resuming|wake|wake up|waking|reboot|rebooting|restart|shut down|power on|power up|boot up|come out of) [after|from] [suspend|sleep|standby|hibernation]",
     "(time|long) and (effort|work|money|energy|love|care|dedication)"
    ]
   },
   {
    "cue": [
     "(takes|take) (very long|too long|so long|forever|ages|too much time|so much time|a lot of time|lot of time|a long time|long time)"
    ],
    "with": [
     "(still|yet|not|no|n't|'t|never|nothing|nobody|no one|waiting|pending|refund*|asap|urgent*)",
     "(transfer|transfers|payment|payments|money|order|delivery|parcel|package|reach|arrive|arrives|credited)"
    ],
    "unless": [
     "(what if|if)",
     "(took|takes|take|taking) ... (to|for) [the app|it|page|pages] [actually|even|just|fully] (open|opening|load|loading|start|starting|launch|boot|booting|respond|sync|render|compile|compiling|run|install|installing|update|updating|refresh|log in|login|scan|search|access|accessing|sign in|get into)",
     "(import|imports|export|exports|build|builds|compile|compiling|compilation|query|queries|sync|scan|backup|backups|upload|uploads|download|downloads|install|installer|render|rendering|search|loading|startup|boot|script|tests|migration|indexing) ... (took|takes|take|taking)",
     "(to|at|during|on|while|when) [the|system|the system] (resume|resuming|wake|wake up|waking|reboot|rebooting|restart|shut down|power on|power up|boot up|come out of) [after|from] [suspend|sleep|standby|hibernation]",
     "(time|long) and (effort|work|money|energy|love|care|dedication)"
    ]
   },
   {
    "cue": [
     "took (very long|too long|so long|forever|ages|too much time|so much time|a lot of time|lot of time|a long time|long time)"
    ],
    "with": [
     "(still|yet|not|n't|'t|never|nothing|nobody|no one|waiting|pending|refund*)"
    ],
    "unless": [
     "(what if|if)",
     "(took|takes|take|taking) ... (to|for) [the app|it|page|pages] [actually|even|just|fully] (open|opening|load|loading|start|starting|launch|boot|booting|respond|sync|render|compile|compiling|run|install|installing|update|updating|refresh|log in|login|scan|search|access|accessing|sign in|get into)",
     "(import|imports|export|exports|build|builds|compile|compiling|compilation|query|queries|sync|scan|backup|backups|upload|uploads|download|downloads|install|installer|render|rendering|search|loading|startup|boot|script|tests|migration|indexing) ... (took|takes|take|taking)",
     "(to|at|during|on|while|when) [the|system|the system] (resume|resuming|wake|wake up|waking|reboot|rebooting|restart|shut down|power on|power up|boot up|come out of) [after|from] [suspend|sleep|standby|hibernation]",
     "(time|long) and (effort|work|money|energy|love|care|dedication)"
    ]
   },
   {
    "cue": [
     "(my|our|the|his|her) (money|amount|payment|funds|balance|refund|cash|salary) (is|are|has been|have been|got|get|gets|getting|still|stays) [still|now] (stuck|blocked|held|on hold|frozen|not (credited|received|reflected|refunded|returned|reversed))",
     "(my|our|the|his|her) (money|amount|payment|funds|balance|refund|cash|salary) (is|are|has been|have been) still pending",
     "(money|amount|payment|funds|balance) stuck"
    ],
    "unless": [
     "(what if|if|in case|whether|when (you|u|one|someone|people|my|our|i))",
     "(last (year|month|week)|fine now|ok now|okay now|resolved now|sorted now)",
     "?"
    ]
   },
   {
    "cue": [
     "(debited|deducted|cut|withdrawn|taken) ... (not|never|n't|'t|yet to be) [been|yet|get|got|be] (credited|received|reflected|reached|added|delivered|transferred|detected|done|completed|successful)",
     "(not|never|n't|'t|yet to be) [been|yet|get|got|be] (credited|received|reflected|reached|added|delivered|transferred|detected|done|completed|successful) ... (debited|deducted|cut)",
     "(debited|deducted|cut) (but|and|yet|however) ... ... (failed|unsuccessful|declined|not successful|not completed|not done)",
     "(failed|unsuccessful|declined|pending|stuck|not successful|not completed) ... (debited|deducted|cut) (from|in|of|frm)",
     "(failed|unsuccessful|declined|not successful|not completed) (but|and|yet|however) ... ... (debited|deducted|cut) (from|in|of|frm)",
     "(debited|deducted|cut) (from|in|of|frm) ... (failed|unsuccessful|declined|not successful|not completed)"
    ],
    "unless": [
     "(what if|if|in case|whether|how)",
     "(refunded|reversed|returned|got it back|got my money back|received it back|credited back|came back|resolved|sorted|thanks|thank you)",
     "?"
    ]
   },
   {
    "cue": [
     "(I|we|I've|we've|I have|we have|I had|we had) [just|already|also] (added|add|loaded|load|transferred|transfer|sent|send|deposited|deposit|topped up|top up|recharged|recharge) ... ... ... (not|never|n't|'t|yet to be) [been|yet|get|got|be|being] (credited|received|reflected|reached|added|detected|showing|shown|updated)"
    ],
    "with": [
     "(money|amount|rs|rupees|inr|balance|funds|cash|payment|wallet|#)"
    ],
    "unless": [
     "(what if|if|in case|whether|how|sometimes|usually|often|every|whenever)",
     "(refunded|reversed|returned|got it back|got my money back|received it back|credited back|came back|resolved|sorted|thanks|thank you)",
     "?"
    ]
   },
   {
    "cue": [
     "(refund|return|give|transfer|send|credit|release|reverse|revert) [me] [back] (my|our) [hard earned|hard-earned|full|whole|entire] (money|amount|payment|funds|balance|cash|rs|rupees)",
     "(refund|return|give|transfer|send|credit|release|reverse|revert) [it|them|that] [back] to my (bank|account|bank account|card|wallet|upi)"
    ],
    "unless": [
     "(what if|if|in case|whether|how|can I|could I|will I|do I|would I|is there)",
     "(got|received|receive|have received|has been received|came|arrived|thanks|thank you|guarantee)",
     "?"
    ],
    "beside": [
     "(still|stuck|held|blocked|frozen|on hold|need it|need that|need the money|need this money|urgent*|asap|immediately|right now|today|tonight|tomorrow|since|yet|till now|until now|so far|ago|for (days|weeks|months|hours|ages|a week|a fortnight|a month|so long)|# (day|days|week|weeks|wk|wks|fortnight|fortnights|month|months|hour|hours|hr|hrs))",
     "(rent|bills|fees|emergency|hospital|medicine|can't|cannot|unable|not able|no money|nothing left|deducted|debited|cut|failed|not (credited|received|reflected|added|reached|successful|completed)|(never|not|didn't|did not) (went|go|gone|come|came) through|pending|lost)"
    ]
   },
   {
    "cue": [
     "(want|need|demand|demanding|expect) (my|our) [hard earned|hard-earned|full|whole|entire] (money|amount|funds|cash) back"
    ],
    "with": [
     "(still|stuck|held|blocked|frozen|on hold|need it|need that|urgent*|asap|immediately|right now|today|tonight|tomorrow|since|yet|till now|until now|so far|ago|for (days|weeks|months|hours|ages|a week|a fortnight|a month|so long)|# (day|days|week|weeks|wk|wks|fortnight|fortnights|month|months|hour|hours|hr|hrs)|rent|bills|school fees|fees|emergency|hospital|medicine|can't pay|cannot pay|unable to pay|no money left|nothing left)"
    ],
    "unless": [
     "(what if|if|in case|whether|how|can I|could I|will I|do I|would I|is there)",
     "(got|received|receive|have received|has been received|came|arrived|thanks|thank you|guarantee)",
     "?"
    ]
   },
   {
    "cue": [
     {
      "pattern": "\\b(?:from|since|after|for|over|in|last|past|has|have|had|its|it's|till now|until now)\\s(?:the\\s)?(?:last\\s|past\\s)?(?:over\\s|more than\\s|almost\\s|nearly\\s|about\\s|around\\s)?(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many|few|couple of)\\s?\\+?\\s?(?:days?|weeks?|wks?|months?)\\b"
     }
    ],
    "with": [
     "(not|n't|'t|never|no|still|yet|till now|until now|so far|pending|unable|nothing|nobody|no one)",
     "(stuck|held|blocked|frozen|on hold|deducted|debited)"
    ],
    "unless": [
     "(using|used|use|user|users|customer|member|been with|owned|subscribed|ago|every|each|trial|free|valid|validity|plan|expire*|within|up to|upto|takes|take|usually|normally)"
    ]
   },
   {
    "cue": [
     "(took|taking) (them|him|her|the (staff|waiter|waitress|server|servers|kitchen|cashier|clerk|doctor|nurse|driver|technician|engineer|mechanic|agent|rep|pharmacy|front desk)) [around|about|over|almost|nearly|more than|at least] (<count>|half an) [+] <span-short> to (bring|serve|seat|take|get|come|answer|respond|call|see|help|check|find|fix|make|cook|deliver|acknowledge|ring|process)",
     "(had to|have to|has to|made me|made us|make me|make us|making me|making us|kept me|kept us) wait [for|over|almost|nearly|about|around|more than|at least|another] [over|almost|nearly|about|around|more than|at least|another] (<count>|half an) [+] (<span-short>|day*|week*|wk|wks|fortnight*)",
     "(<count>|half an) [+] <span-short> (on hold|in (the|a) queue|in the phone queue)",
     "(sat|sitting|stood|standing) [there|around|here|outside|in line|in the car] [for] [around|about|over|almost|nearly|more than|at least] (<count>|half an) [+] <span-short>",
     "(<count>|half an) [+] (min|mins|minute|hour|hr) (wait|queue|line)",
     "(took|taking) [around|about|over|almost|nearly|more than|at least] (<count>|half an) [+] <span-short> [<count> <span-short>] to (arrive|come|get here|get there|reach|show up|turn up|be delivered|be served|be seated|pick me up|pick us up)"
    ],
    "unless": [
     "(what if|if|load|loads|loading|boot|booting|compile|compiling|build|install|installing|render|sync|download|upload|run|runs|running|update|updating|process|scan|usually|normally|every)",
     "(<performance-job>|query|queries) (took|taking)",
     "for (the|my|our|this|that|a|an|every) ... <performance-job> to",
     "(figure|find|work out|set up|setup|configure|understand|learn|read|write|fix|debug|solve)",
     "(only|barely|merely) (took|taking|take|takes)"
    ]
   },
   {
    "cue": [
     "(took|take|takes|taking) (me|us) [around|about|over|almost|nearly|more than|at least|an extra] (<count>|half an) [+] <span-short>",
     "(took|taking) [around|about|over|almost|nearly|more than|at least] (<count>|half an) [+] <span-short> [<count> <span-short>] to be ready"
    ],
    "unless": [
     "(what if|if|run|runs|running|update|updating|process|usually|normally|every)",
     "<performance-job>|(run|runs|running|ran) [the|a|my|this|that|our] (query|queries)|(query|queries) (took|takes|ran|runs)",
     "(figure|find|work out|set up|setup|configure|understand|learn|read|write|fix|debug|solve)",
     "(only|barely|merely) (took|taking|take|takes)"
    ]
   },
   {
    "cue": [
     "(waited|waiting|sat|sitting|stood|standing|stuck|kept|held|left) ... [for|over] [over|almost|nearly|about|around|more than|at least|another] <count> [more] [+] (<span-short>|<span-long>)"
    ],
    "with": [
     "for (a|an|the|my|our|any|someone|somebody|support|you|your|them|their|his|her) [single|proper|real] (answer|reply|response|refund|callback|call back|call|engineer|technician|delivery|update|decision|resolution|fix|news|information|agent|driver|order|parcel|package|replacement|confirmation|email|letter|human|person)",
     "(no|without|not a|not any) [any|single] (information|update|updates|explanation|word|answer|reply|response|news|announcement|food|water|help)",
     "on (the|a) (tarmac|plane|runway|train|bus|platform|phone|line)",
     "for (a|an|the|my|our|his|her|their|any|someone|somebody|anyone|staff|someone to|somebody to) [single|table|first|main|hot|cold] (food|meal|meals|table|drinks|drink|seat|room|check|bill|doctor|nurse|prescription|pizza|order|coffee|car|ride|taxi|cab|key|keys|server|waiter|waitress|manager|service|turn|appointment|help|assistance|attention|come|take|bring|serve|see|seat|help|answer|acknowledge)",
     "to be (seated|seen|served|called|helped|attended to|checked in|greeted|acknowledged|picked up|assisted)",
     "(waited|waiting) ... for (a|an|the|my|our|his|her|their|someone|somebody|anyone)",
     "(past|after|beyond|longer than) (my|our|the) [scheduled|booked] (appointment|reservation|booking|slot) [time]"
    ],
    "unless": [
     "(what if|if|build|builds|compile|compiling|install|installing|render|sync|download|upload|load|loading|boot|script|tests|usually|normally|every|worth it|worth the wait)"
    ]
   },
   "<count> [+] (hour*|hr|hrs|<span-long>) [now|later|already] (without|with no|and no|and not a|and not one) [any|a|single] (response|reply|answer|update|word|news|callback|call back|refund|resolution|solution|engineer|technician|delivery|contact|feedback|help)",
   "(not|no|haven't|hasn't|didn't|never|did not|have not|has not) ... (receive|get|got|hear|heard|seen|see) [any|a|single|anything] [feedback|reply|response|answer|update|word|news|call|refund|money] [from you|from them|back] (till now|until now|so far|to date|till date|as of now|as of today)",
   {
    "cue": [
     "(if|unless) ... ... (not|n't|'t|never) ... (immediately|right away|right now|at once|asap|today|tonight|tomorrow) [,|then] (I|we) (will|'ll|shall|am going to|'m going to) [have to|be forced to] (escalate|complain|report|file|go|take|sue|contact|approach|post|cancel|dispute|lodge|raise|leave|switch|uninstall|delete|close|write|call|stop)",
     "(if|unless) ... ... (not|n't|'t|never) ... within <count> <span-short> [,|then] (I|we) (will|'ll|shall|am going to|'m going to) [have to|be forced to] (escalate|complain|report|file|go|take|sue|contact|approach|post|cancel|dispute|lodge|raise|leave|switch|uninstall|delete|close|write|call|stop)",
     "(if|unless) ... ... (not|n't|'t|never) ... (by|before) (tomorrow|tonight|noon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|end of [the] (day|week)) [,|then] (I|we) (will|'ll|shall|am going to|'m going to) [have to|be forced to] (escalate|complain|report|file|go|take|sue|contact|approach|post|cancel|dispute|lodge|raise|leave|switch|uninstall|delete|close|write|call|stop)"
    ],
    "unless": [
     "?",
     "(let's say|let us say|say we|for example|for instance|e.g.|imagine|suppose|supposing|hypothetically|assuming)"
    ]
   },
   {
    "cue": [
     "(resolve|fix|solve|sort|refund|return|credit|reverse|process|respond|reply|help|unblock|unlock|restore|activate|reactivate|release|transfer|send|deliver|call|contact|cancel|stop) [it|this|that|me|us|my|our|the] ... (immediately|right now|right away|at once|straight away|straightaway|without (any)? delay)"
    ],
    "unless": [
     "(if|when|whenever|once|then|after|automatically|crash*|closes|quits|reboots|restarts)"
    ]
   },
   {
    "cue": [
     "(need|needs|needed|require|requires|rely on|depend on|use) ... for (my|our) [important|urgent|daily|office|official|online|school|college|university] (work|job|business|exam|exams|studies|study|classes|class|school|college|office|interview|meeting|flight|trip|travel|salary|shop|store|clients|customers|patients)"
    ],
    "with": [
     "(not|n't|'t|unable|can't|cannot|won't|stopped|fails|failing|failed|blocked|locked|stuck|down|crash*|error|broken)"
    ],
    "unless": [
     "(if|would it|could I|could we|going to|plan to|planning|wondering|is there|how (do|can|to|would)|what)"
    ]
   },
   {
    "cue": [
     "(our|my|the) (customers|users|buyers|shoppers|employees|staff|drivers|members|tenants|students|guests|team) (are|'re|have been|has been|were|is) [still|all|now|left] waiting"
    ],
    "unless": [
     "waiting (for|on) (the|a|this|your|an) [new|next|upcoming] (new|next|feature|features|release|update|version|app|integration|launch|support)"
    ]
   },
   {
    "cue": [
     "(money|amount|payment|refund|funds|transfer|balance|deposit|cash|salary) ... (still|yet) [not|n't] (in|into|on|to|at|reflecting in) (my|our|the) [bank|savings|current] (account|bank|wallet|card|upi)"
    ],
    "unless": [
     "(what if|if|when (you|u|one|someone|people))",
     "?"
    ]
   },
   {
    "cue": [
     "(not|n't|'t|never|yet to be|still not) [been|be|yet] (credited|reflected|received|reached|reversed|refunded|returned)"
    ],
    "with": [
     "(yesterday|ago|last (night|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|since|# (days|hours|hrs|weeks|wks|fortnights)|(two|three|four|five|six|several|many|few) (days|hours|hrs|weeks|wks|fortnights)|this morning|till now|until now|so far)"
    ],
    "unless": [
     "(what if|if|when (you|u|one|someone|people))",
     "?",
     "(usually|normally|takes|take|within|up to|upto)"
    ]
   },
   {
    "cue": [
     "((production|prod) [site|server|servers|system|systems|environment|database|app|line|lines]|our [production|live|main|online|web] (site|website|web site|store|shop|server|servers|system|systems|network|phones|phone lines|email|app|service|platform|checkout|pos|tills|till|database|backend|api)|the (live|production) (site|server|system|environment|database)) (is|are|'s|'re|went|has gone|have gone|has been|have been) [completely|totally|all|still|now] (down|offline|dead|unusable|unreachable)",
     "(our|my) (customers|clients|users|staff|employees|team|students|patients|drivers|members|agents|cashiers) (can't|cannot|can not|are unable to|aren't able to|are not able to|couldn't) [even] (work|log in|login|sign in|check out|checkout|pay|order|book|access|use|connect|print|clock in|get in)",
     "(we|I) (can't|cannot|can not|are unable to|am unable to|'re unable to|'m unable to|are not able to|am not able to) [currently|even] (take|process|accept|ship|fulfil|fulfill|serve|invoice|dispatch|open) [any|new|our|the] (orders|payments|bookings|calls|customers|deliveries|sales|shipments|shop|store|patients|students)"
    ],
    "unless": [
     "(if|what if|in case|whether|last (week|month|year)|was|were|back up|back online|working again|resolved|fixed)",
     "?"
    ]
   },
   {
    "cue": [
     "(waited|waiting|wait) (so|too|far too|way too|very|really|long) (long|long enough)"
    ],
    "unless": [
     "(if|whenever|when) (it|you|u|they|customers|users|people|one|someone|anyone) [ever|still] (take|takes|has to|have to|must|need to|needs to|wait|waits)"
    ]
   },
   "(waited|been waiting) long enough",
   {
    "cue": [
     "(can't|cannot|can not|couldn't|unable to|not able to|won't let me|doesn't let me|does not let me|not letting me|not allowing me to) [even|still] (withdraw|access|use|get|take out|transfer|move|spend|touch|reach) (my|our|that|this|the) [own|hard earned|hard-earned|whole|entire] (money|funds|balance|savings|salary|cash|wages|pension)"
    ],
    "unless": [
     "(if|what if|in case|whether|how|is there|is it possible)",
     "?"
    ]
   },
   {
    "cue": [
     "(not|never|n't|'t) (get|got|receive|received) [the|my|any|a] (payment|money|amount|funds|transfer) ... ... (debited|deducted|cut|taken)",
     "(debited|deducted|cut|taken) ... ... ... (not|never|n't|'t) (get|got|receive|received) [the|my|any|a] (payment|money|amount|funds|transfer)"
    ],
    "unless": [
     "(what if|if|in case|whether|how)",
     "(refunded|reversed|returned|got it back|got my money back|credited back|came back|resolved|sorted)",
     "?"
    ]
   },
   {
    "cue": [
     "(not|n't|'t|never|nobody|no one|nothing) [been|yet|even|be|has|have|got|get] (solved|fixed|resolved|sorted|answered|addressed|processed|activated|reactivated|unblocked|credited|refunded|reversed|delivered|dispatched|shipped|replied|responded|contacted|called) ... (till now|until now|so far|to date|till date|as of now|as of today)"
    ],
    "unless": [
     "(what if|if|in case|whether)"
    ]
   },
   {
    "cue": [
     "(tomorrow|tonight|(in|within) <count> [more] <span-short>|(by|before) (noon|midday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of [the] (day|week)|eod|close of business|the weekend)|(on|this|next|coming) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|first thing)"
    ],
    "unless": [
     "?",
     "(yesterday|last (night|week|month)|ago|was|were|did|went|happened|worked|fixed|resolved|sorted|works now|working now|working again)",
     "(if|what if|in case|whenever|every|each|usually|normally|typically|let's say|for example|for instance|suppose|imagine)",
     "(I'll|I will|we'll|we will|I'm going to|we're going to|I can|I could|I'd) [just] (try|check|test|call|look|update|send|reply|retry|install|restart|reboot|come back|get back|contact)"
    ],
    "beside": [
     "still (fails|failing|fail|crashes|crashing|errors|erroring|times out|timing out|doesn't|does not|won't|will not|can't|cannot|isn't|is not|not|no)",
     "(can't|cannot|can not|unable to|not able to|won't be able to|couldn't|could not) [even|currently] (ship|release|deploy|launch|go live|pay|print|send|submit|log in|login|sign in|access|finish|work|open|use|run|export|import|file|book|check in|board|travel|teach|present|process)",
     "without (this|it|that|a fix|the fix|access) ... (can't|cannot|can not|won't|will not|unable|not able|no way)",
     "(doesn't|does not|won't|will not|isn't|is not|keeps) (work|working|load|loading|open|start|export|print|sync|run|failing|crashing)",
     "(not working|locked out|blocked)"
    ]
   },
   {
    "cue": [
     "<count> [+] <span-long> (ago|now|already|later)",
     "(since|for|over|after) [the] [last|past] [over|more than|almost|nearly] <count> [+] <span-long>",
     "(since|from) (last (week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    ],
    "unless": [
     "?",
     "(bought|purchased|using|used|owned|installed|upgraded|updated|trial|valid|expire*|every|each|usually|normally|typically|takes|take|within)",
     "in <count> [+] <span-long>",
     "(if|what if|in case|whenever|let's say|for example|for instance|suppose|imagine)",
     "(no luck|no joy|no success|no difference|works now|working now|working again|fixed now|resolved now|sorted now)"
    ],
    "beside": [
     "still (nothing|no|not|nobody|no one|waiting|haven't|hasn't|have not|has not|didn't|did not|isn't|is not|aren't|pending|the same|down)",
     "nothing (yet|so far|since|back)",
     "no (reply|response|answer|word|update|news|refund|fix|callback|call back|engineer|delivery) (yet|so far|since|till now|until now)",
     "(haven't|hasn't|have not|has not|never) (heard|received|got|gotten|come|been (fixed|resolved|refunded|answered|shipped|delivered|credited))",
     "(nobody|no one) (has|have) (replied|responded|answered|called|contacted|got back|gotten back|come|fixed)"
    ]
   },
   {
    "cue": [
     "<count> [+] <span-long> [have|has|had] [already|now|almost|nearly] (passed|gone|gone by|elapsed|over)",
     "(it is|it's|its|this is|that is) [already|almost|nearly|more than|over|about|around|close to] <count> [+] <span-long> (now|already)"
    ],
    "with": [
     "(still|yet|not|n't|'t|no|never|nothing|nobody|no one|pending|waiting|stuck)"
    ],
    "unless": [
     "?",
     "(if|what if|in case|love|loving|amazing|awesome|excellent|recommend|enjoy*|smooth|wonderful|fantastic|usually|normally|every|each)"
    ]
   },
   {
    "cue": [
     "(I am|I'm|Im|we are|we're|currently|right now|now) [currently|now|still|just] (travelling|traveling|abroad|overseas|on holiday|on vacation|on a trip|on the road|in another country|at the (<point-of-need>|store|shop|station|mall|hotel|restaurant))"
    ],
    "with": [
     "(blocked|locked|frozen|declined|declining|failing|fails|failed|won't go through|not going through|doesn't go through|can't|cannot|can not|unable|not able|not working|doesn't work|does not work|won't work|no money|stranded|stuck)"
    ],
    "unless": [
     "?",
     "(if|what if|in case|whenever|every|each|usually|normally|always|last (week|month|year|time)|was|were|went|got back|came back|returned)"
    ]
   },
   {
    "cue": [
     "(is|are|it's|its|this is|that's|thats|becomes|become|became) [a|an] [complete|total|real|major|big|critical|hard|serious] (blocker|showstopper|show stopper|show-stopper)",
     "(blocker|showstopper|show stopper|show-stopper) (for|to) (us|me|our|my)"
    ],
    "unless": [
     "?",
     "(not|no longer|isn't|wasn't|if|what if|would be|could be|might be|less of)"
    ]
   },
   {
    "cue": [
     "(nobody|no one|noone|none of us|none of (our|my) (staff|users|employees|team|customers|clients|students|agents)) [here|in the office|at work|in our office|on our team|on the team|in our team|in the company|at our company] (can|is able to|are able to) [even|currently|now] (work|log in|login|sign in|access|connect|print|pay|check out|checkout|order|book|get in|get any work done|do anything|use it|use the)",
     "(our|my|the) (whole|entire) (team|office|company|staff|department|school|class|business|shop|store|workforce) (can't|cannot|can not|is unable to|are unable to|isn't able to|aren't able to) [even|currently] (work|log in|login|sign in|access|connect|print|pay|do anything|get any work done)",
     "(our|my|the) (whole|entire) (team|office|company|staff|department|business|shop|store|workforce) (is|are|'s|has been|have been) [now|still|completely|totally] (down|offline|stuck|blocked|locked out|idle|at a standstill|sitting idle)",
     "(everyone|everybody|all of us|all (our|my) (staff|users|employees|customers|clients|agents)) (is|are|'s|has been|have been) [now|still|currently] (locked out|stuck|blocked|unable to (work|log in|login|access|connect))"
    ],
    "unless": [
     "?",
     "(if|what if|in case|whether|whenever|every|each|usually|normally|last (week|month|year)|was|were|back up|back online|working again|resolved|fixed)"
    ]
   },
   {
    "cue": [
     "still nothing (on|about|regarding|from) (this|that|it|my|you|your|the (ticket|request|issue|case|order|refund|bug|bugs|report|question|matter))",
     "still nothing (news|back|heard|since)",
     "(bumping|bump|bumped) (this|my|the) (thread|topic|post|question|issue|request|ticket)",
     "(haven't|hasn't|have not|has not|not|never|didn't|did not) [yet] heard [anything|a word|a thing] back (in|for|since|after|over) [over|more than|almost|nearly|about|a|an|the last|the past] (<count>|<span-long>) [+] [<span-long>]"
    ],
    "unless": [
     "(what if|if|whether|usually|normally)"
    ]
   }
  ],
  "upset": [
   "(frustrat*|angry|angered|furious|livid|irate|upset|disappoint*|pissed|infuriat*|outrag*|disgust*|exasperat*|fuming|seething|appalled|horrified|devastated|heartbroken|distraught|gutted|miserable|unhappy|dissatisfied|irritat*)",
   {
    "cue": [
     "annoy*"
    ],
    "unless": [
     "annoying [kernel|debug|log|dmesg|console] (log|logs|warning|warnings|splat|splats|log messages|debug messages|kernel messages|dmesg)"
    ]
   },
   {
    "cue": [
     "<psych:ing>"
    ],
    "unless": [
     "(concerning|bothering|stressing|overwhelming|annoying)",
     "<psych:ing> (about|over|whether|how|if|with)"
    ]
   },
   {
    "cue": [
     "(overpriced|over priced|over-priced|overcharg*|over charg*|over-charg*|overrated|over rated|over-rated|overhyped|unreliable|unusable|unaffordable|unbearable|unhelpful|mediocre|deceptive|deceiving|misleading|drawback|downside|inconvenien*|worthless|unfair|nonsense|greedy|bitter)"
    ],
    "unless": [
     "(bit|little|slightly|somewhat|kinda|kind of|a tad|sorry for|apologi*|apologies|excuse|if|whether)",
     "nonsense (value|values|output|outputs|characters|chars|data|text|bytes|numbers|results|readings|string|strings|symbols)",
     "(drawback|drawbacks|downside|downsides) (of|to|with) (this|that|the|my|our|such|each|either|both|an|a) [first|second|other|current|proposed|suggested|simple|naive|obvious] (approach|method|methode|solution|setup|configuration|config|design|option|way|technique|workaround|strategy|scheme|layout|choice|alternative|patch|change|idea|fix)",
     "(drawback|drawbacks|downside|downsides) (of|to) (using|doing|running|having)"
    ]
   },
   "driving me (up the wall|crazy|nuts|mad|insane|bonkers|round the bend|around the bend|round the twist|to despair)",
   "(at|reached|reaching|come to) the end of my (tether|rope)",
   "(pulling|tearing|ripping) (my|our) hair out",
   "(banging|bashing|hitting) (my|our) head (against|on) (the|a) (wall|desk|brick wall)",
   "(doing my head in|the last straw|at breaking point|sick to death|had it up to here|losing the will to live|beyond (frustrated|annoyed|fed up|angry))",
   "(wasted|wasting|blew|burned|burnt) (a|an|one|two|three|four|five|six|#|several|many|few|couple of|half a|half the|the whole|the entire|a whole|an entire|all|my|our|hours|days) [whole|entire|full|more|good|of|couple of|my] (min|mins|minute*|hour*|hr|hrs|day*|week*|morning|afternoon|evening|night|weekend)",
   "(fed up|sick and tired|sick of|tired of|done waiting|had enough|at my wits' end|stressed out|so stressed|lost (my|all) patience|losing my (mind|patience|temper))",
   "(can't|cannot|can not) believe",
   {
    "cue": [
     "how (can|could|dare) (you|u|they) [people|guys]",
     "why (don't|dont|do not|won't|wont|can't|cant|didn't|didnt|doesn't|doesnt|do|does|did|are|is|would|should) (you|u|ur|they) [people|guys]",
     "what (kind|sort) of (service|company|app|bank|business|support|customer service|customer care) (is|are|was)"
    ],
    "unless": [
     "(good|great|love|nice|awesome|best|excellent|amazing|wonderful|helpful|fastest)",
     "(how) (can|could) (you|u|they) [people|guys] (export|import|change|set|add|enable|disable|turn|install|configure|create|delete|remove|find|get|open|use|tell|see|check|download|upload|connect|access|make sure|know|do it|edit|move|copy|run|switch|reset|update)"
    ]
   },
   {
    "cue": [
     "for no [apparent|good|valid] reason",
     "without (any|a|prior|my|our|advance) [prior|advance] (notice|warning|reason|explanation|consent|permission|notification|information)",
     "without (notice|warning|consent|permission|notification|informing|asking|telling) [me|us|anyone]"
    ],
    "unless": [
     "(can I|can we|may I|may we|is it possible|allowed to|how (do|can|could) (I|we)|am I able|are we able)",
     "(if|in case|make sure|ensure|so that)",
     "<failing-device> [just|randomly|suddenly|sometimes|then|still] (drops|dropped|disconnects|disconnected|reboots|rebooted|restarts|restarted|crashes|crashed|hangs|hung|freezes|froze|fails|failed|stops|stopped|dies|died|resets|reset)",
     "<failing-device> [just|randomly|suddenly|sometimes|then|still] (shuts down|shut down|turns off|turned off|switches|switched|falls|fell|goes|went|flickers|flickered|spins up|spun up|wakes|woke|exits|exited|aborts|aborted|times out|timed out|degrades|degraded|unmounts|unmounted)"
    ]
   },
   {
    "cue": [
     "(not|never|isn't|wasn't|am not|'m not) (happy|pleased|impressed|satisfied|cool|fair|acceptable|good enough)"
    ],
    "unless": [
     "(if|unless|whether|when|whenever|once) ... ... (not|never|isn't|wasn't|aren't|weren't) (happy|pleased|impressed|satisfied|cool|fair|acceptable|good enough)"
    ]
   },
   {
    "cue": [
     "(ridiculous|unacceptable|disgraceful|disgrace|pathetic|appalling|atrocious|abysmal|terrible|horrible|horrendous|awful|dreadful|useless|hopeless|incompeten*|inept*|shambles|laughable|rubbish|garbage|trash|crappy|shady|dodgy|scam|scammed|scammers|rip off|rip-off|ripoff|thief|thieves|robbing|robbed|liar|liars|lying|lied|rude|disrespectful|unprofessional|insulting|outrageous|absurd|insane|unbelievable|inexcusable|lax|shocking|scandalous|criminal)"
    ],
    "unless": [
     "garbage (value|values|bytes|byte|characters|chars|collection|collector|collected|pointer|pointers|memory)",
     "(a|an|have a|had a|got a|get a|getting a) [bad|really|very|bit of a] (terrible|horrible|awful|dreadful) (feeling|hunch|suspicion)",
     "(useless|hopeless) without",
     "lying (around|about in|on the|in the|on my|in my|in a|on a|there|unused)"
    ]
   },
   {
    "cue": [
     "worst"
    ],
    "unless": [
     "worst case",
     "(the|these|those) worst ... (issue|issues|bug|bugs|crash|crashes|error|errors|glitch|glitches|flicker*|artifact*|artefact*|lag|latency|performance|offender|offenders)"
    ]
   },
   "(a|what a|such a|is a|'s a) (joke|farce|disaster|nightmare|mess|sham|con)",
   "(poor|bad|lousy|crap|shoddy) (service|customer service|support|communication|quality|business|experience|treatment)",
   "(epic|complete|total) (fail|failure)",
   {
    "cue": [
     "(sucks|suck|blows)"
    ],
    "unless": [
     "(blows|blow) (up|out|air|hot|cold|a fuse|the fuse)"
    ]
   },
   "(cheats|cheated|cheating|cheater|cheaters|cheeting|cheeted|looting|looted|fraudster|fraudsters|extortion|extorting|daylight robbery)",
   {
    "cue": [
     "cheat"
    ],
    "unless": [
     "cheat (sheet|sheets|code|codes|mode|menu|menus|engine|table|tables|console|command|commands|list|card|cards)"
    ]
   },
   {
    "cue": [
     "(loot|loots)"
    ],
    "unless": [
     "(good|great|nice|decent|better|best|bad|poor|more|less|rare|epic|legendary|random|free|lots of|plenty of|tons of|some|no|any|get|getting|got|collect|collecting|find|finding|drop|drops|for|of) (loot|loots)",
     "(loot|loots) (box|boxes|crate|crates|chest|chests|drop|drops|table|tables|pool|system|key|is|was)",
     "(lootbox|lootboxes)"
    ]
   },
   "(fooling|fooled|fool (me|us|people|customers|users)|bamboozled|conned|gaslight*|gaslit|gas (lights|lighting) (me|you|us|people|users)|screwed (me|us|over|out)|screw (me|us|people|customers) over)",
   "(not|never|isn't|is not|no longer) [at all|even|really] (worth|worthy)",
   "(waste|wasted|wasting) [of] (my|our|your)? (time|money)",
   "(don't|do not|dont|never) [ever] (trust|buy from)",
   "(don't|do not|dont|never) [ever] (download|install|use|buy) (this|it|their|these|this app|the app)",
   {
    "pattern": "(?:^|[.!?:;]\\s{0,3})(?:(?:pls|please|guys|people|everyone),?\\s)?(?:don['’]?t|do not|never)\\s(?:ever\\s)?(?:try|subscribe to|sign up for|pay for)\\s(?:this|it|their|these|the)\\b"
   },
   "(you'd|you would|you'll|you will|you're|you are) [be|probably be|honestly be] better off",
   {
    "cue": [
     "(pls|please|guys|everyone|friends|people) (don't|do not|dont|never) (buy|download|install|use|trust)"
    ]
   },
   {
    "pattern": "\\b(?:0{1,2}|1|zero|one|no|half an?)\\s?(?:/\\s?(?:5|10)\\b|stars?\\b|out of (?:5|five|10|ten)\\b)"
   },
   "why (can't|cannot|won't|wont|doesn't|does|do|don't|is|isn't|must|should|would) (I|we|you|it|this|they|u|anyone) (just|even|simply)",
   {
    "cue": [
     "(desperate|desperately|out of options|run out of options|ran out of options|last resort|at a loss|at my wits)"
    ],
    "unless": [
     "at a loss (as to|how|why|what|where|which|here|on how|about how|with (this|the|my|it))"
    ]
   },
   {
    "cue": [
     "(don't|do not|wouldn't|would not|never|can't|cannot) recommend"
    ],
    "unless": [
     "(can't|cannot|can not) recommend ... enough",
     "recommend [it|this|this game|this app|the game|the app] (if|unless (it|it's|its|they|the|this|there|there's|your|on|a|an)|unless (you|u) (have|own|are|'re|need|want|plan|play|use|can|don't|do not|already|only|just|get|know|'ve))",
     "recommend [it|this|this game|this app|the game|the app] for (beginners|newcomers|someone|kids|children|casual players)",
     "recommend [it|this|this game|this app|the game|the app] for (people|those|players|users|someone) (with|without|on|new to|looking|expecting|who (are|have|want|need|play|use|own|just|only|prefer)|that (are|have|want|need|play|use|own))"
    ]
   },
   "(never|not) (coming|going) back",
   "(won't|will not|never) (be back|come back|return|use (you|your|this) again|buy from|order from|shop|fly with) ...",
   "never again",
   "(take|taking) my (business|money|custom) elsewhere",
   "(would|'d) [much] rather ... (elsewhere|somewhere else|anywhere else)",
   {
    "cue": [
     {
      "pattern": "\\b(?:just\\s)?(?:use|try|go\\swith|switch\\sto|stick\\swith)\\s[\\p{L}\\p{N}-]{1,20}\\sinstead\\b"
     }
    ],
    "unless": [
     "(use|try|go with|switch to|stick with) (the|a|an|my|your|our|this|that|it|another|other|them|one|some|any)",
     "(I|we|you|they|he|she|to|can|could|will|would|'ll|'d|should|must|might|may|did|do|does) [just|then|now|also] (use|try|go with|switch to|stick with)"
    ]
   },
   {
    "pattern": "\\b(?:don['’]?t|do\\snot)\\sbother\\s{0,2}(?:[.!,;]|$)"
   },
   "(dispute|disputing) (it|this|the charge)",
   "lost (a|this|another|one) (customer|client)",
   "(nobody|no one|no-one) (cares|listens|helps|bothers|gives a)",
   "(hung up on|hang up on|hangs up on|hanging up on) (me|us|him|her|my|our|customers|people)",
   "(lied to|blamed|blaming|shouted at|yelled at|screamed at|screaming|flipping out|fobbed off|runaround|the run around)",
   "called me (a|an) ...",
   "(weren't|wasn't|not|never) (ready|willing|interested|bothered) to (listen|help)",
   "(fought|fighting|arguing|battling) with",
   {
    "cue": [
     "(keep|keeps|kept) (changing|lying|passing|moving|ignoring|cancelling|canceling)"
    ],
    "unless": [
     "(drive|drives|disk|disks|ssd|hdd|link|connection|device|devices|driver|firmware|kernel|system|server|router|modem|card|adapter|board|array|node|process|daemon|module|chip|sensor|controller|interface|port|cpu|gpu|fan) (keep|keeps|kept)",
     "(screen|display|monitor|window|laptop|pc|computer|machine|vm|container|job|build|script|wifi|wi-fi|bluetooth|usb|printer|battery|radio|ap|access point|service|vpn|tunnel|mount|filesystem|pool|raid|camera|mic|microphone|headset|keyboard|mouse|cursor|game|editor|ide|compiler|browser|tab) (keep|keeps|kept)",
     "(channel|setting|settings|clock|time|date|resolution|volume|brightness|focus|layout|order|icon|icons|file|files|value|values|ip|address|name|id|mode|frequency|speed|position|size) (keep|keeps|kept)"
    ]
   },
   "(ignored|ignoring|ignore) (me|us|my|our)",
   {
    "cue": [
     "(I|we) [just|simply|officially|honestly] give up"
    ],
    "unless": [
     "give up on (the|that|my|our|using|trying) ... ... [,] (and|so|then) [I|we] (will|'ll|am going to|'m going to|switch*|use|try|go|move|stick)",
     "give up on (the|that|my|our|using|trying) ... ... , (how|can|could|what|is there|any|which|should)"
    ]
   },
   "(so-called|so called) (support|service|customer service|customer care|customer support|help|helpline|help desk|experts|expert|fix|update|upgrade|premium|team|agents|agent|guarantee|warranty|refund)",
   "(I|we) [really|honestly|certainly|definitely|truly|frankly] (expected|expect|expecting) (better|more) (from|of)",
   {
    "cue": [
     "(wasn't|was not|wasnt|weren't|were not) expecting (this|that) [from|after|when|for]"
    ],
    "unless": [
     "(expecting (this|that) (to|so|such))",
     "(thank*|thanks|thx|great|easy|quick|fast|nice|good|awesome|amazing|love|wow|happy|pleased|impressed|surprise*)"
    ]
   },
   "(every single time|each and every time|time and time again|time after time|for the (umpteenth|hundredth|millionth|nth|100th|1000th) time|umpteen times)",
   "(like|as if|as though) (he|she|they|you|the staff|the agent) (was|were|is|are) doing (me|us) a [huge|big|massive|great|personal] (favor|favour)",
   "screw (you|your|this|that|them|u|ur|it)",
   "how many (more)? times (do|must|should|will|have|am|did) (I|we)",
   "enough is enough",
   {
    "cue": [
     "(I'm|I am|we're|we are|I've|I have) (done|finished|had it) with (you|your|this|them|their)"
    ],
    "unless": [
     "(done|finished) with (this|that|the|your|their|my|these|those) [first|next|last|final] (step|steps|part|parts|stage|phase|section|chapter|page|form|lesson|module|exercise|task|tutorial|guide|setup|installation|instructions)"
    ]
   },
   {
    "pattern": "(?:^|[.!?:;]\\s{0,3})(?:(?:so|totally|completely|officially|absolutely|really|just)\\s)?(?:done|finished)\\swith\\s(?:you|u|y['’]?all|ya)\\b"
   },
   {
    "cue": [
     "(zero|0|no) (help|communication|support|customer service|accountability|responsibility|empathy|respect)"
    ],
    "unless": [
     "(is|are|was|were|there's|theres|has|have|had|with) (no|zero) support (for|in|on|under)"
    ]
   },
   "(ruined|ruining|ruins|wrecked) (my|our)",
   "(hate|hated|hates|hating) (this|that|it|the|your|you|how|when|what|my|dealing)",
   "(legal action|consumer (court|forum|protection)|my lawyer|small claims|take (you|this|them|it) to court|sue (you|them)|ombudsman|trading standards|better business bureau|chargeback|report (you|them) to)",
   {
    "cue": [
     "report (this|it) to (the|my|your) [local] (police|bank|regulator|ombudsman|authorities|better business bureau|bbb|ftc|fcc|fca|cfpb|card company|credit card company|consumer protection|trading standards|press|media)"
    ],
    "unless": [
     "?"
    ]
   },
   {
    "cue": [
     "(police|cyber cell|cyber crime|cybercrime|rbi|sebi|npci|ftc|fcc|fca|cfpb|attorney general|regulator)"
    ],
    "with": [
     "(complain|complaint|complaints|complained|complaining|report|reporting|file|filing|filed|fir|case|approach|go to|going to|will go)"
    ],
    "unless": [
     "?"
    ]
   },
   "(I'll|I will|I'm|I am|we'll|we will|we're|we are|rather|I'd|we'd) [be|just|now|definitely|happily|gladly|simply|probably] (go|going|shop|shopping|eat|eating|order|ordering|bank|banking|fly|flying|buy|buying|spend|spending) [my money|our money|my business|our business] (elsewhere|somewhere else)",
   {
    "cue": [
     "(I|we) (will|'ll|shall|am going to|'m going to|are going to|'re going to|gonna|am|'m|are|'re) [have to|be forced to|just|definitely|seriously|be] (cancel|cancelling|canceling|close|closing|delete|terminate|terminating|end|ending) [my|our|the|this] (subscription|account|membership|plan|contract|service|card|policy|premium)",
     "(I|we) (will|'ll|shall|am going to|'m going to|are going to|'re going to|gonna|am|'m|are|'re) [have to|be forced to|just|definitely|seriously|be] (unsubscribe|unsubscribing|stop using|leave you|leaving you|take my business|taking my business)"
    ],
    "with": [
     "(unless|otherwise|or else)",
     "if ... ... (not|'t|n't|never|nothing|nobody|no one|again|continues|persists|keeps|happens)"
    ]
   },
   "(switching|switch|moving|move|going) to (another|a different|a better) (bank|provider|carrier|company|app|service|airline|network|operator|telco|isp|courier|insurer|broker)",
   "(switching|switch|moving|move|going) to (a|your|the) (competitor|competition|rival)",
   "(is|this is) (this|that)? how (you|they|u) treat",
   "shame on (you|u|them|your)",
   "(embarrassing|disgraceful|shameful|shameless)",
   "(this|that) is (not|n't) (ok|okay|on|fair)",
   "(this|that)'s (not|n't) (ok|okay|on|fair)",
   "(get|sort) (your|their) act together",
   "(do|does) (your|their) (job|jobs)",
   "(you|u|these) people",
   "lost (my|all|any) (trust|faith|respect|confidence) (in|for)",
   {
    "pattern": "\\b(?:f[*#$%]{1,4}(?:c?k[a-z]{0,4}|ing|in)\\b|fu[*#$%]{1,3}k[a-z]{0,4}\\b|f\\*{2,4}(?:\\s|$|[.,!?])|sh?[*#$%!]{1,3}t\\b|b[*#$%!]{1,3}t?ch\\b|a[*#$]{1,3}(?:hole|s)\\b|cr[*#]p\\b|d[*#]mn\\b|(?:s\\*{3}|sh\\*{2})(?:[\\s.,!?)]|$))"
   },
   "(piss|piss-poor|pisspoor|pissy|frik*|frickin*|freakin*|freakn|effin|effing|feckin*|bleedin)",
   "taking the piss",
   "(what a|such a|an absolute|a complete|a total) (nuisance|pain|hassle|shame|letdown|let down|let-down|headache|ripoff|rip off)",
   "(a real|a huge|a massive|a big) (nuisance|letdown|let down|let-down|shame)",
   "(much|far|way|a lot|lots|so much|loads) better (apps|app|options|alternatives|services|banks|providers|companies|carriers|ones) (out there|available|elsewhere|around|on the market)",
   "(other|any other|every other) (apps|app|banks|bank|providers|carriers|companies|services) (do|does|are|is|work|works) [a] (much|far|way|lot|so much) better",
   "(took|taken|taking|stole|stolen|steal|steals|stealing|ate|eaten|eats|grabbed|swallowed|kept|keeping) (my|our|all my|all our) (money|cash|funds|savings|hard-earned|hard earned)",
   "(fix|sort) (your|this|it|that|the) [app|mess|out|bug|problem|issue|crap|thing|already|now|asap|update|website|site|service] [out|already|now|asap|please|pls] !",
   "(ruined|ruins|wrecked|destroyed) (everything|it all|the app|this app|the whole)",
   "(gets|getting|got|gotten) worse (and worse|by the day|[with|after] (every|each) (update|version|release|upgrade|day|week|month|year|time))",
   "(worse|worst) (with|after) (every|each) (update|version|release|upgrade)",
   "nothing but (problems|issues|trouble|errors|crashes|headaches|grief|excuses|lies)",
   {
    "cue": [
     "(thanks|thank you|cheers) (a lot|so much|very much|guys)"
    ],
    "with": [
     "(stopped|broke|broken|not|n't|'t|never|ruined|crash*|lost|again|useless|worse)"
    ],
    "unless": [
     "(works now|working now|works again|working again|fixed|solved|resolved|helped|sorted|for (your|the) help)"
    ]
   },
   {
    "cue": [
     "(I'm|I am|we're|we are|I've|I have) (so|totally|completely|officially|absolutely|really) (done|finished) with (you|your|this|them|their)"
    ],
    "unless": [
     "(done|finished) with (this|that|the|your|their|my|these|those) [first|next|last|final] (step|steps|part|parts|stage|phase|section|chapter|page|form|lesson|module|exercise|task|tutorial|guide|setup|installation|instructions)"
    ]
   },
   {
    "cue": [
     "(don't|do not|dont) waste your (time|money)"
    ],
    "unless": [
     "(instead|just|use|faster|easier|simpler|better to|try)"
    ]
   },
   "(don't|do not|dont) bother (downloading|installing|buying|ordering|with (this|the|their) (app|bank|company|service|provider))",
   "(do|did|does) (you|they|u|your (developers|devs|team|staff|people)) even (test|check|read|care|listen|bother|try|use|know)",
   "(can't|cannot|can not|cant|couldn't|could not|couldnt|unable to) even (play|start|open|use|load|launch|log in|login|sign in|switch|run)",
   "(doesn't|does not|doesnt|don't|do not|dont|didn't|did not|didnt|won't|will not|wont|wouldn't|would not) even (work|start|open|load|launch|run|play|install)",
   "(so|very|really|extremely|truly|quite|pretty|just) (sad|saddened|stressful|depressing|upsetting|heartbreaking|disheartening|discouraging)",
   {
    "cue": [
     "(I'm|I am|im|we're|we are|makes me|made me|feel|feeling|felt) [so|very|really|extremely|truly|quite|pretty|just|absolutely] (sad|saddened|stressed|heartbroken|let down|disheartened|discouraged|helpless)"
    ],
    "unless": [
     "sad to (say|report|admit|hear)"
    ]
   },
   {
    "cue": [
     "(I|we) [really|absolutely|just|truly|seriously] (hate|detest|loathe)"
    ],
    "unless": [
     "hate to (bother|ask|say|be|trouble|disturb|interrupt|chase|nag|admit)"
    ]
   },
   {
    "pattern": "\\b(?:typical|classic)\\s{0,2}(?:@\\w{1,20}\\s{0,2}(?:[.,!?…]|$)|of (?:you|them|u)\\b)"
   },
   {
    "cue": [
     "(speechless|lost for words|words fail me)"
    ],
    "unless": [
     "(thank*|thanks|thx|amazing|awesome|love|happy|grateful|great)"
    ]
   },
   "(pésim*|pesim*|malísim*|desagradable|descort*|vergüenza|verguenza|indignante|inaceptable|porquería|porqueria|estafa|estafadores|ladrones|sinvergüenza*)",
   "(el|la|lo|los|las) peor",
   "(bakwas|bakwaas|bekar|bekaar|ghatiya|kharab|faltu)",
   "(damn|dammit|damned|wtf|wth|ffs|fml|smh|omfg|omg|fuck*|shit*|bullshit|bloody|frick*|freaking|friggin*|asshole*|bastard*|crap|ugh|ugh*|argh*|grr*|jeez|sigh)",
   {
    "cue": [
     "bs"
    ],
    "unless": [
     {
      "pattern": "\\bbs\\s{0,2}[=:]|/\\s{0,2}bs\\b"
     }
    ]
   },
   "(goddamn*|goddam|fck*|fcuk*|fkin*|fking|fkn|effing)",
   "(god damn*|fk (it|this|that|you|off|me))",
   "(the|as|to|what the) hell",
   "what the (heck|fuck)",
   {
    "cue": [
     "seriously"
    ],
    "with": [
     "?"
    ]
   },
   {
    "cue": [
     "(illegal|unlawful|not legal|doubt (that|this|it) is legal)"
    ],
    "unless": [
     "illegal (instruction|instructions|character|characters|argument|arguments|operation|opcode|value|values|state|access|seek|hardware|memory|address|byte|bytes|sequence|token|option|options|parameter|parameters|combination|format|filename|name|reflective|escape|start|use of)"
    ]
   },
   "(could|can|should|must) do better",
   "(another|yet another|more) [empty] (promise|promises|excuse|excuses|lie|lies)",
   "(do|did|does) (you|u|they) [really|seriously|honestly] expect (me|us|people|customers|anyone|everyone)",
   "(really|seriously) (have|need) to ... again",
   "(not|isn't|is not) the first time",
   {
    "pattern": "[\"“‘'](?:lost|fixed|delivered|helped|helpful|help|service|support|resolved|working|sorted|customer care)[\"”’']"
   },
   "(are you|you must be|you've got to be|you have got to be) (kidding|serious|joking)",
   "(give me a break|for (god's|pete's|heaven's|christ's) sake)",
   {
    "cue": [
     "for the life of me",
     "(jesus christ|christ almighty|sweet jesus|oh jesus|good grief|good lord|oh lord|for crying out loud|for goodness sake|for goodness' sake|for gods sake|for heavens sake|for petes sake|geez|sheesh|gee whiz)"
    ],
    "unless": [
     "(love|loving|loved|amazing|awesome|great|best|fantastic|brilliant|wonderful|thank*|grateful|excellent|perfect|beautiful|incredible)"
    ]
   },
   {
    "cue": [
     "(how|why|who|wtf) (in the world|on earth)"
    ],
    "unless": [
     "(love|loving|loved|amazing|awesome|great|best|fantastic|brilliant|wonderful|thank*|grateful|excellent|perfect|beautiful|incredible)",
     "(how|where) (in the world|on earth) (do|can|could|should|would|will|might|may|'d|'ll) (i|we|one) [actually|even|ever|now|then|possibly|go about|manage to] (find|get|see|open|access|download|view|locate|reach|change|set|edit|add|remove|delete|export|import|print|install|update|upgrade|turn|switch|enable|disable|connect|cancel|reset|recover|restore|log|sign|make|use|do|fix|pay|order|book|contact|move|transfer|share|send|check|tell|know|figure|work)"
    ]
   },
   {
    "pattern": "\\((?:sad|sigh|facepalm|face palm|eye ?roll|rolls eyes|groan|smh)\\)|\\*(?:facepalm|face palm|eye ?roll|rolls eyes|groans?|head ?desk)\\*"
   },
   {
    "pattern": "\\bwt[fh]?(?:\\.{2,6}|\\*{1,3})\\s{0,2}[?!]"
   },
   "how (hard|difficult) (is|can) it be",
   {
    "cue": [
     {
      "pattern": "\\bcome on\\s{0,3}(?:@\\w{1,20}\\s{0,3})?(?:[!,.?]|$)"
     }
    ],
    "unless": [
     "(light|lights|led|leds|lamp|screen|display|backlight|power|fan|heating|heater|will|would|to|should|then)"
    ]
   },
   {
    "pattern": "\\b(?:wh{1,5}y{3,10}|no{4,10}|gah{1,10}|ar{1,5}g{1,5}h{1,10}|ugh{1,10})\\b"
   },
   "(thanks|thank you|thx) for nothing",
   {
    "cue": [
     "oh wait"
    ],
    "with": [
     "(not|no|n't|'t|never|again|still|another|charged|cancel*|late|broken)"
    ],
    "unless": [
     "(never mind|nevermind|found|figured|got it|my bad|my mistake|sorry|works|working|solved|fixed)"
    ]
   },
   "(you|y'all|you guys|they) (really|sure|certainly) know how to",
   {
    "cue": [
     "(you|y'all|you guys|they) call (this|that|it)"
    ],
    "unless": [
     "(how|where|when|if|then|do|did|does|can|could|should|would|will|must|to) [do|can|should|would|could|did] (you|y'all|they) call",
     "call (this|that|it) (function|method|api|endpoint|command|script|hook|callback|constructor|class|macro|routine|from|with|in|on|before|after|twice|again|once|directly|inside|via|using|like|when|every)"
    ]
   },
   {
    "cue": [
     "(oh|yeah|wow|just|how) (great|wonderful|fantastic|brilliant|perfect|lovely|nice|helpful)"
    ],
    "with": [
     "(not|no|n't|'t|never|again|still|another|delay*|late|broken|cancel*|lost|nothing|wait*)"
    ]
   },
   {
    "cue": [
     {
      "pattern": "\\b(?:great|wonderful|fantastic|brilliant|perfect|lovely|awesome|terrific|marvellous|marvelous|nice|cool)[,.!…-]{1,3}\\s{0,3}(?:yet another|another|once again|again|still)\\b"
     }
    ],
    "with": [
     "(not|no|n't|'t|never|without|broken|down|late|delay*|cancel*|lost|nothing|wait*|error*|crash*|outage|problem*|issue*|charge*|week|day|hour|month)"
    ]
   },
   {
    "cue": [
     "(super|really|so|very) (cool|great|helpful|nice) (company|service|support)"
    ],
    "with": [
     "(not|no|n't|'t|never|again|back|don't recommend)"
    ]
   },
   {
    "pattern": "#(?:neveragain|thanksfornothing|ohgreat|notcool|notimpressed|disappointed|unacceptable|ripoff|scam|whataboutme|yourenotgonnafix|worst)[a-z]{0,20}"
   },
   {
    "pattern": "#[a-z]{0,20}(?:fail|sucks)"
   },
   {
    "pattern": "#not[a-z]{0,10}happy"
   },
   "(never|not|won't|will not|wont) [be] (flying|shopping|ordering|banking|staying|booking|buying|eating|dining|travelling|traveling) (with|from|at) ... again",
   "(paid|pay|waited|wait|stayed|took|taken|drove|came|travelled|traveled|queued|sat) ... ... (for nothing|in vain)",
   "down the drain",
   {
    "cue": [
     "(couldn't|could not|can't|cannot|won't|wouldn't|didn't) be bothered"
    ],
    "unless": [
     "(I|we|I'm|Im) (couldn't|could not|can't|cannot|won't|wouldn't|didn't) be bothered"
    ]
   },
   "(nobody|no one|no-one) ... (could|can|would) be bothered",
   "(nobody|no one|no-one|none of (them|your staff)) ... (knows|knew|know) what (they|he|she) (are|is|was|were|'re) doing",
   "(don't|doesn't|didn't|do not|does not|did not) (know|have a clue|have any idea) what (they|he|she|you) (are|is|was|were|'re) doing",
   {
    "cue": [
     "(non-existent|nonexistent|non existent)"
    ],
    "unless": [
     "(non-existent|nonexistent|non existent) (file|files|path|paths|directory|directories|folder|folders|device|devices|key|keys|user|users|table|tables|column|columns|field|fields|host|hosts|domain|domains|address|module|modules|package|packages|object|objects|id|ids|node|nodes|partition|partitions|volume|volumes|branch|branches|variable|variables|method|function|class|property|entry|entries|record|records|page|pages|url|urls|link|links|item|items)",
     "(file|files|path|directory|folder|device|node|partition|volume|key|entry|module|package|table|column|record) (is|are|was|were|seems|seem) [still|now|then] (non-existent|nonexistent|non existent)"
    ]
   },
   {
    "cue": [
     "(no|not|don't have|doesn't have|do not have|does not have|lack|lacks|lacking|without) (a|an|any)? (adequate|proper|decent|reasonable|usable|useful|basic) (help|documentation|docs|support|manual|instructions|customer service|communication|explanation|answer|answers)"
    ],
    "unless": [
     "?"
    ]
   },
   "(I'm|I am|im|we're|we are|I'm just|I am just) (so|completely|totally|officially|just|really) over (this|it|you|them|your|their)",
   "beyond (a joke|ridiculous|frustrating|annoying|belief|infuriating|unacceptable)",
   "(poor|bad|lousy|shoddy|sloppy) (show|effort|form|job|excuse|attitude|organisation|organization|handling|management|aftercare)",
   "(perturbed|aggravated|aggravating|vexed|galling|maddening|painful experience)",
   {
    "cue": [
     "(this|that|the|these|those|my|your|their|stupid) (stupid|dumb|idiotic|moronic|wretched|godforsaken|damned|bloody|freaking|effing) [wifi|sound|network|new] (thing|things|app|card|driver|printer|phone|computer|laptop|pc|program|software|update|website|site|system|router|modem|machine|bug|installer|game|tool|distro|kernel|server|service|account|box|device|screen|page|form|button|error|message|popup|login|password|captcha|bot|menu|feature)"
    ],
    "unless": [
     "(question|questions|mistake|mistakes|me|typo|idea)"
    ]
   },
   "(I'm|I am|im|I've been|we're|we are|I was) [slowly|literally|really] (going|gone|getting) (crazy|insane|mad|nuts|bananas)",
   "(this|it|that) ('s|is) getting (old|ridiculous|silly|tiresome|tiring|beyond)",
   "(fix|sort|solve|resolve|do|ship|release) (it|this|that) already",
   "(stop|quit) (breaking|changing|removing|ruining|ignoring|closing)",
   {
    "cue": [
     "(you|you've|you have|u|they|they've|they have) [just|now|completely|totally] (broke|broken|ruined|killed|destroyed|messed up|screwed up|wrecked)"
    ],
    "unless": [
     "(if|when|maybe|perhaps|might|may|did you|have you|unless|whether|in case)"
    ]
   },
   "(completely|totally|utterly|basically|practically|literally|absolutely|simply) (unusable|worthless)",
   "(regret|regretting|regretted) (buying|purchasing|paying|upgrading|signing up|choosing|switching|installing|ordering|subscribing)",
   "(what a|such a|a total|a complete|an absolute) waste",
   {
    "pattern": "(?:^|[,.;!]\\s{0,3}|@\\w{1,20}\\s{1,3})(?:really|seriously)\\s{0,2}\\?"
   },
   "(even more|so|really|extremely|incredibly|very) painful",
   {
    "cue": [
     "(so many|many|multiple|countless|numerous|several|# |three|four|five) (time|times)",
     "(so many|many|multiple|countless|numerous|several|# |three|four|five) (tickets|emails|mails|calls|complaints|requests|messages|chats)"
    ],
    "beside": [
     "(no progress|no result|no results|no resolution|no solution|no help|no use|nothing (happened|changed|done)|still nothing|to no avail|in vain|no one (helps|helped|cares)|got nowhere|getting nowhere|no response|no reply)",
     "(not|n't|'t|never|havent|didnt) [got|gotten|get|received|seen|had|given|found] (any|a single|one) (progress|result|results|resolution|solution|response|reply|answer|help|fix)",
     "(not able to|unable to|couldn't|could not|can't|cannot|failed to|fail to) (resolve|fix|solve|sort)"
    ]
   },
   {
    "cue": [
     "(I|we) ('ve|have|had)? (paid|been charged|been billed|bought|purchased|subscribed)"
    ],
    "with": [
     "(but|and|yet|still) ... (can't|cannot|won't let|unable|not able|no access|not authori*|locked out|denied|refused)"
    ],
    "unless": [
     "?"
    ]
   },
   "(a|what a|such a|is a|'s a|this is a|it's a|its a) (big|huge|complete|total|absolute|bad|sick|cruel|real|massive|utter|bloody) (joke|farce|disaster|nightmare|mess|sham|con|circus|turn off|turn-off|turnoff|letdown|let down|fraud|scam)",
   "(some|a) (kind|sort) of (joke|prank|scam|con)",
   "(huge|big|major|massive|total) (turn off|turn-off|turnoff)",
   {
    "cue": [
     "(clown|clowns|idiots|morons|moron|imbeciles|jokers|crooks|crook|bozos|muppets|buffoons|numpties|halfwits|dimwits|bunch of (idiots|clowns|amateurs|crooks|thieves|liars))"
    ],
    "unless": [
     "(I'm|I am|im|I feel like|I was|we are|we're) [a|an|such a|such|total|complete|like] (clown|moron|idiot)"
    ]
   }
  ],
  "confused": [
   {
    "cue": [
     "(confus*|unclear|baffl*|puzzl*|bewilder*|perplex*|no idea|no clue|not sure|unsure|don't understand|do not understand|don't get it|can't figure|cannot figure|can't work out|makes no sense|doesn't make sense|what am I doing wrong|what did I do wrong|am I missing something|I'm lost|I am lost|lost as to|over my head|at a loss (as to|how|why|what|where|which|here|on how|about how|with (this|the|my|it)))"
    ],
    "unless": [
     "(confusing|confuses|confused|confuse) [for|to] [the|our|my|your|new|some|many|other|all|these|those] (visitors|users|customers|people|others|staff|clients|guests|students|members|employees|colleagues|them|everyone|everybody|anyone|buyers|readers|players|patients|callers|shoppers)",
     "(visitors|users|customers|people|others|staff|clients|guests|students|members|employees|colleagues|buyers|readers|players|patients|callers|shoppers|they) (are|were|get|got|seem|seemed|keep getting|will be|might be|may be|could be) [really|very|so|a bit|often|getting] (confused|puzzled|baffled|lost)"
    ]
   },
   "(not|isn't|wasn't) (clear|obvious)",
   "what does ... mean"
  ],
  "calm": [
   "no (rush|hurry|urgency|pressure|big hurry)",
   "(not|isn't|is not|nothing) (urgent|pressing|an emergency|time-sensitive|time sensitive)",
   "(whenever|when) you (have|get) (a|the) (moment|minute|chance|sec|second)",
   "(whenever|when) (you can|it suits|you're free|you are free|convenient)",
   "(at|in) your (own)? (leisure|convenience)",
   "(take|taking) your time"
  ],
  "complaint": [
   {
    "cue": [
     "(not|no|never|nobody|no one|nothing|none|n't|'t|cannot|without)",
     "(still|again|anymore|another)",
     "(broken|broke|wrong|incorrect|late|delayed|missing|lost|stuck|down|failed|fails|failing|crash*|error*|charged|overcharged|cancelled|canceled|waiting|waited|ignored|problem*|issue*|third|fourth|fifth|times)",
     "(want|wants|need|demand|demanding|expect|give me|issue me|would like|'d like) [a|my|our|the] [full] (refund|refunds|money back)",
     "(my|our) [monthly|annual|last|new] (bill|bills|invoice|charge|charges|fee|fees|premium|subscription|price|prices|rent) ... (higher|doubled|tripled|increased|went up|gone up|jumped)",
     "# (nd|rd|th)",
     "where (is|'s|are) my",
     "where my ... (is|are)"
    ],
    "unless": [
     "(thank*|thanks|thx|amazing|awesome|love|great job|brilliant|perfect|fantastic|appreciate*|grateful|lifesaver|legend|well done)",
     "(fixed|solved|resolved|sorted|works again|working again|works now|working now|back to normal)",
     "no more (error*|crash*|problem*|issue*|bug*|lag|freez*|glitch*|failures)",
     "(can't|cannot|can not|cant|couldn't) wait (to|till|until)",
     "(can't|cannot|can not|cant|couldn't) wait for (the|your|it|this|them|more|next|new|what's)",
     "(won't|will not|wouldn't|would not|never|not|n't) [be|been|get|feel] [ever] (disappointed|disappoint|disappoints|let down)",
     "no (complaints|complaint|regrets)",
     "(can't|cannot|can not|couldn't|could not) complain",
     "nothing to complain about",
     "not (bad|too bad|half bad|so bad) at all",
     "(n't|'t|not|never) [really|even|ever] (crash*|freez*|froze|error*|fail*|hang|hangs|hanging|lag|lags|lagging|stutter*|drop*|disconnect*|flicker*|glitch*|beep*|overheat*|throw*) ... (anymore|any more)",
     "(n't|'t|not|never) [really|even|ever] (crash*|freez*|froze|error*|fail*|hang|hangs|hanging|lag|lags|lagging|stutter*|drop*|disconnect*|flicker*|glitch*|beep*|overheat*|throw*) (anymore|any more)",
     "no longer (crash*|freez*|froze|error*|fail*|hang|hangs|hanging|lag|lags|lagging|stutter*|drop*|disconnect*|flicker*|glitch*|beep*|overheat*|throw*)"
    ]
   },
   {
    "cue": [
     "(not|never|n't|'t|nothing|nobody|no one) [has|have|had|was|were|is|are|got|get|gets|being] [yet|ever|even|really|properly|actually|fully|been] [been|yet] (fixed|solved|resolved|sorted|repaired|addressed|refunded)"
    ],
    "unless": [
     "(thank*|thanks|thx|amazing|awesome|love|great job|brilliant|perfect|fantastic|appreciate*|grateful|lifesaver|legend|well done)"
    ]
   }
  ],
  "chase": [
   {
    "pattern": "\\bany (?:update|news|word|progress|reply|response|answer)s?\\b(?: (?:on|about|regarding|for) (?:this|that|it|my \\p{L}{2,12})\\b)?"
   },
   {
    "pattern": "\\b(?:still|immer noch) (?:waiting|nothing|not (?:heard|fixed|working)|haven'?t heard|keine?\\b|nichts)"
   },
   {
    "cue": [
     {
      "pattern": "\\b(?:still|immer noch) no\\b"
     }
    ],
    "unless": [
     {
      "pattern": "\\b(?:still|immer noch) no (?:luck|joy|change|difference|success|go)\\b"
     }
    ]
   },
   {
    "pattern": "\\bh[ae]llo\\s{0,20}\\?"
   },
   {
    "pattern": "\\b(?:is |are )?(?:any(?:one|body)|some(?:one|body)) (?:there|home|looking|working on|reading)"
   },
   {
    "pattern": "\\b(?:following up|follow(?:ing)?-up\\b|chasing\\b|reminder\\b|bump\\b)"
   },
   {
    "pattern": "\\b(?:(?:noch )?keine (?:Antwort|Rückmeldung|Reaktion)|Neuigkeiten\\b|(?:ein )?Update\\s{0,20}\\?)"
   },
   "(checking in|circling back|just checking|gentle nudge|nudging|status update)",
   "(what's|what is|whats) the (status|progress|latest|eta)",
   "(could|can|would|will) (someone|somebody|anyone|anybody) [please] (look|help|confirm|reply|respond|answer|try|check|take a look|get back)"
  ]
 },
 "situations": [
  {
   "id": "outage",
   "label": "Outage or incident",
   "cues": [
    "(outage|outages|incident|service disruption|downtime)",
    "(is|are|'s|'re|went|go|goes|gone|seems|seem|been) [completely|totally|all|still] (down|offline|unreachable)",
    "(seems|seem|appears|appear) to be [completely|totally|all|still] (down|offline|unreachable)",
    "(is|are) (the|your|our) ... (down|offline|unreachable)",
    "(down|offline|not working|not loading) for (everyone|everybody|all of us|us all|anyone|the whole)",
    "(site|website|server|servers|service|system|systems|network|email|mail|portal|vpn|platform|api|app|phones|phone lines) (is|are|'s|'re) [completely|totally|all|still] (down|offline|unreachable)",
    "(nobody|no one|no-one|everyone|everybody|all of us|all (our|the) (users|staff|customers)|the whole (office|team|company|building|floor)|our entire|the entire) ... (can't|cannot|unable|down|not working|no access|lost access|locked out|affected|getting)",
    "(every|all|any) (e-mail|email|e-mails|emails|message|messages|call|calls|order|orders|payment|payments|user|users|customer|customers) ... (bounc*|fail*|reject*|denied|not (going|getting) through|dropping)",
    "is (this|it) on your (side|end)",
    "(anyone|anybody) else (having|seeing|experiencing|getting|affected)",
    "(are|is) (you|your (site|service|system|app|server|servers|network)) (down|having (problems|issues|trouble))",
    "experiencing (tech|technical)? (problems|issues|difficulties)"
   ]
  },
  {
   "id": "lost",
   "label": "Money or data lost",
   "cues": [
    "lost ... (data|files|file|photos|pictures|documents|work|emails|messages|contacts|notes|money|savings|payment|progress|history|records|database|backup|backups|day|days|week|weeks)",
    "(my|our|the) (money|funds|savings|deposit|data|files|photos|documents|work) (is|are|has|have)? [been|all] (gone|missing|disappeared|vanished|lost|stolen|deleted|wiped)",
    "(my|our) ... (money|funds|savings|deposit|balance|balances) (is|are|keeps|keep|has been|have been) [slowly|just] (disappearing|vanishing|going missing|being deducted|getting deducted)",
    "(my|our) ... (file|files|data|photos|pictures|documents|document|work|folder|folders|emails|contacts|notes|thesis|project) (is|are|has|have|was|were) [been|now|all] (gone|disappeared|vanished|deleted|wiped|erased)",
    "(all|all of) (the|my|our) (files|data|photos|pictures|documents|emails|contacts|notes|work) (on|in|from) (my|our) ... (are|is|have|has|were) [been|now|all] (gone|disappeared|vanished|deleted|wiped|erased)",
    {
     "cue": [
      "(stolen|robbed|compromised|fraudulent|scammed|phished|identity theft|mugged|assaulted|ransomware|data breach|breached)"
     ],
     "unless": [
      "(if|in case|incase|what if|whether|suppose|supposing|imagine|what happens|should) ... ... (stolen|robbed|compromised|fraudulent|scammed|phished|identity theft|mugged|assaulted|ransomware|data breach|breached)"
     ]
    },
    {
     "cue": [
      "hacked"
     ],
     "unless": [
      "(a|an|the|this|that|some) [quick|custom|patched|modified] hacked [up|together] ... (driver|drivers|version|build|kernel|firmware|rom|copy|fix|patch|script|workaround|solution|code|module|modules|binary|client|tool|config|image|package)",
      "hacked (together|up|around|on|at|in|into the (code|source|driver|config))",
      "(I|we) (hacked|have hacked|'ve hacked)"
     ]
    },
    {
     "cue": [
      "(debited|deducted|taken|cut|charged|withdrawn)"
     ],
     "with": [
      "(not|never|n't|'t|yet to be|still) [been|yet|get|got|be] (credited|received|reflected|refunded|returned|reversed|arrived|reached)"
     ]
    },
    "(gone|lost|deleted) (forever|for good|permanently)",
    "(get|bring) (my|our|the) [whole|entire|saved|old] (data|data set|dataset|files|work|photos|pictures|documents|thesis|project|emails|messages|contacts|notes|progress|account) back",
    "never to be seen again",
    {
     "cue": [
      "(they|everything|them all|all of them) (is|are|was|were|has|have|had) [been|now|all|just|simply|completely|suddenly] (gone|disappeared|vanished|deleted|wiped|erased)",
      "(they|everything) [all|just|simply|suddenly|completely] (disappeared|vanished)"
     ],
     "unless": [
      "(error|errors|warning|warnings|problem|problems|issue|issues|bug|bugs|crash|crashes|glitch|glitches|popup|popups|pop-ups|ads|notification|notifications)",
      "(I|we|I've|we've|I have|we have|I had|we had) [just|then|already] (moved|transferred|migrated|archived|exported|uploaded|deleted|removed|cleared|emptied)",
      "as (expected|intended|planned)"
     ],
     "beside": [
      "(my|our|I had|we had|I have|we have) ... ... (data|files|photos|pictures|documents|emails|mails|messages|contacts|notes|bookmarks|projects|records|recordings|videos|saves)"
     ]
    },
    "(recover|salvage|rescue) [back] (my|our|the|some|any|all|all of my|all the|lost|deleted) [lost|deleted|old|missing] (data|files|file system|filesystem|photos|pictures|documents|work|emails|database|partition|drive|disk|array|pool|volume)",
    "(trying|try|tried|attempting|attempted) [to] (recover|salvage|rescue) [a|an] (data|files|file system|filesystem|photos|pictures|documents|database|partition|array|pool|volume)",
    "(unrecoverable|irrecoverable|irretrievable|unrecoverably|irretrievably) [corrupted|corrupt|lost|damaged] (corruption|data|files|file system|filesystem|photos|pictures|documents|database|partition|array|pool|volume)",
    "(data|files|file system|filesystem|photos|pictures|documents|database|partition|array|pool|volume) (is|are|was|were|seems|seem|looks) [now|completely|totally|probably] (unrecoverable|irrecoverable|irretrievable|beyond repair|beyond recovery)",
    {
     "pattern": "\\b(?:lost|lose|losing|cost me|costing me|cost us|costing us) (?:my |our |all |the |over |about |almost |nearly |more than )?(?:[$£€₹]\\s?\\d(?:[\\d,.]{0,12}\\d)?|(?:rs|inr|usd|eur|gbp)\\.?\\s?\\d(?:[\\d,.]{0,12}\\d)?|\\d[\\d,.]{0,12}\\s?(?:dollars|euros|pounds|rupees|rs|usd|eur|gbp|inr|bucks|k)\\b)"
    },
    "(fake|fraudulent|unauthorised|unauthorized|unknown) (account|accounts|transaction|transactions|payment|payments|charge|charges|withdrawal|withdrawals|debit|debits|upi id)",
    "lost (my|me|our|the) ... (ticket|tickets|booking|reservation|seat|order|job|deal|sale|sales|client|clients|customer|customers)",
    {
     "cue": [
      "(deleted|wiped|erased|overwrote|overwritten|corrupted) [all|every|everything|all of] (my|our) ... (data|files|photos|documents|work|emails|database)"
     ],
     "unless": [
      "(I|we|I've|we've|I have|we have|I had|we had|I just|we just|I've just|we've just) [<adv>] (deleted|delete|wiped|wipe|erased|erase|removed|remove|cleared|clear|cleaned|clean|purged|purge|archived|overwrote|emptied|trashed|binned)"
     ]
    },
    {
     "cue": [
      "(deleted|wiped|erased|overwrote|overwritten|corrupted|removed) [all|every|everything|all of] (my|our) ... (data|files|photos|documents|work|emails|database)"
     ],
     "with": [
      "(accidentally|accidently|by accident|by mistake|mistakenly|inadvertently|unintentionally|without meaning to|wrongly|in error|unknowingly|not on purpose)"
     ]
    },
    {
     "pattern": "(?:[$£€₹]\\s?\\d(?:[\\d,.]{0,12}\\d)?|\\b\\d[\\d,.]{0,12}\\s?(?:dollars|euros|pounds|rupees|bucks|usd|eur|gbp|inr)\\b)(?: [a-z']{1,12})?(?: [a-z']{1,12})? (?:gone|taken|missing|vanished|disappeared|stolen)\\b"
    },
    "(my|our) [hard-earned|hard earned] (money|cash|funds|savings|deposit) [is|are|has|have|was] [been] (just|simply|all|now)? (gone|missing|vanished|disappeared|taken)",
    "(you|they|the (app|bank|site|company|shop|store)) (took|have taken|'ve taken|has taken|'s taken|charged|debited|deducted|withdrew|stole) ... (money|# (dollars|euros|pounds|rupees|bucks|usd|eur|gbp|inr)) [from|out of|off] [my|our] [account|card|bank account]",
    {
     "cue": [
      "(charged|billed|debited) [me|us] (twice|two times|double|three times)"
     ],
     "with": [
      "(money|refund|euros|dollars|pounds|rupees|bucks)"
     ],
     "unless": [
      "(already|now|since) ... (got|received|had|refunded|credited|reversed|returned|sorted|back)",
      "(got|received|had|been given|was given|were given) (the|a|my|our|a full|the full) refund"
     ]
    },
    {
     "cue": [
      "(deleted|wiped|erased|removed|lost|ate|corrupted|destroyed) (all|every|all of|most of|half of|half) [of] (my|our) ... (data|files|photos|pictures|documents|work|emails|bookmarks|contacts|notes|messages|favourites|favorites|passwords|settings|history|saves|music|videos|projects|thesis|database|calendar|playlists)"
     ],
     "unless": [
      "(I|we|I've|we've|I have|we have|I had|we had|I just|we just|I've just|we've just) [<adv>] (deleted|delete|wiped|wipe|erased|erase|removed|remove|cleared|clear|cleaned|clean|purged|purge|archived|overwrote|emptied|trashed|binned)"
     ]
    },
    {
     "cue": [
      "(deleted|wiped|erased|removed|corrupted|destroyed|overwrote) (all|every|all of|most of|half of|half) [of] (my|our) ... (data|files|photos|pictures|documents|work|emails|bookmarks|contacts|notes|messages|favourites|favorites|passwords|settings|history|saves|music|videos|projects|thesis|database|calendar|playlists)"
     ],
     "with": [
      "(accidentally|accidently|by accident|by mistake|mistakenly|inadvertently|unintentionally|without meaning to|wrongly|in error|unknowingly|not on purpose)"
     ]
    },
    {
     "cue": [
      "(died|dead|crashed|fried|stolen|broke|wiped|won't (turn|switch|boot)) ..."
     ],
     "with": [
      "(my|our) [whole|entire|only] (thesis|dissertation|data|files|photos|pictures|documents|work|project|projects|backup|book|novel|manuscript) (was|were|is|are) (on|in) (it|there|that)"
     ]
    }
   ],
   "implies": [
    "upset"
   ]
  },
  {
   "id": "repeat",
   "label": "Repeat contact",
   "cues": [
    {
     "cue": [
      "(second|third|fourth|fifth|umpteenth|nth|# (nd|rd|th)) (request|email|call|message|ticket|notice|reminder|chaser|complaint)"
     ],
     "unless": [
      "(returns|returned|return|function|method|api|argument|arguments|parameter|callback|invocation|loop|iteration|thread|handler|packet|frame|buffer|socket|queue|register|null|crash*|segfault*|throws|throw|exception)"
     ]
    },
    "(second|third|fourth|fifth|umpteenth|nth|# (nd|rd|th)) time (asking|writing|contacting|calling|reporting|emailing|requesting|chasing)",
    "(second|third|fourth|fifth|umpteenth|nth|# (nd|rd|th)) time [that] (I|we|I've|we've|I'm|we're|I am|we are|I have|we have) [had to|now|already] (ask*|writ*|wrote|contact*|call*|report*|email*|e-mail*|request*|chas*|messag*|complain*|rais*|post*|tweet*|rang|ring*|reach*|follow*|phon*|spoke|speak*|explain*|sent|send*|open* a|submit*|been (told|promised))",
    {
     "cue": [
      "(asked|emailed|mailed|written|wrote|called|rang|phoned|contacted|messaged|dmed|dm'd|tweeted|pinged|chased|requested|told you|reported|raised|complained|followed up|reached out) ... (twice|# times|three times|four times|several times|many times|multiple times|so many times|repeatedly|again and again|over and over)"
     ],
     "unless": [
      "(was|were|been|being|get|got|gets|getting|am|is|are|when) (asked|emailed|mailed|called|rang|phoned|contacted|messaged|pinged|chased|requested|told|prompted|reported|raised)",
      "(they|he|she|it|someone|somebody|the (app|bank|company|agent|rep|site|website)) [have|has|had|keep|kept] (asked|emailed|mailed|called|rang|phoned|contacted|messaged|pinged|chased|prompted) (me|us)",
      "(asked|emailed|mailed|called|rang|phoned|contacted|messaged|pinged|chased|prompted) (me|us) ... (twice|# times|three times|four times|several times|many times|multiple times|so many times|repeatedly|again and again|over and over)"
     ]
    },
    {
     "cue": [
      "(tried|trying|attempted|attempting) to (contact|reach|call|phone|ring|email|e-mail|message|get hold of|get through to|get in touch with|speak to|talk to) ... (twice|# times|three times|four times|several times|many times|multiple times|so many times|countless times|numerous times|repeatedly|again and again|over and over)"
     ],
     "unless": [
      "<thanks-word> [so much|very much|again] (!|.|,)",
      "(all good|all sorted|all fixed|all set|sorted now|fixed now|solved now|resolved now|works now|working now|helpful|helped me|helped us)"
     ]
    },
    "(still|yet) (no|haven't|hasn't|have not|has not|nobody|no one|not) ... (reply|replied|response|responded|answer|answered|heard|heard back|got back|called back|contacted)",
    {
     "cue": [
      "(nobody|no one|no-one) (has)? (replied|answered|responded|got back|gotten back|called back|contacted me|done anything|helped)"
     ],
     "with": [
      "(still|yet|already|again|since|ago|for (days|weeks|months|hours|ages|a week|a fortnight|a month|so long)|# (days|weeks|wks|fortnights|months|hours|hrs)|twice|times|repeatedly|so far|till now|until now|to date)"
     ]
    },
    {
     "cue": [
      "(didn't|did not|haven't|have not|never) (get|got|had|received) (any|a)? (reply|response|answer|call back)"
     ],
     "unless": [
      "(device|devices|board|radio|server|host|unit|usrp|fpga|api|endpoint|module|sensor|modem|router|chip|card|port|daemon|process|script|program|driver|firmware|socket|node|instance|container|ping|pings|packet|packets|command|commands|console|terminal|peripheral|controller)"
     ]
    },
    {
     "cue": [
      "(don't|do not|doesn't|does not|never|won't) (reply|respond|answer|get back|call back) [to] [my|our] ..."
     ],
     "with": [
      "(still|yet|already|again|since|ago|for (days|weeks|months|hours|ages|a week|a fortnight|a month|so long)|# (days|weeks|wks|fortnights|months|hours|hrs)|twice|times|repeatedly|so far|till now|until now|to date|anymore|any more)",
      "(emails|mails|messages|calls|texts|tickets|requests|complaints|letters|dms|queries|chats)"
     ],
     "unless": [
      "(device|devices|board|radio|server|host|unit|usrp|fpga|api|endpoint|module|sensor|modem|router|chip|card|port|daemon|process|script|program|driver|firmware|socket|node|instance|container|ping|pings|packet|packets|command|commands|console|terminal|peripheral|controller)"
     ]
    },
    "(is|are|'s|'re|has been|have been) not (responding|replying|answering|reacting) (to|on) [any of] (my|our) (emails|mails|messages|calls|texts|tickets|requests|complaints|letters|dms|queries|chats)",
    "(nobody|no one|no-one|noone) (is|has been) (responding|replying|answering|picking up|getting back)",
    {
     "cue": [
      "(I|we) ('ve|have|had) [already] (sent|written|emailed|made|raised|opened|submitted|filed|logged|left) (two|three|four|five|several|multiple|many|numerous|#) (emails|mails|messages|calls|tickets|requests|complaints|letters|voicemails|chats|reports)"
     ],
     "with": [
      "(no|without|not a|not one|not any) [any|a|single] (reply|replies|response|responses|answer|answers|word|update|updates|callback|call back|feedback)",
      "(not|never|n't|'t|nobody|no one|yet to) [yet|ever|once|even] (heard|hear|replied|reply|answered|answer|responded|respond|got back|get back|called back|acknowledged)",
      "(still waiting|ignored|unanswered)"
     ]
    },
    "(another|yet another) (promise|excuse|chaser)",
    "how many (more)? times (do|must|should|will|have|am|did) (I|we)",
    {
     "cue": [
      "any (word|update|updates|news|progress|feedback|response|reply) (on|about|regarding|for) (this|that|it|my (request|ticket|issue|case|order|refund|complaint|query|question|post))"
     ],
     "with": [
      "(still|yet|again|already|since|ago|so far|till now|until now|for (days|weeks|months|hours|ages|a week|a fortnight|a month|so long)|# (days|weeks|wks|fortnights|months|hours|hrs)|twice|times|reminder|follow up|following up|chasing|chase|waiting|waited|nobody|no one)"
     ]
    },
    "(I|we) ('ve|have) (already)? (asked|written|emailed|called|reported|contacted) (about)? this (before|already|twice|again)",
    "following up (with you|on (this|my|our|the) [earlier|previous|last]) [request|ticket|issue|email|question|post|case|order|refund|message]",
    "(just|I'm|I am|I'm just|am just|we're|we are) following up",
    "(second|third|fourth|fifth|umpteenth|nth|# (nd|rd|th)) time [that] (im|ive|i've|i'm|i|we) [had to|now|already] (ask*|writ*|wrote|contact*|call*|report*|email*|request*|chas*|messag*|complain*|rais*|reach*|follow*|phon*|explain*)",
    {
     "cue": [
      "(nobody|no one|no-one|noone) [ever|even] (answers|replies|responds|gets back|calls back|picks up|reads|cares)"
     ],
     "unless": [
      "(if|whenever|in case)"
     ]
    },
    {
     "cue": [
      "(you|they|he|she|someone|somebody|your (agent|colleague|team|support|technician|engineer|rep|staff)|the (agent|rep|technician|engineer)) (said|promised|told (me|us)|assured (me|us))",
      "(I|we|was|were|'ve been|have been|had been) (was|were|been)? (told|promised|assured)"
     ],
     "beside": [
      "(ago|last (week|month|time|friday|monday|tuesday|wednesday|thursday|saturday|sunday|night)|yesterday|that was|since then|still (nothing|not|no|waiting)|never (happened|came|did)|nothing (happened|has happened|yet))",
      "(it's|it is|today is|now it's|now it is) [now|already] (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the #|been)"
     ]
    },
    "(you|they|your (team|agents|support)) (keep|keeps|kept) (closing|shutting|resolving|ignoring|deleting|archiving|marking) (my|our|the) [support] (ticket|tickets|case|cases|request|requests|complaint|complaints|emails|messages|issue)"
   ],
   "implies": [
    "hurry"
   ]
  },
  {
   "id": "fault",
   "label": "Something is broken",
   "cues": [
    "(not|n't|'t|won't|stopped|stops|never) [properly|correctly|at all] (working|work|works|load*|open*|print*|connect*|sync*|start*|boot*|respond*|send*|receiv*|arriv*)",
    "(error*|crash*|freez*|froze|frozen|bounc*|broken|broke|faulty|keeps (asking|dropping|crashing|freezing|logging|popping|disconnecting|failing)|drops|dropping|denied|invalid|rejected|locked out|fails|failed|failing)",
    "(can't|cannot|unable to|not able to|can not) (log|sign|access|connect|print|open|send|receive|load|install|update|pay|use)",
    "(charged|billed|debited) (twice|two times|double|three times|again|wrongly)",
    "(account|mailbox|card|profile|login|user) (is|was|got|has been|keeps getting) [now] (locked|blocked|suspended|disabled|deactivated)"
   ]
  },
  {
   "id": "resolved",
   "label": "Solved, the customer confirms it",
   "cues": [
    "(works|working|worked|runs|running) [now|again|all] (perfectly|fine|great|well|brilliantly|flawlessly|like a charm|a treat|again|now)",
    "(is|are|'s|'re|has been|have been) [now|all] (fixed|sorted|resolved|solved|back to normal)",
    "(that|this|it|your fix|your tip) (did the trick|fixed it|solved it|sorted it|worked)",
    "thanks for (fixing|sorting|solving|resolving|repairing|the fix)",
    "all good now",
    "(now|finally) (it|everything|all|that|the [new] ...) (works|is working|runs)"
   ],
   "open_problem": {
    "situations": [
     "outage",
     "lost",
     "repeat",
     "fault"
    ],
    "contrast": [
     "(but|still|however|yet|except|although|though|only)",
     "(I'll|I will|will|I'm going to|going to|gonna|I need to|need to|have to) [<adv>] (try|test|check|see if|see whether|see how|give it a go|give it a try|give it a shot)"
    ],
    "fault": [
     "(not|n't|'t|no longer|never|nothing|won't|can't|cannot)",
     "(flicker*|crash*|freez*|froze|hang|hangs|hanging|fail*|error*|broke*|stopp*|stops|slow*|lag*|drop*|disconnect*|beep*|blank|glitch*|stuck|dead|missing|wrong|problem*|issue*|bug*|weird|strange|odd|offline|grey|gray|black|jam|jams|jammed|jamming)"
    ]
   }
  },
  {
   "id": "thanks",
   "label": "The customer says thanks",
   "cues": [
    "(thank*|thx|thnx|ty|tyvm|cheers|appreciate it|appreciated|much appreciated|grateful)"
   ],
   "not_moods": [
    "upset"
   ]
  },
  {
   "id": "thanked",
   "label": "Only a thank-you",
   "cues": [
    {
     "cue": [
      "(thank*|thx|thnx|ty|tyvm|much appreciated|appreciate it|grateful)"
     ],
     "unless": [
      "(in advance|beforehand|ahead of time|for now)",
      "for (looking|checking|investigating|working|the update|the updates|your update|keeping|escalating|passing|chasing|following up)"
     ]
    }
   ],
   "not_moods": [
    "upset"
   ],
   "open_problem": {
    "situations": [
     "outage",
     "lost",
     "repeat",
     "fault"
    ],
    "contrast": [
     "(but|still|however|yet|except|although|though|only)",
     "(I'll|I will|will|I'm going to|going to|gonna|I need to|need to|have to) [<adv>] (try|test|check|see if|see whether|see how|give it a go|give it a try|give it a shot)"
    ],
    "fault": [
     "(not|n't|'t|no longer|never|nothing|won't|can't|cannot)",
     "(flicker*|crash*|freez*|froze|hang|hangs|hanging|fail*|error*|broke*|stopp*|stops|slow*|lag*|drop*|disconnect*|beep*|blank|glitch*|stuck|dead|missing|wrong|problem*|issue*|bug*|weird|strange|odd|offline|grey|gray|black|jam|jams|jammed|jamming)"
    ]
   },
   "alone": true
  },
  {
   "id": "how-to",
   "label": "How-to question",
   "cues": [
    "(how|where) (do|can|would|should|could) (I|we|one) ...",
    "how to",
    "is (it|there a way) [possible] to",
    "is there (a|any|an) [easy|easier|simple|quick|quicker|better|good] way to",
    "(tell|show) me how",
    "what (is|'s) the (best|right|correct|easiest)? (way|setting|option|command) to",
    {
     "cue": [
      "is there (a|an|any) ... (way|option|options|setting|settings|mode|view|layout|theme|feature|features|shortcut|button|version|plan|app|add-on|addon|plugin|extension|integration|limit|template|api|menu|tool|guide|manual|tutorial|discount|trial|widget|filter|report|field)",
      "(can|could) (I|we|i) [still|also|even] (use|change|connect|link|sync|set|choose|pick|export|import|share|keep|switch|turn|customise|customize|pay|upgrade|downgrade|transfer|invite|edit|rename|see|view|print|schedule|add|hide|disable|enable|merge|split|undo|restore)",
      "(does|do|will|can) (the|your|this|it|you|my|our) ... (support|offer|include|allow|integrate|come with|work with)",
      "why (does|do|is|are|would) (the|my|our|your|this|it|there|invoice|invoices) ... (show|shows|say|says|list|lists|display|displays|have|has|need|needs|ask|asks|use|uses|cost|costs|look|looks|include|includes|appear|appears)",
      "(curious|wondering|wonder) (why|whether|if|how)"
     ],
     "unless": [
      "(error*|crash*|freez*|froze|broken|broke|fail*|down|offline|locked|blocked|suspended|bug|bugs|never|still|keep|keeps|kept|stopped|stops|slow|missing|wrong|problem|problems|issue|issues|twice|again|gone|deleted|lost|update|news|eta|status|progress|refund|fix|outage|incident|maintenance)",
      "(not|n't|'t|no longer) [properly|correctly|even|ever|really|always|at all] (work*|load*|open*|show*|print*|connect*|sync*|start*|boot*|send*|receiv*|arriv*|appear*|display*|updat*|respond*|let*|allow*|accept*|recogni*|find|finds|see|sees)"
     ]
    }
   ]
  }
 ],
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
   ],
   "when": {
    "not_situations": [
     "resolved",
     "thanked"
    ]
   }
  },
  {
   "id": "satisfied",
   "text": "Are you satisfied with the way I handled this incident?",
   "variants": [
    "(are|were) you (satisfied|happy|pleased|ok|okay) with (the way|how) (I|we)",
    "(are|were) you (satisfied|happy|pleased) with (the|my|our) (service|help|support|handling)",
    "how did (I|we) do"
   ],
   "when": {
    "not_moods": [
     "hurry",
     "upset"
    ]
   }
  },
  {
   "id": "better",
   "text": "Is there anything I could have done better?",
   "variants": [
    "(anything|something) (I|we) could (have done|do) better",
    "how (could|can) (I|we) (have done|do|have handled) (this|it|things)? better",
    "could (I|we) have (done|handled) (this|it|anything) better"
   ],
   "when": {
    "not_moods": [
     "hurry",
     "upset"
    ]
   }
  }
 ],
 "tips": [
  {
   "id": "outlook-color-categories",
   "title": "Colour-code your calendar in Outlook",
   "text": "Right-click an appointment and pick a colour category; meetings of one kind then stand out at a glance.",
   "topics": [
    "calendar",
    "appointment",
    "appointments",
    "meeting invite",
    "colour",
    "color",
    "categories"
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
    "remote access",
    "network drive",
    "shared drive",
    "globalprotect"
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
    "log in",
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
    "web page"
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
    "verification code",
    "new phone",
    "lost phone"
   ]
  },
  {
   "id": "clipboard-history",
   "title": "Clipboard history",
   "text": "Windows key + V shows the last things you copied, so you can paste something from five copies ago.",
   "topics": [
    "copy",
    "paste",
    "clipboard"
   ]
  },
  {
   "id": "screenshot-shortcut",
   "title": "Screenshot a region",
   "text": "Windows key + Shift + S (Cmd+Shift+4 on a Mac) captures just part of the screen, handy for sending us an error.",
   "topics": [
    "screenshot",
    "screen capture",
    "error message",
    "snipping tool"
   ]
  },
  {
   "id": "lock-screen",
   "title": "Lock when you step away",
   "text": "Windows key + L locks your screen in one move; it keeps your session open and your data private.",
   "topics": [
    "lock screen",
    "screen lock",
    "security",
    "step away"
   ]
  },
  {
   "id": "onedrive-version-history",
   "title": "Get an older version back",
   "text": "In OneDrive or SharePoint, right-click a file and choose Version history to restore yesterday's copy.",
   "topics": [
    "onedrive",
    "sharepoint",
    "older version",
    "version history",
    "overwrote",
    "overwritten"
   ]
  },
  {
   "id": "teams-mute-shortcut",
   "title": "Mute in one keystroke",
   "text": "Ctrl+Shift+M toggles your microphone in Teams, so you don't have to hunt for the button mid-call.",
   "topics": [
    "teams",
    "microphone",
    "mic",
    "mute",
    "audio"
   ]
  },
  {
   "id": "phishing-report",
   "title": "Report suspicious mail",
   "text": "Use the Report button in Outlook for a suspicious email; it reaches the security team faster than a forward.",
   "topics": [
    "phishing",
    "spam",
    "suspicious email",
    "suspicious mail",
    "scam"
   ]
  }
 ],
 "phonetic": {
  "alphabet": "icao",
  "digits": "plain"
 }
};
