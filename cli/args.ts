// The CLI's argv, read by Node's own parser (node:util parseArgs); this file only maps its tokens to
// the CLI's options and turns what it cannot accept into usage errors (exit 2, "Try rapport --help").
import { parseArgs as parseNodeArgs } from 'node:util';

export interface ParsedArgs {
  positional: string[];
  /** Long option name → its value, or true for a flag. The last of a repeated option wins. */
  options: Map<string, string | true>;
}

export class UsageError extends Error {}

/**
 * `spec` maps each allowed long option to whether it takes a value; `aliases` maps short spellings
 * (`-h`, `-V`) to long names. `--name value` and `--name=value` both work, `--` ends the options and
 * `-` is a positional (stdin). Throws UsageError on an unknown option, a flag given a value, or an
 * option missing its value.
 */
export function parseArgs(argv: string[], spec: Record<string, boolean>, aliases: Record<string, string> = {}): ParsedArgs {
  const options = Object.fromEntries(Object.entries(spec).map(([name, takesValue]) => [name, { type: takesValue ? ('string' as const) : ('boolean' as const) }]));
  // Not strict: Node then hands over unknown options as tokens instead of throwing its own wording,
  // and a value option takes the next argument as it is (`--title -x`).
  const { tokens } = parseNodeArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const parsed = new Map<string, string | true>();
  for (const t of tokens) {
    if (t.kind === 'positional') positional.push(t.value);
    if (t.kind !== 'option') continue;
    const name = aliases[t.rawName] ?? (t.rawName.startsWith('--') ? t.name : undefined);
    if (name === undefined || !(name in spec)) throw new UsageError(`unknown option ${t.rawName}`);
    if (!spec[name]) {
      if (t.inlineValue) throw new UsageError(`--${name} takes no value`);
      parsed.set(name, true);
      continue;
    }
    if (t.value === undefined || t.value === '') throw new UsageError(`--${name} needs a value`);
    parsed.set(name, t.value);
  }
  return { positional, options: parsed };
}
