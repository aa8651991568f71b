/**
 * A small, forgiving HTML tokenizer: tags with their attributes, text with entities decoded,
 * comments and doctypes skipped, the content of script and style dropped. Published pages are
 * often broken; nothing here throws, and a '<' that starts no tag is text.
 */

export type HtmlToken =
  | { readonly type: "text"; readonly text: string; readonly offset: number }
  | { readonly type: "open"; readonly name: string; readonly attrs: Readonly<Record<string, string>>; readonly selfClosing: boolean; readonly offset: number }
  | { readonly type: "close"; readonly name: string; readonly offset: number };

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", mdash: "—", ndash: "–", hellip: "…", middot: "·", times: "×",
  divide: "÷", plusmn: "±", deg: "°", yen: "¥", copy: "©", reg: "®", laquo: "«", raquo: "»", bull: "•", minus: "−",
};

/** Decodes character references; an unknown or malformed one stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

const RAW_TEXT = new Set(["script", "style", "textarea", "noscript"]);

export function tokenizeHtml(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  // Lower-cased once: searching for </script> in a page with many scripts stays linear.
  let lower: string | null = null;
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) out.push({ type: "text", text: decodeEntities(html.slice(textStart, end)), offset: textStart });
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? "";
    if (html.startsWith("<!--", lt)) {
      flushText(lt);
      const end = html.indexOf("-->", lt + 4);
      i = textStart = end < 0 ? html.length : end + 3;
    } else if (next === "!" || next === "?") {
      flushText(lt);
      const end = html.indexOf(">", lt + 2);
      i = textStart = end < 0 ? html.length : end + 1;
    } else if (/[a-zA-Z/]/.test(next)) {
      const tag = readTag(html, lt);
      if (!tag) {
        i = lt + 1;
        continue;
      }
      flushText(lt);
      out.push(tag.token);
      i = textStart = tag.end;
      if (tag.token.type === "open" && RAW_TEXT.has(tag.token.name) && !tag.token.selfClosing) {
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${tag.token.name}`, i);
        i = textStart = close < 0 ? html.length : close;
      }
    } else i = lt + 1;
  }
  flushText(html.length);
  return out;
}

function readTag(html: string, lt: number): { token: HtmlToken; end: number } | null {
  const closing = html[lt + 1] === "/";
  const nameMatch = /^[a-zA-Z][a-zA-Z0-9:-]*/.exec(html.slice(lt + (closing ? 2 : 1), lt + 40));
  if (!nameMatch) return null;
  const name = nameMatch[0].toLowerCase();
  let i = lt + (closing ? 2 : 1) + nameMatch[0].length;
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  const attr = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;
  while (i < html.length) {
    while (i < html.length && /\s/.test(html[i]!)) i++;
    if (html[i] === ">") return finish(i + 1);
    if (html[i] === "/") {
      selfClosing = html[i + 1] === ">";
      i++;
      continue;
    }
    // A new tag before this one closed: the page is broken; end this tag here.
    if (html[i] === "<") return finish(i);
    attr.lastIndex = i;
    const m = attr.exec(html);
    if (!m) {
      i++;
      continue;
    }
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
    i = attr.lastIndex;
  }
  return finish(html.length);

  function finish(end: number): { token: HtmlToken; end: number } {
    const token: HtmlToken = closing ? { type: "close", name, offset: lt } : { type: "open", name, attrs, selfClosing, offset: lt };
    return { token, end };
  }
}
