-- A certificate keeps the language its holder registered in (one of the public UI languages), so
-- that the mail with it speaks that language. The document itself stays German or English: German
-- for German and Einfache Sprache, English for everyone else (see PdfTexts.documentLocale).
alter table certificates.certificate drop constraint certificate_locale_check;
alter table certificates.certificate alter column locale type varchar(10);
alter table certificates.certificate add constraint certificate_locale_check
    check (locale in ('de', 'einfach', 'en', 'ar', 'uk', 'tr'));
