// Finds English left on a page that should be entirely in another language. Self-contained (no
// imports, no outer variables) so Playwright can run it in the page: `page.evaluate(englishLeftovers, …)`.

export interface LeftoverInput {
  /** Messages as the build writes them (`{ key: { message } }`), English and the page's language. */
  english: Record<string, { message: string }>;
  other: Record<string, { message: string }>;
  /** The page's language (`de`): text under an element with another `lang` (pack or page text) is skipped. */
  lang: string;
  /** CSS selector of the root to check; `body` when absent. */
  root?: string;
  /** Identifiers shown as they are (rule and signal ids such as `greeting`): code, not English. */
  ids?: string[];
}

/**
 * Text nodes and visible attributes (aria-label, title, placeholder, alt) in the page's language that
 * are an English message, or hold an English word of the messages the translation does not use.
 * Returns the offending strings.
 */
export function englishLeftovers(input: LeftoverInput): string[] {
  const { english, other, lang } = input;
  const words = (s: string) => (s.toLowerCase().match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []);
  const ids = new Set(input.ids ?? []);
  // Addresses, file names and identifiers are not prose in any language.
  const prose = (s: string) =>
    s
      .replace(/\S+:\/\/\S+/g, ' ')
      .replace(/[\p{L}\d_-]+\.(ya?ml|json|html?)\b/giu, ' ')
      .split(/\s+/)
      .filter((w) => !ids.has(w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')))
      .join(' ');
  const otherWords = new Set(Object.values(other).flatMap((m) => words(m.message.replace(/\$\d/g, '')).flatMap((w) => [w, ...w.split(/['’-]/)])));
  const englishOnly = new Set<string>();
  const patterns: RegExp[] = [];
  for (const [key, { message }] of Object.entries(english)) {
    if (other[key]?.message === message) continue;
    for (const w of words(prose(message.replace(/\$\d/g, '')))) if (w.length >= 4 && !otherWords.has(w)) englishOnly.add(w);
    for (const form of message.split(' | ')) {
      if (!/\p{L}{3}/u.test(form.replace(/\$\d/g, ''))) continue;
      const body = form.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\$\d/g, '.+?');
      patterns.push(new RegExp(`^${body}$`, 'u'));
    }
  }
  const found: string[] = [];
  const check = (text: string | null | undefined) => {
    const t = (text ?? '').trim();
    if (!t) return;
    if (patterns.some((p) => p.test(t)) || words(prose(t)).some((w) => englishOnly.has(w))) found.push(t);
  };
  const ownLang = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? lang;
  const inLang = (el: Element | null) => ownLang(el) === lang || ownLang(el).startsWith(`${lang}-`);
  const root = document.querySelector(input.root ?? 'body');
  if (!root) return ['(no root)'];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, code, [hidden]') || !inLang(parent)) continue;
    check(n.textContent);
  }
  for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (!inLang(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (el.hasAttribute(a)) check(el.getAttribute(a));
  }
  return [...new Set(found)];
}
