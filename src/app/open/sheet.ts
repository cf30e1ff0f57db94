/**
 * Opening a spreadsheet budget (issue 17): read it and show the import preview. Loaded on demand,
 * with the importer (and exceljs, for an XLSX, loaded by the reader only then).
 * Returns true when the file was taken (a preview is shown), false when it was refused (and said why).
 */
import { createApp } from 'vue'
import { getActivePinia } from 'pinia'
import SheetImportDialog from '@/components/import/SheetImportDialog.vue'
import { errorCause } from '@/app/errorCause'
import type { ErrorCause } from '@/app/errorCause'
import { createAppI18n } from '@/i18n'
import sheetImportArea from '@/i18n/areas/sheetImport'
import { loadArea } from '@/i18n/lazy'
import { importWorkbook } from '@/import'
import { readWorkbook } from '@/import/read'
import { useLibraryStore } from '@/stores/library'
import { useUiStore } from '@/stores/ui'

export async function openSheet(file: File): Promise<boolean> {
  // Its notices show in the app's own messages too.
  await loadArea('sheetImport')
  const library = useLibraryStore()
  const refuse = (reason: string, params: Record<string, string> = {}, cause?: ErrorCause) => {
    library.notify({ kind: 'error', key: `sheetImport.reason.${reason}`, params: { name: file.name, sheet: '', ...params }, cause })
    return false
  }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const read = await readWorkbook(file.name, bytes)
  if (!read.ok) return refuse(read.reason, {}, errorCause(read.detail ?? ''))
  const first = importWorkbook(read.book, { title: file.name.replace(/\.[^.]+$/, '') })
  if (!first.ok) return refuse(first.reason, { sheet: first.sheet ?? '' })

  // The preview is its own small Vue app on the page, sharing the store and the language.
  const ui = useUiStore()
  const host = document.createElement('div')
  document.body.append(host)
  const app = createApp(SheetImportDialog, {
    name: file.name,
    book: read.book,
    first,
    onDone: () => {
      // After the close has been painted: unmounting inside the click would cut the handler short.
      setTimeout(() => { app.unmount(); host.remove() })
    },
  })
  app.use(getActivePinia()!)
  app.use(createAppI18n(ui.locale, [sheetImportArea]))
  app.mount(host)
  return true
}
