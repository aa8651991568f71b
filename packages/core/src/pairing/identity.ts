/**
 * The identity of an agency as the cross-year rules pair reports by. Authors write one agency's
 * name in several ways from one year to the next: with or without the city above it
 * (淮安市洪泽区人民政府 / 洪泽区人民政府), abbreviated (上海市科学技术委员会 / 上海市科委), spaced out
 * or in full-width letters. The identity keeps the places the name starts with apart from the rest
 * (the body), so two names can be compared level by level rather than as strings.
 */
export interface AgencyIdentity {
  /** Places and body together: equal keys are the same name, written alike after normalisation. */
  readonly key: string;
  /** The administrative divisions the name starts with, outermost first: [淮安市, 洪泽区]. */
  readonly places: readonly string[];
  /** What follows the places, abbreviations written out: 人民政府, 科学技术委员会. */
  readonly body: string;
}

/**
 * One administrative division at the start of a name. At least two characters before 省/市/区, so
 * words such as 城市 (城市管理局) or 市场 are not taken for a place; a county may be one character
 * (萧县, 歙县). Lazy, so 苏州市 is one place and not 苏州 + 市….
 */
const PLACE =
  /^(?:[\u4e00-\u9fff]{2,9}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|新区|林区|省|市|州|盟|区|旗|县)|[\u4e00-\u9fff]县)/u;

/**
 * Abbreviations used for a whole agency body, written out. Deliberately short and matched only as
 * the entire body: a wrong expansion would pair two different agencies, which is worse than
 * pairing none (the unpaired report still gets XY-UNPAIRED when last year's file is at hand).
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  政府: "人民政府",
  政府办: "人民政府办公室",
  政府办公室: "人民政府办公室",
  科委: "科学技术委员会",
  科技委: "科学技术委员会",
  发改委: "发展和改革委员会",
  经信委: "经济和信息化委员会",
  卫健委: "卫生健康委员会",
  教委: "教育委员会",
  住建委: "住房和城乡建设委员会",
  住建局: "住房和城乡建设局",
  人社局: "人力资源和社会保障局",
  市监局: "市场监督管理局",
  国资委: "国有资产监督管理委员会",
  民宗委: "民族宗教事务委员会",
};

/** The identity of an agency name, or null for a name that is blank. */
export function agencyIdentity(name: string | null | undefined): AgencyIdentity | null {
  if (!name) return null;
  // NFKC folds full-width letters, digits and compatibility ideographs; names are sometimes spaced out.
  let rest = name.normalize("NFKC").replace(/\s+/gu, "");
  if (!rest) return null;
  const places: string[] = [];
  for (let m = PLACE.exec(rest); m; m = PLACE.exec(rest)) {
    places.push(m[0]);
    rest = rest.slice(m[0].length);
  }
  const body = ABBREVIATIONS[rest] ?? rest;
  return { key: places.join("") + body, places, body };
}

/**
 * How two identities compare: "same" when the keys are equal; "variant" when the bodies are equal
 * and the places of one are the innermost places of the other (淮安市洪泽区 / 洪泽区), the shorter
 * keeping at least one place so that a bare body (人民政府) never matches; otherwise null.
 */
export function compareIdentities(a: AgencyIdentity, b: AgencyIdentity): "same" | "variant" | null {
  if (a.key === b.key) return "same";
  if (a.body !== b.body) return null;
  const [shorter, longer] = a.places.length <= b.places.length ? [a.places, b.places] : [b.places, a.places];
  if (shorter.length === 0 || shorter.length === longer.length) return null;
  const offset = longer.length - shorter.length;
  return shorter.every((p, i) => p === longer[offset + i]) ? "variant" : null;
}

/**
 * How alike two names of different identities look, from 0 to 1, part by part: when they differ in
 * one place only (沐阳县 / 沭阳县, the body and the other places equal) or in the body only (卫生和
 * 计划生育委员会 / 卫生健康委员会, the places equal), the Dice coefficient of the characters of the
 * differing part; otherwise 0. Comparing the whole names would make every 某某区人民政府 look alike
 * through 人民政府. Only used to point at a likely previous-year report, never to pair.
 */
export function nameSimilarity(a: AgencyIdentity, b: AgencyIdentity): number {
  if (a.key === b.key) return 1;
  if (a.places.length !== b.places.length) return 0;
  const differing = a.places.flatMap((p, i) => (p === b.places[i] ? [] : [[p, b.places[i]!] as const]));
  if (a.body !== b.body) differing.push([a.body, b.body]);
  return differing.length === 1 ? charDice(differing[0]![0], differing[0]![1]) : 0;
}

/** The Dice coefficient of two strings' characters (as multisets). */
function charDice(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const c of left) counts.set(c, (counts.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of right) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      common++;
      counts.set(c, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}
