import type { Locale } from "@nianbao/core";
import type { OptionSpec, ParsedArgs } from "../args.js";
import type { CliMessageId } from "../messages/index.js";

/** What the CLI needs from the outside world; bin.ts gives the real process, tests may give others. */
export interface CliEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Resolves once the text is handed to the stream (so nothing is lost when the process ends). */
  readonly stdout: (text: string) => Promise<void>;
  readonly stderr: (text: string) => Promise<void>;
  /** Standard output is a terminal that shows colour (see output/colour.ts); unset, no colour. */
  readonly colour?: boolean;
}

export interface CommandContext extends CliEnvironment {
  readonly locale: Locale;
}

/** One `nianbao <command>`. Adding a command is adding an entry to COMMANDS. */
export interface Command {
  readonly name: string;
  readonly help: CliMessageId;
  readonly options: readonly OptionSpec[];
  /** Returns the exit status; throws a CliError for usage and I/O errors. */
  run(args: ParsedArgs, ctx: CommandContext): Promise<number>;
}
