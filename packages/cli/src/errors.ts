import type { MessageArgs } from "@nianbao/core";
import type { CliMessageId } from "./messages/index.js";

/**
 * A failure the user can act on (exit status 2). Carries a catalogue id rather than text so it is
 * worded in the locale chosen on the command line, which may be parsed after the error arises.
 */
export class CliError extends Error {
  constructor(
    readonly kind: "usage" | "io",
    readonly messageId: CliMessageId,
    readonly args: MessageArgs = {},
  ) {
    super(messageId);
    this.name = "CliError";
  }
}

export const usageError = (id: CliMessageId, args?: MessageArgs): CliError => new CliError("usage", id, args);
export const ioError = (id: CliMessageId, args?: MessageArgs): CliError => new CliError("io", id, args);
