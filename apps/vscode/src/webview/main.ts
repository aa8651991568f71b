import { tableKeyboard } from "@nianbao/core/browser";
import type { FromWebview, PreviewState, ToWebview } from "../preview/protocol.js";
import { boxForLine, lineAtTop, ScrollOwner } from "./lines.js";

declare function acquireVsCodeApi(): {
  postMessage(m: FromWebview): void;
  setState(s: PreviewState): void;
  getState(): PreviewState | undefined;
};

const vscode = acquireVsCodeApi();
const root = document.getElementById("nb-root")!;
const owner = new ScrollOwner();
const post = (m: FromWebview) => vscode.postMessage(m);
// Enter or Space on a focused cell clicks it: the click handler below sends it to the editor.
const tableKeys = tableKeyboard(root);

const lineElements = () =>
  Array.from(root.querySelectorAll<HTMLElement>("[data-line]")).map((el) => {
    const r = el.getBoundingClientRect();
    return { el, line: Number(el.dataset.line), top: r.top, bottom: r.bottom };
  });

window.addEventListener("message", (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  if (m.type === "update") {
    // Patching in place keeps the page's scroll position, as VS Code's markdown preview does, and
    // the tables' keyboard place (the focused cell, each table's Tab stop).
    tableKeys.update(() => (root.innerHTML = m.html));
    document.title = m.title;
    vscode.setState({ uri: m.uri });
    root.dataset.version = String(m.version);
    owner.moved(window.scrollY);
  } else if (m.type === "scrollToLine") {
    const target = boxForLine(lineElements(), m.line);
    if (target) window.scrollBy(0, target.top);
    else window.scrollTo(0, 0);
    owner.moved(window.scrollY);
  }
});

root.addEventListener("click", (event) => {
  const el = (event.target as Element | null)?.closest<HTMLElement>("[data-path]");
  if (el?.dataset.path) post({ type: "select", path: el.dataset.path });
});

window.addEventListener("resize", () => owner.resized(Date.now()));

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener("scroll", () => {
  owner.scrolled(Date.now());
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    if (!owner.isReader(window.scrollY)) return;
    const line = lineAtTop(lineElements());
    if (line !== null) post({ type: "revealLine", line });
  }, 80);
});

post({ type: "ready" });
