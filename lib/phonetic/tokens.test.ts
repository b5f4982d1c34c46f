import { describe, expect, it } from 'vitest';
import { findSpellWorthyTokens } from './index';

const found = (text: string): [string, string][] =>
  findSpellWorthyTokens(text).map((t) => [t.token, t.kind]);

describe('findSpellWorthyTokens: what an agent would spell', () => {
  it('finds ticket ids in the common formats', () => {
    expect(found('See #48213, INC0012345 and JSM-123 for the history.')).toEqual([
      ['#48213', 'ticket'], ['INC0012345', 'ticket'], ['JSM-123', 'ticket'],
    ]);
  });

  it('finds URLs and e-mail addresses without trailing punctuation', () => {
    expect(found('Reset it at https://help.example.com/reset?u=7. Or mail it-desk@example.co.uk.')).toEqual([
      ['https://help.example.com/reset?u=7', 'url'], ['it-desk@example.co.uk', 'email'],
    ]);
    expect(found('Go to www.example.org, then log in.')).toEqual([['www.example.org', 'url']]);
  });

  it('finds labelled values: temporary passwords, order numbers, licence keys', () => {
    expect(found('Your temporary password is Xk7!pQ2z! Please change it.')).toEqual([
      ['Xk7!pQ2z!', 'password'],
    ]);
    expect(found('Password: "tr0ub4dor", then order number 55012, ticket #991.')).toEqual([
      ['tr0ub4dor', 'password'], ['55012', 'order'], ['#991', 'ticket'],
    ]);
    expect(found('The licence key is ABCD-12EF-9XYZ-7788.')).toEqual([['ABCD-12EF-9XYZ-7788', 'serial']]);
  });

  it('finds unlabelled mixed-case passwords, serials, long numbers and phone numbers', () => {
    expect(found('Try aB3xY9#q now; serial 7F3K-22QX-9PLM.')).toEqual([
      ['aB3xY9#q', 'password'], ['7F3K-22QX-9PLM', 'serial'],
    ]);
    expect(found('Order 20240117883 ships today. Call +49 30 1234567 if not.')).toEqual([
      ['20240117883', 'order'], ['+49 30 1234567', 'phone'],
    ]);
  });

  it('lists each token once, at its first place, with offsets into the text', () => {
    const text = 'INC0012345 is open; INC0012345 was reopened.';
    const tokens = findSpellWorthyTokens(text);
    expect(tokens).toHaveLength(1);
    const [first] = tokens;
    expect(first && text.slice(first.start, first.end)).toBe('INC0012345');
    expect(first?.start).toBe(0);
  });
});

describe('findSpellWorthyTokens: ordinary prose gives nothing', () => {
  it('ignores everyday replies', () => {
    const reply =
      "Hi Anna, thanks for reaching out! I'm sorry the printer stopped working on Windows 11 " +
      'yesterday at 10am. I updated the driver to version 4.2 and restarted the spooler, which ' +
      'takes 2 minutes. In case 2FA fails, the key is on your badge. Have I solved your problem?';
    expect(found(reply)).toEqual([]);
  });

  it('ignores product names, standards, ordinals and units', () => {
    expect(found('Office365 on an iPhone15 with UTF-8, COVID-19 rules, the 3rd floor, 500MB, 2024.')).toEqual([]);
  });

  it('ignores labels followed by ordinary words', () => {
    expect(found('The password is incorrect and the code was fine; check the keyboard.')).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(findSpellWorthyTokens('')).toEqual([]);
  });
});
