/**
 * The service's Markdown (hover texts, completion notes) as DOM nodes: paragraphs, **bold** and
 * `code`, which is all it writes. Built with text nodes, never innerHTML, so nothing in a report's
 * text can become markup.
 */
export function markupNodes(markdown: string, doc: Document = document): HTMLElement {
  const box = doc.createElement("div");
  box.className = "nb-markup";
  for (const para of markdown.split(/\n{2,}/)) {
    const p = doc.createElement("p");
    for (const [i, line] of para.split("\n").entries()) {
      if (i > 0) p.append(doc.createElement("br"));
      for (const part of line.split(/(\*\*[^*]+\*\*|`[^`]+`)/)) {
        if (part.startsWith("**") && part.endsWith("**") && part.length > 4) {
          const b = doc.createElement("strong");
          b.textContent = part.slice(2, -2);
          p.append(b);
        } else if (part.startsWith("`") && part.endsWith("`") && part.length > 2) {
          const c = doc.createElement("code");
          c.textContent = part.slice(1, -1);
          p.append(c);
        } else if (part) p.append(doc.createTextNode(part));
      }
    }
    box.append(p);
  }
  return box;
}
