import type { Locale, SeveritySetting } from "@nianbao/core";

/** What a user can set, through `workspace/configuration` (section `nianbao`) or `initializationOptions`. */
export interface Settings {
  readonly locale: Locale;
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
  const locale = r.locale === "zh-CN" || r.locale === "en" ? r.locale : localeFrom(editorLocale);
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
    severity,
    // Off unless asked: a label before a one-digit cell takes the double-click that should select it.
    inlayHints: { columnLabels: ih.columnLabels === true, totals: ih.totals !== false },
    filePatterns: patterns.length ? patterns : DEFAULT_FILE_PATTERNS,
    debounceMs: debounce,
  };
}

/** Matches a path against a glob (`**`, `*`, `?`, `{a,b}`); enough for file patterns, no dependency. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = glob.indexOf("}", i);
      if (end < 0) re += "\\{";
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(",")
          .map((s) => s.replace(/[.+^${}()|[\]\\]/g, "\\$&"))
          .join("|")})`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

export function matchesPatterns(relativePath: string, patterns: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, "/");
  return patterns.some((g) => globToRegExp(g).test(p));
}
