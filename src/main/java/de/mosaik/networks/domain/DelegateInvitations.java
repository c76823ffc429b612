package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.NetworkAccounts;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.networks.NetworkRole;
import de.mosaik.networks.NetworkSummary;
import de.mosaik.shared.web.BaseUrl;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a person into a network. Someone with an account (of any tenant, or external already) gets the entry
 * and a notice by mail; anyone else gets an external account, which opens only networks, and the invitation
 * link to choose a password. A new account keeps the language the coordination chose and gets its invitation in
 * it; a person who has an account already is told in the language their account keeps (ADR 0016).
 */
@Service
public class DelegateInvitations {

    private final NetworkAccounts accounts;
    private final Accounts languages;
    private final NetworkMembership membership;
    private final Mailer mailer;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    DelegateInvitations(
            NetworkAccounts accounts,
            Accounts languages,
            NetworkMembership membership,
            Mailer mailer,
            MessageSource messages,
            BaseUrl baseUrl) {
        this.accounts = accounts;
        this.languages = languages;
        this.membership = membership;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    public enum Invited {
        /** A new external account was made and the invitation link sent. */
        NEW_ACCOUNT,
        /** The person had an account; they were added and told by mail. */
        EXISTING_ACCOUNT,
        /** The person takes part in the network already; nothing changed. */
        ALREADY_IN_NETWORK
    }

    @Transactional
    public Invited invite(
            NetworkSummary network,
            @Nullable UUID memberId,
            String email,
            String name,
            NetworkRole role,
            boolean editor,
            Locale language) {
        var existing = accounts.byEmail(email);
        if (existing.isPresent()) {
            var accountId = existing.get().id();
            var outcome = membership.addDelegate(network.id(), memberId, accountId, role, editor, false);
            if (outcome == NetworkMembership.Outcome.ALREADY_MEMBER) {
                return Invited.ALREADY_IN_NETWORK;
            }
            var theirs = languages.language(accountId);
            mailer.send(new Mail(
                            null,
                            existing.get().email(),
                            text("networks.mail.added.subject", theirs, network.name()),
                            text(
                                    "networks.mail.added.body",
                                    theirs,
                                    network.name(),
                                    baseUrl.link("/netzwerke/" + network.slug())))
                    .once("network/" + network.id() + "/added/" + accountId));
            return Invited.EXISTING_ACCOUNT;
        }
        var accountId = accounts.inviteExternal(email, name, network.name(), language);
        membership.addDelegate(network.id(), memberId, accountId, role, editor, false);
        return Invited.NEW_ACCOUNT;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
