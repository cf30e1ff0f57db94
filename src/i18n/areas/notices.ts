/** Why something failed (app/errorCause.ts), said in a notice or a status line. */
import { defineArea } from './define'

export default defineArea({
  en: {
    notices: {
      leverLibraryFailed: 'The lever library could not be loaded: {error}.',
      cause: {
        quota: 'the browser’s storage is full',
        denied: 'the browser did not allow it',
        network: 'a part of the app could not be downloaded; check the connection and reload the page',
        memory: 'the browser ran out of memory',
        outOfRange: 'a figure went beyond what the app computes exactly',
        stopped: 'the work in the background stopped unexpectedly',
        notZip: 'it is not an XLSX file (not a ZIP archive)',
        unknown: 'an unexpected error (technical detail: {detail})',
      },
    },
  },
  zh: {
    notices: {
      leverLibraryFailed: '杠杆库无法加载：{error}。',
      cause: {
        quota: '浏览器的存储空间已满',
        denied: '浏览器不允许此操作',
        network: '应用的一部分无法下载；请检查网络连接后重新加载页面',
        memory: '浏览器内存不足',
        outOfRange: '某个数字超出了本应用能精确计算的范围',
        stopped: '后台计算意外停止',
        notZip: '它不是 XLSX 文件（不是 ZIP 压缩包）',
        unknown: '发生了意外错误（技术细节，英文原文：{detail}）',
      },
    },
  },
})
