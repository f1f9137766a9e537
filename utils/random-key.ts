/**
 * 128 random bits in hex: the picker's token and the sidebar's key, which a page must not guess
 * (crypto.randomUUID needs a secure context, and supported pages may be plain http).
 */
export function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
