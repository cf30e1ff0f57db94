/**
 * The printed report's pages as a test reads them back from the PDF: a preset widened to any
 * number of scenarios (`withScenarios`), the text lines of each page from `pdftotext -bbox-layout`
 * (`pdfPageLines`, each with its place on the page), and what a page ends with (`lastLines`,
 * `endsWithLeadIn`): a page must not end on a heading, its note or a table's head row, with what
 * they introduce on the next page.
 */
import { execFileSync } from 'node:child_process'
import type { Project, Scenario } from '../../src/engine/types'

/** Names of the added scenarios: "Variant 4" / "方案 4". */
const variantName = (k: number) => ({ name: `Variant ${k}`, l10n: { 'zh-CN': { name: `方案 ${k}` } } })

/**
 * `project` with exactly `n` scenarios: its own first ones, then variants adopting its levers at
 * other rates (each a different mix, so every column of the comparison differs).
 */
export function withScenarios(project: Project, n: number): Project {
  const levers = (project.levers ?? []).map(l => l.id)
  const added: Scenario[] = Array.from({ length: Math.max(0, n - project.scenarios.length) }, (_, i) => {
    const k = project.scenarios.length + i + 1
    return {
      id: `variant-${k}`,
      ...variantName(k),
      adoption: Object.fromEntries(levers.map((id, j) => [id, (k * 13 + j * 29) % 101])),
    }
  })
  return { ...project, scenarios: [...project.scenarios.slice(0, n), ...added] }
}

/** A line of text on a PDF page; y grows downwards, in points. */
export interface PageLine {
  text: string
  yMin: number
  yMax: number
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': '\'', '&#39;': '\'' }
const unescape = (s: string) => s.replace(/&(?:amp|lt|gt|quot|apos|#39);/g, e => ENTITIES[e]!)

/** The lines of each page of `pdftotext -bbox-layout` output (XHTML), top to bottom. */
export function parseBboxLayout(xhtml: string): PageLine[][] {
  return xhtml.split(/<page\b/).slice(1).map(page => [...page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)]
    .map(([, yMin, yMax, words]) => ({
      yMin: Number(yMin),
      yMax: Number(yMax),
      text: [...words!.matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map(w => unescape(w[1]!)).join(' '),
    }))
    .sort((a, b) => a.yMin - b.yMin))
}

/** Each page's lines, read from the PDF at `path`. */
export function pdfPageLines(path: string): PageLine[][] {
  return parseBboxLayout(execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }))
}

/**
 * The last lines of a page's content, bottom up, as one text each: lines sharing a baseline band
 * (the cells of one table row) are joined; lines whose text is `skip` (the page number) are left out.
 */
export function lastLines(lines: readonly PageLine[], skip: (text: string) => boolean, count = 1): string[] {
  const rows: PageLine[] = []
  for (const line of lines.filter(l => !skip(l.text.trim()))) {
    const last = rows.at(-1)
    // Same row: their boxes overlap vertically by more than half the shorter one.
    if (last && Math.min(last.yMax, line.yMax) - Math.max(last.yMin, line.yMin) > 0.5 * Math.min(last.yMax - last.yMin, line.yMax - line.yMin))
      rows[rows.length - 1] = { text: `${last.text} ${line.text}`, yMin: Math.min(last.yMin, line.yMin), yMax: Math.max(last.yMax, line.yMax) }
    else rows.push(line)
  }
  return rows.slice(-count).reverse().map(r => r.text.trim())
}

/** Texts that only introduce what follows them. */
export interface LeadIns {
  /**
   * Headings and notes: a row starting with one, or a part of one (a wrapped note's next line), is a
   * lead-in; a pattern (a message with placeholders) is tested on the row with its spaces taken out.
   */
  starts: readonly (string | RegExp)[]
  /** Rows that are a lead-in only when they are the whole row (a section's own row in a table). */
  whole: readonly string[]
}

/** A text without its spaces (pdftotext spaces Chinese and figures its own way). */
export const compact = (s: string) => s.replace(/\s+/g, '')

/** The lead-in `row` is (see `endsWithLeadIn`), or null. */
export function leadInOf(row: string, leadIns: LeadIns): string | null {
  const text = compact(row)
  const found = leadIns.starts.find(l => typeof l === 'string'
    ? text.startsWith(compact(l)) || (text.length >= 8 && compact(l).includes(text))
    : l.test(text))
  return found === undefined ? leadIns.whole.find(l => text === compact(l)) ?? null : String(found)
}

/**
 * The lead-in a page ends with, if any: the text of `leadIns` that the page's last row (the page
 * number left out by `skip`) starts with, is a part of (eight characters or more), matches or is;
 * null when the page ends on content.
 */
export function endsWithLeadIn(lines: readonly PageLine[], leadIns: LeadIns, skip: (text: string) => boolean): string | null {
  const [last] = lastLines(lines, skip)
  return last === undefined ? null : leadInOf(last, leadIns)
}
