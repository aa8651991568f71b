/**
 * The intermediate form of a published report, whatever it was published as (web-page text, a PDF,
 * Markdown, HTML, a CMS export): its prose lines and its tables as rows of cells, each piece with
 * where it came from. Every format reader produces this; one interpreter maps it onto the form.
 * Nothing here guesses: a cell is the text that stood in the source.
 */

/** Where a piece of text stood in the source file. Lines and columns are 1-based, as editors show them. */
export interface SourceLocation {
  readonly line: number;
  readonly column: number;
  /** 1-based page, for PDFs. */
  readonly page?: number;
  /** Position on the page in PDF units (origin bottom-left), for PDFs. */
  readonly x?: number;
  readonly y?: number;
}

export interface SourceCell {
  /** The cell's text as it stood (trimmed of layout whitespace only). */
  readonly text: string;
  readonly loc: SourceLocation;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  /**
   * The cell is a run of digits that stood with no separator between the numbers of several
   * cells (a CMS export that dropped the table markup: 平潭 writes 「713000074」 for 71 3 0 0 0 0 74).
   * Only the interpreter, which knows how many cells the row has and how they add up, may split it.
   */
  readonly glued?: boolean;
}

export interface SourceRow {
  readonly cells: readonly SourceCell[];
  readonly loc: SourceLocation;
  /**
   * The source delimits every cell of the row (an HTML row's cells; a Markdown body row as wide as
   * its table's header), so an empty cell is a cell of the row, not layout. Without it an empty
   * cell may be merged-cell filler or a gap between columns, and only the text decides.
   */
  readonly explicit?: boolean;
}

export interface SourceTable {
  readonly rows: readonly SourceRow[];
  readonly loc: SourceLocation;
}

export interface SourceLine {
  readonly text: string;
  readonly loc: SourceLocation;
  /**
   * The source itself starts a paragraph here (an HTML block, a Markdown line after a blank one):
   * the author's boundary, never joined to the line before. Unset where lines are wrapped by width
   * (pdftotext, web-page text), which the importer joins back into paragraphs.
   */
  readonly paragraph?: true;
}

/**
 * The kinds of published report Nianbao reads. `docx` is a Word document as HTML (the CLI converts
 * it with mammoth): read by the HTML reader, named as what the author published.
 */
export type SourceKind = "tsv" | "layout" | "markdown" | "html" | "flattened" | "pdf" | "docx";

export interface SourceDocument {
  readonly kind: SourceKind;
  /** Prose, in reading order, tables excluded. */
  readonly lines: readonly SourceLine[];
  /** Tables in reading order (a table broken across pages or blocks may come as several). */
  readonly tables: readonly SourceTable[];
}

/** A piece of text with its position on a PDF page, as a PDF library delivers it. */
export interface PositionedText {
  readonly text: string;
  readonly page: number;
  /** Left edge and baseline, PDF units, origin bottom-left. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
