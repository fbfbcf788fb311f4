// The same families in Chinese: editor and source credits, page buttons,
// licence and copyright footers, and the headings of related-news and
// comment boxes, which cut what follows them. Chinese article lines that
// mention a source or an editor in a sentence stay.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { LAYOUTS } from './table.js'

const H = '北京市将新建三座城市公园'
const P1 = '北京市政府周二宣布，将在未来两年内新建三座城市公园，以满足市民日益增长的休闲需求。'
const P2 = '市园林绿化局负责人表示，新公园将优先选址在人口密集、绿地较少的城区，预计明年春季动工。'
const P3 = '据介绍，三座公园总面积约一百二十公顷，建成后将免费向市民开放。'

t.test('Chinese credit, button and footer lines go; the article stays', async (t) => {
  for (const [layout, sep] of LAYOUTS) {
    const article = [H, P1, P2, P3].join(sep) + '\n'
    for (const line of ['（ 责任编辑：魏喆 ）', '来源：新华网', '返回顶部', '[打印]', '*经营许可证编号：京ICP00000008号', '版权所有 未经授权不得转载', '打开APP阅读全文', '下载客户端']) {
      t.equal(clean([H, P1, P2, line, P3].join(sep) + '\n'), article, `${layout}: ${line}`)
    }
  }
})

t.test('a related-news or comments heading in Chinese cuts its box', async (t) => {
  for (const [layout, sep] of LAYOUTS) {
    const article = [H, P1, P2, P3].join(sep) + '\n'
    for (const box of [['相关新闻', '上海新建滨江步道全线贯通', '广州公园绿地面积再创新高'], ['热门评论', '网友甲：支持！', '网友乙：希望早日建成。']]) {
      t.equal(clean([H, P1, P2, P3, ...box].join(sep) + '\n'), article, `${layout}: ${box[0]}`)
    }
  }
})

t.test('Chinese sentences that mention a source, an editor or comments stay', async (t) => {
  for (const [layout, sep] of LAYOUTS) {
    for (const line of ['来源：市园林绿化局表示，公园的设计方案将于下月向社会公开征求意见。', '该报责任编辑在评论中指出，城市绿地建设应当兼顾公平与效率。', '网友的评论大多表示支持，也有人担心施工期间的交通问题。', '市民可以打开app查看公园的开放时间和预约方式，园林局表示将在下月上线。']) {
      const doc = [H, P1, P2, line, P3].join(sep) + '\n'
      t.equal(clean(doc), doc, `${layout}: ${line}`)
    }
  }
})
