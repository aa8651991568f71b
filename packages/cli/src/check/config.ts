import { join } from "node:path";
import {
  CONFIG_INVALID,
  checkOptionsWith,
  configFor,
  type CheckOptions,
  type ConfigCache,
  type Finding,
  type LoadedConfig,
  type Locale,
} from "@nianbao/core";
import { nodeConfigHost } from "@nianbao/core/node";
import { displayPath } from "./discover.js";
import type { CheckedReport, CheckedFinding } from "./run.js";

/**
 * The configs of one run: each report's nearest `nianbao.config.json` (core's search, on the
 * disk), read once per folder. Owned by one `check` run; nothing outlives it.
 */
export class RunConfigs {
  private readonly cache: ConfigCache = new Map();
  /** The check options of each config (null: no config), made once so all its reports share them. */
  private readonly options = new Map<LoadedConfig | null, CheckOptions>();

  /**
   * `base`: the options of the run; `explicitLocale`: a `--locale` given on the command line, which
   * wins over a config's locale (the environment's does not).
   */
  constructor(
    private readonly base: CheckOptions,
    private readonly explicitLocale: Locale | undefined,
  ) {}

  /** The config that applies to a report at an absolute path (null: none). */
  configOf(abs: string): LoadedConfig | null {
    return configFor(abs, nodeConfigHost, this.cache, this.base.locale);
  }

  /** The check options of a report: the run's, over its config's (command-line severities win). */
  optionsOf(abs: string): CheckOptions {
    const config = this.configOf(abs);
    let opts = this.options.get(config);
    if (!opts) {
      const over: CheckOptions = { ...this.base, locale: this.explicitLocale };
      const merged = checkOptionsWith(config?.config ?? null, over);
      opts = { ...merged, locale: merged.locale ?? this.base.locale };
      this.options.set(config, opts);
    }
    return opts;
  }

  /** The options of a report on standard input: the working folder's config, as if the report were there. */
  optionsOfStdin(cwd: string): CheckOptions {
    return this.optionsOf(join(cwd, "-"));
  }

  /**
   * One result per config that applied to a checked report and could not be used, placed in the
   * config file like a report's findings, so every output format shows where to correct it.
   */
  brokenConfigs(cwd: string): CheckedReport[] {
    // `--severity CONFIG-INVALID=…` applies as to any rule (the config is set aside all the same).
    const level = this.base.severity?.[CONFIG_INVALID];
    if (level === "off") return [];
    const seen = new Set<LoadedConfig>();
    for (const c of this.cache.values()) if (c?.findings.length) seen.add(c);
    return [...seen].map((c) => {
      const file = displayPath(c.path, cwd);
      return {
        file,
        agency: null,
        year: null,
        previousFile: null,
        findings: c.findings.map((f) => placed(level ? { ...f, severity: level } : f, c, file)),
      };
    });
  }
}

function placed(f: Finding, config: LoadedConfig, file: string): CheckedFinding {
  const range = { start: config.lineIndex.position(f.range.start), end: config.lineIndex.position(f.range.end) };
  return { code: f.code, severity: f.severity, message: f.message, location: { file, range }, related: [] };
}

/** Whether a report a folder search found is left to check by its config's include and exclude. */
export function searchedAndIncluded(configs: RunConfigs, abs: string): boolean {
  return configs.configOf(abs)?.includes(abs) ?? true;
}
