package de.mosaik.portal.web;

import de.mosaik.portal.domain.SectionKind;
import de.mosaik.portal.domain.StartSection;
import de.mosaik.portal.domain.StartSections;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff choose the order of the start page's sections and which of them it shows. */
@Controller
@BackOfficePage
@PreAuthorize(ContentRoutes.EDIT)
class StartPageAdminController {

    private final StartSections sections;

    StartPageAdminController(StartSections sections) {
        this.sections = sections;
    }

    @GetMapping(ContentRoutes.BASE + ContentRoutes.START)
    String show(BackOfficeTenant tenant, Model model) {
        model.addAttribute("sections", sections.of(tenant.id()));
        return "portal/admin/start";
    }

    /**
     * Each section comes with a position ({@code position.KIND}) and a visibility box ({@code visible.KIND}).
     * Sections without a usable position keep their order after the others, so no input loses a section.
     */
    @PostMapping(ContentRoutes.BASE + ContentRoutes.START)
    String save(BackOfficeTenant tenant, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        var current = sections.of(tenant.id());
        var placed = new ArrayList<Placed>();
        for (int i = 0; i < current.size(); i++) {
            var kind = current.get(i).kind();
            placed.add(new Placed(
                    kind,
                    position(params.get("position." + kind.name()), 100 + i),
                    i,
                    "true".equals(params.get("visible." + kind.name()))));
        }
        placed.sort(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::before));
        List<StartSection> order = placed.stream()
                .map(p -> new StartSection(p.kind(), p.visible()))
                .toList();
        sections.save(tenant.id(), order);
        redirect.addFlashAttribute("notice", "portal.start.saved");
        return "redirect:" + tenant.path(ContentRoutes.START);
    }

    private static int position(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private record Placed(SectionKind kind, int position, int before, boolean visible) {}
}
