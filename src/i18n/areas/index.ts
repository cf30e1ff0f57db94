/**
 * The messages of the newer areas of the app, one file each (both languages side by side), merged
 * into the English and Chinese tables. Add an area: import it and spread it in both objects.
 */
import plan from './plan'
import shoot from './shoot'
import shootx from './shootx'

export const areaEn = {
  ...plan.en,
  ...shoot.en,
  ...shootx.en,
}
export const areaZh: typeof areaEn = {
  ...plan.zh,
  ...shoot.zh,
  ...shootx.zh,
}
