/**
 * The cuts an import lists for a glued row it could not read, offered as quick fixes on that row:
 * one per cut, best first, none preferred (an editor's "fix all" must not pick one), each writing
 * the row and keeping the comment. Run on the YAML that `nianbao import` writes for real pages.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReport } from "@nianbao/core";
import { codeActions } from "../src/service/code-actions.js";
import { createCache } from "../src/service/cache.js";
import { findingsFor } from "../src/service/diagnostics.js";
import { applyEdits, doc, settings } from "./support/markers.js";

const field = (name: string) =>
  readFileSync(new URL(`../../../examples/field/fujian-pingtan-${name}.txt`, import.meta.url), "utf8");

/** The actions offered with the cursor at the start of the line that writes `key`. */
function actionsAt(yaml: string, key: string, locale: "zh-CN" | "en" = "zh-CN") {
  const s = settings({ locale });
  const d = doc(yaml, s);
  const line = yaml.split("\n").findIndex((l) => l.trimStart().startsWith(`${key}:`));
  const at = { line, character: yaml.split("\n")[line]!.indexOf(key) };
  return codeActions(d, { start: at, end: at }, findingsFor(d, s, null), s, createCache());
}

const rowLine = (yaml: string, key: string) => yaml.split("\n").find((l) => l.trimStart().startsWith(`${key}:`))!;

describe("quick fixes from an import's ranked cuts", () => {
  // 管委会办公室 2022: 行政规范性文件 「34089」; the prose (制发 34 件) puts the published 34 0 89 first.
  const yaml = importReport(field("guanweihui-bangongshi-2022")).yaml;

  it("offers one action per listed cut, in the order listed, none preferred", () => {
    const cuts = actionsAt(yaml, "行政规范性文件").filter((a) => a.title.startsWith("采用拆分"));
    expect(cuts.map((a) => a.title)).toEqual(["采用拆分 [34, 0, 89]", "采用拆分 [3, 40, 89]", "采用拆分 [3, 408, 9]"]);
    expect(cuts.every((a) => !a.isPreferred)).toBe(true);
    // On the row's own findings: its cells are empty (VAL-REQUIRED).
    expect(cuts[0]!.diagnostics?.map((d) => d.code)).toContain("VAL-REQUIRED");
    expect(
      actionsAt(yaml, "行政规范性文件", "en")
        .filter((a) => a.title.startsWith("Take the cut"))
        .map((a) => a.title)[0],
    ).toBe("Take the cut [34, 0, 89]");
  });

  it("writes the cut into the row and keeps the import's comment", () => {
    const first = actionsAt(yaml, "行政规范性文件").find((a) => a.title === "采用拆分 [34, 0, 89]")!;
    const out = applyEdits(yaml, Object.values(first.edit!.changes!)[0]!);
    const before = rowLine(yaml, "行政规范性文件");
    expect(rowLine(out, "行政规范性文件")).toBe(
      before.replace('{ 本年制发: "", 本年废止: "", 现行有效: "" }', "{ 本年制发: 34, 本年废止: 0, 现行有效: 89 }"),
    );
    expect(out.split("\n").length).toBe(yaml.split("\n").length);
  });

  it("offers nothing on rows without listed cuts", () => {
    expect(actionsAt(yaml, "本年新收").filter((a) => a.title.startsWith("采用拆分"))).toEqual([]);
  });

  it("writes a table 三 row that is wrong in every reading as the author chooses", () => {
    // The issue's （七）总计 「191000019」 in a real page of the same CMS.
    const text = field("guanweihui-bangongshi-2024").replace("（七）总计190000019", "（七）总计191000019");
    const y = importReport(text).yaml;
    const first = actionsAt(y, "总计").find((a) => a.title.startsWith("采用拆分"))!;
    expect(first.title).toBe("采用拆分 [19, 1, 0, 0, 0, 0, 19]");
    const out = applyEdits(y, Object.values(first.edit!.changes!)[0]!);
    expect(rowLine(out, "总计")).toMatch(/^\s+总计: +\[19, 1, 0, 0, 0, 0, 19\] {2}# 导入：/u);
    // The published table's error is now in the file, where the check reports it.
    const s = settings();
    const findings = findingsFor(doc(out, s), s, null);
    expect(findings.some((f) => f.severity === "error" && f.code.startsWith("T3"))).toBe(true);
  });
});
