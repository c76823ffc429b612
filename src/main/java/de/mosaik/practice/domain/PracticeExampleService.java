package de.mosaik.practice.domain;

import de.mosaik.organisations.OrganisationKind;
import de.mosaik.organisations.Organisations;
import de.mosaik.practice.Author;
import de.mosaik.practice.ExampleDraft;
import de.mosaik.practice.PracticeSetup;
import de.mosaik.practice.PracticeStatus;
import de.mosaik.practice.SizeClass;
import de.mosaik.practice.domain.ExampleRepository.Location;
import de.mosaik.practice.domain.PracticeReviewPolicy.Step;
import de.mosaik.shared.text.Slugs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reviewing practice examples. Every save stores a version with what changed; a save or step
 * on a form older than the stored example is refused ({@link ExampleStale}); the steps follow
 * {@link PracticeReviewPolicy}. Callers check who may open the example; this class checks the status.
 */
@Service
public class PracticeExampleService implements PracticeSetup {

    /** Path words of examples: long titles are common, and an untitled one is still a "praxisbeispiel". */
    private static final Slugs SLUGS = Slugs.upTo(100, "praxisbeispiel");

    private final ExampleRepository examples;
    private final Organisations organisations;
    private final PracticeMails mails;

    PracticeExampleService(ExampleRepository examples, Organisations organisations, PracticeMails mails) {
        this.examples = examples;
        this.organisations = organisations;
        this.mails = mails;
    }

    @Transactional(readOnly = true)
    public Optional<PracticeExample> byId(UUID id) {
        return examples.find(id);
    }

    /** The tenant's example with this id; empty for another tenant's. */
    @Transactional(readOnly = true)
    public Optional<PracticeExample> ofTenant(UUID tenantId, UUID id) {
        return examples.find(id).filter(e -> tenantId.equals(e.tenantId()));
    }

    /** The author's own example reviewed by this network; empty for anyone else's or another network's. */
    @Transactional(readOnly = true)
    public Optional<PracticeExample> ofAuthor(UUID networkId, UUID accountId, UUID id) {
        return examples.find(id).filter(e -> networkId.equals(e.networkId()) && accountId.equals(e.authorAccountId()));
    }

    /** An example this network reviews; empty for another network's. */
    @Transactional(readOnly = true)
    public Optional<PracticeExample> ofNetwork(UUID networkId, UUID id) {
        return examples.find(id).filter(e -> networkId.equals(e.networkId()));
    }

    @Transactional(readOnly = true)
    public List<PracticeExample> listOfTenant(UUID tenantId) {
        return examples.ofTenant(tenantId);
    }

    @Transactional(readOnly = true)
    public List<PracticeExample> listOfAuthor(UUID networkId, UUID accountId) {
        return examples.ofAuthor(networkId, accountId);
    }

    /** What waits for the network's editors. */
    @Transactional(readOnly = true)
    public List<PracticeExample> submitted(UUID networkId) {
        return examples.ofNetwork(networkId, List.of(PracticeStatus.SUBMITTED));
    }

    /** What the network has published, latest first in the review page's second list. */
    @Transactional(readOnly = true)
    public List<PracticeExample> published(UUID networkId) {
        return examples.ofNetwork(networkId, List.of(PracticeStatus.PUBLISHED));
    }

    @Transactional(readOnly = true)
    public List<ExampleVersion> versions(UUID id) {
        return examples.versions(id);
    }

    @Transactional(readOnly = true)
    public List<ReviewEntry> reviews(UUID id) {
        return examples.reviews(id);
    }

    /** A new draft; {@code tenantId} when it is written in a tenant's back office. */
    @Transactional
    public UUID create(@Nullable UUID tenantId, Author author, ExampleDraft draft) {
        var id = UUID.randomUUID();
        var slug = SLUGS.unique(draft.title(), s -> examples.slugTaken(s, null));
        examples.insert(id, slug, tenantId, author, location(draft.organisationId()), draft);
        var fields = draft.fields();
        examples.addVersion(id, 0, author, List.copyOf(fields.keySet()), fields);
        return id;
    }

