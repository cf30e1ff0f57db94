import { chromium } from 'playwright-core'
import { writeFileSync } from 'node:fs'
import { largeProject } from '../tests/support/large'
const big = JSON.stringify({ ...largeProject({ lines: 100_000 }) })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
await page.goto('http://localhost:4999/')
await page.getByTestId('kpi-total').waitFor()
const cdp = await page.context().newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
await page.evaluate(() => {
  (window as any).__long = [];
  new PerformanceObserver(l => { for (const e of l.getEntries()) (window as any).__long.push([Math.round(e.startTime), Math.round(e.duration)]) }).observe({ type: 'longtask', buffered: false })
})
await cdp.send('Profiler.start')
const t0 = Date.now()
writeFileSync('/tmp/prof/huge.json', big)
await page.getByTestId('open-file').setInputFiles('/tmp/prof/huge.json')
await page.getByRole('status').filter({ hasText: 'huge.json' }).last().waitFor({ timeout: 120000 }).catch(() => {})
await page.waitForFunction(() => !document.body.innerText.includes('checking every line') && !document.body.innerText.includes('reading the file'), null, { timeout: 120000 })
await page.waitForTimeout(3000)
console.log('elapsed', Date.now() - t0)
const { profile } = await cdp.send('Profiler.stop')
console.log('long tasks', JSON.stringify(await page.evaluate(() => (window as any).__long)))
// self time by function
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
const self = new Map<string, number>()
const dt = profile.timeDeltas
let ts = profile.startTime
const windows: Record<string, Map<string, number>> = {}
for (let i = 0; i < profile.samples.length; i++) {
  ts += dt[i] ?? 0
  const n: any = byId.get(profile.samples[i])
  const sec = Math.floor((ts - profile.startTime) / 250000)
  const w = (windows[sec] ??= new Map())
  const kk = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`
  w.set(kk, (w.get(kk) ?? 0) + (dt[i] ?? 0) / 1000)
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000)
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'))
for (const [k, w] of Object.entries(windows)) { const busy = [...w].filter(([n]) => !n.startsWith('(idle)')); const tot = busy.reduce((a, b) => a + b[1], 0); if (tot > 50) console.log(k, tot.toFixed(0), busy.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, v]) => `${n}=${v.toFixed(0)}`).join(' | ')) }
const parent = new Map<number, number>()
for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id)
const incl = new Map<string, number>()
for (let i = 0; i < profile.samples.length; i++) {
  const seen = new Set<string>()
  let id: number | undefined = profile.samples[i]
  while (id !== undefined) { const n: any = byId.get(id); const f = n.callFrame; if (f.url.includes('/assets/')) { const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0) / 1000) } } id = parent.get(id) }
}
console.log('INCLUSIVE'); console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'))
writeFileSync('/tmp/prof/profile.cpuprofile', JSON.stringify(profile))
await browser.close()
