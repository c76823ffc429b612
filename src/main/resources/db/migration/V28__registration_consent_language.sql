-- The language of the consent text a person saw and agreed to: a published translation's language
-- (ar, en, einfach …) or 'de' when the German text was shown. consent_text holds that text and
-- consent_version the revision of the German consent it belongs to, so that staff can tell exactly
-- what someone agreed to. Earlier registrations saw German.
alter table registration.registration add column consent_language varchar(10) not null default 'de';
