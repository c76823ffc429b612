package de.mosaik.portal.web;

import de.mosaik.portal.domain.AccessibilityFeedbackService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reports that residents sent through the accessibility statement, so that none is lost when
 * the tenant has no contact address for the forwarded mail (BITV 2.0 asks for an answer within a month).
 */
@Controller
@BackOfficePage
class FeedbackInboxController {

    private static final int SHOWN = 200;

    private final AccessibilityFeedbackService feedback;

    FeedbackInboxController(AccessibilityFeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/verwaltung/{slug}/rueckmeldungen")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String tenantInbox(BackOfficeTenant tenant, Model model) {
        model.addAttribute("reports", feedback.received(tenant.id(), SHOWN));
        return "portal/feedback-inbox";
    }

    /** Reports about the platform's own pages go to its administrators. */
    @GetMapping("/plattform/rueckmeldungen")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String platformInbox(Model model) {
        model.addAttribute("reports", feedback.received(null, SHOWN));
        return "portal/feedback-inbox";
    }
}
