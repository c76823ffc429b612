package de.mosaik.certificates.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the certificate template prints, already formatted in the document's language. */
public record CertificatePage(
        PdfTexts texts,
        boolean programme,
        String number,
        String holderName,
        String title,
        String format,
        List<String> dates,
        String scope,
        List<String> topics,
        List<String> speakers,
        List<BuildingBlockRow> modules,
        String tenantName,
        @Nullable String logoDataUri,
        String signerName,
        String signerRole,
        String placeAndDate,
        String verificationUrl,
        String qrDataUri) {

    /** One line of a programme certificate's table of building blocks. */
    public record BuildingBlockRow(String module, String event, String dates, String hours) {}
}
