import type { FormDef } from "../../form/types.js";
import type { Table4RowId } from "../../model/index.js";
import { agencyKind } from "../meta/agency.js";
import type { RuleContext } from "../types.js";
import { mentions, sentences, type Mention } from "./scan.js";
import { narrativeTexts, type NarrativeText } from "./texts.js";

/**
 * Ties figures of the narrative to the table cells they describe (FORMAT I10). The wording right
 * before a figure decides the cell ("受理…申请 3119 件" → 一、本年新收; "办结 1191 件" → （七）总计;
 * "行政复议 351 件" → 行政复议 总计). A figure is tied only when that wording ends right at the
 * number, so "刊登…行政规范性文件等 243 件" or "市政府 349 件" are never compared: a number that
 * cannot be tied to a cell with confidence is not reported.
 */

export type FactKind = "apps" | "results" | "legal" | "t2";
/** The rows of table 三 an application figure can describe. */
export type AppsRow = "new" | "carriedIn" | "total" | "carriedOut";
export type ResultGroup =
  "granted" | "partlyGranted" | "grantedOrPartly" | "withheld" | "unavailable" | "notProcessed" | "otherHandling";

export type Target =
  /** Table 三: a row (一 may also be read as 一 + 二), in 总计 or summed over applicant columns. */
  | { readonly table: "requests"; readonly row: AppsRow; readonly columns: "total" | readonly number[] }
  /** Table 三: the 总计 of a group of result rows. */
  | { readonly table: "results"; readonly group: ResultGroup }
  /** Table 四: 总计 or one of the four results (by index), summed over blocks. */
  | { readonly table: "litigation"; readonly blocks: readonly Table4RowId[]; readonly column: "total" | number }
  /** Table 二: one cell. */
  | { readonly table: "proactive"; readonly row: string; readonly column: string };

export interface Fact {
  readonly kind: FactKind;
  readonly source: NarrativeText;
  readonly mention: Mention;
  readonly target: Target;
  /** The wording quoted in messages, from the words that tie the figure to its cell to the unit. */
  readonly quote: string;
  /** A word before the figure in its sentence that names another body than the tables (备案, 代表区政府, 全市 …). */
  readonly scope: string | null;
  /** A share written right after the figure ("208 件（17.46%）", "42件，占51.85%"). */
  readonly percent: Mention | null;
}

// Words allowed between the wording and the number: "申请案件共计 81 件", "答复的有 1 件".
const FILLER = String.raw`(?:\s|共计|合计|总计|累计|共|为|达|有|的|数量|数|案件|件数|申请|答复)*`;
const ending = (words: string) => new RegExp(`(${words})${FILLER}$`, "u");

interface Pattern {
  readonly re: RegExp;
  readonly kind: FactKind;
  /** The target, given the sentence's current subjects; null when the figure cannot be tied. */
  readonly target: (s: SentenceState) => Target | null;
  /** Allowed inside parentheses, where figures are usually a breakdown by sub-unit. */
  readonly inParentheses?: boolean;
  readonly subject?: AppsRow;
}

interface SentenceState {
  apps: AppsRow | null;
  legal: readonly Table4RowId[] | null;
}

const apps = (row: AppsRow, columns: "total" | readonly number[] = "total"): Target => ({
  table: "requests",
  row,
  columns,
});
const results = (group: ResultGroup): Target => ({ table: "results", group });
const legal = (blocks: readonly Table4RowId[], column: "total" | number = "total"): Target => ({
  table: "litigation",
  blocks,
  column,
});

const ALL_BLOCKS: readonly Table4RowId[] = ["review", "litigationDirect", "litigationAfterReview"];
const LITIGATION: readonly Table4RowId[] = ["litigationDirect", "litigationAfterReview"];

