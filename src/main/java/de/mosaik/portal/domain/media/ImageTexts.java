package de.mosaik.portal.domain.media;

/**
 * The German texts of an image: the alternative text a screen reader reads instead of it (required),
 * a caption, and the credit (photographer, licence) that municipal sites must show with a photo.
 */
public record ImageTexts(String alt, String caption, String credit) {

    public static final int ALT_MAX = 500;
    public static final int CAPTION_MAX = 500;
    public static final int CREDIT_MAX = 300;

    public ImageTexts {
        alt = alt.strip();
        caption = caption.strip();
        credit = credit.strip();
        if (alt.isEmpty()) {
            throw new IllegalArgumentException("an image needs its alternative text");
        }
    }
}
