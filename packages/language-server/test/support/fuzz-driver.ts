import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  FileChangeType,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  type Position,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { LspLines } from "../../src/service/lsp-lines.js";
import { initialize, inProcess } from "./client.js";
import { Random, randomEdit, type EditKind } from "./fuzz-edits.js";
import { ShapeChecker } from "./lsp-shapes.js";

const EXAMPLES = fileURLToPath(new URL("../../../../examples/", import.meta.url));
const CURRENT = "jiangsu-huaian-hongzequ-gov-2024.nianbao.yaml";
const PREVIOUS = "jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml";
/** A request unanswered after this long counts as a hang. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Texts grow with every paste; past this the document starts over from a report. */
const MAX_TEXT = 1_200_000;

export interface FuzzOptions {
  readonly operations: number;
  readonly seed: number;
  readonly log?: (line: string) => void;
}

export interface FuzzReport {
  readonly operations: number;
  readonly edits: number;
  readonly requests: number;
  readonly diagnostics: number;
  /** Everything wrong: invalid responses, errors the server logged, timeouts. Empty when the server held. */
  readonly problems: readonly string[];
  readonly peakHeapMiB: number;
  readonly slowestMs: number;
  /** Which request was slowest, on how long a text. */
  readonly slowest: string;
  readonly largestText: number;
}

const EDIT_WEIGHTS: Readonly<Record<EditKind, number>> = {
  type: 40,
  delete: 20,
  number: 15,
  garbage: 8,
  report: 6,
  hugeLine: 1,
  replaceAll: 3,
};
type Step =
  "edit" | "completion" | "hover" | "codeAction" | "inlayHint" | "symbols" | "folding" | "toggleOpen" | "diskChange";
const STEP_WEIGHTS: Readonly<Record<Step, number>> = {
  edit: 45,
  completion: 14,
  hover: 12,
  codeAction: 10,
  inlayHint: 8,
  symbols: 4,
  folding: 4,
  toggleOpen: 1,
  diskChange: 2,
};

