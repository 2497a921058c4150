-- Scans are already compressed (JPEG, PNG, PDF): store their bytes out of line without
-- compressing them again, so a stream reads each chunk with substring() from TOAST without
-- decompressing the whole value first. Applies to rows written from now on; older rows read the
-- same, only slower.

ALTER TABLE kabinet_blobs ALTER COLUMN bytes SET STORAGE EXTERNAL;
