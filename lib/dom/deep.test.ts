// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { closestDeep, deepActiveElement, hostsOutward, isLive, openShadowRoots, outerHost, topDocument } from './deep';

function shadowPage() {
  document.body.replaceChildren();
  const ticket = document.createElement('section');
  ticket.className = 'ticket';
  const host = document.createElement('reply-composer');
  ticket.append(host);
  document.body.append(ticket);
  const outer = host.attachShadow({ mode: 'open' });
  const innerHost = document.createElement('rich-box');
  outer.append(innerHost);
  const inner = innerHost.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  inner.append(box);
  return { ticket, host, innerHost, outer, inner, box };
}

describe('deep DOM walking', () => {
  it('climbs out of nested shadow roots to the ticket around them', () => {
    const { ticket, host, innerHost, box } = shadowPage();
    expect(outerHost(box)).toBe(innerHost);
    expect([...hostsOutward(box)]).toEqual([box, innerHost, host]);
    expect(closestDeep(box, '.ticket')).toBe(ticket);
    expect(topDocument(box)).toBe(document);
  });

  it('finds nested open shadow roots in tree order', () => {
    const { outer, inner } = shadowPage();
    expect(openShadowRoots(document)).toEqual([outer, inner]);
  });

  it('follows focus into a shadow root', () => {
    const { box } = shadowPage();
    box.focus();
    expect(deepActiveElement(document)).toBe(box);
  });

  it('tells a removed box from a live one', () => {
    const { ticket, box } = shadowPage();
    expect(isLive(box)).toBe(true);
    ticket.remove();
    expect(isLive(box)).toBe(false);
  });
});
