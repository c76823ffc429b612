-- The language the coordination chose when inviting a delegate: mails about the network (invitation,
-- notices from meetings or the dialogue) are written in it. Accounts keep no language of their own.
alter table networks.delegate add column mail_language varchar(5) not null default 'de'
    check (mail_language in ('de', 'en'));
