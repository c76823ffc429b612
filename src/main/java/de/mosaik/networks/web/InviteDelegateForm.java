package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/** Whom the coordination invites to speak for a member body, in which role and mail language. */
public record InviteDelegateForm(
        @Nullable String email,
        @Nullable String displayName,
        @Nullable String role,
        @Nullable Boolean editor,
        @Nullable String language) {

    static InviteDelegateForm blank(String language) {
        return new InviteDelegateForm("", "", "DELEGATE", false, language);
    }

    /** An unticked box is sent as nothing at all. */
    public boolean reviews() {
        return Boolean.TRUE.equals(editor);
    }
}
