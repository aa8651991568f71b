// docs/file-format.md: the YAML vocabulary, derived from the form description in @nianbao/core.
import { code, fence, generatedNotice, ruleAnchor, table } from "./markdown.mjs";

const KIND = {
  count: "件数：非负整数 · count: non-negative integer",
  delta: "增减：整数，可为负 · change: integer, may be negative",
  amount: "金额：非负小数 · amount: non-negative decimal",
};
const ROLE = {
  new: "一 · S1",
  carriedIn: "二 · S1",
  result: "计入（七）总计 · counted in the total",
  total: "（七）= 各办理结果之和 · sum of the results",
  carriedOut: "四 · S1",
};

const keys = (def) => [def.key, ...(def.aliases ?? [])].map(code).join("<br>");
const note = (n, lang) => (n ? n[lang] : "");

/** Renders docs/file-format.md from `core` (the @nianbao/core module). */
export function renderFileFormat(core) {
  const forms = [core.FORMS[2021], core.FORMS[2019]];
  const out = [generatedNotice(), "", "# 文件格式 · The `*.nianbao.yaml` file format", ""];
  out.push(
    "一份政府信息公开工作年度报告写成一个 `*.nianbao.yaml` 文件（UTF-8 编码的 YAML）。键是官方格式所印标签的简写，文件读起来就像印制的表格：表三、表四的每一行写成一行数字，按列的顺序排列。下文逐一列出每个部分、表格、行和列的 YAML 键、官方印制标签、所依据的条例条款、单位和填写说明，先列 2021 年格式，再列 2019 年试行格式，最后给出一份完整的空白报告。写报告的步骤见 [用户指南](guide.md)。",
    "",
    "A Government Information Disclosure Annual Report is written as one `*.nianbao.yaml` file (YAML, UTF-8). Keys are the official printed labels in short form, so the file reads like the printed form: each row of tables 三 and 四 is written as one row of numbers in column order. Below, for every section, table, row and column: the YAML key, the official printed label, the article of the 条例 (Regulations on the Disclosure of Government Information), the unit and how to fill it; first the 2021 form, then the 2019 trial form, then a complete empty report. The [user guide](guide.md) walks through writing one.",
    "",
    "YAML 键一栏中第一个是规范写法，其后是也能读懂的其他写法（别名）。· In the YAML key columns the first key is the canonical one; any others are accepted spellings (aliases).",
    "",
    "## 目录 · Contents",
    "",
    ...forms.map((f) => `- [${f.year} 格式：${f.title}（${f.source}）](#${headingAnchor(formHeading(f))})`),
    `- [单元格的写法 · Writing a cell](#${headingAnchor("单元格的写法 · Writing a cell")})`,
    `- [完整的空白报告 · A complete empty report](#${headingAnchor("完整的空白报告 · A complete empty report")})`,
  );
  for (const form of forms) out.push("", ...renderForm(form, form === forms[0] ? null : forms[0]));
  out.push("", ...renderCells(core), "", ...renderTemplate(core));
  return out.join("\n") + "\n";
}

function formHeading(form) {
  return `${form.year} 格式：${form.title}（${form.source}）`;
}

/**
 * One form. `base` is the form already described: a part identical to it is not repeated but
 * referred to, so the differences between the forms stand out.
 */
