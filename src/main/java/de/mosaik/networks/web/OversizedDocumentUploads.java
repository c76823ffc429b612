package de.mosaik.networks.web;

import de.mosaik.shared.files.OversizedUploads;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The meeting documents' upload form for {@link OversizedUploads}: a document over the container's limit is
 * sent back to the documents page, which says in the user's language that the file is too large.
 */
@Component
class OversizedDocumentUploads implements OversizedUploads.UploadForms {

    static final String PARAMETER = OversizedUploads.PARAMETER;
    static final String TOO_LARGE = OversizedUploads.TOO_LARGE;

    private static final Pattern UPLOAD = Pattern.compile("/netzwerke/[a-z0-9-]+/treffen/[0-9a-f-]{36}/dokumente");

    @Override
    public List<Pattern> uploadPaths() {
        return List.of(UPLOAD);
    }
}
