/**
 * The engine's problem messages (`must be a whole number ≥ 0`) in the language shown. The engine
 * and the command line keep English; the app translates a message by its pattern, and leaves one
 * it does not know as it is (never a wrong translation). Every message the engine can give has a
 * pattern here or in problemTextLimits.ts (tests/app/notices-engine.test.ts walks them). Pure: no Vue.
 */
import { LIMIT_RULES, technical } from './problemTextLimits'
import type { Rule } from './problemTextLimits'

/** The names of what a reference names, in Chinese ("no section with id …"). */
const THINGS: Record<string, string> = {
  section: '科目', phase: '阶段', fringe: '附加费', lever: '杠杆', line: '明细', scenario: '方案',
  markup: '附加费用', location: '场景地点', 'cast member': '演员', scene: '场次',
}

/** The values a file may hold where a word is asked for, with their Chinese beside them. */
const VALUES: Record<string, string> = {
  atl: '线上', btl: '线下', post: '后期', other: '其他', labor: '人工', cost: '费用',
  flat: '一次性', episode: '每集', minute: '每分钟', month: '每月', span: '按跨度计薪', worked: '按出工日计薪',
  day: '日', night: '夜', dawn: '晨', dusk: '昏', int: '内', ext: '外', 'int-ext': '内外',
}
const value = (v: string) => (VALUES[v] ? `${v}（${VALUES[v]}）` : v)

