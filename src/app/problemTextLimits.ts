/**
 * The Chinese of the engine's messages about a file's limits and form (src/engine/amounts.ts,
 * text.ts, decode.ts, problems.ts, workload.ts) and of the app's own last-guard messages
 * (app/readProject.ts, app/readOffThread.ts). Used by app/problemText.ts. Pure: no Vue.
 */

/** A rule: a message's pattern, and its Chinese from the pattern's groups (`zh` translates an inner message). */
export type Rule = [RegExp, (zh: (message: string) => string, ...groups: string[]) => string]

/** A technical detail the app cannot translate (the browser's words), marked as such. */
export const technical = (detail: string) => `技术细节，英文原文：${detail}`

/** " in scenario "x"" (or nothing), as the Chinese says it before the rest. */
const inScenario = (s: string | undefined) => (s ? `方案 "${s}" 中，` : '')

/** The words the engine counts with ("12 scenarios", "3 takes"), in Chinese. */
const COUNTED: Record<string, string> = {
  scenarios: '个方案', levers: '个杠杆', phases: '个阶段', sections: '个科目', markups: '项附加费用',
  scenes: '个场次', lines: '行明细', episodes: '集', minutes: '分钟', months: '个月', takes: '次生成',
  'phases and sections': '个阶段和科目',
  'lines, phases, sections, markups, levers, scenes, cast and locations': '项（明细、阶段、科目、附加费用、杠杆、场次、演员和地点）',
}

/** "800 × 120 episodes × 8 takes" → "800 × 120 集 × 8 次生成". */
function factors(text: string): string {
  return text.split(' × ').map((f) => {
    const m = /^([\d,.]+) (.+)$/.exec(f)
    return m && COUNTED[m[2]!] ? `${m[1]} ${COUNTED[m[2]!]}` : f
  }).join(' × ')
}

/** The amount the engine prints ("1,234.00 CNY", "more than any number"). */
const amount = (a: string) => (a === 'more than any number' ? '大于任何数' : a)

const MOST = /; the largest amount the engine adds up exactly is (.+)$/
const most = (a: string) => `；本引擎能精确累加的最大金额为 ${amount(a)}`
const WHAT = /qty × count × rate = (.+?)/

/** Why JSON text is not valid (text.ts `jsonSyntaxError`), in Chinese. */
const JSON_REASONS: Rule[] = [
  [/^(.+), found the end of the text$/, (zh, why) => `${zh(why)}，实际已到文本末尾`],
  [/^(.+), found (".*")$/, (zh, why, found) => `${zh(why)}，实际是 ${found}`],
  [/^a control character in a string \(write it as (.+)\)$/, (_, how) => `字符串中有控制字符（请写成 ${how.replace(/,? or /, ' 或 ').replace(/, /g, '、')}）`],
  [/^a \\u escape needs four hexadecimal digits$/, () => '\\u 转义需要四位十六进制数字'],
  [/^a backslash in a string must start an escape: (.+)$/, (_, list) => `字符串中的反斜杠必须开始一个转义：${list}`],
  [/^a string that starts here never ends$/, () => '从这里开始的字符串没有结束'],
  [/^a malformed number$/, () => '数字格式错误'],
  [/^expected a value$/, () => '此处应为一个值'],
  [/^expected a property name in double quotes$/, () => '此处应为用双引号括起的属性名'],
  [/^expected ":" after a property name$/, () => '属性名之后应为 ":"'],
  [/^expected "," or "([}\]])"$/, (_, close) => `此处应为 "," 或 "${close}"`],
  [/^unexpected text after the end of the JSON value$/, () => 'JSON 值结束之后还有多余的文本'],
]

