// Every face gives the same bytes for the same input and options (see
// test/helpers/agreement.ts): the defaults and --source, with the threaded
// faces (-r --jobs 2, --jsonl --jobs 2) and --in-place too.
import t from 'tap'
import { checkAgreement, cleaned, inputs, VARIANTS } from './helpers/agreement.js'

for (const v of VARIANTS.filter((v) => v.threads === true)) t.test(`every face agrees: ${v.name}`, (t) => checkAgreement(t, v))

t.test('the --source variant changes outputs: a face that drops --source would show', async (t) => {
  const [plain, scoped] = VARIANTS.filter((v) => v.threads === true)
  const changed = inputs.filter((d) => JSON.stringify(cleaned(d.bytes, scoped?.options ?? {})) !== JSON.stringify(cleaned(d.bytes, plain?.options ?? {})))
  t.ok(changed.length > 0, `${changed.length} fixtures change`)
})
