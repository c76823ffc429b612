package de.mosaik.portal.domain.media;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 in IFD0 of the APP1 "Exif" segment): phones store a photo as the
 * sensor saw it and say in this tag how to turn it. The library writes images anew without metadata, so the turn
 * must be applied to the pixels, or a portrait photo shows lying on its side. Read here from the segment itself:
 * a few bounds-checked bytes, no library; anything unexpected counts as "as stored" (1).
 */
final class ExifOrientation {

    static final int AS_STORED = 1;

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {}

    /** The orientation 1 to 8 of a JPEG, 1 when there is none or the file says something unreadable. */
    static int of(byte[] jpeg) {
        try {
            return read(jpeg);
        } catch (IndexOutOfBoundsException e) {
            return AS_STORED;
        }
    }

    private static int read(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return AS_STORED;
        }
        int pos = 2;
        while (pos + 4 <= b.length && (b[pos] & 0xFF) == 0xFF) {
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                // Start of the image data or its end: the metadata segments are behind us.
                return AS_STORED;
            }
            int length = u16(b, pos + 2, true);
            if (length < 2) {
                return AS_STORED;
            }
            int start = pos + 4;
            if (marker == 0xE1 && length >= 8 && isExif(b, start)) {
                return orientation(b, start + 6, pos + 2 + length);
            }
            pos += 2 + length;
        }
        return AS_STORED;
    }

    private static boolean isExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0;
    }

    /** Reads IFD0 of the TIFF structure that starts at {@code tiff} and ends before {@code end}. */
    private static int orientation(byte[] b, int tiff, int end) {
        boolean bigEndian;
        if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            bigEndian = true;
        } else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            bigEndian = false;
        } else {
            return AS_STORED;
        }
        if (u16(b, tiff + 2, bigEndian) != 42) {
            return AS_STORED;
        }
        long offset = u32(b, tiff + 4, bigEndian);
        if (offset < 8 || tiff + offset + 2 > end) {
            return AS_STORED;
        }
        int ifd = tiff + (int) offset;
        int entries = u16(b, ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return AS_STORED;
            }
            if (u16(b, entry, bigEndian) == ORIENTATION_TAG) {
                // Type SHORT, count 1: the value sits in the first two bytes of the value field.
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : AS_STORED;
            }
        }
        return AS_STORED;
    }

    /** The picture turned and mirrored as {@code orientation} says, so that it shows upright. */
    static BufferedImage upright(BufferedImage source, int orientation) {
        if (orientation <= AS_STORED || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swapped = orientation >= 5;
        // Maps a stored pixel to where it shows: x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12.
        var transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        var target = new BufferedImage(
                swapped ? h : w,
                swapped ? w : h,
                source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            graphics.drawImage(source, transform, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF) : (b[at + 1] & 0xFF) << 8 | (b[at] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        return bigEndian
                ? ((long) u16(b, at, true) << 16) | u16(b, at + 2, true)
                : ((long) u16(b, at + 2, false) << 16) | u16(b, at, false);
    }
}
