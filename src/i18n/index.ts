import { createI18n } from 'vue-i18n'
import en from './en'
import zh from './zh-CN'

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

export function createAppI18n(locale: AppLocale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { 'en': en, 'zh-CN': zh },
    missingWarn: false,
    fallbackWarn: false,
  })
}
