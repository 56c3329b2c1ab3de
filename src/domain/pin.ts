import type { PinRecord } from './settings';

// The staff PIN is never stored: only a random salt and a slow PBKDF2-SHA-256 hash of it, so
// that reading the tablet's storage does not give the PIN away. WebCrypto only exists on
// secure pages (https, or localhost while testing).

export const pinPattern = /^\d{4,8}$/;
export const maxPinTries = 3;
export const lockOutMs = 60_000;
const iterations = 200_000;

export function isValidPin(pin: string): boolean {
  return pinPattern.test(pin);
}

export function canHashPins(): boolean {
  return typeof globalThis.crypto?.subtle?.importKey === 'function';
}

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

const fromHex = (text: string) => new Uint8Array(text.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);

async function derive(pin: string, salt: Uint8Array, rounds: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations: rounds },
    key,
    256,
  );
  return hex(bits);
}

export async function hashPin(pin: string): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: hex(salt), hash: await derive(pin, salt, iterations), iterations };
}

export async function checkPin(pin: string, record: PinRecord): Promise<boolean> {
  const hash = await derive(pin, fromHex(record.salt), record.iterations);
  // Compared in full, whatever the first difference, so timing says nothing about the PIN.
  let difference = hash.length ^ record.hash.length;
  for (let i = 0; i < hash.length; i++) difference |= hash.charCodeAt(i) ^ (record.hash.charCodeAt(i) || 0);
  return difference === 0;
}
