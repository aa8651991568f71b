import { formatMessage, type Locale, type MessageArgs } from "@nianbao/core";
import { en } from "./en.js";
import { zhCN } from "./zh-CN.js";

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { "zh-CN": zhCN, en };

/** A text of the page in the chosen language (中文 unless English was chosen). */
export function t(id: string, locale: Locale, args: MessageArgs = {}): string {
  return formatMessage(CATALOGUES[locale][id] ?? zhCN[id] ?? id, args, locale);
}
