import { complianceMessages } from '../../prompts/compliance';

/**
 * RF-04 / TC-03: every SMS ends with the opt-out notice, and so must every message a long text
 * becomes. Carriers bill and deliver long texts as segments; a handset may show a long chain late
 * or in pieces, so we never send a chain longer than MAX_SMS_SEGMENTS: a longer message is split
 * at word boundaries into several messages, each a chain of at most that many segments closing
 * with the notice.
 *
 * Segment math (3GPP TS 23.038 / 23.040): a text whose every character is in the GSM 03.38
 * alphabet is sent in GSM-7, 160 septets in one segment or 153 per segment of a chain; the
 * extension-table characters (^ { } \ [ ] ~ | € and form feed) take two septets, and an escape
 * pair never straddles two segments. Any other character (Spanish á í ó ú, emoji...) makes the
 * whole message UCS-2: 70 UTF-16 units in one segment or 67 per segment, a surrogate pair never
 * straddling two. Twilio's "smart encoding" may later make a message cheaper, never dearer.
 */

/** Three segments: about 459 GSM-7 or 201 UCS-2 characters per message. */
export const MAX_SMS_SEGMENTS = 3;

export type SmsEncoding = 'GSM-7' | 'UCS-2';

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';
const basic = new Set(GSM7_BASIC);
const extension = new Set(GSM7_EXTENSION);

export function smsEncoding(text: string): SmsEncoding {
  for (const char of text) if (!basic.has(char) && !extension.has(char)) return 'UCS-2';
  return 'GSM-7';
}

/** How many segments `text` is sent as (at least one, even when empty). */
export function smsSegmentCount(text: string): number {
  const gsm = smsEncoding(text) === 'GSM-7';
  // Units of each character that must stay in one segment: septets (GSM-7) or UTF-16 units (UCS-2).
  const units = [...text].map((char) => (gsm ? (extension.has(char) ? 2 : 1) : char.length));
  const total = units.reduce((sum, n) => sum + n, 0);
  if (total <= (gsm ? 160 : 70)) return 1;
  const perSegment = gsm ? 153 : 67;
  let segments = 1;
  let used = 0;
  for (const n of units) {
    if (used + n > perSegment) {
      segments += 1;
      used = 0;
    }
    used += n;
  }
  return segments;
}

export type SmsSplit =
  | { ok: true; parts: string[] }
  /** A single word is so long that it and the notice cannot share one message: sending would cut the notice. */
  | { ok: false; reason: 'word_exceeds_segment_budget'; word: string };

const NOTICE_SEPARATOR = '\n';

/**
 * Splits `text` (which ends with `notice`, or not: the notice is then added to every part) into
 * messages of at most `maxSegments` segments each ending with the notice. A text that fits is
 * returned as it is. Cuts fall on whitespace, at a line break or else a sentence end when one
 * keeps the part at least half full (menus stay whole lines, sentences whole; a colon or semicolon
 * only when no sentence ends there); the whitespace at a cut is dropped, and words are never cut.
 * An empty notice splits plain text the same way.
 */
