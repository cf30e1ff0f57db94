/**
 * One way in for every file the user picks, drops or pastes: a project file opens as a new
 * project, a script and a spreadsheet budget open their previews (their code loads on demand).
 * Several files given together are each opened by their kind; one notice then says which were
 * opened and, for each of the others, why not.
 */
import { useI18n } from 'vue-i18n'
import { formatNumber } from '@/app/format'
import { fileKind } from '@/app/open/kind'
import type { FileKind } from '@/app/open/kind'
import { formatProblem } from '@/engine/validate'
import type { Problem } from '@/engine/types'
import { useLibraryStore } from '@/stores/library'

export function useFileOpener() {
  const library = useLibraryStore()
  const { t, locale } = useI18n()

  async function kindOf(file: File): Promise<FileKind | null> {
    const head = new Uint8Array(await file.slice(0, 64).arrayBuffer())
    return fileKind(file.name, head)
  }

  /** Opens one file by its kind; true when it was opened or its preview shown. */
  async function openOne(file: File): Promise<boolean> {
    switch (await kindOf(file)) {
      case 'script': return (await import('@/app/open/script')).openScript(file)
      case 'sheet': return (await import('@/app/open/sheet')).openSheet(file)
      default: return (await library.openFile(file)).ok
    }
  }

  /**
   * Opens the files given together: one alone as `openOne`; several, each project file as its own
   * project and the first script or spreadsheet in its preview, then one notice for all. True
   * when at least one was opened.
   */
  async function open(files: readonly File[]): Promise<boolean> {
    if (files.length <= 1) return files[0] ? openOne(files[0]) : false
    const opened: string[] = []
    const notOpened: Problem[] = []
    let previewShown = false
    for (const file of files) {
      const kind = await kindOf(file)
      if (kind === 'script' || kind === 'sheet') {
        if (previewShown) { notOpened.push({ path: file.name, message: t('robust.previewOne') }); continue }
        previewShown = true
        if (await openOne(file)) opened.push(file.name)
        else notOpened.push({ path: file.name, message: t('robust.notTaken') })
        continue
      }
      if (kind === null) { notOpened.push({ path: file.name, message: t('robust.notProject') }); continue }
      const outcome = await library.openFile(file, { quiet: true })
      if (outcome.ok) opened.push(file.name)
      else if ('tooBig' in outcome) notOpened.push({ path: file.name, message: t('robust.tooBig', { size: formatNumber(outcome.tooBig / 1024 / 1024, locale.value, 1) }) })
      else if (outcome.failure === 'cancelled') notOpened.push({ path: file.name, message: t('robust.cancelled', { name: file.name }) })
      else {
        const n = outcome.problems.length
        const first = outcome.problems[0]
        const said = first ? formatProblem({ ...first, message: (await import('@/app/problemText')).problemMessage(first.message, locale.value) }) : ''
        notOpened.push({ path: file.name, message: t('robust.problems', { n: formatNumber(n, locale.value), first: said }, n) })
      }
    }
    if (notOpened.length === 0)
      library.notify({ kind: 'info', key: 'robust.filesAllOpened', params: { total: files.length }, lists: { names: opened } })
    else
      library.notify({ kind: 'error', key: 'robust.filesSummary', params: { opened: opened.length, total: files.length, n: opened.length }, problems: notOpened })
    return opened.length > 0
  }

  return { open, openOne }
}
