import type { ConfigRule } from "../types.js";

/**
 * `nianbao.config.json` cannot be used: bad JSON, an unknown key, rule code or severity, a wrong
 * type. Reported on the config file by whoever reads it (core's parseConfig words it); the reports
 * under it are checked with the defaults.
 */
export const CONFIG_INVALID_RULE: ConfigRule = {
  code: "CONFIG-INVALID",
  severity: "error",
  category: "config",
  kind: "config",
};
