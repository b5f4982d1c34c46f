import { saveTeamPack } from '@/lib/packs/actions';
import { setDraft, setNotice, typeDraft, useOptions } from './store';
import { i18n } from '#i18n';
import { problemDetail } from './problem-text';

/** The team pack as text, checked as you type; Save stays off while the pack has problems. */
export function PackEditor() {
  const { draft, draftFormat, dirty, check, checking, inputs, active } = useOptions((s) => s);
  const team = inputs?.team ?? null;
  const invalid = check !== null && !check.ok;
  const save = async () => {
    const name = team?.source.kind === 'file' && team.source.name ? team.source.name : `team-pack.${draftFormat}`;
    const r = await saveTeamPack(draft, name);
    setNotice(r.ok ? { ok: true, text: i18n.t('options.editor.saved'), warnings: r.warnings } : { ok: false, text: i18n.t('options.editor.notSaved'), errors: r.errors });
  };
  return (
    <section class="op-card" aria-labelledby="editor-h">
      <h2 id="editor-h">{i18n.t('options.editor.title')}</h2>
      {team?.source.kind === 'url' && <p class="op-muted">{i18n.t('options.editor.stopsFollowing', [team.source.url ?? ''])}</p>}
      <label class="op-stack">
        {i18n.t('options.editor.text', [draftFormat.toUpperCase()])}
        <textarea
          class="op-code"
          rows={16}
          spellcheck={false}
          value={draft}
          placeholder={i18n.t('options.editor.placeholder')}
          onInput={(e) => typeDraft(e.currentTarget.value)}
        />
      </label>
      <div aria-live="polite" data-testid="editor-check">
        {checking ? (
          <p class="op-muted">{i18n.t('options.editor.checking')}</p>
        ) : check === null ? (
          <p class="op-muted">{i18n.t('options.editor.empty')}</p>
        ) : check.ok ? (
          <p class="op-ok-text">{dirty ? i18n.t('options.editor.validUnsaved') : i18n.t('options.editor.valid')}</p>
        ) : (
          <>
            <p class="op-bad-text">
              {i18n.t('options.editor.problems', check.errors.length)} {active ? i18n.t('options.editor.stillCoaching', [active.pack.name]) : ''}
            </p>
            <ul class="op-problems" aria-label={i18n.t('options.editor.problemList')}>
              {check.errors.map((e, i) => (
                <li key={i}>
                  <code>{e.path || i18n.t('options.wholePack')}</code> {problemDetail(e)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="op-row">
        <button type="button" class="op-primary" disabled={!dirty || checking || invalid || check === null} onClick={() => void save()}>
          {i18n.t('options.editor.save')}
        </button>
        <button type="button" disabled={!dirty} onClick={() => setDraft(team?.text ?? '', team?.format ?? 'yaml', false)}>
          {i18n.t('options.editor.revert')}
        </button>
      </div>
    </section>
  );
}
