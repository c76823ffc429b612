package de.mosaik.selfservice.domain;

import de.mosaik.identity.TenantProfile;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.web.BaseUrl;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the mail with the link to a person's own record, in the person's language. */
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
        var language = UiLanguage.of(locale);
        var path = "/" + tenant.slug() + "/meine-daten/" + token
                + (language == UiLanguage.DE ? "" : "?lang=" + language.code());
        var subject = messages.getMessage("selfservice.mail.subject", new Object[] {tenant.centreName()}, locale);
        var body = messages.getMessage(
                "selfservice.mail.body",
                new Object[] {
                    tenant.centreName(), baseUrl.link(path), validity.toMinutes(), tenant.name(), tenant.email()
                },
                locale);
        // The link opens the person's data: the Postausgang must not show it to administrators.
        mailer.send(Mail.confidential(tenant.id(), to, subject, body));
    }

    /**
     * The language of the page the person asked on: they read it there, so they read the mail in it.
     * The registration's language is only a fallback for requests without a page language.
     */
    static Locale locale(@Nullable Locale pageLocale, String registrationLocale) {
        return pageLocale != null
                ? UiLanguage.of(pageLocale).locale()
                : UiLanguage.ofStored(registrationLocale).locale();
    }
}
