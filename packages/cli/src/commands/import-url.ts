/**
 * What `nianbao import https://…` reads: a published report fetched over HTTP(S) with Node's fetch,
 * within a time and a size limit, and the text of a page in the charset its server or its `<meta>`
 * names (many government sites still serve GBK or GB2312).
 */
import { readFile } from "node:fs/promises";
import { CliError, ioError } from "../errors.js";
import { decodeSource } from "./import-inputs.js";

/** How long one link may take, headers and body together. */
export const DEFAULT_URL_TIMEOUT_SECONDS = 30;
/** The largest body read from a link, in MB: a report page is tens of kilobytes, a PDF a few megabytes. */
export const DEFAULT_URL_MAX_MB = 20;
/** Redirects followed before giving up: sites move pages once or twice, never ten times. */
const MAX_REDIRECTS = 10;

export interface FetchOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export interface Fetched {
  readonly bytes: Uint8Array;
  /** The Content-Type header as served ("" when none). */
  readonly contentType: string;
}

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

/**
 * The body of a link. Throws a CliError (exit 2, or one failed source in a batch) for a link that
 * is not HTTP(S), cannot be reached, answers other than 200, redirects in a loop or too often, takes
 * longer than the timeout or is larger than the limit.
 */
export async function fetchSource(url: string, options: FetchOptions): Promise<Fetched> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const seen = new Set<string>();
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      seen.add(current);
      // Redirects are followed here rather than by fetch, so that a loop is named as one.
      const response = await fetch(current, {
        redirect: "manual",
        signal,
        headers: {
          accept:
            "text/html, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, */*;q=0.5",
        },
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, current).href;
        if (seen.has(next)) throw ioError("error.urlRedirectLoop", { url });
        if (hops + 1 >= MAX_REDIRECTS) throw ioError("error.urlTooManyRedirects", { url, count: MAX_REDIRECTS });
        if (!isUrl(next)) throw ioError("error.urlNotHttp", { url: next });
        current = next;
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw ioError("error.urlStatus", { url, status: response.status, statusText: response.statusText });
      }
      const declared = Number(response.headers.get("content-length") ?? NaN);
      if (declared > options.maxBytes) {
        await response.body?.cancel();
        throw ioError("error.urlTooLarge", { url, size: mb(declared), max: mb(options.maxBytes) });
      }
      const bytes = await readAtMost(response, options.maxBytes);
      if (bytes === null)
        throw ioError("error.urlTooLarge", { url, size: `> ${mb(options.maxBytes)}`, max: mb(options.maxBytes) });
      return { bytes, contentType: response.headers.get("content-type") ?? "" };
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === "TimeoutError" || e.name === "AbortError")
      throw ioError("error.urlTimeout", { url, seconds: Math.round(options.timeoutMs / 1000) });
    throw ioError("error.urlUnreachable", { url, reason: e.cause?.code ?? e.cause?.message ?? e.message });
  }
}

/** The body, or null past the limit (a server may send more than it declared, or declare nothing). */
async function readAtMost(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > max) {
      await response.body.cancel().catch(() => {});
      return null;
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The charset a Content-Type names (`text/html; charset=GBK` → gbk). */
const headerCharset = (contentType: string) => /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];

/** The charset a page declares in its head: `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
function metaCharset(bytes: Uint8Array): string | undefined {
  // Charset names and the markup around them are ASCII in every encoding a page may declare.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The text of a fetched page: a byte-order mark first, then the charset of the Content-Type header,
 * then the page's `<meta>`, else what the bytes are (UTF-8, GB18030) as for a file. A charset the
 * platform does not know is passed over rather than trusted.
 */
export function decodeFetched(bytes: Uint8Array, contentType: string, shown: string): string {
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom)
    for (const label of [headerCharset(contentType), metaCharset(bytes)]) {
      if (!label) continue;
      let decoder: InstanceType<typeof TextDecoder>;
      try {
        // GB2312 and GBK pages often hold GB18030-only characters; the WHATWG decoder reads every label of the family as GB18030.
        decoder = new TextDecoder(label);
      } catch {
        continue;
      }
      return decoder.decode(bytes);
    }
  return decodeSource(bytes, shown);
}

/** What a link's Content-Type says it is, when it says: a PDF, a Word document, a page; else its bytes decide. */
export function contentKind(contentType: string): "pdf" | "docx" | "legacy" | "html" | undefined {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/pdf") return "pdf";
  if (type === "application/vnd.openxmlformats-officedocument.wordprocessingml.document") return "docx";
  if (type === "application/msword" || type === "application/vnd.ms-works" || type === "application/kswps")
    return "legacy";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  return undefined;
}

/** The links of a `--urls` file: one a line; blank lines and lines starting with # are skipped. */
export async function readUrlList(abs: string, shown: string): Promise<string[]> {
  const text = await readFile(abs, "utf8").catch((err: NodeJS.ErrnoException) => {
    throw err.code === "ENOENT" || err.code === "ENOTDIR"
      ? ioError("error.notFound", { path: shown })
      : ioError("error.unreadable", { path: shown, reason: err.code ?? err.message });
  });
  const urls: string[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) return;
      if (!isUrl(line)) throw ioError("error.urlListLine", { path: shown, line: i + 1, value: line });
      urls.push(line);
    });
  if (urls.length === 0) throw ioError("error.urlListEmpty", { path: shown });
  return urls;
}
