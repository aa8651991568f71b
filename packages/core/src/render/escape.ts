/** Escapes text for HTML element content and double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** ` name="value"` with the value escaped; nothing for null or undefined. */
export function attr(name: string, value: string | number | null | undefined): string {
  return value === null || value === undefined ? "" : ` ${name}="${escapeHtml(String(value))}"`;
}
