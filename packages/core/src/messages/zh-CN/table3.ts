import type { Catalogue } from "../format.js";

/** Messages of the table3 rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "T3-IDENTITY.mismatch":
    "表三{column}列勾稽关系不成立：{newRow} {new} + {carriedInRow} {carriedIn} = {left}，而{totalRow} {total} + {carriedOutRow} {carriedOut} = {right}。第一项加第二项之和应等于第三项加第四项之和。",
  "T3-IDENTITY.mismatchFromResults":
    "表三{column}列勾稽关系不成立：{newRow} {new} + {carriedInRow} {carriedIn} = {left}，而各项办理结果之和 {total}（{totalRow}未填数字，按各项办理结果相加）+ {carriedOutRow} {carriedOut} = {right}。第一项加第二项之和应等于第三项加第四项之和。",
  "T3-IDENTITY.term": "勾稽关系的一项：{label} = {value}",
  // A table being filled in: one note while the results are all 0.
  "T3-IDENTITY.resultsPending":
    "表三已填写{filled}，{results}尚未填写：填写后再按各列核对勾稽关系（第一项加第二项之和等于第三项加第四项之和）。",
  "rule.T3-IDENTITY.title": "表三各列勾稽关系",
  "rule.T3-IDENTITY.summary":
    "表三每一列（六类申请人和总计）：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理。各项办理结果还全是 0 时（表格正在填写），只给一条提示，说明已填写什么、还缺办理结果。",
  "rule.T3-IDENTITY.why":
    "这是格式唯一印在表中的勾稽关系，见表三左上角“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”（FORMAT S1；RULES T3-IDENTITY，同行检查工具也核对此项）。四个单元格中任何一个都可能填错，因此提示落在（七）总计上，并列出其余三格；（七）总计未填数字时按各项办理结果之和核对（FORMAT I3），提示落在四、结转下年度继续办理上。空白、“/”等无法计算的单元格不按 0 计：上海市科委 2024 年报表三“结转下年度”总计一格缺失，若按 0 计会误报 34 + 2 ≠ 35 + 0，本规则对该列不作判断。",
  "rule.T3-IDENTITY.fix": "没有自动修复：无法判断四个数字中哪一个错了。请核对本列的新收、结转和办理结果。",

  "T3-RESULTS.mismatch": "表三{column}列：{count} 项办理结果之和为 {sum}，但{totalRow}填写为 {total}。",
  "rule.T3-RESULTS.title": "表三办理结果总计",
  "rule.T3-RESULTS.summary":
    "表三每一列：（七）总计 = （一）至（六）各项办理结果之和（2021 版 21 项，2019 版 19 项）。",
  "rule.T3-RESULTS.why":
    "“三、本年度办理结果”没有小计行，（七）总计是 21 个末级结果行之和（FORMAT I2；RULES T3-RESULTS，同行检查工具也核对此项）。沿用 2019 版单行“（六）其他处理”的 2021 年度报告（淮安市洪泽区 2023、2024 年报）按其所填的这一行相加，不会因此误报；平潭综合实验区 2022 年报的表三正是借助这一关系才从拼接的网页文字中解出。",
  "rule.T3-RESULTS.fix": "快速修复把（七）总计改为各项办理结果之和。",

  "T3-ROWTOTAL.mismatch": "表三{row}：{applicants}六栏之和为 {addends} = {sum}，但{totalColumn}填写为 {total}。",
  "rule.T3-ROWTOTAL.title": "表三各行总计",
  "rule.T3-ROWTOTAL.summary": "表三每一行（2021 版 25 行，2019 版 23 行）：总计 = 六类申请人各栏之和。",
  "rule.T3-ROWTOTAL.why":
    "总计列是六类申请人之和，表中没有“法人或其他组织”小计列（FORMAT I1；RULES T3-ROWTOTAL，同行检查工具也核对此项）。常见错误是各栏填了数字而总计留作 0 或漏改。上海市科委 2024 年报“结转下年度”一行总计缺失：本规则不把缺失当 0，不会误报 1 ≠ 0。平潭综合实验区 2022 年报的网页把单元格拼成一串数字，正是按这一关系逐行解码的。",
  "rule.T3-ROWTOTAL.fix": "快速修复把总计改为六栏之和。",

  "T3-ZERO-PROPAGATION.column":
    "表三{column}列：{newRow}与{carriedInRow}均为 0，本列没有需要办理的申请，但{row}填写为 {value}。本列各行都应为 0。",
  "T3-ZERO-PROPAGATION.row":
    "表三{row}：{totalColumn}为 0，但{column}填写为 {value}。总计为 0 时本行各栏都应为 0（本行有无法计算的单元格，无法核对合计）。",
  "T3-ZERO-PROPAGATION.premise": "为 0 的依据：{label} = {value}",
  "rule.T3-ZERO-PROPAGATION.title": "表三零值传递",
  "rule.T3-ZERO-PROPAGATION.summary":
    "某一列本年新收与上年结转都为 0 时，该列办理结果、（七）总计和结转下年度都应为 0；某一行总计为 0 时，该行各栏都应为 0。",
  "rule.T3-ZERO-PROPAGATION.why":
    "由勾稽关系和计数非负推出（FORMAT I7；RULES T3-ZERO-PROPAGATION，现有同行工具都不检查）。它直接指出多出来的那个数字，而不是只说总计不平：全年没有申请的报告（平顶山市石龙区工信局 2023 年报即全表为 0）若在某个办理结果行误填一个数字，本规则指向那一格，同一原因引起的（七）总计、行总计、勾稽关系不平不再重复提示（那些提示的“重新计算总计”修复反而会把错数抄进总计）。一行中有空白或“/”而无法求和时，总计为 0 而某栏为正数同样说明有错，本规则也会指出。",
  "rule.T3-ZERO-PROPAGATION.fix": "没有自动修复：可能是这一格多填了，也可能是本年新收、上年结转或总计漏填了。",
};
