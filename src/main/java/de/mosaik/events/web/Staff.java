package de.mosaik.events.web;

import de.mosaik.events.domain.Editor;
import de.mosaik.shared.web.CurrentUser;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may change events: the tenant's administrators and staff; trainers only look. */
final class Staff {

    static final String EDIT = "hasAnyRole('TENANT_ADMIN','STAFF')";
    static final String VIEW = "hasAnyRole('TENANT_ADMIN','STAFF','TRAINER')";

    private static final Set<String> EDITING = Set.of("ROLE_TENANT_ADMIN", "ROLE_STAFF");
    private static final Set<String> VIEWING = Set.of("ROLE_TENANT_ADMIN", "ROLE_STAFF", "ROLE_TRAINER");

    private Staff() {}

    static boolean canEdit() {
        return has(EDITING);
    }

    static boolean canView() {
        return has(VIEWING);
    }

    static @Nullable CurrentUser currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    static Editor editor(CurrentUser user) {
        return new Editor(user.accountId(), user.displayName());
    }

    private static boolean has(Set<String> roles) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(roles::contains);
    }
}
