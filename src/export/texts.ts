/**
 * The words an export writes besides the project's own names: column headers, row labels and
 * sheet names. English by default; the app passes its translations.
 */
import type { ShootSheets } from './shootXlsx'

export interface ExportTexts {
  /** Column headers. */
  sectionCode: string
  section: string
  lineCode: string
  line: string
  kind: string
  quantity: string
  unit: string
  count: string
  rate: string
  factor: string
  fringePercent: string
  cost: string
  fringe: string
  amount: string
  /** The Topsheet's first two headers. */
  code: string
  account: string
  /** Values of the kind column: a labor line, any other line (kind `cost`), a tool cost, a markup. */
  labor: string
  nonLabor: string
  tool: string
  markup: string
  /** Row labels. */
  subtotal: string
  total: string
  perEpisode: string
  perMinute: string
  calendarDays: string
  /** Sheet names: the topsheet, and the prefix of each scenario's detail sheet. */
  topsheet: string
  detail: string
  /** A line's note (column header). */
  note: string
  /** A markup's percent (column header of the detail sheet). */
  percent: string
  /** Person-days: the group's heading, a section's row ("Person-days Crew" reads "{section}"), the total. */
  personDays: string
  personDaysTotal: string
  /** China's review tier (CNY projects): the row's label and the three levels. */
  reviewTier: string
  tierPlatform: string
  tierProvincial: string
  tierNational: string
}

export const EXPORT_TEXTS_EN: Readonly<ExportTexts> = Object.freeze({
  sectionCode: 'Section code',
  section: 'Section',
  lineCode: 'Line code',
  line: 'Line',
  kind: 'Kind',
  quantity: 'Quantity',
  unit: 'Unit',
  count: 'Count',
  rate: 'Rate',
  factor: 'Factor',
  fringePercent: 'Fringe %',
  cost: 'Cost',
  fringe: 'Fringe',
  amount: 'Amount',
  code: 'Code',
  account: 'Account',
  labor: 'labor',
  nonLabor: 'cost',
  tool: 'tool',
  markup: 'markup',
  subtotal: 'Subtotal',
  total: 'Total',
  perEpisode: 'Per episode',
  perMinute: 'Per finished minute',
  calendarDays: 'Calendar days',
  topsheet: 'Topsheet',
  detail: 'Detail',
  note: 'Note',
  percent: '%',
  personDays: 'Person-days',
  personDaysTotal: 'Total person-days',
  reviewTier: 'Review tier (China)',
  tierPlatform: 'Platform',
  tierProvincial: 'Provincial bureau',
  tierNational: 'National (NRTA)',
})

/** A named thing of the project whose text an export shows: a section, line, lever, markup or scenario. */
export type Named = { id: string, name: string } & Record<string, unknown>

export interface ExportOptions {
  /** The project's title as the user reads it (the app's language); the file's title when absent. */
  title?: string
  /** Ids of the scenarios to export, as columns or sheets, in the project's order; all when absent. */
  scenarios?: readonly string[]
  /** Header and row labels; any left out are English. */
  texts?: Partial<ExportTexts>
  /**
   * The text to show for a field (`name`, or a line's `unit` or `note`) of a section, line, lever,
   * markup or scenario. The app passes its localised texts; by default the field as the file has it.
   */
  label?: (item: Named, field: 'name' | 'unit' | 'note') => string
  /** The shoot plans to add as stripboard and DOOD sheets (XLSX only; see shootXlsx.ts). */
  shoot?: ShootSheets
}

export interface CsvOptions extends ExportOptions {
  /** Start with a UTF-8 byte-order mark, so that Excel and WPS read Chinese right. */
  bom?: boolean
}
