// Session 23b (issue 14, customer_upset): upset that a customer builds over two sentences, read by
// mood-adjacent.ts — a repeated failure and what it cost, the company's word and the terse denial that it
// held, a repeat and the question whether anyone attends — and a threat tied to a demand by "or". And the
// known wrong reads fixed as classes: a low state told in a story of help received, a stressed repeat told
// to ask for help (RULINGS U1), litotes ("not a bad app"), and praise with a reservation ("not perfect, but
// a great tool"). Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { buildGermanPack } from './test/german';
import { calm, moodOf, upset } from './test/mood-cases';

describe('a repeated failure and its cost, over two sentences', () => {
  it.each([
    "I've reinstalled it three times. I lost a whole day of work.",
    "This is the second month you've charged me twice. I want my money back.",
    'This is the third time the parcel has been missed. I had to take another day off work for it.',
    'The sync dropped my notes again. That is two weeks of research gone.',
    'Second time this month the transfer bounced. My rent is now late because of it.',
    "I've sent the form three times. Now I'm being charged a late fee for it.",
  ])('upset: %s', (m) => upset(m));

  it('shows the repeat and the cost as its evidence', () => {
    const mood = moodOf("I've reinstalled it three times. I lost a whole day of work.");
    expect(mood.evidence).toEqual(expect.arrayContaining(['three times', 'lost a whole day']));
  });

  // RULINGS U1: a calm list of failures and retries is not upset, however long; nor a plain request for help
  it.each([
    'I reinstalled it twice. It still shows error 0x80. Any idea?',
    'I reinstalled it three times. It still crashes on launch. Any suggestions?',
    'I cleared the cache and tried again. It still fails on step 3. Logs attached.',
    "I've been charged twice this month. Could you check what happened?",
    'You charged me twice this month. I want my money back.',
    'It happened again this morning. Will I lose a day of work if I restore the backup?',
    'I tried it four times yesterday. If it fails again I might miss my flight, so is there a manual check-in?',
  ])('calm: %s', (m) => calm(m));
});

describe("the company's word, then the terse denial that it held", () => {
  it.each([
    'You promised a callback on Monday. You promised again on Wednesday. Nobody called.',
    'Your agent told me it was fixed. It wasn’t.',
    'I was told the refund was processed. That was a lie.',
    "I've called three times this week. Each time I'm told someone will call back. Nobody ever does.",
  ])('upset: %s', (m) => upset(m));

  it.each([
    'Your agent told me to restart the router. I did, and the light is green now.',
    'You said the parcel would come on Tuesday. It did not arrive yet, could you check the tracking number for me please?',
    'I was told to update the firmware first. Is that still needed on version 4?',
  ])('calm: %s', (m) => calm(m));
});

describe('a repeat, then the question whether anyone attends', () => {
  it.each([
    'The export failed again. Does anyone there read these tickets?',
    "I've emailed four times about this. Is anybody reading my emails?",
    'I opened three tickets about the login. Do you check this inbox?',
  ])('upset: %s', (m) => upset(m));

  it.each([
    'The export failed again. Does anyone know a workaround?',
    'Is anyone reading the logs I attached? They should show the timeout.',
  ])('calm: %s', (m) => calm(m));
});

describe('a threat tied to a demand by "or" / "otherwise"', () => {
  it.each([
    "Refund me within 48 hours or I'm reporting you to my bank.",
    "Fix this by Friday or I'm filing a chargeback.",
    "Sort out the bill this week, otherwise I'll file a complaint with the ombudsman.",
    'Give me my deposit back or I will leave a one-star review.',
  ])('upset: %s', (m) => upset(m));

  it.each([
    "Please send the invoice by Friday or I'll have to pay the late fee myself.",
    "Let me know if it can ship this week, or I'll cancel and reorder from the other shop.",
    "Send me the new card by Monday, or I'll just pick it up at the branch.",
  ])('calm: %s', (m) => calm(m));
});

