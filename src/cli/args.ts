/** A small argument reader: positional arguments plus the options a subcommand declares. */
import { UsageError } from './io.js';

/** Declared options: name (without dashes) → whether it takes a value. Short aliases map to names. */
export interface OptionSpec {
  values: readonly string[];
  flags: readonly string[];
  aliases?: Readonly<Record<string, string>>;
}

export interface ParsedArgs {
  positional: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/** Read `args`; unknown options and missing values are usage errors. `--name=value` is accepted. */
export function parseArgs(args: readonly string[], spec: OptionSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], values: new Map(), flags: new Set() };
  let onlyPositional = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyPositional || !arg.startsWith('-') || arg === '-') {
      parsed.positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = eq > 0 ? arg.slice(0, eq) : arg;
    const name = spec.aliases?.[rawName] ?? rawName.replace(/^--?/, '');
    if (spec.flags.includes(name)) {
      if (eq > 0) throw new UsageError(`option ${rawName} takes no value`);
      parsed.flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') throw new UsageError(`option ${rawName} needs a value`);
      parsed.values.set(name, value);
    } else {
      throw new UsageError(`unknown option ${rawName}`);
    }
  }
  return parsed;
}
