import { describe, expect, it } from "vitest";
import { makeNonce, previewShell } from "../src/preview/shell.js";
import { boxForLine, lineAtTop, ScrollOwner } from "../src/webview/lines.js";

describe("the webview page", () => {
  const html = previewShell({
    cspSource: "https://file+.vscode-resource.vscode-cdn.net",
    nonce: "abc123",
    scriptUri: "https://x/dist/webview.js",
    styleUri: "https://x/media/preview.css?a=1&b=2",
    lang: "zh-cn",
    loading: "正在载入<年报>…",
  });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");

  it("has a strict Content-Security-Policy: nothing by default, scripts only with the nonce, styles and images only from the extension", () => {
    expect(csp.split("; ")).toEqual([
      "default-src 'none'",
      "style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-abc123'",
      "script-src 'nonce-abc123'",
      "img-src https://file+.vscode-resource.vscode-cdn.net data:",
      "font-src https://file+.vscode-resource.vscode-cdn.net",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(csp).not.toMatch(/unsafe|https?:\/\/(?!file\+)/);
  });

  it("loads only its own script and stylesheet, each with the nonce, and escapes what it is given", () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script nonce="abc123" src="https://x/dist/webview.js"></script>');
    expect(html).toContain('href="https://x/media/preview.css?a=1&amp;b=2"');
    expect(html).toContain("正在载入&lt;年报&gt;…");
    expect(html).toContain('<main id="nb-root">');
    expect(html).toContain(".nb-table");
  });

  it("makes a fresh 32-character nonce from a cryptographic source each time", () => {
    const a = makeNonce();
    const b = makeNonce();
    expect(a).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(a).not.toBe(b);
    expect(makeNonce((n) => new Array(n).fill(0))).toBe("A".repeat(32));
  });
});

describe("scroll positions in the webview", () => {
  const boxes = [
    { line: 12, top: -400, bottom: -300 },
    { line: 20, top: -300, bottom: 50 },
    { line: 25, top: 50, bottom: 90 },
    { line: 30, top: 90, bottom: 130 },
  ];

  it("sends the line of the first element still in view", () => {
    expect(lineAtTop(boxes)).toBe(20);
    expect(lineAtTop(boxes.slice(0, 1))).toBeNull();
  });

  it("brings the last element written at or before the editor's line to the top; none before the first", () => {
    expect(boxForLine(boxes, 27)?.line).toBe(25);
    expect(boxForLine(boxes, 30)?.line).toBe(30);
    expect(boxForLine(boxes, 99)?.line).toBe(30);
    expect(boxForLine(boxes, 3)).toBeNull();
  });
});

describe("whose scroll it is", () => {
  it("does not send back the position the page put itself at", () => {
    const o = new ScrollOwner();
    o.moved(1200);
    o.scrolled(1000);
    expect(o.isReader(1200)).toBe(false);
    expect(o.isReader(1201)).toBe(false);
  });

  it("sends the reader's scroll, however long after the page's own", () => {
    const o = new ScrollOwner();
    o.scrolled(1000);
    expect(o.isReader(300)).toBe(true);
    o.moved(1200);
    o.scrolled(1010);
    expect(o.isReader(800)).toBe(true);
    // Once the reader has scrolled, coming back to the old position is the reader's too.
    expect(o.isReader(1200)).toBe(true);
  });

  it("takes a scroll that starts right after a resize as reflow, even when it comes to rest later", () => {
    const o = new ScrollOwner();
    o.resized(1000, 200);
    o.scrolled(1150);
    expect(o.isReader(450)).toBe(false);
    // Resting where the reflow left it is still not the reader's doing; a later scroll is.
    expect(o.isReader(450)).toBe(false);
    o.scrolled(1500);
    expect(o.isReader(900)).toBe(true);
  });
});
