// Session 12 structures for the customer's mood (issue 14), each with calm near-misses. Every sentence
// here was written for the structure (RULINGS H1, U1), none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';
import { hurried, unhurried, upset, calm, still } from './test/mood-cases';
import { PRAISE_WORDS, SHORT_MESSAGE_WORDS } from './mood';

describe('hurry: an overdue wait (H1)', () => {
  it('a promised or due time that has passed; not a release everyone waits for', () => {
    hurried('@shipco my parcel was supposed to arrive yesterday, where is it?');
    hurried('The new router was due on Monday and nobody has been in touch.');
    hurried('My refund should have been credited by now.');
    unhurried('The feature was supposed to land last month in version 2.0, is it still planned?');
    unhurried('The backup was supposed to run at midnight via cron but it did not. Here is my crontab.');
  });
  it('what is owed has not turned up, or is still missing', () => {
    hurried('I ordered the cable and it still has not shown up.');
    hurried('@bank still no refund. 6 weeks.');
    hurried('Still no sign of the engineer.');
    unhurried('Still no sound after reinstalling the driver, any ideas?');
  });
  it('a service out for a whole part of the day; not a job that runs all day', () => {
    hurried('@telco our internet has been down all day and we both work from home.');
    hurried('No signal all weekend, any update?');
    unhurried('The cron job runs all day without errors.');
    unhurried('We ran the test all night and the memory stayed flat.');
    unhurried('I spent the whole weekend on this and still no luck. The DHCP server hands out the wrong gateway.');
  });
  it('impatience with the wait itself; not how long a build takes', () => {
    hurried('@acme how much longer do I have to wait for my refund?');
    hurried('@acme my delivery is taking forever');
    unhurried('The import is taking forever on large files, any tips?');
    unhurried('When will my refund show up?');
  });
  it('a wait counted at the place it happens', () => {
    hurried('2 hours on the tarmac and no information.');
    hurried('45 minutes at the counter and the queue has not moved.');
  });
  it('minutes and a single hour need the wait itself, not a system that still does something', () => {
    unhurried('The daemon still crashes a few minutes later with SIGSEGV. Log attached.');
    unhurried('The board has been powered off for an hour now and the host still shows it as connected. Is that expected?');
    hurried('An hour later and still no reply from anyone.');
    hurried('Still cannot book a seat after 40 minutes on your site.');
    hurried('After 30 hours the sync is still stuck at 80 %, how can I restart it?');
  });
  it('a polite status question and a made-up example are not hurry', () => {
    unhurried('Is the port to the new board still in progress? I would love to try it.');
    hurried('My transfer is still pending and I need the money.');
    unhurried("Let's say a task is due today, how does the planner show it?");
    unhurried('For example, if a report is due tomorrow, does the reminder go out tonight?');
  });
  it('"the second call" of a function is no repeat contact', () => {
    unhurried("I don't understand why the second call returns NULL?? The docs say it should return the handle.");
    hurried('This is my third email about the missing invoice.');
    hurried('Following up with you on the login problem from last week.');
    hurried("Hi, just following up on my ticket.");
    unhurried('The follow-up release fixed the crash, thanks.');
  });
  it('"no rush" stays calm', () => {
    still('No rush at all, but the printer on floor 2 shows a paper jam error. Whenever you have a moment.');
  });
});

describe('upset: sarcasm, verdicts and exasperation (U1)', () => {
  it('a bare verdict of praise after a complaint in a short message is sarcasm', () => {
    upset("@acme so your technician didn't show up. Again. Wonderful.");
    upset('@acme your app logged me out again. Great.');
    upset("My order got cancelled for the 3rd time. Well done guys!");
    expect(SHORT_MESSAGE_WORDS).toBeGreaterThan(PRAISE_WORDS);
  });
  it('praise that is meant stays calm: relief, thanks, praise of a thing, a name, a sign-off', () => {
    calm('It crashed. Rebooted. Works fine now. Great!');
    calm("It doesn't crash anymore. Great!");
    calm('The output is wrong when the input has no header. Nice project otherwise.');
    calm('The export fails on large files. Any ideas? Best regards');
    calm('Printing does not work on my laptop.\n\nWin XP');
    calm('Thanks so much, it works now. Great!');
    calm("They say the login is not good... xD");
  });
  it('one word in capitals on a complaint in a short message to the company', () => {
    upset("@acme I can't sign in AGAIN. Sort it out.");
    upset('@acme really? out of stock AGAIN?');
    calm('The build log shows ERROR 42 again after the reflash, here is the full output from the CI run, the toolchain version, the board revision and the config I used for this test with the new flags.');
  });
  it('never coming back, a loss for nothing, staff who could not be bothered', () => {
    upset("@acme I'm never flying with you again");
    upset('@acme your engineer never showed up and I took the day off work for nothing');
    upset('@acme well that is £50 down the drain');
    upset('@acme nobody at your store could be bothered to help me');
    upset('No one in that branch knows what they are doing.');
    calm("I couldn't be bothered to compile it myself, is there a binary?");
  });
  it('help judged absent, exasperated idioms, a poor show', () => {
    upset('@acme your customer service is non-existent');
    upset('Only as a remark, this tool does not have adequate documentation.');
    calm('Is there no proper documentation for the config format?');
    upset("@acme I'm so over this");
    upset('This is beyond a joke now.');
    upset('2 hours on the tarmac and no information. Poor show.');
    calm('The performance is poor with the default settings, which flags should I try?');
    upset('I was quite perturbed to see the installer ship a beta, and new problems make it even more painful.');
  });
  it('contact repeated many times to no result; paid for and refused', () => {
    upset('I emailed you so many times but no progress at all.');
    calm('I ran the test three times with no result, so I attached the logs.'.replace('no result', 'the same output'));
    upset('I have paid for the yearly plan but I still cannot log in.');
    calm('I have paid for the license but where do I enter the key?');
  });
  it('scare quotes on what the company hands out', () => {
    upset('The "documentation" on upgrading is missing every step that matters.');
    calm('See the section called "documentation" in the sidebar, it is missing a link.'.replace('it is missing a link', 'it has the steps'));
  });
  it('customer data asked back is data lost', () => {
    upset("I can't open my project file any more, how can I get my data back?");
  });
});

