import type { Prompt } from '@/lib/scoring/types';
import { usePackLang } from '@/lib/panel/context';
import { CopyButton, InsertButton } from './InsertButton';
import { Section } from './Section';
import { i18n } from '#i18n';

function title(kind: Prompt['kind']): string {
  switch (kind) {
    case 'empathy':
      return i18n.t('prompts.empathy');
    case 'apology':
      return i18n.t('prompts.apology');
    case 'expectation':
      return i18n.t('prompts.expectation');
    case 'bad-news':
      return i18n.t('prompts.badNews');
    case 'competence':
      return i18n.t('prompts.competence');
    case 'mood':
      return i18n.t('prompts.mood');
    default:
      return kind;
  }
}

/** Empathy and apology lines fitted to the mood and the customer's name, each ready to insert. */
export function PromptList({ prompts }: { prompts: Prompt[] }) {
  const lang = usePackLang();
  const shown = prompts.filter((p) => p.kind !== 'mood');
  if (shown.length === 0) return null;
  return (
    <Section id="lines" title={i18n.t('prompts.title')} badge={i18n.t('before.lines', shown.length)}>
      <ul class="rp-prompts">
        {shown.map((p) => (
          <li key={p.id} class="rp-prompt" data-kind={p.kind}>
            <span class="rp-tag">{title(p.kind)}</span>
            <p lang={lang}>{p.text}</p>
            <div class="rp-actions">
              <InsertButton text={p.text} />
              <CopyButton text={p.text} />
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}
