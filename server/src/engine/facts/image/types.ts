export type ImageFormat =
  | 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'svg' | 'tiff' | 'bmp' | 'psd' | 'ico' | 'heic' | 'eps' | 'unknown';

export interface IccInfo {
  description?: string;
  /** Header colour space signature, trimmed: 'RGB', 'CMYK', 'GRAY', 'Lab'... */
  colorSpace?: string;
  /** Header device class signature, trimmed: 'mntr', 'prtr', 'scnr', 'spac'... */
  deviceClass?: string;
  /** 'major.minor', e.g. '2.1' or '4.3'. */
  version?: string;
  /**
   * Decided from the rXYZ/gXYZ/bXYZ primaries (D50-adapted sRGB within 0.01) when present,
   * otherwise from well-known profile names; undefined when neither decides.
   */
  isSrgb: boolean | undefined;
  /** True when the primaries span a clearly larger gamut than sRGB (Adobe RGB, Display P3, Rec. 2020...). */
  isWideGamut?: boolean;
}

export type ImageColorSpace = 'rgb' | 'cmyk' | 'ycck' | 'gray' | 'indexed' | 'lab' | 'unknown';

export interface ImageFacts {
  /** Decided from the magic bytes, never from the file extension. */
  format: ImageFormat;
  width?: number;
  height?: number;
  /** Bits per channel (8, 16...). Palette images report the palette's 8 bits. */
  bitDepth?: number;
  colorSpace?: ImageColorSpace;
  channels?: number;
  hasAlpha?: boolean;
  /** JPEG progressive SOF, PNG Adam7, GIF interlaced first frame. */
  progressive?: boolean;
  /** 1 for stills; GIF image descriptors, WebP ANMF chunks, APNG acTL num_frames, TIFF pages. */
  frames?: number;
  /** GIF NETSCAPE2.0 / WebP ANIM / APNG acTL num_plays; 0 means forever. */
  loopCount?: number;
  /** Total animation duration when the container states it. */
  durationMs?: number;
  icc?: IccInfo;
  /** PNG sRGB chunk present. */
  srgbChunk?: boolean;
  /** AVIF/HEIF colr nclx. */
  cicp?: { primaries: number; transfer: number; matrix: number };
  /** Raw XMP packet text. */
  xmp?: string;
  /** Raw IPTC-IIM records. */
  iptc?: Uint8Array;
  /** Raw TIFF-structured EXIF bytes (starting at the II/MM byte order mark). */
  exif?: Uint8Array;
  byteSize: number;
}

export type ImageReadErrorKind = 'truncated' | 'corrupt' | 'unsupported';

export class ImageReadError extends Error {
  constructor(message: string, public kind: ImageReadErrorKind) {
    super(message);
    this.name = 'ImageReadError';
  }
}
