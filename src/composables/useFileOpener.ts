/**
 * One way in for every file the user picks, drops or pastes: a project file opens as a new
 * project, a script and a spreadsheet budget open their previews (their code loads on demand).
 */
import { fileKind } from '@/app/open/kind'
import { useLibraryStore } from '@/stores/library'

export function useFileOpener() {
  const library = useLibraryStore()

  /** Opens one file by its kind; true when it was opened or its preview shown. */
  async function openOne(file: File): Promise<boolean> {
    const head = new Uint8Array(await file.slice(0, 64).arrayBuffer())
    switch (fileKind(file.name, head)) {
      case 'script': return (await import('@/app/open/script')).openScript(file)
      case 'sheet': return (await import('@/app/open/sheet')).openSheet(file)
      default: return library.openFile(file)
    }
  }

  /** Opens the files given together; true when the first was opened. */
  async function open(files: readonly File[]): Promise<boolean> {
    const first = files[0]
    return first ? openOne(first) : false
  }

  return { open, openOne }
}
