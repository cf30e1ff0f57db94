/**
 * The exporter: the budget as CSV or XLSX, from a project and the engine's results. Pure: no Vue,
 * no DOM, no Node modules (enforced by eslint), so the app and the command line share it.
 */
export { budgetCsv } from './csv'
export { budgetXlsx } from './xlsx'
export { neutralise } from './cells'
export { currencyFormat, currencySymbol, sheetName } from './sheet'
export { budgetTable } from './table'
export type { BudgetTable, TableLine, TableMarkup, TableSection, TableTool } from './table'
export { EXPORT_TEXTS_EN } from './texts'
export type { CsvOptions, ExportOptions, ExportTexts, Named } from './texts'
export { doodCsv, doodTable, stripboardCsv, stripboardTable, tableCsv, SHOOT_TEXTS_EN } from './shoot'
export type { BoardRowInput, DoodInput, ShootExportOptions, ShootPlanInput, ShootTable, ShootTexts } from './shoot'
export type { ShootSheets } from './shootXlsx'
