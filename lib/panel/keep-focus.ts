// Keyboard focus that survives the panel re-rendering under it. Insert, Apply and Dismiss change
// the report or the panel, and the control the agent pressed Enter on often goes away with the part
// it belonged to (an applied finding, a satisfied prompt, a dismissed tip). The browser then drops
// focus to <body>, and the next Tab starts over from the top. This moves focus to the control that
// followed the one removed (or the one before it, or the panel itself) instead.

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Whether keyboard focus can land on `el`: not inside a `hidden` or `inert` subtree (a folded section's
 * body), and inside a closed <details> only its own <summary>.
 */
function reachable(el: Element): boolean {
  if (el.closest('[hidden], [inert]')) return false;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
    if (!d.open && !(el.tagName === 'SUMMARY' && el.parentElement === d)) return false;
  return true;
}

/** The controls of `root` that Tab reaches, in Tab order (the panel sets no positive tabindex). */
export function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(reachable);
}

/**
 * Watches `root` (the panel's mount point) until `signal` aborts. Only a focus that was lost because
 * its element left the document is moved; a focus the agent moved elsewhere is left alone.
 */
export function keepFocus(root: HTMLElement, signal?: AbortSignal): void {
  const doc = root.ownerDocument;
  let focused: Element | null = null;
  /** The focusable controls, in order, as they were while `focused` was still there. */
  let order: Element[] = [];
  const snapshot = () => {
    order = Array.from(root.querySelectorAll(FOCUSABLE));
  };

  const lost = () => {
    const active = doc.activeElement;
    return !focused?.isConnected && (!active || active === doc.body || active === doc.documentElement);
  };

  const recover = () => {
    const at = order.indexOf(focused as Element);
    const usable = (el: Element) => el.isConnected && reachable(el);
    const after = order.slice(at + 1).find(usable);
    const before = order.slice(0, Math.max(at, 0)).reverse().find(usable);
    const target = (after ?? before ?? fallback(root)) as HTMLElement;
    focused = null;
    target.focus({ preventScroll: false });
  };

  doc.addEventListener(
    'focusin',
    (e) => {
      if (!(e.target instanceof Element) || !root.contains(e.target)) return;
      focused = e.target;
      snapshot();
    },
    { signal },
  );
  const observer = new MutationObserver(() => {
    if (!focused) return;
    if (focused.isConnected) snapshot();
    else if (lost()) recover();
  });
  observer.observe(root, { childList: true, subtree: true });
  signal?.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** The panel's main region (focusable from script only) when no control is left. */
function fallback(root: HTMLElement): HTMLElement {
  const main = root.querySelector<HTMLElement>('main, [role="main"]') ?? root;
  if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
  return main;
}
