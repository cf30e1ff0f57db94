/**
 * The default preset, at hand at once: for tests and tools that need a project without waiting.
 * The app itself loads it on demand (`loadPreset(DEFAULT_PRESET)` in src/app/presets.ts), so that
 * it is not part of the JavaScript every visit downloads first.
 */
import defaultPresetJson from '../../presets/cn-micro-drama.json'
import type { Project } from '@/engine/types'
import { checked, DEFAULT_PRESET } from './presets'

export function defaultPreset(): Project {
  return checked(defaultPresetJson, DEFAULT_PRESET)
}
