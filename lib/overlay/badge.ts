// The small in-page badge anchored to the active reply box: score and number of suggestions; click
// opens the coach. It lives in a closed shadow root (page scripts and styles cannot reach it), is
// positioned from the box's rectangle, and never touches the editor's DOM.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { scoreBand } from '@/lib/coach-state';
import { i18n } from '#i18n';

const CSS = `
:host { all: initial; }
.badge { position: fixed; z-index: 2147483646; display: flex; align-items: center; gap: 4px; height: 22px;
  padding: 0 8px; border-radius: 11px; border: 1px solid rgba(0,0,0,.15); background: #fff; color: #1f2328;
  font: 600 12px/1 system-ui, sans-serif; box-shadow: 0 1px 3px rgba(0,0,0,.15); cursor: pointer; opacity: .92; }
.badge:hover, .badge:focus-visible { opacity: 1; outline: 2px solid #1d4ed8; outline-offset: 1px; }
.good { color: #15803d; } .mid { color: #b45309; } .low { color: #b91c1c; }
.count { font-weight: 400; color: #5b6470; }
@media (prefers-color-scheme: dark) { .badge { background: #1e2126; color: #e8eaed; border-color: #343a42; } .count { color: #a0a8b3; } }
`;

export interface BadgeView {
  score: number;
  suggestions: number;
}

export interface Badge {
  /** Shows the badge on `box` with these figures; null hides it. */
  show(box: HTMLElement, view: BadgeView | null): void;
  remove(): void;
}

/** Where the badge sits: inside the box's bottom-right corner, clear of buttons below the box. */
export function badgePosition(rect: { right: number; bottom: number; top: number }, size: { width: number; height: number }) {
  const inset = 6;
  return { left: Math.max(0, rect.right - size.width - inset), top: Math.max(rect.top + inset, rect.bottom - size.height - inset) };
}

export async function createBadge(ctx: ContentScriptContext, onOpen: () => void): Promise<Badge> {
  let box: HTMLElement | null = null;
  let frame = 0;
  let button: HTMLButtonElement | null = null;
  let scoreEl: HTMLSpanElement | null = null;
  let countEl: HTMLSpanElement | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: 'rapport-badge',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    isolateEvents: true,
    css: CSS,
    onMount(container) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'badge';
      // The page may be in any language; the badge speaks the extension's.
      button.lang = i18n.t('lang');
      button.hidden = true;
      scoreEl = document.createElement('span');
      countEl = document.createElement('span');
      countEl.className = 'count';
      button.append(scoreEl, countEl);
      button.addEventListener('click', onOpen);
      container.append(button);
    },
  });
  ui.mount();

  const place = () => {
    frame = 0;
    if (!box || !button || button.hidden) return;
    if (!box.isConnected) return void (button.hidden = true);
    const rect = box.getBoundingClientRect();
    const pos = badgePosition(rect, { width: button.offsetWidth || 60, height: button.offsetHeight || 22 });
    button.style.left = `${pos.left}px`;
    button.style.top = `${pos.top}px`;
    button.style.visibility = rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight ? 'visible' : 'hidden';
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedule, { passive: true });
  const resize = new ResizeObserver(schedule);
  ctx.onInvalidated(() => resize.disconnect());

  return {
    show(target, view) {
      if (!button || !scoreEl || !countEl) return;
      if (target !== box) {
        resize.disconnect();
        box = target;
        resize.observe(target);
      }
      button.hidden = view === null;
      if (view) {
        scoreEl.textContent = String(view.score);
        scoreEl.className = scoreBand(view.score);
        countEl.textContent = view.suggestions ? `· ${view.suggestions}` : '';
        button.setAttribute('aria-label', i18n.t('badge.label', view.suggestions, [view.suggestions, view.score]));
      }
      schedule();
    },
    remove() {
      resize.disconnect();
      ui.remove();
    },
  };
}
