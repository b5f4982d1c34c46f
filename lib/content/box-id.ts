// Stable ids for reply boxes, unique across the frames of a tab, so the background can keep one
// state per box (background tickets keep their own drafts).
const ids = new WeakMap<Element, string>();
const frameToken = Math.random().toString(36).slice(2, 8);
let next = 1;

export function boxIdOf(el: Element): string {
  let id = ids.get(el);
  if (!id) {
    id = `${frameToken}-${next++}`;
    ids.set(el, id);
  }
  return id;
}
