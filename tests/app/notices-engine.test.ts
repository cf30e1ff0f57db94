/**
 * Every problem message the engine can give is shown in Chinese in the Chinese UI
 * (src/app/problemText.ts). The messages are walked in the engine's own source: each string the
 * engine writes that reads as words is either a message, and its Chinese (with sample values put
 * in its blanks) must hold no English word, or a piece of one (put into the messages that use
 * it), or listed below as not a problem message, with why. A new message without a Chinese
 * pattern fails here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { problemMessage } from '@/app/problemText'
import { englishWords } from '../support/english'

const ENGINE = join(__dirname, '../../src/engine')

/** Strings the engine writes that are not problem messages, with why. */
const NOT_MESSAGES: Record<string, string> = {
  'review.ts': 'the review tiers\' source titles (data, shown as sources)',
  'model.ts': 'errors thrown for a project that skipped validation (a programming error)',
  'money.ts': 'RangeErrors, shown through the app\'s error causes (app/errorCause.ts)',
  'uncertainty.ts': 'errors thrown for a wrong call (iterations, an empty list)',
  'evaluate.ts': 'the place named in a RangeError (app/errorCause.ts)',
}

/** Pieces of messages, each put into the messages that use it (below), not shown alone. */
const PIECES = new Set([
  'more than any number',
  'the largest amount the engine adds up exactly is ${money(MAX_MINOR)}',
  ' in scenario "${sc.id}"',
  'cast member',
  'found the end of the text',
  '"episodes", "minutes", "phase:<phase id>", "shoot-days", "cast:<cast id>" or "location:<location id>"',
  '${size.toLocaleString(\'en-US\')} lines, phases, sections, markups, levers, scenes, cast and locations',
  '${(phases + sections).toLocaleString(\'en-US\')} phases and sections',
])

const MONEY = ['1,234.50 CNY', 'more than any number']
const JSON_REASONS = ['a malformed number', 'expected a value', 'expected a property name in double quotes', 'expected ":" after a property name',
  'unexpected text after the end of the JSON value', 'expected "," or "}"', 'expected "," or "]"'].flatMap(r => [`${r}, found "x"`, `${r}, found the end of the text`])
const OUT_OF_RANGE = 'out of range: qty × count × rate = 3 × 2 × 5e+300 comes to more than any number; the largest amount the engine adds up exactly is 90,071,992,547,409.91 CNY'

/** Sample values for a blank, by its expression; any other blank gets a number. */
const SAMPLES: Record<string, string[]> = {
  'inScenario': ['', ' in scenario "ai"'],
  'most': ['the largest amount the engine adds up exactly is 90,071,992,547,409.91 CNY'],
  'amounts.ts:what': ['qty × count × rate = 3 × 2 × 5e+300'],
  'validateRefs.ts:what': ['section', 'cast member', 'markup', 'phase', 'lever', 'line', 'fringe', 'scene', 'location'],
  'message': [OUT_OF_RANGE],
  'b.toolFactors[i]': ['800 × 120 episodes × 8 takes', '800', '800 × 3 months'],
  'factors.join(\' × \')': ['12 scenarios × 5,000,000 lines, phases, sections, markups, levers, scenes, cast and locations', '3,000 levers × 3,000 phases', '2 markups × 300 levers × 2,000 phases and sections'],
  'QUANTITY_FORMS': ['"episodes", "minutes", "phase:<phase id>", "shoot-days", "cast:<cast id>" or "location:<location id>"'],
  'describeCycle(order.cycle)': ['拍摄 → 后期 → 拍摄', '阶段1 → 阶段2 → … 40 more … → 阶段1'],
  'keys.length > shown.length ? \'holds values\' : \'is\'': ['holds values', 'is'],
  'where': ['', ' (line 3, column 9)'],
  'error.reason': JSON_REASONS.concat(['a control character in a string (write it as \\n, \\t or \\u00XX)', 'a \\u escape needs four hexadecimal digits',
    'a backslash in a string must start an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX', 'a string that starts here never ends']),
  '(e as Error).message': ['Unexpected token } in JSON'],
  'encoding.toUpperCase()': ['UTF-16LE', 'UTF-16BE'],
  'byte.toString(16).toUpperCase().padStart(2, \'0\')': ['FF'],
  'megabytes(bytes)': ['25.3 MB'],
  'megabytes(max)': ['20 MB'],
  'JSON.stringify(version)': ['"2"'],
  'name': ['lines'],
}

/** The strings of an engine file that read as words (two words or more), comments left out. */
function wordStrings(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/([^:'"`\\])\/\/.*$/gm, '$1')
  const out: string[] = []
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g)) {
    const s = (m[1] ?? m[2]!).replace(/\\'/g, '\'').replace(/\\\\/g, '\\')
    if (/[a-z]{2,} [a-z]{2,}/.test(s.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, ''))) out.push(s)
  }
  return out
}

/**
 * Every message a template of `file` can give, its blanks filled with each sample (an amount's
 * samples in its first blank only, so that their combinations stay few).
 */