export const LIMIT_RULES: Rule[] = [
  [/^and ([\d,]+) more out of range$/, (_, n) => `另有 ${n} 处超出范围`],
  [/^and ([\d,]+) more problems$/, (_, n) => `另有 ${n} 个问题`],
  [/^checking stopped after the first ([\d,]+) problems; correct these and check the file again$/, (_, n) => `发现前 ${n} 个问题后停止了检查；请先改正这些问题，再检查文件`],
  [/^out of range: a phase lasts at most ([\d,]+) days$/, (_, max) => `超出范围：一个阶段最多 ${max} 天`],
  [/^out of range: the scenes could take up to ([\d,]+) shooting days of ([\d.]+) hours; a phase lasts at most ([\d,]+) days$/, (_, d, h, max) => `超出范围：按每天 ${h} 小时，这些场次最多可能要拍 ${d} 天；一个阶段最多 ${max} 天`],
  [/^out of range: (-?[\d,]+) days; a lag is at most ([\d,]+) days either way$/, (_, lag, max) => `超出范围：${lag} 天；间隔（lag）前后最多 ${max} 天`],
  [/^out of range: the phases(?: in scenario "(.*)")? end after ([\d,]+) calendar days; a schedule lasts at most ([\d,]+) days$/, (_, s, d, max) => `超出范围：${inScenario(s)}各阶段要 ${d} 个日历日才结束；一个排期最多 ${max} 天`],
  [new RegExp(`^out of range: fringes of ([\\d.]+)% on ${WHAT.source} = (.+?) come to (.+?)(?: in scenario "(.*)")?${MOST.source}`), (_, p, what, cost, fringe, s, max) => `超出范围：${inScenario(s)}数量 × 人数 × 单价 = ${what} = ${amount(cost!)}，其 ${p}% 的附加费达到 ${amount(fringe!)}${most(max!)}`],
  [new RegExp(`^out of range: ${WHAT.source} comes to (.+?)(?: in scenario "(.*)")?${MOST.source}`), (_, what, cost, s, max) => `超出范围：${inScenario(s)}数量 × 人数 × 单价 = ${what}，合计 ${amount(cost!)}${most(max!)}`],
  [new RegExp(`^out of range: at full adoption the tool cost (.+?) comes to (.+?)(?: in scenario "(.*)")?${MOST.source}`), (_, f, cost, s, max) => `超出范围：${inScenario(s)}完全采用时，工具费用 ${factors(f!)} 合计 ${amount(cost!)}${most(max!)}`],
  [new RegExp(`^out of range: the total, with no lever in effect, comes to (.+?)(?: in scenario "(.*)")?${MOST.source}`), (_, total, s, max) => `超出范围：${inScenario(s)}不计任何杠杆时，总额达到 ${amount(total!)}${most(max!)}`],
  [new RegExp(`^out of range: the cost per finished minute, (.+?) over ([\\d.,]+) minutes(?: in scenario "(.*)")?${MOST.source}`), (_, total, m, s, max) => `超出范围：${inScenario(s)}每成片分钟成本为 ${amount(total!)} ÷ ${m} 分钟${most(max!)}`],
  [/^makes (lines|levers)\[(\d+)\] \("(.*)"\) (.+)$/, (zh, list, i, id, rest) => `使 ${list}[${i}]（"${id}"）${zh(rest!)}`],
  [/^too many to compute: (.+) = ([\d,]+), more than the ([\d,]+) this tool computes$/, (_, f, n, max) => `计算量过大：${factors(f!)} = ${n}，超过本工具能计算的 ${max}`],
  [/^the file is ([\d.,]+) MB \(([\d,]+) bytes\); a project file may be at most ([\d.,]+) MB \(([\d,]+) bytes\)$/, (_, mb, b, maxMb, max) => `文件大小为 ${mb} MB（${b} 字节）；项目文件最多 ${maxMb} MB（${max} 字节）`],
  [/^(holds values|is) nested more than (\d+) levels deep(?: \(line (\d+), column (\d+)\))?; a project file nests at most \d+ levels$/, (_, what, n, l, c) => `${what === 'is' ? '' : '其中的值'}嵌套超过 ${n} 层${l ? `（第 ${l} 行第 ${c} 列）` : ''}；项目文件最多嵌套 ${n} 层`],
  [/^not valid JSON at line (\d+), column (\d+): (.+)$/, (zh, l, c, why) => `不是有效的 JSON（第 ${l} 行第 ${c} 列）：${zh(why!)}`],
  [/^not valid JSON \((.+)\)$/, (_, why) => `不是有效的 JSON（${technical(why!)}）`],
  [/^not UTF-8 text: byte (0x[0-9A-F]{2}) at line (\d+), column (\d+) \(byte ([\d,]+)\) is not UTF-8; the file is probably in another encoding \((.+)\)\. Save it as UTF-8 and open it again$/, (_, byte, l, c, n, encodings) => `不是 UTF-8 文本：第 ${l} 行第 ${c} 列的字节 ${byte}（字节位置 ${n}）不是 UTF-8；文件可能是其他编码（${encodings!.replace(/, /g, '、')}）。请另存为 UTF-8 后再打开`],
  [/^not (UTF-16[LB]E) text: the file starts with a UTF-16 byte-order mark but holds an odd number of bytes$/, (_, enc) => `不是 ${enc} 文本：文件以 UTF-16 字节顺序标记开头，但字节数是奇数`],
  [/^not (UTF-16[LB]E) text: the file starts with a UTF-16 byte-order mark but holds an unpaired surrogate$/, (_, enc) => `不是 ${enc} 文本：文件以 UTF-16 字节顺序标记开头，但含有不成对的代理项`],
  [/^the file could not be read \(the reader stopped\)$/, () => '文件无法读取（读取程序意外停止）'],
  [/^the file could not be read \((.+)\)$/, (_, why) => `文件无法读取（${technical(why!)}）`],
  [/^the project cannot be computed \((.+)\)$/, (_, why) => `无法计算该项目（${technical(why!)}）`],
  ...JSON_REASONS,
]
