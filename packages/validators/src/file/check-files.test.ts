import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { makeExe, makeJpeg, makePdf, makePng } from '../../test/file-fixtures.js';
import { checkFile, type ScanVerdict } from './check-file.js';
import { checkFiles } from './check-files.js';
import { filePolicies } from './file-policies.js';
import type { UploadedFile } from './uploaded-file-schema.js';

// Each sample's bytes; the scanner calls the PNG (by its length) infected.
const samples: Record<string, Uint8Array> = {
  pdf: makePdf(),
  png: makePng({ width: 40, height: 30 }),
  jpeg: makeJpeg({ width: 40, height: 30 }),
  exe: makeExe(),
  truncated: makePdf({ eof: false }),
  empty: new Uint8Array(0),
};
const verdictOf = (bytes: Uint8Array): ScanVerdict =>
  bytes.length === samples.png!.length ? 'infected' : 'clean';

const upload: fc.Arbitrary<UploadedFile> = fc.record(
  {
    bytes: fc.constantFrom(...Object.values(samples)),
    name: fc.constantFrom('scan.pdf', 'photo.jpg', 'image.png', 'setup.exe', 'noext'),
  },
  { requiredKeys: ['bytes'] },
);

describe('checkFiles', () => {
  test.prop([
    fc.array(upload, { maxLength: 6 }),
    fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }),
  ])(
    'FILE-1…FILE-4: is checkFile on each file in order at [...path, i] — all issues of the failing files, or every file with all warnings',
    async (files, path) => {
      const scanned: Uint8Array[] = [];
      const scan = async (bytes: Uint8Array): Promise<ScanVerdict> => (
        scanned.push(bytes),
        verdictOf(bytes)
      );
      const r = await checkFiles(files, filePolicies.document, { scan, path });
      const one: Uint8Array[] = [];
      const each: Awaited<ReturnType<typeof checkFile>>[] = [];
      for (const [i, file] of files.entries())
        each.push(
          await checkFile(file.bytes, filePolicies.document, {
            path: [...path, i],
            scan: async (bytes) => (one.push(bytes), verdictOf(bytes)),
            ...(file.name === undefined ? {} : { declaredName: file.name }),
          }),
        );
      expect(scanned).toEqual(one);
      const issues = each.flatMap((e) => (e.success ? [] : e.issues));
      if (issues.length > 0) expect(r).toEqual({ success: false, issues });
      else {
        const warnings = each.flatMap((e) => (e.success ? (e.warnings ?? []) : []));
        expect(r).toEqual({
          success: true,
          data: files.map((file, i) => ({ file, checked: each[i]!.success && each[i]!.data })),
          ...(warnings.length > 0 && { warnings }),
        });
        if (r.success) r.data.forEach((d, i) => expect(d.file).toBe(files[i]));
      }
    },
  );

  it("reports file i at ['files', i] by default, and a wrong one after a good one", async () => {
    const r = await checkFiles(
      [{ bytes: samples.pdf! }, { bytes: samples.exe!, name: 'a.exe' }, { bytes: samples.png! }],
      filePolicies.document,
      { scan: async (bytes) => verdictOf(bytes) },
    );
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['file.type_not_allowed', ['files', 1]],
        ['file.infected', ['files', 2]],
      ]);
  });

  it('an empty list passes with no files', async () => {
    expect(await checkFiles([], filePolicies.document, { scan: async () => 'error' })).toEqual({
      success: true,
      data: [],
    });
  });
});
