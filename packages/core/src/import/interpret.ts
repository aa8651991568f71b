/**
 * The interpreter: from the intermediate form of any published report (SourceDocument) to the typed
 * model and the import findings. It finds the six sections, reads the three tables against the
 * form (tables 二 三 四 in table2.ts, table3.ts, table4.ts), takes the title, agency and year from
 * the lines before the first section, the prose of 一 五 六, and the notes (注：…) under the tables
 * and after the last section.
 */
import type { Locale } from "../findings/index.js";
import { FORMS, type FormatYear } from "../form/index.js";
import { message } from "../messages/index.js";
import type { Report, ReportNote, TableId } from "../model/index.js";
import { emptyReport } from "../read/reader.js";
import { ImportLog, type ImportFinding } from "./findings.js";
import { readMeta } from "./meta.js";
import { chooseAgency, readSignature } from "./signature.js";
import { overviewTopics, paragraphs } from "./prose.js";
import type { DataRow } from "./rows.js";
import type { SourceDocument } from "./source.js";
import { readTable2, table2Style } from "./table2.js";
import { readTable3 } from "./table3.js";
import { readTable4 } from "./table4.js";
import { tableLabel } from "./tables.js";
import { clip } from "./text.js";
import { reportUnsplitRows } from "./unsplit.js";
import { itemsOf, zoneItems, zonesOf, type Item, type SectionId, type Zone } from "./zones.js";

export interface ImportStats {
  /** Cells of the tables found. */
  readonly cells: number;
  /** Read as they stood in the source. */
  readonly read: number;
  /** Decoded by inference (a glued run, a split number, a row placed by order). */
  readonly inferred: number;
  /** Left empty for the author: not found, not placeable, not a number. */
  readonly unreadable: number;
}

export interface Interpretation {
  readonly report: Report;
  readonly findings: readonly ImportFinding[];
  /** YAML comments by model path (one per row), for `writeReportYaml`. */
  readonly comments: ReadonlyMap<string, string>;
  /** What the YAML's header should say about the import, beyond the source's name. */
  readonly notes: readonly string[];
  readonly stats: ImportStats;
  /** False when the source holds nothing of a report (no section heading, no table) or was too large to read. */
  readonly reportFound: boolean;
}

const TABLES: readonly (SectionId & TableId)[] = ["proactive", "requests", "litigation"];
/**
 * A contact line of the preamble (「联系电话：…」「地址：…」): short and unpunctuated like a crawler's
 * header field, but the report's own text, kept as its own paragraph where the source makes it one.
 */
const CONTACT_LINE =
  /^(?:联系(?:电话|方式|人|地址)?|咨询电话|电话|地址|通讯地址|邮编|邮政编码|传真|电子邮箱|邮箱)\s*[:：]/u;
/** A note as printed: 「注：…」. */
const NOTE = /^注\s*[:：]\s*(.+)$/u;

