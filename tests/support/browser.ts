/**
 * Real-browser test support: the production build served by `vite preview` on a free loopback
 * port, Debian's Chromium driven by playwright-core (no browser download), a watch on console
 * errors and failed requests, and the engine's figures formatted the way the app shows them.
 *
 * Used by tests/browser/app.browser.test.ts and the plain node script
 * tests/browser/slider-timing.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { build, preview } from 'vite'
import type { PreviewServer } from 'vite'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import { minorDigits } from '../../src/engine/money'
import { formatProblem, parseProject } from '../../src/engine/validate'
import type { ProjectResult } from '../../src/engine/compute'
import type { Project } from '../../src/engine/types'
import { formatAmount, formatMoney } from '../../src/app/format'
import { PRESETS } from '../../src/app/presetList'
import { localised } from '../../src/app/labels'
import en from '../../src/i18n/en'
import zh from '../../src/i18n/zh-CN'
import { LAZY_MESSAGES } from './i18n'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots')

/* ------------------------------------------------------------------------- chromium check */

export const CHROMIUM_MISSING = [
  '',
  '================================================================================',
  `Browser tests need Chromium at ${CHROMIUM_PATH}, and it is not there.`,
  'Install it (Debian/Ubuntu):',
  '',
  '    apt-get update && apt-get install -y chromium',
  '',
  '(or point CHROMIUM_PATH at a Chromium/Chrome binary). To skip the browser tests on purpose,',
  'set SKIP_BROWSER_TESTS=1 -- they are then reported as skipped, never as passed.',
  '================================================================================',
  '',
].join('\n')

/** True when SKIP_BROWSER_TESTS=1: says so loudly on stderr. */
export function browserTestsSkipped(): boolean {
  if (process.env.SKIP_BROWSER_TESTS !== '1') return false
  console.warn([
    '',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '!!  SKIP_BROWSER_TESTS=1: the real-browser tests are SKIPPED. Nothing was run    !!',
    '!!  in a browser; unset it to test the app in Chromium.                          !!',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '',
  ].join('\n'))
  return true
}

/** Throws (with how to get it) when Chromium is missing. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING)
}

/* ---------------------------------------------------------------------- build and preview */

export interface ServedApp {
  url: string
  /** Gzipped bytes of the JavaScript the page loads before anything else (entry and preloads). */
  initialJsGzipBytes: number
  close: () => Promise<void>
}

/** The scripts index.html loads at once, gzipped (as a server would send them), in bytes. */
export function initialJsGzip(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const srcs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map(m => m[1]!)
  if (srcs.length === 0) throw new Error('index.html loads no script')
  return srcs.reduce((sum, src) => sum + gzipSync(readFileSync(join(outDir, src))).length, 0)
}

/**
 * Builds the app for production with the project's vite.config.ts into a fresh temp dir and
 * serves it with `vite preview` on 127.0.0.1 at a port the OS picks.
 */
export async function buildAndServe(): Promise<ServedApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'shortdrama-browser-dist-'))
  const configFile = join(ROOT, 'vite.config.ts')
  // Vitest sets NODE_ENV=test, and Vite would then bundle Vue's development build: force a real
  // production build, and put the variable back afterwards.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ root: ROOT, configFile, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  }
  finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
  let server: PreviewServer
  try {
    server = await preview({
      root: ROOT,
      configFile,
      logLevel: 'warn',
      preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
      build: { outDir },
    })
  }
  catch (e) {
    rmSync(outDir, { recursive: true, force: true })
    throw e
  }
  const address = server.httpServer.address()
  const url = server.resolvedUrls?.local[0]
    ?? (address && typeof address === 'object' ? `http://127.0.0.1:${address.port}/` : undefined)
  if (!url) throw new Error('vite preview did not report its address')
  const initialJsGzipBytes = initialJsGzip(outDir)
  return {
    url,
    initialJsGzipBytes,
    async close() {
      await server.close()
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}

/* ------------------------------------------------------------------------------- browser */

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface Session {
  context: BrowserContext
  page: Page
  /** Console errors, uncaught exceptions, failed requests and responses ≥ 400, as text. */
  problems: string[]
  close: () => Promise<void>
}

export interface SessionOptions {
  locale?: string
  viewport?: { width: number, height: number }
}

/**
 * Chromium with a fresh profile (empty localStorage): a first visit. Reloads in the same
 * session keep what the app saved.
 */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  requireChromium()
  const profile = mkdtempSync(join(tmpdir(), 'shortdrama-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? 'en-US',
    timezoneId: 'UTC',
  })
  const problems: string[] = []
  context.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url}:${m.location().lineNumber})`)
  })
  context.on('weberror', e => problems.push(`page error: ${e.error().stack ?? e.error().message}`))
  context.on('requestfailed', r => problems.push(`request failed: ${r.method()} ${r.url()} — ${r.failure()?.errorText ?? '?'}`))
  context.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`)
  })
  const page = context.pages()[0] ?? await context.newPage()
  return {
    context,
    page,
    problems,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Two animation frames: whatever Vue patched has been laid out and painted once. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>(r => requestAnimationFrame(() => requestAnimationFrame(() => r()))))
}

