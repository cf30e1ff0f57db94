// Prints the median of each Vitest benchmark (Vitest's table shows the mean) from its JSON output.
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-results/bench.json', 'utf8'))
for (const file of report.files)
  for (const group of file.groups)
    for (const b of group.benchmarks)
      console.log(`${b.name}: median ${b.median.toFixed(2)} ms, mean ${b.mean.toFixed(2)} ms, ${b.sampleCount} samples`)