export function interpretSource(
  doc: SourceDocument,
  locale: Locale = "zh-CN",
  tooLarge?: { max: number; actual: number },
  previous: Report | null = null,
): Interpretation {
  const log = new ImportLog(locale);
  // Past the size limit nothing is read, and the report says why instead of every table missing;
  // nothing is imported: an error, as when no report is found.
  if (tooLarge)
    log.add({
      code: "IMP-UNREADABLE",
      severity: "error",
      messageId: "IMP-UNREADABLE.tooLarge",
      args: tooLarge,
      source: { line: 1, column: 1 },
    });
  const items = itemsOf(doc);
  const zones = zonesOf(items);
  const zone = (id: SectionId) => zones.find((z) => z.id === id);
  const preamble = items.slice(0, zones[0]?.start ?? items.length);
  const meta = readMeta(preamble, items);
  // The 落款 follows the last table and the last prose; its lines are not prose.
  let lastTable = items.length - 1;
  while (lastTable >= 0 && !items[lastTable]!.tabular) lastTable--;
  const signature = readSignature(items.slice(lastTable + 1), meta.agency);
  const unsigned = (list: readonly Item[]) => (signature ? list.filter((i) => !signature.items.has(i)) : list);

  const t2Items = zone("proactive") ? zoneItems(items, zone("proactive")!) : [];
  const format: FormatYear = table2Style(t2Items) ?? (meta.year !== null && meta.year <= 2020 ? 2019 : 2021);
  const form = FORMS[format];
  const report = emptyReport(form);
  Object.assign(report, {
    formatDeclared: true,
    title: meta.title,
    agency: chooseAgency(meta.agency, signature, items),
    year: meta.year,
    publishedOn: meta.publishedOn ?? signature?.date ?? null,
  });
  const notes: string[] = [];
  const present = { ...report.present };

  for (const z of zones) if (z.heading) reportHeading(z, log);
  const at = items[0]?.loc ?? { line: 1, column: 1 };
  // No section heading and no table anywhere (an empty file, "hello world", a 404 page): one error
  // saying no report was found, rather than three missing tables and a blank report passed as imported.
  // A real report with unreadable cells still has its headings and tables, so it still imports.
  const reportFound = zones.length > 0 && !tooLarge;
  if (!reportFound && !tooLarge)
    log.add({ code: "IMP-UNREADABLE", severity: "error", messageId: "IMP-UNREADABLE.noReport", source: at });
  let table4Rows: readonly DataRow[] = [];
  for (const id of TABLES) {
    const z = zone(id);
    if (!z) {
      if (reportFound)
        log.add({
          code: "IMP-UNREADABLE",
          messageId: "IMP-UNREADABLE.tableMissing",
          args: { table: tableLabel(form, id) },
          source: at,
          path: id,
        });
      continue;
    }
    present[id] = true;
    const inZone = zoneItems(items, z);
    if (id === "proactive") report.proactive = readTable2(inZone, form, log);
    else if (id === "requests") report.requests = readTable3(inZone, form, log).rows;
    else {
      const t4 = readTable4(inZone, form, log);
      report.litigation = t4.rows;
      table4Rows = t4.used;
    }
  }
  report.notes = tableNotes(items, zones);

  // Prose. The lines before 一、总体情况 (basis, period, contact) open the overview, as authors do.
  const intro = paragraphs(preamble.filter((i) => !meta.used.has(i) && afterTitle(i, meta.used))).filter(
    (p) => p.length >= 30 || /[。]$/u.test(p) || CONTACT_LINE.test(p),
  );
  const ov = zone("overview");
  if (ov || intro.length) {
    present.overview = true;
    const paras = ov ? paragraphs(zoneItems(items, ov)) : [];
    const split = overviewTopics(paras);
    report.overview = split
      ? {
          text: null,
          topics: {
            ...(intro.length || split.intro ? { intro: [...intro, split.intro].filter(Boolean).join("\n") } : {}),
            ...split.topics,
          },
        }
      : { text: [...intro, ...paras].join("\n"), topics: {} };
  }
  const problems = zone("problems");
  if (problems) {
    present.problems = true;
    report.problems = paragraphs(unsigned(zoneItems(items, problems))).join("\n");
  } else {
    // 上海市府办 2025 and 上海科委 2024 print section 五 without its heading, right after table 四.
    const orphan = unsigned(afterRows(items, zone("litigation"), table4Rows));
    if (orphan.length) {
      present.problems = true;
      report.problems = paragraphs(orphan).join("\n");
      notes.push(message("import.header.problemsWithoutHeading", {}, locale));
    }
  }
  const other = zone("other");
  if (other) {
    present.other = true;
    report.other = paragraphs(unsigned(zoneItems(items, other))).join("\n");
  }
  // 注 after the last section's prose are the report's own notes, tied to no table.
  const last = zones.at(-1);
  if (last && (last.id === "problems" || last.id === "other") && report[last.id] !== null) {
    const { prose, notes: loose } = trailingNotes(report[last.id]!);
    report[last.id] = prose;
    report.notes = [...report.notes, ...loose];
  }
  report.present = present;
  // Last: the cuts of unread rows are ranked by the whole table, the prose and last year's report.
  reportUnsplitRows(log, report, previous);
  const missing = form.sections.filter((s) => !present[s.id]).map((s) => `${s.ordinal}、${s.heading}`);
  if (missing.length) notes.push(message("import.header.missingSections", { sections: missing.join("、") }, locale));

  return { report, findings: log.findings(), comments: log.comments(), notes, stats: statsOf(log), reportFound };
}

