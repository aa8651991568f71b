/**
 * Characters that OCR and hurried typing swap in agency and place names (沭阳 read as 沐阳, 睢宁 as
 * 雎宁, 亳州 as 毫州). A name one such character off the agency's is a misspelling, not another body;
 * any other one-character difference may well be another place (宿城区 and 宿豫区 are neighbours).
 */
const GROUPS: readonly string[] = [
  "沭沐",
  "睢雎",
  "亳毫",
  "盱盯",
  "泗洒",
  "汨汩",
  "荥荣",
  "兖衮",
  "扬杨",
  "徽微",
  "冶治",
  "崇祟",
  "嬴赢",
  "己已巳",
  "未末",
  "日曰",
  "戊戌戍",
  "侯候",
  "土士",
  "千干于",
  "人入",
  "太大犬",
  "贝见",
  "折拆",
  "拔拨",
];

export function confusable(a: string, b: string): boolean {
  return a !== b && GROUPS.some((g) => g.includes(a) && g.includes(b));
}
