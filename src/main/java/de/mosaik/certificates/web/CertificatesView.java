package de.mosaik.certificates.web;

import de.mosaik.certificates.domain.CertificateDesk;
import de.mosaik.certificates.domain.SessionTime;
import de.mosaik.certificates.domain.Threshold;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.PageContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The certificates page of an event: the rule form, the participants and the sign-in sheets. */
public record CertificatesView(
        CertificateDesk.Overview overview,
        RuleForm form,
        FormErrors errors,
        @Nullable String problem,
        List<SessionTime> sessions) {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public List<Threshold> thresholds() {
        return List.of(Threshold.values());
    }

    public String base(PageContext ctx) {
        return ctx.tenant().path("/veranstaltungen/" + overview.eventId() + "/bescheinigungen");
    }

    public String eventHref(PageContext ctx) {
        return ctx.tenant().path("/veranstaltungen/" + overview.eventId());
    }

    public String sheetHref(PageContext ctx, UUID sessionId) {
        return ctx.tenant()
                .path("/veranstaltungen/" + overview.eventId() + "/anwesenheit/" + sessionId
                        + "/unterschriftenliste.pdf");
    }

    public static String time(Instant instant, PageContext ctx) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ctx.locale())
                .withZone(BERLIN)
                .format(instant);
    }

    public static String session(SessionTime session, PageContext ctx) {
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(ctx.locale())
                .withZone(BERLIN);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(ctx.locale())
                .withZone(BERLIN);
        return date.format(session.startsAt()) + ", " + time.format(session.startsAt()) + "–"
                + time.format(session.endsAt());
    }
}
