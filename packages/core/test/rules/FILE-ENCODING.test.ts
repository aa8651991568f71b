import { describe, expect, it } from "vitest";
import { checkRead, decodeBytes, readReport, type CheckOptions } from "../../src/index.js";
import { buildYaml, textAt } from "@nianbao/test-support/build";
import { encodeGb18030 } from "@nianbao/test-support/gb18030";

/** The findings of FILE-ENCODING on a report decoded from its bytes, as the CLI reads a file. */
function fromBytes(bytes: Uint8Array, options: CheckOptions = {}) {
  const decoded = decodeBytes(bytes)!;
  const read = readReport(decoded.text, { encoding: decoded.encoding });
  return {
    read,
    all: checkRead(read, options),
    findings: checkRead(read, options).filter((f) => f.code === "FILE-ENCODING"),
  };
}

describe("FILE-ENCODING", () => {
  it("is silent on a report saved as UTF-8, with or without a BOM", () => {
    expect(fromBytes(Buffer.from(buildYaml(), "utf8")).findings).toEqual([]);
    expect(fromBytes(Buffer.from(`\uFEFF${buildYaml()}`, "utf8")).findings).toEqual([]);
  });

  it("checks a GB18030 report as written, and warns once that it is not UTF-8, on the first line", () => {
    const text = buildYaml();
    const { read, all, findings } = fromBytes(encodeGb18030(text));
    const utf8 = checkRead(readReport(text));
    // Everything else is what the same report saved as UTF-8 gives.
    expect(all.filter((f) => f.code !== "FILE-ENCODING")).toEqual(utf8);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f!.severity).toBe("warning");
    expect(textAt(read.text, f!.range)).toBe("格式: 2021");
    expect(f!.message).toBe(
      "文件的编码是 GB18030 (GBK)，不是 UTF-8。已按 GB18030 (GBK) 读取并检查，但编辑器、Git 和其他工具默认按 UTF-8 读取 *.nianbao.yaml，会显示乱码。请另存为 UTF-8：VS Code 中点击右下角的编码，选「通过编码保存」→「UTF-8」；记事本中「另存为」，编码选「UTF-8」；WPS 中「另存为」纯文本，编码选「UTF-8」。",
    );
    const [en] = fromBytes(encodeGb18030(text), { locale: "en" }).findings;
    expect(en!.message).toMatch(
      /^The file is encoded as GB18030 \(GBK\), not UTF-8\. .*"Save with Encoding" → "UTF-8"/,
    );
  });

  it("names UTF-16 LE and BE", () => {
    const le = Buffer.from(`\uFEFF${buildYaml()}`, "utf16le");
    expect(fromBytes(le).findings.map((f) => f.message.split("。")[0])).toEqual(["文件的编码是 UTF-16 LE，不是 UTF-8"]);
    expect(fromBytes(Buffer.from(le).swap16()).findings.map((f) => f.message.split("。")[0])).toEqual([
      "文件的编码是 UTF-16 BE，不是 UTF-8",
    ]);
  });

  it("can be turned off like any rule", () => {
    expect(fromBytes(encodeGb18030(buildYaml()), { severity: { "FILE-ENCODING": "off" } }).findings).toEqual([]);
  });
});
