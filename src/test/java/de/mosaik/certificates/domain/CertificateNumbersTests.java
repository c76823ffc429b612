package de.mosaik.certificates.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class CertificateNumbersTests {

    @Test
    void numbersAreGroupedRandomAndReadable() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var number = CertificateNumbers.next();
            assertThat(number).matches("MSK-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
            seen.add(number);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void typedNumbersAreNormalised() {
        var number = CertificateNumbers.next();
        assertThat(CertificateNumbers.normalise(number.toLowerCase())).isEqualTo(number);
        assertThat(CertificateNumbers.normalise(" " + number.replace("-", " ") + " "))
                .isEqualTo(number);
        assertThat(CertificateNumbers.normalise("MSK-0000-1111-IIII")).isNull();
        assertThat(CertificateNumbers.normalise("irgendwas")).isNull();
        assertThat(CertificateNumbers.normalise("")).isNull();
    }
}
