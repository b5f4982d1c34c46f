import { setNotice, useOptions } from './store';
import { i18n } from '#i18n';
import { problemDetail } from './problem-text';

/** The outcome of the last action; refusals list the pack's problems by path. */
export function NoticeLine() {
  const notice = useOptions((s) => s.notice);
  if (!notice) return null;
  return (
    <section class={`op-card op-notice ${notice.ok ? 'op-ok' : 'op-bad'}`} role={notice.ok ? 'status' : 'alert'}>
      <p>{notice.text}</p>
      {notice.errors && notice.errors.length > 0 && (
        <ul class="op-problems" aria-label={i18n.t('options.problems')}>
          {notice.errors.map((e, i) => (
            <li key={i}>
              <code>{e.path || i18n.t('options.wholePack')}</code> {problemDetail(e)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="op-link" onClick={() => setNotice(null)}>
        {i18n.t('options.dismiss')}
      </button>
    </section>
  );
}
