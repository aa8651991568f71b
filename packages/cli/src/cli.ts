import { parseArgs, type OptionSpec } from "./args.js";
import { COMMANDS, type CliEnvironment } from "./commands/index.js";
import { CliError, usageError } from "./errors.js";
import { LOCALE_CHOICES, localeFromArgv, localeFromEnv } from "./locale.js";
import { cliMessage } from "./messages/index.js";
import { cliVersion } from "./version.js";

const HELP: OptionSpec = { name: "help", short: "h" };
const LOCALE: OptionSpec = { name: "locale", takesValue: true, choices: LOCALE_CHOICES };
const GLOBAL_OPTIONS: readonly OptionSpec[] = [HELP, { name: "version", short: "V" }, LOCALE];

/**
 * Runs `nianbao` with its arguments (without node and the script) and returns the exit status:
 * 0 no error finding, 1 some error finding, 2 usage or I/O error. Never throws.
 */
export async function main(argv: readonly string[], io: CliEnvironment): Promise<number> {
  const locale = localeFromArgv(argv) ?? localeFromEnv(io.env);
  let invoked = "nianbao";
  try {
    const global = parseArgs(argv, GLOBAL_OPTIONS, { stopAtPositional: true });
    if (global.flags.has("version")) {
      await io.stdout(`${cliVersion()}\n`);
      return 0;
    }
    if (global.flags.has("help")) {
      await io.stdout(cliMessage("help.main", {}, locale));
      return 0;
    }
    const [name, ...rest] = global.rest;
    if (name === undefined) throw usageError("error.noCommand");
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw usageError("error.unknownCommand", { command: name });
    invoked = `nianbao ${command.name}`;
    const args = parseArgs(rest, [...command.options, HELP, LOCALE]);
    if (args.flags.has("help")) {
      await io.stdout(cliMessage(command.help, {}, locale));
      return 0;
    }
    return await command.run(args, { ...io, locale });
  } catch (err) {
    // One line on stderr, never a stack trace: the user can act on the message alone.
    let text: string;
    if (err instanceof CliError) {
      text = cliMessage(err.messageId, err.args, locale);
      if (err.kind === "usage") text = cliMessage("error.usageHint", { message: text, command: invoked }, locale);
    } else text = cliMessage("error.internal", { detail: err instanceof Error ? err.message : String(err) }, locale);
    // Standard error itself may be what failed: the exit status still says so.
    await io
      .stderr(`${cliMessage("error.prefix", { message: text.replace(/\s*\n\s*/g, " ") }, locale)}\n`)
      .catch(() => {});
    return 2;
  }
}
