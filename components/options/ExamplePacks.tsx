import { saveTeamPack } from '@/lib/packs/actions';
import { EXAMPLE_PACKS } from './example-packs';
import { setNotice, useOptions } from './store';
import { i18n } from '#i18n';

/** The packs Rapport ships with (packs/), one click from being the team pack. */
export function ExamplePacks() {
  const allowed = useOptions((s) => s.inputs?.policy.allowTeamPacks ?? true);
  const inForce = useOptions((s) => s.active?.pack.id);
  const use = async (file: string, text: string, name: string) => {
    const r = await saveTeamPack(text, file);
    setNotice(r.ok ? { ok: true, text: i18n.t('options.examples.used', [name]), warnings: r.warnings } : { ok: false, text: i18n.t('options.import.refused', [file]), errors: r.errors });
  };
  return (
    <section class="op-card" aria-labelledby="examples-h" data-testid="example-packs">
      <h2 id="examples-h">{i18n.t('options.examples.title')}</h2>
      <p class="op-muted">{i18n.t('options.examples.help')}</p>
      <ul class="op-examples">
        {EXAMPLE_PACKS.map((p) => (
          <li key={p.id} data-example={p.id}>
            <div>
              <strong lang={p.locale}>{p.name}</strong> <code>{p.locale}</code>
              {p.description ? (
                <p class="op-muted" lang={p.locale}>
                  {p.description}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              disabled={!allowed || inForce === p.id}
              aria-label={i18n.t('options.examples.useLabel', [p.name])}
              onClick={() => void use(p.file, p.text, p.name)}
            >
              {i18n.t('options.examples.use')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
