/**
 * One published report, as bytes the user opened or dropped, into a `*.nianbao.yaml`: what
 * `nianbao import` does, with the same core readers. A PDF's text is read by pdfjs-dist (its parser
 * bundled into this worker, so no second worker and no fetch); a Word document's HTML by mammoth's
 * browser build. Runs in the import worker, which the page terminates when it takes too long.
 */
import {
  decodeBytes,
  hasPdfHeader,
  importReport,
  importSource,
  isLegacyWord,
  isZip,
  oneBlockALine,
  pdfPageText,
  positionsToSource,
  type ImportResult,
  type Locale,
  type PositionedText,
} from "@nianbao/core";
import type { ImportReply } from "../protocol.js";
import { chineseCMap } from "./cmaps.js";

/** Pages past this are not read: an annual report has a handful (the CLI's limit). */
const MAX_PAGES = 200;
/** The largest document.xml inflated, as the CLI: past it a file is a decompression bomb or no report. */
const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

const REPORT_NAME = /\.nianbao\.ya?ml$|\.ya?ml$/i;

type Failure = Extract<ImportReply, { ok: false }>;
const fail = (messageId: string, args: Failure["args"] = {}): Failure => ({ ok: false, messageId, args });

export async function importFile(name: string, bytes: Uint8Array, locale: Locale): Promise<ImportReply> {
  try {
    if (REPORT_NAME.test(name)) {
      const decoded = decodeBytes(bytes);
      return decoded ? { ok: true, yaml: decoded.text, kind: "yaml", findings: 0 } : fail("import.undecodable");
    }
    if (isLegacyWord(bytes, name)) return fail("import.legacyWord");
    if (hasPdfHeader(bytes)) return done(await importPdf(bytes, name, locale));
    if (isZip(bytes) || /\.docx$/i.test(name)) return done(await importDocx(bytes, name, locale));
    const decoded = decodeBytes(bytes);
    if (!decoded) return fail("import.undecodable");
    return done(importReport(decoded.text, { fileName: name, locale }));
  } catch (err) {
    if (err instanceof ImportFailure) return err.reply;
    return fail("import.failed", { detail: err instanceof Error ? err.message : String(err) });
  }
}

class ImportFailure extends Error {
  constructor(readonly reply: Failure) {
    super(reply.messageId);
  }
}

function done(result: ImportResult): ImportReply {
  return { ok: true, yaml: result.yaml, kind: result.kind, findings: result.findings.length };
}

async function importPdf(bytes: Uint8Array, name: string, locale: Locale): Promise<ImportResult> {
  const pdfjs = await import("pdfjs-dist/build/pdf.mjs");
  const task = pdfjs.getDocument({
    // pdfjs takes the buffer over: a copy keeps the caller's bytes intact.
    data: bytes.slice(),
    // CJK PDFs set in predefined encodings (UniGB-UCS2-H…) need these; they are bundled, never fetched.
    BinaryDataFactory: ChineseCMaps,
    useWorkerFetch: false,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const items: PositionedText[] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      items.push(...pdfPageText(page.getViewport({ scale: 1 }), (await page.getTextContent()).items, n));
      page.cleanup();
    }
  } catch (err) {
    if (err instanceof Error && err.name === "PasswordException") throw new ImportFailure(fail("import.pdfEncrypted"));
    throw new ImportFailure(fail("import.pdfCorrupt", { detail: err instanceof Error ? err.message : String(err) }));
  } finally {
    await task.destroy();
  }
  if (!items.some((i) => i.text.trim() !== "")) throw new ImportFailure(fail("import.pdfNoText"));
  return importSource(positionsToSource(items), { fileName: name, locale });
}

/**
 * pdfjs's binary-data reader, answered from the Chinese CMaps bundled with the worker. Standard font
 * data is refused: text extraction does without it (pdfjs only warns).
 */
class ChineseCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const data = kind === "cMapUrl" ? chineseCMap(filename.replace(/\.bcmap$/, "")) : null;
    if (!data) throw new Error(`${kind} ${filename}`);
    return data;
  }
}

async function importDocx(bytes: Uint8Array, name: string, locale: Locale): Promise<ImportResult> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes).catch(() => null);
  const body = zip?.file("word/document.xml");
  if (!body) throw new ImportFailure(fail("import.docxNotWord"));
  const size = await inflatedSize(body, MAX_DOCUMENT_XML_BYTES);
  if (size > MAX_DOCUMENT_XML_BYTES)
    throw new ImportFailure(fail("import.tooLarge", { size: (size / 1024 / 1024).toFixed(1) }));
  const { default: mammoth } = await import("mammoth/mammoth.browser.js");
  let html: string;
  try {
    const converted = await mammoth.convertToHtml(
      { arrayBuffer: bytes.slice().buffer },
      // Images carry no cell of the report; left out, they cost neither memory nor time.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })), externalFileAccess: false },
    );
    html = converted.value;
  } catch (err) {
    throw new ImportFailure(fail("import.docxCorrupt", { detail: err instanceof Error ? err.message : String(err) }));
  }
  return importReport(oneBlockALine(html), { kind: "docx", fileName: name, locale });
}

interface ZipStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): ZipStream;
  on(event: "end" | "error", cb: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/** How many bytes a ZIP entry inflates to, stopping as soon as it passes `max` (a bomb costs `max`, not its size). */
function inflatedSize(entry: import("jszip").JSZipObject, max: number): Promise<number> {
  return new Promise((resolve) => {
    let size = 0;
    // JSZip's own stream (internalStream is public API, missing from its typings).
    const stream = (entry as unknown as { internalStream(type: "uint8array"): ZipStream }).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        size += chunk.byteLength;
        if (size > max) {
          stream.pause();
          resolve(size);
        }
      })
      .on("end", () => resolve(size))
      .on("error", () => resolve(size))
      .resume();
  });
}
