/**
 * Every notice the app can show reads in Chinese in the Chinese UI. The notices' keys are
 * collected from the source (each `key: '…'` of the files that make notices: `notify({ … })`, a
 * notice's actions, its update, a share link's refusal), and the key families built from a code
 * (`sheetImport.reason.${reason}`, `script.refused.${code}`) are listed by the codes their types
 * allow (read from the source too, so that a new code fails here). Each key must be in both the
 * English and the Chinese messages, and its Chinese, with realistic values, the way Notices.vue
 * shows it (numbers in the language's format, a cause said in words), holds no English word.
 * The status lines that say why something failed are checked the same way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CauseKind, ErrorCause } from '@/app/errorCause'
import { errorCause } from '@/app/errorCause'
import { noticeParams } from '@/app/noticeParams'
import { createAppI18n } from '@/i18n'
import { NOT_ZIP_DETAIL } from '@/import/read'
import { LAZY_MESSAGES } from '../support/i18n'
import { englishWords } from '../support/english'

const SRC = join(__dirname, '../../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|vue)$/.test(f) ? [path] : []
  })
}
const files = sourceFiles(SRC).map(path => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }))

/** The members of a union of string literals declared as `name` (`type X = 'a' | 'b'`, or a field `name: 'a' | 'b'`). */
function unionIn(file: string, name: string): string[] {
  const text = files.find(f => f.path === file)!.text
  const decl = new RegExp(`${name}(?: =|:)\\s+\\|?\\s*((?:'[\\w-]+'(?:\\s*\\|\\s*)?)+)`).exec(text)
  if (!decl) throw new Error(`no union ${name} in ${file}`)
  return [...decl[1]!.matchAll(/'([\w-]+)'/g)].map(m => m[1]!)
}

/** The key families built from a code, with the codes their types allow. */
const FAMILIES: Record<string, string[]> = {
  'sheetImport.reason.${reason}': [...unionIn('import/index.ts', 'reason'), ...unionIn('import/read.ts', 'reason')],
  'script.refused.${code}': unionIn('script/types.ts', 'RefusalCode'),
}

