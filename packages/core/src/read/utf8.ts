/**
 * UTF-8 decoding for the batch, which reads thousands of reports of mostly Chinese text. The
 * platform's decoder (`TextDecoder`, or Node's `buffer.toString("utf8")`) spends about 3.5 ns per
 * byte on such text, more than lean-reading the YAML; decoding the common cases (ASCII, and the
 * three-byte sequences of the BMP) into UTF-16 units and letting the UTF-16 decoder make the string
 * costs about half. Anything else (two- and four-byte sequences, anything malformed) gives null
 * and is left to the strict decoder (decode.ts), so the text is always exactly what it gives.
 * A NUL byte gives null too: decode.ts then tells binary data apart, so that text, by far the
 * common case, is scanned once rather than once for NUL and once to decode.
 */
import { platformDecoder } from "./text-decoder.js";

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Made once and shared: one per file cost a batch about 1% of its time. ignoreBOM keeps a leading
 * U+FEFF, as the UTF-8 decoder would: the caller decides what a BOM means.
 */
const UTF16LE = platformDecoder("utf-16le", { ignoreBOM: true });

/** The text when every sequence is ASCII but NUL or a well-formed three-byte one; else null. */
export function decodeCommonUtf8(bytes: Uint8Array): string | null {
  if (!LITTLE_ENDIAN || !UTF16LE) return null;
  const n = bytes.length;
  const units = new Uint16Array(n);
  let o = 0;
  for (let i = 0; i < n;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0) return null;
      units[o++] = b;
      i++;
      continue;
    }
    if (b < 0xe0 || b >= 0xf0 || i + 2 >= n) return null;
    const b1 = bytes[i + 1]!;
    const b2 = bytes[i + 2]!;
    if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return null;
    const code = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    // Overlong forms and surrogates are malformed: the strict decoder says so.
    if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) return null;
    units[o++] = code;
    i += 3;
  }
  return UTF16LE.decode(units.subarray(0, o));
}
