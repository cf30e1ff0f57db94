/**
 * The engine's problem messages in Chinese, for the Chinese UI (src/app/problemText.ts): read from
 * real refusals of a broken file, not from copies of the messages.
 */
import { describe, expect, it } from 'vitest'
import { listOf } from '@/app/labels'
import { problemMessage } from '@/app/problemText'
import { parseProjectText } from '@/engine/validate'
import { fixtureJson } from '../support/builders'

/* eslint-disable @typescript-eslint/no-explicit-any -- a raw, broken project file */

function problemsOf(doc: unknown) {
  const parsed = parseProjectText(JSON.stringify(doc))
  if (parsed.ok) throw new Error('the file was accepted')
  return parsed.problems
}

describe('problemMessage', () => {
  it('says what the engine refuses in Chinese, path unchanged', () => {
    const doc = fixtureJson() as any
    doc.lines[0].count = 1.5
    doc.lines[1].rate = -1
    doc.lines[2].section = 'nowhere'
    doc.markups[0].percent = 120
    doc.meta.currency = 'yuan'
    const problems = problemsOf(doc)
    const zh = Object.fromEntries(problems.map(p => [p.path, problemMessage(p.message, 'zh-CN')]))
    expect(zh['lines[0].count']).toBe('必须是 ≥ 0 的整数')
    expect(zh['lines[1].rate']).toBe('必须是 ≥ 0 的数')
    expect(zh['lines[2].section']).toBe('没有 id 为 "nowhere" 的科目')
    expect(zh['markups[0].percent']).toBe('必须是 0 到 100 之间的百分比')
    expect(zh['meta.currency']).toBe('"yuan" 不是 ISO 4217 货币代码（如 CNY、USD）')
    // No English word of a message is left.
    for (const [path, text] of Object.entries(zh)) expect(text, path).not.toMatch(/\b(must|with id|is not)\b/)
  })

  it('translates a loop and an out-of-order range; keeps English in English, and an unknown message as it is', () => {
    const doc = fixtureJson() as any
    doc.phases[0].after = ['post']
    doc.levers[0].reduction = { low: 50, likely: 20, high: 60 }
    const zh = problemsOf(doc).map(p => problemMessage(p.message, 'zh-CN'))
    expect(zh.some(m => m.startsWith('阶段之间循环等待：'))).toBe(true)
    expect(zh).toContain('需满足 低 ≤ 可能 ≤ 高（实为 50 / 20 / 60）')
    expect(problemMessage('must be a whole number ≥ 0', 'en')).toBe('must be a whole number ≥ 0')
    expect(problemMessage('something new', 'zh-CN')).toBe('something new')
  })
})

describe('listOf', () => {
  it('joins a list as each language does: English never shows "、"', () => {
    expect(listOf(['Crew', 'Cast', 'Post'], 'en')).toBe('Crew, Cast, and Post')
    expect(listOf(['Crew', 'Cast'], 'en')).toBe('Crew and Cast')
    expect(listOf(['摄制组', '演员', '后期'], 'zh-CN')).toBe('摄制组、演员和后期')
  })
})
