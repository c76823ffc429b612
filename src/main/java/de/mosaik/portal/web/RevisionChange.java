package de.mosaik.portal.web;

import de.mosaik.portal.domain.PageRevision;
import de.mosaik.portal.domain.TextDiff;
import java.util.ArrayList;
import java.util.List;

/** One revision of a page with what changed in its German text against the revision before it. */
public record RevisionChange(
        PageRevision revision, String previousTitle, List<TextDiff.Line> summary, List<TextDiff.Line> body) {

    public boolean titleChanged() {
        return !previousTitle.equals(revision.title());
    }

    /** The summary and the body, each when it changed, with the message key of its label. */
    public List<Part> changedParts() {
        var parts = new ArrayList<Part>();
        if (TextDiff.changed(summary)) {
            parts.add(new Part("portal.content.summary", summary));
        }
        if (TextDiff.changed(body)) {
            parts.add(new Part("portal.content.body", body));
        }
        return parts;
    }

    public record Part(String labelKey, List<TextDiff.Line> lines) {}
}
