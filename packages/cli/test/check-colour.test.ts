/** Colours in the text output: on a terminal, never in a pipe or a file; NO_COLOR wins over FORCE_COLOR. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { colourWanted } from "../src/output/colour.js";
import { BIN, buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) removeFolder(dir);
});

/** A report with an error, a warning and related places, so every coloured part appears. */
function folder(): string {
  const dir = folderWith({
    "a.nianbao.yaml": buildYaml({ t4: { 行政复议: [2, 0, 0, 0, 0], 复议后起诉: ['"-"', 0, 0, 0, 0] } }),
  });
  folders.push(dir);
  return dir;
}

const ESC = "\u001b[";
const hasScript = spawnSync("script", ["--version"]).status === 0;

/**
 * The bin on a pseudo-terminal (util-linux `script`), as someone at a terminal runs it. Node's
 * colour detection also reads CI (a terminal under an unnamed CI shows two colours) and
 * NODE_DISABLE_COLORS, so neither may leak in from the machine running the tests.
 */
function onTerminal(dir: string, env: Record<string, string> = {}): string {
  const base = { ...process.env };
  for (const name of ["FORCE_COLOR", "NO_COLOR", "NODE_DISABLE_COLORS", "CI"]) delete base[name];
  const r = spawnSync("script", ["-qec", `"${process.execPath}" "${BIN}" check .`, "/dev/null"], {
    cwd: dir,
    env: { ...base, TERM: "xterm-256color", ...env },
    encoding: "utf8",
  });
  return r.stdout.replace(/\r\n/g, "\n");
}

describe("colourWanted", () => {
  const tty = { isTTY: true, hasColors: () => true };
  const pipe = { isTTY: false };
  it("follows the terminal, then FORCE_COLOR, with NO_COLOR over both", () => {
    expect(colourWanted({}, tty)).toBe(true);
    expect(colourWanted({}, pipe)).toBe(false);
    expect(colourWanted({}, { isTTY: true, hasColors: () => false })).toBe(false);
    expect(colourWanted({ FORCE_COLOR: "1" }, pipe)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: "" }, pipe)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: "0" }, tty)).toBe(false);
    expect(colourWanted({ FORCE_COLOR: "false" }, tty)).toBe(false);
    expect(colourWanted({ NO_COLOR: "1" }, tty)).toBe(false);
    expect(colourWanted({ NO_COLOR: "1", FORCE_COLOR: "1" }, pipe)).toBe(false);
    // no-color.org: an empty NO_COLOR does not count.
    expect(colourWanted({ NO_COLOR: "" }, tty)).toBe(true);
  });
});

describe("nianbao check colours", () => {
  it("writes no escape code into a pipe", () => {
    const r = nianbao(["check", "."], folder());
    expect(r.stdout).toContain("T4-ROWSUM");
    expect(r.stdout).not.toContain(ESC);
  });

  it("colours with FORCE_COLOR=1, the text itself unchanged", () => {
    const dir = folder();
    const plain = nianbao(["check", "."], dir).stdout;
    const forced = nianbao(["check", "."], dir, { FORCE_COLOR: "1" }).stdout;
    expect(forced).toContain(`${ESC}31m错误`);
    expect(forced).toContain(`${ESC}33m警告`);
    expect(stripVTControlCharacters(forced)).toBe(plain);
    expect(nianbao(["check", "."], dir, { FORCE_COLOR: "0" }).stdout).toBe(plain);
  });

  it("lets NO_COLOR win over FORCE_COLOR", () => {
    const dir = folder();
    const r = nianbao(["check", "."], dir, { NO_COLOR: "1", FORCE_COLOR: "1" });
    expect(r.stdout).toBe(nianbao(["check", "."], dir).stdout);
    expect(r.stderr).toBe("");
  });

  it("keeps a file written with -o plain", () => {
    const dir = folder();
    nianbao(["check", ".", "-o", "out.txt"], dir, { FORCE_COLOR: "1" });
    expect(readFileSync(join(dir, "out.txt"), "utf8")).not.toContain(ESC);
  });

  it.skipIf(!hasScript)("colours on a terminal, unless NO_COLOR or TERM=dumb", () => {
    const dir = folder();
    const plain = nianbao(["check", "."], dir).stdout;
    const shown = onTerminal(dir);
    expect(shown).toContain(`${ESC}1m${ESC}31m错误`);
    expect(stripVTControlCharacters(shown)).toBe(plain);
    expect(onTerminal(dir, { NO_COLOR: "1" })).toBe(plain);
    expect(onTerminal(dir, { TERM: "dumb" })).toBe(plain);
  });
});
