import { copyFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@baobei/core'],
  // The stylesheet is its own export: nothing imports CSS from JS.
  onSuccess: async () => copyFileSync('src/styles.css', 'dist/styles.css'),
})
