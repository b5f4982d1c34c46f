// The team report as one HTML file: the data, uPlot and the drawing script are inlined, and a
// Content-Security-Policy forbids every request, so it opens offline, from e-mail or a shared drive,
// and tells nobody it was opened. Every chart has a table of the same figures beside it.
import type { StatsData } from './aggregate';

export interface Assets {
  uplotJs: string;
  uplotCss: string;
  clientJs: string;
}

const PALETTE = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626'];

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Inline script text: `</script` inside it would end the element early. */
function scriptText(s: string): string {
  return s.replace(/<\/(script)/gi, '<\\/$1');
}

/** JSON for a data block: every `<` escaped, so no file name or id can close the element. */
function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`);

function table(head: string[], rows: string[][], caption: string): string {
  return `<div class="scroll"><table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

function legend(names: string[]): string {
  return `<p class="legend">${names.map((n, i) => `<span><i style="background:${PALETTE[i % PALETTE.length]}"></i>${esc(n)}</span>`).join('')}</p>`;
}

function chart(id: string, label: string, names: string[]): string {
  return `<figure class="chart"><div id="${id}" role="img" aria-label="${esc(label)}"></div><figcaption>${legend(names)}</figcaption></figure>`;
}

export function renderHtml(data: StatsData, assets: Assets): string {
  const names = data.sources.map((s) => s.name);
  const summary = table(
    ['File or agent', 'Replies', 'With a time', 'Mean score', 'Asked a closing question', 'First day', 'Last day'],
    data.sources.map((s) => [s.name, String(s.replies), String(s.timed), String(s.meanScore), pct(s.closingRate), s.from ?? '–', s.to ?? '–']),
    'Replies per file',
  );
  const bySignal = table(
    ['Signal', ...names],
    data.signals.map((id) => [id, ...data.sources.map((s) => pct(s.signalRates[id] ?? 0))]),
    'Share of replies with each signal, per file',
  );
  const overTime = data.weeks.length
    ? `<section aria-labelledby="h-score"><h2 id="h-score">Mean score per week, by file</h2>
${chart('chart-score', 'Line chart of each file’s mean score per week; the figures are in the table below it.', data.scoreByWeek.map((s) => s.name))}
${table(['Week of', ...data.scoreByWeek.map((s) => s.name)], data.weeks.map((w, i) => [w, ...data.scoreByWeek.map((s) => (s.values[i] === null ? '–' : String(s.values[i])))]), 'Mean score per week')}
</section>
<section aria-labelledby="h-weeks"><h2 id="h-weeks">Signals per week, all files</h2>
${chart('chart-signal-weeks', 'Line chart of how often the most frequent signals were present per week, across all files; the figures are in the table below it.', data.signalByWeek.map((s) => s.id))}
${table(
  ['Week of', ...data.signalByWeek.map((s) => s.id), 'Any closing question'],
  data.weeks.map((w, i) => [w, ...data.signalByWeek.map((s) => pct(s.values[i])), pct(data.closingByWeek[i])]),
  'Share of replies with each signal, per week',
)}
</section>`
    : '<p class="note">None of these files has times (<code>rapport score</code> output has none), so there is no chart over time. Agents’ progress exports have them.</p>';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(data.title)}</title>
<style>${assets.uplotCss}</style>
<style>
:root { color-scheme: light dark; --fg: #1f2328; --muted: #5b6470; --line: #d9dde3; --bg: #fff; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8eaed; --muted: #a0a8b3; --line: #343a42; --bg: #15171a; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 0 0 8px; }
section { border-top: 1px solid var(--line); padding: 16px 0; }
.note, .meta { color: var(--muted); }
.chart { margin: 0 0 8px; }
.chart > div { width: 100%; min-height: 260px; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0; font-size: 13px; }
.legend span { display: inline-flex; align-items: center; gap: 6px; }
.legend i { width: 14px; height: 10px; border-radius: 2px; display: inline-block; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 13px; margin: 6px 0; }
caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
th, td { text-align: left; padding: 3px 12px 3px 0; border-bottom: 1px solid var(--line); }
thead th { color: var(--muted); }
td { font-variant-numeric: tabular-nums; }
</style>
</head>
<body>
<main>
<h1>${esc(data.title)}</h1>
<p class="meta">Made by <code>rapport stats</code> on ${esc(data.generatedAt)} from ${data.sources.length} file${data.sources.length === 1 ? '' : 's'}; weeks start on Monday (${esc(data.zone)}). Progress exports hold no reply text and no customer data.</p>
<section aria-labelledby="h-files"><h2 id="h-files">Files</h2>${summary}</section>
<section aria-labelledby="h-signals"><h2 id="h-signals">Signals by file</h2>
${chart('chart-signals', 'Bar chart of the share of replies with each signal, one bar per file; the figures are in the table below it.', names)}
${bySignal}
</section>
${overTime}
</main>
<script type="application/json" id="stats-data">${jsonText(data)}</script>
<script>${scriptText(assets.uplotJs)}</script>
<script>${scriptText(assets.clientJs)}</script>
</body>
</html>
`;
}
