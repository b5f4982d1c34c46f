// Walking a page across its open shadow roots and same-origin frames, in one place. Reply boxes live
// in TinyMCE / CKEditor 4 iframes, in ServiceNow's form frame and in web components; every part of the
// content script that looks past one document (finding boxes, reading focus, the ticket's scope, the
// badge's anchor, telling a removed box) goes through these helpers.
//
// A cross-origin frame is a wall: its document and its `frameElement` throw or read as null, and every
// helper here stops there quietly (that frame's own copy of the content script serves it).

/** The `<iframe>`/`<frame>` element that holds `doc` in its parent document; null at the top or across origins. */
export function frameOf(doc: Document): Element | null {
  try {
    return (doc.defaultView?.frameElement as Element | null | undefined) ?? null;
  } catch {
    return null;
  }
}

/** The document inside a frame element when this frame may read it (same origin), else null. */
export function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The element that hosts `el` from the outside: its shadow host, or (in a frame's own tree) its frame element. */
export function outerHost(el: Element): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  if ('host' in root && root.host) return root.host;
  return frameOf(el.ownerDocument);
}

/** `el`, then each shadow host and frame element around it, innermost first, up to the top readable document. */
export function* hostsOutward(el: Element): Generator<Element> {
  for (let cur: Element | null = el; cur; cur = outerHost(cur)) yield cur;
}

/** `closest` that continues past shadow roots and same-origin frames. */
export function closestDeep(el: Element, selector: string): Element | null {
  for (const cur of hostsOutward(el)) {
    const hit = cur.closest(selector);
    if (hit) return hit;
  }
  return null;
}

/** The outermost same-origin document above `el` (a TinyMCE frame's box belongs to the page's ticket). */
export function topDocument(el: Element): Document {
  let doc = el.ownerDocument;
  for (let frame = frameOf(doc); frame; frame = frameOf(doc)) doc = frame.ownerDocument;
  return doc;
}

/** In the page: connected, and (for a box in a frame) each frame on the way up still connected too. */
export function isLive(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = frameOf(cur.ownerDocument)) {
    if (!cur.isConnected) return false;
  }
  return true;
}

/** Documents of the same-origin frames inside `doc`, at any depth, in document order (cross-origin ones left out). */
export function childFrameDocs(doc: Document): Document[] {
  const docs: Document[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    const inner = frameDocument(frame);
    if (inner) docs.push(inner, ...childFrameDocs(inner));
  }
  return docs;
}

/**
 * Every open shadow root in the tree of `root`, nested ones included, in tree order. Walks every
 * element: call it only when cheaper lookups found nothing.
 */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const doc = 'ownerDocument' in root && root.ownerDocument ? root.ownerDocument : (root as Document);
  const visit = (r: Document | ShadowRoot) => {
    const walker = doc.createTreeWalker(r, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const shadow = (n as Element).shadowRoot;
      if (!shadow) continue;
      out.push(shadow);
      visit(shadow);
    }
  };
  visit(root);
  return out;
}

/** The element that has focus, looking into open shadow roots and same-origin frames. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (;;) {
    if (!active) return null;
    const shadowActive = active.shadowRoot?.activeElement;
    if (shadowActive) {
      active = shadowActive;
      continue;
    }
    if (active.tagName === 'IFRAME' || active.tagName === 'FRAME') {
      const inner = frameDocument(active);
      if (inner?.activeElement) {
        active = inner.activeElement;
        continue;
      }
    }
    return active;
  }
}
