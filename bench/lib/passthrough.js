#!/usr/bin/env node
// The baseline the ingest benchmark compares with: read JSON Lines, parse
// and re-stringify each record, write it out. No cleaning: the least any
// record filter must do. Streams with backpressure like the real thing.
//
//   node bench/lib/passthrough.js FILE > out.jsonl
import { createReadStream } from 'node:fs'
import { once } from 'node:events'
import { StringDecoder } from 'node:string_decoder'

const decoder = new StringDecoder('utf8')
let rest = ''
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  const text = rest + decoder.write(chunk)
  const out = []
  let pos = 0
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', pos)) {
    if (nl > pos) out.push(JSON.stringify(JSON.parse(text.slice(pos, nl))))
    pos = nl + 1
  }
  rest = text.slice(pos)
  if (out.length > 0 && !process.stdout.write(out.join('\n') + '\n')) await once(process.stdout, 'drain')
}
if (rest.trim() !== '') process.stdout.write(JSON.stringify(JSON.parse(rest)) + '\n')
