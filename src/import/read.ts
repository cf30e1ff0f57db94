/**
 * A budget file of any kind the importer reads, by its name and first bytes: XLSX (a ZIP), or
 * CSV / TSV text. Shared by the command line, the app and its worker.
 */
import { readCsv } from './csv'
import { importWorkbook } from './index'
import type { ImportOptions, ImportResult } from './index'
import type { Workbook } from './sheet'
import { readXlsx } from './xlsx'

/** Large enough for any real budget (a 5,000-line sheet is about 0.5 MB); refuses runaway files. */
export const MAX_SHEET_BYTES = 30_000_000

/** Why an .xlsx file that is not a ZIP archive cannot be read (the app says it in the user's language, app/errorCause.ts). */
export const NOT_ZIP_DETAIL = 'not an XLSX file (it is not a ZIP archive)'

export type ReadFailure = { ok: false, reason: 'tooLarge' | 'notSheet' | 'unreadable', detail?: string }

/** True when the bytes start a ZIP archive, as every XLSX file does. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4B && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** The file read into sheets (no layout guessed yet). */
export async function readWorkbook(name: string, bytes: Uint8Array): Promise<{ ok: true, book: Workbook } | ReadFailure> {
  if (bytes.length > MAX_SHEET_BYTES) return { ok: false, reason: 'tooLarge' }
  if (isZip(bytes)) {
    try {
      return { ok: true, book: await readXlsx(bytes) }
    }
    catch (e) {
      return { ok: false, reason: 'unreadable', detail: (e as Error).message.split('\n')[0] }
    }
  }
  if (/\.(xlsx|xlsm)$/i.test(name)) return { ok: false, reason: 'unreadable', detail: NOT_ZIP_DETAIL }
  if (/\.xls$/i.test(name)) return { ok: false, reason: 'notSheet', detail: 'the old .xls format: save it as .xlsx or .csv' }
  const sheetName = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'CSV'
  return { ok: true, book: readCsv(bytes, { name: sheetName, separator: /\.tsv$/i.test(name) ? '\t' : undefined }) }
}

/** The file read and imported; the title defaults to the file's name. */
export async function importFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult | ReadFailure> {
  const read = await readWorkbook(name, bytes)
  if (!read.ok) return read
  const title = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
  return importWorkbook(read.book, { title, ...options })
}
