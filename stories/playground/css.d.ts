// Vite bundles the Playground's stylesheet; for TypeScript a CSS import is a side effect only.
declare module '*.css'