/** In priority order: a specific wording wins over a generic one ("同意公开答复" is 予以公开, not 答复). */
const PATTERNS: readonly Pattern[] = [
  {
    re: ending(String.raw`上一?年度?结转(?:的)?(?:政府信息公开|依申请公开)?`),
    kind: "apps",
    target: () => apps("carriedIn"),
    inParentheses: true,
    subject: "carriedIn",
  },
  {
    re: ending(String.raw`(?:结转|转入?|顺延)(?:至|到)?下一?个?年度?(?:继续)?(?:办理)?`),
    kind: "apps",
    target: () => apps("carriedOut"),
    inParentheses: true,
    subject: "carriedOut",
  },
  {
    re: ending(String.raw`(?<!上一?年度?)(?:结转|顺延)`),
    kind: "apps",
    target: () => apps("carriedOut"),
    inParentheses: true,
    subject: "carriedOut",
  },
  {
    re: ending(String.raw`(?:予以公开|同意公开)(?:及|和|与|、|或)部分公开`),
    kind: "results",
    target: () => results("grantedOrPartly"),
    inParentheses: true,
  },
  {
    re: ending(String.raw`(?<!不)(?:予以公开|同意公开|全部公开)`),
    kind: "results",
    target: () => results("granted"),
    inParentheses: true,
  },
  { re: ending("部分公开"), kind: "results", target: () => results("partlyGranted"), inParentheses: true },
  { re: ending("不予以?公开"), kind: "results", target: () => results("withheld"), inParentheses: true },
  { re: ending("无法提供"), kind: "results", target: () => results("unavailable"), inParentheses: true },
  { re: ending("不予处理"), kind: "results", target: () => results("notProcessed"), inParentheses: true },
  { re: ending("其他处理"), kind: "results", target: () => results("otherHandling"), inParentheses: true },
  { re: ending(String.raw`行政复议(?:、|和|及|与|或)行政诉讼`), kind: "legal", target: () => legal(ALL_BLOCKS) },
  {
    re: ending(String.raw`(?:未经复议)?直接(?:提起)?(?:行政)?(?:起诉|诉讼)`),
    kind: "legal",
    target: () => legal(["litigationDirect"]),
  },
  {
    re: ending(String.raw`复议后(?:提起)?(?:行政)?(?:起诉|诉讼)`),
    kind: "legal",
    target: () => legal(["litigationAfterReview"]),
  },
  { re: ending("行政复议"), kind: "legal", target: () => legal(["review"]) },
  { re: ending("行政诉讼"), kind: "legal", target: () => legal(LITIGATION) },
  // The four results of table 四 only make sense after the sentence has named 复议 or 诉讼.
  {
    re: ending(String.raw`(?:结果)?维持`),
    kind: "legal",
    target: (s) => (s.legal ? legal(s.legal, 0) : null),
    inParentheses: true,
  },
  {
    re: ending(String.raw`(?:结果)?纠正`),
    kind: "legal",
    target: (s) => (s.legal ? legal(s.legal, 1) : null),
    inParentheses: true,
  },
  { re: ending("其他结果"), kind: "legal", target: (s) => (s.legal ? legal(s.legal, 2) : null), inParentheses: true },
  {
    re: ending("尚未审结|未审结|尚在审理|正在审理"),
    kind: "legal",
    target: (s) => (s.legal ? legal(s.legal, 3) : null),
    inParentheses: true,
  },
  {
    re: ending(String.raw`(?:办结|答复|办理完毕|完成办理)了?(?:依申请公开|政府信息公开申请|政府信息公开)?`),
    kind: "apps",
    target: () => apps("total"),
    subject: "total",
  },
  {
    re: ending(String.raw`(?:新收|收到|受理|收办|接收|接到)了?[^，,；;。]{0,20}?申请`),
    kind: "apps",
    target: () => apps("new"),
    subject: "new",
  },
  { re: ending("新收|收到|受理|收办|接收"), kind: "apps", target: () => apps("new"), subject: "new" },
];

/**
 * Applicant columns named in the text: the form's column labels, and its 法人或其他组织 header for
 * the organisation columns together. The last organisation column, 其他, is too common a word.
 */
function columnPattern(form: FormDef): { re: RegExp; columns: (label: string) => number[] } {
  const applicants = form.table3.columns.slice(0, -1);
  const named = applicants.slice(0, -1);
  const org = form.table3.organisationHeader;
  const organisations = applicants.map((_, i) => i).slice(1);
  const words = [...named.map((c) => c.label), org].join("|");
  return {
    re: ending(`(?:${words})(?:提出)?的?`),
    columns: (label) => (label.startsWith(org) ? organisations : [named.findIndex((c) => label.startsWith(c.label))]),
  };
}

