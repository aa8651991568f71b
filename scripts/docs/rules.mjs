// docs/rules.md: every rule of the registry, grouped by category, worded from the catalogues.
import { fence, generatedNotice, ruleAnchor, table } from "./markdown.mjs";

const CATEGORIES = {
  file: { zh: "文件", en: "File" },
  structure: { zh: "结构与模板", en: "Structure and template" },
  values: { zh: "单元格取值", en: "Cell values" },
  table2: { zh: "表二 主动公开", en: "Table 二 (proactive disclosure)" },
  table3: { zh: "表三 依申请公开", en: "Table 三 (requests)" },
  table4: { zh: "表四 复议诉讼", en: "Table 四 (review and litigation)" },
  text: { zh: "正文与表格", en: "Text against tables" },
  narrative: { zh: "正文各部分", en: "Narrative sections" },
  meta: { zh: "元数据", en: "Metadata" },
  crossyear: { zh: "跨年度", en: "Cross-year" },
  import: { zh: "导入", en: "Import" },
  config: { zh: "配置与关闭注释", en: "Configuration and disable comments" },
};
const SEVERITIES = { error: { zh: "错误", en: "error" }, warning: { zh: "警告", en: "warning" }, info: { zh: "提示", en: "info" } };
const KINDS = {
  document: { zh: "单份报告", en: "document" },
  "cross-year": { zh: "与上年报告比对", en: "cross-year (against last year's report)" },
  unpaired: { zh: "上年报告未能配对", en: "unpaired (a likely previous-year report not paired)" },
  import: { zh: "导入已发布的报告", en: "import (of a published report)" },
  config: { zh: "读取配置文件", en: "config (reading nianbao.config.json)" },
};
const FIELDS = ["title", "summary", "why", "fix"];
const APPLICABILITY = {
  auto: { zh: "自动", en: "auto", zhLong: "`nianbao check --fix` 自动应用", enLong: "applied by `nianbao check --fix`" },
  suggestion: {
    zh: "建议",
    en: "suggestion",
    zhLong: "仅作建议，在编辑器中提供，`--fix` 不应用",
    enLong: "a suggestion, offered in the editor and not applied by `--fix`",
  },
};
// The rule examples are checked on a fixed day, so the generated text does not change with the calendar.
const EXAMPLE_DAY = "2026-01-01";

const both = (t) => (t ? `${t.zh} · ${t.en}` : "");

/**
 * Renders docs/rules.md. `core` is the @nianbao/core module (dist for the script, src for the
 * staleness test). Returns the text and what is missing on the way (catalogue entries, examples
 * on which their rule does not fire), for the script to warn about.
 */
export function renderRules(core) {
  const warnings = new Set();
  const text = (locale, code, field) => {
    const id = `rule.${code}.${field}`;
    const t = core.CATALOGUES[locale][id];
    if (t === undefined) warnings.add(`missing catalogue entry ${locale}: ${id}`);
    return t;
  };
  const categories = [];
  for (const rule of core.RULES) {
    let group = categories.find((g) => g.id === rule.category);
    if (!group) categories.push((group = { id: rule.category, rules: [] }));
    group.rules.push(rule);
  }
  const severityCounts = Object.keys(SEVERITIES).map((s) => `${SEVERITIES[s].zh} ${core.RULES.filter((r) => r.severity === s).length} 条`);

  const out = [generatedNotice(), "", "# 规则参考 · Rules reference", ""];
  out.push(
    `Nianbao 共有 ${core.RULES.length} 条规则（${severityCounts.join("、")}）。每条规则有稳定的代码、默认严重程度，消息以中文和英文写出所涉及的印制行列标签和数值；能推导出修正的，检查结果附带修正（只改动出错单元格的文本编辑）。`,
    "",
    "严重程度可以逐条调整或关闭（见 [用户指南](guide.md)）；作者可以在 `说明` 中写明 `规则: 代码` 和理由来回应一条警告或提示，说明作为「注」印在表格下方，该规则的警告和提示随之消失；错误必须改正，不能用说明消除。",
    "",
    `Nianbao has ${core.RULES.length} rules. Each has a stable code and a default severity; its messages, in 中文 and English, name the printed row and column labels and the values involved, and where a correction can be derived the finding carries it as a fix (text edits that touch only the offending cell). Severities can be changed or turned off per rule (see the [user guide](guide.md)). An author answers a warning or an info with a \`说明\` entry naming the rule (\`规则: CODE\`) and the reason: it is printed as a 注 under the table and clears that rule's warnings and infos. Errors must be corrected, not explained.`,
    "",
    "快速修复分两种：**自动**修正只有一个正确结果、由报告本身推导（如按加数重新计算总计、把已按数字读取的「１２」写成 12），`nianbao check --fix` 会应用；**建议**修正是几种可能之一（两格不一致时改哪一格、与未知键最接近的标签、空格填 0），只在编辑器中提供，由作者决定。每条规则的修正种类在规则注册表中声明。",
    "",
    "Quick fixes are of two kinds. An **auto** fix has one right result, derived from the report itself (a total recomputed from its addends, 「１２」 already read as a number written 12): `nianbao check --fix` applies it. A **suggestion** is one of several readings (which of two disagreeing cells to change, the nearest label to an unknown key, a 0 for an empty cell): the editor offers it and the author decides. Each rule declares its fixes in the rule registry.",
    "",
    "## 目录 · Contents",
    "",
    table(
      ["代码 Code", "类别 Category", "严重程度 Severity", "类型 Kind", "修正 Fix", "标题 Title"],
      core.RULES.map((r) => [
        `[${r.code}](#${ruleAnchor(r.code)})`,
        both(CATEGORIES[r.category]) || r.category,
        both(SEVERITIES[r.severity]),
        both(KINDS[r.kind]),
        fixKinds(r),
        text("zh-CN", r.code, "title") ?? "",
      ]),
    ),
  );

  for (const group of categories) {
    out.push("", `## ${both(CATEGORIES[group.id]) || group.id}`);
    for (const rule of group.rules) out.push("", ...renderRule(core, rule, text, (w) => warnings.add(w)));
  }
  return { text: out.join("\n") + "\n", warnings: [...warnings].sort() };
}

