/**
 * On start, the changes an earlier page wrote on its way out (see app/pending.ts) go into the
 * library: saved over the revision they were made from when it is still the stored one; kept as
 * a copy ("… (kept from another tab)") when another tab saved in between; nothing when the library
 * already has them. A change that cannot be read is left where it is.
 */
import type { Library } from '@/app/library'
import { clearPending, readPendings } from '@/app/pending'
import { setText } from '@/app/labels'
import { readProject } from '@/app/readProject'
import { legacyStates } from '@/app/storage'
import type { Project } from '@/engine/types'
import { summaryFigures } from './project'

/** The project under another title (in the language its title is shown in). */
export function withTitle(p: Project, title: string): Project {
  const meta = { ...p.meta, ...(p.meta.l10n ? { l10n: structuredClone(p.meta.l10n) } : {}) }
  setText(meta, 'title', title)
  return { ...p, meta }
}

/** Puts every pending change into the library; returns how many were saved or kept (a copy titled by `conflictTitle`). */
export async function recoverPendings(lib: Library, storage: Storage | null, conflictTitle: (p: Project) => string): Promise<number> {
  let n = 0
  for (const pending of readPendings(storage)) {
    const read = readProject(pending.text)
    if (!read.ok) continue
    const project = read.project
    try {
      const stored = await lib.read(pending.id)
      if (stored && stored.text === pending.text) {
        // already saved before the page went away
      }
      else if (stored && stored.summary.rev === pending.baseRev) {
        const saved = await lib.save(pending.id, project, summaryFigures(project), pending.baseRev, new Date(pending.savedAt))
        if (!saved.ok) continue
        n++
      }
      else {
        const copy = withTitle(project, conflictTitle(project))
        await lib.create(copy, summaryFigures(copy), new Date(pending.savedAt))
        n++
      }
    }
    catch {
      continue // the library refused: the change stays in localStorage for the next start
    }
    clearPending(storage, pending.id)
  }
  return n
}

/**
 * Moves what older versions saved in localStorage into the library: each project that reads as a
 * file does, the others as unreadable copies. Returns the id of the first project moved.
 */
export async function migrateLegacy(lib: Library, storage: Storage): Promise<string | null> {
  let opened: string | null = null
  for (const state of legacyStates(storage)) {
    try {
      if (state.kind === 'project') {
        const s = await lib.create(state.project, summaryFigures(state.project), new Date(state.savedAt || Date.now()))
        opened ??= s.id
      }
      else await lib.addKept({ key: state.key, savedAt: state.savedAt, text: state.text, problems: state.problems })
    }
    catch {
      continue // the library refused it: it stays in localStorage, to try again next time
    }
    storage.removeItem(state.key)
  }
  return opened
}
