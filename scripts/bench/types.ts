// The bench is a runner of parts (scoring in Node now; an in-browser part with the built extension
// and CDP metrics can be added as another part). A part prints its own tables through `ctx.print`
// and returns the targets it checked, so the runner can close with one PASS/MISS list.

export interface Target {
  name: string;
  /** The measured figure and its limit, in `unit`. */
  value: number;
  limit: number;
  unit: string;
  /** 'max': value must stay below limit; 'min': value must reach limit. */
  kind: 'max' | 'min';
}

export interface BenchContext {
  /** Absolute path of the repository root. */
  root: string;
  /** Corpus files in use (RAPPORT_CORPUS overrides the default two). */
  corpusFiles: string[];
  /** --quick: short budgets for a smoke run; the figures are rough. */
  quick: boolean;
  print(line?: string): void;
}

export interface BenchPart {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<Target[]>;
}

export function passed(t: Target): boolean {
  return t.kind === 'max' ? t.value < t.limit : t.value >= t.limit;
}
