/// <reference types="vite/client" />
// Renders every component story in jsdom, runs its play function and checks it with axe. The
// browser run (scripts/test-stories.mjs) adds what jsdom cannot judge, such as colour contrast.
import '../../packages/react/src/test/dialog'
import { composeStories, setProjectAnnotations } from '@storybook/react-vite'
import { cleanup, render } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import preview from '../../.storybook/preview'

setProjectAnnotations(preview)
afterEach(cleanup)

type Composed = Record<
  string,
  (() => React.ReactElement) & { play?: (context: unknown) => Promise<void>; tags?: string[] }
>

const modules = import.meta.glob<Record<string, unknown>>('../*.stories.tsx', { eager: true })
const components = Object.entries(modules).filter(([path]) => !path.includes('Welcome'))

describe.each(components)('%s', (_path, module) => {
  const stories = Object.entries(composeStories(module as never) as Composed)
  it.each(stories)('%s renders, plays and passes axe', async (_name, Story) => {
    const { container } = render(<Story />)
    // Play functions tagged `browser-only` read layout or CSS that jsdom does not compute.
    if (!Story.tags?.includes('browser-only')) await Story.play?.({ canvasElement: container })
    const result = await axe.run(container, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    })
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
})
