/**
 * What a budget's names say beyond their words: a line's kind (cast and crew are labor), a
 * section's group, and the tags the lever library targets (on-set, editing, dubbing…), from the
 * section's and the line's names in Chinese and English. Documented in the README.
 */
import { markFits } from '../app/typedNumber'
import type { LineKind, SectionGroup } from '../engine/types'

/** Names of people's work: their lines are labor. */
const LABOR = /cast|crew|talent|actor|actress|staff|labou?r|salar|wage|payroll|director|writer|producer|artist|editor|演员|剧组|人员|劳务|工资|薪|酬|主创|导演|编剧|制片|摄影组|灯光组|美术组|摄制组|制作组|场务|化妆师|造型师|剪辑师|摄影师|灯光师|录音师|人工|主演|女主|男主|配角|群演|特约/i

/** The lever library's tags (presets/levers.json) and the names that earn them. */
export const TAG_WORDS: readonly [string, RegExp][] = [
  ['on-set', /cast|crew|talent|actor|camera|grip|electric|lighting|sound mix|production staff|director|演员|剧组|摄影|灯光|录音|场务|导演组|现场|拍摄/i],
  ['extras', /extras|background|群演|群众演员|特约/i],
  ['editing', /edit|post|剪辑|后期/i],
  ['color', /colou?r|grading|调色/i],
  ['sound', /sound|audio|music|mix|音效|混音|音乐|声音/i],
  ['vfx', /vfx|visual effect|特效|视效/i],
  ['dubbing', /dub|adr|voice|配音|译制/i],
  ['subtitles', /subtit|caption|字幕/i],
  ['writing', /writ|script|story(?!board)|编剧|剧本|文学/i],
  ['storyboard', /storyboard|分镜/i],
  ['design', /design|art dep|美术|设计|概念/i],
  ['animation', /anima|动画/i],
  ['location', /location|site|venue|场地|场景|外景|租景/i],
  ['equipment', /equipment|camera rental|gear|器材|设备/i],
  ['catering', /cater|meal|craft serv|餐|伙食|盒饭/i],
  ['transport', /transport|vehicle|travel|\bcars?\b|交通|车辆|用车/i],
  ['wardrobe', /wardrobe|costume|make-?up|hair|服装|化妆|造型|道具/i],
  ['lodging', /lodg|hotel|accommodat|住宿|酒店/i],
]

/** Things bought or rented, whatever section they are in: a cost. */
const THINGS = /rental|equipment|purchase|vehicle|catering|meals|租|器材|设备|购|车辆|场地|餐/i

export function guessKind(sectionName: string, lineName: string): LineKind {
  if (THINGS.test(lineName)) return 'cost'
  return LABOR.test(sectionName) || LABOR.test(lineName) ? 'labor' : 'cost'
}

export function guessTags(sectionName: string, lineName: string): string[] {
  const text = `${sectionName} ${lineName}`
  return TAG_WORDS.filter(([, re]) => re.test(text)).map(([tag]) => tag)
}

export function guessGroup(name: string): SectionGroup {
  if (/cast|talent|writ|director|producer|above|演员|编剧|导演|制片|主创|版权/i.test(name)) return 'atl'
  if (/post|edit|vfx|sound|music|后期|剪辑|特效|音乐|配音/i.test(name)) return 'post'
  return 'btl'
}

/**
 * The currency the marks agree on: a code (CNY, from `元`, `RMB`, `CN¥`) that every symbol seen
 * can mean, else the symbol's usual currency (`¥` CNY, `$` USD); `conflict` when they disagree.
 */
export function currencyOfMarks(marks: Iterable<string>): { code: string | null, conflict: boolean } {
  const codes = new Set<string>()
  const symbols = new Set<string>()
  for (const m of marks) {
    if (/^[A-Z]{3}$/.test(m)) codes.add(m)
    else if (m === '元') codes.add('CNY')
    else if (m === '€') codes.add('EUR')
    else if (m === '£') codes.add('GBP')
    else symbols.add(m)
  }
  if (codes.size > 1) return { code: null, conflict: true }
  if (codes.size === 1) {
    const code = [...codes][0]!
    const fits = [...symbols].every(s => markFits({ symbol: s }, code))
    return fits ? { code, conflict: false } : { code: null, conflict: true }
  }
  if (symbols.size > 1) return { code: null, conflict: true }
  const only = [...symbols][0]
  return { code: only === '¥' ? 'CNY' : only === '$' ? 'USD' : null, conflict: false }
}

/** Currency marks in a header or title: `金额（元）`, `Amount (USD)`, `Rate ($)`. */
export function marksInText(text: string): string[] {
  const out: string[] = []
  const t = text.normalize('NFKC')
  if (/元|人民币|RMB|CNY/.test(t)) out.push('CNY')
  if (/\bUSD\b|US\$|\(\$\)/.test(t)) out.push('USD')
  if (/\bEUR\b|€/.test(t)) out.push('EUR')
  if (/\bGBP\b|£/.test(t)) out.push('GBP')
  if (/\bJPY\b|円/.test(t)) out.push('JPY')
  if (/\(¥\)/.test(t)) out.push('¥')
  return out
}