/* --------------------------------------------------------------------------- test harness */

export interface ServedSuite {
  /** The served app's address (within the tests). */
  readonly url: string
  /** Gzipped bytes of the JavaScript the page loads first. */
  readonly initialJsGzipBytes: number
  /** The sessions opened by the test running now; each is closed after it. */
  readonly sessions: Session[]
  /** Opens a session (a fresh profile) and keeps it for closing after the test. */
  open: (options?: SessionOptions) => Promise<Session>
  /** A first visit at `hash`, once the headline total is shown. */
  visit: (options?: SessionOptions & { hash?: string }) => Promise<Session>
  /**
   * Registers, inside the test file's describe block, what every browser test file does: build
   * and serve the app once (after `before`), close every session after each test and fail the
   * test on any console error, uncaught error, failed request or HTTP error.
   */
  register: (hooks?: { before?: () => void | Promise<void>, after?: () => void | Promise<void> }) => void
}

export function servedSuite(): ServedSuite {
  let app: ServedApp | undefined
  const sessions: Session[] = []
  const suite: ServedSuite = {
    get url() {
      if (!app) throw new Error('the app is not served yet: call register() in the describe block')
      return app.url
    },
    get initialJsGzipBytes() {
      if (!app) throw new Error('the app is not served yet: call register() in the describe block')
      return app.initialJsGzipBytes
    },
    sessions,
    async open(options = {}) {
      const session = await openSession(options)
      sessions.push(session)
      return session
    },
    async visit(options = {}) {
      const session = await suite.open(options)
      await session.page.goto(`${suite.url}${options.hash ?? ''}`)
      await session.page.getByTestId('kpi-total').waitFor()
      return session
    },
    register(hooks = {}) {
      beforeAll(async () => {
        requireChromium()
        await hooks.before?.()
        app = await buildAndServe()
      }, 120_000)
      afterAll(async () => {
        await app?.close()
        await hooks.after?.()
      }, 120_000)
      afterEach(async () => {
        const problems = sessions.flatMap(x => x.problems)
        await Promise.all(sessions.splice(0).map(x => x.close()))
        expect(problems, 'console errors, uncaught errors, failed requests or HTTP errors').toEqual([])
      }, 120_000)
    },
  }
  return suite
}

/* ------------------------------------------------------------------------ engine figures */

/** The project presets in presets/ (every JSON file but the lever library). */
export function presetIds(): string[] {
  return PRESETS.map(p => p.id).sort()
}

/** i18n key of each preset's name in the New project dialog (as src/app/presets.ts PRESETS). */
export const PRESET_NAME_KEYS: Record<string, string> = {
  'cn-micro-drama': 'presets.cnMicro',
  'cn-custom-drama': 'presetsMore.cnCustom',
  'cn-premium-drama': 'presets.cnPremium',
  'us-vertical-drama': 'presets.usVertical',
  'ai-animated-short': 'presets.aiAnimated',
  'cn-micro-drama-plan': 'shootx.preset',
}

/** A preset file from presets/, validated by the engine. */
export function presetProject(id: string): Project {
  const json = JSON.parse(readFileSync(join(ROOT, 'presets', `${id}.json`), 'utf8')) as unknown
  const parsed = parseProject(json)
  if (!parsed.ok) throw new Error(`preset ${id} refused:\n${parsed.problems.map(formatProblem).join('\n')}`)
  return parsed.project
}

/** The preset with the most lines (the heaviest for the engine and the budget table). */
export function largestPreset(): { id: string, lines: number } {
  return presetIds()
    .map(id => ({ id, lines: presetProject(id).lines.length }))
    .reduce((a, b) => (b.lines > a.lines ? b : a))
}

export interface Figures {
  result: ProjectResult
  /** The scenario the app shows by default (the first non-baseline one), and the baseline. */
  shown: ProjectResult['scenarios'][number]
  baseline: ProjectResult['scenarios'][number]
}

