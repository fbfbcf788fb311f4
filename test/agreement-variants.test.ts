// Every face gives the same bytes for the same input and options (see
// test/helpers/agreement.ts), under --mode and --format.
import t from 'tap'
import { looksLikeHtml } from '../lib/index.js'
import { checkAgreement, cleaned, inputs, VARIANTS } from './helpers/agreement.js'

const variants = VARIANTS.filter((v) => v.threads !== true)
for (const v of variants) t.test(`every face agrees: ${v.name}`, (t) => checkAgreement(t, v))

t.test('the variants change outputs: a face that ignores them would show', async (t) => {
  for (const v of variants) {
    const changed = inputs.filter((d) => JSON.stringify(cleaned(d.bytes, v.options)) !== JSON.stringify(cleaned(d.bytes, {})))
    t.ok(changed.length > 0, `${v.name}: ${changed.length} fixtures change`)
  }
  t.ok(inputs.some((d) => looksLikeHtml(d.bytes)) && inputs.some((d) => !looksLikeHtml(d.bytes)), 'fixtures hold both text and HTML')
})
