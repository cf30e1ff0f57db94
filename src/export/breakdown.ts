/**
 * The breakdown sheet (分场表): one row per scene in script order with its number (序号), episode
 * (集), scene (场), day/night (日/夜), int/ext (内/外), location (地点), cast (人物), estimated minutes
 * (预估时长) and tags (标签), as CSV or as an XLSX workbook. Pure, like the rest of the exporter.
 */
import type { Workbook } from 'exceljs'
import type { Project, SceneSetting, SceneTime } from '../engine/types'
import { csvText } from './cells'
import { sheetName, sheetText, textWidth } from './sheet'

export interface BreakdownTexts {
  /** Column headings. */
  index: string
  episode: string
  scene: string
  time: string
  setting: string
  location: string
  cast: string
  minutes: string
  tags: string
  /** The worksheet's name. */
  sheet: string
  /** Between the names of a scene's cast and between its tags. */
  separator: string
  times: Record<SceneTime, string>
  settings: Record<SceneSetting, string>
}

export const BREAKDOWN_TEXTS_EN: Readonly<BreakdownTexts> = Object.freeze({
  index: 'No.',
  episode: 'Episode',
  scene: 'Scene',
  time: 'Day/night',
  setting: 'Int/ext',
  location: 'Location',
  cast: 'Cast',
  minutes: 'Est. minutes',
  tags: 'Tags',
  sheet: 'Breakdown',
  separator: ', ',
  times: { day: 'Day', night: 'Night', dawn: 'Dawn', dusk: 'Dusk' },
  settings: { 'int': 'Int', 'ext': 'Ext', 'int-ext': 'Int/Ext' },
})

export interface BreakdownOptions {
  /** Headings and values in the language shown; any left out are English. */
  texts?: Partial<BreakdownTexts>
  /** CSV only: starts the text with a byte-order mark, for Excel and WPS. */
  bom?: boolean
  /** A location's or cast member's name in the language shown; its own name when left out. */
  label?: (item: { id: string, name: string }) => string
}

export type BreakdownCell = string | number

/** The sheet as rows of cells, the headings first; numbers stay numbers. */
export function breakdownSheet(project: Project, options: BreakdownOptions = {}): BreakdownCell[][] {
  const t = { ...BREAKDOWN_TEXTS_EN, ...options.texts }
  const name = (x: { id: string, name: string }) => (options.label ? options.label(x) : x.name) || x.name
  const place = new Map((project.locations ?? []).map(l => [l.id, name(l)]))
  const person = new Map((project.cast ?? []).map(c => [c.id, name(c)]))
  const rows: BreakdownCell[][] = [[t.index, t.episode, t.scene, t.time, t.setting, t.location, t.cast, t.minutes, t.tags]]
  ;(project.scenes ?? []).forEach((s, i) => {
    rows.push([
      i + 1, s.episode, s.number, t.times[s.time] ?? s.time, t.settings[s.setting] ?? s.setting,
      place.get(s.location) ?? s.location, s.cast.map(c => person.get(c) ?? c).join(t.separator),
      Number(s.minutes.toFixed(6)), (s.tags ?? []).join(t.separator),
    ])
  })
  return rows
}

function csvCell(c: BreakdownCell): string {
  if (typeof c === 'number') return String(c)
  return csvText(c)
}

/** The sheet as CSV (RFC 4180 quoting, `.` decimals, lines ending with `\n`). */
export function breakdownCsv(project: Project, options: BreakdownOptions = {}): string {
  const lines = breakdownSheet(project, options).map(r => r.map(csvCell).join(','))
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\n')}\n`
}

/** The sheet as an XLSX workbook of one worksheet, headings bold and frozen. */
export async function breakdownXlsx(project: Project, options: BreakdownOptions = {}): Promise<Uint8Array> {
  const t = { ...BREAKDOWN_TEXTS_EN, ...options.texts }
  const mod = await import('exceljs') as typeof import('exceljs') & { default?: typeof import('exceljs') }
  const ExcelJS = mod.default ?? mod
  const wb: Workbook = new ExcelJS.Workbook()
  wb.title = sheetText(project.meta.title)
  const ws = wb.addWorksheet(sheetName(t.sheet, new Set(), 'Breakdown'), { views: [{ state: 'frozen', ySplit: 1 }] })
  const rows = breakdownSheet(project, options)
  const widths = rows[0]!.map(() => 6)
  rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1)
    cells.forEach((c, i) => {
      if (c === '') return
      row.getCell(i + 1).value = typeof c === 'string' ? sheetText(c) : c
      widths[i] = Math.max(widths[i]!, typeof c === 'string' ? textWidth(c) : String(c).length)
    })
    if (r === 0) row.font = { bold: true }
  })
  widths.forEach((w, i) => { ws.getColumn(i + 1).width = Math.min(50, w + 2) })
  ws.getColumn(8).numFmt = '0.00'
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer)
}
