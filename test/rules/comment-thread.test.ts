// comment threads: the posts under a comment heading go with it when they
// read as a thread (each one or two short paragraphs under an author or time
// line); text that merely follows a comment count stays. The threads cut
// are the fixture pairs comment-thread-says and comment-thread-names.
import t from 'tap'
import { clean } from '../../lib/index.js'
import { segment } from '../../lib/document.js'
import { readsAsThread } from '../../lib/rules/comment-thread.js'
import type { RuleContext } from '../../lib/rules/types.js'

/** Every line of running text (ten words or more) of `input` is in `output`. */
function keepsProse(input: string, output: string): string[] {
  const kept = new Set(output.split('\n'))
  return input.split('\n').filter((l) => l.split(/\s+/).length >= 10 && !kept.has(l))
}

const cases: ReadonlyArray<readonly [name: string, doc: string]> = [
  [
    // A blog's front page: "Comments (N)" ends each post, and the next post follows.
    'posts under comment counts on a front page',
    `The Stopped Clock
Political discussion and ranting from a small town by the river.

Saturday, October 02, 2004
A Detailed Plan For the Bridge?
Throughout the campaign, the paper has demanded that the council set out a plan for the old bridge. Nobody has asked the same of the mayor, who has had four years to write one and has not.
The columnist breaks with that pattern, at least, and asks both sides what they would do with the bridge if the state refused to pay for a new deck.
// posted by Aaron @ 9:43 AM
Comments (1)

Friday, October 01, 2004
Leading Them By The Nose
When I hear criticism of the challenger, I am often left wondering what it is that his critics want in a candidate for mayor.
They seem to want someone who speaks in slogans, instead of one who understands that the bridge, the school and the budget are one problem.
// posted by Aaron @ 9:01 AM
Comments (2)

Thursday, September 30, 2004
Party Affiliation and Polling
Here is a real shock: a poll that asks more members of one party than the other gives that party's candidate a lead.
The paper printed the result on its front page without saying how many of each were asked.
// posted by Aaron @ 6:50 AM
Comments (2)
`,
  ],
  [
    // A story under a comment count whose quotes open with thanks and a greeting: two such lines are no thread (it takes three).
    'a story with a speech under a comment count',
    `Mayor thanks volunteers after the flood

The mayor spent Saturday morning at the sports hall, where more than two hundred volunteers had spent the week filling sandbags and clearing mud from the houses on the river road.

Comments (4)

Thank you for everything you have done this week, she told them, standing on a chair so that the people at the back could see her.
Hello to the families from the river road too, she added, who have been sleeping in the school hall since Monday night.
The council will pay for new doors and floors in the worst-hit houses, and the work should start within a fortnight, officials said.
Volunteers were still clearing the last of the mud from the lower gardens on Saturday afternoon, and more rain is forecast for Tuesday.
`,
  ],
  [
    // A comment count in the meta line of a story: the subheaded article goes on under it.
    'an article with subheadings under a comment count',
    `Council backs new harbour plan after long debate

The council voted by nine votes to four on Tuesday night to back the new harbour plan, ending a debate that has run for most of the year and split both main parties on the council.

Comments (3)

Economic Outlook
The plan's supporters say the new berths will bring cruise ships back to the town for the first time since the old quay closed in 1998.
They expect the first ships in the summer of next year, and say the shops and cafes on the front will see the benefit within weeks.

Local Reaction
Residents on the harbour road said they were worried about traffic on cruise days, when coaches would use the narrow streets above the quay.
The council promised a traffic plan before the first ship arrives, and said coaches would park at the old station yard.

Next Steps
The plan now goes to the county for approval, which officials expect in the spring of next year.
`,
  ],
  [
    // "0 comments" heads no thread: what follows is the next story.
    'a story under "0 comments"',
    `Harbour notes from the week

The ferry timetable changes on Monday, with the first boat leaving half an hour earlier than it does now, the operator said. The last boat will leave at ten, an hour later than in winter, and the Sunday service will run all year for the first time since the new pier opened.

0 comments

Mark Ellis
Fishermen on the north quay say the new fuel prices have cut their margins by a third since the spring, and some have stopped going out on weekdays.
The harbour board said it would look at the prices again at its next meeting, but gave no promise.

Ann Kerr
The lifeboat crew was called out twice on Sunday, once to a yacht that had lost its engine and once to a swimmer who got into trouble off the point.

Joe Park
The harbour festival returns in August, with the tall ship race moved to the Saturday so that more boats from across the water can take part.
`,
  ],
  [
    // A paper's own "Discussion" heading (a comment-section phrase) over its
    // sections and references: author names over citations with volume and
    // page ("35:1234") are no posts under names and times.
    'a paper\'s Discussion section and references',
    `Recurrent events in patients with idiopathic ventricular fibrillation

Background
Idiopathic ventricular fibrillation is a rare cause of sudden death in young adults, and the long-term outcome of treated patients is not well known, which this study sets out to describe in a large group followed for many years.
All patients seen at the centre between 1990 and 2005 were included, and each was followed at the clinic every six months, with a review of the stored records of the device at each visit.

Discussion
In this group of patients the rate of recurrent events was high, and most of them occurred within the first two years after the first episode.
Electrophysiological testing did not predict which patients would have a recurrence, in line with earlier, smaller reports.

References
Champagne J
J Am Coll Cardiol 2000, 35:12
Recurrent cardiac events in patients with idiopathic fibrillation after treatment
Geelen P
Circulation 1998, 97:15
Ventricular fibrillation without structural heart disease in a large series
Philippon F
Heart 2004, 90:44
Long-term outcome after defibrillator implantation in young adults
Brugada P
Eur Heart J 2002, 23:10
Sudden death in the young and the role of inherited disease
`,
  ],
]

for (const [name, doc] of cases) {
  t.test(`keeps the text: ${name}`, async (t) => {
    t.same(keepsProse(doc, clean(doc)), [])
  })
}

t.test('a line removed by a rule is read by who removed it, whatever was read of the document before', async (t) => {
  // readsAsThread keeps each line's own kind per document: what a rule's removal says must not be kept with it.
  const prose = 'The council met on Monday to discuss the future of the old bridge, which has been closed to traffic since the spring floods damaged its deck.'
  const text = [prose, prose, prose, 'Comments', 'Byron says:', 'I think the council should have acted on the bridge years ago.', 'Mary wrote:', 'The ferry has been running late every morning this week again.', ''].join('\n')
  const doc = segment(text)
  const proseBefore = 3 * (doc.lines[0]?.words ?? 0)
  const ctx = (markedBy: ReadonlyMap<number, string>): RuleContext => ({ marked: new Set(markedBy.keys()), markedBy, titleCues: new Set(), kept: new Set() })
  const unmarked = ctx(new Map())
  const asPromo = ctx(new Map([[4, 'cross-promo'], [6, 'cross-promo']]))
  const isCue = (i: number): boolean => i === 3
  for (const order of [[unmarked, asPromo], [asPromo, unmarked]]) {
    const fresh = segment(text)
    t.same(order.map((c) => readsAsThread(fresh, c, 3, proseBefore, isCue)), order.map((c) => c === unmarked), 'headers read as headers only when no rule removed them')
  }
  t.ok(readsAsThread(doc, unmarked, 3, proseBefore, isCue))
})
