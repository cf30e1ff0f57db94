/**
 * Opening a script (issue 15): read it into a breakdown and show the preview. Loaded on demand.
 * Returns true when the file was taken (a preview is shown), false when it was refused (and said why).
 *
 * Reading runs on the main thread: a generated 300,000-character, 800-scene script reads in well
 * under a second in Chromium (tests/browser/script-timing.ts), so a worker would only add latency.
 */
import { showScript } from '@/components/script/scriptPreview'
import { MAX_SCRIPT_BYTES, readScriptBytes } from '@/script'
import { useLibraryStore } from '@/stores/library'
import { useProjectStore } from '@/stores/project'

export async function openScript(file: File): Promise<boolean> {
  const library = useLibraryStore()
  const refuse = (code: string) => {
    library.notify({ kind: 'error', key: `script.refused.${code}`, params: { name: file.name } })
    return false
  }
  if (file.size > MAX_SCRIPT_BYTES) return refuse('tooLarge')
  const bytes = new Uint8Array(await file.arrayBuffer())
  const minutesPerEpisode = useProjectStore().project.meta.minutesPerEpisode
  const read = readScriptBytes(bytes, file.name, { minutes: { mode: 'share', minutesPerEpisode } })
  if (read.refused) return refuse(read.refused.code)
  showScript({ name: file.name, read })
  return true
}

/** Opens the preview on an empty text field, to paste a script into. */
export function pasteScript(): void {
  showScript({ name: '', read: null, text: '' })
}
