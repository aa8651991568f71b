/**
 * Issue 10, point 4: `render` of a file that is not a report (binary, empty, over the reading
 * limit, not YAML) wrote a blank report page with exit 0; it is an input error, nothing written.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "@nianbao/core";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

let dir = "";
beforeAll(() => {
  dir = folderWith({
    "hello.nianbao.yaml": "hello world\n",
    "empty.nianbao.yaml": "",
    "other.nianbao.yaml": "name: my-app\nversion: 1.0.0\n",
  });
  writeFileSync(
    join(dir, "binary.nianbao.yaml"),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  );
  // Past core's reading limit, with a report at its start.
  writeFileSync(
    join(dir, "huge.nianbao.yaml"),
    buildYaml({}) + `其他事项: "${"很".repeat(DEFAULT_LIMITS.maxLength)}"\n`,
  );
});
afterAll(() => removeFolder(dir));

describe("render of a file that is not a report", () => {
  it.each([
    ["hello.nianbao.yaml", "内容不是「键: 值」形式的年报"],
    ["empty.nianbao.yaml", "文件为空"],
    ["other.nianbao.yaml", "没有任何年报的部分或表格"],
    ["huge.nianbao.yaml", "超过读取上限"],
  ])("%s: exit 2, one line, nothing written", (file, reason) => {
    const page = nianbao(["render", file], dir);
    expect(page.status).toBe(2);
    expect(page.stdout).toBe("");
    expect(page.stderr).toBe(
      `nianbao：${file} 不是年度报告（${reason}），未生成；请确认选对了文件，已发布的网页或文字请先用 nianbao import 导入\n`,
    );
    const docx = nianbao(["render", file, "--format", "docx"], dir);
    expect(docx.status).toBe(2);
    expect(existsSync(join(dir, file.replace(".nianbao.yaml", ".docx")))).toBe(false);
  });

  // Binary bytes are refused while the file is decoded, before any reading as YAML.
  it("binary.nianbao.yaml: exit 2, the encoding cannot be decided, nothing written", () => {
    const file = "binary.nianbao.yaml";
    const page = nianbao(["render", file], dir);
    expect(page.status).toBe(2);
    expect(page.stdout).toBe("");
    expect(page.stderr).toMatch(/^nianbao：无法判断 binary\.nianbao\.yaml 的编码：[^\n]*\n$/u);
    const docx = nianbao(["render", file, "--format", "docx"], dir);
    expect(docx.status).toBe(2);
    expect(existsSync(join(dir, file.replace(".nianbao.yaml", ".docx")))).toBe(false);
  });
});
