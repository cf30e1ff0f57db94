import { describe, expect, it } from 'vitest'
import {
  MAX_NESTING, jsonSyntaxError, lineColumn, readJson, sizeProblem, stripBom, textNestingProblem, textSizeProblem, utf8Length, valueNestingProblem,
} from '../../src/engine/text'
import { formatProblem, parseProject } from '../../src/engine/validate'
import { fixtureJson } from '../support/builders'
import { nested } from '../support/hostile'

describe('a leading byte-order mark', () => {
  it('is dropped, once', () => {
    expect(stripBom('\uFEFF{}')).toBe('{}')
    expect(stripBom('\uFEFF\uFEFF{}')).toBe('\uFEFF{}')
    expect(stripBom('{}')).toBe('{}')
    expect(readJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
  })
})

describe('the size limit', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('ab')).toBe(2)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('中')).toBe(3)
    expect(utf8Length('😀')).toBe(4) // a surrogate pair
    expect(utf8Length('\uD800')).toBe(3) // a lone surrogate is written as U+FFFD
  })

  it('names the size and the limit', () => {
    expect(sizeProblem(20_000_000)).toBeNull()
    expect(sizeProblem(21_345_678)).toEqual({
      path: '',
      message: 'the file is 21.3 MB (21,345,678 bytes); a project file may be at most 20 MB (20,000,000 bytes)',
    })
    // Given 7 characters of 3 bytes: 21 bytes, over a limit of 20
    expect(textSizeProblem('中'.repeat(7), 20)?.message).toBe('the file is 0 MB (21 bytes); a project file may be at most 0 MB (20 bytes)')
    expect(textSizeProblem('中'.repeat(6), 20)).toBeNull()
    expect(textSizeProblem('a'.repeat(20), 20)).toBeNull()
  })

  it('refuses 20 MB and more of text before parsing it', () => {
    const text = `{"notes": "${'x'.repeat(20_000_000)}"}`
    const r = readJson(text)
    expect(r).toEqual({ ok: false, problem: { path: '', message: 'the file is 20 MB (20,000,013 bytes); a project file may be at most 20 MB (20,000,000 bytes)' } })
  })
})

describe('the nesting limit, on text', () => {
  // root object (1) > meta (2) > x, then lists: 62 of them nest 64 levels in all
  const withLists = (lists: number) => `{"meta": {"x": ${'['.repeat(lists)}${']'.repeat(lists)}}}`

  it('accepts 64 levels and refuses 65, naming where', () => {
    expect(textNestingProblem(withLists(62))).toBeNull()
    expect(textNestingProblem(withLists(63))).toEqual({
      path: 'meta.x[0][0][0]',
      message: 'holds values nested more than 64 levels deep (line 1, column 78); a project file nests at most 64 levels',
    })
    expect(MAX_NESTING).toBe(64)
  })

  it('refuses 20,000 levels at once, without recursion', () => {
    const text = `{\n  "schemaVersion": 1,\n  "scenarios": [{}, {"overrides": {"x": ${nested(20_000)}}}]\n}`
    expect(textNestingProblem(text)).toEqual({
      path: 'scenarios[1].overrides.x.a',
      message: 'holds values nested more than 64 levels deep (line 3, column 341); a project file nests at most 64 levels',
    })
    // and much deeper still
    expect(textNestingProblem(nested(5_000_000))?.path).toBe('a.a.a.a.a')
  })

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(textNestingProblem(`{"a": "${'['.repeat(100)}", "b\\"{": "\\\\", "c": "\\"[[["}`)).toBeNull()
    expect(textNestingProblem(`{"k\\"[ey": ${'['.repeat(70)}`)?.path).toBe('["k\\"[ey"][0][0][0][0]')
  })

  it('names list positions and keys that are not plain names', () => {
    expect(textNestingProblem(`{"lines": [1, {"x": 2}, {"two words": ${'['.repeat(70)}`, 4)).toEqual({
      path: 'lines[2]["two words"][0]',
      message: 'is nested more than 4 levels deep (line 1, column 40); a project file nests at most 4 levels',
    })
  })

  it('takes a custom limit', () => {
    expect(textNestingProblem('[[[]]]', 3)).toBeNull()
    expect(textNestingProblem('[[[[]]]]', 3)?.path).toBe('[0][0][0]')
  })
})

