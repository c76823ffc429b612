package de.mosaik.networks.domain;

import de.mosaik.networks.NetworkRole;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person's entry in a network with the account's name and address. {@code email} and {@code phone} are
 * what the person keeps; {@link #shownEmail()} and {@link #shownPhone()} what the other members may see.
 * {@code mailLanguage} is the account's language (identity keeps it), the code of one of
 * {@link de.mosaik.identity.Accounts#LANGUAGES}.
 */
public record Delegate(
        UUID id,
        @Nullable UUID memberId,
        UUID accountId,
        String name,
        String email,
        NetworkRole role,
        boolean editor,
        String functionTitle,
        String phone,
        boolean showEmail,
        boolean showPhone,
        Instant invitedAt,
        @Nullable Instant acceptedAt,
        String mailLanguage,
        int version) {

    public String shownEmail() {
        return showEmail ? email : "";
    }

    public String shownPhone() {
        return showPhone ? phone : "";
    }
}
