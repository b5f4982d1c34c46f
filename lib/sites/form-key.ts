// A stable name for "this form on this site", so the agent's answer to "reply or internal note?" is
// remembered for the form it was given on and not for every box of the site. Built from the shape of
// the page (path with ids blanked, the form's and box's own names), then hashed: what is stored says
// nothing about the ticket, the customer or the URL's contents.
import { closestDeep } from '@/lib/dom/deep';

/** A path segment that names one ticket, not a kind of page: has a digit, or is long (ids, slugs, hashes). */
const VARYING = /\d|^[a-z0-9_-]{24,}$/i;

function pathShape(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '';
  }
  // SPAs route in the fragment (`#/tickets/12/reply`); its path part counts, its query does not.
  const routes = [u.pathname, u.hash.replace(/^#!?/, '').split('?')[0] ?? ''];
  return routes.map((p) => p.split('/').map((seg) => (VARYING.test(seg) ? '*' : seg.toLowerCase())).join('/')).join('#');
}

function nameOf(el: Element | null): string {
  if (!el) return '';
  const parts = [el.tagName.toLowerCase(), el.id, el.getAttribute('name'), el.getAttribute('aria-label'), el.getAttribute('data-name')];
  return parts
    .filter(Boolean)
    .join(':')
    .replace(/\d+/g, '#')
    .slice(0, 200);
}

/** FNV-1a over UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * An 8-hex-digit key for the form holding `box` on the page at `url`: equal for the same form on
 * every ticket of a tool, different for its reply page and its comment page.
 */
export function formKeyOf(box: Element, url: string): string {
  const form = closestDeep(box, 'form, [role="form"], [role="dialog"]');
  return fnv1a([pathShape(url), nameOf(form), nameOf(box)].join('|'));
}
