// Vite's `?raw` imports: the guides are shown in Storybook as Markdown.
declare module '*.md?raw' {
  const text: string
  export default text
}
