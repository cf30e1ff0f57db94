import { largeProject } from '../tests/support/large'
import { computeProject } from '../src/engine'
import { serialize, deserialize } from 'node:v8'
const p = largeProject({ lines: 100_000 })
let t = performance.now(); const r = computeProject(p); console.log('compute', performance.now() - t)
t = performance.now(); const b = serialize(r); console.log('ser', performance.now() - t, b.length)
t = performance.now(); deserialize(b); console.log('deser', performance.now() - t)
t = performance.now(); const bp = serialize(p); console.log('ser p', performance.now() - t, bp.length)
t = performance.now(); deserialize(bp); console.log('deser p', performance.now() - t)
console.log(Object.keys(r), Object.keys(r.scenarios[0]!), Object.keys(r.scenarios[0]!.result))
