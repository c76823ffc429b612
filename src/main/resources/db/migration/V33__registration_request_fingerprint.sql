-- A SHA-256 over what was registered, kept with the idempotency key: a repeat with the same key but
-- other data is a client error (the API answers 422), not a request for somebody else's registration.
-- Rows from before have none; for them a repeat is answered as before.
alter table registration.registration add column request_fingerprint varchar(64);
