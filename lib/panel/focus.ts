// Keyboard focus inside the panel. When the control that had focus disappears (a closing question
// once asked loses its Insert, a dismissed tip), focus moves to its nearest neighbour instead of
// falling back to the top of the document.

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Inside a closed <details>, only its own <summary> can take focus. */
function reachable(el: HTMLElement): boolean {
  if (el.closest('[hidden], [inert]')) return false;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open && !(el.tagName === 'SUMMARY' && el.parentElement === d)) return false;
  }
  return true;
}

/** Focusable elements of `root` in document order (Tab order: the panel sets no positive tabindex). */
export function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(reachable);
}

/**
 * Watches `root`: when the focused element is removed, focus its neighbour (the next focusable that
 * followed it when it had focus, else the previous). Returns the stop function.
 */
export function keepFocus(root: HTMLElement): () => void {
  let last: { el: HTMLElement; after: HTMLElement[]; before: HTMLElement[] } | null = null;
  const onFocus = (e: FocusEvent) => {
    const el = e.target as HTMLElement;
    const all = focusables(root);
    const at = all.indexOf(el);
    last = at < 0 ? null : { el, after: all.slice(at + 1), before: all.slice(0, at).reverse() };
  };
  const observer = new MutationObserver(() => {
    if (!last || last.el.isConnected) return;
    const active = root.ownerDocument.activeElement;
    if (active && active !== root.ownerDocument.body && root.contains(active)) return;
    const next = [...last.after, ...last.before].find((el) => el.isConnected && focusables(root).includes(el));
    last = null;
    next?.focus();
  });
  root.addEventListener('focusin', onFocus);
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    root.removeEventListener('focusin', onFocus);
    observer.disconnect();
  };
}