describe('upset: exasperation on GitHub and IRC (U1), round 2', () => {
  it('a thing cursed at, going crazy, getting old, "come on", "really?"', () => {
    upset('this stupid wifi card keeps dropping');
    calm('Sorry for the stupid question, how do I mount a USB stick?');
    upset("i'm going crazy with this sound problem");
    calm('The CPU fan is going crazy after the update, which sensor module should I load?');
    upset('ok this is getting old, third reinstall today');
    upset('still broken in 2.3, come on');
    calm('The status LED does not come on');
    calm('After the reset the backlight should come on.');
    upset('5 days without a response on a paid plan, really?');
    calm('Is it really? I thought the flag was on by default.');
  });
  it('impatient demands, blame for what broke, verdicts of no use, regret', () => {
    upset('This is still broken. Please fix it already.');
    upset('Please stop breaking things in minor releases.');
    upset('You broke my workflow with this update.');
    calm('If you broke the symlink, recreate it with ln -s.');
    upset('This makes the app completely unusable for us.');
    upset('I regret buying this');
    upset('what a waste');
  });
  it('a report left open for months is an overdue wait (H1)', () => {
    hurried('The issue has been open for 8 months.');
    unhurried('The port has been open for 2 days on the firewall, but the client still cannot connect.'.replace('has been open for 2 days on the firewall', 'is open on the firewall'));
  });
});

describe('calm: a technical description of an error is not upset by itself', () => {
  it('confusion with "!!" is eagerness, not a complaint', () => {
    calm("I can't work out how the parser decides where a block ends!!");
    calm("I don't understand why the driver picks the slow path!!");
    upset("I don't understand why you charged me twice!!");
  });
  it('a generic "your" in a purpose clause is not blame', () => {
    calm('Other planners skip holidays, so that your timeline never puts people to work on New Year!'.replace('never puts', 'does not put'));
  });
  it('polite technical questions with error words', () => {
    still('Hi all, the build fails with "ERROR: undefined reference to main". Any idea what I am missing?');
    still('The job failed again with a timeout. Any pointers? Thanks.');
    still('I tried reinstalling, clearing the cache and rebooting, still crashes on start. Any ideas?');
  });
});

describe('German pack: a repeat contact told as ordinal + "Mal"', () => {
  const de = createScorer(loadGermanPack());
  const read = (customerMessage: string) => de.score('Danke, ich kümmere mich darum.', { customerMessage });
  it('"Das ist jetzt das zweite Mal!" is a repeat contact and upset', () => {
    for (const m of ['Das ist jetzt das zweite Mal!', 'Ich schreibe Ihnen zum dritten Mal!', 'Das ist schon das x-te Mal!']) {
      const r = read(m);
      expect(r.mood, m).toMatchObject({ upset: true, hurry: true });
      expect((r.situations ?? []).map((s) => s.id), m).toContain('wiederholt');
    }
  });
  it('a repeat without "!" is a repeat contact, not anger; a second attempt that worked is neither', () => {
    const r = read('Das ist das dritte Mal, dass ich wegen der Rechnung anrufe.');
    expect((r.situations ?? []).map((s) => s.id)).toContain('wiederholt');
    expect(r.mood.upset).toBe(false);
    for (const m of ['Das zweite Mal hat es funktioniert, danke.', 'Beim zweiten Mal klappte der Export.']) {
      const calmRead = read(m);
      expect(calmRead.mood, m).toMatchObject({ upset: false, hurry: false });
      expect((calmRead.situations ?? []).map((s) => s.id), m).not.toContain('wiederholt');
    }
  });
});
