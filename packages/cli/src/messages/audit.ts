import { formatMessage, type Locale, type MessageArgs } from "@nianbao/core";
import { auditMessages as en } from "./audit-en.js";
import { auditMessages as zhCN, type AuditMessageId } from "./audit-zh-CN.js";

export type { AuditMessageId };

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<AuditMessageId, string>>>> = { "zh-CN": zhCN, en };

/** The audit page's catalogue in a locale: embedded in the page, whose script fills in `{name}`. */
export function auditWords(locale: Locale): Readonly<Record<AuditMessageId, string>> {
  return CATALOGUES[locale];
}

/** One audit word filled in here, with core's placeholder rules. */
export function auditWord(id: string, args: MessageArgs = {}, locale: Locale = "zh-CN"): string {
  return formatMessage(CATALOGUES[locale][id as AuditMessageId], args, locale);
}