describe('known wrong reads, fixed as classes', () => {
  // self-deprecation about skill is no anger at the service (RULINGS U1 asks for affect aimed at it or a feeling)
  it.each(["I'm hopeless with this.", "I'm terrible with spreadsheets, sorry.", 'We are useless at tech, so please bear with us.'])(
    'calm (own skill): %s',
    (m) => calm(m),
  );

  // replies-wellness.md: a grateful story of illness is not upset
  it.each([
    "I'd been feeling like garbage for months. This app helped me so much, thank you!",
    'It helped me when I was hopeless and alone. Thank you so much.',
    'I was so miserable last winter and the breathing course got me through it. Grateful!',
  ])('calm (a low state before the help): %s', (m) => calm(m));
  it.each(['I feel hopeless. Nothing works and nobody answers.', 'I was feeling miserable because of your billing mistakes. Thanks for nothing.'])(
    'upset (the low state now, or blamed on the company): %s',
    (m) => upset(m),
  );

  // RULINGS U1: the repeat stressed in words, told to ask for help, is a calm report
  it.each(['Every single time I open it, it crashes. Any idea why?', 'Time after time the upload stops at 99%. Any ideas how to fix it?'])(
    'calm (a stressed repeat asking for help): %s',
    (m) => calm(m),
  );
  it.each(['Every single time I open it, it crashes. Ridiculous.', 'Every single time I open it, it crashes!!'])('upset (with an affect marker): %s', (m) =>
    upset(m),
  );

  it.each(['Still not a bad app at all. Great for relaxing.', "Honestly it's not a terrible service, just a slow one."])('calm (litotes): %s', (m) =>
    calm(m),
  );
  it.each(['Obviously it is not perfect, but it has been a great tool for me.', "It's not pretty but it's really useful."])(
    'calm (praise with a reservation): %s',
    (m) => calm(m),
  );
  it.each(['Terrible app, crashes daily.', 'It is not good, it crashes every time I log in.'])('still upset: %s', (m) => upset(m));
});

describe('precision: judgements of others, praise said as a limit, polite wishes', () => {
  // RULINGS U1 asks for words about the company or service the customer writes to
  it.each([
    "My friend said your support was terrible, but you've been great.",
    'People on the forum say the app is useless, but it works fine for me. How do I export?',
    'My old bank was terrible, so I switched to you and love it.',
    'The previous app I used was a complete disaster. Yours is great.',
    'The courier was awful but your team sorted it quickly. Thanks!',
  ])('calm (another party judged, the company praised): %s', (m) => calm(m));
  it.each([
    'My friend said your support was terrible, and she was right.',
    'My old bank was terrible, and you are even worse.',
    'The courier was awful and your team never answered.',
    'Your support was terrible, but the app is great.',
  ])('upset (the company judged, or no praise instead): %s', (m) => upset(m));

  it.each(["Can't recommend it enough.", 'I can’t recommend this app highly enough!', 'I cannot thank you enough!!'])('calm (praise as a limit): %s', (m) =>
    calm(m),
  );
  it.each(["I can't recommend this app to anyone!", 'Would not recommend, it crashes constantly.'])('upset (a warning): %s', (m) => upset(m));

  it.each([
    'Insanely good app, ridiculously easy to use!',
    'This app is absurdly good. Love it!',
    'Would it be possible to add a dark mode? It would be awesome!!',
    'Please add an option to export to PDF, that would be amazing!!',
  ])('calm (praise with an intensifier, a polite wish): %s', (m) => calm(m));
});

describe('one complaint sentence shouted whole in a long message', () => {
  const pre = 'I set up the account last week on my laptop and on my phone, following the guide step by step, and the sync ran fine for the first few days while I imported the old archive. ';
  it('upset: a shouted complaint', () => {
    upset(`${pre}Since Monday the inbox fills with copies of every message. CANNOT RECEIVE ANY NEW EMAILS! The account is below.`);
    upset(`${pre}This morning the app logged me out. IT STILL WON'T LET ME IN! The report is below.`);
  });
  it('calm: thanks or a plea in capitals, a log line, a writer who types in capitals', () => {
    calm(`${pre}The new version fixed it. THANK YOU SO MUCH! The logs are below in case you need them.`);
    calm(`${pre}Now the export stops on long files. PLEASE HELP! The logs are below.`);
    calm(`${pre}The sync log ends with SYNC FAILED 0X45 NOT READY! The rest of the log is below.`);
  });
});

describe('the German twins (de-method pack)', () => {
  const built = buildGermanPack();
  const scorer = createScorer(built.pack);
  const mood = (m: string) => scorer.score('Danke, ich kümmere mich darum.', { customerMessage: m }).mood;
  it.each([
    'Ich habe die App zum dritten Mal neu installiert. Ich habe einen ganzen Tag verloren.',
    'Sie haben mir zum zweiten Mal doppelt abgebucht. Ich will mein Geld zurück.',
    'Mir wurde versprochen, dass der Techniker am Montag kommt. Niemand hat angerufen.',
    'Ich habe dreimal geschrieben. Liest das überhaupt jemand?',
    'Erstatten Sie den Betrag bis Freitag, sonst widerrufe ich die Lastschrift bei meiner Bank.',
  ])('upset: %s', (m) => expect(mood(m), m).toMatchObject({ upset: true }));
  it.each([
    'Ich habe die App zweimal neu installiert. Es kommt immer noch Fehler 0x80. Haben Sie eine Idee?',
    'Bitte senden Sie die Rechnung bis Freitag, sonst muss ich die Mahngebühr selbst zahlen.',
  ])('calm: %s', (m) => expect(mood(m), m).toMatchObject({ upset: false }));
});
