import type { Locale } from "@nianbao/core";

export const LOCALE_CHOICES: readonly Locale[] = ["zh-CN", "en"];

/** The locale from the environment: English when LANG asks for it, else the reference 中文. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  return (env.LANG ?? "").toLowerCase().startsWith("en") ? "en" : "zh-CN";
}

/**
 * The `--locale` value as written anywhere in argv, found before the full parse so that even an
 * error in the other arguments is worded in the requested language. Invalid values are left to the
 * parser to report.
 */
export function localeFromArgv(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    const value = a === "--locale" ? argv[i + 1] : a.startsWith("--locale=") ? a.slice("--locale=".length) : undefined;
    if (value !== undefined) return LOCALE_CHOICES.find((l) => l === value);
  }
  return undefined;
}
