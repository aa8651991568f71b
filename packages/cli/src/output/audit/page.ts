import type { Locale } from "@nianbao/core";
import { escapeHtml } from "@nianbao/core";
import { auditWord } from "../../messages/audit.js";
import type { AuditData } from "./data.js";

/** The page script and stylesheet with their CSP hashes, put in by scripts/bundle.mjs at build time. */
interface AuditAssets {
  readonly script: string;
  readonly css: string;
  readonly scriptHash: string;
  readonly styleHash: string;
}

declare const __NIANBAO_AUDIT_ASSETS__: AuditAssets | undefined;

function assets(): AuditAssets {
  // Only the bundle (bundle/bin.js, what `nianbao` runs) carries the page script: tsc's dist does not.
  if (typeof __NIANBAO_AUDIT_ASSETS__ === "undefined")
    throw new Error("the audit page script is bundled by scripts/bundle.mjs: run the bundled bin");
  return __NIANBAO_AUDIT_ASSETS__;
}

/**
 * JSON inside a script element: `<` is written `\u003c`, so no text of a report can close the
 * element (`</script>`) or open a comment (`<!--`); JSON.parse reads it back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * The audit page: one file, with no request of any kind (the CSP allows nothing but its own
 * stylesheet and script, each by hash), its data embedded once as JSON and drawn by its script.
 */
export function auditPage(data: AuditData, version: string): string {
  const { script, css, scriptHash, styleHash } = assets();
  const locale: Locale = data.locale;
  const word = (id: string, args = {}) => escapeHtml(auditWord(id, args, locale));
  const csp = `default-src 'none'; script-src '${scriptHash}'; style-src '${styleHash}'; base-uri 'none'; form-action 'none'`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="nianbao ${escapeHtml(version)}">`,
    `<title>${word("audit.title")}</title>`,
    `<style>${css}</style>`,
    "</head>",
    "<body>",
    `<header class="au-head"><h1>${word("audit.title")}</h1><p>${word("audit.subtitle", { n: data.reports.length, version })}</p></header>`,
    `<main id="nb-audit"><noscript><p>${word("audit.noscript")}</p></noscript></main>`,
    `<script type="application/json" id="nb-audit-data">${scriptJson(data)}</script>`,
    `<script>${script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
