/**
 * Translated names carried by presets: any named object may hold
 * `"l10n": { "zh-CN": { "name": "导演" } }`. A translation is shown while the text is unchanged;
 * editing the text drops its translations, so the user's own words always win.
 */
type Localised = { l10n?: unknown } & Record<string, unknown>

export function localised(obj: Localised | undefined, field: string, locale: string): string {
  if (!obj) return ''
  const l10n = obj.l10n as Record<string, Record<string, unknown>> | undefined
  const translated = l10n?.[locale]?.[field] ?? l10n?.[locale.split('-')[0]!]?.[field]
  if (typeof translated === 'string' && translated !== '') return translated
  const own = obj[field]
  return typeof own === 'string' ? own : ''
}

/** Sets a text field and drops its translations (mutates `obj`). */
export function setText(obj: Localised, field: string, value: string): void {
  obj[field] = value
  const l10n = obj.l10n as Record<string, Record<string, unknown>> | undefined
  if (!l10n) return
  for (const lang of Object.keys(l10n)) {
    delete l10n[lang]![field]
    if (Object.keys(l10n[lang]!).length === 0) delete l10n[lang]
  }
  if (Object.keys(l10n).length === 0) delete obj.l10n
}

/** A list joined as the language joins it: "A, B, and C" in English, "A、B和C" in Chinese. */
export function listOf(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
}
