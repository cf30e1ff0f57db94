/**
 * Project text before it is a project: a leading byte-order mark, a size limit, a nesting limit
 * and JSON syntax. Every check here is a loop with a stack of its own, never recursion, and the
 * limits are checked before anything recursive (a schema, structuredClone, JSON.stringify) can
 * meet a value nested thousands of levels deep.
 */
import { formatPath } from './paths'
import type { Problem } from './types'

/** The largest project text read: 20 MB of UTF-8. */
export const MAX_PROJECT_BYTES = 20_000_000
/** The deepest nesting of objects and lists in a project file; the format itself needs 7. */
export const MAX_NESTING = 64

export interface TextLimits {
  /** Largest text accepted, in UTF-8 bytes (MAX_PROJECT_BYTES when absent). */
  maxBytes?: number
  /** Deepest nesting accepted (MAX_NESTING when absent). */
  maxDepth?: number
}

/** Keys shown in the path of a value nested too deep: enough to find it, short enough to read. */
const PATH_KEYS_SHOWN = 5

/** The text without a leading UTF-8 byte-order mark (editors on Windows add one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Length of the text in UTF-8 bytes. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      i++
    }
    else bytes += 3
  }
  return bytes
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`
}

/** The problem of a file of `bytes` bytes, or null when it is within `max`. */
export function sizeProblem(bytes: number, max: number = MAX_PROJECT_BYTES): Problem | null {
  if (bytes <= max) return null
  return {
    path: '',
    message: `the file is ${megabytes(bytes)} (${bytes.toLocaleString('en-US')} bytes); a project file may be at most ${megabytes(max)} (${max.toLocaleString('en-US')} bytes)`,
  }
}

/** As `sizeProblem`, for text. Counts bytes only when the length leaves a doubt. */
export function textSizeProblem(text: string, max: number = MAX_PROJECT_BYTES): Problem | null {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair, two units, is 4).
  if (text.length * 3 <= max) return null
  return sizeProblem(utf8Length(text), max)
}

function tooDeep(keys: readonly (string | number)[], max: number, where: string): Problem {
  const shown = keys.slice(0, PATH_KEYS_SHOWN)
  return {
    path: formatPath(shown),
    message: `${keys.length > shown.length ? 'holds values' : 'is'} nested more than ${max} levels deep${where}; a project file nests at most ${max} levels`,
  }
}

/** Line and column (from 1) of a position in the text. */
export function lineColumn(text: string, at: number): { line: number, column: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: at - start + 1 }
}

/** Index of the quote that ends the string opening at `open`, or -1 when it never ends. */
function stringEnd(text: string, open: number): number {
  let j = open
  for (;;) {
    j = text.indexOf('"', j + 1)
    if (j < 0) return -1
    let backslashes = 0
    while (text.charCodeAt(j - 1 - backslashes) === 0x5c) backslashes++
    if (backslashes % 2 === 0) return j
  }
}

/**
 * Where the text nests objects and lists more than `max` levels deep, or null. A light scan of
 * the characters (strings skipped), run before the text is parsed; it keeps the key or index
 * of each open level so that the problem names where the deep part is. Malformed text is left to
 * the JSON parser.
 */
export function textNestingProblem(text: string, max: number = MAX_NESTING): Problem | null {
  const isList = new Uint8Array(max)
  const index = new Int32Array(max)
  const keyStart = new Int32Array(max)
  const keyEnd = new Int32Array(max)
  let depth = 0
  let expectKey = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) { // "
      const end = stringEnd(text, i)
      if (end < 0) return null
      if (expectKey) {
        keyStart[depth - 1] = i
        keyEnd[depth - 1] = end + 1
        expectKey = false
      }
      i = end
    }
    else if (c === 0x7b || c === 0x5b) { // { [
      if (depth === max) {
        const keys: (string | number)[] = []
        for (let d = 0; d < depth; d++) keys.push(isList[d] ? index[d]! : keyText(text, keyStart[d]!, keyEnd[d]!))
        const { line, column } = lineColumn(text, i)
        return tooDeep(keys, max, ` (line ${line}, column ${column})`)
      }
      isList[depth] = c === 0x5b ? 1 : 0
      index[depth] = 0
      keyStart[depth] = keyEnd[depth] = -1
      depth++
      expectKey = c === 0x7b
    }
    else if (c === 0x7d || c === 0x5d) { // } ]
      if (depth > 0) depth--
      expectKey = false
    }
    else if (c === 0x2c && depth > 0) { // ,
      if (isList[depth - 1]) index[depth - 1]!++
      else expectKey = true
    }
  }
  return null
}

function keyText(text: string, start: number, end: number): string {
  if (start < 0) return '?'
  try {
    return String(JSON.parse(text.slice(start, end)))
  }
  catch {
    return text.slice(start + 1, end - 1)
  }
}

/**
 * Where a value (already parsed, or built by the app) nests objects and lists more than `max`
 * levels deep, or null. A cycle of references counts as too deep.
 */
