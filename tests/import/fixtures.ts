/**
 * Budgets as producers keep them, built here: an XLSX with merged title rows, bold sections,
 * subtotal rows and formulas (some saved with their results, some without); a Movie Magic style
 * CSV; a GBK CSV; a semicolon CSV with decimal commas. The figures are hand-computed in comments.
 */
import ExcelJS from 'exceljs'

/** Text in GBK bytes, as Chinese Excel saves CSV (built from the platform's own GBK decoder). */
export function gbk(text: string): Uint8Array {
  const table = new Map<string, number[]>()
  const dec = new TextDecoder('gbk')
  for (let a = 0x81; a <= 0xFE; a++) {
    for (let b = 0x40; b <= 0xFE; b++) {
      if (b === 0x7F) continue
      const ch = dec.decode(new Uint8Array([a, b]))
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b])
    }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else {
      const bytes = table.get(ch)
      if (!bytes) throw new Error(`no GBK code for ${ch}`)
      out.push(...bytes)
    }
  }
  return new Uint8Array(out)
}

const MONEY = '"¥"#,##0.00'

/**
 * 《重生之千金归来》: two merged title rows, the header on row 4, two sections with subtotals,
 * contingency 10 %, a total. Lines (qty × count × rate):
 *   1101 女主角   10 天 × 1 × 3,000 = 30,000   (formula saved with its result)
 *   1102 男主角   10 天 × 1 × 2,500 = 25,000   (formula saved WITHOUT a result: computed)
 *   1103 配角      8 天 × 4 × 800   = 25,600
 *   小计 80,600 (SUM, no result)
 *   2101 摄影师    8 天 × 1 × 2,000 = 16,000
 *   2102 灯光组    8 天 × 3 × 600   = 14,400
 *   2103 器材租赁  只有金额 12,000   (a line with only a total: 1 × 12,000)
 *   小计 42,400
 *   不可预见费（10%）= 12,300 ; 合计 135,300
 */
