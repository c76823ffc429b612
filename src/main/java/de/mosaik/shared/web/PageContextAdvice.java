package de.mosaik.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice
class PageContextAdvice {

    private final PageContextFactory factory;

    PageContextAdvice(PageContextFactory factory) {
        this.factory = factory;
    }

    @ModelAttribute("ctx")
    PageContext pageContext(HttpServletRequest request) {
        return factory.create(request);
    }

    /** Ids of records come from the path and are checked against the tenant, never from form fields. */
    @InitBinder
    void protectIds(WebDataBinder binder) {
        binder.setDisallowedFields("id", "tenantId", "accountId");
    }
}
