package de.mosaik.portal.web;

import de.mosaik.events.TenantEvents;
import de.mosaik.portal.domain.Contact;
import de.mosaik.portal.domain.PageTree;
import de.mosaik.portal.domain.PortalPlace;
import de.mosaik.shared.web.FormErrors;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** What the offer form shows besides the typed values: the choices and where else to go. */
public record OfferEditPage(
        OfferForm form,
        FormErrors errors,
        @Nullable String problem,
        List<PortalPlace> places,
        List<FieldChoice> fieldPages,
        List<Contact> contacts,
        List<TenantEvents.EventDates> events,
        List<String> languages,
        @Nullable String translationsPath,
        @Nullable String publicPath) {

    /**
     * A page an offer can name as its field of work: its id and its title after the titles above it, so that
     * a sub-page reads "Bildungsprogramme › Rucksack KiTa" without relying on indentation. The fields of
     * work come first, then the pages below them in reading order.
     */
    public record FieldChoice(String id, String label) {

        static List<FieldChoice> of(PageTree tree) {
            return tree.outline().stream()
                    .sorted(Comparator.comparing(entry -> entry.depth() > 0))
                    .map(entry -> new FieldChoice(
                            entry.page().id().toString(),
                            String.join(
                                    " › ",
                                    Stream.concat(tree.ancestors(entry.page()).stream(), Stream.of(entry.page()))
                                            .map(p -> p.title())
                                            .toList())))
                    .toList();
        }
    }
}