function renderForm(form, base) {
  const y = form.year;
  const section = (id) => form.sections.find((s) => s.id === id);
  const format = form.meta.find((m) => m.id === "format");
  const out = [`## ${formHeading(form)}`, "", `文件写 ${code(`${format.key}: ${y}`)}。· A file in this form says ${code(`${format.key}: ${y}`)}.`];
  const part = (heading, pick, render) => {
    out.push("", `### ${heading} (${y})`, "");
    if (base && JSON.stringify(pick(form)) === JSON.stringify(pick(base)))
      out.push(`与 ${base.year} 格式相同，见 [${heading} (${base.year})](#${headingAnchor(`${heading} (${base.year})`)})。· Same as in the ${base.year} form.`);
    else out.push(...render());
  };

  part("文件信息 · Metadata", (f) => f.meta, () => [table(["YAML 键 · key", "必填 · required", "说明", "Note"], form.meta.map((m) => [keys(m), m.required ? "是 · yes" : "否 · no", note(m.note, "zh"), `${m.en}: ${note(m.note, "en")}`]))]);

  part("六个部分 · The six sections", (f) => f.sections, () => [
    table(
      ["YAML 键 · key", "印制标题 · printed heading", "条例", "内容", "Content"],
      form.sections.map((s) => [keys(s), `${s.ordinal}、${s.heading}`, s.article, note(s.note, "zh"), `${s.en}: ${note(s.note, "en")}`]),
    ),
  ]);

  const overview = section("overview");
  part(`${overview.ordinal}、${overview.heading} · ${overview.en}`, (f) => [f.sections.find((x) => x.id === "overview"), f.overviewTopics], () => [
    `${code(overview.key)} 可以写成一段文字，也可以按下列分项写成映射。· ${code(overview.key)} is either one text or a mapping of these topics:`,
    "",
    table(["YAML 键 · key", "印制标签 · printed label", "说明", "Note"], form.overviewTopics.map((t) => [keys(t), `${t.label} · ${t.en}`, note(t.note, "zh"), note(t.note, "en")])),
  ]);

  const tables = [
    ["proactive", (f) => f.table2, renderTable2, "表二"],
    ["requests", (f) => f.table3, renderTable3, "表三"],
    ["litigation", (f) => f.table4, renderTable4, "表四"],
  ];
  for (const [id, pick, render, name] of tables) {
    const s = section(id);
    part(`${s.ordinal}、${s.heading}（${name}）· ${s.en}`, (f) => [f.sections.find((x) => x.id === id), pick(f)], () => render(form));
  }

  for (const id of ["problems", "other"]) {
    const s = section(id);
    part(`${s.ordinal}、${s.heading} · ${s.en}`, (f) => f.sections.find((x) => x.id === id), () => [
      `${code(s.key)}：一段文字（${s.article}）。${note(s.note, "zh")}`,
      "",
      `${code(s.key)}: a text (${s.article}). ${note(s.note, "en")}`,
    ]);
  }
  part(`${form.notesKey} · Notes`, (f) => f.notesKey, () => renderNotes(form));
  return out;
}

function renderTable2(form) {
  const single = form.table2.blocks.find((b) => b.columns.length === 1);
  const multi = form.table2.blocks.find((b) => b.columns.length > 1);
  const examples = [
    ...(single ? [code(`${single.rows[0].key}: 0`)] : []),
    ...(multi ? [code(`${multi.rows[0].key}: { ${multi.columns.map((c) => `${c.key}: 0`).join(", ")} }`)] : []),
  ];
  const out = [
    `${code(form.table2.key)} 下每行一项：只有一列的行写成一个数，有几列的行写成以列为键的映射，例如 ${examples.join("、")}。表二各格彼此独立，没有表内勾稽关系。`,
    "",
    `Under ${code(form.table2.key)}, one entry per row: a row of a one-column block is a single value, a row of a block with several columns a mapping of column keys (e.g. ${examples.join(", ")}). Table 二 has no arithmetic between its cells.`,
  ];
  for (const block of form.table2.blocks) {
    out.push("", `#### ${block.caption} · ${block.en}`, "");
    out.push(
      `列 · Columns（${block.header}）:`,
      "",
      table(["YAML 键 · key", "印制标签 · printed label", "单位 · unit", "取值 · value", "English"], block.columns.map((c) => [keys(c), c.label, c.unit, KIND[c.kind], c.en])),
      "",
      "行 · Rows:",
      "",
      table(["YAML 键 · key", "印制标签 · printed label", "条例", "填写说明", "English"], block.rows.map((r) => [keys(r), r.label, r.article, note(r.note, "zh"), [r.en, note(r.note, "en")].filter(Boolean).join(": ")])),
    );
  }
  return out;
}

function renderTable3(form) {
  const t = form.table3;
  const out = [
    `${code(t.key)} 下每一行写成 ${t.columns.length} 个数，按列的顺序：${t.columns.map((c) => c.label).join("、")}。分组（三、本年度办理结果，（三）至（六））写成嵌套的映射，数字只写在末级行上。表头印有勾稽关系：${t.relationNote}`,
    "",
    `Under ${code(t.key)}, each row is a list of ${t.columns.length} numbers in column order (${t.columns.map((c) => c.en).join(", ")}). Groups are nested mappings; numbers sit on the leaf rows only. The header prints the relation S1: new + carried in = total concluded + carried forward, in every column.`,
    "",
    `列 · Columns（${t.applicantHeader}；${t.organisationHeader}：${t.columns.slice(1, -1).map((c) => c.label).join("、")}）:`,
    "",
    table(["#", "印制标签 · printed label", "单位 · unit", "取值 · value", "English"], t.columns.map((c, i) => [String(i + 1), c.label, c.unit, KIND[c.kind], c.en])),
    "",
    "行 · Rows:",
    "",
  ];
  const rows = [];
  const walk = (nodes, path) => {
    for (const n of nodes) {
      const p = [...path, n.key];
      if (n.type === "group") {
        rows.push([code(p.join(" › ")), `**${n.label}**`, n.article, "分组 · group", n.en]);
        walk(n.children, p);
      } else rows.push([[code(p.join(" › ")), ...(n.aliases ?? []).map(code)].join("<br>"), n.label, n.article, ROLE[n.role], n.en]);
    }
  };
  walk(t.rows, []);
  out.push(table(["YAML 键 · key path", "印制标签 · printed label", "条例", "勾稽 · role", "English"], rows));
  return out;
}

