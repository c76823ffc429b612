package de.mosaik.registration.domain;

import de.mosaik.attendance.CheckInPasses;
import de.mosaik.events.EventCalendar;
import de.mosaik.events.EventTranslations;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.SessionSlot;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BaseUrl;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the mails to registrants in the language they registered in (every public UI language,
 * Einfache Sprache included), each with the tenant's name and contact and the personal link. The
 * event's title is its published, current translation into that language, else the German. Mails go
 * through the outbox in the caller's transaction and are sent at most once per occasion.
 */
@Component
public class RegistrationMails {

    /** The personal check-in QR code in mails to confirmed participants. */
    static final String CHECK_IN_FILE = "check-in-qr-code.png";

    private final Mailer mailer;
    private final MessageSource messages;
    private final Tenants tenants;
    private final EventCalendar calendar;
    private final BaseUrl baseUrl;
    private final CheckInPasses checkInPasses;
    private final EventTranslations eventTexts;

    RegistrationMails(
            Mailer mailer,
            MessageSource messages,
            Tenants tenants,
            EventCalendar calendar,
            BaseUrl baseUrl,
            CheckInPasses checkInPasses,
            EventTranslations eventTexts) {
        this.mailer = mailer;
        this.messages = messages;
        this.tenants = tenants;
        this.calendar = calendar;
        this.baseUrl = baseUrl;
        this.checkInPasses = checkInPasses;
        this.eventTexts = eventTexts;
    }

    /**
     * Queues the mail for {@code notice}. {@code occasion} makes it unique: the same notice for the
     * same registration and occasion is sent once. {@code detail} is the notice's variable part
     * (hold deadline, waitlist position, staff's message).
     */
    void tell(Notice notice, Registration registration, RegistrationTerms event, String occasion, String detail) {
        tell(notice, registration, event, occasion, detail, null);
    }

    /**
     * As {@link #tell(Notice, Registration, RegistrationTerms, String, String)}; when someone else
     * entered the person's data ({@code registeredBy}), the mail says who, as the person has a right to know
     * where their data came from.
     */
    void tell(
            Notice notice,
            Registration registration,
            RegistrationTerms event,
            String occasion,
            String detail,
            RegistrationService.@Nullable GroupContact registeredBy) {
        var tenant = tenants.byId(registration.tenantId()).orElseThrow();
        var language = UiLanguage.ofStored(registration.locale());
        var locale = language.locale();
        var title = title(event, language);
        var subject = messages.getMessage(notice.key() + ".subject", new Object[] {title}, locale);
        var body = messages.getMessage(
                        notice.key() + ".body",
                        new Object[] {
                            registration.givenName(),
                            title,
                            sessions(event, locale, registration.status() == RegistrationStatus.CONFIRMED),
                            personalLink(tenant, registration),
                            detail
                        },
                        locale)
                + "\n\n"
                + registeredByLine(registeredBy, locale)
                + checkInLine(notice, registration, tenant, locale)
                + footer(tenant, event, locale);
        var mail = Mail.confidential(registration.tenantId(), registration.email(), subject, body)
                .once("registration/" + registration.id() + "/" + notice.name().toLowerCase(Locale.ROOT) + "/"
                        + occasion);
        if (notice.calendar() && registration.status() == RegistrationStatus.CONFIRMED) {
            var file = calendarFile(event, language);
            if (file != null) {
                mail = mail.attaching(file);
            }
            var pass = checkInPasses.issue(registration.tenantId(), registration.id());
            if (pass.isPresent()) {
                mail = mail.attaching(new Mail.Attachment(
                        CHECK_IN_FILE, "image/png", pass.get().png()));
            }
        }
        mailer.send(mail);
    }

