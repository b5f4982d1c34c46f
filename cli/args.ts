// A small argv parser: the CLI has two commands and five options, not worth a dependency.

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {}

/** `spec` maps each allowed long option to whether it takes a value; short aliases map to long names. */
export function parseArgs(
  argv: string[],
  spec: Record<string, boolean>,
  aliases: Record<string, string> = {},
): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = eq > 0 ? arg.slice(0, eq) : arg;
    const name = aliases[rawName] ?? rawName.replace(/^--/, '');
    if (!(name in spec) || !rawName.startsWith('-')) throw new UsageError(`unknown option ${rawName}`);
    if (!spec[name]) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  return { positional, options };
}
