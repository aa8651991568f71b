import {
  formFor,
  noteCells,
  reportGrids,
  reportTitle,
  signatureLines,
  unreadableLabel,
  type GridCell,
  type Report,
  type SectionDef,
  type TableGrid,
  type UnreadablePart,
  printedHeading,
} from "@nianbao/core";
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunStylePropertiesOptions,
} from "docx";

/** Twips per millimetre (a twip is 1/1440 inch). */
const MM = 1440 / 25.4;

/** A4, with the margins of GB/T 9704 (党政机关公文格式): 天头 37 mm, 订口 28 mm, a 156 mm wide text block. */
const PAGE = {
  size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
  margin: {
    top: Math.round(37 * MM),
    bottom: Math.round(35 * MM),
    left: Math.round(28 * MM),
    right: Math.round(26 * MM),
  },
};
const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

/** 宋体 for Chinese, Times New Roman for Latin letters and digits, as Chinese official documents set them. */
const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia: "SimSun" };

/** Sizes in half-points: 小四 for prose, 五号 in tables, 小五 for table 四's fifteen columns. */
const SIZE = { body: 24, table: 21, narrowTable: 18, note: 21, heading: 28, title: 36 } as const;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

const heading = (run: IRunStylePropertiesOptions) => ({
  run: { font: FONT, color: "000000", ...run },
  paragraph: { keepNext: true, spacing: { before: 240, after: 120 } },
});

/** Prose: one paragraph per written line, indented two characters as Chinese prose is. */
function prose(text: string | null | undefined): Paragraph[] {
  return (text ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map(
      (l) =>
        new Paragraph({
          text: l,
          indent: { firstLineChars: 200, firstLine: 2 * SIZE.body * 10 },
          spacing: { line: 360 },
        }),
    );
}

/**
 * Grid column widths in twips: label columns wider (the deepest, holding the leaf labels, widest),
 * the figures sharing the rest evenly; the whole fills the text block.
 */
function columnWidths(grid: TableGrid): number[] {
  const labelShare = grid.labelColumns === 0 ? 0 : grid.labelColumns === 1 ? 0.3 : 0.52;
  const labelWeights = Array.from({ length: grid.labelColumns }, (_, i) =>
    i === grid.labelColumns - 1 ? 5 : i === 0 ? 2 : 3,
  );
  const weightSum = labelWeights.reduce((a, b) => a + b, 0);
  const labels = labelWeights.map((w) => Math.floor((TEXT_WIDTH * labelShare * w) / weightSum));
  const valueColumns = grid.columns - grid.labelColumns;
  const rest = TEXT_WIDTH - labels.reduce((a, b) => a + b, 0);
  const values = Array.from(
    { length: valueColumns },
    (_, i) => Math.floor(rest / valueColumns) + (i < rest % valueColumns ? 1 : 0),
  );
  return [...labels, ...values];
}

function tableCell(c: GridCell, size: number, widths: readonly number[], column: number): TableCell {
  const width = widths.slice(column, column + c.colSpan).reduce((a, b) => a + b, 0);
  return new TableCell({
    columnSpan: c.colSpan,
    rowSpan: c.rowSpan,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    children: [
      new Paragraph({
        // A leaf label reads from the left; a group label is centred on the rows it spans.
        alignment: c.kind === "label" && c.rowSpan === 1 ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: c.text, size, bold: c.kind === "caption" })],
      }),
    ],
  });
}

/**
 * A table with the printed merges: `columnSpan` becomes `w:gridSpan`, `rowSpan` a `w:vMerge` restart
 * with its continuations. Rows never split across pages, and the header rows repeat on each page.
 */
