/**
 * Reading what the user opens or drops, and saving what the page exports: imports run in the files
 * worker (pdfjs, mammoth, core's readers), one worker a job, terminated when it takes too long.
 */
import type { Locale } from "@nianbao/core";
import type { DocxReply, FilesRequest, ImportReply } from "../protocol.js";
import { startWorker } from "./workers.js";

/** As the CLI's PDF timeout: a report reads in a second or two; a hostile file is stopped. */
export const IMPORT_TIMEOUT_MS = 60_000;

async function runFilesJob<R>(request: FilesRequest, timeoutMs: number): Promise<R | "timeout"> {
  const worker = await startWorker("import");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate();
      resolve("timeout");
    }, timeoutMs);
    worker.addEventListener("message", (event: MessageEvent<{ reply?: R }>) => {
      // pdfjs's parser talks on the same scope ("ready"): only a wrapped reply is ours.
      if (!event.data || typeof event.data !== "object" || !("reply" in event.data)) return;
      clearTimeout(timer);
      worker.terminate();
      resolve(event.data.reply as R);
    });
    worker.addEventListener("error", (event) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(event.message));
    });
    worker.postMessage(request, request.op === "import" ? [request.bytes.buffer] : []);
  });
}

export async function importBytes(name: string, bytes: Uint8Array, locale: Locale): Promise<ImportReply | "timeout"> {
  return runFilesJob<ImportReply>({ op: "import", name, bytes, locale }, IMPORT_TIMEOUT_MS);
}

export async function docxBytes(text: string): Promise<DocxReply | "timeout"> {
  return runFilesJob<DocxReply>({ op: "docx", text }, IMPORT_TIMEOUT_MS);
}

/** Offers a file for download: made in the page from a blob, so nothing leaves the browser but to the user's disk. */
export function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
