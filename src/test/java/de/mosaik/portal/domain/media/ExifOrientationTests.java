package de.mosaik.portal.domain.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A phone photo stored as the sensor saw it, with an EXIF orientation saying how to turn it: the library keeps it
 * upright. The fixture is made here: a JPEG, red on its left half and blue on its right, with an APP1 segment.
 */
class ExifOrientationTests {

    private static final int RED = 0xD00000;
    private static final int BLUE = 0x0000D0;

    @Test
    void aPhotoToBeTurnedClockwiseIsStoredUpright() throws IOException {
        var kept = upload(withOrientation(redLeftBlueRight(80, 40), 6, true));

        // 80 × 40 turned a quarter clockwise is 40 × 80, and the left half (red) is now on top.
        assertThat(kept.getWidth()).isEqualTo(40);
        assertThat(kept.getHeight()).isEqualTo(80);
        assertThat(near(kept.getRGB(20, 10), RED)).isTrue();
        assertThat(near(kept.getRGB(20, 70), BLUE)).isTrue();
    }

    @Test
    void everyOrientationTurnsOrMirrorsAsTheStandardSays() throws IOException {
        // Where the red (left) half of an 80 × 40 picture ends up: left, right, top or bottom.
        assertThat(side(1)).isEqualTo("left");
        assertThat(side(2)).isEqualTo("right");
        assertThat(side(3)).isEqualTo("right");
        assertThat(side(4)).isEqualTo("left");
        assertThat(side(5)).isEqualTo("top");
        assertThat(side(6)).isEqualTo("top");
        assertThat(side(7)).isEqualTo("bottom");
        assertThat(side(8)).isEqualTo("bottom");
    }

    @Test
    void littleEndianExifIsReadToo() throws IOException {
        var kept = upload(withOrientation(redLeftBlueRight(80, 40), 8, false));
        assertThat(kept.getWidth()).isEqualTo(40);
        assertThat(near(kept.getRGB(20, 70), RED)).isTrue();
    }

    @Test
    void aMissingOrBrokenOrientationLeavesThePictureAsStored() throws IOException {
        var plain = redLeftBlueRight(80, 40);
        assertThat(ExifOrientation.of(plain)).isEqualTo(ExifOrientation.AS_STORED);
        assertThat(ExifOrientation.of(withOrientation(plain, 9, true))).isEqualTo(ExifOrientation.AS_STORED);
        // Cut inside the EXIF segment: nothing thrown, nothing turned.
        var withExif = withOrientation(plain, 6, true);
        var cut = Arrays.copyOf(withExif, exifStart(withExif) + 20);
        assertThat(ExifOrientation.of(cut)).isEqualTo(ExifOrientation.AS_STORED);
        assertThat(ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 1}))
                .isEqualTo(ExifOrientation.AS_STORED);
        assertThat(upload(plain).getWidth()).isEqualTo(80);
    }

    private static String side(int orientation) throws IOException {
        var kept = upload(withOrientation(redLeftBlueRight(80, 40), orientation, true));
        int w = kept.getWidth();
        int h = kept.getHeight();
        if (w > h) {
            return near(kept.getRGB(10, h / 2), RED) ? "left" : "right";
        }
        return near(kept.getRGB(w / 2, 10), RED) ? "top" : "bottom";
    }

    /** The largest rendition the library keeps, decoded. */
    private static BufferedImage upload(byte[] jpeg) throws IOException {
        var outcome = ImageProcessor.process(jpeg);
        assertThat(outcome.refusal()).isNull();
        var renditions = outcome.image().renditions();
        return ImageIO.read(
                new ByteArrayInputStream(renditions.get(renditions.size() - 1).bytes()));
    }

    private static byte[] redLeftBlueRight(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(RED));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(new Color(BLUE));
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 "Exif" segment holding only the orientation tag, placed after the JFIF segment. */
    static byte[] withOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        var tiff = new ByteArrayOutputStream();
        if (bigEndian) {
            tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1});
            tiff.writeBytes(new byte[] {0, (byte) orientation, 0, 0, 0, 0, 0, 0});
        } else {
            tiff.writeBytes(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0});
            tiff.writeBytes(new byte[] {(byte) orientation, 0, 0, 0, 0, 0, 0, 0});
        }
        var payload = new ByteArrayOutputStream();
        payload.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        payload.writeBytes(tiff.toByteArray());
        int length = payload.size() + 2;
        int at = afterJfif(jpeg);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes(payload.toByteArray());
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static int afterJfif(byte[] jpeg) {
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            return 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        return 2;
    }

    private static int exifStart(byte[] jpeg) {
        return afterJfif(jpeg);
    }

    /** Close to the colour: JPEG compression moves values a little. */
    private static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xFF) - ((expected >> shift) & 0xFF)) > 40) {
                return false;
            }
        }
        return true;
    }
}
