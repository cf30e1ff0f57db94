/** A failure said in the language shown: its cause in words, or a sentence with its technical detail. */
import { useI18n } from 'vue-i18n'
import { errorCause } from '@/app/errorCause'
import type { ErrorCause } from '@/app/errorCause'

export function useErrorText() {
  const { t } = useI18n()
  /** The words for a cause already sorted (a notice's `cause`). */
  const causeText = (c: ErrorCause) => t(`notices.cause.${c.kind}`, { detail: c.detail })
  /** The words for an error, a DOMException or a message. */
  const errorText = (e: unknown) => causeText(errorCause(e))
  return { causeText, errorText }
}
