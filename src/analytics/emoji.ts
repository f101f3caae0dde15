import { EMOJI_SHORTCODES, SKIN_TONES } from './emoji-shortcodes.js';

/**
 * Emoji replacement for imports. Analytics rejected emoji in imported data, so the seed
 * connector replaced each with a `:shortcode:` before uploading; `replaceEmoji` does the same.
 *
 * An emoji here is one whole sequence: a keycap (1️⃣), a flag (two regional indicators),
 * or a pictograph shown as emoji (by default or with VS16), with skin tones, tag
 * sequences (🏴󠁧󠁢󠁳󠁣󠁴󠁿) and ZWJ joins (👨‍👩‍👧). Text symbols such as © and ™ are left alone.
 */
const EMOJI =
  /[#*0-9]\uFE0F?\u20E3|\p{Regional_Indicator}{2}|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|[\u{E0020}-\u{E007F}])*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*/gu;

/** Turns one emoji sequence into its replacement text. */
export type EmojiReplacer = (emoji: string) => string;

/**
 * The default replacer: `:thumbs_up:`, `:thumbs_up_medium_skin_tone:`, `:flag_gb:`, `:keycap_1:`, and
 * for emoji without a known name their code points, e.g. `:emoji_1f9a5:`.
 */
export const emojiShortcode: EmojiReplacer = (emoji) => {
  const points = [...emoji];
  if (points.length === 2 && points.every((p) => /\p{Regional_Indicator}/u.test(p))) {
    return `:flag_${points.map((p) => String.fromCharCode(p.codePointAt(0)! - 0x1f1e6 + 97)).join('')}:`;
  }
  if (points[points.length - 1] === '\u20E3') return `:keycap_${points[0] === '*' ? 'asterisk' : points[0]}:`;
  const tone = points.find((p) => SKIN_TONES[p] !== undefined);
  const base = points.filter((p) => p !== '\uFE0F' && SKIN_TONES[p] === undefined).join('');
  const name = EMOJI_SHORTCODES[base];
  if (name !== undefined) return `:${name}${tone ? `_${SKIN_TONES[tone]}` : ''}:`;
  return `:emoji_${points.filter((p) => p !== '\uFE0F').map((p) => p.codePointAt(0)!.toString(16)).join('_')}:`;
};

/**
 * `text` with every emoji sequence replaced.
 *
 * @example
 * const clean = replaceEmoji('Great 👍'); // 'Great :thumbs_up:'
 * const plain = replaceEmoji('Launch 🚀', () => '');
 */
export function replaceEmoji(text: string, replacer: EmojiReplacer = emojiShortcode): string {
  return text.replace(EMOJI, (emoji) => replacer(emoji));
}

/**
 * Replaces emoji in text arriving in chunks. A sequence split between two chunks must be
 * seen whole, so each chunk is cut after its last line break (an emoji never spans one)
 * and the rest waits for the next chunk.
 */
export async function* replaceEmojiInChunks(chunks: AsyncIterable<string>, replacer: EmojiReplacer = emojiShortcode): AsyncGenerator<string, void, undefined> {
  let carry = '';
  for await (const chunk of chunks) {
    const text = carry + chunk;
    const cut = text.lastIndexOf('\n') + 1;
    carry = text.slice(cut);
    if (cut > 0) yield replaceEmoji(text.slice(0, cut), replacer);
  }
  if (carry !== '') yield replaceEmoji(carry, replacer);
}
