/**
 * The messages of the newer areas of the app, one file each (both languages side by side), merged
 * into the English and Chinese tables. Add an area: import it and spread it in both objects.
 */
import breakdown from './breakdown'
import plan from './plan'
import script from './script'
import scriptPlan from './scriptPlan'

export const areaEn = {
  ...breakdown.en,
  ...plan.en,
  ...script.en,
  ...scriptPlan.en,
}
export const areaZh: typeof areaEn = {
  ...breakdown.zh,
  ...plan.zh,
  ...script.zh,
  ...scriptPlan.zh,
}
