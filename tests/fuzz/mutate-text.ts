// Mutations of a pack's text, the way a pack arrives from a file, a URL or the options editor:
// encodings, truncation, stray YAML syntax, tags, alias bombs, oversize and deeply nested text.
import { stringify } from 'yaml';
import { DEFAULT_PACK_TEXT, type PackData } from './base';
import type { FuzzCase, Mutation } from './cases';
import { yamlAliasBomb } from './evil';
import type { Rng } from './rng';

type Out = Omit<FuzzCase, 'id' | 'kind'>;

const yamlOf = (pack: PackData) => stringify(pack, { lineWidth: 0 });
const yamlCase = (input: string, label: string, bytes?: Uint8Array): Out => ({ label, format: 'yaml', input, docLevel: true, ...(bytes ? { bytes } : {}) });
const jsonCase = (input: string, label: string): Out => ({ label, format: 'json', input, docLevel: true });

const STRAY = [':', '-', '[', ']', '{', '}', '&', '*', '!', '|', '>', '"', "'", '#', '%', '@', '`', '\t', '? ', ': :'];
const TAGS = ['!!js/function "function(){}"', '!!binary aGVsbG8=', '!!set {a, b}', '!foo bar', '!!python/object/apply:os.system ["true"]', '!!timestamp 2001-12-14', '!!float .nan', '!!int 0x1F'];

function bomb(r: Rng, pack: PackData): string {
  const levels = r.pick([4, 6, 9]);
  const where = r.pick(['root', 'description', 'phrases']);
  if (where === 'root') return `${yamlAliasBomb(levels)}\n${yamlOf(pack)}`;
  const defs = yamlAliasBomb(levels, 'tail').replace(/\ntail: .*$/, '');
  // Anchors defined in an ignored-looking place, expanded where the schema will look.
  const text = yamlOf(pack).replace(/^rules:/m, `x_anchors:\n${defs.replace(/^/gm, '  ')}\nrules:`);
  return where === 'description' ? `${text}\ndescription: *l${levels - 1}\n` : text.replace(/phrases:\n( +)- .*/, (m, sp: string) => `phrases: *l${levels - 1}\n${sp}# was: ${m.length}`);
}

function corruptBytes(r: Rng, text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const bad = [[0xff], [0xfe], [0xc3], [0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf], [0x00]];
  const parts: number[] = [...bytes];
  for (let k = r.int(1, 8); k > 0; k--) parts.splice(r.int(0, parts.length), r.int(0, 1), ...r.pick(bad));
  return Uint8Array.from(parts);
}