/** A heading read despite a typo (「行政法复议」, 平潭 2022) or under another ordinal (上海科委 2024). */
function reportHeading(z: Zone, log: ImportLog): void {
  const h = z.heading!;
  const heading = `${h.section.ordinal}、${h.section.heading}`;
  const args = {
    line: h.item.loc.line,
    written: clip(h.item.text),
    heading,
    ordinal: h.ordinal ?? "",
    expected: h.section.ordinal,
  };
  if (h.typo)
    log.add({
      code: "STR-ROW-LABELS",
      messageId: "STR-ROW-LABELS.importedHeading",
      args,
      source: h.item.loc,
      path: z.id,
    });
  else if (h.ordinal && h.ordinal !== h.section.ordinal)
    log.add({
      code: "STR-HEADING-ORDINAL",
      messageId: "STR-HEADING-ORDINAL.imported",
      args,
      source: h.item.loc,
      path: z.id,
    });
}

/** Lines of the preamble after the title (a crawler's header fields come before it). */
function afterTitle(item: Item, used: ReadonlySet<Item>): boolean {
  const last = [...used].reduce((m, u) => Math.max(m, u.loc.line * 1e6 + u.loc.column), -1);
  return last < 0 || item.loc.line * 1e6 + item.loc.column > last;
}

/** 注：… lines in a table's zone: notes printed under that table. */
function tableNotes(items: readonly Item[], zones: readonly Zone[]): ReportNote[] {
  const out: ReportNote[] = [];
  for (const z of zones) {
    if (!TABLES.includes(z.id as TableId)) continue;
    for (const item of zoneItems(items, z)) {
      const m = NOTE.exec(item.text.trim());
      if (m && item.line) out.push({ rule: null, table: z.id as TableId, text: m[1]!.trim() });
    }
  }
  return out;
}

/**
 * The 注 paragraphs that end a section's prose, as the published page prints a note tied to no
 * table: after the last section. A 注 followed by more prose is part of the prose.
 */
function trailingNotes(text: string): { prose: string; notes: ReportNote[] } {
  const paras = text.split("\n");
  let cut = paras.length;
  while (cut > 0 && NOTE.test(paras[cut - 1]!.trim())) cut--;
  const notes = paras
    .slice(cut)
    .map((p): ReportNote => ({ rule: null, table: null, text: NOTE.exec(p.trim())![1]!.trim() }));
  return { prose: paras.slice(0, cut).join("\n"), notes };
}

/** Prose of a zone after the last of the given rows (the rows table 四 was read from). */
function afterRows(items: readonly Item[], z: Zone | undefined, rows: readonly DataRow[]): Item[] {
  if (!z || rows.length === 0) return [];
  const inZone = zoneItems(items, z);
  const last = Math.max(...rows.map((r) => inZone.findIndex((i) => i.row === r)));
  return last < 0 ? [] : inZone.slice(last + 1).filter((i) => i.line && !/^注\s*[:：]/u.test(i.text.trim()));
}

function statsOf(log: ImportLog): ImportStats {
  let read = 0;
  let inferred = 0;
  let unreadable = 0;
  for (const how of log.provenance.values()) {
    if (how === "read") read++;
    else if (how === "inferred") inferred++;
    else unreadable++;
  }
  return { cells: read + inferred + unreadable, read, inferred, unreadable };
}
