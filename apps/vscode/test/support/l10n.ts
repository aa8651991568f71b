import type { Translate } from "../../src/l10n.js";

/** What `vscode.l10n.t` does without a bundle (VS Code in English): fills `{name}` placeholders. */
export const formatL10n: Translate = (message, args = {}) =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
