import { escapeHtml, REPORT_CSS } from "@nianbao/core";

export interface ShellResources {
  /** `webview.cspSource`: the only origin the page may load from (the extension's own files). */
  readonly cspSource: string;
  /** A fresh random value per page: the only inline script and style allowed are the ones carrying it. */
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** The page's language tag and the text shown until the first update arrives. */
  readonly lang: string;
  readonly loading: string;
}

/**
 * The webview page: a strict Content-Security-Policy (nothing remote, no inline code without the
 * nonce, no plugins, no frames), core's report stylesheet, the theme overrides and the script. The
 * report itself arrives by message and is patched into #nb-root.
 */
export function previewShell(r: ShellResources): string {
  const csp = [
    "default-src 'none'",
    `style-src ${r.cspSource} 'nonce-${r.nonce}'`,
    `script-src 'nonce-${r.nonce}'`,
    `img-src ${r.cspSource} data:`,
    `font-src ${r.cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="${escapeHtml(r.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${escapeHtml(r.nonce)}">${REPORT_CSS}</style>
<link rel="stylesheet" href="${escapeHtml(r.styleUri)}" nonce="${escapeHtml(r.nonce)}">
</head>
<body>
<main id="nb-root"><p class="nb-loading">${escapeHtml(r.loading)}</p></main>
<script nonce="${escapeHtml(r.nonce)}" src="${escapeHtml(r.scriptUri)}"></script>
</body>
</html>`;
}

/** 32 random characters from a cryptographic source, for the CSP nonce. */
export function makeNonce(
  random: (length: number) => ArrayLike<number> = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(random(32), (b) => alphabet[b % alphabet.length]).join("");
}