export async function chineseXlsx(options: { wrongTotal?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('说明').getCell('A1').value = '本表为预算'
  const ws = wb.addWorksheet('预算')
  // The first sheet is a note with no header: the importer takes the first sheet with one.
  ws.mergeCells('A1:H1')
  ws.getCell('A1').value = '《重生之千金归来》制作预算 80集 × 1.5分钟'
  ws.getCell('A1').font = { bold: true, size: 16 }
  ws.mergeCells('A2:H2')
  ws.getCell('A2').value = '编制：某某影视  2026年11月'
  const header = ['科目编号', '项目', '数量', '单位', '人数', '单价', '金额', '备注']
  ws.getRow(4).values = header
  ws.getRow(4).font = { bold: true }
  let r = 5
  const section = (code: string, name: string) => {
    ws.getRow(r).values = [code, name]
    ws.getRow(r).font = { bold: true }
    r++
  }
  const line = (code: string, name: string, qty: number | null, unit: string, count: number | null, rate: number | null, total: number, withResult: boolean, note = '') => {
    const row = ws.getRow(r)
    row.values = [code, name, qty, unit, count, rate, null, note || null]
    row.getCell(7).value = qty === null
      ? total
      : withResult ? { formula: `C${r}*E${r}*F${r}`, result: total } : { formula: `C${r}*E${r}*F${r}` } as ExcelJS.CellFormulaValue
    for (const c of [6, 7]) row.getCell(c).numFmt = MONEY
    r++
  }
  const subtotal = (from: number, to: number, result: number | null) => {
    ws.getRow(r).values = ['', '小计']
    ws.getRow(r).getCell(7).value = result === null ? { formula: `SUM(G${from}:G${to})` } as ExcelJS.CellFormulaValue : { formula: `SUM(G${from}:G${to})`, result }
    ws.getRow(r).font = { bold: true }
    r++
  }
  section('1100', '演员')
  line('1101', '女主角', 10, '天', 1, 3000, 30000, true, '含试装')
  line('1102', '男主角', 10, '天', 1, 2500, 25000, false)
  line('1103', '配角', 8, '天', 4, 800, options.wrongTotal ? 26000 : 25600, true)
  subtotal(6, 8, null)
  section('2100', '剧组')
  line('2101', '摄影师', 8, '天', 1, 2000, 16000, true)
  line('2102', '灯光组', 8, '天', 3, 600, 14400, true)
  line('2103', '器材租赁', null, '', null, null, 12000, true)
  subtotal(11, 13, 42400)
  r++ // a blank row
  ws.getRow(r).values = ['', '不可预见费（10%）']
  ws.getRow(r).getCell(7).value = { formula: `(G9+G14)*0.1`, result: 12300 }
  r++
  ws.getRow(r).values = ['', '合计']
  ws.getRow(r).getCell(7).value = { formula: `G9+G14+G16`, result: 135300 }
  ws.getRow(r).font = { bold: true }
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

/**
 * Movie Magic style: "Acct #, Description, Amount, Units, X, Rate, Subtotal, Total", an account
 * heading, its details, "Account Total for …" in the Total column.
 *   1101 Screenplay 1 Allow × 1 × 5,000 = 5,000 ; 1102 Script editor 10 Days × 1 × 300 = 3,000 → 8,000
 *   1201 Lead actor 8 Days × 1 × 1,250 = 10,000 ; 1202 Day players 8 Days × 3 × 400 = 9,600 → 19,600
 *   Contingency 10% = 2,760 ; TOTAL 30,360
 */
export const MMB_CSV = `"Short drama ""Night Shift"" — budget, 60 episodes x 2 min",,,,,,,
,,,,,,,
Acct #,Description,Amount,Units,X,Rate,Subtotal,Total
1100,WRITERS,,,,,,
1101,Screenplay,1,Allow,1,"$5,000.00","$5,000.00",
1102,Script editor,10,Days,1,$300.00,"$3,000.00",
,Account Total for 1100,,,,,,"$8,000.00"
1200,CAST,,,,,,
1201,Lead actor,8,Days,1,"$1,250.00","$10,000.00",
1202,Day players,8,Days,3,$400.00,"$9,600.00",
1203,Stunt double,TBD,Days,1,$500.00,,
,Account Total for 1200,,,,,,"$19,600.00"
,Contingency 10%,,,,,,"$2,760.00"
,TOTAL,,,,,,"$30,360.00"
`

/**
 * GBK, as Chinese Excel saves it: no codes, sections numbered 一、二、, totals in 金额（元）.
 *   一、编剧: 剧本 1 × 1 × 20,000 = 20,000
 *   二、后期: 剪辑 15 天 × 1 × 800 = 12,000 ; 调色 1 × 1 × 3.5万 = 35,000 → 47,000
 *   保险 2% = 1,340 ; 总计 68,340
 */
export const GBK_TEXT = [
  '项目,数量,单位,单价,金额（元）,备注',
  '一、编剧,,,,,',
  '剧本,1,集,"20,000","20,000",含修改两稿',
  '二、后期,,,,,',
  '剪辑,15,天,800,"12,000",',
  '调色,1,项,3.5万,"35,000",外包',
  '后期小计,,,,"47,000",',
  '保险 2%,,,,"1,340",',
  '总计,,,,"68,340",',
].join('\r\n')

/**
 * Semicolon CSV with decimal commas, euros:
 *   Camera rental 2,5 days × 1.250,00 = 3.125,00 ; Catering 12 × 2 × 15,50 = 372,00 → 3.497,00
 */
export const SEMICOLON_CSV = [
  'Code;Description;Qty;Units;X;Rate;Total',
  '100;Equipment;;;;;',
  '101;Camera rental;2,5;days;1;1.250,00 €;3.125,00 €',
  '102;Catering;12;meals;2;15,50 €;372,00 €',
  ';Total;;;;;3.497,00 €',
].join('\n')

/**
 * A producer's messy sheet: title rows, 序号 numbering headings 一/二/三 with their subtotals on
 * the heading row, lines with and without quantities, a line whose count is only in its name
 * (配角（4人）: 7 × 600 = 4,200 computed, 16,800 in the sheet), a tax, a total in words and footnotes.
 *   一 演员费用 55,300 = 21,000 + 17,500 + 16,800 ; 二 摄制组 30,500 = 15,000 + 15,500 ;
 *   三 场地及其他 12,000 = 8,000 + 4,000 ; 小计 97,800 ; 税费 6% 5,868 ; 合计 103,668.
 * Computed: 42,700 + 30,500 + 12,000 = 85,200 ; tax 5,112 ; total 90,312.
 */
export const MESSY_CSV = `某短剧项目预算表,,,,,,
项目名称：《闪婚后》 60集,,,,,,
序号,费用项目,数量,单位,单价（元）,金额（元）,备注
一,演员费用,,,,"55,300",
1,女主,7,天,"3,000","21,000",
2,男主,7,天,"2,500","17,500",
3,配角（4人）,7,天,600,"16,800",含2名特约
,,,,,,
二,摄制组,,,,"30,500",
1,导演,10,天,"1,500","15,000",
2,摄影 + 灯光,10,天,"1,550","15,500",
三,场地及其他,,,,"12,000",
1,场地租赁,,,,"8,000",
2,餐费,,,,"4,000",按实报销
,小计,,,,"97,800",
,税费 6%,,,,"5,868",
,合计,,,,"103,668",
,合计（大写）：壹拾万叁仟陆佰陆拾捌元整,,,,,
备注：以上报价不含后期。,,,,,,
制表人：张三,,,,,,
`
