// Writes the first names of every Latin-script locale of @faker-js/faker (MIT), one per line, to the path given:
// the importer embeds them beside the English lists so names from other languages (Rohan, Lex, Andrej) read as
// names too. Joke and slang locales are left out; only capitalised single words are kept. The Chinese locales' given
// names are written as English text writes them, in toneless pinyin (pinyin-pro, MIT): "Jiayi" and "Jia-Yi". Names
// faker spells in an alphabet that maps letter for letter onto Latin (Cyrillic, Greek, Armenian, Devanagari, Hangul)
// are written as any-ascii (ISC) spells them: "Ilya", "Oleksandr", "Nikita"; Hangul's syllables both run together and
// hyphenated ("Jiwon", "Ji-won"). Scripts that leave vowels unwritten (Hebrew, Arabic, Thaana) or write names in kanji
// would give spellings no English text uses, and are left out.
import { allLocales } from '@faker-js/faker';
import anyAscii from 'any-ascii';
import { pinyin } from 'pinyin-pro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const skipped = new Set(['en_BORK', 'en_AU_ocker', 'base']);
const names = new Set();
for (const [code, locale] of Object.entries(allLocales)) {
  const lists = skipped.has(code) ? undefined : locale.person?.first_name;
  if (!lists) continue;
  for (const list of Array.isArray(lists) ? [lists] : Object.values(lists)) {
    for (const name of list) {
      if (/^\p{Lu}\p{Ll}+$/u.test(name)) names.add(name);
    }
  }
}
const capitalised = (syllable) => syllable[0].toUpperCase() + syllable.slice(1);
for (const code of ['zh_CN', 'zh_TW']) {
  const lists = allLocales[code]?.person?.first_name;
  if (!lists) continue;
  for (const name of Array.isArray(lists) ? lists : Object.values(lists).flat()) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array' });
    // Two syllables or more ("Bin" alone is too often a word), plain letters only (no ü).
    if (syllables.length < 2 || !syllables.every((s) => /^[a-z]+$/.test(s))) continue;
    names.add(capitalised(syllables.join('')));
    names.add(syllables.map(capitalised).join('-'));
  }
}
const transliterable = /^[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Devanagari}\p{M}]+$/u;
const hangul = /^\p{Script=Hangul}+$/u;
for (const [code, locale] of Object.entries(allLocales)) {
  const lists = skipped.has(code) ? undefined : locale.person?.first_name;
  if (!lists) continue;
  for (const name of (Array.isArray(lists) ? lists : Object.values(lists).flat())) {
    if (transliterable.test(name)) {
      const latin = anyAscii(name).replace(/'/g, '');
      if (/^[a-z]+$/i.test(latin)) names.add(capitalised(latin.toLowerCase()));
    } else if (hangul.test(name)) {
      const syllables = [...name].map((s) => anyAscii(s).toLowerCase());
      if (syllables.length < 2 || !syllables.every((s) => /^[a-z]+$/.test(s))) continue;
      names.add(capitalised(syllables.join('')));
      names.add(capitalised(syllables[0]) + '-' + syllables.slice(1).join(''));
    }
  }
}
const output = process.argv[2];
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, [...names].sort().join('\n') + '\n');
console.log(`${names.size} first names from ${Object.keys(allLocales).length} faker locales -> ${output}`);
