import { throughCalc, csvFilter } from '../tests/support/office'
import { readXlsx, cells } from '../tests/export/support'
const wb = await readXlsx(throughCalc('x.csv', 'a,b\n =1+1, +2\n"\n=3",x\n', csvFilter(',')))
for (const c of cells(wb)) console.log(c.cell.address, c.cell.type, JSON.stringify(c.cell.value))
