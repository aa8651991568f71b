import {
  cellFromText,
  emptyReport,
  formatForYear,
  formFor,
  table3Leaves,
  writeReportYaml,
  type Cell,
  type Report,
} from "@nianbao/core";
import type { Injection } from "./jurisdiction-errors.js";
import type { Model } from "./jurisdiction-models.js";
import type { Random } from "./seeded.js";

/** What a year hands to the next: its text, and what carries over. */
export interface YearState {
  readonly text: string;
  readonly carriedOut: readonly number[];
  /** 现行有效 (2021 form) by row id. */
  readonly stock: ReadonlyMap<string, number>;
  readonly report: Report;
  /** The prose sentences the year used. */
  readonly sentences: readonly string[];
}

const cells = (values: readonly number[]): Cell[] => values.map((v) => cellFromText(String(v)));
const withTotal = (six: readonly number[]): number[] => [...six, six.reduce((a, b) => a + b, 0)];

export interface YearInput {
  readonly agency: string;
  readonly year: number;
  readonly model: Model;
  /** How much larger or smaller the agency is than its model. */
  readonly scale: number;
  /** The prose sentences of all the models. */
  readonly sentences: readonly string[];
}

/** One agency's report for a year, continuing `previous`, with `injection` put in. */
export function generateYear(
  { agency, year, model, scale, sentences }: YearInput,
  previous: YearState | null,
  random: Random,
  injection: Injection | null,
): YearState {
  const format = formatForYear(year);
  const form = formFor(format);
  const report = emptyReport(form);
  Object.assign(report, {
    format,
    formatDeclared: true,
    agency,
    year,
    publishedOn: `${year + 1}-01-${String(10 + random.int(19)).padStart(2, "0")}`,
    title: `${agency}${year}年政府信息公开工作年度报告`,
    present: { overview: true, proactive: true, requests: true, litigation: true, problems: true, other: true },
  });
  const vary = (base: number): number => Math.round(base * scale * (0.6 + random.next() * 0.8));

  // Table 三: each result row around the model's, spread over the applicants like the model's.
  const leaves = table3Leaves(form);
  const concluded = [0, 0, 0, 0, 0, 0];
  for (const leaf of leaves.filter((l) => l.row.role === "result")) {
    // A fee notice unpaid means fees were charged, which 六 would then have to state (NAR-SEC6-FEE).
    const total = leaf.row.id === "feeUnpaid" ? 0 : vary(model.results.get(leaf.row.id) ?? 0);
    const row = split(total, model.spread, random);
    row.forEach((v, c) => (concluded[c]! += v));
    report.requests[leaf.row.id as never] = cells(withTotal(row)) as never;
  }
  // Carried in: last year's carried out; each is concluded this year or carried forward again.
  const carriedIn = previous ? [...previous.carriedOut] : split(vary(2), model.spread, random);
  const carriedOut = split(random.int(4) === 0 ? 0 : vary(3) + random.int(3), model.spread, random);
  const granted = (report.requests.granted ?? cells([0, 0, 0, 0, 0, 0, 0])).map((c) => c.value ?? 0);
  carriedIn.forEach((v, c) => {
    if (concluded[c]! + carriedOut[c]! < v) {
      granted[c]! += v - concluded[c]! - carriedOut[c]!;
      concluded[c] = v - carriedOut[c]!;
    }
  });
  report.requests.granted = cells(withTotal(granted.slice(0, 6)));
  report.requests.new = cells(withTotal(concluded.map((v, c) => v + carriedOut[c]! - carriedIn[c]!)));
  report.requests.carriedIn = cells(withTotal(carriedIn));
  report.requests.total = cells(withTotal(concluded));
  report.requests.carriedOut = cells(withTotal(carriedOut));

  // Table 四: around the model's.
  for (const row of form.table4.rows) {
    const base = model.litigation.get(row.id) ?? [0, 0, 0, 0];
    report.litigation[row.id as keyof Report["litigation"]] = cells(withTotal(base.map(vary)));
  }

  // Table 二: the model's figures; 现行有效 continues last year's stock.
  const stock = new Map<string, number>();
  for (const block of form.table2.blocks)
    for (const row of block.rows) {
      const out: Record<string, Cell> = {};
      const base = model.proactive.get(row.id);
      for (const col of block.columns) {
        if (col.id === "valid") continue;
        const v = vary(base?.get(col.id) ?? 0);
        // Amounts in 万元 with two decimals, written as an author does (12.3, not 12.30).
        const amount = () => String((v * 100 + random.int(100)) / 100);
        out[col.id] = cellFromText(col.kind === "amount" ? amount() : String(v));
      }
      const valid = block.columns.some((c) => c.id === "valid");
      if (valid) {
        const earlier = previous?.stock.get(row.id) ?? vary(base?.get("valid") ?? 20);
        // A stock grows by a share of itself in a year: a threefold change is T2-JUMP's to find.
        const made = Math.min(out.made?.value ?? 0, Math.ceil(earlier / 3) + 3);
        out.made = cellFromText(String(made));
        const repealed = Math.min(out.repealed?.value ?? 0, Math.floor(earlier / 4));
        out.repealed = cellFromText(String(repealed));
        const now = earlier + made - repealed;
        out.valid = cellFromText(String(now));
        stock.set(row.id, now);
      }
      report.proactive[row.id] = out;
    }

  const tabled = injection?.tables ? injection.tables({ report, carriedOut, stock }) : { report, carriedOut, stock };

  // Prose: sentences of the models, none of last year's (a copied sentence is XY-SIMILARITY's to find);
  // the figures the text states are the tables'.
  const r = tabled.report;
  const avoid = new Set(previous?.sentences ?? []);
  const fresh = sentences.filter((s) => !avoid.has(s));
  const used = new Set<string>();
  const before = previous?.report;
  const lastOverview = shingles(Object.values(before?.overview.topics ?? {}));
  // Drawn anew while it repeats last year's wording as much as XY-SIMILARITY would find (its limit is 50%).
  const draw = (budget: number, last: ReadonlySet<string>, fixed = ""): string => {
    let text = "";
    for (let tries = 0; tries < 20; tries++) {
      const drawn = new Set(used);
      text = fixed + prose(fresh, budget, random, drawn);
      if (repeated(text, last) <= 0.4 || tries === 19) {
        for (const s of drawn) used.add(s);
        return text;
      }
    }
    return text;
  };
  const t = (id: "new" | "carriedIn" | "total" | "carriedOut"): number => r.requests[id]![6]!.value ?? 0;
  const topics: Partial<Record<string, string>> = {};
  const contact = `如对本报告有疑问，请与${agency}办公室联系（地址：${agency}政务服务中心，电话：0${510 + random.int(400)}-${8000000 + random.int(1000000)}）。`;
  const figures = `本年度共新收政府信息公开申请 ${t("new")} 件，上年结转 ${t("carriedIn")} 件，办结 ${t("total")} 件，结转下年度 ${t("carriedOut")} 件。`;
  for (const topic of form.overviewTopics)
    topics[topic.id] = draw(
      120 + random.int(200),
      lastOverview,
      topic.id === "intro" ? contact : topic.id === "onRequest" ? figures : "",
    );
  const followUp = previous ? "针对上年度存在的问题，本年度已逐项整改落实。" : "";
  const fee = FEE_SENTENCES[(year + random.int(2)) % FEE_SENTENCES.length]!;
  const written: Report = {
    ...r,
    overview: { text: null, topics },
    problems: draw(100 + random.int(200), shingles([before?.problems])) + followUp,
    other: draw(40 + random.int(80), shingles([before?.other]), fee),
  };
  const state: YearState = { ...tabled, report: written, text: "", sentences: [...used] };
  const changed = injection?.prose ? injection.prose(state, previous) : state;
  const header = [`${agency} ${year} 年政府信息公开工作年度报告（生成的测试数据）`];
  return { ...changed, text: writeReportYaml(changed.report, { header }) };
}

