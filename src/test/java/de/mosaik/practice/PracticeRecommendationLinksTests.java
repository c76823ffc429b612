package de.mosaik.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.Tenants;
import de.mosaik.networks.AdoptedRecommendation;
import de.mosaik.networks.Networks;
import de.mosaik.organisations.Organisations;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Examples link to the recommendations they implement and back: the author or the network's editors tick
 * adopted recommendations of the example's network, a member body links a published example to its progress
 * report, and both public pages show the link. Nobody outside the tenant or the network changes anything.
 */
class PracticeRecommendationLinksTests extends IntegrationTest {

    static final String DUISBURG = "/verwaltung/stadt-duisburg/praxisbeispiele";
    static final String CIRCLE = "/netzwerke/qualitaetszirkel/praxisbeispiele";
    static final String COUNTY = "/netzwerke/netzwerk-kreis-recklinghausen/praxisbeispiele";

    @Autowired
    WebApplicationContext context;

    @Autowired
    PracticeSetup practice;

    @Autowired
    Tenants tenants;

    @Autowired
    Networks networks;

    @Autowired
    Organisations organisations;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
    }

    @Test
    void theAuthorTicksAdoptedRecommendationsAndBothPublicPagesShowTheLink() throws Exception {
        var id = example("Empfehlungsprobe");
        var staff = login("team@stadt-duisburg.demo");
        var page = answer(get(DUISBURG + "/" + id + "/empfehlungen"), staff);
        assertThat(page.getStatus()).isEqualTo(200);
        var opening = adopted("Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen");
        assertThat(page.getContentAsString())
                .contains("value=\"" + opening.id() + "\"")
                .contains("Nr. " + opening.number() + ": " + opening.title())
                .doesNotContain("Mehrsprachige Informationen der Kommunen gemeinsam pflegen");

        var saved = answer(
                post(DUISBURG + "/" + id + "/empfehlungen")
                        .param("recommendation", opening.id().toString()),
                staff);
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(links(id)).containsExactly(opening.id());
        assertThat(jdbc.sql("select changed_fields::text from practice.example_version where example_id = ?"
                                + " order by number desc limit 1")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("{recommendations}");
        assertThat(answer(get(DUISBURG + "/" + id), staff).getContentAsString()).contains(opening.title());

        practice.submitExample(id);
        practice.publishExample(id, new Author(null, "Redaktion", "", "de"), List.of(), "");
        var slug = slug(id);
        var recommendationPath = "/netzwerk/qualitaetszirkel/empfehlungen/" + opening.id();
        assertThat(anonymous(get("/praxisbeispiele/" + slug)).getContentAsString())
                .contains("Setzt diese Empfehlungen um")
                .contains(recommendationPath)
                .contains(opening.title());
        assertThat(anonymous(get(recommendationPath)).getContentAsString())
                .contains("/praxisbeispiele/" + slug)
                .contains("Empfehlungsprobe");
        assertThat(anonymous(get("/api/v1/praxisbeispiele/" + slug)).getContentAsString())
                .contains("\"implementsRecommendations\"")
                .contains(opening.title());

        // unticking all removes the link
        answer(post(DUISBURG + "/" + id + "/empfehlungen"), staff);
        assertThat(links(id)).isEmpty();
    }

    @Test
    void aDraftOrUnknownRecommendationIsRefusedWithTheFieldNamed() throws Exception {
        var id = example("Empfehlungsprobe Entwurf");
        var staff = login("team@stadt-duisburg.demo");
        var draft = jdbc.sql("select id from networks.recommendation where status = 'DRAFT' order by number limit 1")
                .query(UUID.class)
                .single();
        for (var value : List.of(draft.toString(), "keine-id", UUID.randomUUID().toString())) {
            var refused = answer(post(DUISBURG + "/" + id + "/empfehlungen").param("recommendation", value), staff);
            assertThat(refused.getStatus()).as(value).isEqualTo(200);
            assertThat(refused.getContentAsString()).contains("Bitte wählen Sie bei „Empfehlungen“ nur beschlossene");
        }
        assertThat(links(id)).isEmpty();
    }

    @Test
    void nobodyOutsideTheTenantOrTheNetworkLinks() throws Exception {
        var id = example("Empfehlungsprobe fremd");
        var opening = adopted("Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen")
                .id()
                .toString();
        // another tenant's staff: the example is not found in their back office, and not theirs in Duisburg's
        var dueren = login("team@kreis-dueren.demo");
        assertThat(answer(get("/verwaltung/kreis-dueren/praxisbeispiele/" + id + "/empfehlungen"), dueren)
                        .getStatus())
                .isEqualTo(404);
        assertThat(answer(
                                post("/verwaltung/kreis-dueren/praxisbeispiele/" + id + "/empfehlungen")
                                        .param("recommendation", opening),
                                dueren)
                        .getStatus())
                .isEqualTo(404);
        assertThat(answer(post(DUISBURG + "/" + id + "/empfehlungen").param("recommendation", opening), dueren)
                        .getStatus())
                .isEqualTo(403);
        // the coordinator of another network: not found in their network, forbidden in the Qualitätszirkel
        var stranger = login("leitung@kreis-recklinghausen.demo");
        assertThat(answer(post(COUNTY + "/pruefung/" + id + "/empfehlungen").param("recommendation", opening), stranger)
                        .getStatus())
                .isEqualTo(404);
        assertThat(answer(post(COUNTY + "/" + id + "/empfehlungen").param("recommendation", opening), stranger)
                        .getStatus())
                .isEqualTo(404);
        assertThat(answer(post(CIRCLE + "/pruefung/" + id + "/empfehlungen").param("recommendation", opening), stranger)
                        .getStatus())
                .isEqualTo(403);
        // a delegate who is no editor: not the author, so unknown here, and no editor there
        var delegate = login(DemoAccounts.NETWORK_DELEGATE);
        assertThat(answer(post(CIRCLE + "/" + id + "/empfehlungen").param("recommendation", opening), delegate)
                        .getStatus())
                .isEqualTo(404);
        assertThat(links(id)).isEmpty();

        // the network's editors may
        var editor = login(DemoAccounts.NETWORK_COORDINATOR);
        assertThat(answer(get(CIRCLE + "/pruefung/" + id + "/empfehlungen"), editor)
                        .getStatus())
                .isEqualTo(200);
        assertThat(answer(post(CIRCLE + "/pruefung/" + id + "/empfehlungen").param("recommendation", opening), editor)
                        .getStatus())
                .isEqualTo(302);
        assertThat(links(id)).hasSize(1);
    }

    @Test
    void aMemberBodysReportLinksAPublishedExampleOfTheNetwork() throws Exception {
        var id = example("Empfehlungsprobe Bericht");
        practice.submitExample(id);
        practice.publishExample(id, new Author(null, "Redaktion", "", "de"), List.of(), "");
        var slug = slug(id);
        var feminism = adopted("Feministische Perspektiven in der Migrationsgesellschaft stärken");
        var delegate = login("team@kreis-dueren.demo");
        var detail = answer(get("/netzwerke/qualitaetszirkel/empfehlungen/" + feminism.id()), delegate);
        assertThat(detail.getContentAsString()).contains("<option value=\"" + slug + "\"");

        var sent = answer(
                post("/netzwerke/qualitaetszirkel/empfehlungen/" + feminism.id() + "/berichte")
                        .param("on", LocalDate.now(BerlinTime.ZONE).toString())
                        .param("text", "Kreis Düren: Beratung nach dem Beispiel " + UUID.randomUUID())
                        .param("practice", slug),
                delegate);
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(links(id)).containsExactly(feminism.id());
        assertThat(anonymous(get("/praxisbeispiele/" + slug)).getContentAsString())
                .contains(feminism.title());
        assertThat(anonymous(get("/netzwerk/qualitaetszirkel/empfehlungen/" + feminism.id()))
                        .getContentAsString())
                .contains("/praxisbeispiele/" + slug);
    }

    AdoptedRecommendation adopted(String title) {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        return networks.adoptedRecommendations(circle).stream()
                .filter(r -> r.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    UUID example(String title) {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var tenant = tenants.bySlug("stadt-duisburg").orElseThrow().id();
        var body = organisations.ofTenant(tenant).orElseThrow().id();
        var draft = new ExampleDraft(
                circle,
                title + " " + UUID.randomUUID().toString().substring(0, 8),
                "Kurz",
                "SCHOOL",
                List.of("CHILDREN"),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                null,
                body,
                "",
                "",
                false,
                "");
        return practice.createExample(tenant, new Author(null, "Probe Empfehlung", "", "de"), draft);
    }

    List<UUID> links(UUID id) {
        return jdbc.sql("select recommendation_id from practice.example_recommendation where example_id = ?")
                .param(id)
                .query(UUID.class)
                .list();
    }

    String slug(UUID id) {
        return jdbc.sql("select slug from practice.example where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    MockHttpServletResponse answer(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn().getResponse();
    }

    MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpSession login(String email) {
        return MockLogin.login(mvc, email, DemoAccounts.PASSWORD);
    }
}
