/**
 * Which kind of published text a file is, from its content (and its name when that settles it).
 * The order matters: a PDF is bytes, HTML has tags, Markdown has pipe tables, web-page text has
 * tabs, a CMS export runs the tables into one long line, and what remains is `pdftotext -layout`.
 * What a page carries before its report (Word's exported styles and XML, conditional comments,
 * site chrome) never decides: only the report's own shape does.
 */
import type { SourceKind } from "./source.js";

/** How far into the text HTML tags are looked for, once Word's residue is set aside. */
const HTML_WINDOW = 20000;

/**
 * Comments (Word's `<!--[if gte mso 9]><xml>…<![endif]-->` runs to tens of kilobytes of
 * w:LatentStyles) and the content of style and xml elements: residue, not the page's markup.
 */
const RESIDUE = /<!--[\s\S]*?(?:-->|$)|<(style|xml)\b[\s\S]*?(?:<\/\1\s*>|$)/giu;

/** The section ordinals of a report run together on one line (「一、总体情况…二、主动公开…」). */
const ORDINALS = /[一二三四五六][、.．]/gu;

export function detectKind(text: string, fileName?: string): SourceKind {
  const head = text.slice(0, 1024);
  if (head.includes("%PDF-")) return "pdf";
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (ext === "pdf") return "pdf";
  if (
    ext === "html" ||
    ext === "htm" ||
    /<(?:!doctype\s+html|html|body|table|tr|td|p|div)\b/i.test(withoutResidue(text))
  )
    return "html";
  const lines = text.split(/\r\n|\r|\n/);
  const separator = lines.some((l) => /^\s*\|?\s*:?-{3,}:?\s*\|/.test(l));
  if (ext === "md" || ext === "markdown" || (separator && lines.filter((l) => /^\s*\|.*\|\s*$/.test(l)).length >= 2))
    return "markdown";
  if (lines.filter((l) => (l.match(/\t/g)?.length ?? 0) >= 2).length >= 5) return "tsv";
  // Digits glued to the labels of the form inside a long line: the markup of the tables was dropped.
  if (
    lines.some(
      (l) => l.length >= 200 && /(?:规章|行政规范性文件)\s*\d{3,}|本年新收政府信息公开申请数量\s*\d{3,}/u.test(l),
    )
  )
    return "flattened";
  // The same with every cell spaced (「本年新收政府信息公开申请数量 5 0 0 0 0 3 8」): the sections on one line say so.
  if (
    lines.some(
      (l) =>
        l.length >= 200 &&
        /本年新收政府信息公开申请数量[\s\u3000]*\d/u.test(l) &&
        (l.match(ORDINALS)?.length ?? 0) >= 3,
    )
  )
    return "flattened";
  return "layout";
}

/** The start of the text with Word's residue blanked out, for looking for the page's own tags. */
function withoutResidue(text: string): string {
  const head = text.slice(0, 4 * HTML_WINDOW);
  return (head.includes("<") ? head.replace(RESIDUE, " ") : head).slice(0, HTML_WINDOW);
}