    /**
     * The event's calendar for a confirmed participant, or null when the event is not public (staff
     * may register people for drafts, or the tenant is switched off): the mail goes without it then.
     */
    private Mail.@Nullable Attachment calendarFile(RegistrationTerms event, UiLanguage language) {
        if (!event.status().listed() || event.sessions().isEmpty()) {
            return null;
        }
        return calendar.event(event.tenantId(), event.eventId(), true, language)
                .map(ics ->
                        new Mail.Attachment("veranstaltung.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics))
                .orElse(null);
    }

    private String registeredByLine(RegistrationService.@Nullable GroupContact registeredBy, Locale locale) {
        if (registeredBy == null) {
            return "";
        }
        return messages.getMessage(
                        "notifications.registeredBy",
                        new Object[] {registeredBy.name(), registeredBy.institution(), registeredBy.email()},
                        locale)
                + "\n\n";
    }

    /** Where a participant with a firm seat finds the personal QR code to show at the check-in. */
    private String checkInLine(Notice notice, Registration registration, TenantProfile tenant, Locale locale) {
        if (!notice.calendar() || registration.status() != RegistrationStatus.CONFIRMED) {
            return "";
        }
        return messages.getMessage("notifications.checkIn", new Object[] {personalLink(tenant, registration)}, locale)
                + "\n\n";
    }

    /** A message staff write to participants, sent as it is with the tenant's footer. */
    void staffMessage(
            Registration registration, RegistrationTerms event, String subject, String text, String occasion) {
        var tenant = tenants.byId(registration.tenantId()).orElseThrow();
        var locale = mailLocale(registration.locale());
        var body = text + "\n\n"
                + messages.getMessage(
                        "notifications.personalLink", new Object[] {personalLink(tenant, registration)}, locale)
                + "\n\n" + footer(tenant, event, locale);
        mailer.send(Mail.confidential(registration.tenantId(), registration.email(), subject.strip(), body)
                .once("registration/" + registration.id() + "/message/" + occasion));
    }

    /** Tells whoever registered a group which persons got a seat or a waitlist place. */
    void groupSummary(
            RegistrationService.GroupContact contact,
            RegistrationTerms event,
            List<Registration> admitted,
            String occasion) {
        var tenant = tenants.byId(event.tenantId()).orElseThrow();
        var language = UiLanguage.ofStored(contact.locale());
        var locale = language.locale();
        var title = title(event, language);
        var list = admitted.stream()
                .map(r -> "- " + r.name() + " <" + r.email() + ">: "
                        + messages.getMessage(r.status().messageKey(), null, locale)
                        + confirmBy(r, contact.locale(), locale))
                .collect(Collectors.joining("\n"));
        var subject = messages.getMessage(Notice.GROUP_SUMMARY.key() + ".subject", new Object[] {title}, locale);
        var body = messages.getMessage(
                        Notice.GROUP_SUMMARY.key() + ".body",
                        new Object[] {contact.name(), title, sessions(event, locale, false), "", list},
                        locale)
                + "\n\n" + footer(tenant, event, locale);
        mailer.send(new Mail(event.tenantId(), contact.email(), subject, body).once("registration-group/" + occasion));
    }

    /** For a person who still has to confirm the address: until when, else the seat is given away. */
    private String confirmBy(Registration registration, String localeTag, Locale locale) {
        var hold = registration.holdUntil();
        if (registration.status() != RegistrationStatus.PENDING_CONFIRMATION || hold == null) {
            return "";
        }
        return " – "
                + messages.getMessage("notifications.groupConfirmBy", new Object[] {deadline(hold, localeTag)}, locale);
    }

    /** The event's title as the reader of a mail in {@code language} gets it. */
    private String title(RegistrationTerms event, UiLanguage language) {
        return eventTexts
                .title(event.tenantId(), event.eventId(), event.title(), language)
                .text();
    }

    String personalLink(TenantProfile tenant, Registration registration) {
        return baseUrl.link("/" + tenant.slug() + "/anmeldung/" + registration.manageToken());
    }

    String deadline(Instant instant, String localeTag) {
        var locale = mailLocale(localeTag);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE)
                .format(instant);
    }

    static Locale mailLocale(@Nullable String tag) {
        return UiLanguage.ofStored(tag).locale();
    }

    private String sessions(RegistrationTerms event, Locale locale, boolean withOnlineLink) {
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE);
        return event.sessions().stream()
                .map(session -> "- " + date.format(session.startsAt()) + ", " + time.format(session.startsAt()) + "–"
                        + time.format(session.endsAt()) + place(session, locale, withOnlineLink))
                .collect(Collectors.joining("\n"));
    }

    private String place(SessionSlot session, Locale locale, boolean withOnlineLink) {
        var parts = new StringBuilder();
        if (!session.place().isBlank()) {
            parts.append(", ").append(session.place());
        }
        if (session.online()) {
            parts.append(", ").append(messages.getMessage("notifications.online", null, locale));
            if (withOnlineLink && !session.onlineUrl().isBlank()) {
                parts.append(": ").append(session.onlineUrl());
            }
        }
        return parts.toString();
    }

    private String footer(TenantProfile tenant, RegistrationTerms event, Locale locale) {
        var contact = event.contactEmail().isBlank() ? tenant.email() : event.contactEmail();
        var person = event.contactName().isBlank() ? tenant.centreName() : event.contactName();
        var footer = new StringBuilder(messages.getMessage(
                "notifications.footer", new Object[] {tenant.centreName(), tenant.name(), person, contact}, locale));
        if (!tenant.phone().isBlank()) {
            footer.append('\n')
                    .append(messages.getMessage("notifications.footer.phone", new Object[] {tenant.phone()}, locale));
        }
        return footer.append("\n\n")
                .append(messages.getMessage("notifications.footer.automatic", null, locale))
                .toString();
    }
}
