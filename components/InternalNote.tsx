export function InternalNote() {
  return (
    <section class="rp-card rp-internal" role="status" data-testid="internal-note">
      <h2>Internal note — not customer-facing</h2>
      <p>Notes to colleagues are not coached. The phonetic helper below still works.</p>
    </section>
  );
}
