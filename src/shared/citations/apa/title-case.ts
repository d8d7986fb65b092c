// English title case for journal and website names, as citeproc applies it to
// the APA style's `text-case="title"` fields in an English report (a Dutch
// report leaves them as typed). citeproc capitalises every lower-case word
// that is not a stop word and leaves words with any capital alone. Its rules
// for the first and last word, words after punctuation and hyphenated words
// are subtler, so titles where those would matter are declined.

import { decline } from './decline';

// citeproc's English stop words (one-word entries of CSL.SKIP_WORDS).
const STOP_WORDS = new Set(
  ('about above across afore after against al along alongside amid amidst among amongst anenst apropos apud around as aside ' +
    'astride at athwart atop barring before behind below beneath beside besides between beyond but by circa despite down during ' +
    'et except for forenenst from given in inside into lest like modulo near next notwithstanding of off on onto out over per plus ' +
    'pro qua sans since than through throughout thruout till to toward towards under underneath until unto up upon versus vs ' +
    'v via with within without worth or yet so and nor a an the de von van c ca').split(' '),
);

const WORD = /^[\p{L}\p{N}]+$/u;

export function englishTitleCase(value: string): string {
  const words = value.split(' ');
  return words
    .map((word, index) => {
      if (word === '&') return word;
      if (!WORD.test(word)) decline(`title-cased name has a word with punctuation: ${JSON.stringify(word)}`);
      const lower = word.toLocaleLowerCase('en');
      if (word !== lower) return word;
      if (STOP_WORDS.has(lower) || word.length === 1) {
        if (index === 0 || index === words.length - 1) decline(`title-cased name starts or ends with a stop word: ${JSON.stringify(value)}`);
        return word;
      }
      if (!/^\p{Ll}/u.test(word)) return word;
      return word[0].toLocaleUpperCase('en') + word.slice(1);
    })
    .join(' ');
}
