/**
 * A shooting length in whole minutes, as the message to show it with: "12 h 0 min" from an hour
 * on, "45 min" below. The stripboard and the call sheet write a scene's length the same way.
 */
export interface LengthMessage {
  key: 'shoot.minutes' | 'shoot.minutesShort'
  params: { h?: number, m: number }
}

export function lengthMessage(minutes: number): LengthMessage {
  return minutes >= 60
    ? { key: 'shoot.minutes', params: { h: Math.floor(minutes / 60), m: minutes % 60 } }
    : { key: 'shoot.minutesShort', params: { m: minutes } }
}