function renderRule(core, rule, text, warn) {
  const t = {};
  for (const locale of ["zh-CN", "en"]) t[locale] = Object.fromEntries(FIELDS.map((f) => [f, text(locale, rule.code, f)]));
  const zh = t["zh-CN"];
  const en = t.en;
  const list = (sep, items) => {
    const lines = items.filter(([, v]) => v).map(([k, v]) => `- **${k}**${sep}${v}`);
    return lines.length ? ["", ...lines] : [];
  };
  const out = [`### ${rule.code}`, ""];
  if (zh.title || en.title) out.push(`**${zh.title ?? rule.code}** · *${en.title ?? rule.code}*`, "");
  out.push(`默认严重程度：${SEVERITIES[rule.severity].zh}；类型：${KINDS[rule.kind].zh}。`);
  const fixes = Object.entries(rule.fixes ?? {});
  const fixList = (locale, describe) => fixes.map(([id, kind]) => `  - 「${template(core, locale, id)}」${describe(APPLICABILITY[kind])}`);
  out.push(...list("：", [["检查内容", zh.summary], ["依据", zh.why], ["如何修正", zh.fix]]));
  if (fixes.length) out.push("- **快速修复**：", ...fixList("zh-CN", (a) => `：${a.zhLong}。`));
  if (rule.example) {
    out.push("", "示例 · Example:", "", fence("yaml", rule.example));
    const findings = exampleFindings(core, rule);
    if (rule.kind === "document" && !findings.length) warn(`${rule.code}: the rule does not fire on its example`);
    if (findings.length) out.push("", "对示例的检查结果 · What the check reports on it:", "");
    for (const f of findings) {
      out.push(`- ${f.zh.message}`);
      if (f.zh.fix) out.push(`  <br>快速修复：${f.zh.fix.title}`);
      out.push(`  <br>*${f.en.message}*`);
      if (f.en.fix) out.push(`  <br>*Quick fix: ${f.en.fix.title}*`);
    }
  }
  out.push("", `*In English.* Default severity: ${SEVERITIES[rule.severity].en}; kind: ${KINDS[rule.kind].en}.`);
  out.push(...list(": ", [["What it checks", en.summary], ["Why", en.why], ["Fix", en.fix]]));
  if (fixes.length) out.push("- **Quick fixes**:", ...fixList("en", (a) => `: ${a.enLong}.`));
  return out;
}

/** The kinds of fix a rule declares, for the contents table. */
function fixKinds(rule) {
  const kinds = [...new Set(Object.values(rule.fixes ?? {}))].sort();
  return kinds.length ? kinds.map((k) => both(APPLICABILITY[k])).join("；") : "—";
}

/** A fix's title as the catalogue words it, its placeholders shown as "…". */
function template(core, locale, id) {
  return (core.CATALOGUES[locale][id] ?? id).replace(/\{[^}]*\}/g, "…");
}

/** What the rule reports on its own example, each finding in both languages (document rules only). */
export function exampleFindings(core, rule) {
  if (rule.kind !== "document" || !rule.example) return [];
  const read = core.readReport(rule.example);
  const run = (locale) => core.checkRead(read, { locale, today: EXAMPLE_DAY }, [rule]).filter((f) => f.code === rule.code);
  const en = run("en");
  return run("zh-CN").map((zh, i) => ({ zh, en: en[i] }));
}
