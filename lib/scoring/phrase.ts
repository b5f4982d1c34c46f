// Team leads write phrases, not regexes. This compiles the small phrase syntax into regex source
// that is linear by construction (no unbounded repetition, no nesting under quantifiers).
//
//   words        case-insensitive; ' matches a straight or curly apostrophe; a space matches any run
//                of whitespace (including line breaks)
//   (a|b c)      alternatives          [a b] or (a b)?   optional words
//   frustrat*    any word that starts so (a trailing * on a word)
//   ...          a gap of up to three words within the sentence
//   {name}       the customer's name: the page's, or a capitalised word that looks like a name
//   {customer}   only the name the page gave (context.customerName)
//   a|b          alternatives at the top level, too

export const NAME_SLOT = '([\\p{L}][\\p{L}\'’-]*)';
const WORD = '[\\p{L}\\p{N}]';
const GAP = "(?:\\s+[^\\s.!?]+){0,3}";

type Node =
  | { kind: 'lit'; text: string }
  | { kind: 'stem'; text: string }
  | { kind: 'alt'; options: Seq[]; optional: boolean }
  | { kind: 'name'; strict: boolean }
  | { kind: 'gap' };
interface Item {
  node: Node;
  /** Whitespace before this item in the phrase source: becomes a whitespace run in the text. */
  spaced: boolean;
}
type Seq = Item[];

export class PhraseError extends Error {
  /** Where in the rule the phrase sits, e.g. `phrases[2]`, once known. */
  constructor(
    message: string,
    readonly path = '',
  ) {
    super(message);
  }
}

export interface CompiledPhrase {
  source: string;
  /** Lower-case characters a match can start with; '*' when any. */
  firstChars: Set<string>;
  usesName: boolean;
  /** Uses {customer}: only the name the page gave counts, never a guess from the text. */
  strictName: boolean;
}

export function compilePhrase(phrase: string): CompiledPhrase {
  if (phrase.trim() === '') throw new PhraseError('empty phrase');
  const p = new Parser(phrase.trim());
  const top = p.parseAlternatives(null);
  const body = top.map(seqSource).join('|');
  const firstChars = new Set<string>();
  let usesName = false;
  let strictName = false;
  for (const seq of top) collectFirst(seq, firstChars);
  const walk = (seqs: Seq[]): void => {
    for (const s of seqs)
      for (const it of s) {
        if (it.node.kind === 'name') {
          usesName = true;
          strictName ||= it.node.strict;
        }
        if (it.node.kind === 'alt') walk(it.node.options);
      }
  };
  walk(top);
  // Boundaries keep "no problem" out of "piano problems": a match may not start or end inside a word.
  // A phrase that starts with punctuation (", {name}.") may follow a word directly.
  const wordStart = [...firstChars].some((c) => c === '*' || /[\p{L}\p{N}]/u.test(c));
  const lead = wordStart ? `(?<!${WORD})` : '';
  return { source: `${lead}(?:${body})(?:(?<!${WORD})|(?!${WORD}))`, firstChars, usesName, strictName };
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parseAlternatives(close: string | null): Seq[] {
    const seqs: Seq[] = [this.parseSeq(close)];
    while (this.s[this.i] === '|') {
      this.i++;
      seqs.push(this.parseSeq(close));
    }
    if (close !== null) {
      if (this.s[this.i] !== close) throw new PhraseError(`missing "${close}" in "${this.s}"`);
      this.i++;
    } else if (this.i < this.s.length) throw new PhraseError(`unexpected "${this.s[this.i]}" in "${this.s}"`);
    return seqs;
  }

  private parseSeq(close: string | null): Seq {
    const seq: Seq = [];
    let spaced = false;
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (c === '|' || c === close) break;
      if (/\s/.test(c)) {
        spaced = seq.length > 0;
        this.i++;
        continue;
      }
      seq.push({ node: this.parseItem(), spaced });
      spaced = false;
    }
    return seq;
  }

  private parseItem(): Node {
    const c = this.s[this.i]!;
    if (c === '(' || c === '[') {
      this.i++;
      const options = this.parseAlternatives(c === '(' ? ')' : ']');
      // "(a|b)?" reads as optional too, the way people who know a little regex write it.
      const questionMark = c === '(' && this.s[this.i] === '?';
      if (questionMark) this.i++;
      return { kind: 'alt', options, optional: c === '[' || questionMark || options.some((o) => o.length === 0) };
    }
    if (c === ')' || c === ']') throw new PhraseError(`unbalanced "${c}" in "${this.s}"`);
    if (this.s.startsWith('{name}', this.i)) {
      this.i += 6;
      return { kind: 'name', strict: false };
    }
    if (this.s.startsWith('{customer}', this.i)) {
      this.i += 10;
      return { kind: 'name', strict: true };
    }
    if (this.s.startsWith('...', this.i) || c === '…') {
      this.i += c === '…' ? 1 : 3;
      return { kind: 'gap' };
    }
    let text = '';
    while (this.i < this.s.length && !/[\s()[\]|{]/.test(this.s[this.i]!)) {
      if (this.s.startsWith('...', this.i)) break;
      text += this.s[this.i++];
    }
    if (text.endsWith('*') && text.length > 1) return { kind: 'stem', text: text.slice(0, -1) };
    if (text.includes('*')) throw new PhraseError(`"*" only ends a word, in "${this.s}"`);
    if (text === '') throw new PhraseError(`unexpected "${c}" in "${this.s}"`);
    return { kind: 'lit', text };
  }
}

