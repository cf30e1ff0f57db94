// @vitest-environment jsdom
/**
 * Saved file names in the language shown: File → Save as file names the project by the title the
 * user reads (a preset's Chinese title in the Chinese UI).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { defaultPreset } from '@/app/defaultPreset'
import { useLibraryStore } from '@/stores/library'
import { useProjectStore } from '@/stores/project'
import { useUiStore } from '@/stores/ui'

afterEach(() => vi.restoreAllMocks())

/** The name of the file a save downloads. */
function savedName(): string {
  let name = ''
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x')
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { name = this.download })
  useLibraryStore().saveFile()
  return name
}

describe('File → Save as file', () => {
  it.each([['en', 'Low-cost micro-drama (China).json'], ['zh-CN', '低成本微短剧（国内）.json']] as const)('names the file by the title shown (%s)', (locale, name) => {
    setActivePinia(createPinia())
    useProjectStore().open(structuredClone(defaultPreset()), { id: null })
    useUiStore().locale = locale
    expect(savedName()).toBe(name)
  })
})
