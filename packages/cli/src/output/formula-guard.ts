/**
 * Text from the reports that a spreadsheet could take for a formula: beginning with = + - @, or
 * with a tab or carriage return that some programs drop before they look. A supervisor opens the
 * audit sheets in Excel or WPS, and a report's cell, name or quoted text must not run there
 * (OWASP "CSV injection"). Such a text is written after a ' , the mark spreadsheets themselves
 * use for "text, as typed"; the rest is as written. A lone sign (a file named "-") cannot be a
 * formula and is left alone.
 */
export function guardFormula(text: string): string {
  return text.length > 1 && /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}
