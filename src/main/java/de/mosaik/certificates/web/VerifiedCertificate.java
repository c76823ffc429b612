package de.mosaik.certificates.web;

import de.mosaik.certificates.domain.Certificate;
import de.mosaik.certificates.domain.CertificateContent;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.PageContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/**
 * What the public learns of a certificate: its number, whether it is valid, the event or programme
 * and its dates, the issuing tenant and the holder's name. Deliberately no e-mail address,
 * attendance or reason for a revocation.
 */
public record VerifiedCertificate(
        String number,
        boolean programme,
        String title,
        @Nullable LocalDate firstDay,
        @Nullable LocalDate lastDay,
        String tenantName,
        String holderName,
        Instant issuedAt,
        @Nullable Instant revokedAt) {

    static VerifiedCertificate of(Certificate certificate) {
        var content = certificate.content();
        LocalDate first = null;
        LocalDate last = null;
        for (var p : content.sessions()) {
            var day = LocalDate.ofInstant(p.startsAt(), BerlinTime.ZONE);
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        for (var m : content.modules()) {
            first = first == null || m.firstDay().isBefore(first) ? m.firstDay() : first;
            last = last == null || m.lastDay().isAfter(last) ? m.lastDay() : last;
        }
        return new VerifiedCertificate(
                certificate.number(),
                content.kind() == CertificateContent.Kind.PROGRAMME,
                content.title(),
                first,
                last,
                content.tenantName(),
                certificate.holderName(),
                certificate.issuedAt(),
                certificate.revokedAt());
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public String dates(PageContext ctx) {
        if (firstDay == null || lastDay == null) {
            return "";
        }
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ctx.locale());
        return firstDay.equals(lastDay)
                ? format.format(firstDay)
                : format.format(firstDay) + " – " + format.format(lastDay);
    }

    public String day(Instant instant, PageContext ctx) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(ctx.locale())
                .withZone(BerlinTime.ZONE)
                .format(instant);
    }
}
