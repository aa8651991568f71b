import { compareDecimal, sumDecimals } from "../../arith/decimal.js";
import { countOf } from "../../arith/cells.js";
import { table3RoleRow, table3TotalColumn } from "../../arith/totals.js";
import { findTable3Leaf } from "../../form/index.js";
import type { Report } from "../../model/index.js";
import type { Range } from "../../source/index.js";
import { bilingual } from "../describe.js";
import { table3CellLabel } from "../labels.js";
import { mentions, sentences, type Mention } from "../text/scan.js";
import { narrativeTexts, pieceRange, type NarrativeText } from "../text/texts.js";
import type { DocumentRule, RuleContext } from "../types.js";

const FEE_WORDS = /信息处理费|处理费|收费|缴费|缴纳费用|收取[^。；;]{0,12}费/u;
const FEE_SENTENCE = /处理费|收费|收取/u;
const NONE_CHARGED = /未(?:收取|收|发生|产生)[^。；;]{0,12}费|无收取|没有收取|不收取|免收|(?<![\d.])0\s*元/u;
const NOTICES = /收费通知|缴费通知/u;
const ITEMS_START = /^[\s。，,；;：:]{0,2}其中[，,：:]?/u;

/**
 * 六 states the 信息处理费 (国办函〔2020〕109号), and agrees with the tables and with itself (FORMAT
 * I11): 收费通知 that went unpaid (表三（六）2) mean fees were charged; a fee collected means there
 * were applications; an itemised list adds up to its total (宿迁 2023: 420 + 290 + 1500 + 140 + 600
 * = 2950 元, 25 件). 表二's 行政事业性收费 is an unrelated amount and is not compared.
 */
export const NAR_SEC6_FEE: DocumentRule = {
  code: "NAR-SEC6-FEE",
  severity: "warning",
  category: "narrative",
  kind: "document",
  example: "其他事项: 本年共收取信息处理费 900 元。其中，甲局 2 件，收取 400 元；乙局 1 件，收取 300 元。",
  check(ctx) {
    const { report, form } = ctx;
    if (!report.present.other) return;
    const source = narrativeTexts(ctx, ["other"])[0];
    const text = source?.text ?? "";
    const tot = table3TotalColumn(form);
    const unpaidRow = findTable3Leaf(form, "feeUnpaid")?.row.id;
    const unpaid = unpaidRow ? countOf(report.requests[unpaidRow as keyof Report["requests"]]?.[tot]) : null;
    const unpaidPath = `requests.${unpaidRow}.${tot}`;
    const unpaidArgs = () => ({
      cell: bilingual("text.table.requests", { cell: table3CellLabel(form, unpaidRow!, tot) }),
      count: unpaid!,
    });
    const unpaidCell = () => ({
      range: ctx.range(unpaidPath),
      messageId: "text.related.cell",
      args: { label: table3CellLabel(form, unpaidRow!, tot), value: unpaid! },
    });
    const sectionRange = ctx.valueRange("other") ?? ctx.range("other");

    if (!FEE_WORDS.test(text)) {
      const noticed = unpaid !== null && unpaid > 0;
      ctx.emit({
        messageId: noticed ? "NAR-SEC6-FEE.noticesUnreported" : "NAR-SEC6-FEE.missing",
        ...(noticed ? { args: unpaidArgs(), related: [unpaidCell()] } : {}),
        range: sectionRange,
        paths: ["other", ...(noticed ? [unpaidPath] : [])],
      });
      return;
    }
    if (!source) return;
    const sents = sentences(text);
    const all = mentions(text, sents);
    const feeSentences = sents.map((x) => FEE_SENTENCE.test(text.slice(x.start, x.end)));
    const amounts = all.filter(
      (m) => (m.unit === "元" || m.unit === "万元") && !m.approximate && feeSentences[m.sentence],
    );
    const charged = amounts.filter((m) => compareDecimal(m.value, "0") > 0);

    const none = NONE_CHARGED.exec(text);
    if (unpaid !== null && unpaid > 0 && none && !charged.length && !NOTICES.test(text)) {
      ctx.emit({
        messageId: "NAR-SEC6-FEE.noticesContradicted",
        args: { quote: none[0], ...unpaidArgs() },
        range: pieceRange(ctx, source, none.index, none.index + none[0].length),
        related: [unpaidCell()],
        paths: ["other", unpaidPath],
      });
    }

    if (charged.length) checkRequests(ctx, source, charged[0]!);
    // The first amount followed by 其中 is the itemised total.
    const total = amounts.find((m) => ITEMS_START.test(text.slice(m.unitEnd, m.unitEnd + 8)));
    if (total) checkItems(ctx, source, all, total);
  },
};

