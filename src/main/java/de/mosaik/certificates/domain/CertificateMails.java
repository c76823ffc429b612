package de.mosaik.certificates.domain;

import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.web.BaseUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Mails a certificate to its holder with the PDF attached, once per certificate. */
@Component
class CertificateMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final CertificateDocument document;
    private final BaseUrl baseUrl;

    CertificateMails(Mailer mailer, MessageSource messages, CertificateDocument document, BaseUrl baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.document = document;
        this.baseUrl = baseUrl;
    }

    void send(Certificate certificate) {
        // The mail speaks the holder's language; the certificate itself exists in German and English.
        var locale = UiLanguage.ofStored(certificate.locale()).locale();
        var content = certificate.content();
        var subject = messages.getMessage("verification.mail.subject", new Object[] {content.title()}, locale);
        var body = messages.getMessage(
                "verification.mail.body",
                new Object[] {
                    certificate.holderName(),
                    content.title(),
                    certificate.number(),
                    baseUrl.link(CertificateDocument.verificationPath(certificate.number())),
                    content.tenantName()
                },
                locale);
        var attachment = new Mail.Attachment(
                CertificateDocument.fileName(certificate), "application/pdf", document.pdf(certificate));
        mailer.send(new Mail(certificate.tenantId(), certificate.holderEmail(), subject, body)
                .attaching(attachment)
                .once(occasion(certificate)));
    }

    /**
     * Under the registration's occasions, so that erasing or retiring the registration takes the mail
     * (which carries the certificate as PDF) with it; programme certificates belong to no registration.
     */
    private static String occasion(Certificate certificate) {
        var registration = certificate.registrationId();
        return registration == null
                ? "certificate:" + certificate.id()
                : "registration/" + registration + "/certificate/" + certificate.id();
    }
}
