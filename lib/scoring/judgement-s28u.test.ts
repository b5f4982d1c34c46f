// Session 28 (mood2, customer_upset): readings by structure. Every message here was written for these
// tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { calm, moodOf, upset } from './test/mood-cases';

describe('damage is a fault: "!!!" on goods that arrived damaged is a raised voice (RULINGS U1)', () => {
  it('reads a delivery that arrived damaged, told with "!!" or "!!!", as upset, with the marks as evidence', () => {
    upset('The parcel arrived smashed!!!');
    upset('My new phone came with the screen cracked!!!');
    upset('The groceries were delivered soaked!!');
    upset('Cake arrived melted!!!');
    upset('My order arrived late!!!');
    expect(moodOf('The parcel arrived smashed!!!').evidence).toContain('!!!');
  });
  it('keeps marks on a delivery or a fix that came right as joy', () => {
    calm('The parcel came today!!!');
    calm('It finally works!!');
    calm('The new one works perfectly!!!');
    calm('Got my refund, thank you!!!');
  });
  it('reads "still" right before the working verb as continuity: the thing goes on working', () => {
    calm('I reinstalled, applied the updates and... it still works!');
    calm('It still works!!');
    upset('It still doesn\'t work!!');
    upset('Updated it and it still works only half the time!!!');
    upset('It still works but crashes every hour!!!');
  });
  it('reads damage told calmly, with no marks, as calm (a fault report is not upset on its own)', () => {
    calm('The box arrived a bit dented, could you send a new one?');
    calm('My screen is cracked, can I book a repair?');
  });
});

describe('sarcasm aimed at a third party who handled the order is upset (ruling: the courier is part of the service)', () => {
  it('reads praise set beside damage or goods neglected by the courier or driver as upset', () => {
    upset('Great job, courier, left it in the rain.');
    upset('Well done, driver. Left my parcel at the wrong house.');
    upset('Brilliant, they dumped the box in a puddle.');
    upset('Great job, courier, the box arrived soaked.');
  });
  it('keeps sincere praise of a delivery done as asked calm', () => {
    calm('Thanks, the driver left it at reception as I asked.');
    calm('Great job, left it in the porch like I asked.');
    calm('Well done, driver. The parcel arrived on time.');
    calm('Great service, the parcel came on time.');
  });
});

describe('a hard time in the customer\'s own life, told in a story of help received, is not upset (replies-wellness.md)', () => {
  it('reads a low state told without its subject, or said of their own life, as calm when the product is credited', () => {
    calm('Feeling hopeless at 3am and this app talked me down.');
    calm('Feeling hopeless at 3am. This app helps me.');
    calm('I hate how I feel some days but this app helps.');
    calm('I hate my job and this app helps me breathe.');
    calm('My anxiety makes me miserable; this app helps me.');
    calm('Life sucks sometimes but this app helps a lot.');
    calm('My boss is awful and this app helps me.');
  });
  it('keeps it upset when the feeling is aimed at the product, the help is denied or comes before a turn', () => {
    upset('I hate this app, it never helped me.');
    upset('This app helped me at first, but now I hate how it nags.');
    upset('I hate your new update, thanks for nothing.');
    upset('Life sucks and your app crashes every day.');
    upset('Feeling cheated. The app deleted my journal.');
    upset('I hate my job and now your app crashes too!!');
  });
});
