package de.mosaik.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Reads a tenant's staff accounts for other modules, e.g. to choose an internal speaker. */
public interface Accounts {

    /** The tenant's active accounts, ordered by display name. */
    List<AccountSummary> active(UUID tenantId);

    /** The accounts with these ids that are active, whatever tenant they belong to (or none, as a network's external persons). */
    List<AccountSummary> activeByIds(Collection<UUID> ids);

    record AccountSummary(UUID id, String displayName, String email) {}

    /**
     * The accounts with these ids, of any tenant or none (a network's external delegates), active or not; for
     * modules that keep account ids and must name or mail the people behind them.
     */
    List<AccountSummary> byIds(Collection<UUID> ids);

    /** The accounts with these addresses (normalised: trimmed, lower case), for the access export and erasure. */
    List<AccountSummary> byEmails(Collection<String> normalisedEmails);

    /**
     * The languages an account's mails can be written in: those of the back office, which the networks' and the
     * practice library's mail texts exist in. The database's check on {@code identity.account.language} lists the
     * same.
     */
    List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    /**
     * The language the person behind the account reads their mails in (ADR 0016); German for an unknown account.
     */
    Locale language(UUID accountId);

    /** The languages of these accounts; accounts not found are left out (callers fall back to German). */
    Map<UUID, Locale> languages(Collection<UUID> accountIds);

    /**
     * Keeps the language the person chose (on their entry in a network, or by switching the back office's
     * language). Languages not in {@link #LANGUAGES} are refused: false, nothing changed.
     */
    boolean changeLanguage(UUID accountId, Locale language);
}
