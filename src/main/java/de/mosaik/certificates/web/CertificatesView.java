package de.mosaik.certificates.web;

import de.mosaik.certificates.domain.CertificateService;
import de.mosaik.certificates.domain.SessionTime;
import de.mosaik.certificates.domain.Threshold;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.PageContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The certificates page of an event: the rule form, the participants and the sign-in sheets. */
public record CertificatesView(
        CertificateService.Overview overview,
        RuleForm form,
        FormErrors errors,
        @Nullable String problem,
        List<SessionTime> sessions) {

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

    public static String session(SessionTime session, PageContext ctx) {
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(ctx.locale())
                .withZone(BerlinTime.ZONE);
        return date.format(session.startsAt()) + ", " + BerlinTime.time(session.startsAt(), ctx.locale()) + "–"
                + BerlinTime.time(session.endsAt(), ctx.locale());
    }
}
