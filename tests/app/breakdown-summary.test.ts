import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Project } from '@/engine/types'
import { mergeEntries } from '@/stores/breakdownEdits'
import { episodesOf, NO_QUERY, sceneHours, sceneRows } from '@/stores/breakdownRows'
import { castSummary, episodeSummary, locationSummary } from '@/stores/breakdownSummary'
import example from '../fixtures/breakdown-example.json'

const project = () => structuredClone(example) as unknown as Project
const ids = (p: Project, rows: number[]) => rows.map(i => p.scenes![i]!.id)

describe('breakdown summaries (figures worked out by hand from the example)', () => {
  it('per location: 街道 has six scenes, 0.2 + 0.1 + 0.2 + 0.2 + 0.3 + 0.3 = 1.3 minutes', () => {
    const rows = locationSummary(project())
    expect(rows.find(r => r.id === 'street')).toEqual({ id: 'street', name: '街道', scenes: 6, minutes: 1.3 })
    expect(rows.find(r => r.id === 'shen-living')).toEqual({ id: 'shen-living', name: '沈家客厅', scenes: 3, minutes: 1.3 })
    // Every scene is at one location: the scenes add up to 30
    expect(rows.reduce((n, r) => n + r.scenes, 0)).toBe(30)
  })

  it('per location after merging 沈家 客厅 into 沈家客厅: 5 scenes, 1.3 + 0.5 + 0.3 = 2.1 minutes', () => {
    const rows = locationSummary(mergeEntries(project(), 'locations', 'shen-living', ['shen-living-2']))
    expect(rows.find(r => r.id === 'shen-living')).toMatchObject({ scenes: 5, minutes: 2.1 })
    expect(rows).toHaveLength(6)
  })

  it('per cast member: 沈念 in 19 scenes of 6 episodes, 7.3 minutes; Maya and MAYA apart, then merged', () => {
    const rows = castSummary(project())
    // Episodes 1–6: 4 + 3 + 3 + 2 + 4 + 3 scenes; 1.3 + 1.2 + 1.1 + 0.8 + 1.7 + 1.2 minutes
    expect(rows.find(r => r.id === 'shen-nian')).toEqual({ id: 'shen-nian', name: '沈念', scenes: 19, episodes: 6, minutes: 7.3 })
    expect(rows.find(r => r.id === 'maya')).toMatchObject({ scenes: 3, episodes: 3, minutes: 1.1 })
    expect(rows.find(r => r.id === 'maya-2')).toMatchObject({ scenes: 2, episodes: 2, minutes: 0.7 })
    const merged = castSummary(mergeEntries(project(), 'cast', 'maya', ['maya-2']))
    expect(merged.find(r => r.id === 'maya')).toMatchObject({ scenes: 5, episodes: 5, minutes: 1.8 })
  })

  it('per episode against 1.8 minutes: episodes 1 and 4 under (1.6), 5 over (2.1), the rest within 10 %', () => {
    const rows = episodeSummary(project())
    expect(rows.map(r => [r.episode, r.scenes, r.minutes, r.difference, r.flag])).toEqual([
      [1, 5, 1.6, -0.2, 'under'],
      [2, 5, 1.7, -0.1, 'ok'],
      [3, 5, 1.8, 0, 'ok'],
      [4, 5, 1.6, -0.2, 'under'],
      [5, 5, 2.1, 0.3, 'over'],
      [6, 5, 1.7, -0.1, 'ok'],
    ])
  })

  it('a project without a breakdown has empty summaries', () => {
    const p = project()
    delete p.scenes
    delete p.cast
    delete p.locations
    expect([locationSummary(p), castSummary(p), episodeSummary(p), episodesOf(p)]).toEqual([[], [], [], []])
  })
})

