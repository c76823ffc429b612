package de.mosaik.practice.domain;

import de.mosaik.networks.AdoptedRecommendation;
import de.mosaik.networks.Networks;
import de.mosaik.practice.Author;
import de.mosaik.practice.PracticeAttachmentSetup;
import de.mosaik.shared.files.DocumentFormat;
import java.util.ArrayList;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link PracticeAttachmentSetup}: the same records as the pages make, recorded in the examples' history. */
@Component
class PracticeSeeding implements PracticeAttachmentSetup {

    private final JdbcClient jdbc;
    private final AttachmentRepository attachments;
    private final ExampleRepository examples;
    private final ExampleHistory history;
    private final Networks networks;
    private final PracticeRecommendationLinks links;

    PracticeSeeding(
            JdbcClient jdbc,
            AttachmentRepository attachments,
            ExampleRepository examples,
            ExampleHistory history,
            Networks networks,
            PracticeRecommendationLinks links) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.examples = examples;
        this.history = history;
        this.networks = networks;
        this.links = links;
    }

    @Override
    @Transactional
    public void attachToExample(String exampleTitle, Author by, String title, String fileName, byte[] content) {
        var format = DocumentFormat.of(content)
                .orElseThrow(() -> new IllegalArgumentException("no format we take: " + fileName));
        if (content.length > PracticeAttachments.MAX_BYTES) {
            throw new IllegalArgumentException("too large: " + fileName);
        }
        var id = example(exampleTitle);
        examples.lock(id);
        attachments.insert(UUID.randomUUID(), id, title, fileName, format, content, by);
        history.record(
                id,
                by,
                ExampleHistory.ATTACHMENTS,
                attachments.of(id).stream()
                        .map(a -> a.title() + " (" + a.fileName() + ")")
                        .toList());
    }

    @Override
    @Transactional
    public void linkToRecommendation(String exampleTitle, String recommendationTitle, Author by) {
        var example = examples.find(example(exampleTitle)).orElseThrow();
        var recommendation = networks.adoptedRecommendations(example.networkId()).stream()
                .filter(r -> r.title().equals(recommendationTitle))
                .map(AdoptedRecommendation::id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not adopted: " + recommendationTitle));
        var chosen = new ArrayList<UUID>();
        links.implemented(example.id(), example.networkId()).forEach(r -> chosen.add(r.id()));
        chosen.add(recommendation);
        links.set(example.id(), chosen, by);
    }

    private UUID example(String title) {
        return jdbc.sql("select id from practice.example where title = ?")
                .param(title)
                .query(UUID.class)
                .single();
    }
}
