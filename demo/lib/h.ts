// Tiny element builder: pages are built from DOM nodes and text nodes only (never innerHTML), so
// ticket text can never turn into markup.
type Attrs = Record<string, string | boolean | number | undefined | ((ev: Event) => void)>;
export type Child = Node | string | false | null | undefined;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') (el as HTMLElement).addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Multi-paragraph plain text → <p> elements (blank lines split paragraphs). */
export function paragraphs(text: string): HTMLParagraphElement[] {
  return text.split(/\n{2,}/).map((para) => {
    const p = h('p');
    para.split('\n').forEach((line, i) => append(p, i > 0 && h('br'), line));
    return p;
  });
}

export function qs<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Missing element ${selector}`);
  return el;
}
