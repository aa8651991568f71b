/**
 * A report rendered by core (renderReportHtml) and then turned into the shapes government CMSs
 * publish it in, as a crawler saves the page text (issue 12): the whole body on one line with the
 * table markup dropped and the cells glued, spaced, or partly spaced; with site chrome and the
 * styles Word exported before the report; or as HTML whose tables a page break cut in two. The
 * residue strings are quoted from real pages (平潭 CMS, Word's HTML export).
 */
import { tokenizeHtml } from "../../src/import/html-tokens.js";

/** How the cells of a table row are separated once the markup is gone. */
export type CellGap = "glued" | "spaced" | "partly";

/** Site chrome a crawler keeps before the report (平潭 2021). */
export const SITE_CHROME =
  "当前位置： 首页政务公开政府信息公开政府信息公开年报 来源： 时间：2023-01-09 19:36 --> 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接：";

/** The styles Word exports with a document pasted into a CMS, as the page text shows them. */
export const WORD_STYLES =
  'Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-tstyle-colband-size:0; mso-style-noshow:yes; mso-style-priority:99; mso-style-parent:""; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; mso-para-margin:0cm; mso-pagination:widow-orphan; font-size:10.5pt; mso-bidi-font-size:11.0pt; font-family:"Calibri",sans-serif; mso-ascii-font-family:Calibri; mso-hansi-font-family:Calibri; mso-font-kerning:1.0pt;}';

/**
 * The same residue as it stands in HTML pasted from Word: its conditional comments hold tens of
 * kilobytes of w:LatentStyles before the first tag of the page, then its styles and the site's links.
 */
export const WORD_HTML_RESIDUE =
  `<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]--><!--[if gte mso 9]><xml><w:LatentStyles DefLockedState="false" LatentStyleCount="260">${'<w:LsdException Locked="false" Priority="39" UnhideWhenUsed="false" Name="toc 1"/>'.repeat(400)}</w:LatentStyles></xml><![endif]-->` +
  '<style>/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}</style><p class="MsoNormal" style="mso-margin-top-alt:auto"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a><o:p></o:p></p><p class="MsoNormal">分享到： 微信 微博 QQ空间<o:p></o:p></p>';

const VALUE = /^[\d.]+$/;

/**
 * The page text of rendered HTML as a CMS export gives it: one line, blocks joined without a break
 * (平潭 runs a heading straight into its text), cells separated as `gap` says. With "partly" the
 * last two value cells of each row are glued and the others spaced (「0 0 0 0 0 00」).
 */
export function flattenHtml(html: string, gap: CellGap): string {
  const out: string[] = [];
  let row: string[] | null = null;
  let cell: string[] | null = null;
  // A fragment (renderReportHtml) is all body; a whole page starts at its <body>.
  let inBody = !/<body\b/iu.test(html);
  const closeCell = () => {
    if (cell && row) row.push(cell.join("").trim());
    cell = null;
  };
  const closeRow = () => {
    closeCell();
    if (row)
      out.push(
        joinRow(
          row.filter((c) => c !== ""),
          gap,
        ),
      );
    row = null;
  };
  for (const tok of tokenizeHtml(html)) {
    if (tok.type === "open" && tok.name === "body") inBody = true;
    if (!inBody) continue;
    if (tok.type === "text") (cell ?? out).push(tok.text.replace(/\s+/gu, " "));
    else if (tok.name === "tr") {
      if (tok.type !== "open") closeRow();
      else {
        row = [];
        cell = null;
      }
    } else if (tok.name === "td" || tok.name === "th") {
      closeCell();
      if (tok.type === "open" && row) cell = [];
    }
  }
  closeRow();
  return out.join("").replace(/ {2,}/gu, " ").trim();
}

function joinRow(cells: readonly string[], gap: CellGap): string {
  let text = "";
  cells.forEach((c, i) => {
    const prev = cells[i - 1];
    const bothValues = prev !== undefined && VALUE.test(prev) && VALUE.test(c);
    const lastPair = i === cells.length - 1 && bothValues;
    const sep =
      i === 0 ? "" : gap === "glued" ? "" : gap === "partly" && lastPair ? "" : bothValues || VALUE.test(c) ? " " : "";
    text += sep + c;
  });
  // A row ends where the next label starts: the CMS puts no space there either.
  return text;
}

/** The crawler's page.txt: its header block, then the body as one line. */
export function crawlerPage(title: string, body: string): string {
  return [
    `标题: ${title}`,
    "发布时间: 2024-01-26 17:27",
    "栏目: 政府信息公开年报",
    "==================== 正文 ====================",
    body,
    "",
  ].join("\n");
}

/**
 * HTML whose table 三 a page break cut in two: the rows after `at` go to a second table, after
 * a page number, as converters of a printed report produce.
 */
export function splitTable3(html: string, at = 12): string {
  const start = html.indexOf('data-table="requests"');
  if (start < 0) return html;
  let i = html.indexOf("<tbody>", start);
  for (let k = 0; k < at && i >= 0; k++) i = html.indexOf("</tr>", i + 1);
  if (i < 0) return html;
  const cut = i + "</tr>".length;
  return `${html.slice(0, cut)}</tbody></table><p>- 3 -</p><table class="nb-table"><tbody>${html.slice(cut)}`;
}
