/**
 * The cost engine: pure functions over plain data, shared by the app, its worker and the CLI.
 * No Vue, no DOM, no Node modules (enforced by eslint).
 */
export * from './types'
export * from './money'
export * from './validate'
export * from './text'
export * from './own'
export * from './amounts'
export * from './workload'
export * from './read'
export * from './schedule'
export * from './model'
export * from './shoot'
export * from './shootSchedule'
export * from './evaluate'
export * from './attribution'
export * from './compute'
export * from './uncertainty'
export * from './random'
export * from './report'
export * from './review'
