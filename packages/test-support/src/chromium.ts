import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** The system Chromium every browser test drives (Debian's package; CI installs it). */
export const CHROMIUM = "/usr/bin/chromium";
export const chromiumAvailable = existsSync(CHROMIUM);

/** Headless, and quiet: no network of its own (updates, sync, QUIC), so a test sees only the page's requests. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}
