/** Vite's `?raw` import: a file's text, for tests that check source-level facts. */
declare module '*?raw' {
  const text: string
  export default text
}
