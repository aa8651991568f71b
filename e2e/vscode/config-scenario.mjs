// nianbao.config.json in a real VS Code (issue 13): the config applies to the reports in the editor
// as in `nianbao check`; a wrong key is flagged by VS Code's JSON support with the schema the
// extension contributes, and by the server as CONFIG-INVALID, which sets the config aside.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { openFile, problemRows, runCommand, until } from "./workbench.mjs";

export const GOOD_CONFIG = '{\n  "rules": { "T4-ROWSUM": "warning" }\n}\n';
export const BAD_CONFIG = '{\n  "rules": { "T4-ROWSUM": "warning" },\n  "rulez": {}\n}\n';

/** @param o.report a report whose 行政复议 total is wrong (one T4-ROWSUM error by default) */
export function writeWorkspace(ws, { report }) {
  const files = { config: join(ws, "nianbao.config.json"), report: join(ws, "a-2024.nianbao.yaml") };
  writeFileSync(files.config, GOOD_CONFIG);
  writeFileSync(files.report, report);
  return files;
}

/** Polls the Problems view until `accept` holds for its rows, and returns them. */
async function rowsWhen(page, what, accept) {
  return until(
    what,
    async () => {
      const rows = await problemRows(page);
      return accept(rows) ? rows : null;
    },
    90_000,
    500,
  );
}

/**
 * @param {{ page: import("playwright-core").Page, url: string, ws: string, files: Record<string, string>, shots: string, log: (s: string) => void }} o
 */
export async function scenario({ page, url, ws, files, shots, log }) {
  const facts = {};
  await page.goto(`${url}/?folder=${encodeURIComponent(ws)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
  await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "a-2024" }).waitFor({ timeout: 30_000 });

  log("the config applies to the report");
  await openFile(page, "a-2024.nianbao.yaml");
  await runCommand(page, "Problems: Focus on Problems View", "Focus on Problems View");
  facts.applied = await rowsWhen(page, "T4-ROWSUM in Problems", (rows) =>
    rows.some((r) => r.text.includes("T4-ROWSUM")),
  );
  await page.screenshot({ path: join(shots, "config-applied.png") });

  log("a wrong key in the config");
  writeFileSync(files.config, BAD_CONFIG);
  await openFile(page, "nianbao.config.json");
  await runCommand(page, "Problems: Focus on Problems View", "Focus on Problems View");
  // The list draws only the rows in view: the whole panel holds both files' problems.
  await runCommand(page, "View: Toggle Maximized Panel", "Toggle Maximized Panel");
  facts.broken = await rowsWhen(
    page,
    "the schema's and the server's problems on nianbao.config.json",
    (rows) =>
      rows.some((r) => r.text.includes("CONFIG-INVALID")) &&
      rows.some((r) => /rulez.*not allowed|not allowed.*rulez/iu.test(r.text)) &&
      rows.some((r) => r.text.includes("T4-ROWSUM") && r.severity === "error"),
  );
  await page.screenshot({ path: join(shots, "config-broken.png") });
  return facts;
}
