// Adversarial lines for the linear-time checks (bench/speed.js,
// bench/throughput.js): each repeats what some bundled pattern loops over.

/** An article around the adversarial line: in the header zone, in the body and at the end. */
export function adversarialDocument(line) {
  const prose = 'The council voted on Tuesday night to approve a plan for a new riverside park, ending a long debate.'
  return [line, 'Council approves plan for new riverside park', prose, line, prose, line].join('\n') + '\n'
}

/** name -> line of about n characters. */
export const ADVERSARIAL = {
  'spaces between words': (n) => 'a' + ' '.repeat(n) + 'b',
  'open brackets': (n) => 'A (' + '('.repeat(n),
  'bracketed credit, unclosed': (n) => 'Residents at the meeting (' + 'Getty '.repeat(n / 6) + 'x',
  'quotes': (n) => '"\u201C\u2019\''.repeat(n / 4),
  'dashes': (n) => 'A ' + '-\u2014'.repeat(n / 2) + ' x',
  'hyphenated token': (n) => 'By A' + 'A-'.repeat(n / 2) + ')',
  'hyphenated name, separator': (n) => 'Jane ' + 'Smith-'.repeat(n / 6) + 'x, Senior Political Editor.',
  'hashtags': (n) => '#a'.repeat(n / 2) + '!',
  'separators': (n) => 'Terms ' + '| '.repeat(n / 2) + 'x',
  'middots': (n) => 'x ' + '\u00B7'.repeat(n) + ' 5 min',
  'dots': (n) => 'Photo: ' + '. '.repeat(n / 2) + 'x',
  'digits and colons': (n) => '12:30 ' + '1:'.repeat(n / 2) + 'x',
  'repeated "sign up "': (n) => 'sign up '.repeat(n / 8) + 'newsletter',
  'repeated "newsletter"': (n) => 'newsletter'.repeat(n / 10) + ' subscribe x',
}