export const TEXT_MUTATIONS: Mutation[] = [
  {
    kind: 'encoding',
    weight: 8,
    apply(r, pack) {
      const text = yamlOf(pack);
      const how = r.int(0, 5);
      if (how === 0) return yamlCase(`\uFEFF${text}`, 'BOM (should load)');
      if (how === 1) return yamlCase(`\uFEFF\uFEFF${text}`, 'two BOMs');
      if (how === 2) return yamlCase(text.replace(/\n/g, '\r\n'), 'CRLF line ends (should load)');
      if (how === 3) {
        const bytes = corruptBytes(r, text);
        return yamlCase(new TextDecoder().decode(bytes), 'invalid UTF-8 bytes', bytes);
      }
      if (how === 4) {
        const u16 = Buffer.from(`\uFEFF${text}`, 'utf16le');
        return yamlCase(new TextDecoder().decode(u16), 'UTF-16LE file', Uint8Array.from(u16));
      }
      const i = r.int(0, text.length);
      const odd = r.pick(['\u0000', '\uD800', '\uDC00', '\u2028', '\u0085', '\uFFFE', '\u001B[31m']);
      return yamlCase(text.slice(0, i) + odd + text.slice(i), `inserted U+${odd.charCodeAt(0).toString(16)} at ${i}`);
    },
  },
  {
    kind: 'yaml-syntax',
    weight: 12,
    apply(r, pack) {
      const text = yamlOf(pack);
      const how = r.int(0, 4);
      if (how === 0) {
        const n = r.int(0, text.length);
        return yamlCase(text.slice(0, n), `truncated at ${n}`);
      }
      if (how === 1) {
        const i = r.int(0, text.length - 1);
        const c = r.pick(STRAY);
        return yamlCase(text.slice(0, i) + c + text.slice(i + 1), `stray ${JSON.stringify(c)} at ${i}`);
      }
      if (how === 2) return yamlCase(text.replace(/^( {2})+/gm, (m) => (r.chance(0.2) ? '\t'.repeat(m.length / 2) : m)), 'tab indentation');
      if (how === 3) {
        const lines = text.split('\n');
        const i = r.int(0, lines.length - 1);
        lines.splice(i, 0, lines[i] ?? '');
        return yamlCase(lines.join('\n'), `line ${i + 1} repeated (duplicate key)`);
      }
      const tag = r.pick(TAGS);
      return yamlCase(text.replace(/^(\s*message: ).*$/m, `$1${tag}`), `tag ${tag.split(' ')[0]} on a message`);
    },
  },
  {
    kind: 'yaml-proto',
    weight: 4,
    apply(r, pack) {
      const key = r.pick(['__proto__', 'constructor', 'prototype']);
      const value = key === 'constructor' ? '{prototype: {polluted: yes}}' : '{polluted: yes, toString: broken}';
      const text = yamlOf(pack);
      return r.chance(0.5)
        ? yamlCase(`${key}: ${value}\n${text}`, `YAML ${key} at the root`)
        : yamlCase(text.replace(/^( +)level: /m, `$1${key}: ${value}\n$1level: `), `YAML ${key} in a rule`);
    },
  },
  { kind: 'alias-bomb', weight: 4, apply: (r, pack) => yamlCase(bomb(r, pack), 'YAML alias bomb') },
  {
    kind: 'oversize',
    weight: 3,
    apply(r, pack) {
      const text = yamlOf(pack);
      const depth = r.pick([1_000, 30_000]);
      if (r.chance(0.5)) return yamlCase(`${text}\n# ${'x'.repeat(2_200_000)}\n`, 'over 2048 KB');
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      return r.chance(0.5) ? yamlCase(text.replace(/^rules:/m, `rules: ${nested}\nx_was:`), `flow nesting ${depth} deep`) : jsonCase(`{"rules": ${nested}}`, `JSON nesting ${depth} deep`);
    },
  },
  {
    kind: 'json-text',
    weight: 5,
    apply(r, pack) {
      const text = JSON.stringify(pack, null, 1);
      const how = r.int(0, 4);
      if (how === 0) return jsonCase(text.replace(/\n\}$/, ',\n}'), 'trailing comma');
      if (how === 1) return jsonCase(text.replace(/"weight": -?\d+/, '"weight": NaN').replace(/"empathy": -?\d+/, '"empathy": NaN'), 'NaN literal');
      if (how === 2) return jsonCase(`{"__proto__": {"polluted": "yes"}, ${text.slice(1)}`, 'JSON __proto__ key');
      if (how === 3) return jsonCase(text.replace(/"rules": \[/, '"rules": [], "rules": ['), 'JSON duplicate key (refused with its path, as YAML refuses one)');
      return jsonCase(`// a comment\n${text}`, 'JSON with a comment');
    },
  },
  {
    kind: 'full-default',
    weight: 1,
    apply(r) {
      const how = r.int(0, 2);
      if (how === 0) return yamlCase(`\uFEFF${DEFAULT_PACK_TEXT}`, 'default pack with BOM (should load)');
      if (how === 1) return yamlCase(DEFAULT_PACK_TEXT.replace(/\n/g, '\r\n'), 'default pack with CRLF (should load)');
      const n = r.int(0, DEFAULT_PACK_TEXT.length);
      return yamlCase(DEFAULT_PACK_TEXT.slice(0, n), `default pack truncated at ${n}`);
    },
  },
];
