// A document a guard kept (flagged, not gutted) says so on every face that
// reports: the report's guard, the JSONL report field, --stats and --explain.
import t from 'tap'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanWithReport } from '../lib/index.js'
import { inProcess } from './helpers/cli.js'

// Nothing but a line the rules remove: the emptied-document guard keeps it.
const ONLY_CRUFT = 'Advertisement\n'
const ARTICLE = 'Storm hits coast\n\nThe storm arrived at dawn and brought down power lines across the county, officials said.\n\nAdvertisement\n'

t.test('the report carries the guard', async (t) => {
  t.match(cleanWithReport(ONLY_CRUFT).guard, /kept everything/)
  t.equal(cleanWithReport(ARTICLE).guard, undefined)
})

t.test('--jsonl: the report field names the guard and --stats counts the flagged records', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-guard-'))
  const input = join(dir, 'in.jsonl')
  writeFileSync(input, [ONLY_CRUFT, ARTICLE, ONLY_CRUFT].map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n')
  const run = await inProcess(['--jsonl', '--report-field', 'removed', '--stats', '--jobs', '1', '--quiet', input])
  t.equal(run.status, 0)
  const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; removed: { guard?: string } })
  t.equal(records.length, 3)
  t.match(records[0]?.removed.guard, /kept everything/)
  t.equal(records[1]?.removed.guard, undefined)
  t.equal(records[0]?.text, ONLY_CRUFT, 'the flagged text is kept whole')
  t.match(run.stderr, /2 flagged by a guard/)
})

t.test('--explain prints the guard', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cleanup-guard-'))
  const file = join(dir, 'only-cruft.txt')
  writeFileSync(file, ONLY_CRUFT)
  const run = await inProcess(['--explain', file])
  t.match(run.stderr, /guard: kept everything/)
})
