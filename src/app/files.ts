/**
 * Project files: the name a project is saved under, writing a download, reading a picked or
 * dropped file. Reading is refused past a size no budget reaches, before anything is parsed.
 */
import type { Project } from '@/engine/types'

/** Larger files are refused before they are read: a 10,000-line budget is about 3 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

/** "Rebirth of the Heiress.json": the title without characters file systems refuse. */
export function projectFileName(title: string, extension = 'json'): string {
  const clean = title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120)
  return `${clean || 'project'}.${extension}`
}

/** The project file's text: MODEL.md's format, unknown fields kept, indented for people. */
export function projectFileText(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`
}

/** Starts a download of `data` named `name`. */
export function download(name: string, data: BlobPart, type: string): void {
  const a = document.createElement('a')
  a.href = URL.createObjectURL(new Blob([data], { type }))
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Some browsers start the download after this handler returns: free the URL a little later.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000)
}

/** A picked or dropped file's text, or why it cannot be read. */
export async function readFileText(file: Blob, maxBytes = MAX_FILE_BYTES): Promise<{ ok: true, text: string } | { ok: false, size: number }> {
  if (file.size > maxBytes) return { ok: false, size: file.size }
  return { ok: true, text: await file.text() }
}
