import type { Catalogue } from "../format.js";

/** Messages of nianbao.config.json and of the disable comments (zh-CN). */
export const messages: Catalogue = {
  "config.schema.file":
    "Nianbao 的项目配置。放在报告所在的文件夹或其上层文件夹中；每份报告使用离它最近的一个配置文件（不逐级合并）。命令行、语言服务器和 VS Code 扩展读取同一个文件。",
  "config.schema.$schema": "本文件的 JSON Schema，编辑器据此补全和校验。",
  "config.schema.rules":
    "逐条规则设置严重程度：off（关闭）、info（提示）、warning（警告）、error（错误）。键为规则代码，见规则参考。",
  "config.schema.include":
    '检查文件夹时只检查与这些 glob 匹配的报告，路径相对于本配置文件所在的文件夹（如 "2024/**"）。不写则检查全部报告。',
  "config.schema.exclude": '检查文件夹时跳过与这些 glob 匹配的报告，路径相对于本配置文件所在的文件夹（如 "草稿/**"）。',
  "config.schema.profile": "本地区对年度报告的附加要求。",
  "config.schema.section6Items":
    '第六部分「其他需要报告的事项」必须提到的事项（规则 NAR-SEC6-OTHER）。一项可以用「|」分隔几种写法，如 "人大代表建议|人大建议"。',
  "config.schema.locale": '检查结果的语言："zh-CN"（中文）或 "en"（英文）。命令行的 --locale 和编辑器的设置优先。',

  "CONFIG-INVALID.json": "nianbao.config.json 不是有效的 JSON：{detail}本配置未生效，报告按默认设置检查。",
  "CONFIG-INVALID.json.end": "文件在这里意外结束，缺少右括号「}」「]」或引号。",
  "CONFIG-INVALID.json.symbol": "这里有 JSON 不认识的字符（键和文字要用英文双引号括起来；JSON 不允许注释）。",
  "CONFIG-INVALID.json.trailingComma": "最后一项后面不能有逗号。",
  "CONFIG-INVALID.json.token": "这里的内容放错了位置，多半是前面缺少逗号「,」或冒号「:」。",
  "CONFIG-INVALID.empty": "nianbao.config.json 是空的：至少要写 {}。本配置未生效，报告按默认设置检查。",
  "CONFIG-INVALID.unreadable": "无法读取 nianbao.config.json（{detail}）。本配置未生效，报告按默认设置检查。",
  "CONFIG-INVALID.unknownKey": "未知的设置「{key}」；这里可用的设置是 {allowed}。本配置未生效，报告按默认设置检查。",
  "CONFIG-INVALID.unknownRule": "「{code}」不是 Nianbao 的规则代码（见规则参考）。本配置未生效，报告按默认设置检查。",
  "CONFIG-INVALID.ruleCase": "规则代码要用大写：「{code}」应写作「{near}」。本配置未生效，报告按默认设置检查。",
  "CONFIG-INVALID.severity":
    '规则 {code} 的严重程度应为 "off"、"info"、"warning" 或 "error"，这里是 {value}。本配置未生效，报告按默认设置检查。',
  "CONFIG-INVALID.type.object": "nianbao.config.json 的内容应是一个 JSON 对象 {…}。本配置未生效，报告按默认设置检查。",
  "CONFIG-INVALID.type.rules":
    '「rules」应是一个对象，键为规则代码，值为 "off"、"info"、"warning" 或 "error"。本配置未生效，报告按默认设置检查。',
  "CONFIG-INVALID.type.globs":
    '「{key}」应是由 glob 字符串组成的数组，如 ["草稿/**"]。本配置未生效，报告按默认设置检查。',
  "CONFIG-INVALID.type.glob": "「{key}」应是非空的 glob 字符串。本配置未生效，报告按默认设置检查。",
  "CONFIG-INVALID.type.profile":
    '「profile」应是一个对象，如 {"section6Items": ["年度工作要点"]}。本配置未生效，报告按默认设置检查。',
  "CONFIG-INVALID.type.strings": "「{key}」应是由非空字符串组成的数组。本配置未生效，报告按默认设置检查。",
  "CONFIG-INVALID.type.string": "「{key}」应是非空字符串。本配置未生效，报告按默认设置检查。",
  "CONFIG-INVALID.type.locale": '「locale」应为 "zh-CN" 或 "en"。本配置未生效，报告按默认设置检查。',
  "rule.CONFIG-INVALID.title": "配置文件无效",
  "rule.CONFIG-INVALID.summary":
    "nianbao.config.json 是合乎语法的 JSON，只含已知的设置、规则代码和严重程度，类型正确。结果指向配置文件中出错的位置。",
  "rule.CONFIG-INVALID.why":
    "配置决定检查哪些报告、按什么严重程度报告。拼错的规则代码如果被悄悄忽略，作者会以为某条规则已经关闭或调高，其实没有；只生效一半的配置同样会让编辑器和持续集成的结果不可预料。所以有错的配置整体不生效，报告按默认设置检查，直到改正。",
  "rule.CONFIG-INVALID.fix":
    "按提示改正配置文件；在 VS Code 中打开 nianbao.config.json 可获得补全和校验。规则代码见本页。",

  "DISABLE-UNUSED.unused":
    "这条 nianbao-disable-next-line 注释关闭的 {code} 在下一行没有检查结果：注释已经用不着了，请删除（或删去其中的 {code}）。",
  "DISABLE-UNUSED.unknown":
    "「{code}」不是 Nianbao 的规则代码，这条注释对它不起作用（规则代码见规则参考，注意大小写）。",
  "DISABLE-UNUSED.noRule":
    "nianbao-disable-next-line 后面要写出要关闭的规则代码，如「# nianbao-disable-next-line T4-ROWSUM -- 理由」。",
  "rule.DISABLE-UNUSED.title": "多余的关闭注释",
  "rule.DISABLE-UNUSED.summary":
    "每条「# nianbao-disable-next-line 规则代码」注释都关闭了下一行的至少一个检查结果；注释中的代码都是已有的规则代码。跨年度规则只在报告与上年报告比对时判断。",
  "rule.DISABLE-UNUSED.why":
    "关闭注释是让检查对某一行保持沉默的例外。数据改正以后，留下的注释不再起作用，却会在今后悄悄关闭同一行新出现的问题；写错的代码则什么也关不掉。",
  "rule.DISABLE-UNUSED.fix": "删除注释，或删去其中不再需要的代码；改正写错的规则代码。",
};
