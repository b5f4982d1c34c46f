import { afterEach, describe, expect, it } from 'vitest';
import { classifyLabel, usePackLabels } from './vocabulary';

const say = (label: string) => {
  const v = classifyLabel(label);
  return v ? `${v.audience}/${v.strength}` : 'none';
};

describe('what a control label says about who reads the box', () => {
  it('reads the tools\' own labels, English', () => {
    expect(say('Post Internal Note')).toBe('internal/strong');
    expect(say('Internal note')).toBe('internal/strong');
    expect(say('Work notes')).toBe('internal/strong');
    expect(say('Make comment private (visible only to members of the insidergroup group)')).toBe('internal/strong');
    expect(say('Public reply')).toBe('public/strong');
    expect(say('Reply to customer')).toBe('public/strong');
    expect(say('Additional comments (Customer visible)')).toBe('public/strong');
    expect(say('Is visible for customer:')).toBe('public/strong');
    expect(say('Email')).toBe('public/strong');
  });

  it('reads negations and "only" before the audience they name', () => {
    expect(say('Not sent to the customer')).toBe('internal/strong');
    expect(say('This will not be visible to the requester')).toBe('internal/strong');
    expect(say('The customer will not see this')).toBe('internal/strong');
    expect(say('Only visible to agents')).toBe('internal/strong');
    expect(say('Hidden from the customer')).toBe('internal/strong');
    expect(say('Sent to the customer')).toBe('public/strong');
  });

  it('reads German labels', () => {
    expect(say('Für Kunde sichtbar')).toBe('public/strong');
    expect(say('Sichtbar für Kunden')).toBe('public/strong');
    expect(say('Nicht für Kunden sichtbar')).toBe('internal/strong');
    expect(say('Wird nicht an den Kunden gesendet')).toBe('internal/strong');
    expect(say('Interne Notiz')).toBe('internal/strong');
    expect(say('Nur für Mitarbeiter sichtbar')).toBe('internal/strong');
    expect(say('Öffentliche Antwort')).toBe('public/strong');
    expect(say('Antwort an Kunden')).toBe('public/strong');
    expect(say('Antworten')).toBe('public/weak');
    expect(say('Kommentar')).toBe('internal/weak');
  });

  it('gives lone "Reply" and "Comment" only weak weight, and says nothing about unrelated labels', () => {
    expect(say('Post Reply')).toBe('public/weak');
    expect(say('Add comment')).toBe('internal/weak');
    expect(say('Bold')).toBe('none');
    expect(say('Ticket Thread (4)')).toBe('none');
    expect(say('Notifications')).toBe('none');
    expect(say('Annotate')).toBe('none');
  });

  describe('with a pack\'s own labels', () => {
    afterEach(() => usePackLabels(undefined));
    it('adds them as strong words, before the built-in ones', () => {
      expect(say('An Anrufer senden')).toBe('public/strong');
      usePackLabels({ internal: ['Nur fürs Team', 'Kladde'], public: ['Rückmeldung'] });
      expect(say('Kladde')).toBe('internal/strong');
      expect(say('Rückmeldung geben')).toBe('public/strong');
      expect(say('Nur fürs Team')).toBe('internal/strong');
    });
  });
});