describe('breakdown rows: filter, find and sort', () => {
  it('filters by episode, location and cast member together', () => {
    const p = project()
    expect(ids(p, sceneRows(p, { ...NO_QUERY, episode: 2 }))).toEqual(['e2s1', 'e2s2', 'e2s3', 'e2s4', 'e2s5'])
    expect(ids(p, sceneRows(p, { ...NO_QUERY, location: 'cafe', cast: 'lu-cheng' }))).toEqual(['e1s2', 'e5s3', 'e6s5'])
    expect(ids(p, sceneRows(p, { ...NO_QUERY, location: 'hospital', episode: 3 }))).toEqual(['e3s1'])
  })

  it('finds by scene number, cast name (case aside), location name and tag', () => {
    const p = project()
    expect(ids(p, sceneRows(p, { ...NO_QUERY, find: 'maya' }))).toEqual(['e2s3', 'e3s3', 'e4s3', 'e5s3', 'e6s5'])
    expect(ids(p, sceneRows(p, { ...NO_QUERY, find: '医院' }))).toEqual(['e2s5', 'e3s1', 'e5s1', 'e6s3'])
    expect(ids(p, sceneRows(p, { ...NO_QUERY, find: 'establishing' }))).toEqual(['e1s3', 'e2s4', 'e4s5', 'e6s4'])
    expect(ids(p, sceneRows(p, { ...NO_QUERY, find: '6-5' }))).toEqual(['e6s5'])
  })

  it('sorts by minutes (ties in script order), by location name, and descending', () => {
    const p = project()
    const longest = ids(p, sceneRows(p, { ...NO_QUERY, sort: 'minutes', descending: true })).slice(0, 3)
    expect(longest).toEqual(['e4s2', 'e1s2', 'e2s2'])
    const shortest = ids(p, sceneRows(p, { ...NO_QUERY, sort: 'minutes' })).slice(0, 2)
    expect(shortest).toEqual(['e2s4', 'e1s3'])
    const byPlace = sceneRows(p, { ...NO_QUERY, sort: 'location' }).map(i => p.scenes![i]!.location)
    expect(new Set(byPlace.slice(0, 6)).size).toBe(1)
    expect(ids(p, sceneRows(p, { ...NO_QUERY, descending: true }))[0]).toBe('e6s5')
  })

  it('hours: the scene’s own, else minutes × the plan’s hours per minute, else none', () => {
    const p = project()
    const s = p.scenes![0]!
    expect(sceneHours(p, s)).toEqual({ hours: null, own: false })
    p.shoot = { phase: 'shoot', hoursPerDay: 12, hoursPerMinute: 5 }
    expect(sceneHours(p, s)).toEqual({ hours: 2, own: false })
    expect(sceneHours(p, { ...s, hours: 3 })).toEqual({ hours: 3, own: true })
  })

  it('property: the rows are distinct scenes that pass every filter, all of them without one, in any sort', () => {
    const p = project()
    const episodes = fc.option(fc.integer({ min: 0, max: 7 }), { nil: null })
    const place = fc.option(fc.constantFrom(...p.locations!.map(l => l.id)), { nil: null })
    const who = fc.option(fc.constantFrom(...p.cast!.map(c => c.id)), { nil: null })
    const sort = fc.constantFrom('script', 'episode', 'location', 'cast', 'minutes' as const)
    fc.assert(fc.property(episodes, place, who, sort, fc.boolean(), (episode, location, cast, key, descending) => {
      const q = { ...NO_QUERY, episode, location, cast, sort: key, descending }
      const rows = sceneRows(p, q)
      expect(new Set(rows).size).toBe(rows.length)
      const expected = p.scenes!.flatMap((s, i) =>
        (episode === null || s.episode === episode) && (location === null || s.location === location) && (cast === null || s.cast.includes(cast)) ? [i] : [])
      expect([...rows].sort((a, b) => a - b)).toEqual(expected)
      if (key === 'minutes') rows.slice(1).forEach((r, k) => {
        const d = p.scenes![r]!.minutes - p.scenes![rows[k]!]!.minutes
        expect(descending ? d <= 0 : d >= 0).toBe(true)
      })
    }), { numRuns: 200 })
  })
})
