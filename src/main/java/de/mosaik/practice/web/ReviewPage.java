package de.mosaik.practice.web;

import de.mosaik.practice.PracticeStatus;
import de.mosaik.practice.domain.Criterion;
import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.practice.domain.ReviewEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One example under review with the network's checklist, what was ticked and typed, and earlier decisions. */
public record ReviewPage(
        Place place,
        PracticeExample example,
        List<Criterion> criteria,
        List<String> ticked,
        String comment,
        @Nullable String problem,
        List<ReviewEntry> reviews) {

    /** The values of the two decision buttons. */
    public static final String PUBLISH = "publish";

    public static final String CHANGES = "changes";

    public boolean decidable() {
        return example.status() == PracticeStatus.SUBMITTED;
    }

    /** One written part of the example: its form field's name and the text. */
    public record Text(String field, String text) {}

    /** The example's written parts that are filled in, in the form's order. */
    public List<Text> texts() {
        var d = example.draft();
        return java.util.stream.Stream.of(
                        new Text("summary", d.summary()),
                        new Text("goals", d.goals()),
                        new Text("approach", d.approach()),
                        new Text("resources", d.resources()),
                        new Text("fundingProgramme", d.fundingProgramme()),
                        new Text("results", d.results()),
                        new Text("lessonsLearned", d.lessonsLearned()),
                        new Text("transferability", d.transferability()),
                        new Text("contactName", d.contactName()),
                        new Text("links", d.links()))
                .filter(t -> !t.text().isEmpty())
                .toList();
    }

    public boolean isTicked(Criterion criterion) {
        return ticked.contains(criterion.id().toString());
    }
}
