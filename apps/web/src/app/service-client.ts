/**
 * The page's side of the language-service worker: LSP-like requests with ids (answered in any
 * order, cancellable) and the diagnostics the worker publishes for each version.
 */
import type { Locale } from "@nianbao/core";
import type { TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import type { FromService, Method, Params, Published, Result, StoredFile, ToService } from "../protocol.js";

export class ServiceClient {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<(p: Published) => void>();

  constructor(
    private readonly worker: Worker,
    private readonly onFailure: (detail: string) => void,
  ) {
    worker.addEventListener("message", (event: MessageEvent<FromService>) => this.received(event.data));
    worker.addEventListener("error", (event) => onFailure(event.message));
  }

  private send(m: ToService): void {
    this.worker.postMessage(m);
  }

  private received(m: FromService): void {
    if (m.type === "published") {
      const { type: _type, ...published } = m;
      for (const l of this.listeners) l(published);
      return;
    }
    if (m.type === "failed" && m.id === null) return this.onFailure(m.message);
    if (m.id === null) return;
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (m.type === "response") w.resolve(m.result);
    else w.reject(new Error(m.message));
  }

  onPublished(listener: (p: Published) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  configure(locale: Locale): void {
    this.send({ type: "configure", locale });
  }

  workspace(files: readonly StoredFile[]): void {
    this.send({ type: "workspace", files });
  }

  open(uri: string, version: number, text: string): void {
    this.send({ type: "open", uri, version, text });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    this.send({ type: "change", uri, version, changes });
  }

  close(uri: string): void {
    this.send({ type: "close", uri });
  }

  /** A request; aborting the signal cancels it in the worker and resolves it with null. */
  request<M extends Method>(method: M, params: Params<M>, signal?: AbortSignal): Promise<Result<M> | null> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ type: "request", id, method, params } as ToService);
      signal?.addEventListener("abort", () => {
        if (!this.waiting.delete(id)) return;
        this.send({ type: "cancel", id });
        resolve(null);
      });
    });
  }
}
