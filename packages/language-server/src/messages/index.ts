import { formatMessage, type Locale, type MessageArgs } from "@nianbao/core";
import { en } from "./en.js";
import { zhCN } from "./zh-CN.js";

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { "zh-CN": zhCN, en };

/** A language-server text in the user's locale (中文 unless English was asked for). */
export function t(id: string, locale: Locale, args: MessageArgs = {}): string {
  return formatMessage(CATALOGUES[locale][id] ?? zhCN[id] ?? id, args, locale);
}
