// Session 18 (lead, from the tester's find): the German greeting "Guten Morgen" is not the deadline
// "morgen" — a customer who opens with it and says what they need is not in a hurry; one who needs it by
// tomorrow still is.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';

describe('German pack: "Guten Morgen" is a greeting, not a deadline', () => {
  const scorer = createScorer(loadGermanPack());
  const mood = (customerMessage: string) => scorer.score('Danke, ich kümmere mich darum.', { customerMessage }).mood;

  it('does not read a customer who greets with "Guten Morgen" and asks for help as hurried', () => {
    expect(mood('Guten Morgen, ich brauche Hilfe beim Einrichten meines Druckers.').hurry).toBe(false);
    expect(mood('Guten Morgen! Ich muss meine Adresse ändern, wie geht das?').hurry).toBe(false);
  });
  it('still reads a need by tomorrow as hurry', () => {
    expect(mood('Ich brauche den Laptop bis morgen für eine Präsentation.').hurry).toBe(true);
    expect(mood('Guten Tag, ich muss das morgen früh abgeben.').hurry).toBe(true);
  });
});

describe('German pack: a wait in number words is a wait in digits', () => {
  const scorer = createScorer(loadGermanPack());
  const mood = (customerMessage: string) => scorer.score('Danke, ich kümmere mich darum.', { customerMessage }).mood;
  it.each(['Ich habe seit zehn Tagen kein Internet.', 'Ich warte jetzt schon sieben Tage auf eine Antwort.', 'Ich habe seit 10 Tagen kein Internet.'])('"%s" is hurry', (m) => {
    expect(mood(m).hurry).toBe(true);
  });
});
