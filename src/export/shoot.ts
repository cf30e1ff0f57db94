/**
 * The shoot plan as tables, for CSV and XLSX (MODEL.md §6): the stripboard by day (a header row per
 * shooting day, then its scenes: number, episode, D/N, I/E, location, cast, summary, shoot
 * minutes, move) and the day out of days (cast × day with SW/W/H/WF/SWF and worked, held and paid
 * totals; then locations × day with their days).
 *
 * Pure, and free of the app: it takes the stripboard's rows and the day out of days as plain
 * data (the app's `boardRows` and `dayOutOfDays` give them; any structurally equal rows do).
 */
import type { CastMember, Location, Project, Scene } from '../engine/types'
import { csvText } from './cells'
import type { Named } from './texts'

/** A shooting day's header row: minutes used of the day's, moves, locations and cast (ids). */
export interface BoardDayInput {
  kind: 'day'
  day: number
  used: number
  available: number
  moves: number
  locations: readonly string[]
  cast: readonly string[]
}

/** A scene on the board: its packed minutes (0: not shot), first and last day, and a move there. */
export interface BoardStripInput {
  kind: 'strip'
  scene: Scene
  minutes: number
  day: number
  lastDay: number
  move: boolean
}

/** The heading of the scenes not shot. */
export interface BoardUnshotInput {
  kind: 'unshot'
  count: number
}

export type BoardRowInput = BoardDayInput | BoardStripInput | BoardUnshotInput

export interface DoodInput {
  days: number
  cast: readonly { id: string, marks: readonly string[], worked: number, held: number, paid: number }[]
  locations: readonly { id: string, on: readonly boolean[], days: number }[]
}

/** One scenario's plan to export: the project as that scenario sees it (names), its board and DOOD. */
export interface ShootPlanInput {
  scenario: Named
  project: Project
  rows: readonly BoardRowInput[]
  dood: DoodInput
}

export interface ShootTexts {
  /** Sheet name prefixes. */
  stripboard: string
  dood: string
  /** Stripboard headers. */
  day: string
  scene: string
  episode: string
  time: string
  setting: string
  location: string
  cast: string
  summary: string
  minutes: string
  move: string
  /** "Day {n}", "Days {first}–{last}", "{used} of {available} min; moves: {moves}". */
  dayLabel: string
  daysLabel: string
  dayUse: string
  /** The heading of the scenes not shot: "Not shot ({n})". */
  unshot: string
  /** Values. */
  times: Record<Scene['time'], string>
  settings: Record<Scene['setting'], string>
  /** DOOD headers. */
  pay: string
  pays: Record<CastMember['pay'], string>
  worked: string
  held: string
  paid: string
  locationDays: string
  /** The mark of a location on a day the company shoots there. */
  at: string
  /** Between the names of a list (the cast of a day or a scene). */
  separator: string
}

export const SHOOT_TEXTS_EN: Readonly<ShootTexts> = Object.freeze({
  stripboard: 'Stripboard',
  dood: 'DOOD',
  day: 'Day',
  scene: 'Scene',
  episode: 'Episode',
  time: 'D/N',
  setting: 'I/E',
  location: 'Location',
  cast: 'Cast',
  summary: 'Summary',
  minutes: 'Shoot minutes',
  move: 'Move',
  dayLabel: 'Day {n}',
  daysLabel: 'Days {first}–{last}',
  dayUse: '{used} of {available} min; moves: {moves}',
  unshot: 'Not shot ({n})',
  times: { day: 'D', night: 'N', dawn: 'Dawn', dusk: 'Dusk' },
  settings: { 'int': 'INT', 'ext': 'EXT', 'int-ext': 'INT/EXT' },
  pay: 'Pay',
  pays: { span: 'span', worked: 'days worked' },
  worked: 'Worked',
  held: 'Held',
  paid: 'Paid',
  locationDays: 'Days',
  at: 'X',
  separator: ', ',
})

export interface ShootExportOptions {
  texts?: Partial<ShootTexts>
  /**
   * The text to show of a location's, cast member's or scenario's `name`, or a scene's `summary`;
   * the file's own by default.
   */
  label?: (item: Named, field?: 'name' | 'summary') => string
}

export type TableCell = string | number | null

/** A table: its rows of cells, and which rows are headings (day headers, section heads). */
export interface ShootTable {
  rows: TableCell[][]
  headings: number[]
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
}

interface Words {
  t: ShootTexts
  name: (item: Named) => string
  location: (id: string) => string
  castName: (id: string) => string
  summary: (scene: Scene) => string
}