/** The files that make notices, and every notice key in them. */
const noticeFiles = files.filter(f => /\bnotify\(|refusal: \{|\.update\(id, \{ key/.test(f.text))
const keys = new Set<string>()
const families = new Set<string>()
for (const f of noticeFiles) {
  for (const m of f.text.matchAll(/\bkey: '([a-zA-Z]+\.[\w.]+)'/g)) keys.add(m[1]!)
  for (const m of f.text.matchAll(/\bkey: `([^`]+)`/g)) {
    const family = FAMILIES[m[1]!]
    if (!family) throw new Error(`${f.path}: a notice key built as \`${m[1]}\`: list its members in FAMILIES`)
    families.add(m[1]!)
    for (const code of family) keys.add(m[1]!.replace(/\$\{\w+\}/, code))
  }
}

/** The messages of a script's and a spreadsheet's problems, by code (shown in their previews). */
const PROBLEM_KEYS = [
  ...unionIn('script/problems.ts', 'ProblemCode').map(code => `script.problem.${code}`),
  ...unionIn('import/rows.ts', 'ProblemCode').map(code => `sheetImport.problem.${code}`),
]

/** The status lines that say why something failed (each with the cause as `error`). */
const STATUS_KEYS = ['notices.leverLibraryFailed', 'header.saveFailed', 'uncertainty.failed', 'shoot.optimise.failed', 'presets.loadFailed', 'exports.failed', 'library.refused', 'sheetImport.reason.unreadable']

/** Realistic values, by name; names of things the user made are Chinese, file names as they come. */
const VALUES: Record<string, string | number> = {
  name: 'budget-v2.json', title: '重生之千金归来', size: 25.34, n: 1234, total: 4, opened: 2, s: 4, kb: 1855, max: 32, mb: 20,
  sheet: '预算', lines: 120, scenes: 40, locations: 6, cast: 9, detail: '',
  // a script's and a spreadsheet's problems
  episode: 3, heading: 4, marker: 3, number: '3-2', id: '3-2b', place: '场景 3-2', column: '金额', text: '三千',
}
const LISTS: Record<string, string[]> = { scenarios: ['AI 辅助', '激进 AI'], names: ['a.json', 'b.json', 'c.json'] }
/** Names the user gave (files, a scene's id), kept as they are. */
const FILE_NAMES = ['budget-v2.json', 'a.json', 'b.json', 'c.json', '3-2b']
const CAUSES: CauseKind[] = ['quota', 'denied', 'network', 'memory', 'outOfRange', 'stopped', 'notZip', 'unknown']

const i18n = createAppI18n('zh-CN', LAZY_MESSAGES)
const { t, te, tm } = i18n.global

/** A message's Chinese as Notices.vue shows it, with the values its placeholders ask for. */
function shown(key: string, cause?: ErrorCause): string {
  const raw = String(tm(key))
  const asked = [...new Set([...raw.matchAll(/\{(\w+)\}/g)].map(m => m[1]!))]
  const params: Record<string, string | number> = {}
  const lists: Record<string, string[]> = {}
  for (const p of asked) {
    if (p === 'error') continue
    if (LISTS[p]) lists[p] = LISTS[p]
    else if (p in VALUES) params[p] = VALUES[p]!
    else throw new Error(`${key}: no sample value for {${p}}: add one to VALUES`)
  }
  const say = (c: ErrorCause) => t(`notices.cause.${c.kind}`, { detail: c.detail })
  return t(key, noticeParams({ params, lists }, 'zh-CN', cause && { error: cause, say }), Number(params.n ?? 1))
}

describe('every notice in Chinese', () => {
  it('finds the notices in the source (the walk itself works)', () => {
    expect(noticeFiles.map(f => f.path)).toEqual(expect.arrayContaining(['stores/library.ts', 'stores/libraryOpen.ts', 'composables/useExports.ts', 'app/open/sheet.ts', 'app/open/script.ts']))
    expect([...families].sort()).toEqual(Object.keys(FAMILIES).sort())
    for (const key of ['library.trashed', 'library.undoTrash', 'files.refused', 'robust.shareTooSlow', 'sheetImport.reason.noHeader', 'script.refused.notWord', 'scriptPlan.refused', 'tabs.conflict'])
      expect(keys, key).toContain(key)
    expect(keys.size).toBeGreaterThan(40)
  })

  it.each([...keys, ...PROBLEM_KEYS].sort())('%s is in both languages and its Chinese holds no English word', (key) => {
    expect(te(key, 'en'), `${key} in English`).toBe(true)
    expect(te(key, 'zh-CN'), `${key} in Chinese`).toBe(true)
    const text = shown(key)
    expect(text).not.toMatch(/\{\w+\}/)
    expect(englishWords(text, FILE_NAMES), text).toEqual([])
  })

  it.each(STATUS_KEYS.flatMap(key => CAUSES.map(kind => [key, kind] as const)))('%s, when the cause is %s, holds no English word but the technical detail', (key, kind) => {
    const text = shown(key, { kind, detail: 'TypeError: x is not a function' })
    expect(text).not.toMatch(/\{\w+\}/)
    expect(englishWords(text, FILE_NAMES), text).toEqual([])
    // An error the app cannot name keeps its own words, marked as such.
    if (kind === 'unknown') expect(text).toContain('技术细节，英文原文：TypeError: x is not a function')
  })

  it('lists every status line that says a failure\'s cause (read from the source)', () => {
    const said = new Set(files.flatMap(f => [...f.text.matchAll(/\bt\('([\w.]+)', \{ error:/g)].map(m => m[1]!)))
    for (const f of noticeFiles) for (const m of f.text.matchAll(/key: '([\w.]+)'[^\n]*cause:/g)) said.add(m[1]!)
    expect(said.size).toBeGreaterThan(5)
    for (const key of said) expect(STATUS_KEYS, key).toContain(key)
  })

  it('numbers and lists follow the language', () => {
    expect(shown('robust.refusedMany')).toContain('1,234')
    expect(shown('scriptPlan.refused')).toContain('方案“AI 辅助”和“激进 AI”设定了')
    expect(shown('robust.filesAllOpened')).toContain('“a.json”、“b.json”和“c.json”')
    expect(shown('files.tooBig')).toContain('25.3 MB')
  })
})

describe('a failure\'s cause', () => {
  it('is named from the error the browser or the app throws', () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })
    expect(errorCause(quota).kind).toBe('quota')
    // An IndexedDB error that holds the DOMException (idb-keyval style).
    expect(errorCause({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } }).kind).toBe('quota')
    expect(errorCause('the browser storage is full').kind).toBe('quota')
    expect(errorCause(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')).kind).toBe('network')
    expect(errorCause(Object.assign(new Error('The request is not allowed'), { name: 'NotAllowedError' })).kind).toBe('denied')
    expect(errorCause(new RangeError('Array buffer allocation failed')).kind).toBe('memory')
    expect(errorCause(new RangeError('lines[3] ("dp"): amount out of range: 1e+25 minor units')).kind).toBe('outOfRange')
    expect(errorCause('the worker stopped').kind).toBe('stopped')
    expect(errorCause(NOT_ZIP_DETAIL).kind).toBe('notZip')
    expect(errorCause(new Error('disk full'))).toEqual({ kind: 'unknown', detail: 'disk full' })
    expect(errorCause(new TypeError('x is not a function'))).toEqual({ kind: 'unknown', detail: 'TypeError: x is not a function' })
    expect(errorCause(new Error('x'.repeat(400))).detail).toHaveLength(300)
  })
})
