/**
 * Every text the CLI itself shows (zh-CN, the reference catalogue). Findings are worded by core;
 * these are the help, the summary and the errors around them. `{name}` placeholders.
 */
export const messages = {
  "help.main":
    "用法：nianbao <命令> [选项]\n" +
    "\n" +
    "检查政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）。\n" +
    "\n" +
    "命令：\n" +
    "  check <文件或文件夹…>     检查 *.nianbao.yaml 报告\n" +
    "\n" +
    "通用选项：\n" +
    "  -h, --help                显示帮助\n" +
    "  -V, --version             显示版本号\n" +
    "  --locale <zh-CN|en>       输出语言（默认 zh-CN；环境变量 LANG 以 en 开头时为 en）\n" +
    "\n" +
    "运行 nianbao check --help 查看 check 命令的选项。\n",
  "help.check":
    "用法：nianbao check [选项] <文件或文件夹…>\n" +
    "\n" +
    "逐份检查报告的结构、数值、表内勾稽关系和文字；同一机关上一年度的报告也在检查范围内时，\n" +
    "再做跨年度比对（上年结转、现行有效、文字雷同等）。\n" +
    "文件夹会递归查找 *.nianbao.yaml 和 *.nianbao.yml（跳过 node_modules 和以“.”开头的文件夹）。\n" +
    "\n" +
    "选项：\n" +
    "  --format <text|json|sarif>   输出格式（默认 text）\n" +
    "  --locale <zh-CN|en>          输出语言（默认 zh-CN；环境变量 LANG 以 en 开头时为 en）\n" +
    "  --severity <规则代码=级别>   调整规则级别，级别为 off、info、warning、error（可重复）\n" +
    "  -q, --quiet                  只输出错误\n" +
    "  --no-summary                 不输出末尾的汇总（text 格式）\n" +
    "  -h, --help                   显示本帮助\n" +
    "\n" +
    "退出码：0 没有错误；1 至少有一个错误；2 用法错误或无法读取文件。\n",

  "severity.error": "错误",
  "severity.warning": "警告",
  "severity.info": "提示",

  "summary.reports": "已检查报告 {checked} 份，其中有错误的 {withErrors} 份。",
  "summary.findings": "错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个。",
  "summary.byCode": "按规则统计：",
  "summary.clean": "未发现问题。",

  "error.prefix": "nianbao：{message}",
  "error.usageHint": "{message}（运行 {command} --help 查看用法）",
  "error.unknownCommand": "未知命令“{command}”",
  "error.noCommand": "请指定命令",
  "error.unknownOption": "未知选项 {option}",
  "error.missingValue": "选项 {option} 需要一个值",
  "error.unexpectedValue": "选项 {option} 不接受值",
  "error.invalidChoice": "选项 {option} 的值“{value}”无效，可选：{choices}",
  "error.invalidSeverity": "--severity 的值“{value}”无效，应写作 规则代码=级别，级别为 off、info、warning、error",
  "error.unknownRule": "--severity 中的规则代码“{code}”不存在",
  "error.noPaths": "请指定要检查的文件或文件夹",
  "error.notFound": "找不到文件或文件夹：{path}",
  "error.unreadable": "无法读取 {path}（{reason}）",
  "error.denied": "无法读取 {path}：没有读取权限",
  "error.noReports": "在 {paths} 中没有找到 *.nianbao.yaml 或 *.nianbao.yml 报告",
  "error.internal": "内部错误：{detail}",
} as const;

export type CliMessageId = keyof typeof messages;
