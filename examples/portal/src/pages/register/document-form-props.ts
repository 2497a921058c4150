import type { DocumentSend } from './use-document-send';

/**
 * What each document form of the documents step gets: the sender with the API's answer, and the
 * browser's own errors by field, shared by the forms (a form's check replaces them all).
 */
export interface DocumentFormProps {
  sender: DocumentSend;
  local: Record<string, string | undefined>;
  setLocal: (errors: Record<string, string | undefined>) => void;
}
