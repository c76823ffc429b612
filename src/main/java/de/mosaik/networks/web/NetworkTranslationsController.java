package de.mosaik.networks.web;

import de.mosaik.networks.NetworkTranslatables;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TranslationScope;
import de.mosaik.shared.translation.work.TranslationProgress;
import de.mosaik.shared.translation.work.TranslationWork;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.translation.TranslationEditorForm;
import de.mosaik.shared.web.translation.TranslationEditorPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network's own translation work: its profile, its adopted recommendations and the practice examples it
 * reviews, kept in the shared model without a tenant (ADR 0014) and edited in the same side-by-side editor as a
 * tenant's texts. The coordination translates everything; the network's editors the practice examples; an author
 * their own example. Members who may translate nothing get 403; an item not of this network (or not theirs) 404.
 */
@Controller
@BackOfficePage
class NetworkTranslationsController {

    static final String OVERVIEW = NetworkRoutes.NETWORK + "/uebersetzungen";
    static final String ITEM = OVERVIEW + "/{textKind}/{textOwnerId}";
    static final String LANGUAGE = "sprache";

    private final NetworkPages pages;
    private final TranslationWork work;
    private final List<NetworkTranslatables> kinds;

    NetworkTranslationsController(NetworkPages pages, TranslationWork work, List<NetworkTranslatables> kinds) {
        this.pages = pages;
        this.work = work;
        this.kinds = kinds.stream()
                .sorted(Comparator.comparing(NetworkTranslatables::ownerKind))
                .toList();
    }

    @GetMapping(OVERVIEW)
    String overview(@PathVariable String network, Model model) {
        var area = pages.prepare(network, model);
        var rows = new ArrayList<NetworkTranslationRow>();
        var languages = ContentLanguage.defaultTargets();
        for (var kind : kinds) {
            for (var texts : work.withoutTenant(kind, kind.items(area.network(), area.participation()))) {
                var progress = new LinkedHashMap<ContentLanguage, TranslationProgress>();
                languages.forEach(language -> progress.put(language, texts.progress(language)));
                rows.add(new NetworkTranslationRow(
                        texts,
                        progress,
                        itemPath(area, kind.ownerKind(), texts.item().ownerId())));
            }
        }
        if (rows.isEmpty() && !area.participation().reviews()) {
            throw new AccessDeniedException("nothing to translate for this member");
        }
        model.addAttribute("languages", languages);
        model.addAttribute("rows", rows);
        return "networks/translations";
    }

    @GetMapping(ITEM)
    String show(
            @PathVariable String network,
            @PathVariable String textKind,
            @PathVariable String textOwnerId,
            @RequestParam(name = LANGUAGE, required = false) @Nullable String code,
            Model model) {
        var area = pages.prepare(network, model);
        var texts = texts(area, textKind, textOwnerId);
        return page(area, texts, language(code), Map.of(), List.of(), model);
    }

    @PostMapping(ITEM)
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String network,
            @PathVariable String textKind,
            @PathVariable String textOwnerId,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        var texts = texts(area, textKind, textOwnerId);
        var language = language(parameters.get(LANGUAGE));
        var form = TranslationEditorForm.read(texts, parameters);
        var conflicts = work.save(TranslationScope.withoutTenant(), texts, language, form.edits(), user.accountId());
        if (!conflicts.isEmpty()) {
            var fresh = texts(area, textKind, textOwnerId);
            return page(area, fresh, language, form.kept(texts, conflicts), conflicts, model);
        }
        redirect.addFlashAttribute("notice", "translation.editor.saved");
        return "redirect:" + itemPath(area, textKind, texts.item().ownerId()) + "?" + LANGUAGE + "=" + language.code();
    }

    private String page(
            NetworkArea area,
            TranslationWork.ItemTexts texts,
            ContentLanguage language,
            Map<String, String> kept,
            List<String> conflicts,
            Model model) {
        model.addAttribute(
                "page",
                new TranslationEditorPage(
                        texts,
                        ContentLanguage.defaultTargets(),
                        language,
                        kept,
                        conflicts,
                        texts.item().editPath(),
                        itemPath(area, texts.content().ownerKind(), texts.item().ownerId()),
                        area.path("/uebersetzungen"),
                        false,
                        null));
        return "networks/translation-editor";
    }

    /** The item of this network that the person may translate; 403 when they may translate nothing, else 404. */
    private TranslationWork.ItemTexts texts(NetworkArea area, String textKind, String textOwnerId) {
        var id = RecommendationForm.uuid(textOwnerId);
        var kind = kinds.stream()
                .filter(k -> k.ownerKind().equals(textKind))
                .findFirst()
                .orElseThrow(NetworkPages::notFound);
        var allowed = kind.items(area.network(), area.participation());
        if (allowed.isEmpty() && !area.participation().reviews()) {
            throw new AccessDeniedException("may not translate this network's texts");
        }
        var item =
                allowed.stream().filter(i -> i.ownerId().equals(id)).findFirst().orElseThrow(NetworkPages::notFound);
        return work.withoutTenant(kind, List.of(item)).get(0);
    }

    private static ContentLanguage language(@Nullable String code) {
        var languages = ContentLanguage.defaultTargets();
        if (code == null || code.isBlank()) {
            return languages.get(0);
        }
        return languages.stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }

    static String itemPath(NetworkArea area, String ownerKind, UUID ownerId) {
        return area.path("/uebersetzungen/" + ownerKind + "/" + ownerId);
    }
}
