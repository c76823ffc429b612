package de.mosaik.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageSignatureTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] WEBP = ascii("RIFF\u0024\0\0\0WEBPVP8 ");

    @Test
    void recognisesTheAllowedFormats() {
        assertThat(ImageSignature.matches(PNG, "image/png")).isTrue();
        assertThat(ImageSignature.matches(JPEG, "image/jpeg")).isTrue();
        assertThat(ImageSignature.matches(WEBP, "image/webp")).isTrue();
    }

    @Test
    void refusesAFileThatIsNotWhatItClaims() {
        assertThat(ImageSignature.matches(PNG, "image/jpeg")).isFalse();
        assertThat(ImageSignature.matches(JPEG, "image/png")).isFalse();
        assertThat(ImageSignature.matches(ascii("<svg onload=alert(1)>"), "image/png"))
                .isFalse();
        assertThat(ImageSignature.matches(ascii("<html><script>x</script>"), "image/jpeg"))
                .isFalse();
    }

    @Test
    void refusesOtherRiffFilesAsWebp() {
        assertThat(ImageSignature.matches(ascii("RIFF\u0024\0\0\0WAVEfmt "), "image/webp"))
                .isFalse();
        assertThat(ImageSignature.matches(ascii("RIFF\u0024\0\0\0AVI LIST"), "image/webp"))
                .isFalse();
        assertThat(ImageSignature.matches(ascii("RIFF\u0024\0\0\0WEBMxxxx"), "image/webp"))
                .isFalse();
    }

    @Test
    void refusesShortAndEmptyFiles() {
        assertThat(ImageSignature.matches(new byte[0], "image/png")).isFalse();
        assertThat(ImageSignature.matches(new byte[] {(byte) 0x89, 'P'}, "image/png"))
                .isFalse();
        assertThat(ImageSignature.matches(ascii("RIFF"), "image/webp")).isFalse();
    }

    @Test
    void refusesOtherContentTypes() {
        assertThat(ImageSignature.matches(PNG, "image/svg+xml")).isFalse();
        assertThat(ImageSignature.matches(ascii("GIF89a"), "image/gif")).isFalse();
        assertThat(ImageSignature.matches(PNG, "text/html")).isFalse();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
