package de.mosaik.networks.web;

import de.mosaik.networks.domain.DiscussionMentions;
import de.mosaik.networks.domain.DiscussionPost;
import de.mosaik.shared.text.SafeHtml;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A post as its thread page shows it: the Markdown rendered and sanitised, with the mentions of the network's
 * people highlighted; nothing of a hidden post's or an erased author's text.
 */
public record DiscussionPostShown(
        DiscussionPost post, @Nullable String html, boolean mine) {

    static DiscussionPostShown of(DiscussionPost post, Set<String> knownNames, UUID viewer) {
        var erased = post.authorId() == null && post.body().isEmpty();
        var html = post.hidden() || erased
                ? null
                : DiscussionMentions.highlight(SafeHtml.fromMarkdown(post.body()), knownNames);
        return new DiscussionPostShown(post, html, post.writtenBy(viewer));
    }

    /** The author removed the post's text through their erasure: it shows as deleted. */
    public boolean erased() {
        return !post.hidden() && html == null;
    }

    public String anchor() {
        return "beitrag-" + post.id();
    }
}
