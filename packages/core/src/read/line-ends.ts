/**
 * A text whose lines end in lone CRs (old Mac tools), with each CR made a LF. YAML's parser and the
 * line index break lines at LF and CRLF only, so such a file would read as one comment line: an
 * empty report. One character for one keeps every offset, so ranges point into the text as
 * written. Only a text without any LF is one: a stray CR in a text of LF or CRLF lines (inside a
 * quoted value, say) is a character of that line, as yaml has always read it.
 */
export function withLineFeeds(text: string): string {
  return text.includes("\r") && !text.includes("\n") ? text.replaceAll("\r", "\n") : text;
}
