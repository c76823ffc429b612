package de.mosaik.feedback.domain;

import de.mosaik.events.EventTranslations;
import de.mosaik.identity.TenantProfile;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BaseUrl;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation mail, in the language of the registration, with the event's title translated
 * where a published, current translation exists. Its link opens
 * the form in the language the person registered in; it carries the secret, so the mail is
 * confidential and sent at most once per registration.
 */
@Component
class FeedbackMails {

    private static final Set<String> LINK_LANGUAGES = Set.of("en", "ar", "uk", "tr", "einfach");

    private final Mailer mailer;
    private final MessageSource messages;
    private final BaseUrl baseUrl;
    private final EventTranslations eventTexts;

    FeedbackMails(Mailer mailer, MessageSource messages, BaseUrl baseUrl, EventTranslations eventTexts) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.eventTexts = eventTexts;
    }

    void invite(
            TenantProfile tenant,
            FeedbackEvent event,
            FeedbackRepository.Invitee invitee,
            String token,
            Instant openUntil) {
        var language = UiLanguage.ofStored(invitee.locale());
        var locale = language.locale();
        var title = eventTexts
                .title(event.tenantId(), event.eventId(), event.title(), language)
                .text();
        var until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE)
                .format(openUntil);
        var subject = messages.getMessage("feedbackform.mail.subject", new Object[] {title}, locale);
        var body = messages.getMessage(
                        "feedbackform.mail.body",
                        new Object[] {invitee.givenName(), title, link(tenant, invitee, token), until},
                        locale)
                + "\n\n"
                + messages.getMessage(
                        "feedbackform.mail.footer",
                        new Object[] {tenant.centreName(), tenant.name(), tenant.email()},
                        locale);
        mailer.send(Mail.confidential(tenant.id(), invitee.email(), subject, body)
                .once("feedback-invitation:" + invitee.registrationId()));
    }

    private String link(TenantProfile tenant, FeedbackRepository.Invitee invitee, String token) {
        var path = "/" + tenant.slug() + "/feedback/" + token;
        return baseUrl.link(LINK_LANGUAGES.contains(invitee.locale()) ? path + "?lang=" + invitee.locale() : path);
    }
}
