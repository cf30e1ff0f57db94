/**
 * The sourced presets (the project files in presets/), by id. Kept apart from their loading so
 * that the command line, benchmarks and tests can list them without a bundler.
 */
export const DEFAULT_PRESET = 'cn-micro-drama'

export interface PresetInfo {
  id: string
  /** i18n key of its name and description */
  key: string
}

export const PRESETS: readonly PresetInfo[] = [
  { id: 'cn-micro-drama', key: 'presets.cnMicro' },
  { id: 'cn-custom-drama', key: 'presetsMore.cnCustom' },
  { id: 'cn-micro-drama-plan', key: 'shootx.preset' },
  { id: 'cn-premium-drama', key: 'presets.cnPremium' },
  { id: 'us-vertical-drama', key: 'presets.usVertical' },
  { id: 'ai-animated-short', key: 'presets.aiAnimated' },
]