const unitLabel = (m: Mention) => bilingual(`NAR-SEC6-FEE.unit.${m.unit}`);

/** A fee collected needs applications to collect it from: 一 + 二 总计 > 0. */
function checkRequests(ctx: RuleContext, source: NarrativeText, amount: Mention): void {
  const { form, report } = ctx;
  const tot = table3TotalColumn(form);
  const rows = [table3RoleRow(form, "new"), table3RoleRow(form, "carriedIn")];
  const values = rows.map((r) => countOf(report.requests[r as keyof Report["requests"]]?.[tot]));
  if (values.some((v) => v === null) || values.some((v) => v! > 0)) return;
  ctx.emit({
    messageId: "NAR-SEC6-FEE.feeWithoutRequests",
    args: {
      amount: amount.value,
      unit: unitLabel(amount),
      cells: bilingual("text.table.requests", {
        cell: {
          zh: rows.map((r) => table3CellLabel(form, r, tot).zh).join("、"),
          en: rows.map((r) => table3CellLabel(form, r, tot).en).join("; "),
        },
      }),
    },
    range: pieceRange(ctx, source, amount.start, amount.end),
    related: rows.map((r) => ({
      range: ctx.range(`requests.${r}.${tot}`),
      messageId: "text.related.cell",
      args: { label: table3CellLabel(form, r, tot), value: 0 },
    })),
    paths: ["other", ...rows.map((r) => `requests.${r}.${tot}`)],
  });
}

/**
 * "收取…2950元。其中，甲 1 件，收取 420 元；…": the amounts after 其中 add up to the total, and their
 * 件 to the count stated before it.
 */
function checkItems(ctx: RuleContext, source: NarrativeText, all: readonly Mention[], total: Mention): void {
  const { text } = source;
  const from = total.unitEnd + ITEMS_START.exec(text.slice(total.unitEnd, total.unitEnd + 8))![0].length;
  const stop = text.indexOf("。", from);
  const to = stop < 0 ? text.length : stop;
  const inItems = all.filter((m) => m.start >= from && m.end <= to && !m.approximate);
  const items = inItems.filter((m) => m.unit === total.unit);
  if (!items.length) return;
  const range = (m: Mention): Range => pieceRange(ctx, source, m.start, m.end);
  const sum = sumDecimals(items.map((m) => m.value));
  if (compareDecimal(sum, total.value) !== 0) {
    ctx.emit({
      messageId: "NAR-SEC6-FEE.itemsSum",
      args: { items: items.map((m) => m.value).join(" + "), sum, total: total.value, unit: unitLabel(total) },
      range: range(total),
      related: items.map((m) => ({
        range: range(m),
        messageId: "NAR-SEC6-FEE.item",
        args: { value: m.value, unit: unitLabel(m) },
      })),
      paths: ["other"],
    });
  }
  const counts = inItems.filter((m) => m.unit === "件");
  const stated = all.filter((m) => m.unit === "件" && m.sentence === total.sentence && m.end <= total.start).at(-1);
  const countSum = sumDecimals(counts.map((m) => m.value));
  if (stated && counts.length && compareDecimal(countSum, stated.value) !== 0) {
    ctx.emit({
      messageId: "NAR-SEC6-FEE.itemsCount",
      args: { items: counts.map((m) => m.value).join(" + "), sum: countSum, total: stated.value },
      range: range(stated),
      related: counts.map((m) => ({ range: range(m), messageId: "NAR-SEC6-FEE.itemCount", args: { value: m.value } })),
      paths: ["other"],
    });
  }
}
