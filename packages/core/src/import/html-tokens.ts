/**
 * A small, forgiving HTML tokenizer: tags with their attributes, text with entities decoded,
 * comments and doctypes skipped, the content of script and style dropped. Published pages are
 * often broken; nothing here throws, and a '<' that starts no tag is text.
 */
import { decodeHTML, decodeHTMLAttribute } from "entities";

export type HtmlToken =
  | { readonly type: "text"; readonly text: string; readonly offset: number }
  | {
      readonly type: "open";
      readonly name: string;
      readonly attrs: Readonly<Record<string, string>>;
      readonly selfClosing: boolean;
      readonly offset: number;
    }
  | { readonly type: "close"; readonly name: string; readonly offset: number };

/**
 * Decodes character references as a browser does in text (HTML5's 2,231 named references, numeric
 * ones, the legacy names without a semicolon); an unknown one stays as written.
 */
export function decodeEntities(text: string): string {
  return text.includes("&") ? decodeHTML(text) : text;
}

/** The same inside an attribute value, where a legacy name followed by '=' or a letter stays as written. */
function decodeAttribute(text: string): string {
  return text.includes("&") ? decodeHTMLAttribute(text) : text;
}

const RAW_TEXT = new Set(["script", "style", "textarea", "noscript"]);

export function tokenizeHtml(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  // Lower-cased once: searching for </script> in a page with many scripts stays linear.
  let lower: string | null = null;
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart)
      out.push({ type: "text", text: decodeEntities(html.slice(textStart, end)), offset: textStart });
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
    attrs[m[1]!.toLowerCase()] = decodeAttribute(m[2] ?? m[3] ?? m[4] ?? "");
    i = attr.lastIndex;
  }
  return finish(html.length);

  function finish(end: number): { token: HtmlToken; end: number } {
    const token: HtmlToken = closing
      ? { type: "close", name, offset: lt }
      : { type: "open", name, attrs, selfClosing, offset: lt };
    return { token, end };
  }
}
