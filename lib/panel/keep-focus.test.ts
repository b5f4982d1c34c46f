// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { keepFocus } from './keep-focus';

const stop = new AbortController();
afterEach(() => stop.abort());

/** A panel with two findings, each with its Apply button, and a Dismiss button below. */
function panel() {
  const root = document.createElement('div');
  const main = document.createElement('main');
  const button = (name: string) => {
    const b = document.createElement('button');
    b.textContent = name;
    return b;
  };
  const first = button('Apply first');
  const second = button('Apply second');
  const dismiss = button('Dismiss');
  main.append(first, second, dismiss);
  root.append(main);
  document.body.replaceChildren(root);
  keepFocus(root, stop.signal);
  return { root, main, first, second, dismiss };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('keepFocus', () => {
  it('hands focus to the next control when the focused one is removed', async () => {
    const p = panel();
    p.first.focus();
    p.first.remove();
    await settle();
    expect(document.activeElement).toBe(p.second);
  });

  it('falls back to the previous control, then to the panel itself', async () => {
    const p = panel();
    p.dismiss.focus();
    p.dismiss.remove();
    await settle();
    expect(document.activeElement).toBe(p.second);
    p.first.remove();
    p.second.remove();
    await settle();
    expect(document.activeElement).toBe(p.main);
  });

  it('leaves a focus the agent moved on alone', async () => {
    const p = panel();
    p.first.focus();
    p.dismiss.focus();
    p.first.remove();
    await settle();
    expect(document.activeElement).toBe(p.dismiss);
  });
});
