-- A mail caused by a business occasion (e.g. "registration X confirmed") is written at most once,
-- however often the code that causes it runs.
alter table mail.outgoing_mail add column occasion varchar(200);
create unique index outgoing_mail_occasion_idx on mail.outgoing_mail (occasion) where occasion is not null;

-- One optional attachment, e.g. an iCalendar file for the event.
alter table mail.outgoing_mail add column attachment_name varchar(100);
alter table mail.outgoing_mail add column attachment_type varchar(100);
alter table mail.outgoing_mail add column attachment bytea;
