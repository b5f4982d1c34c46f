// One small driver interface for the e2e contracts, implemented twice: Playwright for Chromium and
// puppeteer-core over WebDriver BiDi for Firefox ESR. A contract written against `Driver` and `Tab`
// runs unchanged in both browsers; anything browser-specific stays behind these two interfaces.
import type { CoachTabState } from '../../../lib/coach-state';

export type Engine = 'chromium' | 'firefox';

/**
 * An element on a page, described the same way for both browsers: the first *visible* element that
 * matches `css` (and contains `hasText`, when given), inside the iframe matched by `frame` when given
 * (one level; the frame's own document otherwise), or an element found by its role and accessible
 * name (`role`, `name`), as a screen reader would announce it.
 */
export type Target = CssTarget | RoleTarget;

export interface CssTarget {
  css: string;
  hasText?: string;
  /** CSS selector of the iframe that holds the element (same-origin or not). */
  frame?: string;
}

export interface RoleTarget {
  role: 'button' | 'textbox' | 'checkbox' | 'link' | 'tab' | 'status' | 'region';
  /** Accessible name: exact when a string, matched when a RegExp. */
  name: string | RegExp;
  frame?: string;
}

/** The visible element matching `css` (optionally containing `hasText`). */
export const el = (css: string, hasText?: string): CssTarget => (hasText === undefined ? { css } : { css, hasText });

/** The visible element matching `css` inside the iframe matching `frame`. */
export const inFrame = (frame: string, css: string): CssTarget => ({ frame, css });

/** A control found by role and accessible name (`byRole('button', /^Insert/)`). */
export const byRole = (role: RoleTarget['role'], name: string | RegExp): RoleTarget => ({ role, name });

export interface ClickOptions {
  /** Where to click, in CSS pixels from the element's top-left corner (default: its centre). */
  position?: { x: number; y: number };
}

/** One browser tab. Input methods bring the tab to the front first, as a person would. */
export interface Tab {
  url(): string;
  /** Uncaught page errors and `console.error` lines seen since the tab opened. */
  readonly errors: string[];
  goto(url: string): Promise<void>;
  /** Waits (up to 10 s) until the target is in the page and visible. */
  waitFor(target: Target): Promise<void>;
  /** Whether the target is there and visible right now. */
  isVisible(target: Target): Promise<boolean>;
  /** A real mouse click (pointer events, focus, selection), after scrolling the target into view. */
  click(target: Target, opts?: ClickOptions): Promise<void>;
  /** Moves keyboard focus to the target, as Tab would (no click). */
  focus(target: Target): Promise<void>;
  /** Types with real key events; `\n` presses Enter. */
  type(text: string): Promise<void>;
  /** Presses one key or chord, in Playwright's names: `ArrowLeft`, `Enter`, `Shift+Tab`, `ControlOrMeta+z`. */
  press(key: string): Promise<void>;
  /** Runs `fn` in the page's own world (top document); `fn` must not close over anything. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The visible text of the target (innerText), after waiting for it. */
  text(target: Target): Promise<string>;
  /**
   * Makes this the selected tab, so its document has focus (a person's click on the tab). Input methods
   * call it first; it checks the page itself, since the extension may bring another tab forward.
   */
  front(): Promise<void>;
  close(): Promise<void>;
}

/** The built extension running in one browser, and the tabs a test opened in it. */
export interface Driver {
  readonly engine: Engine;
  /** Opens a tab (at `url` when given). Tabs a test opens close when the test ends. */
  newTab(url?: string): Promise<Tab>;
  /** The extension's id for `tab` (`tabs.Tab.id`), the N in `coach:tab:N`. */
  tabIdOf(tab: Tab): Promise<number>;
  /** The per-tab coaching state exactly where the side panel reads it (contract 1). */
  readTabState(tabId: number): Promise<CoachTabState | undefined>;
  /** Waits (default 10 s) until the tab's state satisfies `check`, and returns it. */
  waitForTabState(tabId: number, check: (s: CoachTabState | undefined) => boolean, timeout?: number): Promise<CoachTabState | undefined>;
  /** `moz-extension://…/path` or `chrome-extension://…/path`. */
  extensionUrl(path: string): string;
  /** The coach bound to one tab (`sidepanel.html?tabId=N`, contract 5) in a tab of its own, rendered. */
  openPanel(tabId: number): Promise<Tab>;
  /**
   * Sends one message of the extension's protocol (lib/messaging.ts) from an extension page, as the
   * side panel does, and returns the answer. Throws with the hub's error when there is one. Opens
   * the coach for it and closes it after, unless `open` is a coach tab (`openPanel`) to send from as
   * it is: then the tab in front stays in front and its focused element keeps the focus.
   */
  sendFromPanel<T>(type: string, data: object, open?: Tab): Promise<T>;
}
