/**
 * A small, strict reader of the HTML the renderer writes, for the XSS tests: it accepts only the
 * tags and attributes the renderer itself writes, double-quoted attribute values, text in which every
 * `&`, `<` and `>` is escaped, balanced elements, and a `<style>` only where the page puts its own
 * stylesheet. Anything else, such as a tag or an attribute that came from report text, is a problem.
 */

/** The elements renderReportHtml writes. */
export const REPORT_TAGS: ReadonlySet<string> = new Set([
  "article",
  "h1",
  "h2",
  "h3",
  "section",
  "div",
  "p",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);
/** The elements renderReportPage adds around them. */
export const PAGE_TAGS: ReadonlySet<string> = new Set(["html", "head", "meta", "title", "style", "body"]);
/** The attributes the renderer writes. None of them takes a URL, a script or a style. */
export const RENDER_ATTRIBUTES: ReadonlySet<string> = new Set([
  "class",
  "title",
  "colspan",
  "rowspan",
  "data-path",
  "data-line",
  "data-codes",
  "aria-description",
  "data-section",
  "data-table",
  "data-format",
  "lang",
  "charset",
  "http-equiv",
  "content",
  "name",
]);
const VOID = new Set(["meta"]);
const ENTITY = /&(?!(?:amp|lt|gt|quot|#39);)/;

export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (HtmlElement | string)[];
}

export interface StrictHtml {
  /** What does not belong to the renderer's own markup; empty when the HTML is clean. */
  readonly problems: string[];
  /** The top-level elements. */
  readonly roots: HtmlElement[];
}

export const decodeEntities = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

const TAG = /^<([a-z][a-z0-9]*)((?:\s[a-z][a-z0-9-]*="[^"<>]*")*)>/;
const ATTR = /\s([a-z][a-z0-9-]*)="([^"<>]*)"/g;

/**
 * Reads `html` strictly. `stylesheet` is the only content a `<style>` may have (the renderer's own
 * CSS); without it no `<style>` is allowed. `tags` are the elements that may appear.
 */
export function strictHtml(
  html: string,
  options: { readonly tags: ReadonlySet<string>; readonly stylesheet?: string },
): StrictHtml {
  const problems: string[] = [];
  const roots: HtmlElement[] = [];
  const stack: HtmlElement[] = [];
  const add = (node: HtmlElement | string) =>
    stack.length ? stack.at(-1)!.children.push(node) : typeof node === "string" ? undefined : roots.push(node);
  const near = (at: number) => JSON.stringify(html.slice(Math.max(0, at - 30), at + 50));
  let styles = 0;
  let i = html.startsWith("<!DOCTYPE html>") ? "<!DOCTYPE html>".length : 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const text = html.slice(i, lt < 0 ? html.length : lt);
    if (text) {
      if (ENTITY.test(text)) problems.push(`an unescaped & in text near ${near(i)}`);
      if (text.includes(">")) problems.push(`an unescaped > in text near ${near(i)}`);
      add(decodeEntities(text));
    }
    if (lt < 0) break;
    const rest = html.slice(lt);
    const close = /^<\/([a-z][a-z0-9]*)>/.exec(rest);
    if (close) {
      const open = stack.pop();
      if (!open || open.tag !== close[1])
        problems.push(`</${close[1]}> closes <${open?.tag ?? "nothing"}> near ${near(lt)}`);
      i = lt + close[0].length;
      continue;
    }
    const m = TAG.exec(rest);
    if (!m) {
      problems.push(`a < that starts no tag of the renderer near ${near(lt)}`);
      i = lt + 1;
      continue;
    }
    const tag = m[1]!;
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(ATTR)) {
      const [, name, raw] = a;
      if (/^on/i.test(name!)) problems.push(`an event attribute ${name} near ${near(lt)}`);
      else if (!RENDER_ATTRIBUTES.has(name!))
        problems.push(`an attribute ${name} the renderer does not write near ${near(lt)}`);
      if (name! in attrs) problems.push(`a repeated attribute ${name} near ${near(lt)}`);
      if (ENTITY.test(raw!)) problems.push(`an unescaped & in ${name} near ${near(lt)}`);
      const value = decodeEntities(raw!);
      // Text shown as a tooltip, read out as a description or kept as data is inert; anywhere else a javascript: URL could run.
      if (name !== "title" && name !== "aria-description" && !name!.startsWith("data-") && /javascript:/i.test(value))
        problems.push(`javascript: in ${name} near ${near(lt)}`);
      attrs[name!] = value;
    }
    if (!options.tags.has(tag)) problems.push(`a <${tag}> the renderer does not write near ${near(lt)}`);
    const el: HtmlElement = { tag, attrs, children: [] };
    add(el);
    i = lt + m[0].length;
    if (tag === "style") {
      // Raw text up to the first </style>: exactly the renderer's stylesheet, once.
      const end = html.indexOf("</style>", i);
      const css = html.slice(i, end < 0 ? html.length : end);
      styles++;
      if (options.stylesheet === undefined || css !== options.stylesheet || styles > 1)
        problems.push(`a <style> that is not the renderer's own near ${near(lt)}`);
      i = end < 0 ? html.length : end + "</style>".length;
      continue;
    }
    if (!VOID.has(tag)) stack.push(el);
  }
  for (const open of stack) problems.push(`<${open.tag}> is never closed`);
  return { problems, roots };
}

/** Every element, depth first. */
export function* elements(nodes: readonly (HtmlElement | string)[]): Generator<HtmlElement> {
  for (const n of nodes)
    if (typeof n !== "string") {
      yield n;
      yield* elements(n.children);
    }
}

export function textContent(node: HtmlElement | string): string {
  return typeof node === "string" ? node : node.children.map(textContent).join("");
}

/** The text of the element that shows a model path (`data-path`), or undefined when none does. */
export function textOfPath(parsed: StrictHtml, path: string): string | undefined {
  for (const el of elements(parsed.roots)) if (el.attrs["data-path"] === path) return textContent(el);
  return undefined;
}
