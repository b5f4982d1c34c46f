import type { Prompt } from '@/lib/scoring/types';
import { CopyButton, InsertButton } from './InsertButton';

const TITLES: Partial<Record<Prompt['kind'], string>> = {
  empathy: 'Empathy',
  apology: 'Apology',
  expectation: 'Set the expectation',
  'bad-news': 'Bad news, well told',
  competence: 'Fix, find, or work around',
};

/** Empathy and apology lines fitted to the mood and the customer's name, each ready to insert. */
export function PromptList({ prompts }: { prompts: Prompt[] }) {
  const shown = prompts.filter((p) => p.kind !== 'mood');
  if (shown.length === 0) return null;
  return (
    <section class="rp-card" aria-labelledby="prompts-title">
      <h2 id="prompts-title">Lines you could use</h2>
      <ul class="rp-prompts">
        {shown.map((p) => (
          <li key={p.id} class="rp-prompt" data-kind={p.kind}>
            <span class="rp-tag">{TITLES[p.kind] ?? p.kind}</span>
            <p>{p.text}</p>
            <div class="rp-actions">
              <InsertButton text={p.text} what={`${p.kind} line: ${p.text}`} />
              <CopyButton text={p.text} what={`${p.kind} line`} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
