/**
 * The messages of the newer areas of the app, one file each (both languages side by side), merged
 * into the English and Chinese tables. Add an area: import it and spread it in both objects.
 */
import robust from './robust'

export const areaEn = {
  ...robust.en,
}
export const areaZh: typeof areaEn = {
  ...robust.zh,
}
