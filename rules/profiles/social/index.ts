// Social platform profiles: what each platform accepts per placement (feed, story, reel...). Data only, one JSON
// file per platform validated by schemas/social-profile.schema.json; where sources disagree the stricter value is
// stored with a note. Orders name a placement as "platform/placement", e.g. "meta/story".
import meta from './meta.json';
import instagram from './instagram.json';
import linkedin from './linkedin.json';
import x from './x.json';
import tiktok from './tiktok.json';
import youtube from './youtube.json';
import pinterest from './pinterest.json';

export type CaptionExpectation = 'required' | 'recommended' | 'optional';
export type CaptionFormat = 'srt' | 'vtt' | 'sbv' | 'embedded';

export interface NumberRange { min?: number; max?: number }
export interface PixelSize { width: number; height: number }

export interface LoudnessSpec {
  integratedLufs?: number;
  toleranceLu?: number;
  truePeakDbtp?: number;
}

/** What a placement accepts for one kind of asset (image, video or audio). */
export interface SocialMediaSpec {
  aspectRatios?: string[];
  aspectRange?: { min?: string; max?: string };
  aspectTolerance?: number;
  recommended?: PixelSize[];
  minWidth?: number;
  minHeight?: number;
  minShortSide?: number;
  maxWidth?: number;
  maxHeight?: number;
  minBytes?: number;
  maxBytes?: number;
  minBitrateKbps?: number;
  maxBitrateKbps?: number;
  durationSec?: NumberRange;
  recommendedDurationSec?: NumberRange;
  containers?: string[];
  videoCodecs?: string[];
  audioCodecs?: string[];
  formats?: string[];
  maxFrameRate?: number;
  maxAudioSampleRate?: number;
  audioSampleRates?: number[];
  captions?: CaptionExpectation;
  captionFormats?: CaptionFormat[];
  loudness?: LoudnessSpec;
  notes?: string[];
}

export interface SocialPlacement {
  name: string;
  image?: SocialMediaSpec;
  video?: SocialMediaSpec;
  audio?: SocialMediaSpec;
}

export interface SocialProfile {
  $schema?: string;
  id: string;
  name: string;
  checked?: string;
  sources: string[];
  notes?: string[];
  placements: Record<string, SocialPlacement>;
}

export const socialProfiles: Record<string, SocialProfile> = Object.fromEntries(
  ([meta, instagram, linkedin, x, tiktok, youtube, pinterest] as SocialProfile[]).map((p) => [p.id, p]),
);

/** Every "platform/placement" id, for messages and the order schema's documentation. */
export function socialPlacementIds(): string[] {
  return Object.values(socialProfiles).flatMap((p) => Object.keys(p.placements).map((k) => `${p.id}/${k}`));
}

/** The placement named "platform/placement" (or "platform-placement"), with its platform. */
export function socialPlacement(id: string): { profile: SocialProfile; placement: SocialPlacement; id: string } | undefined {
  const m = /^([a-z0-9]+)[/-]([a-z0-9-]+)$/i.exec(id.trim());
  if (!m) return undefined;
  const profile = socialProfiles[m[1].toLowerCase()];
  const placement = profile?.placements[m[2].toLowerCase()];
  return placement ? { profile, placement, id: `${profile.id}/${m[2].toLowerCase()}` } : undefined;
}

/** "9:16" → 0.5625; undefined for anything else. */
export function parseRatio(ratio: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*[:/x]\s*(\d+(?:\.\d+)?)\s*$/.exec(ratio);
  if (!m) return undefined;
  const w = Number(m[1]);
  const h = Number(m[2]);
  return w > 0 && h > 0 ? w / h : undefined;
}
