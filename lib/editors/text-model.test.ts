// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextModel, offsetOf, pointAt, rangeFor } from './text-model';
import { splitPlainQuote } from './quotes';
import { editableRoot, editorFor } from './index';

function box(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  // Test-only markup built by the test itself, never page or pack text.
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('text model', () => {
  it('reads paragraphs and line breaks the way the agent sees them', () => {
    const el = box('<p>Hi Dana,</p><p><br></p><p>Thanks for<br>waiting.</p><p><br class="ProseMirror-trailingBreak"></p>');
    expect(buildTextModel(el).text).toBe('Hi Dana,\n\nThanks for\nwaiting.');
  });

  it('reads the div-per-line shape a plain contenteditable makes on Enter', () => {
    const el = box('first<div>second</div><div><br></div><div>fourth</div>');
    expect(buildTextModel(el).text).toBe('first\nsecond\n\nfourth');
  });

  it('keeps emoji and right-to-left text intact and maps offsets back into them', () => {
    const el = box('<p>שלום 👋 Dana</p>');
    const m = buildTextModel(el);
    expect(m.text).toBe('שלום 👋 Dana');
    const r = rangeFor(m, m.text.indexOf('Dana'), m.text.length);
    expect(r.toString()).toBe('Dana');
  });

  it('leaves out editor filler characters without shifting offsets of the text after them', () => {
    const el = box('<p>ab\u2060\u2060cd</p>');
    const m = buildTextModel(el);
    expect(m.text).toBe('abcd');
    expect(rangeFor(m, 2, 4).toString()).toBe('cd');
  });

  it('maps a span across paragraphs to a DOM range covering exactly that text', () => {
    const el = box('<p>one two</p><p>three four</p>');
    const m = buildTextModel(el);
    const start = m.text.indexOf('two');
    const r = rangeFor(m, start, m.text.indexOf('four'));
    expect(r.toString()).toBe('twothree ');
  });

  it('maps a DOM caret back to the text offset', () => {
    const el = box('<p>one</p><p>three</p>');
    const m = buildTextModel(el);
    const three = el.querySelectorAll('p')[1]!.firstChild!;
    expect(offsetOf(m, three, 2)).toBe('one\nth'.length);
    expect(offsetOf(m, el, 2)).toBe(m.text.length);
  });

  it('points an empty box at its first paragraph', () => {
    const el = box('<p><br></p>');
    const m = buildTextModel(el);
    expect(m.text).toBe('');
    expect(pointAt(m, 0).node).toBe(el.querySelector('p'));
  });

  it('does not read placeholders, signatures or quoted history as the draft', () => {
    const el = box(
      '<p class="placeholder-decoration">Type your reply</p><p>Sure, done.</p>' +
        '<div class="gmail_signature">-- Sam</div>' +
        '<p>On Tue, 3 Mar 2026, Dana &lt;dana@example.com&gt; wrote:</p><blockquote>It is broken</blockquote>',
    );
    const m = buildTextModel(el);
    expect(m.text).toBe('Sure, done.');
    expect(m.quoted).toContain('It is broken');
  });

  it('leaves out Gmail quoted history', () => {
    const el = box('<div>Thanks!</div><div class="gmail_quote"><div class="gmail_attr">On Mon wrote:</div><blockquote>old</blockquote></div>');
    expect(buildTextModel(el).text).toBe('Thanks!');
  });
});

describe('plain-text quotes', () => {
  it('cuts an "On … wrote:" line followed by > lines', () => {
    const out = splitPlainQuote('Done, try again.\n\nOn Mon, 2 Mar 2026, Dana wrote:\n> it fails\n> help');
    expect(out.text).toBe('Done, try again.');
    expect(out.quoted).toContain('> it fails');
  });

  it('keeps a draft that only mentions someone wrote something', () => {
    expect(splitPlainQuote('On Monday you wrote: it fails').text).toBe('On Monday you wrote: it fails');
  });
});

describe('editors whose DOM holds more than the draft', () => {
  it('does not read Slate\'s placeholder as text', () => {
    const el = box(
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true">' +
        '<span data-slate-zero-width="n" data-slate-length="0">\ufeff<br></span>' +
        '<span data-slate-placeholder="true" contenteditable="false">Write your reply…</span></span></span></div>',
    );
    el.setAttribute('data-slate-editor', 'true');
    expect(buildTextModel(el).text).toBe('');
    expect(editorFor(el)?.kind).toBe('slate');
  });

  it('reads every Editor.js block in order as the one box, leaving out its toolbars', () => {
    const holder = document.createElement('div');
    holder.className = 'codex-editor';
    // Constant test markup in the shape Editor.js 2.31 renders.
    holder.innerHTML =
      '<div class="codex-editor__redactor">' +
      '<div class="ce-block"><div class="ce-block__content"><div class="ce-paragraph cdx-block" contenteditable="true">I am sorry about the outage.</div></div></div>' +
      '<div class="ce-block"><div class="ce-block__content"><div class="ce-paragraph cdx-block" contenteditable="true">No problem at all.</div></div></div>' +
      '</div><div class="ce-toolbar"><div class="ce-popover"><div class="ce-popover-item__title">Text</div><input placeholder="Filter"></div></div>';
    document.body.replaceChildren(holder);
    const second = holder.querySelectorAll('.ce-paragraph')[1]!;
    expect(editableRoot(second)).toBe(holder);
    expect(editorFor(second)?.kind).toBe('editorjs');
    // The box finder hands the holder itself over as the box.
    expect(editableRoot(holder)).toBe(holder);
    expect(editorFor(holder)).toBe(editorFor(second));
    expect(editableRoot(holder.querySelector('.ce-toolbar')!)).toBeNull();
    expect(buildTextModel(holder).text).toBe('I am sorry about the outage.\nNo problem at all.');
  });
});
