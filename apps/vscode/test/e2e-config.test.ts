import { writeReportYaml, reportTemplate } from "@nianbao/core";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types, shared with the command-line runner
import { runE2E } from "../../../e2e/vscode/run.mjs";
// @ts-expect-error idem
import * as configScenario from "../../../e2e/vscode/config-scenario.mjs";
import { e2eTools, runE2ETests } from "./support/e2e.js";

interface Row {
  text: string;
  severity: string;
}
interface Facts {
  applied: Row[];
  broken: Row[];
}

const report = writeReportYaml(reportTemplate({ agency: "测试市测试局", year: 2024 })).replace(
  /(\n +行政复议: +)\[[^\]]*\]/u,
  "$1[1, 0, 0, 0, 5]",
);

describe.runIf(runE2ETests)("nianbao.config.json in a real VS Code (code-server + Chromium)", () => {
  let facts: Facts;

  it("runs the config scenario on the built .vsix", async () => {
    facts = await runE2E({ ...e2eTools(), scenario: configScenario, workspace: { report } });
  }, 600_000);

  it("applies the config's severity to the report", () => {
    const rowsum = facts.applied.filter((r) => r.text.includes("T4-ROWSUM"));
    expect(rowsum).toHaveLength(1);
    expect(rowsum[0]!.severity).toBe("warning");
  });

  it("flags a wrong key with the contributed schema and as CONFIG-INVALID, and sets the config aside", () => {
    const schema = facts.broken.filter((r) => /not allowed/iu.test(r.text));
    expect(schema.map((r) => r.text).join("\n")).toContain("rulez");
    const server = facts.broken.filter((r) => r.text.includes("CONFIG-INVALID"));
    expect(server).toHaveLength(1);
    expect(server[0]!.severity).toBe("error");
    expect(server[0]!.text).toContain("未知的设置「rulez」");
    // Not applied: T4-ROWSUM is an error again.
    expect(facts.broken.filter((r) => r.text.includes("T4-ROWSUM")).map((r) => r.severity)).toEqual(["error"]);
  });
});
