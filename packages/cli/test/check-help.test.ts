/** Every option of `nianbao check` is in its help, in both languages, and in both halves of docs/cli.md. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../src/commands/check.js";
import { cliMessage } from "../src/messages/index.js";

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
