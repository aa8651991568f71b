import { formFor, type FormatYear } from "../form/index.js";
import type { Cell, Report } from "../model/index.js";
import { cellFromText } from "../read/cells.js";
import { reportTemplate } from "./yaml.js";

/** The form a report for a given year uses: the 2019 trial form for 2019 and 2020, the 2021 form after. */
export function formatForYear(year: number): FormatYear {
  return year <= 2020 ? 2019 : 2021;
}

/** An empty cell as a new report writes it (`""`), made as the reader makes one. */
const blank: Cell = cellFromText("");

/**
 * A carried figure: the number as it stands; a blank stays blank and a placeholder ('/') stays as
 * written, for the author to settle, since 0 would claim a figure nobody wrote. A cell that cannot be
 * read (text that is not a number, a cell missing) carries as blank: nothing is invented for it
 * (`nextYearFrom` reports it as an error).
 */
export function carried(cell: Cell | undefined): Cell {
  if (cell?.status === "number") return { ...cell, raw: null, note: null, normalized: null };
  if (cell?.status === "placeholder") return { ...cell, note: null, normalized: null };
  return blank;
}

/**
 * Next year's report, started from this year's: 二、上年结转 = this year's 四、结转下年度继续办理 in
 * all seven columns, 现行有效件数 of 规章 and 行政规范性文件 carried over (the stock the new year
 * starts from), every other cell 0 and every text empty, so nothing of this year's prose or
 * figures is copied by mistake (30号 names copied content as a failure). A carried cell that holds
 * no number stays without one (see `carried`); `nextYearFrom` says which.
 */
export function nextYearReport(previous: Report): Report {
  const year = previous.year === null ? null : previous.year + 1;
  const format = year === null ? previous.format : formatForYear(year);
  const next = reportTemplate({
    format,
    ...(previous.agency ? { agency: previous.agency } : {}),
    ...(year !== null ? { year } : {}),
  });
  const form = formFor(format);
  const out = next as { -readonly [K in keyof Report]: Report[K] };

  const carriedOut = previous.requests.carriedOut;
  if (carriedOut)
    out.requests = { ...next.requests, carriedIn: form.table3.columns.map((_, i) => carried(carriedOut[i])) };

  // 现行有效 exists only in the 2021 form: the 2019 form's 对外公开总数量 counts something else.
  const previousForm = formFor(previous.format);
  for (const block of form.table2.blocks) {
    const stock = block.columns.find((c) => c.id === "valid");
    const before = previousForm.table2.blocks.find((b) => b.id === block.id);
    if (!stock || !before?.columns.some((c) => c.id === stock.id)) continue;
    for (const row of block.rows) {
      const cell = previous.proactive[row.id]?.[stock.id];
      out.proactive = { ...out.proactive, [row.id]: { ...out.proactive[row.id], [stock.id]: carried(cell) } };
    }
  }
  return out;
}