const T2_ENDING = ending(String.raw`规章|(?:行政)?规范性文件`);
// The words that say which column of table 二 a document count is: the nearest one wins.
const T2_COLUMN_WORDS: readonly { readonly re: RegExp; readonly column: string }[] = [
  { re: /现行有效/gu, column: "valid" },
  { re: /废止/gu, column: "repealed" },
  { re: /制发|出台|印发|制定|发布|公开|新增/gu, column: "made" },
];

const YEAR = /((?:19|20)\d{2})\s*年/gu;
/** ，,；;：: end a clause. */
const isClauseEnd = (c: number) =>
  c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a;
// Filed cases (备案) and one body acting for another (区政府办代表区政府) are always another count.
const ALWAYS_SCOPED = /备案|代表[^，,；;。、]{0,6}?(?:政府|机关|单位)/u;
// A government's tables cover the region; these name the government's own office instead.
const NARROWER = /本级|本机关|本部门|(?:市|区|县|州|旗)政府办/u;
// A department's tables cover the department; these name the whole region or system.
const WIDER = /全市|全区|全县|全省|全国|各级|全系统|系统内/u;

/** What holds for a whole sentence, computed once. */
interface SentenceFacts {
  /** The sentence is dated another year ("较2023年", "2023年全区…" in a 2024 report): it is about that year. */
  readonly otherYear: boolean;
  /** The first match of each scope pattern, in the patterns' order, and where it ends. */
  readonly scopes: readonly { readonly word: string; readonly end: number }[];
}

/**
 * Walks a sentence left to right once, so that the parentheses and the clause around each figure
 * cost nothing more than reading the text: a long report never takes quadratic time.
 */
class Cursor {
  private pos: number;
  depth = 0;
  clause: number;
  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.pos = start;
    this.clause = start;
  }
  advance(to: number): void {
    for (; this.pos < to; this.pos++) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 0xff08 || c === 0x28) this.depth++;
      else if ((c === 0xff09 || c === 0x29) && this.depth > 0) this.depth--;
      else if (isClauseEnd(c)) this.clause = this.pos + 1;
    }
  }
}

// How far back a qualifier of a document count is looked for, when its own segment has none.
const T2_WINDOW = 60;

