// Any site the agent turned Rapport on for: no known DOM, so the box is found by focus, size,
// visibility and labels, and public vs internal only where the page says so.
import type { SiteAdapter } from './types';
import { queryBoxes, queryShadowBoxes } from './find-boxes';
import { isCandidate, nearKind, rank } from './heuristics';
import { firstText, lastText } from './dom';
import { topDocument } from './define';

export const generic: SiteAdapter = {
  id: 'generic',
  name: '',
  matches: [],
  detect: () => true,
  boxes(doc) {
    let found = queryBoxes(doc).filter(isCandidate);
    if (found.length === 0) found = queryShadowBoxes(doc).filter(isCandidate);
    return found.sort((a, b) => rank(b) - rank(a));
  },
  boxKind: nearKind,
  customerName: (box) => firstText(topDocument(box), '.requester-name, .customer-name, [class*="requester-name" i], [class*="customer-name" i], [itemprop="author"] [itemprop="name"]'),
  customerMessage: (box) => lastText(topDocument(box), '[data-role="customer"] [class*="body" i], [data-author-role="customer"] [class*="body" i], .from-customer'),
};