export function splitSms(text: string, notice: string, maxSegments: number = MAX_SMS_SEGMENTS): SmsSplit {
  if (smsSegmentCount(text) <= maxSegments && (notice === '' || text.endsWith(notice))) return { ok: true, parts: [text] };
  const body = (notice !== '' && text.endsWith(notice) ? text.slice(0, text.length - notice.length) : text).trim();
  const close = (part: string) => (notice === '' ? part : part === '' ? notice : `${part}${NOTICE_SEPARATOR}${notice}`);
  const fits = (part: string) => smsSegmentCount(close(part)) <= maxSegments;
  if (fits(body)) return { ok: true, parts: [close(body)] };

  // Words with the whitespace that follows each; a cut after word i drops that whitespace.
  const tokens = [...body.matchAll(/(\S+)(\s*)/gu)].map((match) => ({ word: match[1]!, space: match[2]! }));
  const parts: string[] = [];
  let start = 0;
  while (start < tokens.length) {
    if (!fits(tokens[start]!.word)) return { ok: false, reason: 'word_exceeds_segment_budget', word: tokens[start]!.word };
    let end = start + 1; // exclusive: tokens[start, end) make the part
    let part = tokens[start]!.word;
    let lastLineBreak = -1; // the longest end whose cut falls on a line break
    let lastSentenceEnd = -1; // ... or after a sentence
    let lastClauseEnd = -1; // ... or after a colon or semicolon
    while (end < tokens.length) {
      const space = tokens[end - 1]!.space;
      if (space.includes('\n')) lastLineBreak = end;
      if (/[.!?…]["')\]»]*$/u.test(tokens[end - 1]!.word)) lastSentenceEnd = end;
      else if (/[:;]["')\]»]*$/u.test(tokens[end - 1]!.word)) lastClauseEnd = end;
      const longer = `${part}${space}${tokens[end]!.word}`;
      if (!fits(longer)) break;
      part = longer;
      end += 1;
    }
    // A cut where the reader expects one, if it keeps the part at least half full.
    for (const preferred of end < tokens.length ? [lastLineBreak, lastSentenceEnd, lastClauseEnd] : []) {
      if (preferred <= start) continue;
      const shorter = joined(tokens, start, preferred);
      if (shorter.length * 2 < part.length) continue;
      end = preferred;
      part = shorter;
      break;
    }
    parts.push(close(part));
    start = end;
  }
  return { ok: true, parts };
}

function joined(tokens: ReadonlyArray<{ word: string; space: string }>, start: number, end: number): string {
  let text = tokens[start]!.word;
  for (let i = start + 1; i < end; i += 1) text += `${tokens[i - 1]!.space}${tokens[i]!.word}`;
  return text;
}

/** Every approved opt-out notice, longest first so a notice that ends another is not taken for it. */
const knownNotices = [...new Set(Object.values(complianceMessages).map((words) => words.optOutNotice))].sort((a, b) => b.length - a.length);

/** The approved opt-out notice `text` ends with, if any (the gate put it there, RF-04). */
export function endingNotice(text: string): string | null {
  return knownNotices.find((notice) => text.endsWith(notice)) ?? null;
}

/**
 * The messages an outbound SMS (the gate's text) is sent as. Text without a notice (the single
 * opt-out confirmation, TC-02) is split without one. Should a text that never passed the gate
 * not split, it is sent whole: the gate is where a notice that would be cut blocks the message.
 */
export function smsParts(text: string, maxSegments: number = MAX_SMS_SEGMENTS): string[] {
  const split = splitSms(text, endingNotice(text) ?? '', maxSegments);
  return split.ok ? split.parts : [text];
}

/**
 * One turn's texts as few messages as carriers will bill no more for (issue #15 item 6): texts
 * that close with the same opt-out notice are joined, line by line, under one notice (RF-04: one
 * per message) while the whole stays within `maxSegments` and costs no more segments than the
 * texts apart (so a Spanish accent never turns a GSM-7 message into dearer UCS-2). A text without
 * the notice (the opt-out confirmation, TC-02) stays on its own.
 */
export function combineSms(texts: readonly string[], maxSegments: number = MAX_SMS_SEGMENTS): string[] {
  const combined: string[] = [];
  for (const text of texts) {
    const previous = combined.at(-1);
    const joined = previous === undefined ? null : joinUnderOneNotice(previous, text);
    if (joined !== null && smsSegmentCount(joined) <= Math.min(maxSegments, smsSegmentCount(previous!) + smsSegmentCount(text))) combined[combined.length - 1] = joined;
    else combined.push(text);
  }
  return combined;
}

function joinUnderOneNotice(first: string, second: string): string | null {
  const notice = endingNotice(first);
  if (notice === null || endingNotice(second) !== notice) return null;
  const body = (text: string) => text.slice(0, text.length - notice.length).trim();
  return [body(first), body(second), notice].filter((part) => part.length > 0).join(NOTICE_SEPARATOR);
}
