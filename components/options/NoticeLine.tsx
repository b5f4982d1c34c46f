import { setNotice, useOptions } from './store';
import { i18n } from '#i18n';
import { problemDetail } from './problem-text';
import type { PackProblem } from '@/lib/packs/validate';

/** A pack's problems or warnings, each by its path as written, then its text in the UI language and its place. */
function ProblemList({ problems, label }: { problems: readonly PackProblem[] | undefined; label: string }) {
  if (!problems?.length) return null;
  return (
    <ul class="op-problems" aria-label={label}>
      {problems.map((e, i) => (
        <li key={i}>
          <code>{e.path || i18n.t('options.wholePack')}</code> {problemDetail(e)}
        </li>
      ))}
    </ul>
  );
}

/** The outcome of the last action; refusals list the pack's problems by path, an accepted pack its warnings. */
export function NoticeLine() {
  const notice = useOptions((s) => s.notice);
  if (!notice) return null;
  return (
    <section class={`op-card op-notice ${notice.ok ? 'op-ok' : 'op-bad'}`} role={notice.ok ? 'status' : 'alert'}>
      <p>{notice.text}</p>
      <ProblemList problems={notice.errors} label={i18n.t('options.problems')} />
      <ProblemList problems={notice.warnings} label={i18n.t('options.warnings')} />
      <button type="button" class="op-link" onClick={() => setNotice(null)}>
        {i18n.t('options.dismiss')}
      </button>
    </section>
  );
}
