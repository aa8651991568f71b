import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translator } from "../src/l10n.js";

const root = new URL("../", import.meta.url).pathname;
const json = (file: string) => JSON.parse(readFileSync(join(root, file), "utf8")) as Record<string, string>;
const bundle = json("l10n/bundle.l10n.zh-cn.json");
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );

describe("one language: nianbao.locale decides, not VS Code's display language", () => {
  it("translates through the bundle for zh-CN and keeps the English for en, filling placeholders", () => {
    const zh = translator("zh-CN", bundle);
    expect(zh("Save the new report")).toBe("保存新年报");
    expect(zh("Preview {file}", { file: "a.nianbao.yaml" })).toBe("预览 a.nianbao.yaml");
    expect(
      zh("Nianbao: {errors} errors, {warnings} warnings in this report. Click to open the Problems view.", {
        errors: 4,
        warnings: 2,
      }),
    ).toBe("年报：本报告有 4 个错误、2 个警告。单击打开“问题”视图。");
    expect(translator("en", bundle)("Preview {file}", { file: "a" })).toBe("Preview a");
  });

  it("sends every runtime string through the helper that reads nianbao.locale", () => {
    for (const f of sources("src")) {
      const code = readFileSync(join(root, f), "utf8");
      // vscode.l10n.t follows the display language only; env.language is read in one place, as the `auto` fallback.
      expect(code, f).not.toMatch(/\bl10n\.t\(/);
      if (!f.endsWith("localize.ts")) expect(code, f).not.toMatch(/env\.language/);
    }
  });
});

describe("the command palette finds the commands in either language", () => {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const en = json("package.nls.json");
  const zhNls = json("package.nls.zh-cn.json");
  const title = (nls: Record<string, string>, c: { title: string; category: string }) =>
    `${nls[c.category.slice(1, -1)]}: ${nls[c.title.slice(1, -1)]}`;
  const commands = manifest.contributes.commands as { command: string; title: string; category: string }[];

  it("puts each command's Chinese name into its English title", () => {
    for (const c of commands) expect(title(en, c), c.command).toContain(zhNls[c.title.slice(1, -1)]);
    expect(en.category).toContain(zhNls.category);
  });

  it("finds 年报, 预览, 导出 and 新建 in an English VS Code", () => {
    const found = (q: string) => commands.filter((c) => title(en, c).includes(q)).map((c) => c.command);
    expect(found("年报")).toHaveLength(commands.length);
    expect(found("预览")).toEqual(["nianbao.openPreview", "nianbao.openPreviewToSide"]);
    expect(found("导出").sort()).toEqual(["nianbao.exportDocx", "nianbao.exportHtml"]);
    expect(found("新建")).toEqual(["nianbao.newReport"]);
  });
});
