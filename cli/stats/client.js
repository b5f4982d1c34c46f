// Draws the charts of a `rapport stats` report in the browser that opens it. Inlined into the HTML
// next to uPlot (also inlined) and the report's data: the page loads nothing from anywhere.
/* global uPlot, document, window, ResizeObserver */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('stats-data').textContent);
  var PALETTE = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626'];
  var colour = function (i) { return PALETTE[i % PALETTE.length]; };
  var pct = function (v) { return v == null ? '' : Math.round(v * 100) + '%'; };
  var HEIGHT = 260;

  function mount(id, opts, series) {
    var el = document.getElementById(id);
    if (!el) return;
    opts.width = Math.max(320, el.clientWidth);
    opts.height = HEIGHT;
    opts.legend = { show: false };
    opts.cursor = { show: false };
    var plot = new uPlot(opts, series, el);
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(function () { plot.setSize({ width: Math.max(320, el.clientWidth), height: HEIGHT }); }).observe(el);
    }
  }

  // Signals by file: grouped bars. Each file is a series with a value at its own slot of each group.
  (function signalsByFile() {
    var files = data.sources;
    var signals = data.signals;
    if (!files.length || !signals.length) return;
    var slots = files.length + 1;
    var xs = [];
    for (var i = 0; i < signals.length; i++) for (var k = 0; k < slots; k++) xs.push(i * slots + k);
    var series = files.map(function (f, k) {
      return xs.map(function (x) { return x % slots === k ? (f.signalRates[signals[Math.floor(x / slots)]] || 0) : null; });
    });
    var bars = uPlot.paths.bars({ size: [0.9, 40], align: 0 });
    mount('chart-signals', {
      scales: { x: { time: false, range: [-1, xs.length] }, y: { range: [0, 1] } },
      axes: [
        {
          stroke: 'currentColor',
          splits: function () { return signals.map(function (_s, i) { return i * slots + (files.length - 1) / 2; }); },
          values: function (_u, splits) { return splits.map(function (x) { return signals[Math.round((x - (files.length - 1) / 2) / slots)] || ''; }); },
          rotate: -30,
          size: 90,
        },
        { stroke: 'currentColor', values: function (_u, ticks) { return ticks.map(pct); } },
      ],
      series: [{}].concat(files.map(function (f, k) { return { label: f.name, stroke: colour(k), fill: colour(k), paths: bars, points: { show: false } }; })),
    }, [xs].concat(series));
  })();

  function weekly(id, lines, percent) {
    if (!data.weeks.length || !lines.length) return;
    var xs = data.weeks.map(function (w) { return Date.parse(w + 'T00:00:00Z') / 1000; });
    mount(id, {
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'); },
      scales: { x: { time: true }, y: { range: percent ? [0, 1] : [0, 100] } },
      axes: [{ stroke: 'currentColor' }, { stroke: 'currentColor', values: function (_u, t) { return t.map(function (v) { return percent ? pct(v) : String(v); }); } }],
      series: [{}].concat(lines.map(function (l, i) { return { label: l.label, stroke: colour(i), width: 2, spanGaps: true, points: { show: true, size: 6 } }; })),
    }, [xs].concat(lines.map(function (l) { return l.values; })));
  }

  weekly('chart-score', data.scoreByWeek.map(function (s) { return { label: s.name, values: s.values }; }), false);
  weekly('chart-signal-weeks', data.signalByWeek.map(function (s) { return { label: s.id, values: s.values }; }), true);
  window.rapportChartsDrawn = document.querySelectorAll('.chart canvas').length;
})();
