package de.mosaik.identity;

import de.mosaik.identity.Accounts.AccountSummary;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts as networks need them: networks belong to no tenant, so they find people by e-mail across tenants
 * and invite external persons, whose accounts open only the networks they take part in.
 */
public interface NetworkAccounts {

    /** The account with this address (compared without case), of any tenant or none. */
    Optional<AccountSummary> byEmail(String email);

    /** The accounts with these ids, in no particular order; unknown ids are left out. */
    List<AccountSummary> byIds(Collection<UUID> ids);

    /** The ids of the accounts with these addresses (compared without case). */
    List<UUID> idsByEmails(Collection<String> emails);

    /**
     * Creates an external account (role {@link Role#EXTERNAL}, no tenant, no password yet) and mails it the
     * link to choose a password, in {@code locale}, which the account keeps as its language; {@code invitedTo}
     * names the network in the mail.
     */
    UUID inviteExternal(String email, String displayName, String invitedTo, Locale locale);
}
