import { useBaobei } from '@baobei/react'
import { useId } from 'react'
import { addMonthsIso, sliderInstant, sliderOffset } from './clock'
import type { PlaygroundText } from './text'

export type TimeControlProps = {
  /** First instant of the range (the first event). */
  start: string
  /** Last instant of the range (a year later). */
  end: string
  now: string
  onChange: (now: string) => void
  text: PlaygroundText['date']
}

/**
 * The date slider with ±1 day / ±1 month buttons. Each position is a local day at 20:00, so moving it
 * shows statuses change (⑥ → ② after three months without payment, ③ → ④ → ⑤ after one).
 * @example <TimeControl start={range.start} end={range.end} now={now} onChange={setNow} text={text.date} />
 */
export function TimeControl({ start, end, now, onChange, text }: TimeControlProps) {
  const { format } = useBaobei()
  const id = useId()
  const max = sliderOffset(start, end)
  const value = Math.min(Math.max(sliderOffset(start, now), 0), max)
  const moveTo = (offset: number) => onChange(sliderInstant(start, Math.min(Math.max(offset, 0), max)))
  const moveMonths = (months: number) => moveTo(sliderOffset(start, addMonthsIso(now, months)))
  const shown = format.date(now)
  return (
    <section className="pg-time" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="bb-heading">
        {text.heading}
      </h2>
      <div className="pg-time__row">
        <label className="bb-label" htmlFor={`${id}-slider`}>
          {text.label}: <strong>{shown}</strong>
        </label>
        <input
          id={`${id}-slider`}
          type="range"
          min={0}
          max={max}
          step={1}
          value={value}
          aria-valuetext={shown}
          onChange={(event) => moveTo(Number(event.currentTarget.value))}
        />
      </div>
      <div className="pg-time__buttons">
        <button type="button" className="bb-button" onClick={() => moveMonths(-1)} disabled={value === 0}>
          {text.earlierMonth}
        </button>
        <button type="button" className="bb-button" onClick={() => moveTo(value - 1)} disabled={value === 0}>
          {text.earlierDay}
        </button>
        <button
          type="button"
          className="bb-button"
          onClick={() => moveTo(value + 1)}
          disabled={value === max}
        >
          {text.laterDay}
        </button>
        <button type="button" className="bb-button" onClick={() => moveMonths(1)} disabled={value === max}>
          {text.laterMonth}
        </button>
      </div>
    </section>
  )
}
