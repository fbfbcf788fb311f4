// Whole-page text: pairs under test/pages/ through clean(), the stream and
// the CLI; the mode decision (articles untouched, pages extracted); and the
// core guarantees in page mode (lines deleted, never edited).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { clean, cleanTextWithReport, cleanWithReport, createCleanStream, PAGE_RULE } from '../lib/index.js'
import { pairs, ROOT, throughStream } from './helpers/pairs.js'
import { segment } from '../lib/document.js'
import { mainContent } from '../lib/page/extract.js'
import { pageLines } from '../lib/page/features.js'
import { defaultVocabulary } from '../lib/page/vocabulary.js'

const BIN = join(ROOT, 'bin/cleanup.js')
const pages = pairs('test/pages')
// The core's documents: the seeds and, where the checkout has them, the core fixtures.
const corePairs = (): ReturnType<typeof pairs> => [...pairs('seeds'), ...(existsSync(join(ROOT, 'test/fixtures')) ? pairs('test/fixtures') : [])]

t.test('page fixtures', async (t) => {
  t.ok(pages.length >= 3, 'at least three pages')
  for (const pair of pages) {
    t.equal(clean(pair.input), pair.expected, `${pair.name}: clean()`)
    t.equal(await throughStream(createCleanStream(), pair.input, 3), pair.expected, `${pair.name}: stream, 3-byte chunks`)
    const cli = spawnSync(process.execPath, [BIN, pair.inputPath], { encoding: 'utf8' })
    t.equal(cli.stdout, pair.expected, `${pair.name}: CLI`)
  }
})

t.test('the mode decision: the seeds and core fixtures are articles, and come out exactly as the core rules leave them', async (t) => {
  for (const pair of corePairs()) {
    const auto = cleanWithReport(pair.input)
    t.equal(auto.mode, 'article', `${pair.name}: article`)
    t.equal(auto.text, clean(pair.input, { mode: 'article' }), `${pair.name}: same as --mode article`)
    t.equal(auto.text, pair.expected, `${pair.name}: expected output`)
  }
})

t.test('the mode decision: whole pages are pages, a clean article with a short list is not', async (t) => {
  for (const pair of pages) {
    const report = cleanWithReport(pair.input)
    const isClean = pair.input.toString('utf8') === pair.expected
    // A page whose chrome the core rules already recognise may be cleaned as
    // an article (its expected output is checked above); a clean one must be.
    if (isClean) {
      t.equal(report.mode, 'article', `${pair.name}: article`)
      t.equal(report.text, pair.expected, `${pair.name}: unchanged`)
    }
  }
  // Articles wrapped in cruft are the core rules' job, never page mode.
  for (const pair of corePairs()) t.equal(cleanWithReport(pair.input).mode, 'article', `${pair.name}: article`)
  const page = pages.find((p) => p.name.endsWith('story-below-sidebar-cue'))
  t.ok(page)
  if (page === undefined) return
  t.equal(cleanWithReport(page.input).mode, 'page', 'a page with menus no rule knows and a cookie notice is a page')
  const forced = cleanWithReport(page.input, { mode: 'article' })
  t.equal(forced.mode, 'article', '--mode article skips page detection')
  t.ok(forced.text.includes('Archive\n'), 'so the core rules alone leave the menu')
  const report = cleanWithReport(page.input)
  t.ok(report.removals.some((r) => r.rule === PAGE_RULE && r.reason === 'cookie or consent notice'), 'the report names page chrome')
  t.ok(report.evidence !== undefined && report.evidence.cookieLines > 0, 'evidence counted')
})

t.test('page mode deletes lines, never edits them, and keeps CRLF', async (t) => {
  for (const pair of [...pages, ...corePairs()]) {
    const input = pair.input.toString('utf8')
    const out = clean(input, { mode: 'page' })
    const inLines = input.split('\n')
    let k = 0
    for (const line of out.split('\n').filter((l) => l !== '')) {
      while (k < inLines.length && inLines[k] !== line) k++
      t.ok(k < inLines.length, `${pair.name}: "${line.slice(0, 40)}" is an input line, in order`)
      k++
    }
    t.equal(clean(input.replace(/\n/g, '\r\n'), { mode: 'page' }), out.replace(/\n/g, '\r\n'), `${pair.name}: CRLF in, CRLF out`)
  }
})

