import type { Finding, Report } from '@/lib/scoring/types';
import { findingMessage } from '@/lib/panel/texts';
import { Section } from './Section';
import { i18n } from '#i18n';

interface Piece {
  text: string;
  finding?: Finding;
}

/** Cuts the draft into plain and highlighted pieces; overlapping findings keep the first. */
export function piecesOf(text: string, findings: Finding[]): Piece[] {
  const sorted = findings
    .filter((f) => f.span.end > f.span.start && f.span.end <= text.length)
    .sort((a, b) => a.span.start - b.span.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const f of sorted) {
    if (f.span.start < at) continue;
    if (f.span.start > at) pieces.push({ text: text.slice(at, f.span.start) });
    pieces.push({ text: text.slice(f.span.start, f.span.end), finding: f });
    at = f.span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** The draft as the coach read it, findings highlighted (text nodes only, never markup from the page). */
export function DraftPreview({ text, findings, report }: { text: string; findings: Finding[]; report?: Pick<Report, 'situations' | 'bonusTip'> }) {
  if (!text.trim()) return null;
  return (
    <Section id="draft" title={i18n.t('preview.title')} class="rp-preview">
      <p class="rp-draft" data-testid="draft-preview">
        {piecesOf(text, findings).map((p, i) =>
          p.finding ? (
            <mark key={i} class={`rp-mark rp-level-${p.finding.level}`} title={findingMessage(p.finding, report).text}>
              {p.text}
            </mark>
          ) : (
            p.text
          ),
        )}
      </p>
    </Section>
  );
}
