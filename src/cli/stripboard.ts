/**
 * The stripboard in the command line's table output (`--format table`): each scenario's shoot
 * plan day by day — the scenes with their minutes, the moves between locations — then the scenes
 * not shot, the cast's days and the locations' days (MODEL.md §6).
 */
import type { ProjectResult } from '../engine/compute'
import { applyOverrides } from '../engine/model'
import { roundMinutes } from '../engine/shoot'
import type { ShootSchedule } from '../engine/shoot'
import type { Project, Scenario } from '../engine/types'
import { visible } from './terminal'

/** Minutes as hours and minutes: 90 → "1:30". */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}

/** The stripboards of every scenario shown (or only `only`); empty when the project has no plan. */
export function stripboards(project: Project, computed: ProjectResult, only?: string): string {
  if (!project.shoot) return ''
  const out: string[] = []
  for (const c of computed.scenarios) {
    if (only && c.result.id !== only) continue
    const sc = project.scenarios.find(s => s.id === c.result.id)
    if (sc && c.result.schedule) out.push('', ...stripboard(project, sc, c.result.schedule))
  }
  return out.length > 0 ? `${out.join('\n')}\n` : ''
}

function stripboard(source: Project, scenario: Scenario, s: ShootSchedule): string[] {
  const p = applyOverrides(source, scenario)
  const shoot = p.shoot!
  const H = roundMinutes(shoot.hoursPerDay * 60)
  const M = roundMinutes((shoot.moveHours ?? 0) * 60)
  const scenes = new Map((p.scenes ?? []).map(x => [x.id, x]))
  const places = new Map((p.locations ?? []).map(l => [l.id, visible(l.name)]))
  const people = new Map((p.cast ?? []).map(m => [m.id, visible(m.name)]))
  const title = `Stripboard [${visible(scenario.id)}]: ${s.days} shoot day${s.days === 1 ? '' : 's'}, ${clock(H)} a day, ${clock(M)} a move`
  const out = [title, '-'.repeat(Math.min(64, title.length))]

  // Each day's rows, minutes used and moves; a scene over several days shows on each of them.
  const days = Array.from({ length: s.days + 1 }, () => ({ rows: [] as string[], used: 0, moves: 0 }))
  s.scenes.forEach((x, k) => {
    const scene = scenes.get(x.id)
    const location = scene?.location ?? ''
    const place = places.get(location) ?? visible(location)
    const prev = k > 0 ? s.scenes[k - 1]! : undefined
    // A move is paid when the company changes place within a day (MODEL.md §6.2).
    if (prev && prev.lastDay === x.day && scenes.get(prev.id)?.location !== location) {
      days[x.day]!.moves++
      days[x.day]!.used += M
      days[x.day]!.rows.push(`    → move to ${place} (${clock(M)})`)
    }
    const cast = (scene?.cast ?? []).map(id => people.get(id) ?? visible(id)).join(', ')
    const what = scene ? `${visible(scene.number)} ${scene.time} ${scene.setting}` : ''
    const span = x.lastDay > x.day ? ` (days ${x.day}–${x.lastDay})` : ''
    for (let d = x.day; d <= x.lastDay; d++) {
      const minutes = x.lastDay === x.day ? x.minutes : d < x.lastDay ? H : x.minutes - (x.lastDay - x.day) * H
      days[d]!.used += minutes
      days[d]!.rows.push(d === x.day
        ? `    ${visible(x.id).padEnd(10)} ${what.padEnd(18)} ${place.padEnd(14)} ${String(x.minutes).padStart(5)} min${span}${cast ? `  ${cast}` : ''}`
        : `    ${visible(x.id).padEnd(10)} (continued: ${clock(minutes)})`)
    }
  })
  for (let d = 1; d <= s.days; d++) {
    const day = days[d]!
    out.push(`  Day ${d}: ${clock(day.used)} of ${clock(H)}${day.moves > 0 ? `, ${day.moves} move${day.moves === 1 ? '' : 's'}` : ''}`, ...day.rows)
  }
  const shot = new Set(s.scenes.map(x => x.id))
  const notShot = s.order.filter(id => !shot.has(id))
  if (notShot.length > 0) out.push(`  Not shot (0 hours): ${notShot.map(visible).join(', ')}`)
  const pay = new Map((p.cast ?? []).map(m => [m.id, m.pay]))
  const cast = s.cast.filter(c => c.paid > 0)
  if (cast.length > 0) {
    out.push('  Cast:')
    for (const c of cast)
      out.push(`    ${(people.get(c.id) ?? visible(c.id)).padEnd(16)} days ${c.first}–${c.last}, worked ${c.worked}, paid ${c.paid} (${pay.get(c.id)})`)
  }
  const locations = s.locations.filter(l => l.days > 0)
  if (locations.length > 0)
    out.push(`  Locations: ${locations.map(l => `${places.get(l.id) ?? visible(l.id)} ${l.days} day${l.days === 1 ? '' : 's'}`).join(', ')}`)
  return out
}
