/** Decodes bytes as UTF-8, reporting where invalid bytes are instead of failing. */
export interface DecodedText {
  text: string;
  bom: boolean;
  /** Byte offset of the first invalid UTF-8 sequence, or -1. */
  invalidByteAt: number;
  /** True when the bytes look like binary data rather than text. */
  binary: boolean;
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const binary = looksBinary(body);
  try {
    return { text: strictDecoder.decode(body), bom, invalidByteAt: -1, binary };
  } catch {
    return { text: lenientDecoder.decode(body), bom, invalidByteAt: firstInvalidUtf8(body) + (bom ? 3 : 0), binary };
  }
}

/** NUL bytes in the first 8 KiB mean binary data: UTF-8 and Latin-1 text never has them. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Interpolates {{name}} placeholders in a rule message. */
export function formatMessage(template: string, data: Record<string, unknown> | undefined): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (all, key: string) =>
    data && key in data ? String(data[key]) : all);
}