export function valueNestingProblem(root: unknown, max: number = MAX_NESTING): Problem | null {
  if (typeof root !== 'object' || root === null) return null
  // The open levels: the value, its keys (null for a list) and how many of them are visited.
  const values: object[] = [root]
  const keys: (string[] | null)[] = [Array.isArray(root) ? null : Object.keys(root)]
  const seen: number[] = [0]
  while (values.length > 0) {
    const top = values.length - 1
    const value = values[top]!
    const k = keys[top]!
    const at = seen[top]!
    if (at >= (k === null ? (value as unknown[]).length : k.length)) {
      values.pop()
      keys.pop()
      seen.pop()
      continue
    }
    seen[top] = at + 1
    const next = k === null ? (value as unknown[])[at] : (value as Record<string, unknown>)[k[at]!]
    if (typeof next !== 'object' || next === null) continue
    if (values.length === max) {
      const path = values.map((_, d) => keys[d] === null ? seen[d]! - 1 : keys[d]![seen[d]! - 1]!)
      return tooDeep(path, max, '')
    }
    values.push(next)
    keys.push(Array.isArray(next) ? null : Object.keys(next))
    seen.push(0)
  }
  return null
}

/**
 * Where JSON text breaks the grammar, and how; null when it is valid JSON. Run only on text the
 * parser refused, to say where, in the same words in every browser.
 */
export function jsonSyntaxError(text: string): { at: number, reason: string } | null {
  const n = text.length
  const stack: number[] = [] // 1 object, 0 list
  let i = 0
  const space = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  }
  const found = (at: number) => (at < n ? `found ${JSON.stringify(String.fromCodePoint(text.codePointAt(at)!))}` : 'found the end of the text')
  const fail = (reason: string, at = i) => ({ at, reason: `${reason}, ${found(at)}` })
  /** Reads the string opening at i; null when it is well formed (i is then after it). */
  const string = (): { at: number, reason: string } | null => {
    const open = i
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c === 0x22) { i++; return null }
      if (c < 0x20) return { at: i, reason: 'a control character in a string (write it as \\n, \\t or \\u00XX)' }
      if (c === 0x5c) {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, reason: 'a \\u escape needs four hexadecimal digits' }
          i += 5
        }
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++
        else return { at: i, reason: 'a backslash in a string must start an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX' }
      }
    }
    return { at: open, reason: 'a string that starts here never ends' }
  }
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

  let want: 'value' | 'key' | 'after' = 'value'
  for (;;) {
    space()
    if (want === 'value') {
      const c = text[i]
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? 1 : 0)
        i++
        space()
        if (text[i] === (c === '{' ? '}' : ']')) { stack.pop(); i++; want = 'after' }
        else want = c === '{' ? 'key' : 'value'
        continue
      }
      if (c === '"') {
        const bad = string()
        if (bad) return bad
      }
      else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i
        const m = NUMBER.exec(text)
        if (!m || /[\d.eE+-]/.test(text[i + m[0].length] ?? '')) return fail('a malformed number')
        i += m[0].length
      }
      else if (text.startsWith('true', i)) i += 4
      else if (text.startsWith('false', i)) i += 5
      else if (text.startsWith('null', i)) i += 4
      else return fail('expected a value')
      want = 'after'
    }
    else if (want === 'key') {
      if (text[i] !== '"') return fail('expected a property name in double quotes')
      const bad = string()
      if (bad) return bad
      space()
      if (text[i] !== ':') return fail('expected ":" after a property name')
      i++
      want = 'value'
    }
    else {
      if (stack.length === 0) return i < n ? fail('unexpected text after the end of the JSON value') : null
      const object = stack[stack.length - 1] === 1
      if (text[i] === ',') { i++; want = object ? 'key' : 'value' }
      else if (text[i] === (object ? '}' : ']')) { stack.pop(); i++ }
      else return fail(object ? 'expected "," or "}"' : 'expected "," or "]"')
    }
  }
}

/**
 * Project text to a JSON value, within the limits: a leading byte-order mark is dropped; text
 * too large or nested too deep is refused before it is parsed; invalid JSON is refused with
 * where it breaks (line and column) and why.
 */
export function readJson(text: string, limits: TextLimits = {}): { ok: true, value: unknown } | { ok: false, problem: Problem } {
  const body = stripBom(text)
  const problem = textSizeProblem(body, limits.maxBytes) ?? textNestingProblem(body, limits.maxDepth)
  if (problem) return { ok: false, problem }
  try {
    return { ok: true, value: JSON.parse(body) }
  }
  catch (e) {
    const error = jsonSyntaxError(body)
    if (!error) return { ok: false, problem: { path: '', message: `not valid JSON (${(e as Error).message})` } }
    const { line, column } = lineColumn(body, error.at)
    return { ok: false, problem: { path: '', message: `not valid JSON at line ${line}, column ${column}: ${error.reason}` } }
  }
}
