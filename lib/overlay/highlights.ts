// Underlines findings inside contenteditable editors with the CSS Custom Highlight API: no node is
// added to the editor, so the editor's model never sees us. Browsers without it get the badge only.

const NAME = 'rapport-finding';
const STYLE = `::highlight(${NAME}) { text-decoration: underline wavy #d97706; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }`;

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(doc: Document): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } }) | null;
  const highlights = win?.CSS?.highlights;
  return highlights && win?.Highlight ? { highlights, Highlight: win.Highlight } : null;
}

const styled = new WeakSet<Document>();

function ensureStyle(doc: Document): void {
  if (styled.has(doc)) return;
  styled.add(doc);
  // A constructed sheet adds no node to the page; it only tells the browser how to draw our highlight.
  const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(STYLE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export function highlightsSupported(doc: Document = document): boolean {
  return registry(doc) !== null;
}

export function showHighlights(doc: Document, ranges: Range[]): void {
  const reg = registry(doc);
  if (!reg) return;
  if (ranges.length === 0) return reg.highlights.delete(NAME);
  ensureStyle(doc);
  reg.highlights.set(NAME, new reg.Highlight(...ranges));
}

export function clearHighlights(doc: Document): void {
  registry(doc)?.highlights.delete(NAME);
}