function litSource(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === "'" || ch === '’' || ch === '‘') out += "['’‘]";
    else if (ch === '"' || ch === '“' || ch === '”') out += '["“”]';
    else if (ch === '-') out += '[-‐–]';
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

function nodeSource(n: Node): string {
  switch (n.kind) {
    case 'lit':
      return litSource(n.text);
    case 'stem':
      return `${litSource(n.text)}[\\p{L}\\p{N}'’]{0,20}`;
    case 'name':
      return NAME_SLOT;
    case 'gap':
      return GAP;
    case 'alt':
      return `(?:${n.options.map(seqSource).join('|')})`;
  }
}

function seqSource(seq: Seq): string {
  let out = '';
  let ownSep = false; // the previous optional item already consumed the whitespace after it
  seq.forEach((it, idx) => {
    const sep = it.spaced && !ownSep ? '\\s+' : '';
    ownSep = false;
    if (it.node.kind === 'gap') {
      out += GAP; // carries its own leading whitespace
      return;
    }
    if (it.node.kind === 'alt' && it.node.optional) {
      const inner = it.node.options.filter((o) => o.length > 0).map(seqSource).join('|');
      // An optional first item owns the whitespace after it; later ones own the whitespace before.
      if (idx === 0 && seq[idx + 1]?.spaced) {
        out += `(?:(?:${inner})\\s+)?`;
        ownSep = true;
      } else out += `(?:${sep}(?:${inner}))?`;
      return;
    }
    if (it.node.kind === 'alt' && sep) {
      // "(I|we) ('ll|will)": an option starting with an apostrophe is a contraction and attaches
      // to the word before it; the others need the space.
      out += `(?:${it.node.options.map((o) => (startsWithApostrophe(o) ? '' : sep) + seqSource(o)).join('|')})`;
      return;
    }
    out += (it.node.kind === 'lit' && /^['’]/.test(it.node.text) ? '' : sep) + nodeSource(it.node);
  });
  return out;
}

function startsWithApostrophe(seq: Seq): boolean {
  const n = seq[0]?.node;
  return n !== undefined && (n.kind === 'lit' || n.kind === 'stem') && /^['’]/.test(n.text);
}

function collectFirst(seq: Seq, into: Set<string>): void {
  const first = seq[0];
  if (!first) return void into.add('*');
  const n = first.node;
  if (n.kind === 'lit' || n.kind === 'stem') {
    const ch = n.text[0]!.toLowerCase();
    if ("'’‘".includes(ch)) for (const a of "'’‘") into.add(a);
    else if ('"“”'.includes(ch)) for (const a of '"“”') into.add(a);
    else if ('-‐–'.includes(ch)) for (const a of '-‐–') into.add(a);
    else into.add(ch);
  } else if (n.kind === 'alt' && !n.optional) for (const o of n.options) collectFirst(o, into);
  else into.add('*');
}
