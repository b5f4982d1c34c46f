import { describe, expect, it } from 'vitest';
import { phraseOf, Summary } from './summary';

const finding = (actual: string) => ({ ruleId: 'r', level: 'warning' as const, message: 'm', span: { start: 0, end: actual.length }, actual });

describe('--summary quotes what agents wrote', () => {
  it('whole words as written, cut at a word boundary with an ellipsis', () => {
    expect(phraseOf(finding('No problem'), '')).toBe('No problem');
    expect(phraseOf(finding('As I already explained in my previous message to you yesterday'), '')).toBe('As I already explained in my previous…');
  });

  it('counts spellings together under the first one seen', () => {
    const s = new Summary();
    for (const t of ['No problem!', 'no problem.', 'NO PROBLEM']) s.add({ score: 50, signals: {}, findings: [finding(t.replace(/[!.]/, ''))] }, t);
    expect(s.render(0)).toMatch(/^r\s+3\s+3\s+100\.0%\s+"No problem" ×3$/m);
  });
});
