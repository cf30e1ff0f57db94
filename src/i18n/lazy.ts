/**
 * Message areas that load with the views using them, not with the first page: the shoot plan's
 * (Schedule view, the lever cards' scene hours, the printed report) and the spreadsheet import's.
 * `loadArea` fetches one once and merges both languages into the app's messages.
 */
import type { AreaMessages } from './areas/define'

export const LAZY_AREAS = {
  shoot: () => import('./areas/shoot'),
  sheetImport: () => import('./areas/sheetImport'),
} satisfies Record<string, () => Promise<{ default: AreaMessages }>>

export type LazyArea = keyof typeof LAZY_AREAS

/** Where loaded areas go: the app's i18n (set once by main.ts). */
interface MessageTarget {
  mergeLocaleMessage: (locale: string, messages: Record<string, unknown>) => void
}
let target: MessageTarget | null = null
const loading = new Map<LazyArea, Promise<void>>()

export function setLazyMessageTarget(t: MessageTarget): void {
  target = t
}

/** Adds an area's messages in both languages (once); resolves when they are in. */
export function loadArea(name: LazyArea): Promise<void> {
  let done = loading.get(name)
  if (!done) {
    done = LAZY_AREAS[name]().then(({ default: m }) => {
      target?.mergeLocaleMessage('en', m.en as Record<string, unknown>)
      target?.mergeLocaleMessage('zh-CN', m.zh as Record<string, unknown>)
    })
    loading.set(name, done)
  }
  return done
}
