import type { Locale } from "@nianbao/core";

/**
 * How the modules without `vscode` get their user-visible strings: English source text in, the
 * text of the author's language out, `{name}` placeholders filled from `args`.
 */
export type Translate = (message: string, args?: Record<string, string | number>) => string;

/** An l10n bundle: English source text → translation (`l10n/bundle.l10n.<locale>.json`). */
export type Bundle = Readonly<Record<string, string>>;

/**
 * The translator of a locale. VS Code's own `vscode.l10n.t` follows only the display language; the
 * author's `nianbao.locale` must win over it, so that with an English VS Code and `zh-CN` every
 * notification, dialog and title is Chinese, as the diagnostics are.
 */
export function translator(locale: Locale, zh: Bundle): Translate {
  return (message, args = {}) => {
    const text = locale === "zh-CN" ? (zh[message] ?? message) : message;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
  };
}
