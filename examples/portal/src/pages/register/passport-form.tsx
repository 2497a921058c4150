import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { Field, FileField } from '../../ui';
import type { DocumentFormProps } from './document-form-props';
import { checkDate, checkScan, focusFirstError } from './field-checks';

/** The foreign passport with its scan (checked by its first bytes before the upload). */
export function PassportForm(props: DocumentFormProps): JSX.Element {
  const { sender, local, setLocal } = props;
  const { send, server, serverFile, setServerFile, progress } = sender;
  const [passport, setPassport] = useState({
    number: '',
    country: '',
    issueDate: '',
    expiryDate: '',
  });
  const [file, setFile] = useState<File>();
  return (
    <form
      noValidate
      aria-labelledby="passport-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const errors = {
          number: passport.number.trim() === '' ? t('required') : undefined,
          country: passport.country.trim() === '' ? t('required') : undefined,
          issueDate: checkDate(passport.issueDate, 'issueDate'),
          expiryDate: checkDate(passport.expiryDate, 'expiryDate'),
          file: await checkScan(file),
        };
        setLocal(errors);
        if (Object.values(errors).some((x) => x !== undefined)) return focusFirstError();
        await send(
          {
            kind: 'foreign_passport',
            number: passport.number,
            country: passport.country.trim().toUpperCase(),
            issueDate: passport.issueDate,
            expiryDate: passport.expiryDate,
          },
          file,
        );
      }}
    >
      <h3 id="passport-title">{t('docPassport')}</h3>
      <Field
        label={t('docNumber')}
        name="passportNumber"
        value={passport.number}
        onInput={(x) => setPassport({ ...passport, number: x })}
        error={local.number ?? server.number}
        required
      />
      <Field
        label={t('docCountry')}
        name="passportCountry"
        value={passport.country}
        onInput={(x) => setPassport({ ...passport, country: x })}
        error={local.country ?? server.country}
        required
      />
      <Field
        label={t('issueDate')}
        name="passportIssueDate"
        value={passport.issueDate}
        onInput={(x) => setPassport({ ...passport, issueDate: x })}
        onBlur={() => setLocal({ ...local, issueDate: checkDate(passport.issueDate, 'issueDate') })}
        error={local.issueDate ?? server.issueDate}
        required
        inputMode="numeric"
      />
      <Field
        label={t('expiryDate')}
        name="passportExpiryDate"
        value={passport.expiryDate}
        onInput={(x) => setPassport({ ...passport, expiryDate: x })}
        onBlur={() =>
          setLocal({ ...local, expiryDate: checkDate(passport.expiryDate, 'expiryDate') })
        }
        error={local.expiryDate ?? server.expiryDate}
        required
        inputMode="numeric"
      />
      <FileField
        id="passport-scan"
        label={t('scan')}
        name="scan"
        accept="image/jpeg,image/png,application/pdf"
        error={local.file ?? serverFile}
        onChange={async (files) => {
          const f = files?.[0];
          setFile(f);
          setServerFile(undefined);
          setLocal({ ...local, file: await checkScan(f) });
        }}
      >
        {progress === undefined ? null : (
          <progress max={100} value={progress} aria-label={t('uploading', { p: progress })}>
            {progress}%
          </progress>
        )}
      </FileField>
      <button type="submit">{t('addDocument')}</button>
    </form>
  );
}
