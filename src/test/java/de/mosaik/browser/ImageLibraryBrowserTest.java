package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Staff upload an image with its alternative text and find it in the library; refusals name the field. */
@Tag("browser")
class ImageLibraryBrowserTest extends BrowserTest {

    static final String SLUG = "stadt-duisburg";

    @Test
    void staffUploadAnImageWithAltTextAndSeeItInTheLibrary() throws Exception {
        logIn("team@" + SLUG + ".demo");
        visit("/verwaltung/" + SLUG + "/inhalte/bilder");
        var alt =
                "Beratungsraum mit rundem Tisch " + UUID.randomUUID().toString().substring(0, 8);

        // Without alt text: the message names the field, the caption typed stays.
        var picture = picture();
        page.locator("#file").setInputFiles(new FilePayload("raum.png", "image/png", picture));
        page.locator("#caption").fill("Unser Beratungsraum");
        page.locator("main form[enctype] button[type=submit]").click();
        expect(page.locator("#fehler")).containsText("Alternativtext: Bitte beschreiben Sie");
        expect(page.locator("#caption")).hasValue("Unser Beratungsraum");
        assertAccessible(page);

        page.locator("#file").setInputFiles(new FilePayload("raum.png", "image/png", picture));
        page.locator("#alt").fill(alt);
        page.locator("#credit").fill("Foto: Stadt Duisburg, CC BY 4.0");
        page.locator("main form[enctype] button[type=submit]").click();
        expect(page.locator("h1")).hasText("Bild bearbeiten");
        expect(page.locator("main img")).hasAttribute("alt", alt);
        assertAccessible(page);

        visit("/verwaltung/" + SLUG + "/inhalte/bilder");
        var entry = page.locator(".image-library__item", new Page.LocatorOptions().setHasText(alt));
        expect(entry).hasCount(1);
        var preview = entry.locator("img");
        preview.scrollIntoViewIfNeeded();
        // The preview has loaded from the public path: the browser decoded a real image.
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", preview.elementHandle());
        assertThat(preview.getAttribute("src")).startsWith("/" + SLUG + "/bilder/");
    }

    private static byte[] picture() throws Exception {
        var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        // A colour of its own each run: the library keeps one image per file, whatever was typed the second time.
        g.setColor(new Color((int) (Math.random() * 0xFFFFFF)));
        g.fillRect(0, 0, 800, 600);
        g.setColor(Color.WHITE);
        g.fillOval(250, 150, 300, 300);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
