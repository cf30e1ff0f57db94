/**
 * Money formatting for charts: the app's own formatters under the names the chart builders use.
 * Amounts arrive in integer minor units with the currency's minor-unit `digits`.
 */
export { toMajor } from '@/engine/money'
export {
  formatCompactMoney as compactMoney,
  formatMoney as money,
  formatNumber as plainNumber,
  formatSignedMoney as signedMoney,
} from '@/app/format'
