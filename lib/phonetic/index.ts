// The phonetic helper: spell codes, passwords and URLs unambiguously on the phone (seed 002, #3).
// Pure: no DOM, no extension API, so the panel, the CLI and tests share it.
export { ALPHABETS } from './alphabets/index';
export { spell } from './spell';
export { charText, toSpeech, toText } from './render';
export type { TextOptions } from './render';
export { findSpellWorthyTokens } from './tokens';
export * from './types';
