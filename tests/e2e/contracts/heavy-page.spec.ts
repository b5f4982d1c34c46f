// Benchmark, not a test: how much main-thread time the content script takes on the heavy fixture
// (10,000+ nodes, DOM churn every 100 ms) while the agent types. Prints figures from V8's sampling
// profiler, attributed by script URL. Run: BENCH=1 npx playwright test tests/e2e/contracts/heavy-page.spec.ts
import { test } from '../harness';
import { chromiumDriver, pageOf } from '../driver/chromium';
import { CASES } from './cases';
import { openCase } from './session';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

test('content script cost on a heavy, churning page', async ({ context, desk, harness, extensionId }) => {
  test.skip(!process.env.BENCH, 'benchmark: set BENCH=1');
  test.setTimeout(120_000);
  const c = CASES.find((x) => x.fixture.name === 'heavy')!;
  const o = await openCase(c, chromiumDriver(context, harness, extensionId), desk);
  const page = pageOf(o.tab);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });

  const measure = async (label: string, act: () => Promise<void>) => {
    await cdp.send('Profiler.start');
    await act();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
    let ours = 0;
    let page = 0;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      const url = byNode.get(id) ?? '';
      if (url.includes('content-scripts/reply.js')) ours += dt;
      else if (url) page += dt;
    });
    const wall = (profile.endTime - profile.startTime) / 1000;
    console.log(`${label}: wall ${wall.toFixed(0)} ms, content script ${(ours / 1000).toFixed(1)} ms (${((ours / 1000 / wall) * 100).toFixed(2)}%), page scripts ${(page / 1000).toFixed(0)} ms`);
  };

  await measure('idle, page churning 5 s', () => page.waitForTimeout(5000));
  await o.tab.click(c.box, { position: { x: 12, y: 10 } });
  const text = 'Hi Priya, I am sorry the VPN keeps dropping. I have reset your session and will call you at 3pm. '.repeat(2);
  await measure(`typing ${text.length} chars at 40 ms/key`, () => page.keyboard.type(text, { delay: 40 }));
  const state = await harness.readTabState(o.tabId);
  console.log(`state after typing: ${state?.text.length} chars reported, site ${state?.site}`);
});
