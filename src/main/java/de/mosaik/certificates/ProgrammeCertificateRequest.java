package de.mosaik.certificates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything a programme certificate says: who completed which programme with which building blocks.
 * {@code locale} is {@code de} or {@code en}; signer and place may be blank (the tenant's defaults apply).
 */
public record ProgrammeCertificateRequest(
        UUID tenantId,
        UUID programmeId,
        String holderName,
        String holderEmail,
        String locale,
        String programmeTitle,
        List<BuildingBlockLine> modules,
        String signerName,
        String signerRole,
        String place,
        @Nullable UUID issuedBy,
        String issuedByName) {

    /** One fulfilled building block: the building block, the event that fulfilled it, its dates and hours. */
    public record BuildingBlockLine(
            String moduleTitle, String eventTitle, LocalDate firstDay, LocalDate lastDay, BigDecimal hours) {}
}
