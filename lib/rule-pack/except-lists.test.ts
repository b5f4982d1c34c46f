// An `except` item may be a list (a YAML alias of a list written once for several rules, as the
// default pack's teach rules share *teach-not): it is read as its phrases in place, and the 100-phrase
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

  it('counts the phrases of the lists against the limit of 100', () => {
    const many = JSON.stringify(Array.from({ length: 100 }, (_, i) => `word${i}`));
    const r = loadPack(yaml(`[&shared ${many}, "one more"]`));
    expect(r.ok).toBe(false);
  });
});
