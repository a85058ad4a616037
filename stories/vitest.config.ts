import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

// Unit tests for the pure modules behind stories (the Playground's store).
export default defineProject({
  resolve: {
    alias: {
      '@baobei/core': fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url)),
      '@baobei/react': fileURLToPath(new URL('../packages/react/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'stories',
    environment: 'jsdom',
    include: ['**/*.test.{ts,tsx}'],
  },
})
