import { readInput } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { uploadedFileSchema } from './uploaded-file-schema.js';

describe('uploadedFileSchema', () => {
  it('FILE-1: reads bytes and a name; the name is optional', () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff]);
    expect(readInput(uploadedFileSchema, { bytes, name: 'passport.jpg' })).toEqual({
      success: true,
      data: { bytes, name: 'passport.jpg' },
    });
    expect(readInput(uploadedFileSchema, { bytes })).toEqual({ success: true, data: { bytes } });
  });

  it('refuses bytes that are not a Uint8Array, a missing file and a name over 255 characters, as issues', () => {
    expect(readInput(uploadedFileSchema, { bytes: 'ffd8ff' })).toEqual({
      success: false,
      issues: [{ code: 'input.wrong_type', path: ['bytes'], params: { expected: 'Uint8Array' } }],
    });
    expect(readInput(uploadedFileSchema, {})).toMatchObject({
      success: false,
      issues: [{ code: 'input.required', path: ['bytes'] }],
    });
    expect(
      readInput(uploadedFileSchema, { bytes: new Uint8Array(1), name: 'a'.repeat(256) }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'input.too_long', path: ['name'], params: { max: 255 } }],
    });
  });
});
