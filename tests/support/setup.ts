/**
 * Run before every unit and component test file: a new project store holds the default preset,
 * as the app's does once the library has opened it (the app loads it on demand; tests need it at once).
 */
import { defaultPreset } from '@/app/defaultPreset'
import { setInitialProject } from '@/stores/project'

setInitialProject(defaultPreset)
