package de.mosaik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.IntegrationTest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a visitor sees while PostgreSQL is away. The outage drills (docs/reliability.md) restart a
 * real database; here the failures the driver and the pool raise are handed to the filter directly.
 */
class DatabaseOutageFilterTests extends IntegrationTest {

    @Autowired
    DatabaseOutageFilter filter;

    @Autowired
    SessionStoreOutageFilter outer;

    @Test
    void aPageAsksToTryAgainWithoutTechnicalDetails() throws Exception {
        var response = run(
                "/kreis-dueren/veranstaltungen",
                failing(new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new java.sql.SQLTransientConnectionException("mosaik - Connection is not available"))));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("text/html");
        var body = response.getContentAsString();
        assertThat(body).contains("Bitte gleich noch einmal versuchen", "nicht doppelt gespeichert", "lang=\"de\"");
        assertThat(body).doesNotContain("Exception", "JDBC", "Connection is not available", "at de.mosaik");
    }

    @Test
    void theServerShuttingDownMidRequestCountsAsAnOutage() throws Exception {
        var terminated = new SQLException("terminating connection due to administrator command", "57P01");
        var response = run(
                "/kreis-dueren/veranstaltungen/x/anmelden",
                failing(new ServletException(
                        "Request processing failed",
                        new org.springframework.dao.DataAccessResourceFailureException("x", terminated))));
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void thePageDoesNotTryToReadTheSignedInSessionFromTheLostDatabase() throws Exception {
        // A signed-in visitor's security context is loaded from the session store on first use.
        org.springframework.security.core.context.SecurityContextHolder.setDeferredContext(() -> {
            throw new CannotGetJdbcConnectionException("session store unreachable");
        });
        try {
            var response = run("/verwaltung/kreis-dueren", failing(new CannotGetJdbcConnectionException("x")));
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getContentAsString()).contains("Bitte gleich noch einmal versuchen");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anApiCallerGetsAProblemDocumentInItsLanguage() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/kreis-dueren/events/x/registrations");
        request.addHeader("Accept-Language", "en");
        var response = new MockHttpServletResponse();
        filter.doFilter(
                request,
                response,
                failing(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection", new SQLException("Connection refused", "08001"))));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"status\":503", "Please try again in a moment")
                .doesNotContain("refused", "JDBC");
    }

    @Test
    void aSessionThatCannotBeSavedAfterTheChainGetsTheSameAnswer() throws Exception {
        // Spring Session saves the session after the security chain; this failure comes from there.
        var response = new MockHttpServletResponse();
        outer.doFilter(
                new MockHttpServletRequest("POST", "/api/v1/kreis-dueren/events/x/registrations"),
                response,
                failing(new org.springframework.transaction.TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("\"status\":503");
    }

    @Test
    void otherFailuresAreLeftToTheUsualErrorHandling() {
        var request = new MockHttpServletRequest("POST", "/kreis-dueren/veranstaltungen");
        var fault = new DataIntegrityViolationException("duplicate key");
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), failing(fault)))
                .isSameAs(fault);
    }

    private MockHttpServletResponse run(String path, FilterChain chain) throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        return response;
    }

    private static FilterChain failing(Exception failure) {
        return (request, response) -> {
            if (failure instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) failure;
        };
    }
}
