package de.mosaik.demo;

import de.mosaik.portal.PortalImages;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Two pictures per tenant for the image library, drawn in code (no photo files in the repository, and
 * nobody's picture): a simplified site plan and a building pictogram, each with its alternative text,
 * and the site plan's alternative text translated so that the fallback to German shows on the other.
 */
@Component
class DemoImages {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 800;
    private static final int STORED_WIDTH = 960;
    private static final String CREDIT = "Grafik: Mosaik-Demodaten, CC0 1.0";

    static final String PLAN_ALT = "Vereinfachter Lageplan: Das Integrationszentrum liegt an einer Straßenkreuzung "
            + "nahe dem Fluss, markiert mit einer roten Stecknadel.";
    static final String BUILDING_ALT =
            "Zeichnung eines Verwaltungsgebäudes mit drei Fensterreihen und einem stufenlosen Eingang mit Rampe.";

    private static final Map<ContentLanguage, String> PLAN_ALT_TRANSLATED = Map.of(
            new ContentLanguage("en"),
            "Simplified site plan: the integration centre is at a crossroads near the river, marked with a red pin.",
            new ContentLanguage("ar"),
            "مخطط موقع مبسّط: يقع مركز الاندماج عند تقاطع طرق قرب النهر، ومُعلَّم بدبوس أحمر.",
            ContentLanguage.EINFACH,
            "Ein einfacher Plan. Der rote Punkt zeigt: Hier ist das Integrations-Zentrum.");

    private final PortalImages images;
    private final Translations translations;

    DemoImages(PortalImages images, Translations translations) {
        this.images = images;
        this.translations = translations;
    }

    /** The building pictogram's id, which the demo places use as a photo. */
    UUID seed(UUID tenantId, String centreName) {
        var plan = images.add(tenantId, png(DemoImages::drawPlan), PLAN_ALT, "So finden Sie zu uns.", CREDIT)
                .orElseThrow();
        PLAN_ALT_TRANSLATED.forEach((language, text) -> translations.save(
                tenantId,
                new TextKey(PortalImages.OWNER_KIND, plan, "alt"),
                language,
                new TranslationEdit(text, TranslationStatus.PUBLISHED, 0, false),
                PLAN_ALT,
                null));
        return images.add(tenantId, png(DemoImages::drawBuilding), BUILDING_ALT, centreName, CREDIT)
                .orElseThrow();
    }

    private static byte[] png(Consumer<Graphics2D> drawing) {
        // Drawn at 1200 × 800 and stored at 960 × 640: two renditions only, for a quick first start.
        var image = new BufferedImage(STORED_WIDTH, STORED_WIDTH * HEIGHT / WIDTH, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale((double) STORED_WIDTH / WIDTH, (double) STORED_WIDTH / WIDTH);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void drawPlan(Graphics2D g) {
        g.setColor(new Color(0xF2EFE6));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xCFE6C4));
        g.fillRoundRect(760, 90, 330, 230, 40, 40);
        var river = new Path2D.Double();
        river.moveTo(0, 620);
        river.curveTo(300, 540, 600, 760, 1200, 640);
        g.setColor(new Color(0x8EC3E8));
        g.setStroke(new BasicStroke(90, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(river);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(34));
        g.drawLine(0, 360, WIDTH, 330);
        g.drawLine(520, 0, 560, HEIGHT);
        g.setStroke(new BasicStroke(18));
        g.drawLine(0, 150, 700, 170);
        g.drawLine(900, 360, 980, HEIGHT);
        g.setColor(new Color(0xD9D2C3));
        for (int[] block :
                new int[][] {{80, 200, 160, 110}, {300, 200, 170, 110}, {620, 400, 200, 120}, {80, 420, 180, 90}}) {
            g.fillRect(block[0], block[1], block[2], block[3]);
        }
        g.setColor(new Color(0xC0392B));
        g.fill(new Ellipse2D.Double(500, 250, 80, 80));
        var tip = new Path2D.Double();
        tip.moveTo(508, 305);
        tip.lineTo(540, 370);
        tip.lineTo(572, 305);
        tip.closePath();
        g.fill(tip);
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(524, 274, 32, 32));
    }

    private static void drawBuilding(Graphics2D g) {
        g.setColor(new Color(0xE8F1F8));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x7FB069));
        g.fillRect(0, 680, WIDTH, 120);
        g.setColor(new Color(0xF4E3C1));
        g.fillRect(300, 180, 600, 500);
        g.setColor(new Color(0x8C5A3C));
        var roof = new Path2D.Double();
        roof.moveTo(270, 190);
        roof.lineTo(600, 60);
        roof.lineTo(930, 190);
        roof.closePath();
        g.fill(roof);
        g.setColor(new Color(0x4A7FB5));
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 5; column++) {
                if (row == 2 && column == 2) {
                    continue;
                }
                g.fillRect(340 + column * 110, 220 + row * 140, 70, 90);
            }
        }
        g.setColor(new Color(0x5B3A29));
        g.fillRect(555, 540, 90, 140);
        g.setColor(new Color(0x9E9E9E));
        var ramp = new Path2D.Double();
        ramp.moveTo(645, 680);
        ramp.lineTo(860, 680);
        ramp.lineTo(645, 640);
        ramp.closePath();
        g.fill(ramp);
    }
}
