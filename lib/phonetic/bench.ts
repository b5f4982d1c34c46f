// Prints how long the phonetic helper takes on ordinary and hostile text (no assertions: the machine
// is shared, so figures are read, not tested). Run: npx tsx lib/phonetic/bench.ts
import { findSpellWorthyTokens, spell, toText } from './index';

function measure(label: string, run: () => unknown, times: number): void {
  run();
  const start = performance.now();
  for (let i = 0; i < times; i++) run();
  const ms = (performance.now() - start) / times;
  console.log(`${label.padEnd(44)} ${ms.toFixed(3)} ms`);
}

const reply =
  'Hi Anna, thanks for reaching out! Your ticket INC0012345 is open; reset at ' +
  'https://help.example.com/r?u=7 and mail it-desk@example.com. Temporary password: Xk7!pQ2z. ';
const twoKb = reply.repeat(Math.ceil(2048 / reply.length)).slice(0, 2048);

measure('tokens: 2 KB reply', () => findSpellWorthyTokens(twoKb), 500);
measure('tokens: 100 KB of replies', () => findSpellWorthyTokens(reply.repeat(600)), 10);
measure('tokens: 20 KB single word', () => findSpellWorthyTokens('a'.repeat(20_000)), 10);
measure('tokens: 20 KB of digits', () => findSpellWorthyTokens('1'.repeat(20_000)), 10);
measure('tokens: 100 KB of 500-char a@a@ words', () => findSpellWorthyTokens(`${'a@'.repeat(250)} `.repeat(200)), 10);
measure('tokens: 20 KB of "+1 " (phone pattern)', () => findSpellWorthyTokens('+1 '.repeat(7000)), 10);
measure(
  'tokens: 15,000 distinct ticket ids',
  () => findSpellWorthyTokens(Array.from({ length: 15_000 }, (_, i) => `#${100_000 + i}`).join(' ')),
  5,
);
measure('spell + toText: 40-char URL with password', () => toText(spell('https://help.example.com/?p=Xk7!pQ2z')), 2000);
measure('spell + toText: 200 chars (panel cap)', () => toText(spell('aB3-'.repeat(50))), 500);
