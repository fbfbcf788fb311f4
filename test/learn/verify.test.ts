// The last guard: learned rules are run over their corpus with the engine,
// and a rule that removes some document's headline or first paragraph is
// demoted or dropped, whatever the guards before it let through.
import t from 'tap'
import { defaultRules } from '../../lib/index.js'
import { countLines } from '../../lib/learn/count.js'
import { IdAllocator } from '../../lib/learn/emit.js'
import type { Learned } from '../../lib/learn/findings.js'
import { articleRoles, headTemplates } from '../../lib/learn/guards.js'
import { profileDocument, Vocabulary } from '../../lib/learn/profile.js'
import { verifyRules } from '../../lib/learn/verify.js'
import { article, cleanText, prng } from '../helpers/outlets.js'

t.test('a rule that would remove a headline is dropped; the others stay', async (t) => {
  const rng = prng(31)
  const vocab = new Vocabulary()
  const articles = Array.from({ length: 4 }, () => article(rng))
  const docs = articles.map((a, i) => profileDocument({ id: `d${i}`, text: `Bugle Daily\n\n${cleanText(a)}` }, vocab, defaultRules(), i))
  const stats = countLines(docs)
  const roles = articleRoles(docs, headTemplates(docs, stats, 3))
  const headline = docs[0]!.lines[roles[0]!.headline]!.norm
  t.equal(vocab.norm(headline), articles[0]!.headline.toLowerCase(), 'the first document\'s headline is found')
  const items: Learned[] = [{ stats: stats.get(headline)! }, { stats: stats.get(docs[0]!.lines[0]!.norm)! }]
  const rejected: Array<[string, string]> = []
  const ctx = { vocab, docs, source: undefined, ids: new IdAllocator(), idOf: new Map<number, string>(), examples: 1 }
  const entries = verifyRules(items, docs, roles, ctx, defaultRules(), (item, reason) => rejected.push([vocab.norm(item.stats.norm), reason]))
  t.same(rejected, [[articles[0]!.headline.toLowerCase(), 'removes-article-text']])
  t.same(entries.map((e) => e.id), ['learned.bugle-daily'], 'the template line stays')
})
