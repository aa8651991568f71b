import type { Random } from "./seeded.js";

/** An agency of the generated jurisdiction and where its files go. */
export interface Agency {
  readonly name: string;
  /** The file's path for a year, in the folder layout of the agency's county. */
  readonly layout: (year: number) => string;
}

const PLACE_CHARS = [
  ..."松柏桃李杏梅竹兰菊荷溪泉湖岭峰岗原野林森鹤鹿燕鸿雁鹏麟福禄寿康宁泰安和顺昌盛兴丰裕富荣华清明光辉朝阳彩霞青丹碧翠玉珠琳瑞祥吉庆嘉怡乐悦江河山石岩沙洲滨浦源潭谷桥亭台",
];
const DEPARTMENTS = [
  "人民政府办公室",
  "发展和改革局",
  "教育局",
  "科学技术局",
  "工业和信息化局",
  "公安局",
  "民政局",
  "司法局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源和规划局",
  "生态环境局",
  "住房和城乡建设局",
  "交通运输局",
  "水利局",
  "农业农村局",
  "商务局",
  "文化广电和旅游局",
  "卫生健康委员会",
  "退役军人事务局",
  "应急管理局",
  "审计局",
  "市场监督管理局",
  "统计局",
  "医疗保障局",
  "城市管理局",
  "行政审批局",
  "数据局",
] as const;

/**
 * Agencies of one city: its 人民政府, its departments, and its counties' governments and
 * departments. Each county's folder has its own layout, as offices receive them: a folder per
 * agency with a file per year, a folder per year, or everything flat.
 */
export function agencyNames(count: number, random: Random): Agency[] {
  const used = new Set<string>();
  const place = (suffix: string): string => {
    for (;;) {
      const n = `${PLACE_CHARS[random.int(PLACE_CHARS.length)]}${PLACE_CHARS[random.int(PLACE_CHARS.length)]}`;
      if (!used.has(n)) {
        used.add(n);
        return n + suffix;
      }
    }
  };
  const city = place("市");
  const out: Agency[] = [];
  let county = city;
  let countyFolder = "市本级";
  let layout = 0;
  for (let i = 0; out.length < count; i++) {
    const d = i % DEPARTMENTS.length;
    if (i > 0 && d === 0) {
      county = place(random.next() < 0.6 ? "县" : "区");
      countyFolder = county;
      layout = random.int(3);
    }
    const department = DEPARTMENTS[d]!;
    const name =
      department === "人民政府办公室" ? `${county}人民政府` : `${county === city ? city : city + county}${department}`;
    const folder = countyFolder;
    const short = department === "人民政府办公室" ? "人民政府" : department;
    const style = layout;
    out.push({
      name,
      layout: (year) =>
        style === 0
          ? `${folder}/${short}/${year}.nianbao.yaml`
          : style === 1
            ? `${year}年度/${folder}/${short}.nianbao.yaml`
            : `${folder}/${short}-${year}年报.nianbao.yaml`,
    });
  }
  return out;
}
