package de.mosaik.privacy;

import java.util.Locale;
import java.util.UUID;

/**
 * A person's own copy of everything stored about one address (Art. 15 DSGVO), for the self-service
 * pages, where the person proved through a magic link that the address is theirs.
 */
public interface OwnDataExport {

    /** Everything as JSON: table name to rows, UTF-8. */
    byte[] json(UUID tenantId, String tenantName, String emailNormalized);

    /** The same as a readable, accessible PDF in German or English (other languages fall back to German). */
    byte[] pdf(UUID tenantId, String tenantName, String emailNormalized, Locale locale);
}
