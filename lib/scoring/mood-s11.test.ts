// Session 11 structures for the customer's mood (issue 14), each with calm near-misses. Every sentence
// here was written for the structure (RULINGS H1, U1; replies-apps R-A6), none is a corpus row.
import { describe, expect, it } from 'vitest';
import { hurried, unhurried, upset, calm } from './test/mood-cases';
import { SHORT_MESSAGE_WORDS } from './mood';

describe('hurry: a stated time the customer has been trying or waiting (H1, R-A6)', () => {
  it('a longer object between "been trying" and the time, with a failure', () => {
    hurried('I have been trying to renew my card online for 2 weeks with no success, please help.');
    hurried("We've been trying to move the domain to the new account for 3 days and still nothing.");
    unhurried("I've been trying to configure the PLL for 3 days, here is my config.");
  });
  it('the time told first: "2 days I\'m trying", "since this morning I\'ve been trying"', () => {
    hurried("3 weeks now I've been waiting for the replacement card.");
    hurried("Two days I'm trying to log in to this app.");
    hurried("Since this morning I've been trying to pay the bill and it keeps failing.");
    hurried('Since yesterday I have been locked out of my account.');
  });
  it('a time followed by what has still not come', () => {
    hurried('3 days and still no refund.');
    hurried('Two weeks and counting, where is my parcel?');
    hurried('Day 4 without a working phone.');
    unhurried('Day 3 of the course was great.');
  });
  it('pending, or a request made a stated time ago and not met; not an engineer asking what is usual', () => {
    hurried('My payment has been pending for 15 minutes.');
    unhurried('The job has been pending for 5 minutes, is that normal for the first run?');
    hurried('Ordered about a week ago and no sign of it.');
    unhurried('I bought the router two weeks ago and it does not connect to 5 GHz.');
    unhurried('I installed version 5 three days ago and it does not start, here is the log.');
    unhurried('I posted this 3 days ago and found the answer myself, sharing it here.');
  });
  it('a household service gone for a time, said of the customer; waits on the phone', () => {
    hurried('I have been without internet since Friday.');
    hurried('No internet for 3 days now, I work from home.');
    unhurried('Without wifi for 2 hours the device falls back to LTE.');
    unhurried('We have no internet at the office on Fridays, so I will test on Monday.');
    hurried("How long does it take? I've waited 40 minutes on the phone.");
    hurried('Hours on hold, nobody picks up.');
    hurried('Can you please expedite this?');
  });
});

describe('hurry: a need blocked right now and events on a stated day (H1, R-A6)', () => {
  it('an everyday activity or the customer\'s own money out of reach; not a broken feature', () => {
    hurried("The app won't update so I can't do any banking.");
    hurried('Unable to make any payments since the update.');
    hurried("I can't access my money because the card is frozen.");
    hurried("Can't get to my bill in the app.");
    unhurried("I can't access the settings page on the tablet.");
    unhurried("No rush, but the export can't do any rounding.");
  });
  it('an event the customer is due at, people waiting on them, a deadline at the end of a period', () => {
    hurried('I have an exam in the morning and my laptop will not boot.');
    hurried("We're going live on Monday and the webhook is still failing.");
    hurried("I'm at the airport and my boarding pass won't load.");
    unhurried('Is the conference on Friday?');
    unhurried('My flight is on Monday, can I change the seat?');
    hurried('My client is waiting for the report and the export fails.');
    unhurried('Our users are waiting for the new version with great interest.');
    hurried('I need this done by the end of the week.');
    unhurried('Will the fix be out by the end of the week?');
    unhurried('We plan to upgrade by the end of the month.');
  });
});

describe('upset: swearing, masked or softened (U1)', () => {
  it('a swear word with symbols for letters, and softened spellings', () => {
    upset('Crashes every time, S#*T app.');
    upset('What the f**k is wrong with this update');
    upset('sh!t service as usual');
    upset('Piss poor.');
    upset('Jus frikn updated yesterday and now it wants another update.');
    calm('I write F# and C# code; the a* search is slow.');
    calm('The F#/C# samples and the a*b formula are in the repo.');
  });
});

