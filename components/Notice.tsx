import { usePanel } from '@/lib/panel/store';

/** The outcome of the last action, announced politely to screen readers. */
export function Notice() {
  const notice = usePanel((s) => s.notice);
  return (
    <p class={`rp-notice ${notice && !notice.ok ? 'rp-notice-bad' : ''}`} role="status" aria-live="polite" data-testid="notice">
      {notice?.text ?? ''}
    </p>
  );
}
