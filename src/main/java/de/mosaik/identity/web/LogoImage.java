package de.mosaik.identity.web;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded logo into the one Mosaik keeps: decoded (so that a file that only starts like
 * an image is refused), no larger than {@value #MAX_SOURCE_PIXELS} pixels a side, read from the
 * header before anything is decoded (an 11,000 × 11,000 PNG of a few kilobytes would otherwise take
 * gigabytes), then scaled down to at most {@value #MAX_WIDTH} × {@value #MAX_HEIGHT} and written
 * again as PNG, so that every page and PDF that shows it stays small and fast.
 */
final class LogoImage {

    static final int MAX_SOURCE_PIXELS = 4000;
    static final int MAX_WIDTH = 1000;
    static final int MAX_HEIGHT = 400;

    /** What became of an upload: the PNG to keep, or why there is none. */
    record Outcome(byte @Nullable [] png, @Nullable String refusal) {

        static Outcome kept(byte[] png) {
            return new Outcome(png, null);
        }

        static Outcome refused(String messageKey) {
            return new Outcome(null, messageKey);
        }
    }

    static final String INVALID = "identity.settings.logo.invalid";
    static final String TOO_LARGE = "identity.settings.logo.tooLarge";

    private LogoImage() {}

    /** Never throws: whatever the bytes are, the answer is a PNG to keep or a message key saying why not. */
    static Outcome normalize(byte[] bytes, @Nullable String contentType) {
        if (!ImageSignature.acceptableLogo(bytes, contentType)) {
            return Outcome.refused(INVALID);
        }
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Outcome.refused(INVALID);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MAX_SOURCE_PIXELS || reader.getHeight(0) > MAX_SOURCE_PIXELS) {
                    return Outcome.refused(TOO_LARGE);
                }
                var image = reader.read(0);
                return Outcome.kept(png(scaled(image)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // Broken or hostile files end here: a refusal, never a server error.
            return Outcome.refused(INVALID);
        }
    }

    private static BufferedImage scaled(BufferedImage source) {
        double factor = Math.min(
                1.0, Math.min((double) MAX_WIDTH / source.getWidth(), (double) MAX_HEIGHT / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
