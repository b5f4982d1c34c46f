import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { i18n } from '#i18n';

export interface TrendSeries {
  label: string;
  /** One value per x; null where there is nothing to show. */
  values: (number | null)[];
  color: string;
}

/** Colours told apart in light and dark themes (and by most colour-blind readers). */
export const PALETTE = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626'];

/**
 * A line chart over calendar days or weeks (uPlot on a canvas), with a legend and a table of the same
 * figures for screen readers and keyboard users: the canvas itself is one labelled image.
 */
export function TrendChart(props: {
  id: string;
  /** What the chart shows, for assistive technology. */
  label: string;
  /** `YYYY-MM-DD` per point (days, or the Mondays of weeks). */
  x: string[];
  xTitle: string;
  series: TrendSeries[];
  /** Values are shares (0–1) shown as percentages. */
  percent?: boolean;
}) {
  const host = useRef<HTMLDivElement>(null);
  const { x, series, percent } = props;
  useEffect(() => {
    const el = host.current;
    if (!el || x.length === 0 || series.length === 0) return;
    const xs = x.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
    const fmt = (v: number | null) => (v === null ? '' : percent ? `${Math.round(v * 100)}%` : String(Math.round(v)));
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth),
        height: 220,
        legend: { show: false },
        cursor: { show: false },
        // The x values are calendar dates: show them as such, whatever the browser's zone.
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: { x: { time: true }, y: { range: percent ? [0, 1] : [0, 100] } },
        axes: [{ stroke: 'currentColor' }, { stroke: 'currentColor', values: (_u, ticks) => ticks.map(fmt) }],
        series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: true, size: 6 }, spanGaps: true }))],
      },
      [xs, ...series.map((s) => s.values)],
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height: 220 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [x, series, percent]);

  const cell = (v: number | null) => (v === null ? '–' : percent ? `${Math.round(v * 100)}%` : String(v));
  return (
    <figure class="pg-chart" data-chart={props.id}>
      <div ref={host} class="pg-canvas" role="img" aria-label={props.label} />
      <figcaption class="pg-legend">
        {series.map((s) => (
          <span key={s.label} class="pg-key">
            <span class="pg-swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.label}
          </span>
        ))}
      </figcaption>
      <details class="pg-figures">
        <summary>{i18n.t('progress.figures')}</summary>
        <div class="pg-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{props.xTitle}</th>
                {series.map((s) => (
                  <th scope="col" key={s.label}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {x.map((d, i) => (
                <tr key={d}>
                  <th scope="row">{d}</th>
                  {series.map((s) => (
                    <td key={s.label}>{cell(s.values[i] ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
