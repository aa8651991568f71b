import type { CheckOptions } from "../rules/types.js";
import type { NianbaoConfig } from "./parse.js";

/**
 * The check options a config gives, under those the caller sets: a command-line `--severity` or an
 * editor setting overrides the config for that code, and an explicit locale wins over the config's.
 */
export function checkOptionsWith(config: NianbaoConfig | null, over: CheckOptions = {}): CheckOptions {
  if (!config) return over;
  const locale = over.locale ?? config.locale ?? undefined;
  const profile = over.profile ?? config.profile ?? undefined;
  return {
    ...over,
    severity: { ...config.rules, ...over.severity },
    ...(locale ? { locale } : {}),
    ...(profile ? { profile } : {}),
  };
}
