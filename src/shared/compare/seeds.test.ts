// The two sample reports (seeds/): the same days in Iraq told by two outlets, one on the prime minister's
// security policy, the other on the militias' threats. They share few passages; length alignment paired
// five of seven checked paragraphs with unrelated ones. Content matching must pair what a reader would
// pair, and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDifferences } from './differences';
import { matchPassages } from './match';
import { analyseDocument, blocksOfLines } from './passages';
import { localWeights } from './weights';

const seed = (name: string) => {
  const text = readFileSync(join(__dirname, '../../../seeds', name), 'utf8');
  return analyseDocument({ text, blocks: blocksOfLines(text) });
};
const kadhimi = seed('al-kadhimi-confronts-militias.txt');
const escalates = seed('iraq-escalates-against-militias.txt');

// Pairs a reader makes, [kadhimi block, escalates block].
const READER_PAIRS: Record<string, [number, number]> = {
  'the opening on rocket and ISIS attacks and new policies against the militias ↔ the authorities escalating against the militias':
    [3, 0],
  'the opening on the militias’ security threats ↔ the government warning the factions after threats to the prime minister': [
    3, 6,
  ],
  'the prime minister’s plans to curb the militias ↔ the authorities escalating against the militias': [4, 0],
  'the prime minister’s plans against groups outside the law ↔ the 1.8 million troops chasing those outside the law': [4, 3],
  'the rocket attack on the coalition’s base near Baghdad airport ↔ the coalition’s strike on ISIS and the militias’ threats': [
    7, 0,
  ],
  'the rocket attack by militias near Baghdad ↔ the militias’ rockets at the Green Zone and the US embassy': [7, 9],
  'the commander-in-chief’s security meeting ↔ the commander-in-chief’s spokesman on 1.8 million troops': [5, 3],
  'the commander-in-chief’s directives ↔ the commander-in-chief’s spokesman on 1.8 million troops': [6, 3],
  'the headline on confronting the militias ↔ the prime minister’s resolve to curb the militias': [0, 9],
};

describe('the two sample reports', () => {
  const weights = localWeights([kadhimi, escalates]);
  const match = matchPassages(kadhimi, escalates, weights);
  const pairs = match.pairs.map((p) => [p.left, p.right]);

  it('compares them by content', () => {
    expect(match.method).toBe('content');
  });

  it('pairs the two openings', () => {
    expect(pairs).toContainEqual(
      READER_PAIRS[
        'the opening on rocket and ISIS attacks and new policies against the militias ↔ the authorities escalating against the militias'
      ],
    );
  });

  it('makes no pair a reader would not make', () => {
    for (const pair of pairs) expect(Object.values(READER_PAIRS)).toContainEqual(pair);
  });

  it('leaves page furniture and the passages only one report has unpaired', () => {
    // The photo caption, the "ت + ت - الحجم الطبيعي" font buttons, "Email", General McKenzie's words;
    // the border guards' operation near Basra, the delegation to Tehran, the night tour of Baghdad.
    for (const block of [1, 2, 8, 9]) expect(match.onlyLeft).toContain(block);
    for (const block of [2, 4, 8]) expect(match.onlyRight).toContain(block);
  });

  it('finds what only one report says', () => {
    const found = findDifferences(kadhimi, escalates, match.pairs, weights);
    const texts = found.map((d) => `${d.kind} ${d.side} ${d.text}`);
    expect(texts).toContain('number right مليونا و800 ألف');
    expect(texts).toContain('name left كينيث ماكنزي');
    expect(texts).toContain('name right عصائب أهل الحق');
    expect(texts).toContain('name right أبو على العسكرى');
    expect(found).toContainEqual(expect.objectContaining({ kind: 'quote', side: 'left' }));
    // الكاظمي / الكاظمى and الميليشيات / المليشيات are the same words.
    expect(texts.join(' ')).not.toMatch(/الكاظم|ميليشيات|مليشيات/);
    expect(found.some((d) => d.side === 'both')).toBe(false);
  });
});
