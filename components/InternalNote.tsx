import { i18n } from '#i18n';

export function InternalNote() {
  return (
    <section class="rp-card rp-internal" role="status" data-testid="internal-note">
      <h2>{i18n.t('internal.title')}</h2>
      <p>{i18n.t('internal.body')}</p>
    </section>
  );
}
