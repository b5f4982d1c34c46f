// Default "Read aloud": the browser's own speech synthesis, so nothing leaves the machine.
// Each group is its own utterance: the engine pauses between utterances, which a listener writing
// the code down needs more than any punctuation-driven pause.

const STEADY_RATE = 0.85;

/** Speaks text made by `toSpeech`; returns false when the browser has no speech synthesis. */
export function speakText(text: string, lang = 'en-US'): boolean {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return false;
  synth.cancel();
  for (const part of text.split(/(?<=\.)\s+/)) {
    if (part.trim() === '') continue;
    const utterance = new SpeechSynthesisUtterance(part);
    utterance.lang = lang;
    utterance.rate = STEADY_RATE;
    synth.speak(utterance);
  }
  return true;
}
