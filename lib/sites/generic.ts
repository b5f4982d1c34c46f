// Any site the agent turned Rapport on for: no known DOM, so the box is found by focus, size,
// visibility and labels, and public vs internal only where the page says so.
import type { SiteAdapter } from './types';
import { queryBoxes, queryShadowBoxes } from './find-boxes';
import { isCandidate, nearKind, rank } from './heuristics';

export const generic: SiteAdapter = {
  id: 'generic',
  matches: [],
  detect: () => true,
  boxes(doc) {
    let found = queryBoxes(doc).filter(isCandidate);
    if (found.length === 0) found = queryShadowBoxes(doc).filter(isCandidate);
    return found.sort((a, b) => rank(b) - rank(a));
  },
  boxKind: nearKind,
};
