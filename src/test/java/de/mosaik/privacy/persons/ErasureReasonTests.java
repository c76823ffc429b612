package de.mosaik.privacy.persons;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.privacy.domain.ErasureService;
import de.mosaik.privacy.domain.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which reasons for an erasure name the person, and so would keep in the log what was erased. */
class ErasureReasonTests {

    private final Person person = new Person(
            "key",
            "n.oezdemir@example.org",
            "Nur Özdemir-Rose",
            List.of("n.oezdemir@example.org", "nur@example.org"),
            List.of(),
            List.of(),
            List.of());

    @Test
    void anAddressOfThePersonInAnyCaseNamesThem() {
        assertThat(ErasureService.namesThePerson("Antrag von NUR@example.org", person))
                .isTrue();
        assertThat(ErasureService.namesThePerson("Antrag von n.oezdemir@example.org", person))
                .isTrue();
    }

    @Test
    void aWordOfTheNameOfFourLettersOrMoreNamesThem() {
        assertThat(ErasureService.namesThePerson("Frau özdemir rief an", person))
                .isTrue();
        assertThat(ErasureService.namesThePerson("Antrag Rose, telefonisch", person))
                .isTrue();
    }

    @Test
    void shortWordsAndWordsMerelyContainingTheNameDoNot() {
        assertThat(ErasureService.namesThePerson("Antrag per E-Mail vom 3. Mai, nur mündlich", person))
                .as("\"Nur\" is too short to tell from the ordinary word")
                .isFalse();
        assertThat(ErasureService.namesThePerson("Rosenmontag: Antrag per Brief", person))
                .isFalse();
    }
}
