package de.mosaik.portal.web.media;

import de.mosaik.portal.domain.media.ImageTexts;
import de.mosaik.portal.domain.media.StoredImage;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The texts of an image as staff type them: the required alternative text, a caption and the credit.
 * The file comes along on upload; when it is refused, the texts come back filled (a browser never refills a file).
 */
public record ImageForm(
        @Nullable MultipartFile file,
        @Nullable String alt,
        @Nullable String caption,
        @Nullable String credit,
        @Nullable Boolean minorEdit,
        @Nullable Integer version) {

    static ImageForm empty() {
        return new ImageForm(null, "", "", "", false, 0);
    }

    static ImageForm of(StoredImage image) {
        return new ImageForm(null, image.alt(), image.caption(), image.credit(), false, image.version());
    }

    /** The version the form was opened with; none (the upload form) counts as 0. */
    int expectedVersion() {
        return version == null ? 0 : version;
    }

    ImageForm withVersion(int newVersion) {
        return new ImageForm(null, alt, caption, credit, minorEdit, newVersion);
    }

    void check(BindingResult result) {
        if (text(alt).isEmpty()) {
            result.rejectValue("alt", "portal.images.alt.required");
        } else if (text(alt).length() > ImageTexts.ALT_MAX) {
            result.rejectValue("alt", "portal.images.alt.tooLong", new Object[] {ImageTexts.ALT_MAX}, null);
        }
        if (text(caption).length() > ImageTexts.CAPTION_MAX) {
            result.rejectValue("caption", "portal.images.caption.tooLong", new Object[] {ImageTexts.CAPTION_MAX}, null);
        }
        if (text(credit).length() > ImageTexts.CREDIT_MAX) {
            result.rejectValue("credit", "portal.images.credit.tooLong", new Object[] {ImageTexts.CREDIT_MAX}, null);
        }
    }

    /** Ticked "minor correction": the translations stay current. Not on the upload form. */
    public boolean minor() {
        return Boolean.TRUE.equals(minorEdit);
    }

    ImageTexts texts() {
        return new ImageTexts(text(alt), text(caption), text(credit));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
