package de.mosaik.shared.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a lost database (restarted, failed over, unreachable) from every other failure: the first
 * is worth waiting for or asking the visitor to try again, the others are not.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    /** True when the failure is the connection to PostgreSQL, not a fault of the request or the code. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            // The connection died mid-transaction, so the rollback failed too; the first failure tells why,
            // when it was kept. A JDBC rollback fails for no other reason than a lost connection.
            if (t instanceof TransactionSystemException rollback
                    && ((rollback.getApplicationException() != null && unreachable(rollback.getApplicationException()))
                            || (rollback.getCause() instanceof SQLException
                                    && String.valueOf(rollback.getMessage()).startsWith("JDBC rollback failed")))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and the server's shutdown and start-up states. */
    private static boolean connectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
