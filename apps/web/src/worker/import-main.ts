/**
 * Entry of the files worker (imports and Word export). pdfjs-dist's parser is bundled in (it sets `globalThis.pdfjsWorker`),
 * so pdfjs runs it in this thread instead of starting a worker from a URL, which a page opened from
 * file:// may not do. Loaded into a worker, pdfjs's parser also answers its own protocol on this
 * scope (it posts "ready"): replies are wrapped as `{ reply }` for the page to tell them apart.
 * The page runs one job per worker and terminates it after a timeout.
 */
import "pdfjs-dist/build/pdf.worker.mjs";
import { readReport, unreadableParts } from "@nianbao/core";
import { renderReportDocx } from "@nianbao/cli/docx";
import type { DocxReply, FilesRequest } from "../protocol.js";
import { importFile } from "./import-file.js";
import { workerScope } from "./scope.js";

const scope = workerScope();
scope.addEventListener("message", (event: MessageEvent<FilesRequest>) => {
  const m = event.data;
  if (m?.op === "import") void importFile(m.name, m.bytes, m.locale).then((reply) => scope.postMessage({ reply }));
  else if (m?.op === "docx")
    void exportDocx(m.text).then((reply) => scope.postMessage({ reply }, reply.ok ? [reply.bytes.buffer] : []));
});

/** The CLI's Word writer (`nianbao render --format docx`), which runs unchanged in a browser. */
async function exportDocx(text: string): Promise<DocxReply> {
  try {
    const read = readReport(text);
    return { ok: true, bytes: await renderReportDocx(read.report, { unreadable: unreadableParts(read) }) };
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) };
  }
}
