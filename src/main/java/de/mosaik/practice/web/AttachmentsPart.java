package de.mosaik.practice.web;

import de.mosaik.networks.AdoptedRecommendation;
import de.mosaik.practice.domain.Attachment;
import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.shared.web.FormErrors;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part of an example's page about its attachments and the recommendations it implements: the list with
 * downloads, the upload form while the example may be edited, and the link to tick recommendations.
 * {@code base} is the example's path in the place it is opened (author's or editors').
 */
public record AttachmentsPart(
        String base,
        PracticeExample example,
        List<Attachment> attachments,
        AttachmentForm form,
        FormErrors errors,
        @Nullable String problem,
        boolean editable,
        List<AdoptedRecommendation> implemented) {

    public String uploadAction() {
        return base + "/anhaenge";
    }

    public String download(Attachment attachment) {
        return base + "/anhaenge/" + attachment.id();
    }

    public String removeAction(Attachment attachment) {
        return base + "/anhaenge/" + attachment.id() + "/entfernen";
    }

    public String linksPage() {
        return base + "/empfehlungen";
    }

    public int maxMegabytes() {
        return de.mosaik.practice.domain.PracticeAttachments.MAX_BYTES / (1024 * 1024);
    }
}
