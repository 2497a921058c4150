import type { fileRu } from '../ru/file.js';

// English messages of the file area.
export const fileEn: { readonly [K in keyof typeof fileRu]: string } = {
  'file.empty': 'The file is empty',
  'file.too_large': 'The file is too large: at most {maxMb} MB',
  'file.unknown_type': 'Unknown file format: {allowed} are accepted',
  'file.type_not_allowed': 'File format not accepted ({detected}): {allowed} are accepted',
  'file.truncated': 'The {type} file is damaged or was not uploaded completely: upload it again',
  'file.corrupt': 'The {type} file is damaged and cannot be read',
  'file.trailing_data':
    'The {type} file has other data after the end of the image: save the image again and upload it',
  'file.dpi_unknown': 'The scan does not state its resolution: at least {min} dpi is needed',
  'file.dpi_too_low': 'The scan is {dpi} dpi: at least {min} dpi is needed',
  'file.resolution_too_low':
    'The image is too small ({width}×{height} pixels): scan at 300 dpi or more',
  'file.infected': 'The file did not pass the antivirus check',
  'file.scan_failed': 'The antivirus check could not be run: try uploading the file later',
  'file.name_mismatch': 'The file name extension does not match its content ({detected})',
};