    /** Saves new texts over {@code version}; the address follows the title until the example is published. */
    @Transactional
    public void update(UUID id, int version, Author author, ExampleDraft draft) {
        var current = examples.lock(id).orElseThrow(ExampleStale::new);
        if (current.version() != version) {
            throw new ExampleStale();
        }
        if (!PracticeReviewPolicy.authorMayEdit(current.status())) {
            throw new PracticeReviewPolicy.TransitionRefused(current.status(), Step.SUBMIT);
        }
        var slug = current.publishedAt() != null || current.title().equals(draft.title())
                ? current.slug()
                : SLUGS.unique(draft.title(), s -> examples.slugTaken(s, id));
        if (!examples.update(id, version, slug, author, location(draft.organisationId()), draft)) {
            throw new ExampleStale();
        }
        var fields = draft.fields();
        examples.addVersion(id, version + 1, author, changed(examples.latestSnapshot(id), fields), fields);
    }

    /** The author hands the example to the network's editors. */
    @Transactional
    public void submit(UUID id, int version) {
        step(id, version, Step.SUBMIT, false);
    }

    /** Takes a published example out of the library. */
    @Transactional
    public void withdraw(UUID id, int version) {
        step(id, version, Step.WITHDRAW, false);
    }

    /**
     * An editor's decision on a submitted example, with the criteria ticked and a comment; the author is told
     * by mail in their language.
     */
    @Transactional
    public void review(
            UUID networkId,
            UUID id,
            int version,
            Author reviewer,
            boolean editor,
            boolean publish,
            List<String> criteriaMet,
            String comment) {
        var example = decide(networkId, id, version, reviewer, editor, publish, criteriaMet, comment);
        mails.reviewed(example, publish ? PracticeStatus.PUBLISHED : PracticeStatus.CHANGES_REQUESTED, comment);
    }

    private PracticeExample decide(
            UUID networkId,
            UUID id,
            int version,
            Author reviewer,
            boolean editor,
            boolean publish,
            List<String> criteriaMet,
            String comment) {
        var example = step(id, version, publish ? Step.PUBLISH : Step.REQUEST_CHANGES, editor);
        var decision = publish ? PracticeStatus.PUBLISHED : PracticeStatus.CHANGES_REQUESTED;
        examples.addReview(id, networkId, reviewer, decision, criteriaMet, comment);
        return example;
    }

    /** The yearly "still current?" answered yes. */
    @Transactional
    public void confirm(UUID id, LocalDate today) {
        examples.confirm(id, today);
    }

    @Override
    @Transactional
    public UUID createExample(@Nullable UUID tenantId, Author author, ExampleDraft draft) {
        return create(tenantId, author, draft);
    }

    @Override
    @Transactional
    public void submitExample(UUID exampleId) {
        var example = examples.find(exampleId).orElseThrow(ExampleStale::new);
        submit(exampleId, example.version());
    }

    @Override
    @Transactional
    public void publishExample(UUID exampleId, Author reviewer, List<String> criteriaMet, String comment) {
        var example = examples.find(exampleId).orElseThrow(ExampleStale::new);
        // seeded and test data: nobody is mailed
        decide(example.networkId(), exampleId, example.version(), reviewer, true, true, criteriaMet, comment);
    }

    @Override
    @Transactional
    public void backdate(UUID exampleId, Instant publishedAt, @Nullable LocalDate confirmedOn) {
        examples.backdate(exampleId, publishedAt, confirmedOn);
    }

    @Transactional(readOnly = true)
    public List<Criterion> criteria(UUID networkId) {
        return examples.criteria(networkId);
    }

    @Override
    @Transactional
    public void addCriterion(UUID networkId, String label) {
        examples.addCriterion(networkId, label.strip());
    }

    @Transactional
    public boolean removeCriterion(UUID networkId, UUID criterionId) {
        return examples.removeCriterion(networkId, criterionId);
    }

    private PracticeExample step(UUID id, int version, Step step, boolean editor) {
        var current = examples.lock(id).orElseThrow(ExampleStale::new);
        if (current.version() != version) {
            throw new ExampleStale();
        }
        var next = PracticeReviewPolicy.next(current.status(), step, editor);
        if (!examples.changeStatus(id, version, next)) {
            throw new ExampleStale();
        }
        return current;
    }

    private Location location(@Nullable UUID organisationId) {
        if (organisationId == null) {
            return new Location("", "");
        }
        return organisations
                .byId(organisationId)
                .map(o -> new Location(
                        o.details().state(),
                        SizeClass.of(
                                        o.kind() == OrganisationKind.COUNTY,
                                        o.details().population())
                                .map(Enum::name)
                                .orElse("")))
                .orElse(new Location("", ""));
    }

    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        var changed = new ArrayList<String>();
        after.forEach((field, value) -> {
            if (!value.equals(before.get(field))) {
                changed.add(field);
            }
        });
        return changed;
    }
}