describe('the nesting limit, on values', () => {
  it('accepts 64 levels and refuses 65, naming where', () => {
    const at = (depth: number) => JSON.parse(`{"meta": {"x": ${'['.repeat(depth - 2)}${']'.repeat(depth - 2)}}}`) as unknown
    expect(valueNestingProblem(at(64))).toBeNull()
    expect(valueNestingProblem(at(65))).toEqual({
      path: 'meta.x[0][0][0]',
      message: 'holds values nested more than 64 levels deep; a project file nests at most 64 levels',
    })
  })

  it('refuses a value 20,000 levels deep, and a cycle', () => {
    expect(valueNestingProblem(JSON.parse(nested(20_000)))?.path).toBe('a.a.a.a.a')
    const loop: Record<string, unknown> = { name: 'loop' }
    loop.self = [loop]
    expect(valueNestingProblem(loop)?.path).toBe('self[0].self[0].self')
  })

  it('is how parseProject starts, so the app never walks such a value recursively', () => {
    const doc = fixtureJson()
    ;(doc.meta as Record<string, unknown>).x = JSON.parse(nested(20_000))
    const r = parseProject(doc)
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'meta.x.a.a.a: holds values nested more than 64 levels deep; a project file nests at most 64 levels',
    ])
  })
})

describe('JSON syntax errors: where and why', () => {
  it.each([
    ['', 1, 1, 'expected a value, found the end of the text'],
    ['{"a": 1,}', 1, 9, 'expected a property name in double quotes, found "}"'],
    ['[1, 2,]', 1, 7, 'expected a value, found "]"'],
    ['{"a" 1}', 1, 6, 'expected ":" after a property name, found "1"'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "," or "}", found "\\""'],
    ['[1 2]', 1, 4, 'expected "," or "]", found "2"'],
    ['{\n  "a": tru\n}', 2, 8, 'expected a value, found "t"'],
    ['{"a": 01}', 1, 7, 'a malformed number, found "0"'],
    ['{"a": 1.}', 1, 7, 'a malformed number, found "1"'],
    ['{"a": -}', 1, 7, 'a malformed number, found "-"'],
    ['{"a": NaN}', 1, 7, 'expected a value, found "N"'],
    ['{"a": "x\ty"}', 1, 9, 'a control character in a string (write it as \\n, \\t or \\u00XX)'],
    ['{"a": "\\x"}', 1, 8, 'a backslash in a string must start an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX'],
    ['{"a": "\\u12G4"}', 1, 8, 'a \\u escape needs four hexadecimal digits'],
    ['{"a": "never', 1, 7, 'a string that starts here never ends'],
    ['{"a": 1} x', 1, 10, 'unexpected text after the end of the JSON value, found "x"'],
    ['{"a": 1', 1, 8, 'expected "," or "}", found the end of the text'],
    ['\uFEFF{}', 1, 1, 'expected a value, found "\uFEFF"'],
  ])('%j', (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow()
    const error = jsonSyntaxError(text)
    expect(error && { ...lineColumn(text, error.at), reason: error.reason }).toEqual({ line, column, reason })
  })

  it('finds nothing in valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"], "b": {}} ', '0', '"x"'])
      expect(jsonSyntaxError(text)).toBeNull()
  })

  it('are what readJson reports', () => {
    expect(readJson('{\n  "schemaVersion": 1,\n  "meta": {,\n}')).toEqual({
      ok: false, problem: { path: '', message: 'not valid JSON at line 3, column 12: expected a property name in double quotes, found ","' },
    })
  })
})
