import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatAmount, formatSignedAmount, formatCompactMoney, formatMoney, formatPercent, formatSignedMoney } from '@/app/format'
import { useProjectStore } from '@/stores/project'

/** Formatting bound to the project's currency and the display language. */
export function useMoney() {
  const store = useProjectStore()
  const { locale } = useI18n()
  const currency = computed(() => store.result.scenarios[0]!.result.currency)
  const digits = computed(() => store.result.scenarios[0]!.result.digits)
  return {
    currency,
    digits,
    money: (minor: number) => formatMoney(minor, currency.value, digits.value, locale.value),
    amount: (minor: number) => formatAmount(minor, digits.value, locale.value),
    signedAmount: (minor: number) => formatSignedAmount(minor, digits.value, locale.value),
    signed: (minor: number) => formatSignedMoney(minor, currency.value, digits.value, locale.value),
    compact: (minor: number) => formatCompactMoney(minor, currency.value, digits.value, locale.value),
    percent: (value: number, signed = false) => formatPercent(value, locale.value, signed),
  }
}
