-- A mail may carry several files (e.g. the event's calendar entry and the personal check-in code).
create table mail.outgoing_attachment (
    mail_id              uuid         not null references mail.outgoing_mail (id) on delete cascade,
    position             integer      not null,
    file_name            varchar(100) not null,
    content_type         varchar(100) not null,
    content              bytea        not null,
    primary key (mail_id, position)
);

insert into mail.outgoing_attachment (mail_id, position, file_name, content_type, content)
select id, 0, attachment_name, attachment_type, attachment from mail.outgoing_mail where attachment is not null;

alter table mail.outgoing_mail drop column attachment_name;
alter table mail.outgoing_mail drop column attachment_type;
alter table mail.outgoing_mail drop column attachment;
