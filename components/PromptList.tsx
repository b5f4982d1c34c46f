import type { Prompt, Report } from '@/lib/scoring/types';
import { becauseList } from '@/lib/panel/because';
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
    case 'announce':
      return i18n.t('prompts.announce');
    default:
      return kind;
  }
}

/**
 * Lines chosen for this customer and ticket (empathy for an upset customer, bad news for an outage,
 * fix-find-or-work-around while the problem is open…), each saying why it is offered, ready to insert.
 * Mood lines are in the mood banner.
 */
export function PromptList({ prompts, report }: { prompts: Prompt[]; report?: Pick<Report, 'situations'> }) {
  const lang = usePackLang();
  const shown = prompts.filter((p) => p.kind !== 'mood');
  if (shown.length === 0) return null;
  return (
    <Section id="lines" title={i18n.t('prompts.title')} badge={i18n.t('before.lines', shown.length)}>
      <ul class="rp-prompts">
        {shown.map((p) => {
          const why = becauseList(p.because, report ?? {});
          return (
            <li key={p.id} class="rp-prompt" data-kind={p.kind}>
              <span class="rp-tag">{title(p.kind)}</span>
              <p lang={lang}>{p.text}</p>
              {why ? <p class="rp-muted rp-why">{i18n.t('prompts.because', [why])}</p> : null}
              <div class="rp-actions">
                <InsertButton text={p.text} />
                <CopyButton text={p.text} />
              </div>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
