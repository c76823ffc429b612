package de.mosaik.certificates.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a certificate says, frozen when it is issued and stored as JSON: the PDF is rendered from
 * this, so later edits of the event do not change a certificate already handed out.
 */
public record CertificateContent(
        Kind kind,
        String holderName,
        String title,
        String format,
        List<Period> sessions,
        BigDecimal hours,
        @Nullable BigDecimal teachingUnits,
        List<String> topics,
        List<String> speakers,
        String tenantName,
        String tenantSlug,
        String signerName,
        String signerRole,
        String place,
        LocalDate issuedOn,
        List<BuildingBlock> modules) {

    public enum Kind {
        EVENT,
        PROGRAMME
    }

    /** One session's time. */
    public record Period(Instant startsAt, Instant endsAt) {}

    /** One building block of a programme certificate. */
    public record BuildingBlock(
            String moduleTitle, String eventTitle, LocalDate firstDay, LocalDate lastDay, BigDecimal hours) {}
}
