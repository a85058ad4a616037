import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => {
    const { fileURLToPath } = await import('node:url')
    viteConfig.resolve ??= {}
    // Stories read the packages' sources, so `pnpm start` shows edits live.
    viteConfig.resolve.alias = {
      ...(viteConfig.resolve.alias as Record<string, string> | undefined),
      '@baobei/core': fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url)),
      '@baobei/react/styles.css': fileURLToPath(new URL('../packages/react/src/styles.css', import.meta.url)),
      '@baobei/react': fileURLToPath(new URL('../packages/react/src/index.ts', import.meta.url)),
    }
    return viteConfig
  },
}

export default config
