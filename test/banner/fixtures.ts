// Small banner packages shared by the banner rule tests.
import { zipSync, strToU8 } from 'fflate';

/** A CM360 banner that passes every cm360 check (line 5 declares the click tag, line 8 opens it). */
export const CM360_OK = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta name="ad.size" content="width=300,height=250">
  <script>var clickTag = "https://www.example.com/";</script>
</head>
<body>
  <div id="banner" onclick="window.open(window.clickTag, '_blank')"></div>
</body>
</html>
`;

/** Builds a zip in memory from path → text/bytes. */
export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const input: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) input[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(input, { level: 6 });
}

export const CM360 = { banner: { profile: 'cm360' } };
export const GOOGLE_ADS = { banner: { profile: 'google-ads' } };
export const IAB = { banner: { profile: 'iab' } };
