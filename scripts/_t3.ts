import { computeProject } from '../src/engine/compute'
import { budgetCsv } from '../src/export'
import { preset, HOSTILE } from '../tests/export/support'
const p = preset('cn-micro-drama.json')
const CODES = ['01', '04.10', '1E5', 'TRUE', '0012', '3.50', '1/2']
const lines = p.lines.map((l, i) => ({ ...l, code: CODES[i % CODES.length]!, name: i < HOSTILE.length ? HOSTILE[i]! : i === HOSTILE.length ? 'Grip; =1+1' : l.name }))
const q = { ...p, sections: p.sections.map((s, i) => ({ ...s, code: CODES[(i + 3) % CODES.length]! })), lines }
console.log(JSON.stringify(budgetCsv(q, computeProject(q)).split('\n').slice(0, 9), null, 1))
