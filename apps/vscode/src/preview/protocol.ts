/** Messages between the extension and the preview webview. Both sides import these types. */

/** Extension → webview. */
export type ToWebview =
  /** New content: the rendered report (escaped HTML from @nianbao/core) for one version of the file. */
  | {
      readonly type: "update";
      readonly uri: string;
      readonly version: number;
      readonly html: string;
      readonly title: string;
    }
  /** The editor scrolled: bring the element written at or before this 0-based line to the top. */
  | { readonly type: "scrollToLine"; readonly line: number };

/** Webview → extension. */
export type FromWebview =
  /** The script is listening: send the content. */
  | { readonly type: "ready" }
  /** A cell or label was clicked: move the editor's cursor to the model path. */
  | { readonly type: "select"; readonly path: string }
  /** The preview scrolled: reveal this 0-based line at the top of the editor. */
  | { readonly type: "revealLine"; readonly line: number };

/** What the webview keeps across a reload (WebviewPanelSerializer). */
export interface PreviewState {
  readonly uri: string;
}

const PATH = /^[A-Za-z0-9.]{1,200}$/;

/**
 * Checks a message from the webview. The webview renders report text, so treat what it sends as
 * untrusted: anything malformed is dropped.
 */
export function parseFromWebview(raw: unknown): FromWebview | null {
  if (!raw || typeof raw !== "object") return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case "ready":
      return { type: "ready" };
    case "select":
      return typeof m.path === "string" && PATH.test(m.path) ? { type: "select", path: m.path } : null;
    case "revealLine":
      return typeof m.line === "number" && Number.isInteger(m.line) && m.line >= 0
        ? { type: "revealLine", line: m.line }
        : null;
    default:
      return null;
  }
}

export function parsePreviewState(raw: unknown): PreviewState | null {
  if (!raw || typeof raw !== "object") return null;
  const uri = (raw as Record<string, unknown>).uri;
  return typeof uri === "string" && uri.length > 0 ? { uri } : null;
}