function fill(file: string, template: string, moneyDone = false): string[] {
  const blank = /\$\{((?:[^{}]|\{[^{}]*\})*)\}/.exec(template)
  if (!blank) return [template]
  const expr = blank[1]!
  const isMoney = expr.startsWith('money(')
  const values = SAMPLES[`${file}:${expr}`] ?? SAMPLES[expr] ?? (isMoney ? (moneyDone ? MONEY.slice(0, 1) : MONEY) : expr === 'lag' ? ['-7'] : ['7'])
  return values.flatMap(v => fill(file, template.slice(0, blank.index) + v + template.slice(blank.index + blank[0].length), moneyDone || isMoney))
}

const files = readdirSync(ENGINE).filter(f => f.endsWith('.ts'))
const messages = files.filter(f => !(f in NOT_MESSAGES)).flatMap(f => wordStrings(readFileSync(join(ENGINE, f), 'utf8'))
  .filter(s => !PIECES.has(s)).flatMap(s => fill(f, s).map(message => ({ file: f, template: s, message }))))

describe('the engine\'s problem messages in Chinese', () => {
  it('finds the engine\'s messages (the walk itself works)', () => {
    const templates = new Set(messages.map(m => m.template))
    // Among them, messages of every kind: a value's shape, a reference, a limit, JSON, the text's encoding.
    for (const known of ['is required', 'must be span or worked', 'no ${what} with id "${ref}"', 'and ${more.toLocaleString(\'en-US\')} more problems'])
      expect(templates, known).toContain(known)
    expect(templates.size).toBeGreaterThan(60)
    // Every piece and every file set aside is still there (a stale list would hide nothing).
    const all = files.flatMap(f => wordStrings(readFileSync(join(ENGINE, f), 'utf8')))
    for (const piece of PIECES) expect(all, piece).toContain(piece)
    for (const f of Object.keys(NOT_MESSAGES)) expect(files, f).toContain(f)
  })

  it.each(messages.map(m => [m.file, m.message] as const))('%s: %s', (_, message) => {
    const zh = problemMessage(message, 'zh-CN')
    expect(zh, 'no Chinese pattern: add one in src/app/problemText.ts').not.toBe(message)
    expect(englishWords(zh)).toEqual([])
    // English stays English.
    expect(problemMessage(message, 'en')).toBe(message)
  })

  it('keeps what the user wrote (ids, values, the place) as it is', () => {
    expect(problemMessage('no section with id "crew 2"', 'zh-CN')).toBe('没有 id 为 "crew 2" 的科目')
    expect(problemMessage('must be span or worked', 'zh-CN')).toBe('必须是 span（按跨度计薪）或 worked（按出工日计薪）')
    expect(problemMessage('not valid JSON at line 3, column 9: expected a value, found "x"', 'zh-CN')).toBe('不是有效的 JSON（第 3 行第 9 列）：此处应为一个值，实际是 "x"')
    expect(problemMessage(`makes lines[2] ("dp") ${OUT_OF_RANGE}`, 'zh-CN')).toBe(
      '使 lines[2]（"dp"）超出范围：数量 × 人数 × 单价 = 3 × 2 × 5e+300，合计 大于任何数；本引擎能精确累加的最大金额为 90,071,992,547,409.91 CNY')
    expect(problemMessage('must be text of at most 2,000 characters', 'zh-CN')).toBe('必须是不超过 2,000 个字符的文本')
  })

  // The app's own problem messages, shown in the same lists: a stored record's fields (each rule of
  // app/records.ts, read from its source), an edit refused by the store, a reader that failed.
  const records = readFileSync(join(__dirname, '../../src/app/records.ts'), 'utf8')
  const recordRules = [...records.matchAll(/\['(\w+)', [^\n]*?, '(must be [^']+)'\]/g)].map(m => `${m[1]}: ${m[2]}, got "x"`)
  it('reads the stored records\' rules (the walk itself works)', () => expect(recordRules.length).toBeGreaterThan(10))
  it.each([
    ...recordRules,
    'the record must be an object, got 5',
    'savedAt: must be a date, got 5',
    'too large to add up exactly to the cent (lines[3] ("dp"): amount out of range: 1e+25 minor units)',
    'this shared project is read-only: keep a copy to edit it',
    'the change could not be applied (a name cannot be empty)',
    'the change could not be applied (a project keeps at least one scenario)',
    'the change could not be applied (the baseline cannot be deleted before another scenario becomes the baseline)',
    'the change could not be applied (only a quantity can follow a basis)',
    'the change could not be applied (no scene "e1s1")',
    'the change could not be applied (something unforeseen)',
    'the file could not be read (the reader stopped)',
    'the file could not be read (Worker script failed to load)',
    'the project cannot be computed (boom)',
  ])('the app\'s message %s', (message) => {
    const zh = problemMessage(message, 'zh-CN')
    expect(zh).not.toBe(message)
    // A record's field is named as it is stored, as a path in a file is.
    const field = /^(\w+): /.exec(message)?.[1]
    expect(englishWords(zh, field ? [`${field}：`] : [])).toEqual([])
  })
})