t.test('page mode on an empty or blank document, and a page that is all chrome', async (t) => {
  t.equal(clean('', { mode: 'page' }), '')
  t.equal(clean('\n\n', { mode: 'page' }), '')
  const menu = 'Home\nNews\nSport\nWeather\nSign in\n'
  t.equal(clean(menu, { mode: 'page' }), menu, 'nothing prose-like: kept whole rather than emptied')
})

t.test('removal line numbers refer to the page', async (t) => {
  const page = pages.find((p) => p.name.endsWith('blog-with-comments'))
  if (page === undefined) return t.fail('fixture missing')
  const input = page.input.toString('utf8')
  const lines = input.split('\n')
  const report = cleanTextWithReport(input)
  for (const r of report.removals) t.same(r.lines, lines.slice(r.from - 1, r.to), `${r.rule} ${r.from}-${r.to}`)
  t.ok(report.removals.some((r) => r.rule === 'byline'), 'core rules run on the article region')
})

t.test('CLI: --mode', async (t) => {
  const page = pages.find((p) => p.name.endsWith('news-site-page'))
  if (page === undefined) return t.fail('fixture missing')
  const article = spawnSync(process.execPath, [BIN, '--mode', 'article', page.inputPath], { encoding: 'utf8' })
  t.equal(article.stdout, clean(page.input, { mode: 'article' }))
  const bad = spawnSync(process.execPath, [BIN, '--mode', 'paper', page.inputPath], { encoding: 'utf8' })
  t.equal(bad.status, 2)
  t.match(bad.stderr, /^cleanup: --mode must be auto, article or page/)
})

