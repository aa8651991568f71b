/**
 * pdfjs-dist's text content of one page as the positioned text `positionsToSource` reads. Kept in
 * core, free of pdfjs itself, so that the CLI's worker thread and the web page's worker map pages
 * the same way.
 */
import type { PositionedText } from "./source.js";

type Matrix = readonly [number, number, number, number, number, number];

/** What this needs of a pdfjs viewport (`page.getViewport({ scale: 1 })`). */
export interface PdfViewportLike {
  readonly transform: readonly number[];
  readonly height: number;
}

/** What this needs of a pdfjs text item; marked-content items have no `str` and are skipped. */
export interface PdfTextItemLike {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

/** Same as pdfjs's Util.transform, kept here so the mapping below is readable without the library's types. */
function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The text pieces of page `page`, positioned as a person sees the page: the viewport undoes
 * /Rotate and a shifted MediaBox. Whitespace pieces stay: their widths are unreliable, but they mark
 * where the text had a space.
 */
export function pdfPageText(viewport: PdfViewportLike, items: readonly unknown[], page: number): PositionedText[] {
  const out: PositionedText[] = [];
  for (const raw of items) {
    const item = raw as PdfTextItemLike;
    if (typeof item.str !== "string" || item.str === "" || !item.transform) continue;
    const m = multiply(viewport.transform as unknown as Matrix, item.transform as unknown as Matrix);
    const fontSize = Math.hypot(m[2], m[3]);
    const height = item.height ?? 0;
    out.push({
      text: item.str,
      page,
      x: round(m[4]),
      y: round(viewport.height - m[5]),
      width: round(item.width ?? 0),
      height: round(height > 0 ? height : fontSize),
    });
  }
  return out;
}

/** The PDF specification lets the header start anywhere in the first 1024 bytes. */
const HEADER_WINDOW = 1024;

/** A PDF by its header, wherever it starts in the first kilobyte. */
export function hasPdfHeader(data: Uint8Array): boolean {
  const head = data.subarray(0, Math.min(data.byteLength, HEADER_WINDOW));
  let text = "";
  for (const b of head) text += String.fromCharCode(b);
  return text.includes("%PDF-");
}
