import { createI18n } from 'vue-i18n'
import en from './en'
import zh from './zh-CN'
import type { AreaMessages } from './areas/define'

export const LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof LOCALES)[number]
export const LANG_KEY = 'shortdrama-budget.lang'

/** The browser's language when we have it, else the project's, else English. */
export function pickLocale(saved: string | null, browser: readonly string[], projectLocale?: string): AppLocale {
  const match = (tag: string | null | undefined): AppLocale | null => {
    if (!tag) return null
    const lower = tag.toLowerCase()
    if (lower.startsWith('zh')) return 'zh-CN'
    if (lower.startsWith('en')) return 'en'
    return null
  }
  return match(saved) ?? browser.map(match).find(x => x !== null) ?? match(projectLocale) ?? 'en'
}

/**
 * The app's i18n. `areas` adds message areas that the app otherwise loads with their views
 * (src/i18n/lazy.ts), for code that needs them at once (component tests).
 */
export function createAppI18n(locale: AppLocale, areas: readonly AreaMessages[] = []) {
  const withAreas = (base: object, pick: (a: AreaMessages) => unknown) => Object.assign({}, base, ...areas.map(pick)) as typeof en
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { 'en': withAreas(en, a => a.en), 'zh-CN': withAreas(zh, a => a.zh) },
    missingWarn: false,
    fallbackWarn: false,
  })
}
