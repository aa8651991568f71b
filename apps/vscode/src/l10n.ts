/**
 * How the pure modules get their user-visible strings: the extension passes `vscode.l10n.t`, which
 * looks the English source text up in `l10n/bundle.l10n.<locale>.json`; tests pass `formatL10n`.
 */
export type Translate = (message: string, args?: Record<string, string | number>) => string;

/** `vscode.l10n.t`'s own placeholder filling (`{name}`), for tests and for callers without VS Code. */
export const formatL10n: Translate = (message, args = {}) => message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
