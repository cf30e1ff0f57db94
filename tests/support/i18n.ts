/**
 * The message areas the app loads with their views (src/i18n/lazy.ts), at once: for component
 * tests, which mount those views' parts directly, and for the browser tests' expected texts.
 */
import shoot from '../../src/i18n/areas/shoot'
import sheetImport from '../../src/i18n/areas/sheetImport'
import type { AreaMessages } from '../../src/i18n/areas/define'

export const LAZY_MESSAGES: readonly AreaMessages[] = [shoot, sheetImport]
