/**
 * The lines of a screenplay in Fountain (and the heading and cue text of a Final Draft file):
 * scene headings, episode sections, character cues, transitions and notes. Each reader takes one
 * NFKC-normalised, trimmed line.
 */
import type { SceneSetting } from '../engine/types'
import { EN_SAME_TIME, EN_TIME, ZH_SETTING, ZH_TIME } from './words'
import type { HeadingFields } from './zh'

const PREFIX = /^(int\.?\s*\/\s*ext|ext\.?\s*\/\s*int|i\s*\/\s*e|int|ext|est)(\.\s*|\s+)(.*)$/i
const ZH_PREFIX = /^(内\/外景?|内外景?|内景|外景)(\.\s*|\s+)(.*)$/

function settingOf(prefix: string): SceneSetting {
  const p = prefix.toLowerCase().replace(/[\s.]/g, '')
  if (p.includes('/')) return 'int-ext'
  return p.startsWith('int') ? 'int' : 'ext'
}

/**
 * `INT. COFFEE SHOP - DAY #12#`, `EXT./INT. CAR - NIGHT`, `I/E …`, `EST. …`, and a forced
 * `.HEADING`; null when the line is not a heading. The time is the part after the last " - ".
 */
export function enHeading(line: string, forcedAllowed = true): HeadingFields | null {
  let text = line
  let forced = false
  if (forcedAllowed && /^\.[^.\s]/.test(text)) {
    text = text.slice(1)
    forced = true
  }
  let scene: string | null = null
  const num = text.endsWith('#') ? /#([\w.-]+)#$/.exec(text) : null
  if (num) {
    scene = num[1]!
    text = text.slice(0, num.index).trimEnd()
  }
  let setting: SceneSetting | null = null
  let m = PREFIX.exec(text) ?? ZH_PREFIX.exec(text)
  // "int " without a dot must be written in capitals: "Int and ext walls…" is not a heading
  if (m && !m[2]!.includes('.') && m[1] !== m[1]!.toUpperCase()) m = null
  if (m) {
    setting = ZH_SETTING.get(m[1]!.replace('景', '')) ?? settingOf(m[1]!)
    text = m[3]!
  }
  else if (!forced) return null
  const fields: HeadingFields = { episode: null, scene, time: null, setting, location: text.trim(), cast: [] }
  const dash = /\s+[-–—]+\s+(?!.*\s[-–—]+\s)(.*)$/.exec(text)
  if (dash) {
    const part = dash[1]!.trim().toUpperCase().replace(/\s*\(.*\)$/, '')
    const time = EN_TIME.get(part) ?? ZH_TIME.get(part) ?? EN_TIME.get(part.split(/\s+/)[0]!)
    if (time || EN_SAME_TIME.has(part)) {
      fields.time = time ?? null
      fields.sameTime = !time
      fields.location = text.slice(0, dash.index).trim()
    }
  }
  return fields
}

/** `# Episode 2`, `EPISODE 2: The Offer`, `Ep. 3` → the episode and its title; null otherwise. */
export function enEpisode(line: string): { episode: number, title: string } | null {
  if (line.length > 80) return null
  const m = /^#*\s*(?:episode|ep\.?)\s*(\d+)\s*(?:[:.\-–—]\s*(.*))?$/i.exec(line)
  if (!m) return null
  const episode = Number(m[1])
  return episode >= 1 ? { episode, title: (m[2] ?? '').trim() } : null
}

/** A character cue's name: extensions (V.O.), (O.S.), (CONT'D) and a dual-dialogue ^ removed. */
export function cueName(line: string): string {
  return line.replace(/^@/, '').replace(/\s*\^$/, '').replace(/\s*\([^)]*\)/g, '').trim()
}

/** A character cue: `MAYA`, `MAYA (V.O.)`, `@McCLANE`; null when the line is not one. */
export function enCue(line: string): string | null {
  if (line.startsWith('@')) return cueName(line) || null
  if (line.length > 50 || line.startsWith('!')) return null
  const name = cueName(line)
  if (!/^[^a-z]*[A-Z][^a-z]*$/.test(name) || /[.:!?]$/.test(name) || /TO:$/.test(line)) return null
  return name
}

/** Fountain notes: sections, synopses, page breaks, transitions, centred text, [[notes]]. */
export function enNote(line: string): boolean {
  if (/^#/.test(line) || /^=/.test(line)) return true
  if (/^\[\[.*\]\]$/.test(line)) return true
  if (/^>/.test(line)) return true
  if (/^[A-Z\s.'’]+TO:$/.test(line)) return true
  return /^(FADE (IN|OUT|TO BLACK)|CUT TO BLACK|THE END|END OF EPISODE|SMASH CUT|TITLE CARD|SUPER)\b.*[:.]?$/.test(line)
}

/** A title page key (Title:, Credit:, Author:, Draft date:, Contact:…) at the top of a Fountain file. */
export function titleKey(line: string): string | null {
  const m = /^(title|credit|authors?|source|draft date|date|contact|copyright|notes|revision|written by)\s*:\s*(.*)$/i.exec(line)
  return m ? m[2]!.trim() : null
}
