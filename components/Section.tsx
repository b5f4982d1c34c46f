import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

const STORE_KEY = 'rapport:panel:open-sections';

/**
 * Which sections the agent opened or closed, kept in the panel page's localStorage. It is read
 * synchronously so a section paints in its remembered state at once (no jump after first paint);
 * the side panel and the pop-out share it.
 */
function remembered(): Record<string, boolean> {
  try {
    const raw = JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}') as unknown;
    return raw && typeof raw === 'object' ? (raw as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

function remember(id: string, open: boolean): void {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...remembered(), [id]: open }));
  } catch {
    // Storage full or blocked: the section still toggles, it just will not be remembered.
  }
}

export interface SectionProps {
  /** Stable id: the remembered state and the element ids hang on it. */
  id: string;
  title: ComponentChildren;
  /** A short count or state shown beside the title, so a closed section still says what it holds. */
  badge?: ComponentChildren;
  /** Open on first sight (before the agent ever toggled it). */
  defaultOpen?: boolean;
  class?: string;
  testId?: string;
  children: ComponentChildren;
}

/**
 * A card of the coach that the agent can fold away: a heading whose button says whether it is open
 * (aria-expanded), and the content below it. Every section of the panel is one of these, so the panel
 * stays short and the agent decides what stays in view.
 */
export function Section({ id, title, badge, defaultOpen = false, class: extra, testId, children }: SectionProps) {
  const [open, setOpen] = useState(() => remembered()[id] ?? defaultOpen);
  const head = `rp-sec-${id}-h`;
  const body = `rp-sec-${id}`;
  return (
    <section class={`rp-card rp-section${extra ? ` ${extra}` : ''}`} aria-labelledby={head} data-section={id} data-open={String(open)} data-testid={testId}>
      <h2 id={head} class="rp-section-h">
        <button
          type="button"
          class="rp-toggle"
          aria-expanded={open}
          aria-controls={body}
          onClick={() => {
            setOpen(!open);
            remember(id, !open);
          }}
        >
          <span class="rp-toggle-mark" aria-hidden="true" />
          <span class="rp-toggle-title">{title}</span>
          {badge !== undefined && badge !== null ? <span class="rp-badge">{badge}</span> : null}
        </button>
      </h2>
      <div id={body} class="rp-section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