const ZH: Rule[] = [
  [/^is required$/, () => '必须填写'],
  [/^must be a whole number ≥ (\d+), got (.+)$/, (_, n, got) => `必须是 ≥ ${n} 的整数，实为 ${got}`],
  [/^must be a whole number ≥ (\d+)$/, (_, n) => `必须是 ≥ ${n} 的整数`],
  [/^must be a whole number$/, () => '必须是整数'],
  [/^must be a number ≥ 0, or \{ "of": (.+), "times": n \}$/, (_, forms) => `必须是 ≥ 0 的数，或 { "of": ${forms}, "times": n }（n 为倍数）`],
  [/^must be a number ([≥>]) (\d+)$/, (_, op, n) => `必须是 ${op} ${n} 的数`],
  [/^must be a percentage from 0 to 100$/, () => '必须是 0 到 100 之间的百分比'],
  [/^must be a non-empty id$/, () => '必须是非空的 id'],
  [/^must be a list$/, () => '必须是列表'],
  [/^must be an object of id → value$/, () => '必须是“id → 值”形式的对象'],
  [/^must be an object$/, () => '必须是对象'],
  [/^must be text of at most ([\d,]+) characters$/, (_, n) => `必须是不超过 ${n} 个字符的文本`],
  [/^must be text$/, () => '必须是文本'],
  [/^must be true or false$/, () => '必须是 true 或 false'],
  [/^must be ([\w-]+) or ([\w-]+)$/, (_, a, b) => `必须是 ${value(a!)} 或 ${value(b!)}`.replace('） 或', '）或')],
  [/^must be one of ([\w-]+(?:, [\w-]+)+)$/, (_, list) => `必须是以下之一：${list!.split(', ').map(value).join('、')}`],
  [/^must be ("episodes", "minutes", .+)$/, (_, forms) => `必须是 ${forms!.replace(/<(phase|cast|location) id>/g, (__, w: string) => `<${THINGS[w === 'cast' ? 'cast member' : w]} id>`).replace(/, /g, '、').replace(' or ', ' 或 ')}`],
  [/^must hold at least one scenario$/, () => '至少要有一个方案'],
  [/^must hold at least one minute of shooting \(got (.+) hours\)$/, (_, h) => `每个拍摄日至少要有一分钟（实为 ${h} 小时）`],
  [/^no (.+?) with id "(.*)"$/, (_, what, id) => `没有 id 为 "${id}" 的${THINGS[what!] ?? what}`],
  [/^"(.*)" is listed twice$/, (_, id) => `"${id}" 重复列出`],
  [/^"(.*)" is already the id of (.+)$/, (_, id, at) => `"${id}" 已是 ${at} 的 id`],
  [/^needs low ≤ likely ≤ high \(got (.+)\)$/, (_, got) => `需满足 低 ≤ 可能 ≤ 高（实为 ${got}）`],
  [/^phases wait on each other in a loop: (.+)$/, (_, loop) => `阶段之间循环等待：${loop!.replace(/… ([\d,]+) more …/, '… 另有 $1 个 …')}`],
  [/^fringes apply only to labor lines; make the line labor or remove its fringes$/, () => '附加费只适用于人工明细：请把该明细改为人工，或去掉其附加费'],
  [/^follows the shoot days, but the project has no shoot plan \("shoot"\)$/, () => '按拍摄天数计算，但项目没有拍摄计划（"shoot"）'],
  [/^the project has no shoot plan \("shoot"\) to override$/, () => '项目没有可供覆盖的拍摄计划（"shoot"）'],
  [/^a scenario may override only the plan's order, hoursPerDay and moveHours$/, () => '方案只能覆盖拍摄计划的 order（顺序）、hoursPerDay（每天小时数）和 moveHours（转场小时数）'],
  [/^a scenario may override only a scene's hours and minutes$/, () => '方案只能覆盖场次的 hours（拍摄小时数）和 minutes（成片分钟数）'],
  [/^phase "(.*)" lasts the packed shoot days; change the plan \(its order, hours per day, scene hours\) instead$/, (_, id) => `阶段 "${id}" 的天数由拍摄计划排出的天数决定；请改拍摄计划（顺序、每天小时数、场次小时数）`],
  [/^a project file must be a JSON object$/, () => '项目文件必须是 JSON 对象'],
  [/^not a project file: it has none of a project's parts \((.*)\)$/, (_, keys) => `这不是项目文件：项目应有的各部分（${keys}）一个也没有`],
  [/^"(.*)" is not an ISO 4217 currency code \(e\.g\. CNY, USD\)$/, (_, c) => `"${c}" 不是 ISO 4217 货币代码（如 CNY、USD）`],
  [/^"(.*)" is not a language tag \(e\.g\. zh-CN, en-US\)$/, (_, c) => `"${c}" 不是语言标签（如 zh-CN、en-US）`],
  [/^only one scenario can be the baseline, and (.+) already is$/, (_, at) => `只能有一个基准方案，${at} 已是基准`],
  [/^version (\d+) was written by a newer release of this tool; this one reads up to version (\d+)\. Update the tool to open it\.$/, (_, v, max) => `版本 ${v} 由本工具的较新版本写出；此版本最多读取版本 ${max}。请更新后再打开。`],
  [/^no migration from version (\d+) to (\d+)$/, (_, from, to) => `没有从版本 ${from} 到版本 ${to} 的迁移`],
  [/^an edit cannot change the schema version$/, () => '修改不能改变文件格式的版本（schemaVersion）'],
  // The app's own (stores/project.ts, app/records.ts: a stored record's fields).
  [/^too large to add up exactly to the cent \((.+)\)$/, (_, why) => `太大，无法精确累加到分（${technical(why!)}）`],
  [/^this shared project is read-only: keep a copy to edit it$/, () => '这是只读的分享项目：请先保留一份副本，再编辑'],
  [/^the change could not be applied \((.+)\)$/, (zh, why) => { const said = zh(why!); return `无法应用该修改（${said === why ? technical(why!) : said}）` }],
  [/^a name cannot be empty$/, () => '名称不能为空'],
  [/^a project keeps at least one scenario$/, () => '项目至少要保留一个方案'],
  [/^the baseline cannot be deleted before another scenario becomes the baseline$/, () => '请先把另一个方案设为基准，再删除当前基准方案'],
  [/^only a quantity can follow a basis$/, () => '只有数量可以随某个基数变化'],
  [/^the record must be an object, got (.+)$/, (_, got) => `记录必须是对象，实为 ${got}`],
  [/^(\w+): (must be .+), got (.+)$/, (zh, field, what, got) => `${field}：${zh(what!)}，实为 ${got}`],
  [/^must be an object of language → text$/, () => '必须是“语言 → 文本”形式的对象'],
  [/^must be a whole number of minor units$/, () => '必须是以最小货币单位计的整数'],
  [/^must be a whole number from (\d+) to (\d+)$/, (_, a, b) => `必须是 ${a} 到 ${b} 的整数`],
  [/^must be (null or )?a date( \(ISO 8601 text\))?$/, (_, orNull, iso) => `必须是${orNull ? ' null 或' : ''}日期${iso ? '（ISO 8601 文本）' : ''}`],
  ...LIMIT_RULES,
]

function zh(message: string): string {
  for (const [pattern, say] of ZH) {
    const m = pattern.exec(message)
    if (m) return say(zh, ...m.slice(1))
  }
  return message
}

/** A problem's message in `locale` (BCP-47): Chinese for any `zh…`, English (as the engine says it) otherwise. */
export function problemMessage(message: string, locale: string): string {
  return locale.toLowerCase().startsWith('zh') ? zh(message) : message
}