/** Every figure of 一、总体情况 and 六 that can be tied to a table cell. */
export function extractFacts(ctx: RuleContext): Fact[] {
  const year = ctx.report.year;
  const kind = agencyKind(ctx.report);
  const scopes = [ALWAYS_SCOPED, ...(kind === "government" ? [NARROWER] : kind === "department" ? [WIDER] : [])];
  const columns = columnPattern(ctx.form);
  const out: Fact[] = [];
  for (const source of narrativeTexts(ctx, ["overview", "other"])) {
    const { text } = source;
    const sents = sentences(text);
    const all = mentions(text, sents);
    let state: SentenceState = { apps: null, legal: null };
    let sentence = -1;
    let facts: SentenceFacts = { otherYear: false, scopes: [] };
    let cursor = new Cursor(text, 0);
    let prevEnd = 0;
    all.forEach((m, i) => {
      const sent = sents[m.sentence]!;
      if (m.sentence !== sentence) {
        sentence = m.sentence;
        state = { apps: null, legal: null };
        prevEnd = sent.start;
        cursor = new Cursor(text, sent.start);
        facts = sentenceFacts(text.slice(sent.start, sent.end), sent.start, year, scopes);
      }
      cursor.advance(m.start);
      const leadFrom = Math.max(prevEnd, cursor.clause);
      prevEnd = m.unitEnd;
      if (m.unit !== "件" || m.approximate || !/^\d+$/u.test(m.value) || facts.otherYear) return;
      // "作其他处理（含申请人主动撤回申请）341件": a remark between the wording and the number.
      const lead = text.slice(leadFrom, m.start).replace(/[（(][^（）()]*[）)]\s*$/u, "");
      const inParens = cursor.depth > 0;
      // A scope word qualifies what follows it: "备案…复议134件，诉讼57件", not "规章 1 件、市政府办文件".
      const scope = facts.scopes.find((w) => w.end <= m.start)?.word ?? null;
      const fact = (k: FactKind, target: Target, keywordAt: number): Fact => ({
        kind: k,
        source,
        mention: m,
        target,
        quote: quoteOf(text, keywordAt, m.unitEnd),
        scope,
        percent: k === "results" ? percentAfter(text, m, all[i + 1]) : null,
      });

      for (const p of PATTERNS) {
        const hit = p.re.exec(lead);
        if (!hit) continue;
        if (inParens && !p.inParentheses) return;
        const target = p.target(state);
        if (!target) return;
        if (p.subject) state.apps = p.subject;
        if (target.table === "litigation" && target.column === "total") state.legal = target.blocks;
        out.push(fact(p.kind, target, leadFrom + hit.index));
        return;
      }
      const col = columns.re.exec(lead);
      if (col) {
        if (inParens) return;
        out.push(fact("apps", apps(state.apps ?? "new", columns.columns(col[1]!)), leadFrom + col.index));
        return;
      }
      const t2 = T2_ENDING.exec(lead);
      if (t2 && !inParens) {
        const at = leadFrom + t2.index;
        // "规章、规范性文件共 5 件" counts both rows together.
        if (/(?:规章|规范性文件)\s*(?:、|和|及|与)\s*$/u.test(text.slice(Math.max(sent.start, at - 12), at))) return;
        const from = Math.max(cursor.clause, at - T2_WINDOW);
        const near = t2Column(text.slice(leadFrom, at));
        const column = near ? { ...near, at: near.at + leadFrom } : shift(t2Column(text.slice(from, at)), from);
        const row = t2[1]!.startsWith("规章") ? "regulations" : "normativeDocuments";
        if (column) out.push(fact("t2", { table: "proactive", row, column: column.column }, Math.min(at, column.at)));
        return;
      }
      // "另有 103 件顺延到下年度答复": the wording follows the number.
      const trail = /^\s*(?:顺延|结转|转入?)(?:到|至)?下一?年度?/u.exec(text.slice(m.unitEnd, m.unitEnd + 10));
      if (trail)
        out.push({
          ...fact("apps", apps("carriedOut"), m.start),
          quote: quoteOf(text, m.start, m.unitEnd + trail[0].length),
        });
    });
  }
  return out;
}

function sentenceFacts(
  sentence: string,
  offset: number,
  year: number | null,
  scopes: readonly RegExp[],
): SentenceFacts {
  const otherYear = year !== null && [...sentence.matchAll(YEAR)].some((y) => Number(y[1]) !== year);
  const found = scopes.flatMap((re) => {
    const m = re.exec(sentence);
    return m ? [{ word: m[0], end: offset + m.index + m[0].length }] : [];
  });
  return { otherYear, scopes: found };
}

function shift(c: { column: string; at: number } | null, by: number): { column: string; at: number } | null {
  return c && { column: c.column, at: c.at + by };
}

/** The column word nearest before a document count, and where it starts. */
function t2Column(s: string): { column: string; at: number } | null {
  let best: { column: string; at: number; end: number } | null = null;
  for (const w of T2_COLUMN_WORDS)
    for (const m of s.matchAll(w.re)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { column: w.column, at: m.index, end };
    }
  return best && { column: best.column, at: best.at };
}

function percentAfter(text: string, m: Mention, next: Mention | undefined): Mention | null {
  if (!next || next.unit !== "%" || next.sentence !== m.sentence) return null;
  const between = text.slice(m.unitEnd, next.start);
  return /^\s*(?:[（(]\s*(?:占比?|约)?|[，,]\s*占比?(?:为)?)\s*$/u.test(between) ? next : null;
}

const QUOTE_MAX = 40;

function quoteOf(text: string, from: number, to: number): string {
  const q = text.slice(from, to).replace(/\s+/gu, " ").trim();
  return q.length > QUOTE_MAX ? `…${q.slice(q.length - QUOTE_MAX)}` : q;
}
