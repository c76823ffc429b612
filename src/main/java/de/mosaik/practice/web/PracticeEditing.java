package de.mosaik.practice.web;

import de.mosaik.networks.NetworkSummary;
import de.mosaik.networks.Networks;
import de.mosaik.organisations.Organisation;
import de.mosaik.organisations.Organisations;
import de.mosaik.practice.Author;
import de.mosaik.practice.domain.ExampleStale;
import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.practice.domain.PracticeExampleService;
import de.mosaik.practice.domain.PracticeReviewPolicy.TransitionRefused;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The author's pages of an example, the same in a tenant's back office and in a network's members' area:
 * the list, the form with its history, submitting, withdrawing and the yearly confirmation. The controllers
 * find the place and check that the example belongs there before calling in.
 */
@Component
class PracticeEditing {

    private final PracticeExampleService service;
    private final Networks networks;
    private final Organisations organisations;
    private final AttachmentPages attachments;

    PracticeEditing(
            PracticeExampleService service,
            Networks networks,
            Organisations organisations,
            AttachmentPages attachments) {
        this.service = service;
        this.networks = networks;
        this.organisations = organisations;
        this.attachments = attachments;
    }

    String list(Place place, List<PracticeExample> examples, Model model) {
        model.addAttribute("page", new PracticeListPage(place, examples));
        return "practice/list";
    }

    String newForm(Place place, @Nullable UUID ownBody, Model model) {
        var body = ownBody == null
                ? ""
                : organisations.byId(ownBody).map(Organisation::name).orElse("");
        var network = place.network() == null ? null : place.network().id();
        return form(place, null, PracticeForm.blank(network, body), FormErrors.none(), null, model);
    }

    String create(
            Place place,
            PracticeForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var body = body(form.municipality());
        form.check(result, choices(place).stream().map(NetworkSummary::id).toList(), body);
        if (result.hasErrors() || body == null) {
            return form(place, null, form, new FormErrors(result), null, model);
        }
        var id = service.create(place.tenantId(), author(user, locale), form.draft(body.id()));
        redirect.addFlashAttribute("notice", "practiceoffice.notice.created");
        return "redirect:" + place.path("/" + id);
    }

    String edit(Place place, PracticeExample example, Model model) {
        return form(place, example, PracticeForm.of(example, municipality(example)), FormErrors.none(), null, model);
    }

    String save(
            Place place,
            PracticeExample example,
            PracticeForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var body = body(form.municipality());
        form.check(result, choices(place).stream().map(NetworkSummary::id).toList(), body);
        if (result.hasErrors() || body == null) {
            return form(place, example, form, new FormErrors(result), null, model);
        }
        try {
            service.update(example.id(), form.version(), author(user, locale), form.draft(body.id()));
        } catch (ExampleStale stale) {
            var current = service.byId(example.id()).orElse(example);
            return form(
                    place,
                    current,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "practiceoffice.problem.stale",
                    model);
        } catch (TransitionRefused refused) {
            var current = service.byId(example.id()).orElse(example);
            return form(place, current, form, FormErrors.none(), "practiceoffice.problem.locked", model);
        }
        redirect.addFlashAttribute("notice", "practiceoffice.notice.saved");
        return "redirect:" + place.path("/" + example.id());
    }

    String submit(Place place, PracticeExample example, int version, RedirectAttributes redirect) {
        return step(
                place,
                example,
                redirect,
                "practiceoffice.notice.submitted",
                () -> service.submit(example.id(), version));
    }

    String withdraw(Place place, PracticeExample example, int version, RedirectAttributes redirect) {
        return step(
                place,
                example,
                redirect,
                "practiceoffice.notice.withdrawn",
                () -> service.withdraw(example.id(), version));
    }

    String confirmPage(Place place, PracticeExample example, Model model) {
        model.addAttribute("page", new ConfirmPage(place, example));
        return "practice/confirm";
    }

    String confirm(Place place, PracticeExample example, RedirectAttributes redirect) {
        service.confirm(example.id(), LocalDate.now(ZoneId.of("Europe/Berlin")));
        redirect.addFlashAttribute("notice", "practiceoffice.notice.confirmed");
        return "redirect:" + place.path("/" + example.id());
    }

    private String step(
            Place place, PracticeExample example, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ExampleStale stale) {
            redirect.addFlashAttribute("notice", "practiceoffice.problem.stale");
        } catch (TransitionRefused refused) {
            redirect.addFlashAttribute("notice", "practiceoffice.problem.step");
        }
        return "redirect:" + place.path("/" + example.id());
    }

    private String form(
            Place place,
            @Nullable PracticeExample example,
            PracticeForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        var id = example == null ? null : example.id();
        if (example != null) {
            attachments.addTo(model, place.path("/" + example.id()), example);
        }
        model.addAttribute(
                "page",
                new PracticeFormPage(
                        place,
                        example,
                        form,
                        errors,
                        problem,
                        choices(place),
                        municipalities(place),
                        id == null ? List.of() : service.versions(id),
                        id == null ? List.of() : service.reviews(id)));
        return "practice/form";
    }

    /** The networks that may review: any from a tenant's back office, this one from its members' area. */
    private List<NetworkSummary> choices(Place place) {
        return place.network() != null ? List.of(place.network()) : networks.all();
    }

    /** Names the datalist suggests: the member bodies of the networks on offer. */
    private List<String> municipalities(Place place) {
        var names = new TreeSet<String>();
        for (var network : choices(place)) {
            networks.members(network.id()).forEach(m -> names.add(m.name()));
        }
        return List.copyOf(names);
    }

    private @Nullable Organisation body(String name) {
        if (name.isBlank()) {
            return null;
        }
        return organisations.search(name, 10).stream()
                .filter(o -> o.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElse(null);
    }

    private String municipality(PracticeExample example) {
        var id = example.draft().organisationId();
        return id == null ? "" : organisations.byId(id).map(Organisation::name).orElse("");
    }

    static Author author(CurrentUser user, Locale locale) {
        return new Author(
                user.accountId(),
                user.displayName(),
                user.email(),
                UiLanguage.germanOrEnglish(UiLanguage.of(locale).code()).getLanguage());
    }
}
