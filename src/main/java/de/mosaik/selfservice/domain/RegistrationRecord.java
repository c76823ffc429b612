package de.mosaik.selfservice.domain;

import de.mosaik.identity.Tenants;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.PageContext;
import de.mosaik.shared.web.PersonalRecordSource;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The first section of a person's own record: their registrations at the tenant, each with its
 * status, dates and attendance per session. The overview page shows it in a richer form (event
 * linked, attendance as a table) through {@link #registrations}; {@link #section} gives the same in
 * the shape every section has.
 */
@Component
public class RegistrationRecord implements PersonalRecordSource {

    /** The event statuses whose public page exists; drafts and archived events have none. */
    private static final Set<String> PUBLIC_EVENT = Set.of("PUBLISHED", "REGISTRATION_CLOSED", "HELD", "CANCELLED");

    private final PersonalRegistrations registrations;
    private final Tenants tenants;

    RegistrationRecord(PersonalRegistrations registrations, Tenants tenants) {
        this.registrations = registrations;
        this.tenants = tenants;
    }

    /** One registration as the overview shows it, with texts in the page's language. */
    public record Shown(
            String eventTitle,
            @Nullable String eventHref,
            String dates,
            String status,
            String personalHref,
            boolean withAttendance,
            List<Attendance> attendance) {}

    /** One session and what was recorded for the person. */
    public record Attendance(String session, String mark) {}

    @Override
    public int order() {
        return 10;
    }

    public List<Shown> registrations(UUID tenantId, String emailNormalized, PageContext ctx) {
        var slug = tenants.byId(tenantId).orElseThrow().slug();
        var now = Instant.now();
        return registrations.of(tenantId, EmailAddress.normalize(emailNormalized)).stream()
                .map(row -> shown(row, ctx, slug, now))
                .toList();
    }

    @Override
    public Optional<Section> section(UUID tenantId, String emailNormalized, PageContext ctx) {
        var shown = registrations(tenantId, emailNormalized, ctx);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        var entries = shown.stream()
                .map(s -> {
                    var details = new ArrayList<String>();
                    details.add(s.dates());
                    details.add(ctx.t("selfservice.registrations.status") + ": " + s.status());
                    s.attendance().forEach(a -> details.add(a.session() + ": " + a.mark()));
                    return new Entry(
                            s.eventTitle(), details, s.personalHref(), ctx.t("selfservice.registrations.personal"));
                })
                .toList();
        return Optional.of(new Section(ctx.t("selfservice.registrations.title"), entries));
    }

    private static Shown shown(PersonalRegistrations.Row row, PageContext ctx, String slug, Instant now) {
        var status = RegistrationStatus.valueOf(row.status());
        var locale = ctx.locale();
        var attendance = row.sessions().stream()
                .map(s -> new Attendance(when(s.startsAt(), s.endsAt(), locale), mark(s, now, ctx)))
                .toList();
        return new Shown(
                row.eventTitle(),
                PUBLIC_EVENT.contains(row.eventStatus()) ? "/" + slug + "/veranstaltungen/" + row.eventId() : null,
                dates(row, locale),
                ctx.t(status.messageKey()),
                "/" + slug + "/anmeldung/" + row.manageToken(),
                status == RegistrationStatus.CONFIRMED && !attendance.isEmpty(),
                attendance);
    }

    private static String mark(PersonalRegistrations.SessionRow session, Instant now, PageContext ctx) {
        if (session.mark() != null) {
            return ctx.t("selfservice.attendance." + session.mark());
        }
        return ctx.t(
                session.startsAt().isAfter(now) ? "selfservice.attendance.UPCOMING" : "selfservice.attendance.NONE");
    }

    private static String dates(PersonalRegistrations.Row row, Locale locale) {
        if (row.sessions().isEmpty()) {
            return "";
        }
        var first = row.sessions().get(0);
        var last = row.sessions().get(row.sessions().size() - 1);
        if (row.sessions().size() == 1) {
            return when(first.startsAt(), first.endsAt(), locale);
        }
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE);
        return date.format(first.startsAt()) + " – " + date.format(last.endsAt());
    }

    static String when(Instant start, Instant end, Locale locale) {
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE);
        var startsOn = start.atZone(BerlinTime.ZONE).toLocalDate();
        var endsOn = end.atZone(BerlinTime.ZONE).toLocalDate();
        return startsOn.equals(endsOn)
                ? date.format(start) + ", " + time.format(start) + "–" + time.format(end)
                : date.format(start) + ", " + time.format(start) + " – " + date.format(end) + ", " + time.format(end);
    }
}
