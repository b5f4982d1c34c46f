// Advice that fits the ticket (issue 14): our own customer messages and replies, one or more for every
// mood × situation pair, plus calm controls. Each says what a good team lead would expect the coach to
// offer. Written for these tests; not taken from any data set.
import type { Prompt } from '../types';

type Flag = 'hurry' | 'upset' | 'confused';
type Kind = Prompt['kind'];

export interface Scenario {
  id: string;
  customer: string;
  reply: string;
  subject?: string;
  /** Which pack scores it: the method pack unless said. */
  pack?: 'default' | 'de-method';
  /** The mood flags that must be set; the others must not be. */
  mood: Flag[];
  /** Situations that must be found (others may be). */
  situations?: string[];
  /** Situations that must not be found. */
  notSituations?: string[];
  /** Prompt kinds that must be offered / must not be. */
  prompts?: Kind[];
  noPrompts?: Kind[];
  /** A tip id (or a prefix ending in '*') that must be offered first; `null`: no tip offered. */
  tip?: string | null;
  /** Whether "satisfied" and "better" are shown (the "solved" question always is). */
  allQuestions: boolean;
  /** Findings (rule ids) that must be there. */
  findings?: string[];
}

const REPLY = 'Hi, thanks for letting me know. I am looking into it now.';

/**
 * A case as written: the reply defaults to a neutral holding reply, and what the method says for a
 * customer in a hurry or upset is filled in unless the case says otherwise — no tip, and the
 * "satisfied" / "better" questions held back (seed 000 #9, #10); calm or confused: all three shown.
 */
type Case = Omit<Scenario, 'reply' | 'allQuestions'> & Partial<Pick<Scenario, 'reply' | 'allQuestions'>>;

function scenario(c: Case): Scenario {
  const pressed = c.mood.includes('hurry') || c.mood.includes('upset');
  return { reply: REPLY, allQuestions: !pressed, ...(pressed ? { tip: null } : {}), ...c };
}

