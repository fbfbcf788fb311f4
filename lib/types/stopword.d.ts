// The `stopword` package ships no types: each export is one language's list
// of stopwords, keyed by ISO 639-3 code (eng, deu, fra, ...).
declare module 'stopword' {
  const lists: Record<string, readonly string[] | ((...args: never[]) => unknown)>
  export default lists
}
