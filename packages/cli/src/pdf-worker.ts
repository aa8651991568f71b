/**
 * Worker-thread entry that reads the positioned text of a PDF with pdfjs-dist. It runs apart from
 * the CLI's thread so that a hostile or broken PDF can be stopped by terminating the thread: pdfjs
 * in Node parses on the calling thread ("fake worker"), where a timer alone could not interrupt it.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { pdfPageText, type PositionedText } from "@nianbao/core";

export interface PdfWorkerInput {
  readonly data: Uint8Array;
  readonly maxPages: number;
}

export type PdfFailure = "encrypted" | "corrupt";

export type PdfWorkerOutput =
  | { readonly ok: true; readonly items: PositionedText[]; readonly pages: number; readonly pagesRead: number }
  | { readonly ok: false; readonly failure: PdfFailure; readonly detail: string };

export async function extractInThisThread(input: PdfWorkerInput): Promise<PdfWorkerOutput> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // The bundled CMaps decode CJK text set in predefined encodings (UniGB-UCS2-H…); the standard
  // fonts stand in for the 14 base fonts that PDFs reference without embedding.
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const task = pdfjs.getDocument({
    data: input.data,
    cMapUrl: join(root, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(root, "standard_fonts") + "/",
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    const items: PositionedText[] = [];
    const pagesRead = Math.min(doc.numPages, input.maxPages);
    for (let n = 1; n <= pagesRead; n++) {
      const page = await doc.getPage(n);
      // The viewport undoes /Rotate and a shifted MediaBox, so every page is read as a person sees it.
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      items.push(...pdfPageText(viewport, content.items, n));
      page.cleanup();
    }
    return { ok: true, items, pages: doc.numPages, pagesRead };
  } catch (err) {
    const name = err instanceof Error ? err.name : "";
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, failure: name === "PasswordException" ? "encrypted" : "corrupt", detail };
  } finally {
    await task.destroy();
  }
}

if (parentPort && (workerData as { nianbaoPdf?: PdfWorkerInput } | null)?.nianbaoPdf) {
  const port = parentPort;
  const output = await extractInThisThread((workerData as { nianbaoPdf: PdfWorkerInput }).nianbaoPdf);
  port.postMessage(output);
}
