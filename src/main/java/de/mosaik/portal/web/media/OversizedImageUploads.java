package de.mosaik.portal.web.media;

import de.mosaik.shared.files.OversizedUploads;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The image library's upload form for {@link OversizedUploads}: an image over the container's limit is sent
 * back to the library, which says in the user's language that the file is too large.
 */
@Component
class OversizedImageUploads implements OversizedUploads.UploadForms {

    static final String PARAMETER = OversizedUploads.PARAMETER;
    static final String TOO_LARGE = OversizedUploads.TOO_LARGE;

    private static final Pattern UPLOAD = Pattern.compile("/verwaltung/[a-z0-9-]+" + ImageRoutes.LIBRARY);

    @Override
    public List<Pattern> uploadPaths() {
        return List.of(UPLOAD);
    }
}
