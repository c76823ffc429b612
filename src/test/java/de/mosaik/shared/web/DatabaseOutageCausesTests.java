package de.mosaik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.shared.db.DatabaseFailures;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/** Failures seen in the database restart drill (docs/reliability.md) that must read as "try again". */
class DatabaseOutageCausesTests {

    @Test
    void aRollbackThatFailedBecauseTheServerWentAwayIsAnOutage() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseFailures.unreachable(rollback)).isTrue();
    }

    @Test
    void aRollbackThatFailedAfterTheCommitFailedIsAnOutage() {
        // The transaction manager logs the commit failure and throws only the rollback's.
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));

        assertThat(DatabaseFailures.unreachable(rollback)).isTrue();
    }

    @Test
    void otherTransactionFailuresAreNot() {
        var commit = new TransactionSystemException("Could not commit", new IllegalStateException("bug"));

        assertThat(DatabaseFailures.unreachable(commit)).isFalse();
    }
}
