/**
 * The messages of the newer areas of the app, one file each (both languages side by side), merged
 * into the English and Chinese tables. Add an area: import it and spread it in both objects.
 * The areas of views that load on demand load with them (src/i18n/lazy.ts), not here.
 */
import breakdown from './breakdown'
import gridTrust from './gridTrust'
import headline from './headline'
import notices from './notices'
import plan from './plan'
import presetsMore from './presetsMore'
import reporting from './reporting'
import reviewAi from './reviewAi'
import robust from './robust'
import saving from './saving'
import script from './script'
import scriptPlan from './scriptPlan'
import shootx from './shootx'

export const areaEn = {
  ...breakdown.en,
  ...gridTrust.en,
  ...headline.en,
  ...notices.en,
  ...plan.en,
  ...presetsMore.en,
  ...reporting.en,
  ...reviewAi.en,
  ...robust.en,
  ...saving.en,
  ...script.en,
  ...scriptPlan.en,
  ...shootx.en,
}
export const areaZh: typeof areaEn = {
  ...breakdown.zh,
  ...gridTrust.zh,
  ...headline.zh,
  ...notices.zh,
  ...plan.zh,
  ...presetsMore.zh,
  ...reporting.zh,
  ...reviewAi.zh,
  ...robust.zh,
  ...saving.zh,
  ...script.zh,
  ...scriptPlan.zh,
  ...shootx.zh,
}
