/**
 * Every fix a rule offers is declared in the registry as "auto" (applied by `nianbao check --fix`)
 * or "suggestion" (offered in the editor only), and the finding carries that declaration.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CATALOGUES,
  checkAgainstPreviousYear,
  checkRead,
  readReport,
  RULES,
  type FindingDraft,
  type Rule,
} from "../src/index.js";

const repo = resolve(import.meta.dirname, "../../..");
const RULES_DIR = resolve(import.meta.dirname, "../src/rules");
const OPTIONS = { today: "2026-06-30" } as const;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** The rules, each wrapped to record the fix message ids it emits. */
function spying(emitted: Map<string, Set<string>>): Rule[] {
  const record = (rule: Rule, d: FindingDraft) => {
    if (!d.fix) return;
    if (!emitted.has(rule.code)) emitted.set(rule.code, new Set());
    emitted.get(rule.code)!.add(d.fix.messageId);
  };
  return RULES.map((rule): Rule => {
    if (rule.kind === "import") return rule;
    // The context is one shared object; a copy with emit wrapped keeps its other members.
    const wrap = <C extends { emit(d: FindingDraft): void }>(ctx: C): C => ({
      ...ctx,
      emit: (d: FindingDraft) => {
        record(rule, d);
        ctx.emit(d);
      },
    });
    if (rule.kind === "document") return { ...rule, check: (ctx) => rule.check(wrap(ctx)) };
    if (rule.kind === "cross-year") return { ...rule, check: (ctx) => rule.check(wrap(ctx)) };
    return { ...rule, check: (ctx) => rule.check(wrap(ctx)) };
  });
}

const examples = readdirSync(join(repo, "examples"))
  .filter((f) => f.endsWith(".nianbao.yaml"))
  .map((f) => readFileSync(join(repo, "examples", f), "utf8"));

describe("fix applicability", () => {
  it("every fix written in a rule is declared by a rule, and every declaration names a catalogue title", () => {
    const written = new Set<string>();
    for (const file of sources(RULES_DIR))
      for (const m of readFileSync(file, "utf8").matchAll(/fix:\s*\{\s*messageId:\s*"([^"]+)"/g)) written.add(m[1]!);
    const declared = new Set(RULES.flatMap((r) => Object.keys(r.fixes ?? {})));
    expect(written.size).toBeGreaterThan(15);
    expect([...written].sort()).toEqual([...declared].sort());
    for (const id of declared) {
      expect(CATALOGUES["zh-CN"][id], id).toBeDefined();
      expect(CATALOGUES.en[id], id).toBeDefined();
    }
  });

  it("each rule emits only the fixes it declares (examples, rule examples, cross-year pairs)", () => {
    const emitted = new Map<string, Set<string>>();
    const rules = spying(emitted);
    const texts = [...examples, ...RULES.flatMap((r) => (r.example ? [r.example] : []))];
    const reads = texts.map((t) => readReport(t));
    for (const read of reads) checkRead(read, OPTIONS, rules);
    for (const a of reads.slice(0, examples.length))
      for (const b of reads.slice(0, examples.length)) if (a !== b) checkAgainstPreviousYear(a, b, OPTIONS, rules);
    expect(emitted.size).toBeGreaterThan(3);
    for (const [code, ids] of emitted) {
      const fixes = RULES.find((r) => r.code === code)!.fixes ?? {};
      for (const id of ids) expect(fixes[id], `${code} emits the undeclared fix ${id}`).toBeDefined();
    }
  });

  it("findings carry their rule's declaration", () => {
    const read = readReport(
      "机关: 测试市测试局\n年度: 2023\n格式: 2021\n复议诉讼:\n  行政复议: [10, 1, 0, 0, 0]\n主动公开:\n  行政许可: 12件\n  行政处罚: 无\n",
    );
    const fixes = checkRead(read, OPTIONS)
      .filter((f) => f.fix)
      .map((f) => [f.code, f.fix!.applicability]);
    expect(fixes).toContainEqual(["T4-ROWSUM", "auto"]);
    expect(fixes).toContainEqual(["VAL-NUMERIC", "auto"]);
    expect(fixes).toContainEqual(["VAL-BLANK", "suggestion"]);
  });

  it("the totals are recomputed unattended; guesses are left to the author", () => {
    const of = (code: string) => RULES.find((r) => r.code === code)!.fixes;
    expect(of("T3-ROWTOTAL")).toEqual({ "fix.recomputeTotal": "auto" });
    expect(of("T4-ROWSUM")).toEqual({ "fix.recomputeTotal": "auto" });
    expect(of("XY-CARRY")).toEqual({ "fix.setValue": "suggestion" });
    expect(of("TXT-APPS")).toEqual({ "text.fix.useTable": "suggestion", "text.fix.usePercent": "suggestion" });
  });
});
