-- Mails with personal access links (invitation, password reset): once delivered, the Postausgang
-- hides their links from administrators, who could otherwise take over the recipient's account.
alter table mail.outgoing_mail add column confidential boolean not null default false;
