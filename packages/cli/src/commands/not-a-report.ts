import type { Locale, NotAReportReason } from "@nianbao/core";
import { cliMessage } from "../messages/index.js";

const REASONS = { empty: "notReport.empty", "not-mapping": "notReport.notMapping", "no-section": "notReport.noSection", "too-large": "notReport.tooLarge" } as const;

/** Why a file is not a report, in words (core's `notAReport` gives the reason). */
export function notReportReason(reason: NotAReportReason, locale: Locale): string {
  return cliMessage(REASONS[reason], {}, locale);
}