function renderTable4(form) {
  const t = form.table4;
  return [
    `${code(t.key)} 下三栏各写成一行 ${t.columns.length} 个数：${t.columns.map((c) => c.label).join("、")}。三栏之间没有勾稽关系。`,
    "",
    `Under ${code(t.key)}, each of the three blocks is a row of ${t.columns.length} numbers (${t.columns.map((c) => c.en).join(", ")}). There is no arithmetic between the blocks.`,
    "",
    "列 · Columns:",
    "",
    table(["#", "印制标签 · printed label", "单位 · unit", "取值 · value", "English"], t.columns.map((c, i) => [String(i + 1), c.label, c.unit, KIND[c.kind], c.en])),
    "",
    "行 · Rows:",
    "",
    table(
      ["YAML 键 · key", "印制标签 · printed label", "条例", "English"],
      t.rows.map((r) => [keys(r), r.id === "review" ? t.reviewHeader : `${t.litigationHeader} › ${r.label}`, r.article, r.en]),
    ),
  ];
}

function renderNotes(form) {
  return [
    `${code(form.notesKey)}（可选）是作者的说明列表，每条可有 ${code("内容")}（说明文字）、${code("规则")}（所回应的规则代码）和 ${code("表")}（印在哪张表下：${[form.table2.key, form.table3.key, form.table4.key].map(code).join("、")}）。说明作为「注」印在表格下方；写了 ${code("规则")} 的说明消除该规则的警告和提示（错误不能用说明消除）。`,
    "",
    `${code(form.notesKey)} (optional) is a list of the author's explanations, each with ${code("内容")} (the text), ${code("规则")} (the rule code it answers) and ${code("表")} (the table it is printed under). A note is printed as a 注 under the table; a note naming a rule clears that rule's warnings and infos (never its errors).`,
  ];
}

function renderCells(core) {
  // Name the rule that reports a way of writing only when it is registered, so the text stays true.
  const rule = (ruleCode) => (core.ruleByCode(ruleCode) ? ` [${ruleCode}](rules.md#${ruleAnchor(ruleCode)})` : "");
  return [
    "## 单元格的写法 · Writing a cell",
    "",
    table(
      ["写法 · written", "含义 · meaning"],
      [
        [code("0"), `零：本年没有。表格要求明确填 0，而不是留空。· Zero; the form asks for an explicit 0 rather than a blank.${rule("VAL-REQUIRED")}`],
        [`${code("12")}、${code("7730.28")}`, `数字；只有金额（万元）可以有小数。· A number; only amounts (万元) may have decimals.${rule("VAL-INTEGER")}`],
        [`${code("本年新收:")}、${code('""')}`, `空白：没有填写，不当作 0。· Blank: not filled in, never read as 0.${rule("VAL-BLANK")}`],
        [core.PLACEHOLDERS.map((p) => code(`'${p}'`)).join(" "), `占位符：表示不适用或没有数，保留原样，不当作 0。· Placeholders: kept as written, never read as 0.${rule("VAL-BLANK")}`],
        [code("'22（其中修订16件）'"), `带括注的数字：数字参与计算，括注保留。· A number with a note: the number counts, the note is kept.${rule("VAL-ANNOTATION")}`],
        [code("'１２'"), "全角数字：按 12 读入。· Full-width digits: read as 12."],
      ],
    ),
    "",
    "除数字外，其他写法都要加引号，以免 YAML 改变其含义。· Anything other than a plain number is best quoted, so that YAML does not reinterpret it.",
  ];
}

function renderTemplate(core) {
  const example = { agency: "某某市某某局", year: 2025 };
  return [
    "## 完整的空白报告 · A complete empty report",
    "",
    "一份完整的 2021 年格式空白报告，所有格填 0，各段文字留空，由 `reportTemplate()` 和 `writeReportYaml()` 生成。· A complete empty report in the 2021 form, every cell 0 and every text empty, as `reportTemplate()` and `writeReportYaml()` write it.",
    "",
    "每段文字都写成多段写法：键后是 `|`，下面一行已缩进（读作空文字，检查提示「尚未填写」），在这一行书写，回车另起一段。· Every text is written in the block form: `|` after the key and an indented line below it (read as an empty text, which the checks call 尚未填写); the author writes on that line, and Enter starts a new paragraph.",
    "",
    fence("yaml", core.writeReportYaml(core.reportTemplate(example))),
  ];
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingAnchor(heading) {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}
