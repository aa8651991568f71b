import { usageError } from "./errors.js";

/** One option a command accepts. Long names are written without dashes (`format`, `no-summary`). */
export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  /** The option takes a value (`--format json` or `--format=json`); else it is a flag. */
  readonly takesValue?: boolean;
  readonly choices?: readonly string[];
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  /** Every value given, in order (an option may repeat; the last one wins for single values). */
  readonly values: ReadonlyMap<string, readonly string[]>;
}

export interface ParseMode {
  /**
   * Stop at the first positional and hand it and everything after it back untouched: the global
   * options come before the command, and the command parses the rest with its own options.
   */
  readonly stopAtPositional?: boolean;
}

/** Parses argv against the options of one command. Throws a usage error for anything unknown. */
export function parseArgs(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  mode: ParseMode = {},
): ParsedArgs & { readonly rest: readonly string[] } {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      if (mode.stopAtPositional) return { positionals, flags, values, rest: argv.slice(i) };
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const written = eq < 0 ? arg : arg.slice(0, eq);
    const spec = arg.startsWith("--")
      ? specs.find((s) => `--${s.name}` === written)
      : specs.find((s) => s.short !== undefined && `-${s.short}` === written);
    if (!spec) throw usageError("error.unknownOption", { option: written });
    if (!spec.takesValue) {
      if (eq >= 0) throw usageError("error.unexpectedValue", { option: written });
      flags.add(spec.name);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) throw usageError("error.missingValue", { option: written });
    if (spec.choices && !spec.choices.includes(value))
      throw usageError("error.invalidChoice", { option: written, value, choices: spec.choices.join(", ") });
    values.set(spec.name, [...(values.get(spec.name) ?? []), value]);
  }
  return { positionals, flags, values, rest: [] };
}

/** The last value given for an option. */
export function lastValue(args: ParsedArgs, name: string): string | undefined {
  return args.values.get(name)?.at(-1);
}
