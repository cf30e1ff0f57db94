/**
 * Opening a 5,000-line budget sheet, measured in real Chromium on the production build.
 *
 *   npx tsx tests/browser/import-timing.ts
 *
 * Picks a generated XLSX (tests/import/largeSheet.ts: 5,000 lines in 50 sections with subtotal
 * rows and formulas) through File → Open file, and times from the file input's change event to
 * the frame after the import preview shows what it found (the importer's code and exceljs loaded
 * on the first run; 3 runs, the preview cancelled between them). Target: every run < 3 s.
 * Prints the figure (stderr, with the machine) and one JSON line on stdout; exits 1 when the
 * target is missed or without Chromium.
 */
import { existsSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { CHROMIUM_MISSING, CHROMIUM_PATH, buildAndServe, msg, openSession } from '../support/browser'
import type { ServedApp, Session } from '../support/browser'
import { largeXlsx } from '../import/largeSheet'
import { browserVersion, median, round } from '../support/timing'

const RUNS = 3
const TARGET_MS = 3000

declare global {
  interface Window {
    __import?: Promise<number>
  }
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(CHROMIUM_MISSING)
    process.exitCode = 1
    return
  }
  const bytes = Buffer.from(await largeXlsx())
  let app: ServedApp | undefined
  let session: Session | undefined
  try {
    app = await buildAndServe()
    session = await openSession()
    const { page } = session
    await page.goto(app.url)
    await page.getByTestId('kpi-total').waitFor()
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${await browserVersion(page)}`
    const times: number[] = []
    for (let run = 0; run < RUNS; run++) {
      // A script as text: tsx would wrap a named function passed to evaluate() with a helper the page lacks.
      // The comma expression gives 0: evaluate() would otherwise wait for the promise itself.
      await page.evaluate(`(window.__import = new Promise((resolve) => {
        const input = document.querySelector('[data-testid="open-file"]')
        input.addEventListener('change', () => {
          const t0 = performance.now()
          const poll = () => requestAnimationFrame(() => {
            if (document.querySelector('[data-testid="import-found"]')) requestAnimationFrame(() => resolve(performance.now() - t0))
            else poll()
          })
          poll()
        }, { capture: true, once: true })
      }), 0)`)
      await page.getByTestId('open-file').setInputFiles({ name: 'large.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes })
      console.error(`run ${run + 1}…`)
      times.push(await Promise.race([
        page.evaluate(() => window.__import!),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no preview within 60 s: ${session!.problems.join('; ')}`)), 60_000)),
      ]))
      console.error(`run ${run + 1}: ${round(times[run]!)} ms`)
      const found = await page.getByTestId('import-found').textContent()
      if (!found?.startsWith('5,000 lines')) throw new Error(`unexpected preview: ${found}`)
      await page.getByRole('dialog').getByRole('button', { name: msg('en', 'sheetImport.cancel'), exact: true }).click()
      await page.getByRole('dialog').waitFor({ state: 'hidden' })
    }
    const value = median(times)
    // Every run must meet the target, the first (exceljs and the importer loaded) included.
    const ok = Math.max(...times) < TARGET_MS
    console.error(`import-timing on ${machine}`)
    console.error(`${ok ? 'ok  ' : 'MISS'} 5,000-line XLSX picked to the preview shown: first ${round(times[0]!)} ms, median ${round(value)} ms (runs ${times.map(round).join(', ')} ms; target: each < ${TARGET_MS} ms)`)
    console.log(JSON.stringify({ machine, import: { what: '5,000-line XLSX to preview', value: round(value), runs: times.map(round), unit: 'ms', target: TARGET_MS } }))
    if (!ok) process.exitCode = 1
  }
  finally {
    await session?.close()
    await app?.close()
  }
}

await main()
