/**
 * What the app's exports are called and say, as pure functions: the exporter's words from the
 * app's translations, the date printed on a picture or a report, the names of the files.
 */
import { EXPORT_TEXTS_EN } from '@/export/texts'
import type { ExportTexts } from '@/export/texts'
import { projectFileName } from './files'

/** Every word the exporter writes, from the app's messages `exports.sheet.<key>`. */
export function exportTexts(t: (key: string) => string): ExportTexts {
  const keys = Object.keys(EXPORT_TEXTS_EN) as (keyof ExportTexts)[]
  // The newer words live with the report's messages (src/i18n/areas/reporting.ts).
  const newer = new Set<string>(['note', 'percent', 'personDays', 'personDaysTotal', 'reviewTier', 'tierPlatform', 'tierProvincial', 'tierNational'])
  return Object.fromEntries(keys.map(k => [k, t(newer.has(k) ? `reporting.sheet.${k}` : `exports.sheet.${k}`)])) as unknown as ExportTexts
}

/** "25 November 2026", "2026年11月25日": the date on a picture or a report. */
export function longDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date)
}

/** "Rebirth of the Heiress - Cost by section.png" */
export function chartFileName(projectTitle: string, chartTitle: string): string {
  return projectFileName(`${projectTitle} - ${chartTitle}`, 'png')
}

/**
 * The names of the pictures in a ZIP: "1 Where the change comes from….png"…, numbered in order,
 * so that they sort as the overview shows them and two equal titles never share a name.
 */
export function zipEntryNames(titles: readonly string[]): string[] {
  return titles.map((title, i) => projectFileName(`${i + 1} ${title}`, 'png'))
}
