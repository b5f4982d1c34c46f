import { afterEach, describe, expect, it, vi } from 'vitest';
import { speakText } from './speak';

class FakeUtterance {
  lang = '';
  rate = 1;
  constructor(readonly text: string) {}
}

afterEach(() => vi.unstubAllGlobals());

describe('speakText', () => {
  it('reads each group as its own utterance at a steady, slower rate in the given language', () => {
    const spoken: FakeUtterance[] = [];
    const cancel = vi.fn();
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    vi.stubGlobal('speechSynthesis', { cancel, speak: (u: FakeUtterance) => spoken.push(u) });

    expect(speakText('Aachen, Berlin. Bindestrich. Eins, Zwo.', 'de-DE')).toBe(true);
    expect(cancel).toHaveBeenCalledOnce();
    expect(spoken.map((u) => u.text)).toEqual(['Aachen, Berlin.', 'Bindestrich.', 'Eins, Zwo.']);
    expect(spoken.every((u) => u.lang === 'de-DE' && u.rate === 0.85)).toBe(true);
  });

  it('says it cannot when the browser has no speech synthesis', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    expect(speakText('Alfa.')).toBe(false);
  });
});
