package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.HtmlForm;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A place's photo: chosen from the tenant's library, kept in use there while shown, and shown with its alt text. */
class PlacePhotoTests extends IntegrationTest {

    private static final String DUISBURG = "stadt-duisburg";
    private static final String PLACES = "/verwaltung/" + DUISBURG + "/inhalte/orte";
    private static final String LIBRARY = "/verwaltung/" + DUISBURG + "/inhalte/bilder";
    private static final String REFUSED = "Foto: Dieses Bild gibt es unter „Bilder“ nicht.";

    @Autowired
    PortalImages images;

    @Autowired
    Translations translations;

    UUID duisburg;
    WebSession staff;

    @BeforeEach
    void signIn() {
        duisburg = new Fixtures(jdbc, null).tenantId(DUISBURG);
        staff = new WebSession(port);
        staff.login("team@" + DUISBURG + ".demo", DemoAccounts.PASSWORD);
    }

    @Test
    void choosingChangingAndDeletingKeepTheLibrarysUseRight() {
        var first = image(duisburg, "Ein Haus am Hafen");
        var second = image(duisburg, "Ein Haus im Park");
        var name = Fixtures.unique("Ort mit Foto");
        var form = HtmlForm.of(staff.get(PLACES + "/neu").body(), PLACES + "/neu");
        assertThat(form.value("photoId")).as("no photo until one is chosen").isEmpty();
        var created = form.with("name", name).with("photoId", first.toString()).submit(staff);
        assertThat(created.status()).isEqualTo(302);
        var place = placeId(name);
        assertThat(photoOf(place)).isEqualTo(first);
        assertThat(uses(first)).isEqualTo(1);

        var refusedDelete = staff.post(LIBRARY + "/" + first + "/loeschen", java.util.Map.of());
        assertThat(refusedDelete.body()).contains("kann deshalb nicht gelöscht werden");

        var edit = PLACES + "/" + place;
        var editPage = staff.get(edit).body();
        assertThat(HtmlForm.of(editPage, edit).value("photoId")).isEqualTo(first.toString());
        assertThat(editPage).contains("Ein Haus im Park", "href=\"" + LIBRARY + "\"");
        assertThat(HtmlForm.of(editPage, edit)
                        .with("photoId", second.toString())
                        .submit(staff)
                        .status())
                .isEqualTo(302);
        assertThat(photoOf(place)).isEqualTo(second);
        assertThat(uses(first)).as("the old photo is released").isZero();
        assertThat(uses(second)).isEqualTo(1);

        assertThat(staff.post(edit + "/loeschen", java.util.Map.of()).status()).isEqualTo(302);
        assertThat(uses(second)).as("a deleted place shows no photo").isZero();
        assertThat(staff.post(LIBRARY + "/" + second + "/loeschen", java.util.Map.of())
                        .status())
                .isEqualTo(302);
    }

    @Test
    void anotherTenantsImageOrNoImageIsRefusedNamingTheFieldAndNothingIsSaved() {
        var dueren = image(new Fixtures(jdbc, null).tenantId("kreis-dueren"), "Ein Bild aus Düren");
        for (var choice : java.util.List.of(dueren.toString(), UUID.randomUUID().toString(), "kein-bild")) {
            var name = Fixtures.unique("Ort");
            var page = HtmlForm.of(staff.get(PLACES + "/neu").body(), PLACES + "/neu")
                    .with("name", name)
                    .with("photoId", choice)
                    .submit(staff);
            assertThat(page.status()).as(choice).isEqualTo(200);
            assertThat(page.body()).contains(REFUSED, "href=\"#photoId\"", "value=\"" + name + "\"");
            assertThat(jdbc.sql("select count(*) from portal.place where tenant_id = ? and name = ?")
                            .params(duisburg, name)
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
        assertThat(uses(dueren)).isZero();

        var place = placeId("Internationales Zentrum");
        var edit = PLACES + "/" + place;
        var before = photoOf(place);
        var refused = HtmlForm.of(staff.get(edit).body(), edit)
                .with("photoId", dueren.toString())
                .submit(staff);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains(REFUSED);
        assertThat(photoOf(place)).isEqualTo(before);
    }

    @Test
    void thePublicPageShowsThePhotoResponsiveWithItsAltTextInTheReadersLanguageOrGerman() {
        var alt = Fixtures.unique("Eingang mit Rampe");
        var photo = image(duisburg, alt);
        translations.save(
                duisburg,
                new TextKey(PortalImages.OWNER_KIND, photo, "alt"),
                new ContentLanguage("en"),
                new TranslationEdit("Entrance with a ramp", TranslationStatus.PUBLISHED, 0, false),
                alt,
                null);
        var name = Fixtures.unique("Ort zum Zeigen");
        assertThat(HtmlForm.of(staff.get(PLACES + "/neu").body(), PLACES + "/neu")
                        .with("name", name)
                        .with("photoId", photo.toString())
                        .submit(staff)
                        .status())
                .isEqualTo(302);
        var path = "/" + DUISBURG + "/orte/"
                + jdbc.sql("select slug from portal.place where id = ?")
                        .param(placeId(name))
                        .query(String.class)
                        .single();

        var german = new WebSession(port).get(path).body();
        assertThat(german)
                .contains("alt=\"" + alt + "\"", "srcset=\"/" + DUISBURG + "/bilder/" + photo, " 480w")
                .contains("\"image\":\"http", "/" + DUISBURG + "/bilder/" + photo);
        var english = new WebSession(port).get(path + "?lang=en").body();
        assertThat(english).contains("alt=\"Entrance with a ramp\"").doesNotContain(alt);
        var arabic = new WebSession(port).get(path + "?lang=ar").body();
        assertThat(arabic).as("no Arabic alt text: German, marked").contains("alt=\"" + alt + "\" lang=\"de\"");

        var kiebitzSlug = jdbc.sql("select slug from portal.place where tenant_id = ? and name like '%Kiebitz'")
                .param(duisburg)
                .query(String.class)
                .single();
        var kiebitz = new WebSession(port)
                .get("/" + DUISBURG + "/orte/" + kiebitzSlug)
                .body();
        assertThat(kiebitz).doesNotContain("place-photo", "\"image\":");
    }

    @Test
    void theDemosInternationalesZentrumShowsTheBuildingPicture() {
        var page = new WebSession(port)
                .get("/" + DUISBURG + "/orte/internationales-zentrum?lang=ar")
                .body();
        assertThat(page).contains("alt=\"Zeichnung eines Verwaltungsgebäudes", "lang=\"de\"", "place-photo");
    }

    private UUID image(UUID tenant, String alt) {
        return images.add(tenant, picture(), alt, "", "").orElseThrow();
    }

    private UUID placeId(String name) {
        return jdbc.sql("select id from portal.place where tenant_id = ? and name = ?")
                .params(duisburg, name)
                .query(UUID.class)
                .single();
    }

    private UUID photoOf(UUID place) {
        return jdbc.sql("select photo_image_id from portal.place where id = ?")
                .param(place)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private int uses(UUID image) {
        return jdbc.sql("select count(*) from portal.image_use where image_id = ? and user_kind = 'portal.place'")
                .param(image)
                .query(Integer.class)
                .single();
    }

    /** A small picture of its own colour, so that each is a new image and not the same file again. */
    private static byte[] picture() {
        var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(UUID.randomUUID().hashCode() & 0xFFFFFF));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
