import { checkOptionsWith, globMatcher, type Locale, type NianbaoConfig, type SeveritySetting } from "@nianbao/core";

/** What a user can set, through `workspace/configuration` (section `nianbao`) or `initializationOptions`. */
export interface Settings {
  readonly locale: Locale;
  /** Whether the user chose the locale (not "auto"): then it wins over nianbao.config.json's. */
  readonly localeChosen?: boolean;
  /** The 六、其他事项 profile, from nianbao.config.json (editors have no setting for it). */
  readonly profile?: { readonly section6Items: readonly string[] };
  /** Per-rule severity overrides, e.g. `{ "XY-SIMILARITY": "off" }`. */
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  readonly inlayHints: { readonly columnLabels: boolean; readonly totals: boolean };
  /** Globs of report files, matched against workspace-relative paths. */
  readonly filePatterns: readonly string[];
  /** Delay before diagnostics after an edit; edits inside it are coalesced. */
  readonly debounceMs: number;
}

export const DEFAULT_FILE_PATTERNS: readonly string[] = ["**/*.nianbao.yaml", "**/*.nianbao.yml"];

/** The locale an editor asked for: 中文 for any zh-*, English otherwise; 中文 when it said nothing. */
export function localeFrom(editorLocale: string | undefined | null): Locale {
  if (!editorLocale) return "zh-CN";
  return editorLocale.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

const SEVERITIES = new Set(["off", "info", "warning", "error"]);

/** Merges user-supplied settings (untrusted JSON) over the defaults, dropping what is malformed. */
export function resolveSettings(raw: unknown, editorLocale?: string | null): Settings {
  const r = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const localeChosen = r.locale === "zh-CN" || r.locale === "en";
  const locale = localeChosen ? (r.locale as Locale) : localeFrom(editorLocale);
  const severity: Record<string, SeveritySetting> = {};
  if (r.severity && typeof r.severity === "object")
    for (const [k, v] of Object.entries(r.severity as Record<string, unknown>))
      if (typeof v === "string" && SEVERITIES.has(v)) severity[k] = v as SeveritySetting;
  const ih = (r.inlayHints && typeof r.inlayHints === "object" ? r.inlayHints : {}) as Record<string, unknown>;
  const patterns = Array.isArray(r.filePatterns)
    ? r.filePatterns.filter((p): p is string => typeof p === "string" && p.length > 0)
    : [];
  const debounce = typeof r.debounceMs === "number" && r.debounceMs >= 0 && r.debounceMs <= 5000 ? r.debounceMs : 0;
  return {
    locale,
    localeChosen,
    severity,
    // Off unless asked: a label before a one-digit cell takes the double-click that should select it.
    inlayHints: { columnLabels: ih.columnLabels === true, totals: ih.totals !== false },
    filePatterns: patterns.length ? patterns : DEFAULT_FILE_PATTERNS,
    debounceMs: debounce,
  };
}

/**
 * Whether a workspace-relative path is a report file by the file patterns (picomatch globs, through
 * core's globMatcher, as nianbao.config.json's). Letters match in any case, as `nianbao check`
 * finds `年报.NIANBAO.YAML`. Made once per scan or event, not per path.
 */
export function patternMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  return globMatcher(patterns, { nocase: true });
}

/**
 * The settings for the reports under a nianbao.config.json: its rules, profile and locale under
 * the editor's settings, which win for that editor (a severity set in the editor, a locale chosen
 * there rather than "auto").
 */
export function withConfig(settings: Settings, config: NianbaoConfig | null): Settings {
  if (!config) return settings;
  const options = checkOptionsWith(config, {
    severity: settings.severity,
    ...(settings.localeChosen ? { locale: settings.locale } : {}),
  });
  return {
    ...settings,
    severity: options.severity ?? settings.severity,
    locale: options.locale ?? settings.locale,
    ...(config.profile ? { profile: config.profile } : {}),
  };
}
