/**
 * A new project never takes the title of one already in the library: "Rebirth of the Heiress"
 * becomes "Rebirth of the Heiress (2)", then "(3)"…, the same number on the title and on each of
 * its translations. Pure: no Vue, no storage.
 */
import type { Project } from '@/engine/types'

/** What the library knows of a project's title: the title and its translations by language. */
export interface KnownTitle { title: string, titles?: Record<string, string> }

/** The title's translations carried by the project (`meta.l10n[lang].title`). */
function translations(p: Project): Record<string, string> {
  const l10n = (p.meta as { l10n?: Record<string, Record<string, unknown>> }).l10n ?? {}
  const out: Record<string, string> = {}
  for (const [lang, texts] of Object.entries(l10n)) if (typeof texts.title === 'string' && texts.title !== '') out[lang] = texts.title
  return out
}

/** `p`, or a copy whose title (and translations) end in " (n)", with n the first number free. */
export function withDistinctTitle(p: Project, known: readonly KnownTitle[]): Project {
  const taken = new Set(known.flatMap(k => [k.title, ...Object.values(k.titles ?? {})]))
  const own = translations(p)
  const titles = [p.meta.title, ...Object.values(own)]
  if (!titles.some(t => taken.has(t))) return p
  let n = 2
  while (titles.some(t => taken.has(`${t} (${n})`))) n++
  const l10n = (p.meta as { l10n?: Record<string, Record<string, unknown>> }).l10n
  const meta = {
    ...p.meta,
    title: `${p.meta.title} (${n})`,
    ...(l10n
      ? { l10n: Object.fromEntries(Object.entries(l10n).map(([lang, texts]) => [lang, lang in own ? { ...texts, title: `${own[lang]} (${n})` } : texts])) }
      : {}),
  }
  return { ...p, meta }
}
