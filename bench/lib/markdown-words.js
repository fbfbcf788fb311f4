// What a reader sees of markdown, for scoring: syntax and URLs out
// (bench/eval-markdown.js, bench/markdown-loss.js).

/** Markdown syntax and URLs out, so only the words a reader sees are scored. */
export function visibleWords(md) {
  return md
    .replace(/^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$/gm, ' ') // reference definitions
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, ' ') // images, alt text and all: no reader sees it
    .replace(/\]\(\s*<?[^)\s>]*>?(?:\s+"[^"\n]*")?\s*\)/g, '] ') // link and image targets
    .replace(/<[^>\n]*>/g, ' ') // raw tags and autolinks
    .replace(/\b(?:https?|ftp):\/\/\S+/gi, ' ')
    .replace(/\bwww\.\S+/gi, ' ')
    .replace(/\bdata:[\w/+.-]+;base64,\S*/gi, ' ')
}
