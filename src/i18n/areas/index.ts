/**
 * The messages of the newer areas of the app, one file each (both languages side by side), merged
 * into the English and Chinese tables. Add an area: import it and spread it in both objects.
 */
import breakdown from './breakdown'
import gridTrust from './gridTrust'
import plan from './plan'
import robust from './robust'
import script from './script'
import scriptPlan from './scriptPlan'
import sheetImport from './sheetImport'
import shoot from './shoot'

export const areaEn = {
  ...breakdown.en,
  ...gridTrust.en,
  ...plan.en,
  ...robust.en,
  ...script.en,
  ...scriptPlan.en,
  ...sheetImport.en,
  ...shoot.en,
}
export const areaZh: typeof areaEn = {
  ...breakdown.zh,
  ...gridTrust.zh,
  ...plan.zh,
  ...robust.zh,
  ...script.zh,
  ...scriptPlan.zh,
  ...sheetImport.zh,
  ...shoot.zh,
}
