package de.mosaik.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.networks.NetworkSetup.NewNetwork;
import de.mosaik.networks.domain.NetworkFiguresService;
import de.mosaik.organisations.OrganisationDetails;
import de.mosaik.organisations.OrganisationKind;
import de.mosaik.organisations.Organisations;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** The yearly statistics of a network count bodies, meetings and recommendations by the calendar year. */
class NetworkFiguresTests extends IntegrationTest {

    @Autowired
    NetworkSetup setup;

    @Autowired
    Organisations organisations;

    @Autowired
    NetworkFiguresService figures;

    @Autowired
    WebApplicationContext context;

    @Test
    void membersMeetingsAndRecommendationsAreCountedPerYear() {
        var network = setup.createNetwork(new NewNetwork(
                Fixtures.unique("statistik"),
                "Arbeitskreis Statistik",
                NetworkKind.WORKING_GROUP,
                "",
                null,
                NetworkVisibility.MEMBERS,
                LocalDate.of(2023, 5, 1)));
        var stays = body("Stadt Bleibend");
        var leaves = body("Stadt Gehend");
        setup.addMember(network, stays, LocalDate.of(2023, 5, 1));
        var gone = setup.addMember(network, leaves, LocalDate.of(2024, 2, 1));
        jdbc.sql("update networks.member set left_on = date '2025-06-30' where id = ?")
                .param(gone)
                .update();
        jdbc.sql("""
                        insert into networks.meeting (id, network_id, title, starts_on, ends_on)
                        values (?, ?, 'Frühjahrstreffen', date '2024-04-10', date '2024-04-11'),
                               (?, ?, 'Herbsttreffen', date '2024-10-02', date '2024-10-03')
                        """)
                .params(UUID.randomUUID(), network, UUID.randomUUID(), network)
                .update();
        jdbc.sql("""
                        insert into networks.recommendation (id, network_id, number, title, status, adopted_on)
                        values (?, ?, 1, 'Umgesetzt', 'IMPLEMENTED', date '2024-10-03'),
                               (?, ?, 2, 'In Arbeit', 'IN_PROGRESS', date '2024-10-03'),
                               (?, ?, 3, 'Entwurf', 'DRAFT', null)
                        """)
                .params(UUID.randomUUID(), network, UUID.randomUUID(), network, UUID.randomUUID(), network)
                .update();

        var years = figures.years(network, LocalDate.of(2026, 3, 1));

        assertThat(years).extracting(y -> y.year()).containsExactly(2023, 2024, 2025, 2026);
        assertThat(years).extracting(y -> y.members()).containsExactly(1, 2, 1, 1);
        assertThat(years).extracting(y -> y.joined()).containsExactly(1, 1, 0, 0);
        assertThat(years).extracting(y -> y.left()).containsExactly(0, 0, 1, 0);
        assertThat(years).extracting(y -> y.meetings()).containsExactly(0, 2, 0, 0);
        var year2024 = years.get(1);
        assertThat(year2024.recommendationsAdopted()).isEqualTo(2);
        assertThat(year2024.recommendations("IMPLEMENTED")).isEqualTo(1);
        assertThat(year2024.recommendations("IN_PROGRESS")).isEqualTo(1);
    }

    @Test
    void theCoordinationSeesTheStatisticsAndDownloadsThemOthersDoNot() throws Exception {
        var mvc = MockLogin.mvc(context);
        var coordinator = MockLogin.login(mvc, DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.PASSWORD);
        var page = mvc.perform(get("/netzwerke/qualitaetszirkel/statistik").session(coordinator))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Mitglieder am Jahresende", "<table");

        var csv = mvc.perform(get("/netzwerke/qualitaetszirkel/statistik.csv").session(coordinator))
                .andReturn()
                .getResponse();
        assertThat(csv.getContentAsString()).contains("Jahr;Mitglieder;Beigetreten");
        var xlsx = mvc.perform(get("/netzwerke/qualitaetszirkel/statistik.xlsx").session(coordinator))
                .andReturn()
                .getResponse();
        assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');

        var delegate = MockLogin.login(mvc, DemoAccounts.NETWORK_DELEGATE, DemoAccounts.PASSWORD);
        assertThat(mvc.perform(get("/netzwerke/qualitaetszirkel/statistik").session(delegate))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private UUID body(String name) {
        return organisations.registerConfirmed(
                OrganisationDetails.named(Fixtures.unique(name), OrganisationKind.MUNICIPALITY, "Irgendwo", "NW"));
    }
}