t.test('never lose the article: a best run far short of the page\'s prose is widened to its prose, and said', async (t) => {
  const page = pages.find((p) => p.name.endsWith('article-split-by-link-boxes'))
  if (page === undefined) throw new Error('test/pages/article-split-by-link-boxes.txt is missing')
  const report = cleanWithReport(page.input)
  t.equal(report.mode, 'page')
  t.match(report.fallback, /best run of lines held 80 of the page's 319 words of prose: widened/)
  t.match(report.text, /Members said they would look again/, 'the last paragraph, past three boxes of links, is kept')
  t.notOk(report.text.includes('in pictures'), 'the boxes of links between the parts stay out')
  // A page whose best run holds its article is not widened.
  const news = pages.find((p) => p.name.endsWith('news-site-page'))
  t.equal(news === undefined ? 'missing' : cleanWithReport(news.input).fallback, undefined)
})

t.test('a related-stories cue under a sidebar does not end the region above the story; over a comment thread it does', async (t) => {
  const page = pages.find((p) => p.name.endsWith('story-below-sidebar-cue'))
  if (page === undefined) throw new Error('test/pages/story-below-sidebar-cue.txt is missing')
  const text = page.input.toString('utf8')
  const doc = segment(text)
  const cue = doc.lines.findIndex((l) => l.text === 'Related stories')
  const story = doc.lines.findIndex((l) => l.text.startsWith('The town council put off'))
  const blurb = doc.lines.findIndex((l) => l.text.startsWith('I started this blog'))
  // A tail cut from the cue to the end of the page, as a related-stories rule proposes it.
  const tail = new Set(doc.lines.map((l) => l.index).filter((i) => i >= cue))
  const markers = { stop: new Set<number>(), comments: new Set<number>(), ruled: tail, end: tail }
  const { keep } = mainContent(doc, pageLines(doc, defaultVocabulary()), markers)
  t.ok(keep[story], 'the story below the cue is in the region')
  t.ok(keep[blurb], 'the prose above the cue stays in the region too')

  // The same page with the story broken into posts by name and reply lines: a comment thread, cut at the cue.
  const thread = text.replace(/\n\n(The|Residents|Engineers|The vote)/g, '\n\nPosted by valleyreader at 9:14PM | Reply\n$1')
  const threadDoc = segment(thread)
  const threadCue = threadDoc.lines.findIndex((l) => l.text === 'Related stories')
  const threadTail = new Set(threadDoc.lines.map((l) => l.index).filter((i) => i >= threadCue))
  const cut = mainContent(threadDoc, pageLines(threadDoc, defaultVocabulary()), { stop: new Set<number>(), comments: new Set<number>(), ruled: threadTail, end: threadTail })
  t.notOk(cut.keep[threadDoc.lines.findIndex((l) => l.text.startsWith('The town council put off'))], 'a thread under the cue stays out')
})

t.test('a latest-comments box above the story does not end the search for it; a thread below the story does', async (t) => {
  const story = [
    'The town council put off its vote on the new river bridge for a third time on Monday night, saying it needed more time to study the costs of the two designs before it could choose between them.',
    'Residents who had waited two hours to speak were told the meeting would close before public comment, and several of them walked out while the mayor was still reading the agenda for the next session.',
    'The older design keeps the stone piers of the 1911 bridge and adds a steel deck, while the newer one replaces the whole crossing and would close the road for most of a year, which shop owners say they cannot survive.',
    'Engineers for the state told the council in January that the old piers are sound, but the council\'s own consultant wrote last month that they would need work within a decade.',
    'The vote is now set for April, when the council expects a revised estimate from the state and a report on how long the road would be closed under each of the two designs it has before it.',
  ].join('\n\n')
  const snippet = 'Dan Warne on the bridge vote: I would like to see the council publish both estimates side by side before anyone votes on anything again this year.'
  const region = (text: string, cue: string): { keep: readonly boolean[]; doc: ReturnType<typeof segment> } => {
    const doc = segment(text)
    const at = new Set([doc.lines.findIndex((l) => l.text === cue)])
    return { doc, keep: mainContent(doc, pageLines(doc, defaultVocabulary()), { stop: at, comments: at, ruled: at, end: new Set() }).keep }
  }
  const sidebar = region(`Home\nNews\nSport\n\nLatest comments\n${snippet}\n${snippet.replace('Dan Warne', 'Marmaduke')}\nRead all comments\n\n${story}\n`, 'Read all comments')
  t.ok(sidebar.keep[sidebar.doc.lines.findIndex((l) => l.text.startsWith('The town council'))], 'the story below the box is found')
  const thread = region(`${story}\n\nComments\n${snippet}\nPosted at 9:14PM | Reply\n${snippet}\n`, 'Comments')
  t.notOk(thread.keep[thread.doc.lines.length - 2], 'the thread below the story stays out')
})

t.test('a listing of teasers (headline, paragraph, again and again) does not take the region from a shorter article', async (t) => {
  const article = [
    'Anelka says Chelsea is his last stop',
    'Last updated at 00:11am on 14th January 2008',
    'Nicolas Anelka said on Sunday that his move to Chelsea would be the last of a career that has taken him through seven clubs in four countries since he left Paris as a teenager.',
    'The striker, signed for fifteen million pounds on Friday, told reporters at the training ground that he wanted to finish his career in London and had no plans to move again.',
    'He is expected to make his debut against Tottenham next weekend, when the manager hopes to have three strikers fit for the first time this season.',
  ].join('\n')
  const teaser = (n: number): string =>
    `Other story number ${n} about the league this week\nFollow all the action as it happens from the third round ties, with reports, reaction and the best of the goals from every ground across the country this evening, round ${n}.`
  const text = `Home\nNews\nSport\nFootball\n\n${article}\n\nAdvertisement\n\n${[1, 2, 3, 4, 5, 6].map(teaser).join('\n')}\n`
  const doc = segment(text)
  // A wall between them (a legal line, a link row), as the rules mark it: the region is one side or the other.
  const wall = new Set([doc.lines.findIndex((l) => l.text === 'Advertisement')])
  const { keep } = mainContent(doc, pageLines(doc, defaultVocabulary()), { stop: wall, comments: new Set(), ruled: wall, end: new Set() })
  const at = (start: string): boolean => keep[doc.lines.findIndex((l) => l.text.startsWith(start))] === true
  t.ok(at('Nicolas Anelka said'), 'the article is the region')
  t.notOk(at('Follow all the action'), 'the teasers are not')
})

t.test('a long line that ends no sentence needs sentences inside it to be prose', async (t) => {
  const titles = ['Days of the Night', 'Into the Wild', 'Out of Time', 'One of Us', 'All about the Money', 'In the Name of the King', 'No Country for Old Men', 'There Will Be Blood', 'Before the Devil Knows', 'The Game of the Year']
  // A form's options run into one line ("Select Movie 27 Dresses 30 Days of Night ..."): 160 words and more, no sentence, the titles' stopwords enough for prose.
  const options = `Select a movie ${Array.from({ length: 4 }, () => titles.join(' ')).join(' ')}`
  // A long paragraph that ends without punctuation but holds sentences: prose.
  const sentence = 'The council met on Monday and agreed to delay the move of the depot until the spring, after residents and traders objected to the plans'
  const paragraph = Array.from({ length: 6 }, () => sentence).join('. ')
  const doc = segment(`${options}\n\n${paragraph}\n`)
  const lines = pageLines(doc, defaultVocabulary())
  t.equal(lines[0]?.prose, false, 'options: no prose')
  t.equal(lines[2]?.prose, true, 'sentences without a final stop: prose')
})

/** The page features' prose flag of each paragraph, the paragraphs laid out as a document. */
function proseFlags(...paragraphs: string[]): Array<boolean | undefined> {
  const lines = pageLines(segment(paragraphs.join('\n\n') + '\n'), defaultVocabulary())
  return lines.filter((p) => !p.line.blank).map((p) => p.prose)
}

t.test('prose in the page features: a long sentence full of names is; a short one, or names with no sentence end, are not', async (t) => {
  // A sports lead has few function words (names, scores) but is the article's first paragraph.
  const lead = 'Auckland, Jan 4 - Top seed and defending champion Maria Kirilenko beat wild card Jelena Dokic 6-2, 7-5 in a second round match at the $220,000 WTA Auckland Classic tennis tournament Friday.'
  const short = 'Top seed Maria Kirilenko beat Jelena Dokic 6-2, 7-5 Friday.'
  const names = 'Boonton Chester Chatham Denville East Hanover Hanover Township Lincoln Park Madison Mendham Borough Montville Parsippany Pequannock Roxbury Washington Township Morris County College'
  // Paragraphs of ordinary English, so that the document's language (and its stopwords) is known.
  const body = 'She had lost to him in the final of the same tournament last year, and said after the match that she had been waiting for this one for a long time.'
  t.same(proseFlags(lead, short, names, body, body), [true, false, false, true, true])
})

t.test('prose in the page features: a Chinese line broken at clauses with no stop at its end is; a menu of category names is not', async (t) => {
  const clauses = '一波波低温寒流报到 已将山后一带层层山峦披上嫣红的彩衣'
  const menu = '首页 新闻 国内 国际 财经 体育 娱乐 科技 军事 汽车 房产 教育 健康 旅游 时尚 视频 图片 博客 论坛'
  const short = '不忍踩过刚刚掉落的树叶'
  // A forum post's header ("label: value" fields) and a line whose words are mostly a link's URL.
  const header = '宝物：后悔药 状元令 楼层： 第 6 楼 时间：2005-09-15 15:03:14 作者：生命的价值 能力值:3144'
  const link = '作者在本版的文章 ![点击发送消息给对方](http://wpa.example.com/pa?p=1:109042431:7&site=bbs&menu=yes)'
  t.same(proseFlags(clauses, menu, short, header, link), [true, false, false, false, false])
})

t.test('prose in the page features: a Chinese line read as prose by its clauses alone is no prose when more than 15% of it was link text', async (t) => {
  // Each paragraph with the share of its text that was link text (a markdown view tells it; text tells none).
  const flags = (...paragraphs: Array<[string, number]>): Array<boolean | undefined> => {
    const doc = segment(paragraphs.map(([p]) => p).join('\n\n') + '\n')
    const share = new Map(paragraphs.map(([p, s]) => [p, s]))
    return pageLines(doc, defaultVocabulary(), (i) => share.get(doc.lines[i]?.text ?? '') ?? 0).filter((p) => !p.line.blank).map((p) => p.prose)
  }
  // Teasers: a linked headline, then its story's first clauses cut off with no stop.
  const teaser = '光明:挑战消费者 光明早就建立的一套危机处理系统，可能建立的太早了。高高'
  const teaser2 = '丁聪:享受最后的时光 一个很瘦、很睿智、洒脱、又很风趣的老头,这就是自谑为"小'
  // A forum's thread list: a link and a sentence per item.
  const thread = '谁能推荐一款好用的下载工具 我在家里的电脑上试了好几个，都不太好用，速度也很慢'
  // Breadcrumbs over a forum's error page.
  const crumbs = '麻辣社区 → 错误信息 → [原创]朋友,请正确客观认识凉山、西昌！错误信息 【 欢迎建立你的个人博客! 】【全文搜索】'
  // The article's own lines broken at clauses: one with a linked name, one with none.
  const named = '中国社会科学院金融研究所所长李扬说，宏观政策应该相对稳定，但是改革一定要加快'
  const clauses = '一波波低温寒流报到 已将山后一带层层山峦披上嫣红的彩衣'
  t.same(flags([teaser, 0.23], [teaser2, 0.26], [thread, 0.4], [crumbs, 0.43], [named, 0.05], [clauses, 0]), [false, false, false, false, true, true])
  // A line ending in a stop is a sentence whatever its links; text, which tells no links, keeps the clauses' route.
  t.same(flags([`${named}。`, 0.3]), [true])
  t.same(proseFlags(teaser, thread, named), [true, true, true])
})

t.test('menu labels in Chinese, Japanese and Korean are chrome labels', async (t) => {
  const doc = segment('首页\n\n登录\n\nログイン\n\nお問い合わせ\n\n로그인\n\n고객센터\n\n首页的新闻\n')
  const labels = pageLines(doc, defaultVocabulary()).filter((p) => !p.line.blank).map((p) => p.chromeLabel)
  t.same(labels, [true, true, true, true, true, true, false])
})

t.test('a comment count under the headline is no wall: the region does not skip the story for the teasers above it', async (t) => {
  const page = [
    'Subscribe via RSS',
    'We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.',
    'Accept',
    'Home',
    'About',
    'Contact',
    'Contributors',
    'Magazine',
    'The Harbour Gazette',
    'River Festival Returns With Longer Programme',
    "The festival committee has published the programme for this year's river festival, which will run for ten days instead of seven and include boat races, concerts and a night market on the quay. Organisers expect record numbers of visitors.",
    'Continue Reading »',
    'New Ferry Timetable Starts Next Month',
    'The ferry company has confirmed that its new timetable will start on the first of next month, with more sailings in the evening and fewer in the middle of the day, after a consultation with passengers.',
    'Continue Reading »',
    'Home',
    'About',
    'Contact',
    'Harbour Wall Repairs Finished Ahead Of Schedule',
    '4 Comments',
    'Written on August 9, 2012 by Jane Smith in News',
    'The repairs to the old harbour wall have been finished three weeks ahead of schedule, the council said on Thursday, after engineers worked through the summer to replace the damaged stones.',
    'The wall was badly damaged in the winter storms, when waves broke through a section near the lifeboat station and flooded the car park behind it.',
    'Engineers used stone from the original quarry so that the repaired section would match the rest of the wall, which dates from the 1850s.',
    'The council said the final cost was slightly below the budget of £1.2 million, and thanked residents for their patience during the work.',
    'Local fishermen said they were relieved that the work was finished before the autumn storms, which usually arrive in October.',
    'Tweet',
    'Recent Posts',
    'Lifeboat Crew Rescues Two Kayakers',
    'Council Approves New Car Park Charges',
    'Trending Tags',
    'Harbour',
    'Ferry',
    'Festival',
  ].join('\n') + '\n'
  const out = clean(page).split('\n')
  for (const line of ['Harbour Wall Repairs Finished Ahead Of Schedule', 'The wall was badly damaged in the winter storms, when waves broke through a section near the lifeboat station and flooded the car park behind it.', 'Local fishermen said they were relieved that the work was finished before the autumn storms, which usually arrive in October.']) {
    t.ok(out.includes(line), line.slice(0, 40))
  }
  t.notOk(out.includes('4 Comments'), 'the count goes')
})

t.test('a box of links in the middle of an article does not end the region when the article goes on below it; teasers on its subject do', async (t) => {
  // Under "Related Content:" and its two teasers the article's next section
  // goes on, its paragraphs full of the words the article keeps using
  // (harbour, wall, granite, mortar). Found on the WCXB dev split: listicles
  // and guides lost every section below their first related box.
  const region = (file: string, line: string): boolean => {
    const doc = segment(readFileSync(join(ROOT, file), 'utf8'))
    const cue = doc.lines.findIndex((l) => l.text === 'Related Content:')
    // The cue ends the article, as the related-stories rule marks it (its tail cut aside).
    const markers = { stop: new Set<number>(), comments: new Set<number>(), ruled: new Set([cue]), end: new Set([cue]) }
    const { keep } = mainContent(doc, pageLines(doc, defaultVocabulary()), markers)
    const at = doc.lines.findIndex((l) => l.text.startsWith(line))
    t.ok(at > cue, `${line} is below the cue`)
    return keep[at] === true
  }
  t.ok(region('test/pages/related-box-mid-article.txt', 'By the end of February the masons'), 'the section below the box is in the region')
  t.ok(clean(readFileSync(join(ROOT, 'test/pages/related-box-mid-article.txt'), 'utf8'), { mode: 'page' }).includes('By the end of February the masons'), 'and in the output')
  // The same cue over teasers on the same subject, each a headline, a blurb and
  // "Read more": no article runs on there, and the region ends at the cue.
  t.notOk(region('test/pages/teasers-on-topic-under-cue.txt', 'A team of masons is restoring'), 'the teasers stay out of the region')
})
