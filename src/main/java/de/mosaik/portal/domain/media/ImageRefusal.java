package de.mosaik.portal.domain.media;

/** Why an uploaded file was not taken into the library; each has a message naming the file field. */
public enum ImageRefusal {
    /** No file was chosen, or it is empty. */
    MISSING,
    /** More bytes than {@link ImageProcessor#MAX_BYTES}. */
    TOO_LARGE,
    /** Not a JPEG, PNG or GIF by its content, whatever its name says. */
    NOT_AN_IMAGE,
    /** Begins like an image but cannot be decoded: broken, or a variant the decoder does not read. */
    UNREADABLE,
    /** Wider, taller or with more pixels than the limits, read from the header before decoding. */
    TOO_MANY_PIXELS;

    public String messageKey() {
        return switch (this) {
            case MISSING -> "portal.images.file.missing";
            case TOO_LARGE -> "portal.images.file.tooLarge";
            case NOT_AN_IMAGE -> "portal.images.file.notAnImage";
            case UNREADABLE -> "portal.images.file.unreadable";
            case TOO_MANY_PIXELS -> "portal.images.file.tooManyPixels";
        };
    }
}
