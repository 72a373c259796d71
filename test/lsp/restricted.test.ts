import assert from 'node:assert/strict';
import { MemoryHost } from '../../server/src/engine/host-memory';
import { buildEngine } from '../../server/src/lsp/core';

describe('Restricted Mode engine', () => {
  it('never lets an untrusted workspace name a program to run', () => {
    const host = new MemoryHost({ '/ws/crossmedia-lint.config.json': JSON.stringify({ media: { ffmpeg: '/ws/tools/ffmpeg' } }) });
    const untrusted = buildEngine(host, { rules: {}, profile: '', restricted: true }).config.resolve('/ws/clip.mp4');
    assert.equal((untrusted.settings.media as { ffmpeg: unknown }).ffmpeg, false);
    const trusted = buildEngine(host, { rules: {}, profile: '' }).config.resolve('/ws/clip.mp4');
    assert.equal((trusted.settings.media as { ffmpeg: unknown }).ffmpeg, '/ws/tools/ffmpeg');
  });
});
