import { TXT_APPS } from "./text/TXT-APPS.js";
import { TXT_LEGAL } from "./text/TXT-LEGAL.js";
import { TXT_RESULTS } from "./text/TXT-RESULTS.js";
import { TXT_SCOPE } from "./text/TXT-SCOPE.js";
import { TXT_T2 } from "./text/TXT-T2.js";
import type { Rule } from "./types.js";

/** The text rules, one file each under rules/text/. */
export const textRules: readonly Rule[] = [TXT_APPS, TXT_RESULTS, TXT_LEGAL, TXT_T2, TXT_SCOPE];
