/**
 * Import of a published PDF: pdfjs-dist reads each text piece with its position (in a worker
 * thread, see pdf-worker.ts), core's `positionsToSource` rebuilds lines and table cells from the
 * positions, and core's interpreter maps them onto the form. Node only: core never sees pdfjs.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { Worker } from "node:worker_threads";
import {
  hasPdfHeader,
  importSource,
  positionsToSource,
  type ImportResult,
  type Locale,
  type PositionedText,
  type Report,
  type SourceDocument,
} from "@nianbao/core";
import { ioError } from "./errors.js";
import type { PdfWorkerInput, PdfWorkerOutput } from "./pdf-worker.js";

export interface PdfReadOptions {
  /** How the file is named in error messages when bytes are given (a path names itself). */
  readonly name?: string;
  /** Reading stops with an error after this long. */
  readonly timeoutMs?: number;
  /** Pages past this are not read: an annual report has a handful, a huge PDF is not one. */
  readonly maxPages?: number;
}

export interface PdfPositions {
  readonly items: readonly PositionedText[];
  readonly pages: number;
  readonly pagesRead: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_PAGES = 200;

/** The positioned text of every page of a PDF given as a path or as its bytes. Throws a CliError (exit 2) when it cannot. */
export async function readPdfPositions(
  input: string | Uint8Array,
  options: PdfReadOptions = {},
): Promise<PdfPositions> {
  const name = typeof input === "string" ? input : (options.name ?? "-");
  const data = typeof input === "string" ? await readPdfFile(input) : input;
  if (!hasPdfHeader(data)) throw ioError("error.pdfNotPdf", { path: name });
  const output = await runWorker(
    { data, maxPages: options.maxPages ?? DEFAULT_MAX_PAGES },
    name,
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  if (!output.ok) {
    if (output.failure === "encrypted") throw ioError("error.pdfEncrypted", { path: name });
    throw ioError("error.pdfCorrupt", { path: name, detail: output.detail });
  }
  if (!output.items.some((i) => i.text.trim() !== "")) throw ioError("error.pdfNoText", { path: name });
  return { items: output.items, pages: output.pages, pagesRead: output.pagesRead };
}

export interface PdfImportOptions extends PdfReadOptions {
  /** Language of the import findings and of the YAML's comments (default zh-CN). */
  readonly locale?: Locale;
  /** Last year's report of the same agency: ranks the cuts of rows that could not be read (core's ImportOptions). */
  readonly previous?: Report | null;
}

/**
 * Imports a published PDF into the model and a `*.nianbao.yaml`, with a finding for every cell
 * that could not be read. Throws a CliError (exit 2) when the file is not a readable PDF with text.
 */
export async function importPdf(input: string | Uint8Array, options: PdfImportOptions = {}): Promise<ImportResult> {
  const source = await pdfToSource(input, options);
  const fileName = options.name ?? (typeof input === "string" ? basename(input) : "-");
  return importSource(source, {
    fileName,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
  });
}

/** The intermediate form of a PDF: its prose lines and its tables rebuilt from the text positions. */
export async function pdfToSource(input: string | Uint8Array, options: PdfReadOptions = {}): Promise<SourceDocument> {
  const { items } = await readPdfPositions(input, options);
  return positionsToSource(items);
}

export { hasPdfHeader };

async function readPdfFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT" || err.code === "ENOTDIR") throw ioError("error.notFound", { path });
    if (err.code === "EACCES" || err.code === "EPERM") throw ioError("error.denied", { path });
    throw ioError("error.unreadable", { path, reason: err.code ?? err.message });
  }
}

function runWorker(input: PdfWorkerInput, name: string, timeoutMs: number): Promise<PdfWorkerOutput> {
  return new Promise((resolve, reject) => {
    // A memory ceiling keeps a decompression bomb from taking the whole machine down with the CLI.
    const worker = new Worker(new URL("./pdf-worker.js", import.meta.url), {
      workerData: { nianbaoPdf: input },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
      stdout: true,
      stderr: true,
    });
    // Piped rather than inherited so pdfjs's console noise never reaches the user; drained so it never piles up.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(ioError("error.pdfTimeout", { path: name, seconds: Math.round(timeoutMs / 1000) }))),
      timeoutMs,
    );
    worker.once("message", (output: PdfWorkerOutput) => settle(() => resolve(output)));
    worker.once("error", (err) => settle(() => resolve({ ok: false, failure: "corrupt", detail: err.message })));
    worker.once("exit", (code) => settle(() => resolve({ ok: false, failure: "corrupt", detail: `exit ${code}` })));
  });
}
