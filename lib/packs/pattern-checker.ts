// Loads recheck (the ReDoS checker, ~2.9 MB of JavaScript) where that is affordable — the options page
// and the CLI — and installs it as the pipeline's pattern judge. Never imported by the background
// service worker or the side panel (tests/e2e/bundle.spec.ts checks the build).
import { recheckJudge, type RecheckSync } from '../rule-pack/redos';
import { hasPatternChecker, usePatternChecker } from './pipeline';

let loading: Promise<void> | null = null;

/**
 * Loads recheck once and judges every pattern validated from then on with it. `onSafe` hears each
 * pattern judged safe (the options page records them for the background). Rejects when recheck
 * cannot be loaded; packs are then judged as in the background.
 */
export function enablePatternChecker(onSafe?: (source: string) => void): Promise<void> {
  if (hasPatternChecker()) return Promise.resolve();
  loading ??= import('recheck').then((m) => {
    usePatternChecker(recheckJudge(m.checkSync as RecheckSync, onSafe));
  });
  return loading;
}
