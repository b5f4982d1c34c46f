// The options page's form edits, applied to the team pack's text. YAML keeps its comments and layout;
// a rule from a lower layer is copied into the team pack before it is changed (the team pack then
// overrides it by id). Pure: text in, text out, and the result still goes through validation.
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { PackFormat } from './records';

export type Edit =
  | { kind: 'rule-enabled'; rule: Record<string, unknown>; enabled: boolean }
  | { kind: 'weight'; signal: string; weight: number }
  | { kind: 'add-phrase'; rule: Record<string, unknown>; phrase: string }
  | { kind: 'add-tip'; id: string; title: string; text: string; topics: string[] }
  | { kind: 'add-closing-question'; id: string; text: string };

/** A new team pack made by the form: an overlay, so the method stays in force around it. */
export function starterPack(): string {
  return ['extends: default', 'schema_version: 1', 'id: team', 'name: Team pack', 'version: "1"', 'rules: []', ''].join('\n');
}

function findById(doc: Document, key: string, id: string): number {
  const seq = doc.get(key);
  if (!isSeq(seq)) return -1;
  return seq.items.findIndex((item) => isMap(item) && (item as YAMLMap).get('id') === id);
}

function ensureSeq(doc: Document, key: string): void {
  if (!isSeq(doc.get(key))) doc.set(key, doc.createNode([]));
}

/** The index of the rule in the team pack, copying it there from the layer below when needed. */
function ownRule(doc: Document, rule: Record<string, unknown>): number {
  const id = String(rule.id);
  let at = findById(doc, 'rules', id);
  if (at < 0) {
    ensureSeq(doc, 'rules');
    const { locked: _locked, ...copy } = rule;
    doc.addIn(['rules'], doc.createNode(copy));
    at = findById(doc, 'rules', id);
  }
  return at;
}

function applyToDoc(doc: Document, edit: Edit): void {
  switch (edit.kind) {
    case 'rule-enabled':
      doc.setIn(['rules', ownRule(doc, edit.rule), 'enabled'], edit.enabled);
      return;
    case 'weight':
      if (!isMap(doc.get('weights'))) doc.set('weights', doc.createNode({}));
      doc.setIn(['weights', edit.signal], edit.weight);
      return;
    case 'add-phrase': {
      const at = ownRule(doc, edit.rule);
      const path = ['rules', at, 'phrases'];
      if (!isSeq(doc.getIn(path))) doc.setIn(path, doc.createNode([]));
      doc.addIn(path, edit.phrase);
      return;
    }
    case 'add-tip':
      ensureSeq(doc, 'tips');
      doc.addIn(['tips'], doc.createNode({ id: edit.id, title: edit.title, text: edit.text, topics: edit.topics }));
      return;
    case 'add-closing-question':
      ensureSeq(doc, 'closing_questions');
      doc.addIn(['closing_questions'], doc.createNode({ id: edit.id, text: edit.text, variants: [edit.text] }));
      return;
  }
}

/** Applies one edit; throws when the text is not a pack-shaped document (the editor shows why). */
export function applyEdit(text: string, format: PackFormat, edit: Edit): string {
  const source = text.trim() ? text : starterPack();
  if (format === 'json') {
    const doc = new Document(JSON.parse(source) as unknown);
    applyToDoc(doc, edit);
    return `${JSON.stringify(doc.toJS(), null, 2)}\n`;
  }
  const doc = parseDocument(source);
  if (doc.errors.length) throw new Error(`fix the YAML first: ${doc.errors[0]?.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) throw new Error('a pack is a mapping of fields');
  applyToDoc(doc, edit);
  return doc.toString({ lineWidth: 0 });
}

/** An id for a new item: its text in lower-case words, made unique among `taken`. */
export function slugId(text: string, taken: Iterable<string>): string {
  const base = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'item';
  const used = new Set(taken);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}