export function figures(project: Project, shownId?: string): Figures {
  const result = computeProject(project)
  const baseline = result.scenarios.find(s => s.result.baseline)!
  const shown = shownId !== undefined
    ? result.scenarios.find(s => s.result.id === shownId)!
    : result.scenarios.find(s => !s.result.baseline) ?? baseline
  return { result, shown, baseline }
}

/** App display locale for a UI language ('en' | 'zh-CN'). */
export type UiLocale = 'en' | 'zh-CN'

/** As the app shows money in KPIs and chart tables (src/app/format.ts formatMoney). */
export function money(minor: number, project: Project, locale: UiLocale): string {
  return formatMoney(minor, project.meta.currency, minorDigits(project.meta.currency), locale)
}

/** As the app shows amounts in dense tables (formatAmount: separators, no symbol). */
export function amount(minor: number, project: Project, locale: UiLocale): string {
  return formatAmount(minor, minorDigits(project.meta.currency), locale)
}

/** As the app shows a signed change ("+CN¥1.00", "−CN¥2.00", with a true minus). */
export function signedMoney(minor: number, project: Project, locale: UiLocale): string {
  const abs = money(Math.abs(minor), project, locale)
  return minor > 0 ? `+${abs}` : minor < 0 ? `−${abs}` : abs
}

/** The digits and separators of a money text, without the currency symbol: "CN¥1,234.50" → "1,234.50". */
export function numericPart(text: string): string {
  return text.replace(/[^\d.,+\-−]/g, '')
}

/* --------------------------------------------------------------------------- app messages */

// The app's messages, with the areas it loads with their views.
const MESSAGES: Record<UiLocale, unknown> = {
  'en': Object.assign({}, en, ...LAZY_MESSAGES.map(a => a.en)),
  'zh-CN': Object.assign({}, zh, ...LAZY_MESSAGES.map(a => a.zh)),
}

/** An app message with `{name}` placeholders filled, as vue-i18n renders it. */
export function msg(locale: UiLocale, key: string, params: Record<string, string | number> = {}): string {
  const found = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], MESSAGES[locale])
  if (typeof found !== 'string') throw new Error(`no message ${key} in ${locale}`)
  // vue-i18n plurals: "one | many" or "none | one | many", chosen by the `n` (or `count`) parameter.
  const choices = found.split(/\s*\|\s*/)
  let text = found
  if (choices.length > 1) {
    const n = Number(params.n ?? params.count ?? 1)
    const index = choices.length === 2 ? (n === 1 ? 0 : 1) : (n === 0 ? 0 : n === 1 ? 1 : 2)
    text = choices[Math.min(index, choices.length - 1)]!
  }
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`))
}

/** The name of a project item as the app shows it in `locale` (its translation, or its own name). */
export function nameOf(project: Project, list: 'sections' | 'phases' | 'levers' | 'markups' | 'scenarios' | 'lines', id: string, locale: UiLocale): string {
  const item = (project[list] as { id: string }[] | undefined)?.find(x => x.id === id)
  return localised(item as Record<string, unknown> | undefined, 'name', locale) || id
}

/* --------------------------------------------------------------------------- page actions */

/** Opens a preset through the New project dialog (confirming when the app asks), as a person does. */
export async function openPreset(page: Page, id: string, locale: UiLocale = 'en'): Promise<void> {
  const key = PRESET_NAME_KEYS[id]
  if (!key) throw new Error(`preset ${id} has no name in the New project dialog (PRESET_NAME_KEYS)`)
  const dialog = page.getByRole('dialog', { name: msg(locale, 'presets.title') })
  await page.getByRole('button', { name: msg(locale, 'header.newProject') }).click()
  // Found by its preset (two presets' names may start alike), and named as the dialog shows it.
  const card = dialog.locator(`button[data-preset="${id}"]`)
  expect(await card.textContent()).toContain(msg(locale, key))
  await card.click()
  const confirm = page.getByRole('alertdialog')
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: msg(locale, 'common.confirm') }).click()
  await dialog.waitFor({ state: 'detached' })
}

/* ------------------------------------------------------------------------------ page reads */

/** Every row of a table as the texts of its header and data cells, header rows included. */
export async function readTable(table: Locator): Promise<string[][]> {
  return table.evaluate((el: Element) => [...el.querySelectorAll('tr')]
    .map(tr => [...tr.querySelectorAll('th, td')].map(c => (c.textContent ?? '').replace(/\s+/g, ' ').trim())))
}
