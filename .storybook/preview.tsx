import { presets } from '@baobei/core'
import { BaobeiProvider, type BaobeiProviderProps } from '@baobei/react'
import type { Decorator, Preview } from '@storybook/react-vite'
import '../packages/react/src/styles.css'

type Locale = 'zh-CN' | 'en-US'
type Theme = 'light' | 'dark'

/** What a story may set with `parameters.baobei` (otherwise the daily-chemical preset at a fixed instant). */
export type BaobeiParameters = Partial<Pick<BaobeiProviderProps, 'policy' | 'now' | 'actor' | 'messages'>>

const DEFAULT_NOW = '2026-03-15T10:00:00+08:00'

/** Wraps every story in `BaobeiProvider` with the toolbar's locale and theme. */
const withBaobei: Decorator = (Story, context) => {
  const locale = (context.globals.locale ?? 'zh-CN') as Locale
  const theme = (context.globals.theme ?? 'light') as Theme
  const options = (context.parameters.baobei ?? {}) as BaobeiParameters
  return (
    <div
      className="bb-root"
      data-bb-theme={theme}
      lang={locale}
      style={{
        padding: '1rem',
        minHeight: '100vh',
        background: 'var(--bb-color-bg)',
        color: 'var(--bb-color-text)',
      }}
    >
      <BaobeiProvider
        policy={options.policy ?? presets.dailyChemical}
        now={options.now ?? DEFAULT_NOW}
        locale={locale}
        theme={theme}
        actor={options.actor}
        messages={options.messages}
      >
        <Story />
      </BaobeiProvider>
    </div>
  )
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'en-US', title: 'English (en-US)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  decorators: [withBaobei],
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Playground',
          'Guides',
          ['Getting started', 'Concepts', 'Policies', 'Integrating', 'Matching', 'Conflicts', 'React kit'],
          'Components',
          '*',
        ],
      },
    },
  },
}

export default preview
