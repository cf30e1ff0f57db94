/**
 * Messages of the budget grid's trust fixes: pasted blocks, spaces in numbers, line notes, new
 * lines, dialogs, the not-found view and untitled projects.
 */
import { defineArea } from './define'

export default defineArea({
  en: {
    gridTrust: {
      dayUnit: 'day',
      untitled: 'Untitled',
      moreMarkups: '{n} more markup (see Markups) | {n} more markups (see Markups)',
      markupsListed: '{n} of {total} markups listed.',
      showMore: 'Show {n} more',
      notFound: 'Not found',
      notFoundText: 'There is no view “{name}” in this app. Go on to one of these:',
      presetFacts: '{episodes} × {minutes} min, {days} days in all, about {total}',
      noteOf: 'Note on {name}',
      noteAdd: 'Add a note…',
      noteEdit: 'Edit the note…',
      noteTooLong: 'A note holds at most {max} characters: shorten it to save it',
      save: 'Save',
      cancel: 'Cancel',
      spaces: 'A space may only group digits in threes, as in 1 234 567',
      pasteRefused: 'Nothing pasted: row {row}, {column} (“{text}”): {error}.',
      blanks: '{n} blank cell left its line as it was. | {n} blank cells left their lines as they were.',
      rowsLeftOver: '{left} row left over: there are only {n} lines from there down, in the order shown. | {left} rows left over: there are only {n} lines from there down, in the order shown.',
      extraColumns: '{n} column on the right was not pasted: {last} is the last number column. | {n} columns on the right were not pasted: {last} is the last number column.',
    },
  },
  zh: {
    gridTrust: {
      dayUnit: '天',
      untitled: '未命名',
      moreMarkups: '其余 {n} 项加成（见“加成”）',
      markupsListed: '已列出 {n} 项加成，共 {total} 项。',
      showMore: '再显示 {n} 项',
      notFound: '未找到页面',
      notFoundText: '本应用没有“{name}”这个页面。请前往以下页面之一：',
      presetFacts: '{episodes} 集 × {minutes} 分钟，共 {days} 天，约 {total}',
      noteOf: '{name}的备注',
      noteAdd: '添加备注…',
      noteEdit: '编辑备注…',
      noteTooLong: '备注最多 {max} 个字符：请删减后再保存',
      save: '保存',
      cancel: '取消',
      spaces: '数字中的空格只能按三位分组，例如 1 234 567',
      pasteRefused: '未粘贴任何内容：第 {row} 行，{column}（“{text}”）：{error}。',
      blanks: '{n} 个空白单元格，对应明细保持不变。',
      rowsLeftOver: '多出 {left} 行：按当前显示顺序，从该行往下只有 {n} 条明细。',
      extraColumns: '右侧 {n} 列未粘贴：{last}是最后一个数字列。',
    },
  },
})
