// `rapport stats` as a team lead uses it: two agents' progress exports in, one HTML file out, opened
// in a browser with no network: its charts draw, and the page asks for nothing but itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test } from '@playwright/test';
import { toCsv, toJson } from '../../lib/followup/export';
import type { ProgressRecord } from '../../lib/followup/types';
import { chromiumPath, QUIET_FLAGS } from './browser';

const DAY = 86_400_000;

/** Three weeks of an agent's replies; `better` makes the later ones stronger. */
function agent(start: number, count: number, better: boolean): ProgressRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const late = i > count / 2;
    return {
      at: start + i * (21 * DAY) / count,
      site: 'zendesk',
      boxKind: 'public',
      score: 55 + (better && late ? 30 : 10) + (i % 5),
      signals: ['greeting', 'gratitude', ...(late && better ? ['empathy', 'closing-question'] : []), ...(i % 3 === 0 ? ['expectation'] : [])],
      closing: { asked: late && better ? ['solved'] : [], total: 3 },
      mood: i % 4 === 0 ? 'hurry' : 'calm',
      promises: i % 3 === 0 ? 1 : 0,
    };
  });
}

test('two agents’ exports become one offline HTML report whose charts draw without a single request', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-stats-'));
  try {
    const start = Date.parse('2026-11-02T09:00:00+01:00');
    writeFileSync(join(dir, 'priya.json'), toJson(agent(start, 30, true), start + 22 * DAY));
    writeFileSync(join(dir, 'marcus.csv'), toCsv(agent(start, 24, false)));
    const out = join(dir, 'team.html');
    const run = spawnSync(process.execPath, ['bin/rapport.mjs', 'stats', join(dir, 'priya.json'), join(dir, 'marcus.csv'), '--out', out, '--tz', 'Europe/Berlin'], {
      cwd: resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`wrote ${out}: 54 replies from 2 files\n`);

    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: QUIET_FLAGS });
    try {
      const page = await browser.newPage();
      const url = pathToFileURL(out).href;
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(url);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapport team report');
      await expect(page.locator('.chart canvas')).toHaveCount(3);
      expect(await page.evaluate(() => (window as unknown as { rapportChartsDrawn: number }).rapportChartsDrawn)).toBe(3);
      // Each chart drew something: its canvas is not blank.
      for (const id of ['chart-signals', 'chart-score', 'chart-signal-weeks']) {
        const inked = await page.locator(`#${id} canvas`).evaluate((c: HTMLCanvasElement) => {
          const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
          return n;
        });
        expect(inked, id).toBeGreaterThan(500);
      }
      await expect(page.getByRole('img', { name: /share of replies with each signal, one bar per file/ })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Replies per file' })).toContainText('priya');
      await expect(page.getByRole('table', { name: 'Replies per file' })).toContainText('marcus');
      await expect(page.getByRole('table', { name: 'Share of replies with each signal, per file' }).getByRole('row', { name: /^empathy/ })).toContainText('0%');

      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
