/**
 * The script preview being shown (one at a time): a file read into a breakdown, or pasted text
 * waiting to be read. Set by src/app/open/script.ts and the File menu; shown by ScriptDialog.vue.
 */
import { shallowRef } from 'vue'
import type { ScriptRead } from '@/script'

export interface ScriptPreview {
  /** The file's name, or '' for pasted text. */
  name: string
  /** The breakdown read; null while pasted text waits to be read. */
  read: ScriptRead | null
  /** The pasted text, kept to edit it again. */
  text?: string
}

export const scriptPreview = shallowRef<ScriptPreview | null>(null)

export function showScript(preview: ScriptPreview): void {
  scriptPreview.value = preview
}

export function closeScript(): void {
  scriptPreview.value = null
}
