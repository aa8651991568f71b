// `nianbao check` run as a VS Code task, in a real VS Code: the extension's problem matchers
// ($nianbao, $nianbao-warning, $nianbao-info) put each finding of the text output in the Problems
// view, at its line and column, with its severity. The language server is kept off the workspace's
// files (nianbao.filePatterns matches none of them), so every problem shown comes from the task.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { problemRows, runCommand, until } from "./workbench.mjs";

/**
 * @param o.sources reports with errors, warnings and infos (examples); @param o.node the Node that
 * runs the CLI; @param o.bin the CLI's bundled bin; @param o.locale the language of its output;
 * @param o.expected how many findings the output holds (the Problems view is awaited until it has them).
 */
export function writeWorkspace(ws, { sources, node, bin, locale, expected }) {
  mkdirSync(join(ws, "reports"));
  const reports = sources.map((source) => {
    const report = join(ws, "reports", basename(source));
    copyFileSync(source, report);
    return report;
  });
  mkdirSync(join(ws, ".vscode"));
  const task = {
    label: "nianbao check",
    type: "process",
    command: node,
    args: [bin, "check", ".", "--locale", locale],
    problemMatcher: ["$nianbao", "$nianbao-warning", "$nianbao-info"],
    // The default build task runs without a pick from a list.
    group: { kind: "build", isDefault: true },
  };
  writeFileSync(join(ws, ".vscode", "tasks.json"), JSON.stringify({ version: "2.0.0", tasks: [task] }, null, 2));
  writeFileSync(
    join(ws, ".vscode", "settings.json"),
    JSON.stringify({ "nianbao.filePatterns": ["**/*.not-a-report"], "task.allowAutomaticTasks": "off" }, null, 2),
  );
  return { reports, expected };
}

/**
 * @param {{ page: import("playwright-core").Page, url: string, ws: string, shots: string, log: (s: string) => void }} o
 */
export async function scenario({ page, url, ws, files, shots, log }) {
  await page.goto(`${url}/?folder=${encodeURIComponent(ws)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
  await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "reports" }).waitFor({ timeout: 30_000 });

  log("run the task");
  // The Tasks commands come with the task system, a while after the workbench shows.
  await until(
    "the Tasks commands",
    () =>
      runCommand(page, "Tasks: Run Build Task", "Tasks: Run Build Task").then(
        () => true,
        () => false,
      ),
    120_000,
    1_000,
  );
  await page.locator(".terminal-wrapper").first().waitFor({ timeout: 60_000 });
  await page.screenshot({ path: join(shots, "task-run.png") });
  await runCommand(page, "Problems: Focus on Problems View", "Focus on Problems View");
  await page.locator(".markers-panel .monaco-list-row", { hasText: "T4-ROWSUM" }).first().waitFor({ timeout: 90_000 });
  // VS Code delivers the last markers up to 3 s after the last line it matched (its Delayer in
  // terminalTaskSystem): wait until the rows have not changed for longer than that.
  let rows = [];
  await until(
    "the Problems view to settle",
    async () => {
      const now = await problemRows(page);
      const same = JSON.stringify(now) === JSON.stringify(rows);
      rows = now;
      // A loaded machine may deliver the last markers later than two samples apart: all are awaited.
      return same && now.length >= files.expected;
    },
    90_000,
    4_000,
  ).catch(() => log(`the Problems view holds ${rows.length} of ${files.expected} problems`));
  // What the task printed, for the test to name a line the matchers missed.
  const terminal = await page
    .locator(".terminal-wrapper .xterm-rows")
    .first()
    .innerText()
    .catch(() => "");
  // The file's row shows the count of its problems; the rows are virtualised, so a tall view shows them all.
  await page.screenshot({ path: join(shots, "task-problems.png") });
  return { rows, terminal };
}
