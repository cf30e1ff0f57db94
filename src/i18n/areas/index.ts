/**
 * The messages of the newer areas of the app, one file each (both languages side by side), merged
 * into the English and Chinese tables. Add an area: import it and spread it in both objects.
 */
import headline from './headline'
import presetsMore from './presetsMore'
import reporting from './reporting'
import reviewAi from './reviewAi'
import saving from './saving'

export const areaEn = {
  ...headline.en,
  ...presetsMore.en,
  ...reporting.en,
  ...reviewAi.en,
  ...saving.en,
}
export const areaZh: typeof areaEn = {
  ...headline.zh,
  ...presetsMore.zh,
  ...reporting.zh,
  ...reviewAi.zh,
  ...saving.zh,
}
