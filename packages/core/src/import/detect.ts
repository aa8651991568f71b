/**
 * Which kind of published text a file is, from its content (and its name when that settles it).
 * The order matters: a PDF is bytes, HTML has tags, Markdown has pipe tables, web-page text has
 * tabs, a CMS export runs the tables into one long line, and what remains is `pdftotext -layout`.
 */
import type { SourceKind } from "./source.js";

export function detectKind(text: string, fileName?: string): SourceKind {
  const head = text.slice(0, 1024);
  if (head.includes("%PDF-")) return "pdf";
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (ext === "pdf") return "pdf";
  if (ext === "html" || ext === "htm" || /<(?:!doctype\s+html|html|body|table|tr|td|p|div)\b/i.test(text.slice(0, 20000))) return "html";
  const lines = text.split(/\r\n|\r|\n/);
  const separator = lines.some((l) => /^\s*\|?\s*:?-{3,}:?\s*\|/.test(l));
  if (ext === "md" || ext === "markdown" || (separator && lines.filter((l) => /^\s*\|.*\|\s*$/.test(l)).length >= 2)) return "markdown";
  if (lines.filter((l) => (l.match(/\t/g)?.length ?? 0) >= 2).length >= 5) return "tsv";
  // Digits glued to the labels of the form inside a long line: the markup of the tables was dropped.
  if (lines.some((l) => l.length >= 200 && /(?:规章|行政规范性文件)\s*\d{3,}|本年新收政府信息公开申请数量\s*\d{3,}/u.test(l))) return "flattened";
  return "layout";
}
