package de.mosaik.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TokensTests {

    @Test
    void aTokenIs43UrlSafeCharactersAndNeverRepeats() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var token = Tokens.urlSafe();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Tokens.plausible(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void onlyTokensOfTheRightShapeArePlausible() {
        assertThat(Tokens.plausible("")).isFalse();
        assertThat(Tokens.plausible("a".repeat(42))).isFalse();
        assertThat(Tokens.plausible("a".repeat(44))).isFalse();
        assertThat(Tokens.plausible("a".repeat(42) + "=")).isFalse();
        assertThat(Tokens.plausible("a".repeat(42) + "+")).isFalse();
        assertThat(Tokens.plausible("a".repeat(42) + "/")).isFalse();
        assertThat(Tokens.plausible("Az09-_".repeat(7) + "x")).isTrue();
    }

    @Test
    void theHashIsTheStandardSha256InLowerCaseHex() {
        // Known answers from FIPS 180-2: a changed hash would orphan every stored token.
        assertThat(Tokens.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Tokens.sha256Hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Tokens.sha256("abc")).hasSize(32);
    }

    @Test
    void textIsHashedAsUtf8() {
        assertThat(Tokens.sha256Hex("ä")).isEqualTo("33e6d73fee82904c8d7afb78de1154d1e8dc2a0edb08120e63df5b9385c2d9cc");
    }
}
