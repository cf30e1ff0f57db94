/**
 * The shoot-order optimiser (MODEL.md §6.3): pure, for the app's worker and the command line.
 */
export * from './plan'
export * from './coefficients'
export * from './pack'
export * from './exact'
export * from './branch'
export * from './search'
export * from './optimise'
export * from './talent'
export * from './total'
