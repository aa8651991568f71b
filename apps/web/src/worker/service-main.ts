/**
 * Entry of the language-service worker. Edits arrive as LSP incremental changes; the check runs in
 * a task after the messages already queued, so a burst of keystrokes costs one check, a newer edit
 * cancels the check under way, and the page's thread never waits for one.
 */
import type { Logger } from "@nianbao/language-server";
import type { FromService, ToService } from "../protocol.js";
import { ServiceHost } from "./service-host.js";
import { workerScope } from "./scope.js";

const TOOLS = new Set(["newReport", "nextYear", "exportHtml"]);

/** Serves one page; everything it holds lives in this call. */
function serve(): void {
  const scope = workerScope();
  const post = (m: FromService) => scope.postMessage(m);
  const report = (message: string) => post({ type: "failed", id: null, message });
  const logger: Logger = { error: report, warn: () => {}, info: () => {} };
  const host = new ServiceHost("zh-CN", logger);
  /** The check of each document waiting or under way, as the token that cancels it. */
  const checks = new Map<string, { isCancellationRequested: boolean }>();
  const requests = new Map<number, { isCancellationRequested: boolean }>();

  const publishSoon = (uri: string) => {
    const previous = checks.get(uri);
    if (previous) previous.isCancellationRequested = true;
    const token = { isCancellationRequested: false };
    checks.set(uri, token);
    setTimeout(async () => {
      if (token.isCancellationRequested) return;
      const started = performance.now();
      try {
        const published = await host.publish(uri, token);
        if (published && !token.isCancellationRequested)
          post({ type: "published", ...published, took: Math.round(performance.now() - started) });
      } catch (err) {
        report(err instanceof Error ? (err.stack ?? err.message) : String(err));
      } finally {
        if (checks.get(uri) === token) checks.delete(uri);
      }
    }, 0);
  };

  host.onDiagnosticsChanged((uris) => {
    for (const uri of uris) if (host.has(uri)) publishSoon(uri);
  });

  // Messages are handled one after another: a workspace update finishes before the next edit is applied.
  let queue = Promise.resolve();
  scope.addEventListener("message", (event: MessageEvent<ToService>) => {
    const m = event.data;
    if (m.type === "cancel") {
      const token = requests.get(m.id);
      if (token) token.isCancellationRequested = true;
      return;
    }
    if (m.type === "request") requests.set(m.id, { isCancellationRequested: false });
    queue = queue.then(() => handle(m)).catch((err) => report(err instanceof Error ? err.message : String(err)));
  });

  const handle = async (m: Exclude<ToService, { type: "cancel" }>): Promise<void> => {
    switch (m.type) {
      case "configure":
        host.configure(m.locale);
        return republishAll();
      case "workspace":
        await host.setWorkspace(m.files);
        return republishAll();
      case "open":
        host.open(m.uri, m.version, m.text);
        return publishSoon(m.uri);
      case "change":
        host.change(m.uri, m.version, m.changes);
        return publishSoon(m.uri);
      case "close": {
        const check = checks.get(m.uri);
        if (check) check.isCancellationRequested = true;
        checks.delete(m.uri);
        return host.close(m.uri);
      }
      case "request": {
        const token = requests.get(m.id)!;
        // Answered in a later task, so that a cancel sent right after the request is seen first.
        await new Promise((resolve) => setTimeout(resolve, 0));
        try {
          const result = token.isCancellationRequested
            ? null
            : TOOLS.has(m.method)
              ? host.tool(m.method as "newReport", m.params as never)
              : await host.request(m.method as "hover", m.params as never, token);
          post({ type: "response", id: m.id, result });
        } catch (err) {
          post({ type: "failed", id: m.id, message: err instanceof Error ? err.message : String(err) });
        } finally {
          requests.delete(m.id);
        }
        return;
      }
    }
  };

  const republishAll = () => {
    for (const uri of host.openUris()) publishSoon(uri);
  };
}

serve();
