/**
 * `--format github`: one GitHub Actions workflow command per finding (`::error file=…::message`),
 * which the runner turns into an annotation on the file, shown on the pull request's diff.
 */
import type { Severity } from "@nianbao/core";
import type { CheckedFinding, CheckedReport } from "../check/run.js";
// A related place is written `file:line:col`, as the text format writes it.
import { where } from "./text.js";

const COMMANDS: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "notice" };

/** A command's message: the runner reads it up to the end of the line, so line breaks and % are encoded. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value: also `:` and `,`, which end a property. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * Lines and columns 1-based; `endColumn` one past the last character, as in SARIF. Columns are
 * given only for a range on one line: GitHub refuses them on a range over several.
 */
function properties(f: CheckedFinding): string {
  const { start, end } = f.location.range;
  const props: [string, string | number][] = [
    ["file", f.location.file],
    ["line", start.line + 1],
    ...(start.line === end.line
      ? ([
          ["col", start.character + 1],
          ["endColumn", Math.max(end.character, start.character) + 1],
        ] as [string, number][])
      : [["endLine", end.line + 1] as [string, number]]),
    ["title", f.code],
  ];
  return props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
}

export function formatGithub(reports: readonly CheckedReport[]): string {
  const lines: string[] = [];
  for (const report of reports)
    for (const f of report.findings) {
      // Related places (the addends of a wrong total, last year's cell) follow the message, one a line.
      const message = [f.message, ...f.related.map((r) => `${where(r.location)}  ${r.message}`)].join("\n");
      lines.push(`::${COMMANDS[f.severity]} ${properties(f)}::${escapeData(message)}`);
    }
  return lines.length ? lines.join("\n") + "\n" : "";
}
