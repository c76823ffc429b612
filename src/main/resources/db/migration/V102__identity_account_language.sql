-- Every account keeps the language its mails are written in (ADR 0016): chosen by the person on their entry in a
-- network, remembered when they switch the back office's language, and, for an external person, the language the
-- coordination chose when inviting them. The languages are those the back office and the networks' and practice
-- library's mails are written in; a language added to those bundles is added to this check.
alter table identity.account add column language varchar(5) not null default 'de'
    constraint account_language_offered check (language in ('de', 'en'));

-- Until now the coordination's choice was kept per network entry (V81); a person invited in English keeps English.
update identity.account a set language = 'en'
 where exists (select 1 from networks.delegate d where d.account_id = a.id and d.mail_language = 'en');

-- The account's language replaces it: nothing reads or writes networks.delegate.mail_language any more. The column
-- is networks's, so identity's migration leaves it (ADR 0018); networks's next migration drops it.