const CASES: Case[] = [
  // --- calm -------------------------------------------------------------------------------------
  {
    id: 'calm-none',
    customer: 'Hi, just wanted to say thanks for sorting out my new monitor, it looks great.',
    reply: "You're welcome, enjoy it!",
    mood: [],
    noPrompts: ['empathy', 'apology', 'mood', 'bad-news', 'competence'],
    tip: null,
  },
  {
    id: 'calm-how-to-printer',
    customer: "Hi there, we moved desks. Could you tell me how to add the printer by the kitchen when you have a moment? No rush at all.",
    subject: 'Adding the 3rd floor printer',
    reply: 'Hi Tomás, here is how to add the printer.',
    mood: [],
    situations: ['how-to'],
    noPrompts: ['empathy', 'apology', 'mood', 'bad-news', 'competence'],
    tip: 'printer-default',
  },
  {
    id: 'calm-fault',
    customer: 'Morning! The scanner on floor 2 stopped sending scans to my inbox yesterday. Could you take a look?',
    mood: [],
    situations: ['fault'],
    prompts: ['competence'],
    noPrompts: ['empathy', 'apology', 'mood', 'bad-news'],
  },
  {
    id: 'calm-outage',
    customer: 'Hello, is the wiki down for everyone? It shows an error page for me and my colleagues.',
    mood: [],
    situations: ['outage'],
    // Session 20 (issue 14, "empathy lines for upset customers, not for calm ones"): a calm outage
    // report gets the bad-news prompt and the apology, no frustration line (this case expected the
    // empathy line before).
    prompts: ['bad-news', 'apology'],
    noPrompts: ['mood', 'empathy'],
    tip: null,
  },
  {
    id: 'calm-lost-is-distress',
    customer: 'I think I deleted all my photos from the shared drive by accident. Can they be restored?',
    mood: ['upset'],
    situations: ['lost'],
    prompts: ['empathy', 'apology', 'competence'],
    noPrompts: ['bad-news'],
  },
  {
    id: 'calm-repeat-is-time-pressure',
    customer: 'Hello again, this is the third email I am sending about the invoice address.',
    mood: ['hurry'],
    situations: ['repeat'],
    prompts: ['mood', 'apology', 'empathy'],
  },
  // --- hurry ------------------------------------------------------------------------------------
  {
    id: 'hurry-none',
    customer: 'Can you send me the VPN settings today? I fly to Berlin tomorrow morning.',
    mood: ['hurry'],
    prompts: ['mood'],
    noPrompts: ['empathy', 'apology', 'bad-news', 'announce'],
  },
  {
    id: 'hurry-how-to',
    customer: 'How do I share my screen in Teams? My client call starts in 10 minutes.',
    mood: ['hurry'],
    situations: ['how-to'],
    prompts: ['mood'],
    noPrompts: ['bad-news', 'competence', 'expectation'],
  },
  {
    id: 'hurry-fault',
    customer: "My laptop won't start and I need it for a presentation at 2pm today.",
    mood: ['hurry'],
    situations: ['fault'],
    prompts: ['mood', 'competence'],
    noPrompts: ['bad-news'],
  },
  {
    id: 'hurry-outage',
    customer: 'Email is down for the whole office and we have payroll going out this afternoon.',
    mood: ['hurry'],
    situations: ['outage'],
    prompts: ['mood', 'bad-news', 'empathy'],
  },
  {
    id: 'hurry-lost',
    customer: 'I lost all the files in my project folder and the report is due tomorrow morning.',
    mood: ['hurry', 'upset'],
    situations: ['lost'],
    prompts: ['mood', 'empathy', 'apology'],
  },
  {
    id: 'hurry-repeat',
    customer: 'Still no reply to my request from Monday, and I need the licence today.',
    mood: ['hurry'],
    situations: ['repeat'],
    prompts: ['mood', 'apology'],
  },
  // --- upset ------------------------------------------------------------------------------------
  {
    id: 'upset-none',
    customer: 'Your new billing portal is a joke. Who designed this?',
    mood: ['upset'],
    prompts: ['mood', 'empathy', 'apology'],
    noPrompts: ['bad-news'],
  },
  {
    id: 'upset-how-to',
    customer: 'This is ridiculous. How do I even change my password in this app?',
    mood: ['upset'],
    situations: ['how-to'],
    prompts: ['mood', 'empathy'],
    noPrompts: ['bad-news', 'competence'],
  },
  {
    id: 'upset-fault',
    customer: "The printer is broken AGAIN and I'm fed up with it.",
    mood: ['upset'],
    situations: ['fault'],
    prompts: ['mood', 'empathy', 'apology', 'competence'],
  },
  {
    id: 'upset-outage',
    customer: 'Your whole site is down and nobody is telling us anything. Unacceptable!',
    mood: ['upset'],
    situations: ['outage'],
    prompts: ['bad-news', 'empathy', 'apology'],
  },
  {
    id: 'upset-lost',
    customer: "You charged my card and now the money is gone. I'm furious.",
    mood: ['upset'],
    situations: ['lost'],
    prompts: ['empathy', 'apology', 'competence'],
    noPrompts: ['bad-news'],
  },
  {
    id: 'upset-repeat',
    customer: 'This is the THIRD time I am writing about this!! Nobody has done anything.',
    mood: ['hurry', 'upset'],
    situations: ['repeat'],
    prompts: ['mood', 'empathy', 'apology'],
  },
  {
    id: 'upset-and-hurried',
    customer: "I'm furious. This is urgent, I need it fixed today!",
    mood: ['hurry', 'upset'],
    prompts: ['mood', 'empathy'],
  },
  // --- confused ---------------------------------------------------------------------------------
  {
    id: 'confused-none',
    customer: "I'm not sure what this message from IT means. Did I do something wrong?",
    mood: ['confused'],
    prompts: ['mood', 'empathy'],
    noPrompts: ['apology', 'bad-news'],
  },
  {
    id: 'confused-how-to',
    customer: "I'm confused about where the out-of-office setting is. How do I turn it on?",
    mood: ['confused'],
    situations: ['how-to'],
    prompts: ['mood', 'empathy'],
    noPrompts: ['apology', 'bad-news', 'competence'],
  },
  {
    id: 'confused-fault-password',
    customer: "Outlook keeps asking for my password since the reset, and I'm not sure what I did wrong.",
    subject: 'Outlook keeps asking for my password after the reset',
    mood: ['confused'],
    situations: ['fault'],
    prompts: ['mood', 'competence'],
    noPrompts: ['bad-news'],
    tip: 'password-*',
  },
  {
    id: 'confused-outage',
    customer: "The VPN seems to be down. I'm not sure if it's my laptop or your end.",
    mood: ['confused'],
    situations: ['outage'],
    prompts: ['bad-news', 'empathy'],
    tip: null,
  },
  {
    id: 'confused-lost',
    customer: "I'm confused, my documents have all disappeared from the portal. Are they lost?",
    mood: ['confused', 'upset'],
    situations: ['lost'],
    prompts: ['empathy', 'apology'],
  },
  {
    id: 'confused-repeat',
    customer: "Sorry, I asked about this twice already but I'm still not sure how to set up the scanner.",
    mood: ['confused', 'hurry'],
    situations: ['repeat'],
    prompts: ['mood'],
  },
  // --- calm controls: what must not change the mood ---------------------------------------------
  {
    id: 'control-thanks-shouted',
    customer: 'THANK YOU!!! The new monitor is amazing!!!',
    reply: "You're welcome, glad you like it!",
    mood: [],
    noPrompts: ['empathy', 'apology', 'mood'],
  },
  {
    // Praise with "!!" and "no … problems": the sentiment lexicon reads it as relief, not a complaint.
    id: 'control-relieved',
    customer: 'Thank you so much, no more problems since the update!! You guys are amazing!!',
    reply: "You're welcome, glad it's working!",
    mood: [],
    noPrompts: ['empathy', 'apology', 'mood'],
  },
  {
    id: 'control-not-urgent',
    customer: "It isn't urgent, but the kitchen printer prints a bit faint.",
    mood: [],
    noPrompts: ['empathy', 'apology', 'mood'],
    tip: 'printer-default',
  },
  {
    id: 'control-calm-failures',
    customer: 'Reinstalled, cleared the cache, rebooted, still crashes. Any ideas?',
    mood: [],
    situations: ['fault'],
    prompts: ['competence'],
    noPrompts: ['empathy', 'apology', 'mood'],
  },
  {
    id: 'control-polite-when',
    customer: 'When will my refund show on my statement?',
    mood: [],
    noPrompts: ['empathy', 'apology', 'mood'],
  },
  {
    id: 'control-as-i-said',
    customer: "As I said, I'm on Windows 11. Any other ideas?",
    mood: [],
    noPrompts: ['empathy', 'apology', 'mood'],
  },
  {
    id: 'control-wifi-password',
    customer: "Could you please help? I can't find the guest Wi-Fi password.",
    mood: [],
    noPrompts: ['empathy', 'apology', 'mood'],
    tip: '*',
  },
  {
    id: 'control-long-customer',
    customer: 'For three years now I have been with you and I like the service. Quick question about my plan.',
    mood: [],
    noPrompts: ['empathy', 'apology', 'mood'],
  },
  {
    id: 'control-no-message',
    customer: '',
    mood: [],
    noPrompts: ['empathy', 'apology', 'mood', 'bad-news'],
  },
  // --- what the draft already says --------------------------------------------------------------
  {
    id: 'draft-solved-no-competence',
    customer: 'My account is locked after the password change.',
    reply: "Hi Sam, I've unlocked your account and it's working again. Please sign in with your new password.",
    mood: [],
    situations: ['fault'],
    noPrompts: ['competence', 'expectation'],
  },
  {
    id: 'draft-tip-to-upset-customer',
    customer: 'This is unacceptable, my email has been broken all week.',
    reply: 'By the way, did you know Outlook can colour-code your calendar?',
    mood: ['upset'],
    findings: ['bonus-tip-timing'],
  },
  {
    id: 'draft-talks-down-to-confused',
    customer: "I'm so confused, I don't understand why Outlook wants my password again.",
    reply: "Calm down, it's simply a cached password. Just click Reset.",
    mood: ['confused'],
    findings: ['calm-down', 'just-do-it'],
  },
  {
    id: 'draft-just-to-calm-is-fine',
    customer: 'Quick one: where do I find the VPN client?',
    reply: 'Just click the Start menu and type VPN.',
    mood: [],
  },
  {
    id: 'announce-long-case',
    customer:
      'Hello, since we moved to the new office our shared calendar has been behaving oddly. Some meetings show up twice, others ' +
      'not at all, and two colleagues see different times for the same appointment. We use Outlook on Windows and on Macs, and ' +
      'a few of us use the phone app. I am not in a hurry, but it would be good to understand what is going on.',
    mood: [],
    prompts: ['announce'],
  },
  // --- German (de-method) -----------------------------------------------------------------------
  {
    id: 'de-upset-lost',
    pack: 'de-method',
    customer: 'Das ist eine Frechheit! Alle meine Dateien sind weg.',
    reply: 'Hallo Frau Schmidt, ich kümmere mich darum.',
    mood: ['upset'],
    situations: ['verlust'],
    prompts: ['empathy', 'apology'],
  },
  {
    id: 'de-calm-how-to',
    pack: 'de-method',
    customer: 'Hallo, wie kann ich mein Passwort ändern? Es eilt nicht.',
    reply: 'Hallo Herr Weber, gern erkläre ich es Ihnen.',
    mood: [],
    situations: ['anleitung'],
    noPrompts: ['empathy', 'apology', 'mood', 'bad-news'],
    tip: 'passwort-satz',
  },
  {
    id: 'de-hurry-outage',
    pack: 'de-method',
    customer: 'Das Mailsystem ist komplett ausgefallen und wir brauchen es heute für die Abgabe.',
    reply: 'Hallo, ich kümmere mich darum.',
    mood: ['hurry'],
    situations: ['stoerung'],
    prompts: ['bad-news', 'mood'],
  },
  {
    id: 'de-confused-fault',
    pack: 'de-method',
    customer: 'Der Drucker druckt nicht und ich verstehe nicht, warum.',
    reply: 'Hallo, ich kümmere mich darum.',
    mood: ['confused'],
    situations: ['defekt'],
    prompts: ['mood', 'competence'],
  },
  {
    id: 'de-repeat',
    pack: 'de-method',
    customer: 'Ich schreibe Ihnen zum dritten Mal und habe immer noch keine Antwort.',
    reply: 'Hallo, ich kümmere mich darum.',
    mood: ['hurry'],
    situations: ['wiederholt'],
    prompts: ['mood', 'apology'],
  },
  {
    id: 'de-calm-control',
    pack: 'de-method',
    customer: 'Vielen Dank für die schnelle Hilfe gestern!',
    reply: 'Gern geschehen, Frau Schmidt!',
    mood: [],
    situations: ['bedankt'],
    noPrompts: ['empathy', 'apology', 'mood'],
  },
];

export const SCENARIOS: Scenario[] = CASES.map(scenario);
