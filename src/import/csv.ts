/**
 * CSV and TSV budgets: the bytes decoded (UTF-8 with or without a BOM, UTF-16 with a BOM or
 * plainly UTF-16, else GBK/GB18030 as Chinese Excel and WPS save them, or Windows-1252 / Latin-1 as
 * Excel saves them in Western Europe and the Americas, whichever the bytes read as), the separator found
 * (`,`, `;` or tab), then the rows read by RFC 4180 (quoted fields, doubled quotes, line breaks
 * inside quotes). Every cell stays text: amounts are read later, knowing the file's decimal mark.
 */
import { textCell } from './sheet'
import type { Sheet, SheetRow, Workbook } from './sheet'

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252'

/** The text of the file and the encoding it was read in. */
export function decode(bytes: Uint8Array): { text: string, encoding: Encoding } {
  if (bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xFF && bytes[1] === 0xFE) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xFE && bytes[1] === 0xFF) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  // UTF-16 without a BOM: ASCII text has a zero in every other byte.
  const probe = bytes.subarray(0, 400)
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < probe.length; i++) {
    if (probe[i] !== 0) continue
    if (i % 2 === 0) evenZeros++
    else oddZeros++
  }
  const half = probe.length / 2
  if (oddZeros > half * 0.6 && evenZeros < half * 0.1) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' }
  if (evenZeros > half * 0.6 && oddZeros < half * 0.1) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  }
  catch {
    // Not UTF-8: Chinese Excel and WPS save CSV in GBK, which GB18030 contains; Excel elsewhere in
    // Windows-1252, whose accented letters GB18030 would read as other characters ("Régisseur" as
    // "R間isseur") without an error.
    if (readsAsChinese(bytes)) return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
    return { text: windows1252(bytes), encoding: 'windows-1252' }
  }
}

/** Windows-1252's characters for 0x80–0x9F (Latin-1 has control codes there); 0 where it has none. */
const CP1252_HIGH = [
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
]

/**
 * Windows-1252 bytes as text, by its table (not every TextDecoder reads 0x80–0x9F as Windows-1252:
 * Node's reads them as Latin-1 control codes, and a file's "€ 2 500" would lose its euro sign).
 */
function windows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), b => (b >= 0x80 && b <= 0x9F ? CP1252_HIGH[b - 0x80] || b : b))
    out += String.fromCharCode(...chunk)
  }
  return out
}

/**
 * True when the bytes past ASCII are GB18030 and mostly pairs of the GB2312 range (both bytes
 * 0xA1–0xFE), where common Chinese characters and punctuation lie. Windows-1252 text has accented
 * letters between ASCII ones instead: pairs whose second byte is ASCII, or bytes GB18030 refuses.
 */
export function readsAsChinese(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes)
  }
  catch {
    return false
  }
  let common = 0
  let other = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b < 0x80) continue
    const next = bytes[i + 1] ?? 0
    if (next >= 0x30 && next <= 0x39) { // a four-byte sequence
      other++
      i += 3
      continue
    }
    if (b >= 0xA1 && next >= 0xA1 && next <= 0xFE) common++
    else other++
    i++
  }
  return common > 0 && common >= 3 * other
}

export type Separator = ',' | ';' | '\t'

/** Fields of one record per separator, counted outside quotes, for the first lines of the text. */
function fieldCounts(text: string, sep: Separator, maxLines = 40): number[] {
  const counts: number[] = []
  let n = 0
  let quoted = false
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === sep) n++
    else if (!quoted && ch === '\n') {
      counts.push(n)
      n = 0
    }
  }
  if (counts.length < maxLines && n > 0) counts.push(n)
  return counts
}

/** The separator the most lines agree on: the one whose most common count (> 0) most lines share. */
export function detectSeparator(text: string): Separator {
  let best: Separator = ','
  let bestScore = -1
  for (const sep of ['\t', ';', ','] as Separator[]) {
    const counts = fieldCounts(text, sep).filter(c => c > 0)
    if (counts.length === 0) continue
    const freq = new Map<number, number>()
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1)
    let mode = 0
    let modeLines = 0
    for (const [c, k] of freq) if (k > modeLines || (k === modeLines && c > mode)) { mode = c; modeLines = k }
    const score = modeLines * 1000 + mode
    if (score > bestScore) { best = sep; bestScore = score }
  }
  return best
}

/** RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks. */
export function parseRecords(text: string, sep: Separator): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const n = text.length
  while (i < n) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue }
        quoted = false
        i++
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"' && field.trim() === '') { field = ''; quoted = true; i++ }
    else if (ch === sep) { record.push(field); field = ''; i++ }
    else if (ch === '\r' || ch === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
    }
    else { field += ch; i++ }
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}

/** True when the `;` file writes decimals with a comma: `12,5`, `1.250,00`. */
function usesDecimalComma(records: string[][]): boolean {
  for (const r of records) for (const f of r) if (/^[^\d,]*\d+(\.\d{3})*,\d{1,2}[^\d]*$|^[^\d]*\d{1,3}(\.\d{3})+,\d+/.test(f.trim())) return true
  return false
}

export interface CsvOptions {
  /** A name for the sheet (the file name). */
  name?: string
  /** Force the separator (a .tsv file is tab-separated whatever it holds). */
  separator?: Separator
}

/** A CSV or TSV file as a one-sheet workbook. */
export function readCsv(bytes: Uint8Array, options: CsvOptions = {}): Workbook {
  const { text, encoding } = decode(bytes)
  const sep = options.separator ?? detectSeparator(text)
  const records = parseRecords(text, sep)
  const rows: SheetRow[] = records.map((fields, i) => ({
    number: i + 1,
    cells: fields.map(textCell),
    bold: false,
    merged: false,
  }))
  const sheet: Sheet = { name: options.name ?? 'CSV', rows, decimalComma: sep === ';' && usesDecimalComma(records) }
  const sepName = sep === '\t' ? 'tab' : sep
  const csv = { encoding: encoding.toUpperCase(), separator: sepName, decimalComma: sheet.decimalComma ?? false }
  return { sheets: [sheet], csv, format: `CSV ${encoding.toUpperCase()}, separator ${sepName}${sheet.decimalComma ? ', decimal comma' : ''}` }
}
