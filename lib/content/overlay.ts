// The in-page side of a report: the score badge on the active box and underlines under findings.
// Only text offsets come back from the hub; they become ranges only when the box still holds exactly
// the text that was scored, so a stale report never underlines the wrong words.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Report } from '@/lib/scoring/types';
import type { Editor } from '@/lib/editors';
import { buildTextModel, rangeFor } from '@/lib/editors/text-model';
import { frameOf } from '@/lib/dom/deep';
import { createBadge, type Badge } from '@/lib/overlay/badge';
import { clearHighlights, showHighlights } from '@/lib/overlay/highlights';

export interface Overlay {
  show(editor: Editor, scoredText: string, report: Report | null): void;
  hide(): void;
}

/** The element the badge sits on: the box itself, or the iframe that holds an iframe editor. */
function anchorOf(editor: Editor): HTMLElement {
  const frame = frameOf(editor.root.ownerDocument);
  return editor.root.ownerDocument === document || !(frame instanceof HTMLElement) ? editor.root : frame;
}

function findingRanges(editor: Editor, scoredText: string, report: Report): Range[] {
  if (editor.kind === 'textarea' || report.findings.length === 0) return [];
  const model = buildTextModel(editor.root);
  if (model.text !== scoredText) return [];
  return report.findings
    .filter((f) => f.span.end > f.span.start && f.span.end <= model.text.length)
    .map((f) => rangeFor(model, f.span.start, f.span.end));
}

export function createOverlay(ctx: ContentScriptContext, openCoach: () => void): Overlay {
  let badge: Promise<Badge> | null = null;
  let highlighted: Document | null = null;
  const clear = () => {
    if (highlighted) clearHighlights(highlighted);
    highlighted = null;
  };
  ctx.onInvalidated(clear);
  return {
    show(editor, scoredText, report) {
      const coached = report && !report.skipped;
      badge ??= createBadge(ctx, openCoach);
      void badge.then((b) =>
        b.show(anchorOf(editor), coached ? { score: report.score, suggestions: report.findings.length } : null),
      );
      clear();
      if (!coached) return;
      const ranges = findingRanges(editor, scoredText, report);
      if (ranges.length === 0) return;
      highlighted = editor.root.ownerDocument;
      showHighlights(highlighted, ranges);
    },
    hide() {
      clear();
      void badge?.then((b) => b.show(document.body, null));
    },
  };
}
