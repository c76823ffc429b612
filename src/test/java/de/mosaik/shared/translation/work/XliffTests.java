package de.mosaik.shared.translation.work;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.SourceRevision;
import de.mosaik.shared.translation.TextKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The XLIFF file format without Spring: a round trip, the language tags and each refusal of the reader. */
class XliffTests {

    private static final UUID OWNER = UUID.fromString("6f1c2a53-1d0e-4a43-9c1e-0d6e8a1b2c3d");
    private static final String DESCRIPTION =
            "Wir **treffen** uns im [Zentrum](https://example.org/zentrum) & reden.\n\n- Tee\n- Kaffee";

    private static XliffFile sample(ContentLanguage target) {
        return new XliffFile(
                ContentLanguage.GERMAN,
                target,
                List.of(
                        new XliffUnit(
                                new TextKey("event", OWNER, "title"),
                                SourceRevision.of("Fachtag"),
                                false,
                                "Fachtag",
                                null),
                        new XliffUnit(
                                new TextKey("event", OWNER, "description"),
                                SourceRevision.of(DESCRIPTION),
                                true,
                                DESCRIPTION,
                                "نلتقي **في** [المركز](https://example.org/zentrum) & نتحدث.\n\n- شاي\n- قهوة")));
    }

    @Test
    void whatIsWrittenIsReadBackUnchanged() {
        var file = sample(new ContentLanguage("ar"));
        var bytes = XliffWriter.write(file, "kreis-dueren");
        var xml = new String(bytes, StandardCharsets.UTF_8);

        assertThat(xml)
                .contains("urn:oasis:names:tc:xliff:document:2.0", "srcLang=\"de\"", "trgLang=\"ar\"")
                .contains("<unit id=\"event:" + OWNER + ":title\">")
                .contains("type=\"sourceRevision\">" + SourceRevision.of("Fachtag") + "<")
                .contains("&amp; reden");
        var read = XliffReader.read(bytes);
        assertThat(read.problems()).isEmpty();
        assertThat(read.file()).isEqualTo(file);
    }

    @Test
    void einfacheSpracheIsGermanWithAPrivateUseTag() {
        var bytes = XliffWriter.write(sample(ContentLanguage.EINFACH), "kreis-dueren");

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("trgLang=\"de-x-einfach\"");
        assertThat(XliffReader.read(bytes).file().target()).isEqualTo(ContentLanguage.EINFACH);
        assertThat(LanguageTags.parse("ar-SY")).contains(new ContentLanguage("ar"));
        assertThat(LanguageTags.parse("DE-x-Einfach")).contains(ContentLanguage.EINFACH);
        assertThat(LanguageTags.parse("de-x-leicht")).isEmpty();
        assertThat(LanguageTags.parse("not a tag")).isEmpty();
    }

    @Test
    void aDocumentTypeIsRefusedSoNoEntityIsEverResolved() {
        var xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="ar">
                <file id="f1"><unit id="event:%s:title"><segment><source>&secret;</source></segment></unit></file></xliff>
                """.formatted(OWNER);

        var read = XliffReader.read(xxe.getBytes(StandardCharsets.UTF_8));

        assertThat(read.file()).isNull();
        assertThat(read.problems())
                .extracting(ImportProblem::messageKey)
                .containsAnyOf("translation.import.problem.dtd", "translation.import.problem.malformed");
        assertThat(read.problems().toString()).doesNotContain("root:");
    }

    @Test
    void malformedXmlAnotherVersionAndWrongLanguagesAreRefused() {
        assertThat(
                        problems(
                                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"de\" trgLang=\"ar\"><file><unit id=\"x\"></file>"))
                .containsExactly("translation.import.problem.malformed");
        assertThat(problems("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>"))
                .containsExactly("translation.import.problem.version");
        assertThat(
                        problems(
                                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"ar\"/>"))
                .containsExactly("translation.import.problem.languages");
        assertThat(
                        problems(
                                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"de\" trgLang=\"de\"/>"))
                .containsExactly("translation.import.problem.languages");
        assertThat(XliffReader.read(new byte[0]).problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("translation.import.problem.empty");
        assertThat(XliffReader.read(new byte[XliffReader.MAX_BYTES + 1]).problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("translation.import.problem.tooLarge");
    }

    @Test
    void unitsThatThisExportNeverWritesAreListedAllAtOnce() {
        var xml = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="ar">
                <file id="f1">
                <unit id="rubbish"><segment><source>a</source><target>b</target></segment></unit>
                <unit id="event:%1$s:title"><segment><source>a</source><target>b<pc id="1">c</pc></target></segment></unit>
                <unit id="event:%1$s:summary"><segment><source>a</source><target>b</target></segment></unit>
                </file></xliff>
                """.formatted(OWNER);

        var read = XliffReader.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(read.file()).isNull();
        assertThat(read.problems())
                .extracting(ImportProblem::unit, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rubbish", "translation.import.problem.unknownId"),
                        org.assertj.core.groups.Tuple.tuple(
                                "event:" + OWNER + ":title", "translation.import.problem.inlineMarkup"),
                        org.assertj.core.groups.Tuple.tuple(
                                "event:" + OWNER + ":summary", "translation.import.problem.noRevision"));
    }

    @Test
    void markdownMustKeepItsLinksEmphasisAndNoNewHtml() {
        var source = "Bitte **hier** [anmelden](https://example.org/a).";

        assertThat(MarkupCheck.problem(source, "Please **register** [here](https://example.org/a)."))
                .isEmpty();
        assertThat(MarkupCheck.problem(source, "Please **register** [here](https://evil.example/a)."))
                .contains("translation.import.problem.links");
        assertThat(MarkupCheck.problem(source, "Please **register [here](https://example.org/a)."))
                .contains("translation.import.problem.emphasis");
        assertThat(MarkupCheck.problem(source, "Please register [here](https://example.org/a) [."))
                .contains("translation.import.problem.brackets");
        assertThat(MarkupCheck.problem(source, "Please <b>register</b> [here](https://example.org/a)."))
                .contains("translation.import.problem.html");
    }

    private static List<String> problems(String xml) {
        return XliffReader.read(xml.getBytes(StandardCharsets.UTF_8)).problems().stream()
                .map(ImportProblem::messageKey)
                .toList();
    }
}
