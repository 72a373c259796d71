// Shared by alt-text-file-name and alt-text-quality: which alt texts are image file names.
import { getAttr, type HtmlElement } from '../_kit';

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|ico)$/i;
/** Camera and export names: IMG_0042, DSC01234, Screenshot 2024-…, a bare checksum or UUID. */
const GENERATED_NAME = /^(?:img|dsc|dscn|dcim|pxl|mvimg|gopr|screenshot|screen shot|image|photo)[ _-]?\d[\w -]*$|^[0-9a-f]{16,}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an alt text is a file name rather than a description: it ends in an image extension, is a
 * camera or export name or a checksum, or repeats the image's own file name when that name is
 * clearly a file name (separators or long digit runs; "Paris" for paris.jpg may be a description).
 */
export function altIsFileName(el: HtmlElement, alt: string): boolean {
  const srcName = (getAttr(el, 'src') ?? '').split(/[?#]/)[0].split('/').pop() ?? '';
  const stem = srcName.replace(/\.[^.]+$/, '');
  return IMAGE_EXTENSION.test(alt) || GENERATED_NAME.test(alt) || (!!stem && alt.toLowerCase() === stem.toLowerCase() && /[-_.]|\d{3,}/.test(stem));
}

/** The alt text that is the image's accessible name, normalised; undefined when something else names it. */
export function namingAlt(el: HtmlElement): string | undefined {
  const isImage = el.tagName === 'img' || (el.tagName === 'input' && (getAttr(el, 'type') ?? '').toLowerCase() === 'image');
  if (!isImage) return undefined;
  const alt = getAttr(el, 'alt');
  if (!alt || !alt.trim()) return undefined;
  // aria-label and aria-labelledby replace alt as the accessible name.
  if ((getAttr(el, 'aria-label') ?? '').trim() || (getAttr(el, 'aria-labelledby') ?? '').trim()) return undefined;
  const role = (getAttr(el, 'role') ?? '').trim().toLowerCase();
  if (role === 'presentation' || role === 'none') return undefined;
  return alt.trim().replace(/\s+/g, ' ');
}
