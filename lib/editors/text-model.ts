// Reads a contenteditable tree as plain text and keeps a map from each text offset back to a DOM
// point, so a finding's span or a saved caret can become a real DOM range again.
import { isQuoteStart, SKIP_SELECTOR } from './quotes';

/** A run of draft text that is a slice of one DOM text node. Synthetic newlines have no piece. */
interface Piece {
  start: number;
  end: number;
  node: Text;
  nodeOffset: number;
}

export interface TextModel {
  text: string;
  quoted: string;
  pieces: Piece[];
  root: Element;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

// Editors pad empty inlines with invisible characters the agent never typed.
const INVISIBLE = /[\u200b\u2060\ufeff]/;

export function buildTextModel(root: Element): TextModel {
  const pieces: Piece[] = [];
  let text = '';
  let quoted = '';
  let pendingBreaks = 0;

  const flush = () => {
    if (text.length > 0) text += '\n'.repeat(pendingBreaks);
    pendingBreaks = 0;
  };
  const blockBoundary = () => {
    if (text.length > 0) pendingBreaks = Math.max(pendingBreaks, 1);
  };

  const addText = (node: Text) => {
    const data = node.data;
    let runStart = -1;
    for (let i = 0; i <= data.length; i++) {
      const ch = data[i];
      const keep = ch !== undefined && !INVISIBLE.test(ch);
      if (keep && runStart < 0) runStart = i;
      if (!keep && runStart >= 0) {
        flush();
        const slice = data.slice(runStart, i).replace(/\u00a0/g, ' ');
        pieces.push({ start: text.length, end: text.length + slice.length, node, nodeOffset: runStart });
        text += slice;
        runStart = -1;
      }
    }
  };

  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        addText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (c.matches(SKIP_SELECTOR)) continue;
      if (isQuoteStart(c)) {
        // Quoted history runs to the end of the box: everything from here on is the customer's.
        for (let q: Node | null = c; q; q = q.nextSibling) quoted += (q.textContent ?? '') + '\n';
        return true;
      }
      if (c.tagName === 'BR') {
        pendingBreaks += 1;
        continue;
      }
      const block = BLOCKS.has(c.tagName);
      if (block) blockBoundary();
      const stop = walk(c);
      if (block) blockBoundary();
      if (stop) return true;
    }
    return false;
  };
  walk(root);
  return { text, quoted: quoted.trim(), pieces, root };
}

/** The DOM point for a text offset (start of the next run when the offset sits on a line break). */
export function pointAt(model: TextModel, offset: number): { node: Node; offset: number } {
  const { pieces } = model;
  for (const p of pieces) {
    if (offset >= p.start && offset < p.end) return { node: p.node, offset: p.nodeOffset + offset - p.start };
  }
  for (const p of pieces) if (offset === p.end) return { node: p.node, offset: p.nodeOffset + p.end - p.start };
  const next = pieces.find((p) => p.start > offset);
  if (next) return { node: next.node, offset: next.nodeOffset };
  const last = pieces[pieces.length - 1];
  if (last) return { node: last.node, offset: last.nodeOffset + last.end - last.start };
  return { node: firstLeafBlock(model.root), offset: 0 };
}

function firstLeafBlock(root: Element): Element {
  // A block editor's holder is not editable itself: start in its first editable block.
  let el = (root as HTMLElement).isContentEditable === false ? (root.querySelector('[contenteditable="true"]') ?? root) : root;
  for (;;) {
    const next = Array.from(el.children).find((c) => BLOCKS.has(c.tagName));
    if (!next) return el;
    el = next;
  }
}

export function rangeFor(model: TextModel, start: number, end: number): Range {
  const doc = model.root.ownerDocument;
  const range = doc.createRange();
  const a = pointAt(model, start);
  const b = end === start ? a : pointAt(model, end);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** The text offset of a DOM point inside the modelled tree (nearest run when it is between runs). */
export function offsetOf(model: TextModel, node: Node, offset: number): number {
  for (const p of model.pieces) {
    if (p.node === node) {
      const rel = offset - p.nodeOffset;
      if (rel >= 0 && rel <= p.end - p.start) return p.start + rel;
    }
  }
  const probe = model.root.ownerDocument.createRange();
  probe.setStart(node, offset);
  for (const p of model.pieces) {
    // 1 = the run lies after the point, so the point sits just before it.
    if (probe.comparePoint(p.node, p.nodeOffset) === 1) return p.start;
  }
  return model.text.length;
}
