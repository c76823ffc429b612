package de.mosaik.selfservice.domain;

import de.mosaik.identity.TenantProfile;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.shared.web.BaseUrl;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the mail with the link to a person's own record, in German or English. */
@Component
class SelfServiceMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    SelfServiceMails(Mailer mailer, MessageSource messages, BaseUrl baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void sendLink(TenantProfile tenant, String to, String token, Duration validity, Locale locale) {
        var path = "/" + tenant.slug() + "/meine-daten/" + token
                + (locale.getLanguage().equals("en") ? "?lang=en" : "");
        var subject = messages.getMessage("selfservice.mail.subject", new Object[] {tenant.kiName()}, locale);
        var body = messages.getMessage(
                "selfservice.mail.body",
                new Object[] {tenant.kiName(), baseUrl.link(path), validity.toMinutes(), tenant.name(), tenant.email()},
                locale);
        // The link opens the person's data: the Postausgang must not show it to administrators.
        mailer.send(Mail.confidential(tenant.id(), to, subject, body));
    }

    /**
     * German or English: the page's language when the person asked in one of them, otherwise the
     * language of their latest registration; "einfach" (Einfache Sprache) is plain German.
     */
    static Locale locale(Locale pageLocale, String registrationLocale) {
        var page = pageLocale.getLanguage();
        if (page.equals("de") || page.equals("en")) {
            return page.equals("de") ? Locale.GERMAN : Locale.ENGLISH;
        }
        return registrationLocale.startsWith("de") || registrationLocale.equals("einfach")
                ? Locale.GERMAN
                : Locale.ENGLISH;
    }
}
