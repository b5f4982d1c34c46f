// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { generic } from './generic';
import { fakeLayout } from './layout.test-helper';

beforeAll(fakeLayout);

function page(html: string): Document {
  // Markup written by the test itself.
  document.body.innerHTML = html;
  return document;
}

const ids = (els: Element[]) => els.map((e) => e.id);

describe('generic adapter: which box is the reply box', () => {
  it('ignores search fields, single-line inputs, hidden and opted-out boxes', () => {
    const doc = page(`
      <input id="title" type="text">
      <textarea id="search" placeholder="Search tickets"></textarea>
      <div role="search"><textarea id="inside-search"></textarea></div>
      <textarea id="tiny" style="height:18px"></textarea>
      <textarea id="gone" style="display:none"></textarea>
      <textarea id="optout" data-gramm="false"></textarea>
      <div data-enable-grammarly="false"><div id="optout-ce" contenteditable="true"></div></div>
      <textarea id="reply" aria-label="Reply"></textarea>`);
    expect(ids(generic.boxes(doc))).toEqual(['reply']);
  });

  it('prefers a box labelled as a reply over a bigger unlabelled one', () => {
    const doc = page(`
      <textarea id="other" style="width:800px;height:400px"></textarea>
      <div id="comment" contenteditable="true" aria-label="Add a comment"><p>hi</p></div>`);
    expect(ids(generic.boxes(doc))[0]).toBe('comment');
  });

  it('prefers the focused box above all', () => {
    const doc = page(`<textarea id="reply" aria-label="Reply"></textarea><textarea id="notes-field"></textarea>`);
    (doc.getElementById('notes-field') as HTMLTextAreaElement).focus();
    expect(ids(generic.boxes(doc))[0]).toBe('notes-field');
  });

  it('finds a textarea inside an open shadow root', () => {
    const doc = page(`<reply-widget id="host"></reply-widget>`);
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const ta = doc.createElement('textarea');
    ta.id = 'shadow-reply';
    root.append(ta);
    expect(ids(generic.boxes(doc))).toEqual(['shadow-reply']);
  });

  it('takes the outer editable root, not the nested editable islands of a rich editor', () => {
    const doc = page(`<div id="root" contenteditable="true"><p>a</p><span contenteditable="true" id="island">b</span></div>`);
    expect(ids(generic.boxes(doc))).toEqual(['root']);
  });
});

describe('generic adapter: public reply or internal note', () => {
  const kindOf = (html: string) => {
    const doc = page(html);
    const box = generic.boxes(doc)[0];
    if (!box) throw new Error('no box');
    return generic.boxKind(box);
  };

  it('reads the selected tab by its label, not its position', () => {
    const tabs = (first: string, second: string, selected: 1 | 2) => `
      <div><div role="tablist">
        <button role="tab" aria-selected="${selected === 1}">${first}</button>
        <button role="tab" aria-selected="${selected === 2}">${second}</button>
      </div><textarea id="box"></textarea></div>`;
    expect(kindOf(tabs('Reply', 'Internal note', 1))).toBe('public');
    expect(kindOf(tabs('Reply', 'Internal note', 2))).toBe('internal');
    expect(kindOf(tabs('Internal note', 'Reply', 1))).toBe('internal');
    expect(kindOf(tabs('Internal note', 'Reply', 2))).toBe('public');
  });

  it('reads a ticked or unticked "private" checkbox', () => {
    const box = (checked: boolean) =>
      `<form><label><input type="checkbox" ${checked ? 'checked' : ''}> Private comment</label><textarea></textarea></form>`;
    expect(kindOf(box(true))).toBe('internal');
    expect(kindOf(box(false))).toBe('public');
  });

  it('reads classes such as "internal" or "private-note" on the composer', () => {
    expect(kindOf(`<div class="composer is-internal"><textarea></textarea></div>`)).toBe('internal');
    expect(kindOf(`<div class="composer private-note"><textarea></textarea></div>`)).toBe('internal');
    expect(kindOf(`<div class="note-editor"><div class="note-editable" contenteditable="true"></div></div>`)).toBe('unknown');
  });

  it('says unknown when the page does not say', () => {
    expect(kindOf(`<div class="composer"><textarea placeholder="Write your reply…"></textarea></div>`)).toBe('unknown');
  });

  it('trusts the box\'s own label when it names the audience', () => {
    expect(kindOf(`<textarea aria-label="Work notes"></textarea>`)).toBe('internal');
    expect(kindOf(`<textarea placeholder="Additional comments (Customer visible)"></textarea>`)).toBe('public');
  });
});
