package de.mosaik.portal.domain.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ImageProcessorTests {

    @Test
    void theTypeIsDecidedByTheContent() throws IOException {
        assertThat(ImageFormat.of(picture(40, 30, "png"))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.of(picture(40, 30, "jpeg"))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.of(picture(40, 30, "gif"))).contains(ImageFormat.GIF);
        assertThat(ImageFormat.of(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")))
                .isEmpty();
        assertThat(ImageFormat.of(ascii("<html><script>alert(1)</script>"))).isEmpty();
        assertThat(ImageFormat.of(ascii("%PDF-1.7"))).isEmpty();
        assertThat(ImageFormat.of(ascii("RIFF\u0024\0\0\0WEBPVP8 "))).isEmpty();
        assertThat(ImageFormat.of(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
        assertThat(ImageFormat.of(new byte[0])).isEmpty();
    }

    @Test
    void aFileThatOnlyBeginsLikeAnImageIsRefused() {
        var fake = ascii("\u0089PNG\r\n\u001a\n<script>alert(1)</script>");
        assertThat(ImageProcessor.process(fake).refusal()).isEqualTo(ImageRefusal.UNREADABLE);
        assertThat(ImageProcessor.process(ascii("<html></html>")).refusal()).isEqualTo(ImageRefusal.NOT_AN_IMAGE);
        assertThat(ImageProcessor.process(new byte[0]).refusal()).isEqualTo(ImageRefusal.MISSING);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeDecoding() {
        var large = new byte[(int) ImageProcessor.MAX_BYTES + 1];
        large[0] = (byte) 0x89;
        assertThat(ImageProcessor.process(large).refusal()).isEqualTo(ImageRefusal.TOO_LARGE);
    }

    /** A few hundred bytes that claim 100,000 × 100,000 pixels: 40 GB if decoded. */
    @Test
    @Timeout(5)
    void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
        var bomb = pngHeader(100_000, 100_000);
        assertThat(bomb.length).isLessThan(200);
        assertThat(ImageProcessor.process(bomb).refusal()).isEqualTo(ImageRefusal.TOO_MANY_PIXELS);
        assertThat(ImageProcessor.process(pngHeader(ImageProcessor.MAX_SIDE + 1, 10))
                        .refusal())
                .isEqualTo(ImageRefusal.TOO_MANY_PIXELS);
    }

    @Test
    void theLimitsHoldAtTheirEdges() {
        assertThat(ImageProcessor.withinLimits(ImageProcessor.MAX_SIDE, 5000)).isTrue();
        assertThat(ImageProcessor.withinLimits(ImageProcessor.MAX_SIDE, 5001)).isFalse();
        assertThat(ImageProcessor.withinLimits(ImageProcessor.MAX_SIDE + 1, 1)).isFalse();
        assertThat(ImageProcessor.withinLimits(1, ImageProcessor.MAX_SIDE + 1)).isFalse();
        assertThat(ImageProcessor.withinLimits(0, 10)).isFalse();
    }

    @Test
    void anImageIsKeptWithScaledCopiesNarrowestFirst() throws IOException {
        var outcome = ImageProcessor.process(picture(2000, 1000, "png"));

        var image = outcome.image();
        assertThat(image).isNotNull();
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.renditions()).extracting(Rendition::width).containsExactly(480, 960, 1600, 2000);
        assertThat(image.renditions()).extracting(Rendition::height).containsExactly(240, 480, 800, 1000);
        for (var rendition : image.renditions()) {
            var decoded = ImageIO.read(new java.io.ByteArrayInputStream(rendition.bytes()));
            assertThat(decoded.getWidth()).isEqualTo(rendition.width());
        }
    }

    @Test
    void aSmallImageIsNotEnlarged() throws IOException {
        var image = ImageProcessor.process(picture(300, 200, "jpeg")).image();
        assertThat(image).isNotNull();
        assertThat(image.contentType()).isEqualTo("image/jpeg");
        assertThat(image.renditions()).extracting(Rendition::width).containsExactly(300);
    }

    @Test
    void aGifIsKeptAsPng() throws IOException {
        var image = ImageProcessor.process(picture(100, 50, "gif")).image();
        assertThat(image).isNotNull();
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(ImageFormat.of(image.original().bytes())).contains(ImageFormat.PNG);
    }

    /** Camera, time and the GPS position in EXIF must not reach the public page. */
    @Test
    void metadataIsLeftBehind() throws IOException {
        var jpeg = picture(640, 480, "jpeg");
        var exif = ascii("Exif\0\0GPSLatitude 50.80 GPSLongitude 6.48 Canon EOS");
        var withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2);
        withExif.write(0xFF);
        withExif.write(0xE1);
        withExif.write((exif.length + 2) >> 8);
        withExif.write((exif.length + 2) & 0xFF);
        withExif.write(exif);
        withExif.write(jpeg, 2, jpeg.length - 2);
        assertThat(contains(withExif.toByteArray(), "GPSLatitude")).isTrue();

        var image = ImageProcessor.process(withExif.toByteArray()).image();

        assertThat(image).isNotNull();
        for (var rendition : image.renditions()) {
            assertThat(contains(rendition.bytes(), "GPSLatitude")).isFalse();
            assertThat(contains(rendition.bytes(), "Exif")).isFalse();
        }
    }

    static byte[] picture(int width, int height, String format) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x336699));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A PNG signature and a valid IHDR chunk claiming the size, with no image data after it. */
    static byte[] pngHeader(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        var chunk = new ByteArrayOutputStream();
        var data = new DataOutputStream(chunk);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.writeByte(8); // bit depth
        data.writeByte(2); // truecolour
        data.writeByte(0);
        data.writeByte(0);
        data.writeByte(0);
        var body = chunk.toByteArray();
        var crc = new CRC32();
        crc.update(body);
        var framed = new DataOutputStream(out);
        framed.writeInt(body.length - 4);
        framed.write(body);
        framed.writeInt((int) crc.getValue());
        return out.toByteArray();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
