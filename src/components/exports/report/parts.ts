/** A part of the printed report: what PrintReport.vue lists and renders in order. */
import type { Component } from 'vue'

/** The props every part receives. */
export interface ReportPartProps {
  /** The scenarios included, in the project's order. */
  ids: readonly string[]
  /** The pages are landscape (wider tables and pictures). */
  landscape: boolean
}

export interface ReportPart {
  key: string
  component: Component
  /** Printed right after the part before, in the same row of the frame (no break between). */
  with?: boolean
}
