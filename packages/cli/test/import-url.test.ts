/**
 * `nianbao import https://…` and `--urls FILE`, against a local HTTP server (127.0.0.1, a free port)
 * serving the real sources: a page in UTF-8, the same page in GBK declared by `<meta>` or by the
 * header, a PDF and a Word document by their Content-Type or their bytes; then every way a link
 * fails (404, a timeout, too large, a redirect loop, no server, not a report), each a clear error.
 */
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@nianbao/core";
import { decodeFetched } from "../dist/commands/import-url.js";
import { BIN, folderWith, nianbao, removeFolder, type RunResult } from "./support/run.js";
import { compareImport, expectedCells } from "../../../scripts/examples/import-accuracy.mjs";
import { loadTablesJson, SOURCES_DIR } from "../../../scripts/examples/tables-json.mjs";
import { encodeGb18030 } from "@nianbao/test-support/gb18030";

const examples = resolve(import.meta.dirname, "../../../examples");
const dir = folderWith({});
const PAGE = "anon-hangzhou-style-city-2025";
const PDF = "jiangsu-huaian-city-gov-2024";
const DOCX = "jiangsu-huaian-hongzequ-gov-2024";
const page = readFileSync(join(SOURCES_DIR, `${PAGE}.html`), "utf8");
const gbkWithMeta = encodeGb18030(
  page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
);
const gbkBare = encodeGb18030(page.replace('<meta charset="utf-8">', ""));
const big = Buffer.alloc(3 * 1024 * 1024, 0x20);
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let server: Server;
let base = "";
let docx: Buffer;

beforeAll(async () => {
  expect(nianbao(["render", join(examples, `${DOCX}.nianbao.yaml`), "-o", "served.docx"], dir).status).toBe(0);
  docx = readFileSync(join(dir, "served.docx"));
  const routes: Record<string, (res: import("node:http").ServerResponse) => void> = {
    "/reports/page.html": (res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page),
    "/reports/gbk-meta.html": (res) => res.writeHead(200, { "content-type": "text/html" }).end(gbkWithMeta),
    "/reports/gbk-header.htm": (res) => res.writeHead(200, { "content-type": "text/html; charset=GBK" }).end(gbkBare),
    "/files/report.pdf": (res) =>
      res.writeHead(200, { "content-type": "application/pdf" }).end(readFileSync(join(SOURCES_DIR, `${PDF}.pdf`))),
    "/files/download": (res) => res.writeHead(200, { "content-type": "application/octet-stream" }).end(docx),
    "/files/report.docx": (res) => res.writeHead(200, { "content-type": DOCX_TYPE }).end(docx),
    "/files/old": (res) => res.writeHead(200, { "content-type": "application/msword" }).end(Buffer.alloc(512)),
    "/moved": (res) => res.writeHead(301, { location: "/reports/page.html" }).end(),
    "/loop-a": (res) => res.writeHead(302, { location: "/loop-b" }).end(),
    "/loop-b": (res) => res.writeHead(302, { location: "/loop-a" }).end(),
    "/big": (res) => res.writeHead(200, { "content-type": "text/html", "content-length": big.byteLength }).end(big),
    "/big-chunked": (res) => {
      res.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 3; i++) res.write(big.subarray(0, 1024 * 1024));
      res.end();
    },
    // A page that names no agency: its output is named after the link.
    "/art/2025/%E5%B9%B4%E6%8A%A5.html": (res) =>
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page.replaceAll("测试市", "")),
    "/art/%E5bad.html": (res) =>
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page.replaceAll("测试市", "")),
    "/hello": (res) =>
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body><p>hello world</p></body></html>"),
    // Headers are never sent: only the timeout ends the wait.
    "/slow": () => {},
  };
  server = createServer((req, res) => {
    const route = routes[new URL(req.url!, "http://x").pathname];
    if (route) route(res);
    else res.writeHead(404, { "content-type": "text/html" }).end("<h1>404 Not Found</h1>");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  removeFolder(dir);
});

/** The bin, run without blocking this process: the server answering it lives here. */
function run(args: readonly string[], cwd = dir): Promise<RunResult> {
  const env = { ...process.env };
  delete env.LANG;
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}

function cells(yaml: string, name: string) {
  const { report } = parseReport(yaml);
  return compareImport(expectedCells(loadTablesJson(name)), { report, findings: [] });
}

