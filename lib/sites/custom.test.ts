// @vitest-environment happy-dom
// An in-house desk as a team lead describes it in the pack: the box by selector (the editor or the
// element around it), internal or public by marker, the page's own controls where markers say nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { customSite } from './custom';
import { fakeLayout } from './layout.test-helper';
import type { CustomSite } from './settings';

beforeAll(fakeLayout);

const page = (html: string) => {
  document.body.innerHTML = html; // markup written by the test
  return document;
};

const base: CustomSite = { id: 'acme', name: 'Acme Desk', match: ['https://desk.acme.example/*'], reply_box: '#reply' };

describe('in-house desk from the pack', () => {
  it('finds the box the selector names, or the editor inside the element it names', () => {
    expect(customSite(base).boxes(page('<textarea id="reply"></textarea><textarea id="other"></textarea>')).map((b) => b.id)).toEqual(['reply']);
    const wrapped = customSite({ ...base, reply_box: '.reply-editor' }).boxes(page('<div class="reply-editor"><div id="ce" contenteditable="true"></div></div>'));
    expect(wrapped.map((b) => b.id)).toEqual(['ce']);
  });

  it('tells a note by its marker, and a reply by its absence', () => {
    const site = customSite({ ...base, internal_marker: '.mode-tab.current[data-mode="comment"]' });
    const html = (mode: string) => `<nav><a class="mode-tab ${mode === 'reply' ? 'current' : ''}" data-mode="reply">Antwort</a>
      <a class="mode-tab ${mode === 'comment' ? 'current' : ''}" data-mode="comment">Kommentar</a></nav><textarea id="reply"></textarea>`;
    const box = (mode: string) => site.boxes(page(html(mode)))[0]!;
    expect(site.boxKind(box('reply'))).toBe('public');
    expect(site.boxKind(box('comment'))).toBe('internal');
  });

  it('with both markers, reads the page itself when neither is there', () => {
    const site = customSite({ ...base, internal_marker: '.is-note', public_marker: '.is-reply' });
    const box = site.boxes(page('<form><label><input type="checkbox" checked> Internal</label><textarea id="reply"></textarea></form>'))[0]!;
    expect(site.boxKind(box)).toBe('internal');
  });

  it('survives a selector the browser refuses', () => {
    const site = customSite({ ...base, reply_box: 'textarea[', internal_marker: '::nope(' });
    expect(site.boxes(page('<textarea id="reply"></textarea>'))).toEqual([]);
    const ok = customSite({ ...base, internal_marker: '::nope(' });
    expect(ok.boxKind(ok.boxes(page('<textarea id="reply"></textarea>'))[0]!)).toBe('public');
  });

  it('reads the requester and the last customer message where the pack points', () => {
    const site = customSite({ ...base, customer_name: '.requester', customer_message: '.msg.from-customer .body' });
    const box = site.boxes(page(`<span class="requester">Priya Natarajan</span>
      <div class="msg from-customer"><p class="body">First</p></div><div class="msg from-customer"><p class="body">VPN drops again</p></div>
      <textarea id="reply"></textarea>`))[0]!;
    expect(site.customerName?.(box)).toBe('Priya Natarajan');
    expect(site.customerMessage?.(box)).toBe('VPN drops again');
  });
});
