import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { t } from '../../i18n';
import { Notice } from '../../ui';
import { MigrationCardForm } from './migration-card-form';
import { PassportForm } from './passport-form';
import { SnilsForm } from './snils-form';
import { draftDone, type Access, type Draft } from './steps';
import { useDocumentSend } from './use-document-send';

/**
 * The documents step: the documents added so far (each can be removed) and a form for each kind
 * still missing: the passport with its scan, the migration card (not for a residence permit
 * holder), the SNILS.
 */
export function DocumentsStep(props: {
  access: Access;
  draft: Draft;
  onSaved: (d: Draft, advance?: boolean) => void;
}): JSX.Element {
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const sender = useDocumentSend(props.access, props.onSaved);
  const has = (kind: string) => props.draft.documents.some((d) => d.kind === kind);
  const forms = { sender, local, setLocal };

  return (
    <div>
      <h3>{t('documentsAdded')}</h3>
      {props.draft.documents.length === 0 ? (
        <p>{t('noDocuments')}</p>
      ) : (
        <ul class="documents">
          {props.draft.documents.map((d) => (
            <li key={d.id}>
              {d.kind} {d.masked} {d.files > 0 ? '📎' : ''}
              <button
                type="button"
                class="secondary"
                onClick={async () => {
                  const r = await api.DELETE(
                    '/v1/registration/drafts/{draftId}/documents/{documentId}',
                    {
                      params: {
                        path: { ...props.access.params.path, documentId: d.id },
                        header: props.access.params.header,
                      },
                    },
                  );
                  if (r.data !== undefined) props.onSaved(r.data.draft, false);
                }}
              >
                {t('remove')} <span class="visually-hidden">{d.kind}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {sender.general === undefined ? null : <Notice kind="error">{sender.general}</Notice>}
      {has('foreign_passport') ? null : <PassportForm {...forms} />}
      {has('migration_card') || props.draft.userType === 'residence_permit_holder' ? null : (
        <MigrationCardForm {...forms} />
      )}
      {has('snils') ? null : <SnilsForm {...forms} />}
      <p>
        <button
          type="button"
          onClick={() => props.onSaved(props.draft, true)}
          disabled={!draftDone(props.draft, 'documents')}
        >
          {t('next')}
        </button>
      </p>
    </div>
  );
}
