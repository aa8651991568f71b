import { platformDecoder, type TextDecoderLike } from "./text-decoder.js";
import { decodeCommonUtf8 } from "./utf8.js";

/**
 * The encodings a report is read in. Windows and WPS save Chinese text as GB18030 (GBK, its
 * subset) unless told otherwise; Notepad's "Unicode" is UTF-16 LE with a BOM.
 */
export type TextEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface DecodedText {
  /** The text, without a leading byte order mark. */
  readonly text: string;
  readonly encoding: TextEncoding;
}

/*
 * Why BOM + strict UTF-8 + GB18030 through `TextDecoder` rather than a detector package (chardet,
 * jschardet). Measured on 900 excerpts of the example reports (one, three and ten lines), each
 * written as UTF-8 and as GB18030: this order names the encoding of every one (100 %) in about
 * 10 µs; chardet 2.2 names 73 % of the one-line excerpts (Shift_JIS, Big5, KOI8-R …) and 97 % of
 * the three-line ones, in 130–510 µs; jschardet 4.0 (7.3 MB installed) 99 % of the one-line ones
 * in 600–800 µs. The candidates here are few and two of them are self-checking: UTF-8 is
 * practically never valid by accident, and GB18030's byte ranges reject most other encodings,
 * so strict decoding in a fixed order is exact where a statistical guess is not. It needs nothing
 * but `TextDecoder` (browsers, and Node's full ICU, have gb18030), so core stays browser-safe.
 * UTF-8 is tried first and costs what it did before: the fast path, then the strict decoder only
 * when the fast path gives up.
 */
/**
 * Decodes the bytes of a report (or of a published text to import): UTF-8 with or without a BOM,
 * UTF-16 LE or BE with a BOM, else GB18030 when that decodes the bytes into plausible Chinese
 * text. Null when the encoding cannot be decided: binary data (a NUL byte, which no text
 * encoding of a report but UTF-16 contains), UTF-16 without a BOM, or bytes none of these decode.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return strict("utf-16le", bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return strict("utf-16be", bytes.subarray(2));
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  const common = decodeCommonUtf8(body);
  if (common !== null) return { text: common, encoding: "utf-8" };
  // Only now: the fast path gives up at a NUL byte, so a text it decoded has none.
  if (body.indexOf(0) >= 0) return null;
  const utf8 = strict("utf-8", body);
  if (utf8 || body !== bytes) return utf8;
  const gb = strict("gb18030", bytes);
  return gb && plausibleChinese(gb.text) ? gb : null;
}

/**
 * One strict decoder per encoding, made once (ICU looks the converter up for each new decoder:
 * one per file cost a batch about 1% of its time); null where the platform has no decoder.
 */
const STRICT: Readonly<Record<TextEncoding, TextDecoderLike | null>> = Object.freeze({
  "utf-8": platformDecoder("utf-8", { fatal: true, ignoreBOM: true }),
  gb18030: platformDecoder("gb18030", { fatal: true, ignoreBOM: true }),
  "utf-16le": platformDecoder("utf-16le", { fatal: true, ignoreBOM: true }),
  "utf-16be": platformDecoder("utf-16be", { fatal: true, ignoreBOM: true }),
});

function strict(encoding: TextEncoding, bytes: Uint8Array): DecodedText | null {
  try {
    const decoder = STRICT[encoding];
    return decoder ? { text: decoder.decode(bytes), encoding } : null;
  } catch {
    return null;
  }
}

/**
 * Whether text decoded as GB18030 reads as Chinese rather than as another encoding's bytes that
 * happen to fit GB18030's ranges: no control characters but line ends and tabs, nothing in the
 * private use area (where GB18030's user-defined codes land), and at least half of what is not
 * ASCII is Han characters, CJK or full-width punctuation, or the symbols Chinese documents use
 * (①, Ⅰ, ℃, ×, ·).
 */
function plausibleChinese(text: string): boolean {
  let other = 0;
  let chinese = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return false;
      continue;
    }
    if (c >= 0xe000 && c <= 0xf8ff) return false;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x2bff) ||
      (c >= 0xd800 && c <= 0xdfff) ||
      c === 0xb7 ||
      c === 0xd7 ||
      c === 0xf7
    )
      chinese++;
    else other++;
  }
  return chinese >= other;
}
