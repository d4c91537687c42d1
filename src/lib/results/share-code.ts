/**
 * Share codes: scores only (never answers or notes), packed small enough for the
 * #fragment of a link. Browsers never send the fragment to a server.
 *
 * Layout, as bytes, then base64url without padding:
 *   [0]    format version (SHARE_VERSION)
 *   [1..2] checksum of the layout: the framework and dimension ids in manifest order
 *   then, per framework in manifest order: its overall score, then each dimension's
 *   score — 0–100, or 255 for "no score".
 * A code made for another layout (content changed) or damaged in transit is refused.
 *
 * A link may add the role its sender answers as after the code, `#share=CODE&role=manager`,
 * for the team view. The code itself is unchanged, so links made before roles still open.
 */
import type { ScoreSheet } from './score-sheet';

/** What a share code depends on: the framework and dimension ids, in order (a ResultsOutline is one). */
export interface ShareLayoutSource {
  frameworks: readonly { id: string; dimensions: readonly { id: string }[] }[];
}

const SHARE_VERSION = 1;
const SHARE_PREFIX = 'share=';
const NO_SCORE = 255;
/** Far above any real code; stops a huge fragment before any work is done. */
const MAX_CODE_LENGTH = 400;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding. */
export function toBase64Url(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63]!;
    if (c !== undefined) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** Bytes of a base64url string, or null if it is not one. */
export function fromBase64Url(text: string): number[] | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = [...text.slice(i, i + 4)].map((ch) => ALPHABET.indexOf(ch));
    const n = (chunk[0]! << 18) | (chunk[1]! << 12) | ((chunk[2] ?? 0) << 6) | (chunk[3] ?? 0);
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  return bytes;
}

/** The ids whose scores a code carries, in order. */
export function shareLayout(outline: ShareLayoutSource): string[] {
  return outline.frameworks.flatMap((f) => [f.id, ...f.dimensions.map((d) => d.id)]);
}

/** 16-bit FNV-1a checksum of the layout. */
function checksum(layout: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const ch of layout.join(',')) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/** Packs a score sheet into a share code. */
export function encodeShareCode(outline: ShareLayoutSource, sheet: ScoreSheet): string {
  const sum = checksum(shareLayout(outline));
  const bytes = [SHARE_VERSION, sum >> 8, sum & 255];
  for (const f of outline.frameworks) {
    const scores = sheet.frameworks[f.id];
    for (const score of [scores?.score, ...f.dimensions.map((d) => scores?.dimensions[d.id])])
      bytes.push(typeof score === 'number' ? Math.max(0, Math.min(100, Math.round(score))) : NO_SCORE);
  }
  return toBase64Url(bytes);
}

export type ShareDecodeResult = { ok: true; sheet: ScoreSheet } | { ok: false; message: string };

const DAMAGED = 'This share link is damaged or incomplete, so its scores cannot be shown. Ask for the link again.';

/** Unpacks a share code, refusing anything that is not exactly a code for this layout. */
export function decodeShareCode(outline: ShareLayoutSource, code: string): ShareDecodeResult {
  if (code.length === 0 || code.length > MAX_CODE_LENGTH) return { ok: false, message: DAMAGED };
  const bytes = fromBase64Url(code);
  if (!bytes || bytes.length < 3) return { ok: false, message: DAMAGED };
  if (bytes[0]! > SHARE_VERSION)
    return {
      ok: false,
      message:
        'This share link was made by a newer version of the playbook. Update this copy of the playbook to open it.',
    };
  if (bytes[0] !== SHARE_VERSION) return { ok: false, message: DAMAGED };
  const layout = shareLayout(outline);
  const sum = checksum(layout);
  if (bytes[1] !== sum >> 8 || bytes[2] !== (sum & 255))
    return {
      ok: false,
      message:
        'This share link was made for a different edition of the assessments, so its scores would not line up. Ask for a new link.',
    };
  if (bytes.length !== 3 + layout.length) return { ok: false, message: DAMAGED };
  const values = bytes.slice(3);
  if (values.some((v) => v > 100 && v !== NO_SCORE)) return { ok: false, message: DAMAGED };
  const score = (v: number) => (v === NO_SCORE ? null : v);
  const frameworks: ScoreSheet['frameworks'] = {};
  let i = 0;
  for (const f of outline.frameworks) {
    const overall = score(values[i++]!);
    const dimensions: Record<string, number | null> = {};
    for (const d of f.dimensions) dimensions[d.id] = score(values[i++]!);
    frameworks[f.id] = { score: overall, dimensions };
  }
  return { ok: true, sheet: { frameworks } };
}

const ROLE_PART = '&role=';

/** The share code in a location hash (`#share=…`), or null when the hash is something else. */
export function codeFromHash(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(SHARE_PREFIX)) return null;
  const code = fragment.slice(SHARE_PREFIX.length);
  const role = code.indexOf(ROLE_PART);
  return role === -1 ? code : code.slice(0, role);
}

/** The role written after the code (`&role=manager`), if any; checked by the caller. */
export function roleFromHash(hash: string): string | null {
  const at = hash.indexOf(ROLE_PART);
  return at === -1 || codeFromHash(hash) === null ? null : hash.slice(at + ROLE_PART.length);
}

/** The full share link for a page address (its own hash replaced), with the sender's role if given. */
export function shareLink(pageUrl: string, code: string, role?: string): string {
  return `${pageUrl.replace(/#.*$/, '')}#${SHARE_PREFIX}${code}${role ? `${ROLE_PART}${role}` : ''}`;
}
