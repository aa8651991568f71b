import { checkCommand } from "./check.js";
import { importCommand } from "./import.js";
import { newCommand } from "./new.js";
import { renderCommand } from "./render.js";
import type { Command } from "./types.js";

export type { Command, CommandContext, CliEnvironment } from "./types.js";

/** Every command of `nianbao`, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [checkCommand, renderCommand, newCommand, importCommand];
