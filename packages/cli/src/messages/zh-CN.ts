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
    "  render <报告>             生成可发布的网页（html）、Word 文档（docx）或 Markdown（md）\n" +
    "  new                       新建报告（--from 上年度报告：结转上年结转和现行有效件数）\n" +
    "  import <文件或文件夹|->    导入已发布的报告（网页文本、pdftotext 文本、Markdown、HTML、PDF、Word、链接），生成 *.nianbao.yaml\n" +
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
    "“-”表示从标准输入读取一份报告。能读取 UTF-8、GB18030 和带 BOM 的 UTF-16 文件。\n" +
    "\n" +
    "选项：\n" +
    "  --format <text|json|sarif|github>\n" +
    "                               输出格式（默认 text；github 为 GitHub Actions 工作流命令，问题标注在\n" +
    "                               拉取请求的 diff 上）\n" +
    "  --format <html|csv|xlsx>     供上级主管部门：html 为单页审阅报告（宜配合 -o）；csv、xlsx 为汇总表，\n" +
    "                               每份报告一行（文件、机关、年度、格式、问题数、各表每一格），xlsx 另有\n" +
    "                               问题清单，须用 -o\n" +
    "  --locale <zh-CN|en>          输出语言（默认 zh-CN；环境变量 LANG 以 en 开头时为 en）\n" +
    "  --severity <规则代码=级别>   调整规则级别，级别为 off、info、warning、error（可重复）\n" +
    "  -q, --quiet                  只输出错误\n" +
    "  --no-summary                 不输出末尾的汇总（text 格式）\n" +
    "  -o, --output <文件>          把结果写入文件而不是标准输出（文件已存在时不覆盖，除非加 --force）\n" +
    "  --force                      覆盖已存在的输出文件\n" +
    "  -j, --jobs <N>               用 N 个线程并行检查（默认为本机可用的处理器数；少于 50 份报告时不另开线程）\n" +
    "  --fix                        应用可自动修正的问题（重新计算总计、按已读取的值写出数字和标签等，\n" +
    "                               见 docs/rules.md），写回报告后再检查；在标准错误输出中逐个文件列出修正\n" +
    "  --fix-dry-run                以统一 diff 格式输出修正（可用 git apply 应用），不写入文件\n" +
    "  --max-warnings <N>           警告超过 N 个时退出码为 1（-1 表示不限）\n" +
    "  -h, --help                   显示本帮助\n" +
    "\n" +
    "在终端上输出彩色文本；环境变量 NO_COLOR 关闭颜色，FORCE_COLOR 强制使用颜色（NO_COLOR 优先）。\n" +
    "\n" +
    "退出码：0 没有错误；1 至少有一个错误（--fix 时指修正后仍有的错误），或警告超过 --max-warnings；\n" +
    "2 用法错误、有文件无法读取或修正无法写入（优先于 1）。\n",

  "severity.error": "错误",
  "severity.warning": "警告",
  "severity.info": "提示",

  "summary.reports": "已检查报告 {checked} 份，其中有错误的 {withErrors} 份。",
  "summary.findings": "错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个。",
  "summary.byCode": "按规则统计：",
  "summary.clean": "未发现问题。",
  // check --fix / --fix-dry-run (issue 13): what was fixed, per file, on standard error.
  "fix.fixed": "{file}：已修正 {count} 处（{codes}）",
  "fix.wouldFix": "{file}：可修正 {count} 处（{codes}）",
  "fix.codeCount": "{code} {count}",
  "fix.codeSeparator": "、",
  "fix.unreadable": "{file}：无法读取（YAML 语法错误，或文件本身无法读取），未修正",
  "fix.encoding": "{file}：不是 UTF-8 编码，未修正；在编辑器中另存为 UTF-8 后再运行 --fix",
  "fix.unsettled": "{file}：修正后仍有可自动修正的问题，已停止；请再运行一次或手工修改",
  "fix.total": "共修正 {files} 份报告中的 {count} 处问题。",
  "fix.totalDryRun": "可修正 {files} 份报告中的 {count} 处问题（未写入文件）。",
  "fix.none": "没有可自动修正的问题。",
  "fix.remaining": "修正后仍有：错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个。",
  "error.fixBoth": "--fix 和 --fix-dry-run 只能选一个",
  "error.fixStdin": "--fix 不能写回标准输入；用 --fix-dry-run 查看修正",
  "error.fixChangedMeanwhile": "{path} 在修正期间被修改，未写入修正；请重新运行",
  "maxWarnings.exceeded": "警告 {count} 个，超过 --max-warnings {max} 的上限。",
  "error.invalidMaxWarnings": "--max-warnings 的值“{value}”无效，应为不小于 0 的整数（-1 表示不限）",

  // The audit sheets (check --format csv|xlsx): fixed columns and sheet names; the tables' labels are the form's.
  "sheet.reportsName": "报告",
  "sheet.findingsName": "发现的问题",
  "sheet.groupReport": "报告",
  "sheet.groupFindings": "发现的问题",
  "sheet.groupByRule": "按规则统计",
  "sheet.file": "文件",
  "sheet.agency": "机关",
  "sheet.year": "年度",
  "sheet.format": "格式",
  "sheet.line": "行",
  "sheet.rule": "规则",
  "sheet.severity": "严重程度",
  "sheet.message": "描述",
  "error.xlsxNeedsOutput":
    "XLSX 是二进制文件，不能输出到终端或管道；请用 -o 指定输出文件，如 nianbao check 文件夹 --format xlsx -o 检查结果.xlsx",

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
  "error.invalidJobs": "--jobs 的值“{value}”无效，应为不小于 1 的整数",
  "error.noPaths": "请指定要检查的文件或文件夹",
  "error.notFound": "找不到文件或文件夹：{path}",
  "error.unreadable": "无法读取 {path}（{reason}）",
  "error.denied": "无法读取 {path}：没有读取权限",
  "error.noReports": "在 {paths} 中没有找到 *.nianbao.yaml 或 *.nianbao.yml 报告",
  "error.internal": "内部错误：{detail}",
  "error.pdfNotPdf": "{path} 不是 PDF 文件（开头没有 %PDF- 标记）",
  "error.pdfCorrupt": "无法解析 PDF {path}：文件已损坏或不完整（{detail}）",
  "error.pdfEncrypted": "PDF {path} 设有打开密码，无法读取",
  "error.pdfTimeout": "读取 PDF {path} 超过 {seconds} 秒，已停止",
  "error.pdfNoText": "PDF {path} 没有文字层（可能是扫描图像），无法导入；请改用网页文本或带文字的 PDF",
  "help.render":
    "用法：nianbao render [选项] <报告.nianbao.yaml>\n" +
    "\n" +
    "把报告排成可发布的格式：html 为独立网页（官方表格样式，合并单元格与印刷版一致，按 A4 打印），\n" +
    "docx 为 Word 文档（A4，宋体，表格合并单元格与印刷版一致），md 为 Markdown。\n" +
    "报告有错误时仍会生成，并在标准错误输出中提示错误个数；发布前请先运行 nianbao check。\n" +
    "\n" +
    "选项：\n" +
    "  --format <html|docx|md>   输出格式（默认按 -o 的扩展名判断，没有 -o 时为 html）\n" +
    "  -o, --output <文件>       写入该文件（已存在时不覆盖）；省略时 html 和 md 输出到标准输出，docx 写在报告旁（同名 .docx）\n" +
    "  --force                   覆盖已存在的输出文件（报告本身永不覆盖）\n" +
    "  --locale <zh-CN|en>       提示语言（默认 zh-CN；环境变量 LANG 以 en 开头时为 en）\n" +
    "  -h, --help                显示本帮助\n" +
    "\n" +
    "退出码：0 已生成；1 已生成，但有 YAML 无法读取的行（已在输出中原样标出）；2 用法错误、无法读写文件，或输入不是年度报告（未生成）。\n",
  "help.new":
    "用法：nianbao new [选项]\n" +
    "\n" +
    "新建一份完整的报告：各格为 0，文字为空。\n" +
    "用 --from 指定上年度的报告时：上年结转取自上年度的“结转下年度继续办理”（7 列），规章和行政规范性文件的\n" +
    "现行有效件数沿用上年度，其余各格为 0，文字留待重新撰写；上年度的“存在问题及改进”以注释形式附在\n" +
    "本年度的“存在问题及改进”下面，供对照撰写改进情况，不会写入报告正文。\n" +
    "\n" +
    "选项：\n" +
    "  --from <上年度报告>       从上年度的 *.nianbao.yaml 结转（年度默认为上年度加 1，机关默认为上年度的机关）\n" +
    "  --agency <机关>           机关全称\n" +
    "  --year <年度>             报告年度，如 2025\n" +
    "  --format <2021|2019>      格式（默认由年度决定：2019、2020 年度为 2019 试行格式，2021 年度起为 2021 格式；不能与 --from 同用）\n" +
    "  -o, --output <文件>       写入该文件（已存在时不覆盖）；省略时输出到标准输出\n" +
    "  --force                   覆盖已存在的 -o 文件（--from 的上年度报告永不覆盖）\n" +
    "  --locale <zh-CN|en>       注释和提示的语言（默认 zh-CN）\n" +
    "  -h, --help                显示本帮助\n" +
    "\n" +
    "退出码：0 已生成；1 上年度报告中要结转的行或单元格无法读取（未生成）；2 用法错误、无法读写文件，或 --from 不是年度报告。\n",

  "render.withErrors": "{file} 有 {count} 个错误，仍已生成；发布前请运行 nianbao check {file} 查看并改正",
  "render.configInvalid": "{config} 有错，未生效，本报告按默认设置检查；运行 nianbao check 查看错误位置",
  // Lines of the report YAML could not read, shown marked in the output (exit status 1).
  "render.unreadable": "{file} 第 {lines} 行无法读取（YAML 语法错误），已在生成的文件中原样标出；请改正后重新生成",
  "output.written": "已写入 {path}",
  "new.header": "由 nianbao new 生成：各格为 0，文字为空；请按本年度实际填写，再运行 nianbao check 检查。",
  "new.headerFrom":
    "由 nianbao new 依上年度报告 {file} 生成：上年结转取自上年度的“结转下年度继续办理”，现行有效件数沿用上年度，其余各格为 0，文字为空，请重新撰写。",
  "new.previousProblems":
    "上年度报告的“存在的主要问题及改进情况”如下，供撰写本年度改进情况时对照（注释不属于报告内容）：",
  "error.noReportFile": "请指定要生成的报告文件",
  "error.oneReportFile": "每次只能生成一份报告，但指定的路径包含 {count} 份",
  "error.renderFormatUnknown": "无法从 {path} 的扩展名判断输出格式，请用 --format 指定 html、docx 或 md",
  "error.cannotWrite": "无法写入 {path}（{reason}）",
  "error.exists": "{path} 已存在，未覆盖；如要覆盖请加 --force",
  "error.unexpectedArgument": "nianbao new 不接受参数“{value}”（上年度报告请用 --from 指定）",
  "error.invalidYear": "--year 的值“{value}”无效，应为四位数的年度，如 2025",
  "error.formatForYear":
    "{year} 年度的报告应使用 {expected} 格式（2019、2020 年度用 2019 试行格式，2021 年度起用 2021 格式），与 --format {format} 不符",
  "error.fromWithFormat":
    "--format 不能与 --from 同用：新报告的格式由年度决定（2019、2020 年度用 2019 试行格式，2021 年度起用 2021 格式）",
  "help.import":
    "用法：nianbao import [选项] <文件|文件夹|链接|->\n" +
    "      nianbao import [选项] --urls <链接列表文件>\n" +
    "\n" +
    "把已发布的年度报告导入为 *.nianbao.yaml：网页复制的文本、pdftotext -layout 文本、Markdown、HTML 网页、\n" +
    "网站导出的连写文本（各格数字连成一串）、PDF 或 Word 文档（.docx）。类型按内容自动判断，也可用 --kind 指定。\n" +
    "Word 97–2003（.doc）和 WPS（.wps）文件无法读取，请先另存为 .docx。\n" +
    "不猜测：读不出的单元格留空，靠推断得出的单元格（连写数字的拆分、无行标签的行）逐一列出，并在 YAML\n" +
    "相应行尾加注释。发现写到标准错误输出，每行形如 文件:行:列  级别  代码  消息（行、列指向来源）。\n" +
    "- 表示从标准输入读取。指定文件夹时，逐一导入其中的 *.txt、*.md、*.html、*.htm、*.pdf、*.docx（含子文件夹），\n" +
    "并输出汇总表；用 -o 指定一个文件夹时，每份报告写成该文件夹下的 <原文件名>.nianbao.yaml。\n" +
    "以 http:// 或 https:// 开头的链接先下载再导入（按 Content-Type 读作网页、PDF 或 Word）；--urls 逐一导入文件中\n" +
    "每行一个的链接（空行和 # 开头的行忽略），输出汇总表，-o 文件夹中的文件按机关和年度命名。\n" +
    "\n" +
    "选项：\n" +
    "  -o, --output <文件|文件夹>   写入该文件（导入文件夹时为文件夹）；省略时输出到标准输出。已存在的文件不覆盖：\n" +
    "                               单个文件时报错，文件夹中的逐一跳过并列出\n" +
    "  --force                      覆盖已存在的输出文件（来源文件本身永不覆盖）\n" +
    "  --format <yaml|json>         输出 YAML（默认）或模型的 JSON 形式（见 docs/model-json.md）\n" +
    "  --kind <类型>                来源类型：tsv、layout、markdown、html、flattened、pdf、docx（默认自动判断）\n" +
    "  --urls <文件>                逐一导入文件中列出的链接（每行一个）\n" +
    "  --timeout <秒>               下载一个链接的时限（默认 30 秒）\n" +
    "  --max-size <MB>              下载一个链接的大小上限（默认 20 MB）\n" +
    "  --locale <zh-CN|en>          发现和注释的语言（默认 zh-CN；环境变量 LANG 以 en 开头时为 en）\n" +
    "  -h, --help                   显示本帮助\n" +
    "\n" +
    "退出码：0 已导入，没有错误级的发现；1 有错误级的发现（数值与来源中的行标签冲突，或来源中没有找到报告）；2 用法错误、无法读写文件或无法下载链接。\n",
  "import.result":
    "{file}：表格 {cells} 格，照录 {read} 格，推断 {inferred} 格，未能读取 {unreadable} 格；错误 {errors} 个，警告 {warnings} 个。",
  "import.column.file": "文件",
  "import.column.agency": "机关",
  "import.column.year": "年度",
  "import.column.read": "照录/格数",
  "import.column.inferred": "推断",
  "import.column.unreadable": "未能读取",
  "import.column.findings": "发现",
  "import.column.findingCounts": "错误 {errors}，警告 {warnings}，提示 {infos}",
  "import.summary.total":
    "共导入 {files} 份：表格 {cells} 格，照录 {read} 格，推断 {inferred} 格，未能读取 {unreadable} 格；错误 {errors} 个，警告 {warnings} 个。",
  "import.summary.notWritten": "未写出文件；用 -o <文件夹> 把每份报告写成 <原文件名>.nianbao.yaml。",
  "error.importTooLarge": "{path} 有 {size} MB，超过导入上限 {max} MB；年度报告通常只有几十到几百 KB，请确认选对了文件",
  "error.importBinary":
    "{path} 不是文本文件，或无法判断它的编码（能读取 UTF-8、GB18030 和带 BOM 的 UTF-16），无法作为网页、Markdown 或文本导入；如果是 PDF，请使用 .pdf 扩展名",
  "error.importNoInput": "请指定要导入的文件、文件夹或链接，或用 - 表示标准输入",
  "error.importOneInput": "每次只能导入一个文件或文件夹，但指定了 {count} 个",
  "error.importNoSources": "在 {path} 中没有找到可导入的报告（*.txt、*.md、*.html、*.htm、*.pdf、*.docx）",
  "error.importOutputFolder": "导入文件夹时 -o 应指定文件夹，而 {path} 是文件",
  // Writing files and output (issue 10): never over the user's files, never half a file, never silently.
  "error.outputIsInput": "{path} 是正在读取的文件本身，不能写入（--force 也不行）；请用 -o 指定另一个文件",
  "error.stdoutFailed": "无法写入标准输出（{reason}），输出不完整",
  "error.stderrFailed": "无法写入标准错误输出（{reason}）",
  "import.skipped": "{path} 已存在，未覆盖（已跳过）；如要覆盖请加 --force",
  "import.summary.skipped": "已存在而跳过 {count} 份（未覆盖；如要覆盖请加 --force）。",
  "import.summary.noReport": "未找到报告而未导入 {count} 份。",
  "import.noReportNotWritten": "{file} 中没有找到报告，未写出 YAML",
  "error.renderNotReport":
    "{path} 不是年度报告（{reason}），未生成；请确认选对了文件，已发布的网页或文字请先用 nianbao import 导入",
  "error.fromNotReport": "--from 指定的 {path} 不是年度报告（{reason}），无法结转；请指定上年度的 *.nianbao.yaml",
  "error.fromUnreadable":
    "无法从 {path} 结转：{problems}。未写出新报告；请先改正上年度报告（运行 nianbao check {path}）",
  "notReport.empty": "文件为空",
  "notReport.notMapping": "内容不是「键: 值」形式的年报",
  "notReport.noSection": "没有任何年报的部分或表格",
  "notReport.tooLarge": "超过读取上限",
  // Inputs that cannot be read as a report: one line each, and a FILE-UNREADABLE finding in a folder's results.
  "error.tooLarge": "{path} 超过 {max} MB，不可能是一份年报（一份年报约几十 KB），没有读取；请确认选对了文件",
  "error.undecidable":
    "无法判断 {path} 的编码：它不是 UTF-8、GB18030 或带 BOM 的 UTF-16 文本，或者根本不是文本文件（含有二进制数据）。请在编辑器中把报告另存为 UTF-8",
  "error.notAFile": "{path} 不是普通文件（而是命名管道、设备等），文件夹检查不读取它",
  "error.danglingLink": "{path} 是符号链接，但它指向的文件不存在",
  // New sources (issue 12): Word documents, links, the summary of a folder of mixed kinds.
  "import.column.kind": "类型",
  "import.summary.kind":
    "  其中 {kind}：{files} 份，表格 {cells} 格，照录 {read} 格，推断 {inferred} 格，未能读取 {unreadable} 格。",
  "import.summary.failed": "无法读取而未导入 {count} 份（原因见标准错误输出）。",
  "error.importLegacyWord":
    "{path} 是 Word 97–2003（.doc）或 WPS（.wps）格式的文件，无法读取；请在 Word 或 WPS 中打开它，选择「另存为」→「Word 文档（*.docx）」，再导入 .docx 文件",
  "error.docxNotWord":
    "{path} 不是 Word 文档（.docx）：其中没有正文（word/document.xml）；如果是其他格式，请用 --kind 指定",
  "error.docxCorrupt": "无法读取 Word 文档 {path}（{detail}）；请在 Word 或 WPS 中打开它并重新保存为 .docx",
  "error.importUrlsAndInput": "--urls 不能与文件、文件夹或链接同时指定；请把所有链接写在 --urls 的文件中",
  "error.importInvalidLimit": "选项 {option} 的值“{value}”无效，应为正数",
  "error.urlListLine": "{path} 第 {line} 行“{value}”不是 http:// 或 https:// 链接（# 开头的行是注释）",
  "error.urlListEmpty": "{path} 中没有链接（每行一个 http:// 或 https:// 链接，# 开头的行是注释）",
  "error.urlNotHttp": "{url} 不是 http:// 或 https:// 链接，未下载",
  "error.urlUnreachable": "无法连接 {url}（{reason}）；请检查网址和网络",
  "error.urlTimeout": "下载 {url} 超过 {seconds} 秒，已停止；网站较慢时可用 --timeout 放宽时限",
  "error.urlStatus": "{url} 返回 HTTP {status} {statusText}，没有得到报告；请在浏览器中核对这个链接",
  "error.urlTooLarge":
    "{url} 有 {size} MB，超过下载上限 {max} MB；年度报告通常只有几十到几百 KB，请确认链接，或用 --max-size 放宽上限",
  "error.urlRedirectLoop": "{url} 的重定向形成循环，没有得到报告；请在浏览器中核对这个链接",
  "error.urlTooManyRedirects": "{url} 重定向超过 {count} 次，已停止；请在浏览器中核对这个链接",
} as const;

export type CliMessageId = keyof typeof messages;
