/**
 * A real spreadsheet application for the interop tests: LibreOffice Calc, run headless with a
 * throw-away profile, opens a CSV or XLSX file the way a user's double-click would and saves what
 * it understood as XLSX, which exceljs then reads back (cell by cell, with each cell's type).
 *
 * Calc is not Excel or WPS, but it guesses types from CSV text by the same rules (a leading zero
 * is dropped, `04.10` may become a date, `=…` is a formula), and it recalculates every formula of
 * an XLSX file on load when asked to, which checks the cached values the exporter writes.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice'

export const SOFFICE_MISSING = [
  '',
  `The spreadsheet interop tests need LibreOffice Calc at ${SOFFICE}, and it is not there.`,
  'Install it (Debian/Ubuntu):  apt-get install -y libreoffice-calc-nogui',
  '(or point SOFFICE_PATH at a soffice binary). .ci/run installs it.',
  '',
].join('\n')

/** Calc's CSV import options: separator, quote, character set (76 = UTF-8), first line. */
export function csvFilter(separator: ',' | ';'): string {
  return `CSV:${separator.charCodeAt(0)},34,76,1`
}

/** A profile in which Calc always recalculates an XLSX file's formulas when it opens it. */
function profile(dir: string): string {
  const user = join(dir, 'profile', 'user')
  mkdirSync(user, { recursive: true })
  writeFileSync(join(user, 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`)
  return pathToFileURL(join(dir, 'profile')).href
}

/**
 * Opens `bytes` (saved as `name`) in Calc, with the CSV import `filter` when given, and returns
 * the XLSX Calc saves of what it read.
 */
export function throughCalc(name: string, bytes: Uint8Array | string, filter?: string): Uint8Array {
  if (!existsSync(SOFFICE)) throw new Error(SOFFICE_MISSING)
  const dir = mkdtempSync(join(tmpdir(), 'calc-'))
  try {
    const input = join(dir, name)
    writeFileSync(input, bytes)
    const out = join(dir, 'out')
    execFileSync(SOFFICE, [
      `-env:UserInstallation=${profile(dir)}`, '--headless', '--norestore',
      ...(filter ? [`--infilter=${filter}`] : []),
      '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, input,
    ], { stdio: 'pipe', timeout: 120_000 })
    const saved = join(out, `${basename(name).replace(/\.[^.]+$/, '')}.xlsx`)
    if (!existsSync(saved)) throw new Error(`LibreOffice did not convert ${name}`)
    return new Uint8Array(readFileSync(saved))
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
