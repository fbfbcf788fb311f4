// The same families in Japanese and Korean: page buttons, reporter
// bylines, published/updated stamps, reproduction notices, and the
// headings of related-news and comment boxes, which cut what follows them.
// Sentences that mention comments, sharing, a date or a reporter stay.
import t from 'tap'
import { runLanguageTables, type LanguageTable } from './table.js'

const LANGUAGES: LanguageTable[] = [
  {
    name: 'Japanese',
    article: [
      '東京都、新たに三つの都市公園を整備へ',
      '東京都は火曜日、今後二年間で三つの都市公園を新たに整備すると発表した。都民の憩いの場を増やすことが狙いだ。',
      '都の担当者によると、新しい公園は人口が密集し緑地の少ない地域を優先して選ぶという。',
      '三つの公園の総面積は約百二十ヘクタールで、完成後は無料で開放される。',
    ],
    remove: ['2025年6月9日 10時30分', '更新日：2025年6月10日', 'この記事をシェア', 'ログイン', '続きを読む', '無断転載を禁じます', 'ニュースをアプリで読む', 'アプリをダウンロード'],
    boxes: [
      ['関連記事', '大阪市も公園整備を加速', '横浜の臨海公園が全面開業'],
      ['コメント一覧', 'たろう：楽しみです', 'はなこ：駐車場はありますか'],
    ],
    keep: [
      '都民からのコメントの多くは計画を歓迎する内容だったという。',
      '計画は2025年6月9日の都議会で正式に承認された。',
      '都民は公園の混雑状況をアプリで見ることができるようになり、担当者は利用を呼びかけた。',
    ],
  },
  {
    name: 'Korean',
    article: [
      '서울시, 도심 공원 세 곳 새로 조성',
      '서울시는 화요일 앞으로 2년 동안 도심 공원 세 곳을 새로 조성한다고 밝혔다.',
      '시 관계자는 새 공원이 인구가 밀집하고 녹지가 부족한 지역에 우선 들어설 것이라고 말했다.',
      '세 공원의 총면적은 약 120헥타르이며 완공 후 무료로 개방된다.',
    ],
    remove: ['홍길동 기자', '입력 2025.06.09 10:30 수정 2025.06.09 11:00', '공유하기', '로그인', '무단전재 및 재배포 금지', '앱에서 보기'],
    boxes: [
      ['관련기사', '부산시도 공원 조성 속도', '인천 해안공원 전면 개장'],
      ['전체 댓글', '시민1: 기대됩니다', '시민2: 주차장은 있나요'],
    ],
    keep: [
      '시민들의 댓글은 대부분 계획을 환영하는 내용이었다고 홍길동 기자가 전했다.',
      '계획은 2025년 6월 9일 시의회에서 공식 승인됐다.',
    ],
  },
]

runLanguageTables(t, LANGUAGES)
