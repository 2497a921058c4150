// A scan sent with a document or a clarification is an uploaded file: its one schema lives in
// `@kabinet/validators/file`; the account names it a scan where its inputs take one.
export {
  uploadedFileSchema as scanInputSchema,
  type UploadedFile as ScanInput,
} from '@kabinet/validators/file';
