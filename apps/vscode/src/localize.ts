import * as vscode from "vscode";
import type { Locale } from "@nianbao/core";
import { localeFrom } from "@nianbao/language-server";
import zh from "../l10n/bundle.l10n.zh-cn.json";
import { translator, type Translate } from "./l10n.js";

/** The locale the author chose (`nianbao.locale`), `auto` following VS Code's display language, as the language server decides it. */
export function currentLocale(): Locale {
  const setting = vscode.workspace.getConfiguration("nianbao").get<string>("locale", "auto");
  return setting === "zh-CN" || setting === "en" ? setting : localeFrom(vscode.env.language);
}

/** Every user-visible string of the extension goes through here; the setting is read on each call, so a change applies at once. */
export const t: Translate = (message, args) => translator(currentLocale(), zh)(message, args);
