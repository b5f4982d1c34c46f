// happy-dom has no layout: give elements the size their inline style declares, so the generic
// heuristics (visible, big enough) can be tested. Elements with display:none get no boxes.
export function fakeLayout(): void {
  const proto = Element.prototype as unknown as {
    getClientRects(): DOMRect[];
    getBoundingClientRect(): DOMRect;
  };
  const size = (el: Element) => {
    const style = (el as HTMLElement).style;
    if (!style || style.display === 'none') return null;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      if ((cur as HTMLElement).style?.display === 'none') return null;
    }
    const w = parseFloat(style.width || '300');
    const h = parseFloat(style.height || '120');
    return { x: 0, y: 0, width: w, height: h, top: 0, left: 0, right: w, bottom: h, toJSON: () => ({}) } as DOMRect;
  };
  proto.getClientRects = function (this: Element) {
    const r = size(this);
    return r ? [r] : [];
  };
  proto.getBoundingClientRect = function (this: Element) {
    return size(this) ?? ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) } as DOMRect);
  };
}
