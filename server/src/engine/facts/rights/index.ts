export type { RightsInfo, RightsOrigin } from './types';
export { MAX_VALUE_LENGTH, MAX_LIST_ENTRIES } from './types';
export { parseXmp, parseXmpSidecar, parseXmpDate } from './xmp';
export { parseIptcIim } from './iptc';
export { parseExifRights } from './exif';
export { parseSvgRights } from './svg';
export { mergeRights, rightsFromMediaTags, hasRightsInfo, sidecarPathFor } from './merge';
export { readSidecarRights } from './sidecar';
