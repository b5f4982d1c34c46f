// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formKeyOf } from './form-key';

const box = (html: string) => {
  document.body.innerHTML = html; // markup written by the test
  return document.getElementById('box')!;
};

describe('form key', () => {
  const html = '<form id="comment-form"><textarea id="box" name="body"></textarea></form>';

  it('is the same for the same form on another ticket', () => {
    expect(formKeyOf(box(html), 'https://desk.acme.example/tickets/123/reply')).toBe(formKeyOf(box(html), 'https://desk.acme.example/tickets/456/reply'));
    expect(formKeyOf(box(html), 'https://desk.acme.example/#/t/123')).toBe(formKeyOf(box(html), 'https://desk.acme.example/#/t/9?x=1'));
  });

  it('differs between a reply page and a comment page, and between forms', () => {
    expect(formKeyOf(box(html), 'https://desk.acme.example/tickets/1/reply')).not.toBe(formKeyOf(box(html), 'https://desk.acme.example/tickets/1/comment'));
    expect(formKeyOf(box(html), 'https://desk.acme.example/t/1')).not.toBe(
      formKeyOf(box('<form id="note-form"><textarea id="box" name="body"></textarea></form>'), 'https://desk.acme.example/t/1'),
    );
  });

  it('keeps nothing of the URL: a short hex digest', () => {
    expect(formKeyOf(box(html), 'https://desk.acme.example/tickets/priya@example.com')).toMatch(/^[0-9a-f]{8}$/);
  });
});
