/**
 * How the modules without `vscode` get their user-visible strings: the extension passes
 * `vscode.l10n.t`, which looks the English source text up in `l10n/bundle.l10n.<locale>.json`.
 */
export type Translate = (message: string, args?: Record<string, string | number>) => string;
