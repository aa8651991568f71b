/**
 * Import of a Word document (.docx): mammoth turns it into HTML and core's HTML reader reads that.
 * mammoth is maintained, reads `w:gridSpan` as colspan and `w:vMerge` runs as rowspan (the merges
 * of the official tables), keeps headings and paragraphs as blocks, and never fetches linked files.
 * Word 97–2003 (.doc) and WPS (.wps) files are OLE compound files nobody maintains a reader for in
 * JavaScript: they are refused with the way to convert them.
 */
import { extname } from "node:path";
import type { JSZipObject } from "jszip";
import {
  importReport,
  isLegacyWord,
  isZip,
  oneBlockALine,
  type ImportResult,
  type Locale,
  type Report,
} from "@nianbao/core";
import { ioError } from "./errors.js";

// Loaded when a Word document is imported: every other run of the CLI starts without them.
const loadZip = async (bytes: Uint8Array) => (await import("jszip")).default.loadAsync(bytes).catch(() => null);

/**
 * The largest document.xml inflated. A report's is well under 2 MB even with its styles; a file
 * that inflates past this is a decompression bomb or not a report, and is refused before mammoth
 * inflates it in memory.
 */
export const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

/** A Word 97–2003 or WPS file, by its name or its OLE magic number (core's test, shared with the web page). */
export { isLegacyWord };

/** A .docx by its name, or a ZIP archive that holds a Word body (a link or standard input has no name to go by). */
export async function isDocx(bytes: Uint8Array, name: string): Promise<boolean> {
  if (extname(name).toLowerCase() === ".docx") return true;
  if (!isZip(bytes)) return false;
  const zip = await loadZip(bytes);
  return zip?.file("word/document.xml") != null;
}

/**
 * How many bytes a ZIP entry inflates to, counting its stream (JSZip's public API) and stopping as
 * soon as it passes `max`: a decompression bomb costs `max` bytes of work, never its whole size.
 */
function inflatedSize(entry: JSZipObject, max: number): Promise<number> {
  return new Promise((resolve) => {
    let size = 0;
    // JSZip's own stream (not async-iterable in every bundle): read by its events. A damaged entry
    // ends the count; mammoth then names the damage.
    const stream = entry.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > max) {
        (stream as { pause?: () => void }).pause?.();
        resolve(size);
      }
    });
    stream.on("end", () => resolve(size));
    stream.on("error", () => resolve(size));
  });
}

/** The HTML of a Word document as mammoth writes it. Throws a CliError (exit 2) when it is not a readable .docx. */
export async function docxToHtml(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await loadZip(bytes);
  const body = zip?.file("word/document.xml");
  if (!body) throw ioError("error.docxNotWord", { path: name });
  const size = await inflatedSize(body, MAX_DOCUMENT_XML_BYTES);
  if (size > MAX_DOCUMENT_XML_BYTES)
    throw ioError("error.importTooLarge", {
      path: name,
      size: (size / 1024 / 1024).toFixed(1),
      max: (MAX_DOCUMENT_XML_BYTES / 1024 / 1024).toFixed(1),
    });
  const { default: mammoth } = await import("mammoth");
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images carry no cell of the report; left out, they cost neither memory nor time.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })), externalFileAccess: false },
    );
    return oneBlockALine(value);
  } catch (err) {
    throw ioError("error.docxCorrupt", { path: name, detail: err instanceof Error ? err.message : String(err) });
  }
}

export interface DocxImportOptions {
  /** How the document is named in the YAML header and the messages. */
  readonly name: string;
  readonly locale?: Locale;
  /** Last year's report of the same agency: ranks the cuts of rows that could not be read (core's ImportOptions). */
  readonly previous?: Report | null;
}

/** Imports a Word document into the model and a `*.nianbao.yaml`, every cell right or reported. */
export async function importDocx(bytes: Uint8Array, options: DocxImportOptions): Promise<ImportResult> {
  const html = await docxToHtml(bytes, options.name);
  return importReport(html, {
    kind: "docx",
    fileName: options.name,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
  });
}
