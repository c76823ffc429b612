package de.mosaik.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.shared.i18n.UiLanguage;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.Test;

/**
 * Arabic pages quote German dates, certificate numbers and addresses in Latin digits, so numbers
 * formatted for Arabic use Latin digits too: one digit system per page. The Arabic texts are still
 * found.
 */
class ArabicDigitsTests {

    private static final String ARABIC_INDIC_DIGITS = ".*[\\u0660-\\u0669\\u06F0-\\u06F9].*";

    @Test
    void numbersAndDatesOnArabicPagesUseLatinDigits() {
        var arabic = UiLanguage.AR.locale();
        var messages = ParticipantMailLanguageTests.messageSource();

        var seats = messages.getMessage("catalogue.availability.seats", new Object[] {12}, arabic);
        assertThat(seats).contains("12").contains("المقاعد").doesNotMatch(ARABIC_INDIC_DIGITS);
        assertThat(NumberFormat.getIntegerInstance(arabic).format(2026)).doesNotMatch(ARABIC_INDIC_DIGITS);
        assertThat(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(arabic)
                        .format(LocalDate.of(2026, 3, 5)))
                .contains("2026")
                .doesNotMatch(ARABIC_INDIC_DIGITS);
        assertThat(UiLanguage.AR.htmlLang()).isEqualTo("ar");
        assertThat(UiLanguage.of(java.util.Locale.forLanguageTag("ar"))).isEqualTo(UiLanguage.AR);
    }
}
