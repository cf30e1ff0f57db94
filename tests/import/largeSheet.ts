/**
 * A large budget sheet as Excel saves it, for the import benchmark: a title, a header, 50 sections
 * of 100 lines (5,000 lines) with their subtotal rows, formulas saved with their results, a
 * contingency and a total.
 */
import ExcelJS from 'exceljs'

export async function largeXlsx(sections = 50, perSection = 100): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Budget')
  ws.mergeCells('A1:H1')
  ws.getCell('A1').value = 'Large production budget, 80 episodes x 2 min'
  ws.getRow(3).values = ['Acct #', 'Description', 'Qty', 'Units', 'X', 'Rate', 'Total', 'Notes']
  let r = 4
  const subtotals: number[] = []
  let grand = 0
  for (let s = 0; s < sections; s++) {
    ws.getRow(r).values = [`${1000 + s * 100}`, `Department ${s}`]
    ws.getRow(r).font = { bold: true }
    const first = ++r
    let sum = 0
    for (let i = 0; i < perSection; i++) {
      const qty = 1 + (i % 9)
      const count = 1 + (i % 3)
      const rate = 100 + ((s * 37 + i * 11) % 900)
      const total = qty * count * rate
      sum += total
      ws.getRow(r).values = [`${1000 + s * 100 + i + 1}`, `Item ${s}-${i}`, qty, 'days', count, rate, { formula: `C${r}*E${r}*F${r}`, result: total }, i % 10 === 0 ? 'note' : null]
      ws.getRow(r).getCell(6).numFmt = '"$"#,##0.00'
      r++
    }
    ws.getRow(r).values = ['', `Total ${1000 + s * 100}`, null, null, null, null, { formula: `SUM(G${first}:G${r - 1})`, result: sum }]
    subtotals.push(r)
    grand += sum
    r++
  }
  const contingency = Math.round(grand * 0.1 * 100) / 100
  ws.getRow(r++).values = ['', 'Contingency 10%', null, null, null, null, { formula: `(${subtotals.map(x => `G${x}`).slice(0, 5).join('+')})*0`, result: contingency }]
  ws.getRow(r).values = ['', 'TOTAL', null, null, null, null, { formula: `G${r - 1}`, result: grand + contingency }]
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
