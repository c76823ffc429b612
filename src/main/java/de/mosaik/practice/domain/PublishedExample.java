package de.mosaik.practice.domain;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A published practice example with everything the public may see, its texts in the reader's language
 * (German where not translated). The contact is only present when the person agreed to be shown.
 */
public record PublishedExample(
        UUID id,
        String slug,
        Map<String, ShownText> texts,
        String fieldOfWork,
        List<String> targetGroups,
        String sizeClass,
        String state,
        String fundingProgramme,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        @Nullable String municipality,
        @Nullable ReviewingNetwork network,
        @Nullable Contact contact,
        List<String> links,
        Instant publishedAt,
        Instant updatedAt,
        @Nullable LocalDate confirmedOn,
        List<ContentLanguage> languages) {

    public PublishedExample {
        texts = Map.copyOf(texts);
        targetGroups = List.copyOf(targetGroups);
        links = List.copyOf(links);
        languages = List.copyOf(languages);
    }

    public ShownText text(String field) {
        return texts.getOrDefault(field, ShownText.german(""));
    }

    public String path() {
        return "/praxisbeispiele/" + slug;
    }

    /** The network whose editors reviewed the example; {@code publicProfile} when it shows one. */
    public record ReviewingNetwork(String slug, String name, boolean publicProfile) {}

    public record Contact(String name, String email) {}
}
