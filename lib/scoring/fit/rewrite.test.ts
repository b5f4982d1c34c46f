import { describe, expect, it } from 'vitest';
import { fitRewrite } from './rewrite';

/** Applies the fitted rewrite for the first occurrence of `flagged` in `text`; null when it is not offered. */
function apply(text: string, flagged: string, rewrite: string, name?: string): string | null {
  const start = text.indexOf(flagged);
  if (start === -1) throw new Error(`"${flagged}" is not in "${text}"`);
  const fit = fitRewrite(text, { start, end: start + flagged.length }, rewrite, { name });
  return fit && text.slice(0, fit.span.start) + fit.text + text.slice(fit.span.end);
}

describe('fitting a rewrite into its sentence', () => {
  it.each([
    // The cases the issue reports, then the shapes around them.
    ['No problem at all', 'No problem', "You're welcome", "You're welcome"],
    ['No problem at all. I will check the invoice.', 'No problem', "You're welcome", "You're welcome. I will check the invoice."],
    ['Sorry, that\'s not my department.', 'not my department', 'Let me connect you with the team that handles this', 'Sorry, let me connect you with the team that handles this.'],
    ["that's not my department", 'not my department', 'Let me connect you with the team that handles this', 'Let me connect you with the team that handles this'],
    ["It's not a problem at all, Dana!", 'not a problem', "You're welcome", "You're welcome, Dana!"],
    ['Thanks for the update, and no worries!', 'no worries', 'Happy to help', 'Thanks for the update, happy to help!'],
    ['Not a problem whatsoever.', 'Not a problem', 'My pleasure', 'My pleasure.'],
    ['Kein Problem, Herr Weber!', 'Kein Problem', 'Gern geschehen', 'Gern geschehen, Herr Weber!'],
  ])('%j: "%s" → %j gives %j', (text, flagged, rewrite, expected) => {
    expect(apply(text, flagged, rewrite)).toBe(expected);
  });

  it('never puts a greeting after a greeting, nor says the name twice', () => {
    const text = 'Hello Helen, how can I help you today?';
    expect(apply(text, 'how can I help you today', 'Hi {name},', 'Helen')).toBeNull();
    expect(apply(text, 'how can I help you today', 'Hello {name}, thanks for getting in touch.', 'Helen')).toBe('Hello Helen, thanks for getting in touch.');
    expect(apply('Hello, this is Don. How may I assist you today?', 'How may I assist you today', 'Hello {name}, thanks for getting in touch.')).toBe(
      'Hello, this is Don. Thanks for getting in touch.',
    );
  });

  it('opens a draft with a greeting only where the draft has none', () => {
    expect(apply('I hope this email finds you well. Your laptop is ready.', 'I hope this email finds you well', 'Hi {name},', 'Dana Reyes')).toBe(
      'Hi Dana, your laptop is ready.',
    );
    expect(apply('Your laptop is ready. I hope this email finds you well.', 'I hope this email finds you well', 'Hi {name},')).toBeNull();
  });

  it('does not offer an opener that would turn what the agent cannot do into what they can', () => {
    expect(apply("I can't see the invoice yet.", "can't", 'What I can do is')).toBeNull();
    expect(apply("I can't see the invoice yet.", "can't", "Here's what we can do:")).toBeNull();
    expect(apply("I can't refund a gift card, but I can give you store credit.", "can't", 'What I can do is')).toBe('What I can do is give you store credit.');
    expect(apply("That's not possible. I'll send you a new one today.", 'not possible', "Here's what we can do:")).toBe(
      "Here's what we can do: I'll send you a new one today.",
    );
  });

  it('replaces a lead-in, keeping what it led into', () => {
    expect(apply('As I already explained, the rate ended last month.', 'As I already explained', 'To recap:')).toBe('To recap: the rate ended last month.');
    expect(apply("It's really quite simple: flip the switch.", "It's really quite simple:", "Here's how it works:")).toBe("Here's how it works: flip the switch.");
    // German puts the verb second: a colon in front of "ist der Tarif" would not be German.
    expect(apply('Wie ich bereits erklärt habe, ist der Tarif abgelaufen.', 'Wie ich bereits erklärt habe', 'Kurz zusammengefasst:')).toBeNull();
    expect(apply('Wie ich bereits erklärt habe, ist der Tarif abgelaufen.', 'Wie ich bereits erklärt habe', 'Kurz gesagt')).toBe('Kurz gesagt ist der Tarif abgelaufen.');
  });

  it('gives a whole-sentence rewrite its own sentence, keeping the agent\'s other clause', () => {
    expect(apply("Printers are the worst, but I've ordered you a new toner.", 'Printers are the worst', "Let's get this working for you.")).toBe(
      "Let's get this working for you. I've ordered you a new toner.",
    );
    expect(apply("I've ordered you a new toner, printers are the worst.", 'printers are the worst', "Let's get this working for you.")).toBe(
      "I've ordered you a new toner. Let's get this working for you.",
    );
    expect(apply('New PIN: 4711', 'New PIN:', "I've sent you a reset link.")).toBe("I've sent you a reset link.");
  });

  it('keeps a sentence start capitalised and lower-cases mid-sentence, except "I" and names', () => {
    expect(apply('Thanks Dana, no problem.', 'no problem', 'My pleasure')).toBe('Thanks Dana, my pleasure.');
    expect(apply('Thanks Dana, no problem.', 'no problem', "I'm glad to help")).toBe("Thanks Dana, I'm glad to help.");
    expect(apply('Ok. no problem.', 'no problem', 'my pleasure')).toBe('Ok. My pleasure.');
  });

  it('does not fit a phrase into the middle of a longer clause', () => {
    expect(apply("We can't reset that password from here.", "can't", 'Let me connect you with the team that handles this')).toBeNull();
    expect(apply("It's no problem for me to call you.", 'no problem', "You're welcome")).toBeNull();
  });

  it('never doubles a word across an edge of the edit', () => {
    expect(apply('Happy to help, no problem!', 'no problem', 'Happy to help')).toBeNull();
    expect(apply('Sure, sure no problem.', 'no problem', 'sure')).toBeNull();
  });
});
