import { META_AGENCY } from "./meta/META-AGENCY.js";
import { META_CONTACT } from "./meta/META-CONTACT.js";
import { META_TIMELINESS } from "./meta/META-TIMELINESS.js";
import { META_YEAR } from "./meta/META-YEAR.js";
import type { Rule } from "./types.js";

/** The meta rules, one file each under rules/meta/. */
export const metaRules: readonly Rule[] = [META_YEAR, META_TIMELINESS, META_AGENCY, META_CONTACT];
