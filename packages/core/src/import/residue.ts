/**
 * What a page carries before its report that is not the report: the styles Word exported when the
 * report was pasted into a CMS, shown as text (「Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN
 * X-NONE /* Style Definitions *\/ table.MsoNormalTable {mso-style-name:普通表格; …}」), and a site's
 * chrome (「当前位置： 首页… 来源： 时间：… --> 微信 微博 QQ空间 … 相关链接：」). Blanked with spaces of
 * the same length, so every column after it still points at the source.
 */

const WORD_STYLES = [
  // Word's document settings, then its style sheet: each rule a selector and a {…} block.
  /Normal\s+0\s+[\d.]+\s*(?:磅|pt)(?:\s+(?:\d+|false|true|X-NONE|[A-Z]{2}-[A-Z]{2,4}|MicrosoftInternetExplorer4))*/gu,
  /\/\*\s*Style Definitions\s*\*\/(?:\s*[\w.#:,\- ]{1,80}\{[^{}]{0,4000}\})+/gu,
];

/** A CMS's breadcrumb and share bar, between 当前位置 and 相关链接 (平潭). */
const CHROME = /当前位置\s*[:：][^\n]{0,400}?相关链接\s*[:：]/gu;

const blank = (s: string) => s.replace(/[^\n]/gu, " ");

/** The text with Word's exported styles and a site's chrome replaced by spaces. */
export function blankResidue(text: string): string {
  let out = text;
  for (const re of [...WORD_STYLES, CHROME]) out = out.replace(re, blank);
  return out;
}
