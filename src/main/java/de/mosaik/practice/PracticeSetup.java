package de.mosaik.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Writes practice examples directly, through the same steps as the pages: for demo data and tests. */
public interface PracticeSetup {

    /** A new draft; {@code tenantId} when it belongs to a tenant's back office. */
    UUID createExample(@Nullable UUID tenantId, Author author, ExampleDraft draft);

    /** The author submits the draft for review. */
    void submitExample(UUID exampleId);

    /** An editor of the reviewing network publishes the submitted example, ticking criteria and commenting. */
    void publishExample(UUID exampleId, Author reviewer, List<String> criteriaMet, String comment);

    /** Dates a published example back, as if published then and last confirmed on {@code confirmedOn}. */
    void backdate(UUID exampleId, Instant publishedAt, @Nullable LocalDate confirmedOn);

    /** Adds a quality criterion to the network's checklist. */
    void addCriterion(UUID networkId, String label);
}