function words(project: Project, options: ShootExportOptions): Words {
  const t = { ...SHOOT_TEXTS_EN, ...options.texts }
  const name = (item: Named) => (options.label ? options.label(item) : item.name) || item.id
  const locations = new Map<string, Location>((project.locations ?? []).map(l => [l.id, l]))
  const cast = new Map<string, CastMember>((project.cast ?? []).map(c => [c.id, c]))
  return {
    t,
    name,
    location: (id) => { const l = locations.get(id); return l ? name(l as unknown as Named) : id },
    castName: (id) => { const c = cast.get(id); return c ? name(c as unknown as Named) : id },
    summary: (scene) => {
      const text: unknown = options.label ? options.label(scene as unknown as Named, 'summary') : scene.summary
      return typeof text === 'string' ? text : ''
    },
  }
}

/** The stripboard by day: a header, then each day's row and its scenes, then the scenes not shot. */
export function stripboardTable(plan: ShootPlanInput, options: ShootExportOptions = {}): ShootTable {
  const { t, location, castName, summary } = words(plan.project, options)
  const rows: TableCell[][] = [[t.day, t.scene, t.episode, t.time, t.setting, t.location, t.cast, t.summary, t.minutes, t.move]]
  const headings: number[] = [0]
  for (const r of plan.rows) {
    if (r.kind === 'day') {
      headings.push(rows.length)
      rows.push([
        fill(t.dayLabel, { n: r.day }), null, null, null, null,
        r.locations.map(location).join(' / '), r.cast.map(castName).join(t.separator),
        fill(t.dayUse, { used: r.used, available: r.available, moves: r.moves }), r.used, r.moves,
      ])
    }
    else if (r.kind === 'unshot') {
      headings.push(rows.length)
      rows.push([fill(t.unshot, { n: r.count }), null, null, null, null, null, null, null, null, null])
    }
    else {
      const s = r.scene
      const day = r.minutes === 0 ? null : r.lastDay > r.day ? fill(t.daysLabel, { first: r.day, last: r.lastDay }) : r.day
      rows.push([
        day, s.number, s.episode, t.times[s.time], t.settings[s.setting], location(s.location),
        s.cast.map(castName).join(t.separator), summary(s), r.minutes, r.move ? t.move : '',
      ])
    }
  }
  return { rows, headings }
}

/**
 * The day out of days: cast × day (marks), with pay, worked, held and paid; a blank row; then
 * locations × day (marked where the company shoots) with their days.
 */
export function doodTable(plan: ShootPlanInput, options: ShootExportOptions = {}): ShootTable {
  const { t, location, castName } = words(plan.project, options)
  const { dood } = plan
  const dayHeads = Array.from({ length: dood.days }, (_, i) => fill(t.dayLabel, { n: i + 1 }))
  const pay = new Map((plan.project.cast ?? []).map(c => [c.id, c.pay]))
  const rows: TableCell[][] = [[t.cast, t.pay, ...dayHeads, t.worked, t.held, t.paid]]
  const headings = [0]
  for (const c of dood.cast) {
    const p = pay.get(c.id)
    rows.push([castName(c.id), p ? t.pays[p] : '', ...c.marks.map(m => m || null), c.worked, c.held, c.paid])
  }
  rows.push([])
  headings.push(rows.length)
  rows.push([t.location, null, ...dayHeads, t.locationDays])
  for (const l of dood.locations) rows.push([location(l.id), null, ...l.on.map(on => (on ? t.at : null)), l.days])
  return { rows, headings }
}

/** A text cell of CSV (see csvText): neutralised at its start, after a `;` and after a line break; quoted when it must be. */
function csvCell(c: TableCell): string {
  if (c === null) return ''
  if (typeof c === 'number') return String(c)
  return csvText(c)
}

/** A table as CSV (RFC 4180, `\n` line ends, a BOM when asked so that Excel and WPS read Chinese). */
export function tableCsv(table: ShootTable, bom = false): string {
  return `${bom ? '\uFEFF' : ''}${table.rows.map(r => r.map(csvCell).join(',')).join('\n')}\n`
}

export function stripboardCsv(plan: ShootPlanInput, options: ShootExportOptions & { bom?: boolean } = {}): string {
  return tableCsv(stripboardTable(plan, options), options.bom)
}

export function doodCsv(plan: ShootPlanInput, options: ShootExportOptions & { bom?: boolean } = {}): string {
  return tableCsv(doodTable(plan, options), options.bom)
}
