/**
 * The messages of the newer areas of the app, one file each (both languages side by side), merged
 * into the English and Chinese tables. Add an area: import it and spread it in both objects.
 */
import gridTrust from './gridTrust'

export const areaEn = {
  ...gridTrust.en,
}
export const areaZh: typeof areaEn = {
  ...gridTrust.zh,
}