describe('upset: verdicts of app-review customers (U1 evaluative words, sarcasm)', () => {
  it('a nuisance named, a comparison with competitors, money taken', () => {
    upset('What a nuisance, the site is down again.');
    upset('Such a letdown after the redesign.');
    calm("It's a real pain to configure the proxy on Windows, any tips?");
    upset('There are much better apps out there.');
    upset('Other apps do a much better job with maps.');
    calm('Other apps like Komoot let you share routes, could you add that?');
    upset('They took my money and never shipped the order.');
    calm('Shut up and take my money!');
  });
  it('getting worse, ruined, nothing but problems; not an engineer\'s "worse with every frame"', () => {
    upset('The latest update ruined everything.');
    upset('Gets worse with every update.');
    upset('Nothing but problems since the update.');
    calm('It gets worse with every frame when I enable vsync, any idea?');
    calm('Nothing but the default theme is installed.');
  });
  it('sarcastic thanks on a complaint; real thanks stay calm', () => {
    upset('Stopped working after the update, thanks a lot.');
    calm('I tried the steps you sent 2 days ago and it works now, thanks a lot!');
    calm('Thanks so much for the help, it still shows the old icon but that is fine.');
  });
  it('warnings, reproaches and being done; a tip or a question is not', () => {
    upset("I'm so done with this app.");
    upset("Don't waste your time.");
    calm("Don't waste your time on the GUI, the CLI is faster.");
    upset('Dont bother downloading.');
    calm("Don't bother with the wizard, just edit the config file.");
    upset('Do you even test your updates?');
    calm('Do you even need the driver for this card?');
  });
  it('sadness and strain named; "sad to say" is a formula', () => {
    upset('So sad to see this app go downhill.');
    upset("I'm so stressed, my card is blocked.");
    upset('I hate this update.');
    calm("I'm sad to say the old version was better.");
  });
  it('Spanish evaluative words', () => {
    upset('La peor atención que he recibido, pésimo servicio.');
  });
});

describe('upset: scare quotes on a complaint (U1 sarcasm)', () => {
  it('a lower-case quoted claim in a complaining sentence', () => {
    upset("The parcel was 'delivered' apparently, but it is not here.");
    upset("The servers are 'temporarily' down, for days.");
    upset('Your "customer service" never answers.');
    upset("My 'fixed' phone broke again.");
  });
  it('not a label, a name given to a thing, or a question about a term', () => {
    calm("Click 'Help' and it crashes.");
    calm("the 'working' branch fails to build");
    calm("The ticket was marked as 'resolved' but it still fails.");
    calm("The 'premium' plan does not show the export button.");
    calm("Could you explain what 'escalated' means in the status?");
  });
});

describe('upset: a review-length complaint raised with "!" or capitals (U1)', () => {
  it('a short complaint ending in "!" is raised at the app even unnamed', () => {
    upset("Won't even open!");
    upset('Keeps crashing after the update!');
    upset("Doesn't sync with my watch!");
  });
  it('not a plea for help, praise or relief', () => {
    calm("Can't log in, please help!");
    calm('Works great, no complaints!');
    calm('Great app, does not need more features!');
    calm('No more errors since the update!');
    calm('Please fix this when you can.');
    calm('Fix this by setting the flag to true!');
  });
  it('a long report keeps "!" and capitals as punctuation and stress', () => {
    const long =
      'It does NOT boot after flashing the image, see the log below. I tried the jumper settings from the manual, the recovery mode and both the 5V and 12V supply, and nothing changed at all on the console output, it just does not start!';
    expect(long.split(/\s+/).length).toBeGreaterThan(SHORT_MESSAGE_WORDS);
    calm(long);
  });
});

describe('twitter forms: a DM unanswered for days, the company\'s habit, speechless (H1, U1)', () => {
  it('a direct message sent a stated time ago and unanswered', () => {
    hurried("@acme DM'd you 3 days ago and still nothing");
    unhurried("@acme DM'd you the order number, thanks");
  });
  it('"typical @acme" as sarcasm; not "the typical @mention syntax"', () => {
    upset('Typical @acme, train cancelled again');
    upset('typical of them to lose it');
    calm('The typical @mention syntax is supported.');
    calm('Typical usage is shown below.');
  });
  it('speechless at a complaint, not at a kindness', () => {
    upset("I'm speechless, charged twice.");
    calm('Speechless, thank you so much!');
  });
});
