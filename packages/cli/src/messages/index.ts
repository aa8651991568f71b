import { formatMessage, type Locale, type MessageArgs } from "@nianbao/core";
import { messages as en } from "./en.js";
import { messages as zhCN, type CliMessageId } from "./zh-CN.js";

export type { CliMessageId };

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<CliMessageId, string>>>> = { "zh-CN": zhCN, en };

/** Words a CLI message in the locale, with core's placeholder rules. */
export function cliMessage(id: CliMessageId, args: MessageArgs = {}, locale: Locale = "zh-CN"): string {
  return formatMessage(CATALOGUES[locale][id], args, locale);
}

/** A message as one line of standard error, after the program's name (「nianbao：…」). */
export function errorLine(id: CliMessageId, args: MessageArgs = {}, locale: Locale = "zh-CN"): string {
  return `${cliMessage("error.prefix", { message: cliMessage(id, args, locale) }, locale)}\n`;
}
