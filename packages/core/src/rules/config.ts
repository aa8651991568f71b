import { CONFIG_INVALID_RULE } from "./config/CONFIG-INVALID.js";
import { DISABLE_UNUSED } from "./config/DISABLE-UNUSED.js";
import type { Rule } from "./types.js";

/** The rules about the project's own settings: the config file and the disable comments. */
export const configRules: readonly Rule[] = [CONFIG_INVALID_RULE, DISABLE_UNUSED];
