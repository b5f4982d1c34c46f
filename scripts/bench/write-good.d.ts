// write-good ships no types; the bench only calls its default export.
declare module 'write-good' {
  const writeGood: (text: string, options?: Record<string, boolean>) => { index: number; offset: number; reason: string }[];
  export default writeGood;
}