/**
 * Drives the real server (in-process streams) with random edits of a report interleaved with
 * requests, and checks every answer against the text it is about. The run is reproducible from
 * its seed, except for which version an asynchronous answer lands on, which the checks allow for.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const rand = new Random(options.seed);
  const dir = mkdtempSync(join(tmpdir(), "nianbao-fuzz-"));
  const reports = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".nianbao.yaml"))
    .map((f) => readFileSync(join(EXAMPLES, f), "utf8"));
  copyFileSync(join(EXAMPLES, PREVIOUS), join(dir, PREVIOUS));
  copyFileSync(join(EXAMPLES, CURRENT), join(dir, CURRENT));
  const uri = pathToFileURL(join(dir, CURRENT)).href;
  const previousUri = pathToFileURL(join(dir, PREVIOUS)).href;
  const problems: string[] = [];
  const client = inProcess();
  const snapshots = new Map<number, string>();
  let previousOpen = false;
  let previousVersion = 1;
  const diskText = () => readFileSync(join(dir, PREVIOUS), "utf8");
  let diagnosticsSeen = 0;
  let latestDiagnostics = 0;

  client.connection.onNotification(LogMessageNotification.type, (p) => {
    if (p.type === MessageType.Error) problems.push(`server logged an error: ${p.message.slice(0, 500)}`);
  });
  client.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    if (p.uri === previousUri) return;
    if (p.uri !== uri) return void problems.push(`diagnostics for an unknown document ${p.uri}`);
    if (p.version === undefined) return void problems.push("diagnostics without a version");
    if (p.version < latestDiagnostics)
      problems.push(`diagnostics of v${p.version} after those of v${latestDiagnostics}`);
    latestDiagnostics = Math.max(latestDiagnostics, p.version);
    diagnosticsSeen++;
    const text = snapshots.get(p.version);
    if (text === undefined) return;
    const check = ShapeChecker.of(text, `diagnostics v${p.version}`);
    check.diagnostics(p.diagnostics, uri, (other) =>
      other === previousUri ? previousTexts.map((t) => new LspLines(t)) : null,
    );
    problems.push(...check.problems);
  });

  await initialize(client, pathToFileURL(dir).href);
  const doc = TextDocument.create(uri, "yaml", 1, readFileSync(join(dir, CURRENT), "utf8"));
  let previousDoc = TextDocument.create(previousUri, "yaml", 1, diskText());
  /** The latest texts last year's file has had, on disk or open: the server may have read any of them. */
  const previousTexts = [previousDoc.getText()];
  const previousChanged = (text: string) => {
    previousTexts.push(text);
    if (previousTexts.length > 8) previousTexts.shift();
  };
  snapshots.set(1, doc.getText());
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "yaml", version: 1, text: doc.getText() },
  });

  let edits = 0;
  let requests = 0;
  let slowestMs = 0;
  let slowest = "";
  let peakHeap = 0;
  let largestText = 0;
  const pending: Promise<void>[] = [];

  /** Sends a request; checks its answer against the text of its version or of any later one it may have been answered for. */
  const request = <R>(step: string, send: () => Promise<R>, check: (c: ShapeChecker, result: R) => void) => {
    requests++;
    const version = doc.version;
    const length = doc.getText().length;
    const sent = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">(
      (resolve) => (timer = setTimeout(() => resolve("timeout"), REQUEST_TIMEOUT_MS)),
    );
    pending.push(
      Promise.race([send(), timeout]).then(
        (result) => {
          clearTimeout(timer);
          const ms = performance.now() - sent;
          if (ms > slowestMs) [slowestMs, slowest] = [ms, `${step} at v${version} (${length} chars)`];
          // FUZZ_DUMP=<dir> keeps the text of every slow answer, to profile it alone.
          if (process.env.FUZZ_DUMP && ms > 1_000)
            writeFileSync(join(process.env.FUZZ_DUMP, `slow-${step}-v${version}.yaml`), snapshots.get(version) ?? "");
          if (result === "timeout")
            return void problems.push(`${step} at v${version} unanswered after ${REQUEST_TIMEOUT_MS} ms`);
          const failures: string[] = [];
          for (let v = version; v <= doc.version; v++) {
            const text = snapshots.get(v);
            if (text === undefined) continue;
            const c = ShapeChecker.of(text, `${step} v${v}`);
            check(c, result as R);
            if (!c.problems.length) return;
            failures.push(...c.problems);
            // Synchronous handlers answer for the version they were asked about.
            if (!["codeAction", "inlayHint"].includes(step)) break;
          }
          problems.push(...failures.slice(0, 5));
        },
        (err: unknown) => {
          clearTimeout(timer);
          problems.push(`${step} at v${version} failed: ${String(err)}`);
        },
      ),
    );
  };

  const somePosition = (): Position => {
    const text = doc.getText();
    // Mostly real positions; sometimes past the end of a line or of the document, which the protocol allows.
    if (rand.next() < 0.9) return doc.positionAt(rand.int(text.length + 1));
    return { line: rand.int(doc.lineCount + 3), character: rand.int(200) };
  };
  const someRange = () => {
    const a = doc.offsetAt(somePosition());
    const b = Math.min(doc.getText().length, a + rand.int(rand.next() < 0.5 ? 50 : 20_000));
    return { start: doc.positionAt(a), end: doc.positionAt(b) };
  };

  const drain = async () => {
    await Promise.all(pending.splice(0));
    // Snapshots older than the latest diagnostics are no longer needed by anyone.
    for (const v of snapshots.keys()) if (v < Math.min(latestDiagnostics, doc.version) - 50) snapshots.delete(v);
  };

  for (let op = 0; op < options.operations; op++) {
    const step = rand.weighted(STEP_WEIGHTS);
    const textDocument = { uri };
    switch (step) {
      case "edit": {
        const kind = doc.getText().length > MAX_TEXT ? "replaceAll" : rand.weighted(EDIT_WEIGHTS);
        const change = randomEdit(rand, doc, reports, kind);
        TextDocument.update(doc, [change], doc.version + 1);
        snapshots.set(doc.version, doc.getText());
        largestText = Math.max(largestText, doc.getText().length);
        edits++;
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version: doc.version },
          contentChanges: [change],
        });
        break;
      }
      case "completion":
        request(
          step,
          () => client.connection.sendRequest(CompletionRequest.type, { textDocument, position: somePosition() }),
          (c, r) => c.completion(r),
        );
        break;
      case "hover":
        request(
          step,
          () => client.connection.sendRequest(HoverRequest.type, { textDocument, position: somePosition() }),
          (c, r) => c.hover(r),
        );
        break;
      case "codeAction":
        request(
          step,
          () =>
            client.connection.sendRequest(CodeActionRequest.type, {
              textDocument,
              range: someRange(),
              context: { diagnostics: [] },
            }),
          (c, r) => c.codeActions(r, uri),
        );
        break;
      case "inlayHint":
        request(
          step,
          () =>
            client.connection.sendRequest(InlayHintRequest.type, {
              textDocument,
              range:
                rand.next() < 0.5
                  ? someRange()
                  : { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } },
            }),
          (c, r) => c.inlayHints(r),
        );
        break;
      case "symbols":
        request(
          step,
          () => client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
          (c, r) => c.symbols(r as never),
        );
        break;
      case "folding":
        request(
          step,
          () => client.connection.sendRequest(FoldingRangeRequest.type, { textDocument }),
          (c, r) => c.folding(r),
        );
        break;
      case "toggleOpen":
        // Last year's report, opened in the editor (and edited there) or closed again.
        if (previousOpen)
          await client.connection.sendNotification(DidCloseTextDocumentNotification.type, {
            textDocument: { uri: previousUri },
          });
        else {
          previousDoc = TextDocument.create(previousUri, "yaml", ++previousVersion, diskText());
          await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: {
              uri: previousUri,
              languageId: "yaml",
              version: previousDoc.version,
              text: previousDoc.getText(),
            },
          });
          const change = randomEdit(rand, previousDoc, reports, "number");
          TextDocument.update(previousDoc, [change], ++previousVersion);
          previousChanged(previousDoc.getText());
          await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: previousUri, version: previousVersion },
            contentChanges: [change],
          });
        }
        previousOpen = !previousOpen;
        break;
      case "diskChange": {
        // Last year's file changes on disk (another tool, a checkout): the server re-reads it.
        if (previousOpen) break;
        const onDisk = TextDocument.create(previousUri, "yaml", 0, diskText());
        const change = randomEdit(rand, onDisk, reports, rand.pick(["number", "type", "delete"] as const));
        TextDocument.update(onDisk, [change], 1);
        writeFileSync(join(dir, PREVIOUS), onDisk.getText());
        previousChanged(onDisk.getText());
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
          changes: [{ uri: previousUri, type: FileChangeType.Changed }],
        });
        break;
      }
    }
    if (pending.length >= 8 || op % 20 === 19) await drain();
    if (op % 50 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (options.log && op % 1000 === 999)
      options.log(
        `  ${op + 1} operations, text ${doc.getText().length} chars, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
      );
  }
  await drain();

  // The last version is diagnosed: the server kept up to the end.
  const last = doc.version;
  const deadline = performance.now() + REQUEST_TIMEOUT_MS;
  while (latestDiagnostics < last && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if (latestDiagnostics < last)
    problems.push(`the last version (v${last}) was never diagnosed (last diagnostics: v${latestDiagnostics})`);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  client.dispose();
  rmSync(dir, { recursive: true, force: true });
  return {
    operations: options.operations,
    edits,
    requests,
    diagnostics: diagnosticsSeen,
    problems,
    peakHeapMiB: peakHeap / 2 ** 20,
    slowestMs,
    slowest,
    largestText,
  };
}
