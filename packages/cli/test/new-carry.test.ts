/**
 * Issue 10, point 4: `new --from` carries last year's blank and '/' cells of 结转下年度 as written
 * (they became 0), refuses a row it cannot read (it became seven zeros), and refuses a file that
 * is not a report.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

const last = buildYaml({ agency: "测试市测试局", year: 2023, t3: { 结转下年度: [69, '"/"', 0, 0, '""', 0, 103] } });
const tabbed = buildYaml({ agency: "测试市测试局", year: 2023, t3: { 结转下年度: [1, 0, 0, 0, 0, 0, 1] } }).replace(
  /^ {2}结转下年度:/m,
  "\t结转下年度:",
);

let dir = "";
beforeAll(() => {
  dir = folderWith({
    "2023.nianbao.yaml": last,
    "tab.nianbao.yaml": tabbed,
    "hello.nianbao.yaml": "hello world\n",
    "empty.nianbao.yaml": "",
  });
  writeFileSync(join(dir, "binary.nianbao.yaml"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe, 0x10, 0x00]));
});
afterAll(() => removeFolder(dir));

describe("nianbao new --from", () => {
  it("carries blanks as blanks and '/' as written, and says so", () => {
    const r = nianbao(["new", "--from", "2023.nianbao.yaml", "-o", "2024.nianbao.yaml"], dir);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "2024.nianbao.yaml"), "utf8")).toMatch(
      /^ {2}上年结转: +\[ *69, *"\/", *0, *0, *"", *0, *103\]$/m,
    );
    const line = last.split("\n").findIndex((l) => l.startsWith("  结转下年度:")) + 1;
    expect(r.stderr).toBe(
      `2023.nianbao.yaml:${line}:15  警告  XY-CARRY  上年报告「四、结转下年度继续办理」的「商业企业」、「法律服务机构」没有数字（写作 "/", ""），已照原样结转到本年「二、上年结转政府信息公开申请数量」，没有改为 0；请核实后填写数字。\n已写入 2024.nianbao.yaml\n`,
    );
  });

  it("refuses a row it cannot read: exit 1, the error at the tab, nothing written", () => {
    const r = nianbao(["new", "--from", "tab.nianbao.yaml", "-o", "from-tab.nianbao.yaml"], dir);
    expect(r.status).toBe(1);
    const line = tabbed.split("\n").findIndex((l) => l.startsWith("\t结转下年度:")) + 1;
    expect(r.stderr).toMatch(
      new RegExp(`^tab\\.nianbao\\.yaml:${line}:1  错误  XY-CARRY  无法读取上年报告的「四、结转下年度继续办理」`),
    );
    expect(existsSync(join(dir, "from-tab.nianbao.yaml"))).toBe(false);
    expect(nianbao(["new", "--from", "tab.nianbao.yaml"], dir).stdout).toBe("");
  });

  it.each([["hello.nianbao.yaml"], ["empty.nianbao.yaml"]])(
    "refuses %s, which is not a report: exit 2, one line",
    (file) => {
      const r = nianbao(["new", "--from", file], dir);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        new RegExp(
          `^nianbao：--from 指定的 ${file.replace(".", "\\.")} 不是年度报告（[^）]+），无法结转；请指定上年度的 \\*\\.nianbao\\.yaml\\n$`,
        ),
      );
    },
  );

  // Binary bytes are refused while the file is decoded, before it is read as a report.
  it("refuses binary.nianbao.yaml, whose encoding cannot be decided: exit 2, one line", () => {
    const r = nianbao(["new", "--from", "binary.nianbao.yaml"], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^nianbao：无法判断 binary\.nianbao\.yaml 的编码：[^\n]*\n$/u);
  });
});
