import type { Report } from "../model/index.js";
import { formFor } from "../form/index.js";

/**
 * Next year's YAML with last year's 存在问题及改进 quoted as comments under the empty section, after
 * a heading line the caller words in its own catalogue: the author answers it in this year's text,
 * and nothing of it is copied into the report. Shared by `nianbao new --from` and the web page.
 */
export function quotePreviousProblems(text: string, report: Report, previous: Report, heading: string): string {
  const problems = previous.problems?.trim();
  if (!problems) return text;
  const key = formFor(report.format).sections.find((s) => s.id === "problems")!.key;
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (at < 0) return text;
  const quoted = [heading, ...problems.split("\n").map((l) => (l.trim() ? `> ${l.trim()}` : ">"))];
  // Inside the section's block (`key: |`) an indented '#' line would be text of the report, so the
  // comments go below the block, at the key's own indentation.
  let end = at + 1;
  while (end < lines.length && lines[end]!.startsWith(" ")) end++;
  lines.splice(end, 0, ...quoted.map((l) => `# ${l}`));
  return lines.join("\n");
}
