package de.mosaik.practice.web;

import de.mosaik.networks.NetworkSummary;
import de.mosaik.practice.PracticeFields;
import de.mosaik.practice.TargetGroups;
import de.mosaik.practice.domain.ExampleVersion;
import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.practice.domain.PracticeReviewPolicy;
import de.mosaik.practice.domain.ReviewEntry;
import de.mosaik.shared.web.FormErrors;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The form of one example (new when {@code example} is null) with its review comments and history. */
public record PracticeFormPage(
        Place place,
        @Nullable PracticeExample example,
        PracticeForm form,
        FormErrors errors,
        @Nullable String problem,
        List<NetworkSummary> networks,
        List<String> municipalities,
        List<ExampleVersion> versions,
        List<ReviewEntry> reviews) {

    public String action() {
        return example == null ? place.path("/neu") : place.path("/" + example.id());
    }

    public boolean editable() {
        return example == null || PracticeReviewPolicy.authorMayEdit(example.status());
    }

    public boolean submittable() {
        return example != null
                && PracticeReviewPolicy.allows(example.status(), PracticeReviewPolicy.Step.SUBMIT, false);
    }

    public boolean withdrawable() {
        return example != null
                && PracticeReviewPolicy.allows(example.status(), PracticeReviewPolicy.Step.WITHDRAW, false);
    }

    public List<PracticeFields> fields() {
        return List.of(PracticeFields.values());
    }

    public List<TargetGroups> targets() {
        return List.of(TargetGroups.values());
    }
}
