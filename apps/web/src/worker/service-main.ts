/**
 * Entry of the language-service worker. Edits arrive as LSP incremental changes; the check runs in
 * a task after the messages already queued, so a burst of keystrokes costs one check, and the page's
 * thread never waits for one. Requests a newer edit made stale are answered from the newest text.
 */
import type { FromService, ToService } from "../protocol.js";
import { ServiceHost } from "./service-host.js";
import { workerScope } from "./scope.js";

/** Serves one page; everything it holds lives in this call. */
function serve(): void {
  const scope = workerScope();
  const host = new ServiceHost("zh-CN");
  const pending = new Set<string>();
  const cancelled = new Set<number>();
  const post = (m: FromService) => scope.postMessage(m);

  const publishSoon = (uri: string) => {
    if (pending.has(uri)) return;
    pending.add(uri);
    setTimeout(() => {
      pending.delete(uri);
      const started = performance.now();
      try {
        const published = host.publish(uri);
        if (published) post({ type: "published", ...published, took: Math.round(performance.now() - started) });
      } catch (err) {
        post({ type: "failed", id: null, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      }
    }, 0);
  };

  const openUris = new Set<string>();

  scope.addEventListener("message", (event: MessageEvent<ToService>) => {
    const m = event.data;
    switch (m.type) {
      case "configure":
        host.configure(m.locale);
        for (const uri of openUris) publishSoon(uri);
        return;
      case "workspace":
        host.setWorkspace(m.files);
        for (const uri of openUris) publishSoon(uri);
        return;
      case "open":
        host.open(m.uri, m.version, m.text);
        openUris.add(m.uri);
        publishSoon(m.uri);
        return;
      case "change":
        host.change(m.uri, m.version, m.changes);
        publishSoon(m.uri);
        return;
      case "close":
        host.close(m.uri);
        openUris.delete(m.uri);
        return;
      case "cancel":
        cancelled.add(m.id);
        return;
      case "request":
        // Answered in a later task too, so that a cancel sent right after it is seen first.
        setTimeout(() => {
          if (cancelled.delete(m.id)) return post({ type: "response", id: m.id, result: null });
          try {
            const result =
              m.method === "newReport" || m.method === "nextYear" || m.method === "exportHtml"
                ? host.tool(m.method, m.params as never)
                : host.request(m.method, m.params as never);
            post({ type: "response", id: m.id, result });
          } catch (err) {
            post({ type: "failed", id: m.id, message: err instanceof Error ? err.message : String(err) });
          }
        }, 0);
        return;
    }
  });
}

serve();
