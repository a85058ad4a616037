import type { Status } from './core'

// 16×16 outline glyphs, one per status, so the status never rests on colour alone.
const PATHS: Record<Status, string> = {
  prospect: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11Z',
  'registered-unprotected': 'M8 1.8 3 3.6v4c0 3.2 2.2 5.6 5 6.6 2.8-1 5-3.4 5-6.6v-4L8 1.8ZM3 13 13 3',
  'cooperating-protected':
    'M8 1.8 3 3.6v4c0 3.2 2.2 5.6 5 6.6 2.8-1 5-3.4 5-6.6v-4L8 1.8ZM5.6 8l1.8 1.8 3.2-3.4',
  'cooperating-warning': 'M8 2 1.8 13.2h12.4L8 2ZM8 6.2v3.4M8 11.2v.4',
  released: 'M4.5 7.5V5a3.5 3.5 0 0 1 6.8-1.2M3.5 7.5h9v6h-9v-6Z',
  'registered-protected': 'M8 1.8 3 3.6v4c0 3.2 2.2 5.6 5 6.6 2.8-1 5-3.4 5-6.6v-4L8 1.8ZM8 5.5v5M5.5 8h5',
}

/** The status glyph; decorative (the badge's text names the status). */
export function StatusIcon({ status }: { status: Status }) {
  return (
    <svg
      className="bb-badge__icon"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[status]} />
    </svg>
  )
}
