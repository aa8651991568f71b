import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportTemplate, writeReportYaml } from "@nianbao/core";
import { folderWith, nianbao, removeFolder } from "./support/run.js";

const FIRST = "一是加强主动公开，全年发布信息120条。";
const SECOND = "二是加强政策解读，发布解读材料15篇。";
// Enter pressed inside an old-style quoted text: YAML cannot read the two lines.
const broken = writeReportYaml(reportTemplate({ agency: "测试局", year: 2025 })).replace(
  "  主动公开: |\n    \n",
  `  主动公开: "${FIRST}\n  ${SECOND}"\n`,
);

describe("nianbao render of a report with lines YAML cannot read", () => {
  let dir: string;
  beforeAll(() => {
    dir = folderWith({ "b.nianbao.yaml": broken });
  });
  afterAll(() => removeFolder(dir));

  it("shows them marked in HTML and Markdown, says so on stderr, and exits 1", () => {
    const html = nianbao(["render", "b.nianbao.yaml"], dir);
    expect(html.status).toBe(1);
    expect(html.stderr).toContain(
      "nianbao：b.nianbao.yaml 第 6–8 行无法读取（YAML 语法错误），已在生成的文件中原样标出；请改正后重新生成\n",
    );
    expect(html.stdout).toContain('class="nb-unreadable"');
    expect(html.stdout).toContain(SECOND);
    const md = nianbao(["render", "--format", "md", "b.nianbao.yaml"], dir);
    expect(md.status).toBe(1);
    expect(md.stdout).toContain("> **以下内容无法读取，请检查原文（第 6–8 行）：**");
    expect(md.stdout).toContain(SECOND);
    const en = nianbao(["render", "b.nianbao.yaml", "--locale", "en"], dir);
    expect(en.stderr).toContain("b.nianbao.yaml: line 6–8 cannot be read");
  });

  it("writes them into the Word document too", async () => {
    const r = nianbao(["render", "b.nianbao.yaml", "-o", "b.docx"], dir);
    expect(r.status).toBe(1);
    const xml = await (
      await JSZip.loadAsync(readFileSync(join(dir, "b.docx")))
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("以下内容无法读取，请检查原文（第 6–8 行）：");
    expect(xml).toContain(SECOND);
  });
});
