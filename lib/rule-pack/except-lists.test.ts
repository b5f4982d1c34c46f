// An `except` item may be a list (a YAML alias of a list written once for several rules, as the
// default pack's teach rules share *teach-not): it is read as its phrases in place, and the 300-phrase
// limit counts the phrases once the lists are read in.
import { describe, expect, it } from 'vitest';
import { loadPack } from './index';

const yaml = (except: string) => `schema_version: 1
id: team
name: Team
version: "1"
rules:
  - id: avoid
    type: phrase-avoid
    level: warning
    message: Avoid
    phrases: [no problem]
    except: ${except}
    examples: {flag: ["No problem!"], pass: ["No problem with that order."]}
  - id: avoid-too
    type: phrase-avoid
    level: warning
    message: Avoid
    phrases: [no worries]
    except: [*shared, "no worries at all"]
    examples: {flag: ["No worries!"], pass: ["No worries at all.", "No worries with that order."]}
`;

describe('except: a list shared by alias', () => {
  it('reads an aliased list in place, in every rule that names it', () => {
    const r = loadPack(yaml('[&shared ["no (problem|worries) (with|on)"], "no problem here"]'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.rules[0]!.type === 'phrase-avoid' && r.pack.rules[0]!.except).toEqual(['no (problem|worries) (with|on)', 'no problem here']);
    expect(r.pack.rules[1]!.type === 'phrase-avoid' && r.pack.rules[1]!.except).toEqual(['no (problem|worries) (with|on)', 'no worries at all']);
  });

  it('counts the phrases of the lists against the limit of 300, and names the rule when it refuses', () => {
    // The shared list: n filler words and the phrase both rules' pass examples need.
    const many = (n: number) => JSON.stringify([...Array.from({ length: n }, (_, i) => `word${i}`), 'no (problem|worries) (with|on)']);
    const fits = loadPack(yaml(`[&shared ${many(298)}, "one more"]`));
    expect(fits.ok).toBe(true);
    const over = loadPack(yaml(`[&shared ${many(299)}, "one more"]`));
    expect(over.ok).toBe(false);
    if (over.ok) return;
    expect(JSON.stringify(over)).toMatch(/rules\.0\.except|rules\[0\]\.except|rules\/0\/except/);
  });
});
