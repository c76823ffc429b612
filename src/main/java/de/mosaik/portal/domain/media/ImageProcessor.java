package de.mosaik.portal.domain.media;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded file into what the library keeps. The type is decided by the content and
 * confirmed by decoding it with that format's decoder; the pixel size is read from the header
 * before anything is decoded, so that a small file claiming 100,000 × 100,000 pixels (a
 * decompression bomb) is refused instead of taking gigabytes; everything kept is written anew,
 * which leaves EXIF (camera, GPS position, time), comments and embedded profiles behind — after a JPEG's EXIF
 * orientation was applied to its pixels ({@link ExifOrientation}).
 */
public final class ImageProcessor {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_SIDE = 8000;
    /** 40 megapixels: a large camera photo; decoded, about 160 MB for a moment. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** The widths pages ask for through {@code srcset}: phone, tablet or half a desktop, full desktop. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    private static final float JPEG_QUALITY = 0.85f;

    private ImageProcessor() {}

    /** What became of an upload: the image to keep, or why there is none. */
    public record Outcome(
            @Nullable ProcessedImage image, @Nullable ImageRefusal refusal) {

        static Outcome refused(ImageRefusal refusal) {
            return new Outcome(null, refusal);
        }
    }

    /** Never throws for any input: the answer is an image to keep or a refusal. */
    public static Outcome process(byte[] bytes) {
        if (bytes.length == 0) {
            return Outcome.refused(ImageRefusal.MISSING);
        }
        if (bytes.length > MAX_BYTES) {
            return Outcome.refused(ImageRefusal.TOO_LARGE);
        }
        var format = ImageFormat.of(bytes);
        if (format.isEmpty()) {
            return Outcome.refused(ImageRefusal.NOT_AN_IMAGE);
        }
        try {
            var readers = ImageIO.getImageReadersByFormatName(format.get().readerName());
            if (!readers.hasNext()) {
                return Outcome.refused(ImageRefusal.UNREADABLE);
            }
            var reader = readers.next();
            // In memory: no temporary files for uploads, and nothing left behind.
            try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
                reader.setInput(input, true, true);
                if (!withinLimits(reader.getWidth(0), reader.getHeight(0))) {
                    return Outcome.refused(ImageRefusal.TOO_MANY_PIXELS);
                }
                var source = reader.read(0);
                if (format.get() == ImageFormat.JPEG) {
                    // Written anew without metadata, a phone photo keeps its turn only if the pixels take it.
                    source = ExifOrientation.upright(source, ExifOrientation.of(bytes));
                }
                return new Outcome(renditions(source, format.get().storedType()), null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // Broken or hostile files end here: a refusal, never a server error.
            return Outcome.refused(ImageRefusal.UNREADABLE);
        }
    }

    /** Whether a pixel size, as a header states it, may be decoded. */
    public static boolean withinLimits(long width, long height) {
        return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE && width * height <= MAX_PIXELS;
    }

    /** Draws a picture made in code (demo data) through the same path as an upload. */
    public static ProcessedImage of(BufferedImage picture, String contentType) {
        try {
            return renditions(picture, contentType);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProcessedImage renditions(BufferedImage source, String contentType) throws IOException {
        boolean png = contentType.equals("image/png");
        // Transparency is kept only where there is some: an opaque PNG is smaller and faster without it.
        boolean alpha = png && source.getColorModel().hasAlpha();
        var original = redrawn(source, source.getWidth(), source.getHeight(), alpha);
        var renditions = new ArrayList<Rendition>();
        var current = original;
        // From the largest down, each copy made from the one before: sharper than one big step, and cheaper.
        var smaller = WIDTHS.stream()
                .filter(w -> w < source.getWidth())
                .sorted((a, b) -> b - a)
                .toList();
        for (int width : smaller) {
            int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
            current = scaled(current, width, height, alpha);
            renditions.add(0, new Rendition(width, height, encode(current, png)));
        }
        renditions.add(new Rendition(original.getWidth(), original.getHeight(), encode(original, png)));
        return new ProcessedImage(contentType, original.getWidth(), original.getHeight(), renditions);
    }

    /** Halves while that still is above the target, then one bicubic step: no aliasing from large reductions. */
    private static BufferedImage scaled(BufferedImage source, int width, int height, boolean alpha) {
        var current = source;
        while (current.getWidth() / 2 >= width * 2) {
            current = redrawn(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), alpha);
        }
        return redrawn(current, width, height, alpha);
    }

    /** A copy in a plain pixel layout: ARGB where transparency is kept, otherwise RGB on white. */
    private static BufferedImage redrawn(BufferedImage source, int width, int height, boolean alpha) {
        var target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                graphics.setColor(java.awt.Color.WHITE);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** Written with no metadata at all: the decoded pixels only. */
    private static byte[] encode(BufferedImage image, boolean png) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
