import type { SpelledChar } from './types';

// Reading aloud works in breaths: short runs of letters and digits, with symbols and spaces said on
// their own so the listener hears where the pieces join. A switch between letters and digits is a
// natural break ("INC · 0012 · 345"), but tiny pieces are merged so "aB3xY9" stays two groups.

function isWordy(c: SpelledChar): boolean {
  return c.kind === 'letter' || c.kind === 'digit';
}

/** Splits `run` into near-equal chunks no longer than `size` (5 → 3+2, not 4+1). */
function chunk(run: SpelledChar[], size: number): SpelledChar[][] {
  const count = Math.ceil(run.length / size);
  const out: SpelledChar[][] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const length = Math.ceil((run.length - from) / (count - i));
    out.push(run.slice(from, from + length));
    from += length;
  }
  return out;
}

/** Splits a run of letters/digits where it turns from letters to digits or back. */
function pieces(run: SpelledChar[]): SpelledChar[][] {
  const out: SpelledChar[][] = [];
  for (const c of run) {
    const last = out[out.length - 1];
    const lastKind = last?.[last.length - 1]?.kind;
    if (last && lastKind === c.kind) last.push(c);
    else out.push([c]);
  }
  return out;
}

function groupRun(run: SpelledChar[], size: number): SpelledChar[][] {
  const groups: SpelledChar[][] = [];
  let current: SpelledChar[] = [];
  const flush = (): void => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (const piece of pieces(run)) {
    if (piece.length > size) {
      flush();
      groups.push(...chunk(piece, size));
    } else if (current.length + piece.length <= size) {
      current.push(...piece);
    } else {
      flush();
      current = [...piece];
    }
  }
  flush();
  return groups;
}

export function groupChars(chars: SpelledChar[], size: number): SpelledChar[][] {
  const groups: SpelledChar[][] = [];
  let run: SpelledChar[] = [];
  let separators: SpelledChar[] = [];
  const flushRun = (): void => {
    if (run.length > 0) groups.push(...groupRun(run, size));
    run = [];
  };
  const flushSeparators = (): void => {
    if (separators.length > 0) groups.push(separators);
    separators = [];
  };
  for (const c of chars) {
    if (isWordy(c)) {
      flushSeparators();
      run.push(c);
    } else {
      flushRun();
      separators.push(c);
    }
  }
  flushRun();
  flushSeparators();
  return groups;
}
