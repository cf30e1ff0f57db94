/**
 * The engine's problem messages (`must be a whole number ≥ 0`) in the language shown. The engine
 * and the command line keep English; the app translates a message by its pattern, and leaves one
 * it does not know as it is (never a wrong translation). Pure: no Vue.
 */

/** The names of what a reference names, in Chinese ("no section with id …"). */
const THINGS: Record<string, string> = {
  section: '科目', phase: '阶段', fringe: '附加费', lever: '杠杆', line: '明细', scenario: '方案',
  markup: '附加费用', location: '场景地点', 'cast member': '演员', scene: '场次',
}

type Rule = [RegExp, (...groups: string[]) => string]

const ZH: Rule[] = [
  [/^must be a whole number ≥ (\d+), got (.+)$/, (n, got) => `必须是 ≥ ${n} 的整数，实为 ${got}`],
  [/^must be a whole number ≥ (\d+)$/, n => `必须是 ≥ ${n} 的整数`],
  [/^must be a whole number$/, () => '必须是整数'],
  [/^must be a number ≥ 0, or (.+)$/, rest => `必须是 ≥ 0 的数，或 ${rest}`],
  [/^must be a number ([≥>]) (\d+)$/, (op, n) => `必须是 ${op} ${n} 的数`],
  [/^must be a percentage from 0 to 100$/, () => '必须是 0 到 100 之间的百分比'],
  [/^must be a non-empty id$/, () => '必须是非空的 id'],
  [/^must be a list$/, () => '必须是列表'],
  [/^must be an object of id → value$/, () => '必须是“id → 值”形式的对象'],
  [/^must be an object$/, () => '必须是对象'],
  [/^must be text of at most (\d+) characters$/, n => `必须是不超过 ${n} 个字符的文本`],
  [/^must be text$/, () => '必须是文本'],
  [/^must be true or false$/, () => '必须是 true 或 false'],
  [/^must be labor or cost$/, () => '必须是 labor（人工）或 cost（费用）'],
  [/^must be one of (.+)$/, list => `必须是以下之一：${list}`],
  [/^must be (".+)$/, rest => `必须是 ${rest}`],
  [/^must hold at least one scenario$/, () => '至少要有一个方案'],
  [/^no (.+?) with id "(.*)"$/, (what, id) => `没有 id 为 "${id}" 的${THINGS[what] ?? what}`],
  [/^"(.*)" is listed twice$/, id => `"${id}" 重复列出`],
  [/^"(.*)" is already the id of (.+)$/, (id, at) => `"${id}" 已是 ${at} 的 id`],
  [/^needs low ≤ likely ≤ high \(got (.+)\)$/, got => `需满足 低 ≤ 可能 ≤ 高（实为 ${got}）`],
  [/^phases wait on each other in a loop: (.+)$/, loop => `阶段之间循环等待：${loop}`],
  [/^not valid JSON at line (\d+), column (\d+): (.+)$/, (l, c, why) => `不是有效的 JSON（第 ${l} 行第 ${c} 列）：${why}`],
  [/^not valid JSON \((.+)\)$/, why => `不是有效的 JSON（${why}）`],
  [/^fringes apply only to labor lines; make the line labor or remove its fringes$/, () => '附加费只适用于人工明细：请把该明细改为人工，或去掉其附加费'],
  [/^a project file must be a JSON object$/, () => '项目文件必须是 JSON 对象'],
  [/^"(.*)" is not an ISO 4217 currency code \(e\.g\. CNY, USD\)$/, c => `"${c}" 不是 ISO 4217 货币代码（如 CNY、USD）`],
  [/^"(.*)" is not a language tag \(e\.g\. zh-CN, en-US\)$/, c => `"${c}" 不是语言标签（如 zh-CN、en-US）`],
  [/^only one scenario can be the baseline, and (.+) already is$/, at => `只能有一个基准方案，${at} 已是基准`],
  [/^version (\d+) was written by a newer release of this tool; this one reads up to version (\d+)\. Update the tool to open it\.$/, (v, max) => `版本 ${v} 由本工具的较新版本写出；此版本最多读取版本 ${max}。请更新后再打开。`],
]

/** A problem's message in `locale` (BCP-47): Chinese for any `zh…`, English (as the engine says it) otherwise. */
export function problemMessage(message: string, locale: string): string {
  if (!locale.toLowerCase().startsWith('zh')) return message
  for (const [pattern, zh] of ZH) {
    const m = pattern.exec(message)
    if (m) return zh(...m.slice(1))
  }
  return message
}
