import { type Policy, presets } from '@baobei/core'
import { cleanup, render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach } from 'vitest'
import { BaobeiProvider, type BaobeiProviderProps } from '../BaobeiProvider'

export const NOW = '2026-03-15T10:00:00+08:00'

type Options = Partial<Omit<BaobeiProviderProps, 'children'>> & { policy?: Policy }

/** Renders `ui` under a provider (daily-chemical preset, fixed `now`, en-US unless told). */
export function renderWithBaobei(ui: ReactElement, options: Options = {}) {
  const props = { policy: presets.dailyChemical, now: NOW, locale: 'en-US' as const, ...options }
  const wrap = (node: ReactElement) => <BaobeiProvider {...props}>{node}</BaobeiProvider>
  const result = render(wrap(ui))
  return { ...result, rerender: (next: ReactElement) => result.rerender(wrap(next)) }
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup)
