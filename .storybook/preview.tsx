import type { Decorator, Preview } from '@storybook/react-vite'
import '../packages/react/src/styles.css'

type Locale = 'zh-CN' | 'en-US'
type Theme = 'light' | 'dark'

/** Applies the toolbar's locale and theme to every story. */
const withLocaleAndTheme: Decorator = (Story, context) => {
  const locale = (context.globals.locale ?? 'zh-CN') as Locale
  const theme = (context.globals.theme ?? 'light') as Theme
  return (
    <div
      className="bb-root"
      data-bb-theme={theme}
      lang={locale}
      style={{ padding: '1rem', minHeight: '100%' }}
    >
      <Story />
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
  decorators: [withLocaleAndTheme],
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
  },
}

export default preview
