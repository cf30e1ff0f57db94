import { useI18n } from 'vue-i18n'
import { formatNumber } from '@/app/format'
import type { NumberCheck } from '@/app/rules'

/** The message of a refused number in the display language, its numbers written for that language. */
export function useCheckMessage() {
  const { t, locale } = useI18n()
  return (check: NumberCheck): string => {
    if (check.ok) return ''
    const params = Object.fromEntries(Object.entries(check.params ?? {})
      .map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, locale.value, 6) : v]))
    return t(check.error, params)
  }
}
