// The real-size corpus of the batch bench: copies of the published reports in examples/, each copy
// a distinct agency and (within the years the format covers) a shifted year, so that a batch is as
// large, as prose-heavy and as untidy as the real ones, which the generated corpus is not.
//
// An agency is renamed everywhere its place names appear (淮安市洪泽区人民政府: 淮安 and 洪泽 become
// new names of the same length in 机关, 标题 and the prose), so META-AGENCY and the rules that read
// the agency behave on a copy as on the original. A look-alike misspelling of the name that the
// original has (沐阳 for 沭阳) keeps its misspelt character, so it is still found on the copy. The
// two consecutive pairs of examples/ (same agency, years N and N+1) are copied as pairs with the
// same new name, so the cross-year rules run on them. Every copy is checked to give the same rule
// codes as its original before it is written.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseReport } from "@nianbao/core";

/** Characters the new place names are made of: common, and not look-alikes of each other. */
const POOL = [
  ..."甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥东西南北中上下左右前后春夏秋冬松柏桃李杏梅竹兰菊荷金木水火土星月云雨雪风霜露溪川泉湖海港湾岭峰岗坡原野田园林森龙凤虎鹤鹿燕鸿雁鹏麟福禄寿喜康宁泰安和顺昌盛兴旺丰裕富贵荣华清明光辉朝阳晨曦彩霞青红黄白紫绿蓝丹碧翠玉珠宝琳琅瑞祥吉庆嘉怡乐悦欣江河山石岩沙洲岛滨浦源渠潭谷涧桥亭台楼阁城关堡寨村庄坊镇乡里街巷一二三四五六七八九十百千万文武仁义礼智信忠孝德善美真诚勤俭恒远长永久新旧高低深浅广阔",
];
const SUFFIX = /(?:自治区|自治州|自治县|省|市|区|县|州|旗|盟)$/u;
const PLACE = /(.+?(?:自治区|自治州|自治县|省|市|区|县|州|旗|盟))/uy;
// A year, but not 格式's (the form's edition) nor a document number's (国办公开办函〔2021〕30号).
const YEAR = /(?<![0-9〔[])20[1-3][0-9](?![0-9〕\]])/gu;
const FIRST_YEAR = 2021;
const LAST_YEAR = 2025;

const codesOf = (text) =>
  parseReport(text)
    .findings.map((f) => f.code)
    .sort()
    .join(" ");

/** The place-name stems of an agency (淮安市洪泽区人民政府 → 淮安, 洪泽) and the positions of each to keep. */
function stemsOf(text, report, findings) {
  const stems = [];
  PLACE.lastIndex = 0;
  let m;
  while ((m = PLACE.exec(report.agency)) !== null) {
    const stem = m[1].replace(SUFFIX, "");
    if (stem.length >= 2 && !stems.some((s) => s.stem === stem))
      stems.push({ stem, keep: new Set(), variants: new Set() });
  }
  if (!stems.length) stems.push({ stem: report.agency, keep: new Set(), variants: new Set() });
  // The look-alike misspellings META-AGENCY finds: the differing character is kept on the copy.
  for (const f of findings)
    if (f.messageId === "META-AGENCY.variant" && f.range && f.fix) {
      const found = text.slice(f.range.start, f.range.end);
      const name = f.fix.edits[0].newText;
      for (const s of stems) {
        const at = name.indexOf(s.stem);
        if (at < 0) continue;
        const variant = found.slice(at, at + s.stem.length);
        if (variant === s.stem) continue;
        for (let k = 0; k < s.stem.length; k++) if (variant[k] !== s.stem[k]) s.keep.add(k);
        s.variants.add(variant);
      }
    }
  return stems;
}

/** A rename of every stem for copy number `n`: free positions spell n in the pool's digits. */
function renameFor(stems, n) {
  let rest = n;
  const pairs = [];
  for (const s of stems) {
    const chars = [...s.stem];
    const free = chars.map((_, k) => k).filter((k) => !s.keep.has(k));
    const replace = (from) => {
      const out = [...from];
      for (const k of free) out[k] = POOL[Math.floor(rest / POOL.length ** free.indexOf(k)) % POOL.length];
      return out.join("");
    };
    for (const from of [s.stem, ...s.variants]) pairs.push([from, replace(from)]);
    rest = Math.floor(rest / POOL.length ** free.length);
  }
  // Longer names first, so a variant inside a longer stem is not half-replaced.
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

const renamed = (text, pairs, delta) => {
  let out = text;
  for (const [from, to] of pairs) out = out.split(from).join(to);
  if (!delta) return out;
  return out
    .split("\n")
    .map((line) => (/^格式\s*:/u.test(line) ? line : line.replace(YEAR, (y) => String(Number(y) + delta))))
    .join("\n");
};

/**
 * Writes about `count` copies into `dir` (each in a folder of its own, like an agency's) and
 * returns what it wrote. `random` is the bench's seeded generator.
 */
export function writeRealCorpus(examplesDir, dir, count, random) {
  const originals = readdirSync(examplesDir)
    .filter((n) => n.endsWith(".nianbao.yaml"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(examplesDir, name), "utf8");
      const parsed = parseReport(text);
      return {
        name,
        text,
        report: parsed.report,
        codes: parsed.findings
          .map((f) => f.code)
          .sort()
          .join(" "),
        findings: parsed.findings,
      };
    });
  // Reports of one agency (the same 机关) go together: a consecutive pair stays a pair.
  const groups = new Map();
  for (const o of originals) groups.set(o.report.agency, [...(groups.get(o.report.agency) ?? []), o]);
  const agencies = [...groups.values()].map((reports) => ({
    reports: reports.sort((a, b) => a.report.year - b.report.year),
    stems: stemsOf(
      reports[0].text,
      reports[0].report,
      reports.flatMap((r) => r.findings),
    ),
  }));
  const written = [];
  const names = new Set();
  let pairs = 0;
  for (let n = 0; written.length < count; n++) {
    for (const a of agencies) {
      if (written.length >= count) break;
      const years = a.reports.map((r) => r.report.year);
      const low = Math.max(FIRST_YEAR - Math.min(...years), -2);
      const high = Math.min(LAST_YEAR - Math.max(...years), 0);
      const delta = low + Math.floor(random() * (high - low + 1));
      // Two agencies could get the same new name (测试市 and 宿迁市 both become 龙甲市): the next is taken.
      let rename;
      do rename = renameFor(a.stems, (a.next = (a.next ?? -1) + 1));
      while (names.has(renamed(a.reports[0].report.agency, rename, 0)));
      names.add(renamed(a.reports[0].report.agency, rename, 0));
      const folder = join(
        dir,
        `轮${String(n).padStart(4, "0")}`,
        a.reports[0].name.replace(/-\d{4}\.nianbao\.yaml$/u, ""),
      );
      mkdirSync(folder, { recursive: true });
      for (const r of a.reports) {
        const text = renamed(r.text, rename, delta);
        const codes = codesOf(text);
        if (codes !== r.codes)
          throw new Error(
            `real corpus: copy ${n} of ${r.name} gives other findings than the original:\n  ${r.codes}\n  ${codes}`,
          );
        writeFileSync(join(folder, `${r.report.year + delta}.nianbao.yaml`), text);
        written.push(Buffer.byteLength(text));
      }
      if (a.reports.length > 1) pairs++;
    }
  }
  return {
    reports: written.length,
    originals: originals.length,
    pairs,
    minBytes: Math.min(...written),
    maxBytes: Math.max(...written),
    totalBytes: written.reduce((s, b) => s + b, 0),
  };
}
