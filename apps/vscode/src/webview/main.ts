import type { FromWebview, PreviewState, ToWebview } from "../preview/protocol.js";
import { ScrollEcho } from "../preview/throttle.js";
import { boxForLine, lineAtTop } from "./lines.js";

declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void; setState(s: PreviewState): void; getState(): PreviewState | undefined };

const vscode = acquireVsCodeApi();
const root = document.getElementById("nb-root")!;
const echo = new ScrollEcho();
const post = (m: FromWebview) => vscode.postMessage(m);

const lineElements = () =>
  Array.from(root.querySelectorAll<HTMLElement>("[data-line]")).map((el) => {
    const r = el.getBoundingClientRect();
    return { el, line: Number(el.dataset.line), top: r.top, bottom: r.bottom };
  });

window.addEventListener("message", (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  if (m.type === "update") {
    // Patching in place keeps the page's scroll position, as VS Code's markdown preview does.
    root.innerHTML = m.html;
    document.title = m.title;
    vscode.setState({ uri: m.uri });
    root.dataset.version = String(m.version);
  } else if (m.type === "scrollToLine") {
    const target = boxForLine(lineElements(), m.line);
    echo.caused();
    if (target) window.scrollBy(0, target.top);
    else window.scrollTo(0, 0);
  }
});

root.addEventListener("click", (event) => {
  const el = (event.target as Element | null)?.closest<HTMLElement>("[data-path]");
  if (el?.dataset.path) post({ type: "select", path: el.dataset.path });
});

// A resize moves the page without the reader scrolling: not a position to send to the editor.
window.addEventListener("resize", () => echo.caused());

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener("scroll", () => {
  if (!echo.isOwn()) return;
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    const line = lineAtTop(lineElements());
    if (line !== null) post({ type: "revealLine", line });
  }, 50);
});

post({ type: "ready" });