function docxTable(grid: TableGrid, size: number): Table {
  const widths = columnWidths(grid);
  // Where each row's next cell starts, given the cells that spans from above already cover.
  const covered: number[][] = grid.rows.map(() => []);
  const rows = grid.rows.map((row, r) => {
    let column = 0;
    const out = row.cells.map((c) => {
      while (covered[r]!.includes(column)) column++;
      for (let dr = 1; dr < c.rowSpan; dr++) for (let dc = 0; dc < c.colSpan; dc++) covered[r + dr]?.push(column + dc);
      const made = tableCell(c, size, widths, column);
      column += c.colSpan;
      return made;
    });
    return new TableRow({ children: out, cantSplit: true, ...(r < grid.headerRows ? { tableHeader: true } : {}) });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}

function notes(cells: readonly GridCell[]): Paragraph[] {
  return cells.map(
    (n) => new Paragraph({ children: [new TextRun({ text: n.text, size: SIZE.note })], spacing: { before: 60 } }),
  );
}

/** The body of one section: its prose, or its table with the 注 printed under it. */
function sectionBody(s: SectionDef, report: Report, grids: ReturnType<typeof reportGrids>): (Paragraph | Table)[] {
  if (s.kind !== "text")
    return [
      docxTable(grids[s.kind], s.kind === "table4" ? SIZE.narrowTable : SIZE.table),
      ...notes(grids[s.kind].notes),
    ];
  if (s.id !== "overview") return prose(report[s.id as "problems" | "other"]);
  const { text, topics } = report.overview;
  if (text !== null) return prose(text);
  return formFor(report.format)
    .overviewTopics.filter((t) => topics[t.id as keyof typeof topics] !== undefined)
    .flatMap((t) => [
      ...(t.id === "intro" ? [] : [new Paragraph({ text: t.label, heading: HeadingLevel.HEADING_2 })]),
      ...prose(topics[t.id as keyof typeof topics]),
    ]);
}

/** Lines of the file YAML could not read: a red label, then the lines as written, where they stand. */
function unreadable(parts: readonly UnreadablePart[]): Paragraph[] {
  return parts.flatMap((p) => [
    new Paragraph({
      children: [new TextRun({ text: unreadableLabel(p), bold: true, color: "C62828" })],
      spacing: { before: 120 },
    }),
    ...p.text.split("\n").map((l) => new Paragraph({ children: [new TextRun({ text: l, color: "C62828" })] })),
  ]);
}

/**
 * The report as a Word document: A4, the title, the six sections under their printed headings, the
 * three tables merged as printed (FORMAT §3) with each 注 beneath, and the 落款 (机关, 发布日期).
 * Returns the .docx package.
 */
export async function renderReportDocx(
  report: Report,
  options: { readonly unreadable?: readonly UnreadablePart[] } = {},
): Promise<Uint8Array> {
  const parts = (id: SectionDef["id"] | null) => unreadable((options.unreadable ?? []).filter((p) => p.section === id));
  const form = formFor(report.format);
  const grids = reportGrids(report);
  const title = reportTitle(report);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    ...parts(null),
  ];
  for (const s of form.sections)
    children.push(
      new Paragraph({ text: printedHeading(s), heading: HeadingLevel.HEADING_1 }),
      ...sectionBody(s, report, grids),
      ...parts(s.id),
    );
  children.push(...notes(noteCells(report, null)));
  // The 落款, right-aligned as an official document is signed: 机关 survives a round trip through the text.
  signatureLines(report).forEach((line, i) =>
    children.push(
      new Paragraph({ text: line, alignment: AlignmentType.RIGHT, ...(i === 0 ? { spacing: { before: 480 } } : {}) }),
    ),
  );
  const doc = new Document({
    title,
    creator: report.agency ?? "",
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body, language: { value: "en-US", eastAsia: "zh-CN" } } },
        title: {
          ...heading({ size: SIZE.title, bold: true }),
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } },
        },
        heading1: heading({ size: SIZE.heading, bold: true }),
        heading2: heading({ size: SIZE.body, bold: true }),
      },
    },
    sections: [{ properties: { page: PAGE }, children }],
  });
  // An ArrayBuffer rather than a Node Buffer, so the same writer runs in the web page.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