describe("nianbao import <link>", () => {
  it("imports a page, with the link as the source in the YAML header", async () => {
    const url = `${base}/reports/page.html`;
    const r = await run(["import", url]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`# 由 nianbao import 从 ${url}（HTML 网页）导入。`);
    const counts = cells(r.stdout, PAGE);
    console.log(`${PAGE} by link: ${counts.right}/${counts.cells} cells right, ${counts.wrong} wrong`);
    expect(counts.differing).toEqual([]);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe(
      `${url}：表格 200 格，照录 200 格，推断 0 格，未能读取 0 格；错误 0 个，警告 0 个。`,
    );
  });

  it.each(["gbk-meta.html", "gbk-header.htm"])("reads a GBK page whose charset the %s names", async (path) => {
    const r = await run(["import", `${base}/reports/${path}`]);
    expect(r.status).toBe(0);
    expect(parseReport(r.stdout).report.title).toBe("测试市2025年政府信息公开工作年度报告");
    expect(cells(r.stdout, PAGE).differing).toEqual([]);
  });

  it("follows a redirect", async () => {
    const r = await run(["import", `${base}/moved`]);
    expect(r.status).toBe(0);
    expect(cells(r.stdout, PAGE).differing).toEqual([]);
  });

  it("imports a PDF by its Content-Type", async () => {
    const r = await run(["import", `${base}/files/report.pdf`]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("（PDF）导入。");
    const counts = cells(r.stdout, PDF);
    console.log(`${PDF}.pdf by link: ${counts.right}/${counts.cells} cells right, ${counts.wrong} wrong`);
    expect(counts.differing).toEqual([]);
  });

  it.each(["report.docx", "download?id=7"])("imports a Word document served as %s", async (path) => {
    const r = await run(["import", `${base}/files/${path}`]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("（Word 文档）导入。");
    const example = parseReport(readFileSync(join(examples, `${DOCX}.nianbao.yaml`), "utf8")).report;
    expect(parseReport(r.stdout).report.requests).toEqual(example.requests);
  });

  it("writes to -o, and not over an existing file without --force", async () => {
    const url = `${base}/reports/page.html`;
    expect((await run(["import", url, "-o", "linked.nianbao.yaml"])).status).toBe(0);
    expect(readFileSync(join(dir, "linked.nianbao.yaml"), "utf8")).toContain(url);
    const again = await run(["import", url, "-o", "linked.nianbao.yaml"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("linked.nianbao.yaml 已存在，未覆盖；如要覆盖请加 --force");
  });

  it("writes no YAML for a page that is not a report (exit 1)", async () => {
    const r = await run(["import", `${base}/hello`]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${base}/hello 中没有找到报告，未写出 YAML`);
  });
});

describe("a link that fails (exit 2)", () => {
  it.each([
    [["/missing"], (u: string) => `nianbao：${u} 返回 HTTP 404 Not Found，没有得到报告；请在浏览器中核对这个链接`],
    [
      ["/slow", "--timeout", "1"],
      (u: string) => `nianbao：下载 ${u} 超过 1 秒，已停止；网站较慢时可用 --timeout 放宽时限`,
    ],
    [
      ["/big", "--max-size", "1"],
      (u: string) =>
        `nianbao：${u} 有 3.0 MB，超过下载上限 1.0 MB；年度报告通常只有几十到几百 KB，请确认链接，或用 --max-size 放宽上限`,
    ],
    [
      ["/big-chunked", "--max-size", "1"],
      (u: string) =>
        `nianbao：${u} 有 > 1.0 MB，超过下载上限 1.0 MB；年度报告通常只有几十到几百 KB，请确认链接，或用 --max-size 放宽上限`,
    ],
    [["/loop-a"], (u: string) => `nianbao：${u} 的重定向形成循环，没有得到报告；请在浏览器中核对这个链接`],
    [
      ["/files/old"],
      (u: string) =>
        `nianbao：${u} 是 Word 97–2003（.doc）或 WPS（.wps）格式的文件，无法读取；请在 Word 或 WPS 中打开它，选择「另存为」→「Word 文档（*.docx）」，再导入 .docx 文件`,
    ],
  ])("%j", async ([path, ...options], message) => {
    const url = `${base}${path}`;
    const r = await run(["import", url, ...options]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(message(url));
    expect(r.stdout).toBe("");
  });

  it("names a server that cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/report.html`;
    await new Promise((done) => closed.close(done));
    const r = await run(["import", url]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`nianbao：无法连接 ${url}（ECONNREFUSED）；请检查网址和网络`);
  });
});

describe("nianbao import --urls <file>", () => {
  it("imports every link listed (comments and blank lines skipped), counts the failures, names the files after the report", async () => {
    const list = [
      "# 2025 年度报告",
      "",
      `${base}/reports/page.html`,
      `  ${base}/files/report.pdf  `,
      `${base}/missing`,
      `${base}/hello`,
      `${base}/files/download?id=7`,
    ].join("\n");
    writeFileSync(join(dir, "links.txt"), list);
    const r = await run(["import", "--urls", "links.txt", "-o", "from-links"]);
    expect(r.status).toBe(2);
    expect(readdirSync(join(dir, "from-links")).sort()).toEqual(
      ["淮安市人民政府-2024.nianbao.yaml", "淮安市洪泽区人民政府-2024.nianbao.yaml", "测试市-2025.nianbao.yaml"].sort(),
    );
    expect(r.stderr).toContain(`nianbao：${base}/missing 返回 HTTP 404 Not Found`);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^文件\s+类型\s+机关\s+年度\s+照录\/格数\s+推断\s+未能读取\s+发现$/u);
    expect(lines.slice(1, 5).map((l) => l.split(/\s{2,}/u).slice(0, 2))).toEqual([
      [`${base}/reports/page.html`, "html"],
      [`${base}/files/report.pdf`, "pdf"],
      [`${base}/hello`, "html"],
      [`${base}/files/download?id=7`, "docx"],
    ]);
    expect(r.stdout).toContain("共导入 3 份：");
    expect(r.stdout).toContain("  其中 html：1 份，表格 200 格，照录 200 格");
    expect(r.stdout).toContain("  其中 pdf：1 份，表格 200 格，照录 200 格");
    expect(r.stdout).toContain("未找到报告而未导入 1 份。");
    expect(r.stdout).toContain("无法读取而未导入 1 份（原因见标准错误输出）。");
    const yaml = readFileSync(join(dir, "from-links", "测试市-2025.nianbao.yaml"), "utf8");
    expect(yaml).toContain(`${base}/reports/page.html`);

    // Run again: what is there (perhaps edited since) is kept.
    writeFileSync(join(dir, "from-links", "测试市-2025.nianbao.yaml"), "# edited\n");
    const again = await run(["import", "--urls", "links.txt", "-o", "from-links"]);
    expect(again.stdout).toContain("已存在而跳过 3 份");
    expect(readFileSync(join(dir, "from-links", "测试市-2025.nianbao.yaml"), "utf8")).toBe("# edited\n");
  });

  it("names a report without an agency after the last segment of its link, decoded when it can be", async () => {
    writeFileSync(join(dir, "one-link.txt"), `${base}/art/2025/%E5%B9%B4%E6%8A%A5.html\n${base}/art/%E5bad.html\n`);
    const r = await run(["import", "--urls", "one-link.txt", "-o", "by-segment"]);
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, "by-segment")).sort()).toEqual(["%E5bad.nianbao.yaml", "年报.nianbao.yaml"]);
  });

  it.each([
    [
      ["--urls", "list.txt", "a.html"],
      "nianbao：--urls 不能与文件、文件夹或链接同时指定；请把所有链接写在 --urls 的文件中（运行 nianbao import --help 查看用法）",
    ],
    [
      ["--urls", "bad.txt"],
      "nianbao：bad.txt 第 2 行“www.example.gov.cn/a.html”不是 http:// 或 https:// 链接（# 开头的行是注释）",
    ],
    [["--urls", "empty.txt"], "nianbao：empty.txt 中没有链接（每行一个 http:// 或 https:// 链接，# 开头的行是注释）"],
    [["--urls", "nowhere.txt"], "nianbao：找不到文件或文件夹：nowhere.txt"],
    [
      ["https://127.0.0.1:1/", "--timeout", "0"],
      "nianbao：选项 --timeout 的值“0”无效，应为正数（运行 nianbao import --help 查看用法）",
    ],
  ])("%j", (args, message) => {
    const cwd = folderWith({
      "list.txt": "https://a.gov.cn/1.html\n",
      "bad.txt": "# list\nwww.example.gov.cn/a.html\n",
      "empty.txt": "# nothing yet\n\n",
    });
    const r = nianbao(["import", ...args], cwd);
    removeFolder(cwd);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(message);
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });
});

describe("decodeFetched", () => {
  const utf8 = new TextEncoder().encode("<p>政府信息公开</p>");
  it("takes the header's charset over the bytes and the page's <meta>", () => {
    const declared = new TextEncoder().encode('<meta charset="utf-8"><p>政府</p>');
    expect(decodeFetched(declared, "text/html; charset=gbk", "x")).toBe(new TextDecoder("gbk").decode(declared));
  });
  it("takes the <meta> when the header names none, and the bytes when neither does or the name is unknown", () => {
    const meta = new TextEncoder().encode(
      '<meta content="text/html; charset=GB2312" http-equiv="Content-Type"><p>政府</p>',
    );
    expect(decodeFetched(meta, "text/html", "x")).toBe(new TextDecoder("gb18030").decode(meta));
    expect(decodeFetched(utf8, "text/html", "x")).toBe("<p>政府信息公开</p>");
    expect(decodeFetched(utf8, "text/html; charset=x-no-such-charset", "x")).toBe("<p>政府信息公开</p>");
  });
});
