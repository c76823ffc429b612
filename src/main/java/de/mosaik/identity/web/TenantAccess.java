package de.mosaik.identity.web;

import de.mosaik.identity.domain.MosaikPrincipal;
import de.mosaik.identity.domain.TenantService;
import de.mosaik.shared.web.BackOfficeTenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Guards every {@code /verwaltung/{slug}/…} route: only members of that tenant get in, whatever
 * the controller. Platform administrators manage tenants but do not see their personal data.
 */
@Component
class TenantAccess implements HandlerInterceptor {

    private final TenantService tenants;

    TenantAccess(TenantService tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var slug = variables == null ? null : variables.get("slug");
        if (slug == null) {
            return true;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof MosaikPrincipal user)) {
            throw new AccessDeniedException("not signed in");
        }
        var tenant = tenants.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!tenant.id().equals(user.tenantId())) {
            throw new AccessDeniedException("account of another tenant");
        }
        request.setAttribute(
                BackOfficeTenant.REQUEST_ATTRIBUTE, new BackOfficeTenant(tenant.id(), tenant.slug(), tenant.name()));
        return true;
    }
}
