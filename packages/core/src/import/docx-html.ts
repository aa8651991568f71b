/**
 * What the CLI and the web page both do with mammoth's HTML of a Word document before core's HTML
 * reader reads it. mammoth itself stays with them: core depends on no Word reader.
 */

/**
 * mammoth's HTML, one paragraph or table row a line, so that a finding's line counts the document's
 * blocks. Paragraphs inside a cell stay on the cell's line: a break there would split its label.
 */
export function oneBlockALine(html: string): string {
  let depth = 0;
  // mammoth writes these tags bare (no attributes), and a table may hold another.
  return html.replace(/<table>|<\/table>|<\/tr>|<\/(?:p|h[1-6]|li)>/g, (tag) => {
    if (tag === "<table>") depth++;
    else if (tag === "</table>") depth--;
    return (tag === "</tr>" && depth === 1) ||
      (tag === "</table>" && depth === 0) ||
      (depth === 0 && tag !== "<table>" && tag !== "</tr>")
      ? `${tag}\n`
      : tag;
  });
}

/** The magic number of an OLE compound file: Word 97–2003, WPS, Excel 97–2003. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const LEGACY_EXTENSIONS = [".doc", ".dot", ".wps", ".wpt"];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.byteLength >= magic.length && magic.every((b, i) => bytes[i] === b);
const extensionOf = (name: string) => {
  const dot = name.lastIndexOf(".");
  // As node:path.extname: a leading dot names a hidden file, not an extension.
  return dot > name.lastIndexOf("/") + 1 ? name.slice(dot).toLowerCase() : "";
};

/** A Word 97–2003 or WPS file, by its name or its OLE magic number: no maintained JavaScript reader exists. */
export function isLegacyWord(bytes: Uint8Array, name: string): boolean {
  return LEGACY_EXTENSIONS.includes(extensionOf(name)) || startsWith(bytes, OLE_MAGIC);
}

/** A ZIP archive (a .docx is one), by its magic number. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC);
}
