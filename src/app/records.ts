/**
 * The library's stored records, checked as files are before anything uses them. A record is data
 * another version of the app, an extension or a broken disk may have written: a summary with
 * `updatedAt: null` once made the project list throw, and with it the whole page. A record that
 * fails here is listed under "Unreadable copies" (its project text can be downloaded), and the
 * app starts with the others.
 */
import type { KeptCopy, ProjectSummary } from './library'

const isDate = (x: unknown) => typeof x === 'string' && x !== '' && !Number.isNaN(Date.parse(x))
const got = (x: unknown) => {
  try {
    const s = JSON.stringify(x)
    return s === undefined ? String(x) : s.length > 40 ? `${s.slice(0, 39)}…` : s
  }
  catch {
    return typeof x
  }
}

type Rule = [field: string, ok: (x: unknown) => boolean, what: string]

const text = (x: unknown) => typeof x === 'string'
const whole = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0
const SUMMARY_RULES: Rule[] = [
  ['id', x => typeof x === 'string' && x !== '', 'must be a non-empty id'],
  ['title', text, 'must be text'],
  ['titles', x => x === undefined || (typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every(text)), 'must be an object of language → text'],
  ['currency', text, 'must be text'],
  ['total', x => typeof x === 'number' && Number.isSafeInteger(x), 'must be a whole number of minor units'],
  ['digits', x => whole(x) && (x as number) <= 4, 'must be a whole number from 0 to 4'],
  ['scenarioCount', whole, 'must be a whole number ≥ 0'],
  ['lineCount', whole, 'must be a whole number ≥ 0'],
  ['createdAt', isDate, 'must be a date (ISO 8601 text)'],
  ['updatedAt', isDate, 'must be a date (ISO 8601 text)'],
  ['deletedAt', x => x === null || isDate(x), 'must be null or a date (ISO 8601 text)'],
  ['rev', x => whole(x) && (x as number) >= 1, 'must be a whole number ≥ 1'],
]

/** What is wrong with a stored project summary, as `field: message, got …`; empty when it is sound. */
export function summaryProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`the record must be an object, got ${got(value)}`]
  const record = value as Record<string, unknown>
  return SUMMARY_RULES.filter(([field, ok]) => !ok(record[field])).map(([field, , what]) => `${field}: ${what}, got ${got(record[field])}`)
}

/** A stored summary checked, or the reasons it cannot be used. */
export function checkSummary(value: unknown): { ok: true, summary: ProjectSummary } | { ok: false, problems: string[] } {
  const problems = summaryProblems(value)
  return problems.length === 0 ? { ok: true, summary: value as ProjectSummary } : { ok: false, problems }
}

/**
 * An unreadable copy as stored, made safe to list: text fields that are not text become empty
 * text, a date that is not one becomes '' (shown as "—"). Null when it is not an object at all.
 */
export function checkKept(value: unknown): KeptCopy | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const v = value as Record<string, unknown>
  if (typeof v.key !== 'string') return null
  return {
    key: v.key,
    savedAt: isDate(v.savedAt) ? (v.savedAt as string) : '',
    text: typeof v.text === 'string' ? v.text : got(v.text),
    problems: Array.isArray(v.problems) ? v.problems.map(p => (typeof p === 'string' ? p : got(p))) : [],
  }
}

/** Newest first, by a date text that may be empty. */
export function byDateDesc<T>(date: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => date(b).localeCompare(date(a))
}