/** `total` split over six columns in proportion to `spread`, the rounding left in a column drawn by weight. */
function split(total: number, spread: readonly number[], random: Random): number[] {
  const out = spread.map((w) => Math.floor(total * w));
  let rest = total - out.reduce((s, v) => s + v, 0);
  while (rest-- > 0) {
    let r = random.next();
    let c = 0;
    while (c < 5 && r >= spread[c]!) r -= spread[c++]!;
    out[c]!++;
  }
  return out;
}

const ORDINAL = /(^|[\s。；;，,：:、！!？?（(）)“"])[一二三四五六七八九十]{1,3}是/gu;
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

/**
 * Sentences drawn up to `budget` characters, none drawn before this year (`used`, which grows). Their 一是/二是 enumerators are
 * numbered anew in order, as an author writes them.
 */
function prose(sentences: readonly string[], budget: number, random: Random, used: Set<string>): string {
  let out = "";
  while (out.length < budget && used.size < sentences.length) {
    const s = sentences[random.int(sentences.length)]!;
    if (used.has(s)) continue;
    used.add(s);
    out += s;
  }
  let n = 0;
  return out.replace(ORDINAL, (_, before: string) => `${before}${NUMERALS[n++ % NUMERALS.length]}是`);
}

/** Ways of saying no fee was charged, so 六 does not read the same every year. */
const FEE_SENTENCES = [
  "本年度未收取信息处理费。",
  "本机关依申请提供政府信息，未收取信息处理费。",
  "按照政府信息公开信息处理费管理办法的规定，本年度没有收取信息处理费。",
];

/** Five-character runs of a text's Chinese characters: XY-SIMILARITY's measure, approximated. */
function shingles(texts: readonly (string | null | undefined)[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of texts) {
    const letters = (t ?? "").replace(/[^\u4e00-\u9fef]/gu, "");
    for (let i = 0; i + 5 <= letters.length; i++) out.add(letters.slice(i, i + 5));
  }
  return out;
}

/** The share of `text`'s Chinese characters inside a five-character run also in `last`. */
function repeated(text: string, last: ReadonlySet<string>): number {
  const letters = text.replace(/[^\u4e00-\u9fef]/gu, "");
  if (!last.size || letters.length < 5) return 0;
  const covered = new Uint8Array(letters.length);
  for (let i = 0; i + 5 <= letters.length; i++) if (last.has(letters.slice(i, i + 5))) covered.fill(1, i, i + 5);
  return covered.reduce((n, c) => n + c, 0) / letters.length;
}
