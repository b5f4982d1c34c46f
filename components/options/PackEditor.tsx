import { saveTeamPack } from '@/lib/packs/actions';
import { setDraft, setNotice, typeDraft, useOptions } from './store';

/** The team pack as text, checked as you type; Save stays off while the pack has problems. */
export function PackEditor() {
  const { draft, draftFormat, dirty, check, checking, inputs, active } = useOptions((s) => s);
  const team = inputs?.team ?? null;
  const invalid = check !== null && !check.ok;
  const save = async () => {
    const name = team?.source.kind === 'file' && team.source.name ? team.source.name : `team-pack.${draftFormat}`;
    const r = await saveTeamPack(draft, name);
    setNotice(r.ok ? { ok: true, text: 'Saved. The coach now follows the edited pack.' } : { ok: false, text: 'Not saved; the previous pack is still coaching.', errors: r.errors });
  };
  return (
    <section class="op-card" aria-labelledby="editor-h">
      <h2 id="editor-h">Edit the team pack</h2>
      {team?.source.kind === 'url' && <p class="op-muted">Saving keeps a local copy and stops following {team.source.url}.</p>}
      <label class="op-stack">
        Pack text ({draftFormat.toUpperCase()})
        <textarea
          class="op-code"
          rows={16}
          spellcheck={false}
          value={draft}
          placeholder="Import a pack, or use the form below to start one."
          onInput={(e) => typeDraft(e.currentTarget.value)}
        />
      </label>
      <div aria-live="polite" data-testid="editor-check">
        {checking ? (
          <p class="op-muted">Checking…</p>
        ) : check === null ? (
          <p class="op-muted">No team pack text.</p>
        ) : check.ok ? (
          <p class="op-ok-text">Valid pack{dirty ? ' (not saved yet)' : ''}.</p>
        ) : (
          <>
            <p class="op-bad-text">
              {check.errors.length} {check.errors.length === 1 ? 'problem' : 'problems'}; cannot save. {active ? `“${active.pack.name}” is still coaching.` : ''}
            </p>
            <ul class="op-problems" aria-label="Pack problems">
              {check.errors.map((e, i) => (
                <li key={i}>
                  <code>{e.path || '(pack)'}</code> {e.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="op-row">
        <button type="button" class="op-primary" disabled={!dirty || checking || invalid || check === null} onClick={() => void save()}>
          Save
        </button>
        <button type="button" disabled={!dirty} onClick={() => setDraft(team?.text ?? '', team?.format ?? 'yaml', false)}>
          Revert
        </button>
      </div>
    </section>
  );
}
