/**
 * Every option of `nianbao check` is in its help, in both languages, and in both halves of
 * docs/cli.md; the user guide's sample of the text output is what the command prints.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../src/commands/check.js";
import { cliMessage } from "../src/messages/index.js";
import { nianbao } from "./support/run.js";

const doc = readFileSync(join(import.meta.dirname, "../../../docs/cli.md"), "utf8");
const [zhDoc, enDoc] = doc.split("\n## English\n");
/** The check command's part of a half of the document. */
const checkPart = (half: string) => half.slice(half.indexOf("### `nianbao check"), half.indexOf("### `nianbao import"));

describe("check's options are documented", () => {
  for (const option of checkCommand.options)
    it(`--${option.name}`, () => {
      for (const locale of ["zh-CN", "en"] as const)
        expect(cliMessage("help.check", {}, locale), locale).toContain(`--${option.name}`);
      for (const half of [zhDoc!, enDoc!]) expect(checkPart(half)).toMatch(new RegExp(`\`--${option.name}\\b`));
    });
});

describe("the user guide", () => {
  it("quotes a line of the text output as nianbao check prints it", () => {
    const repo = join(import.meta.dirname, "../../..");
    const guide = readFileSync(join(repo, "docs/guide.md"), "utf8");
    const quoted = /```text\n(examples\/[^\s:]+):\d+:\d+ {2}[^\n]+\n/.exec(guide);
    expect(quoted).not.toBeNull();
    const r = nianbao(["check", quoted![1]!], repo);
    expect(r.stdout.split("\n")).toContain(quoted![0].slice("```text\n".length, -1));
  });
});
