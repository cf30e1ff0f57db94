/** The importer's words in English, for the command line (the app has them in both languages, src/i18n/areas/sheetImport.ts). */
import type { ImportFailure } from './index'
import type { ReadFailure } from './read'
import type { RowProblem } from './rows'

export function problemText(p: RowProblem): string {
  switch (p.code) {
    case 'noAmount': return 'no amount, and no line follows it: not read'
    case 'noName': return 'amounts without a name: not read'
    case 'negative': return `${p.column}: ${p.text} is negative, which a budget line cannot be: not read`
    case 'notNumber': return `${p.column}: "${p.text}" is not a number: not read`
  }
}

export function failureText(f: ImportFailure | ReadFailure): string {
  switch (f.reason) {
    case 'empty': return 'the file is empty'
    case 'noSheet': return `no sheet named "${f.sheet}"`
    case 'noHeader': return `no header row found${f.sheet ? ` in sheet "${f.sheet}"` : ''}: no row names a description (项目, Description…) and an amount (金额, Rate, Total…) column within the first 40 rows`
    case 'noLines': return `no budget line found${f.sheet ? ` in sheet "${f.sheet}"` : ''}: no row below the header has a name and an amount`
    case 'tooLarge': return 'the file is larger than 30 MB'
    case 'notSheet': return f.detail ?? 'not a spreadsheet'
    case 'unreadable': return `the file cannot be read${f.detail ? `: ${f.detail}` : ''}`
  }
}
