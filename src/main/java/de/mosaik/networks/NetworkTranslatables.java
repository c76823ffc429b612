package de.mosaik.networks;

import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.TranslatableItem;
import de.mosaik.shared.translation.TranslationScope;
import java.util.List;
import java.util.UUID;

/**
 * A kind of text that belongs to a network and no tenant (its profile, its adopted recommendations, the practice
 * examples it reviews): translated with the shared model {@link TranslationScope#withoutTenant() without a
 * tenant}, by the network's own people on the network's translation page (ADR 0014, 0020). Modules that own such
 * texts (networks, practice) provide one bean per owner kind; the tenants' translation work does not list them.
 */
public interface NetworkTranslatables extends TranslatableContent {

    /**
     * The network's items of this kind that {@code who} may translate, each with the members' area path where the
     * German is edited ({@code /netzwerke/…}). Empty when {@code who} may translate none.
     */
    List<TranslatableItem> items(NetworkSummary network, Participation who);

    /** Network texts are no tenant's. */
    @Override
    default List<TranslatableItem> items(UUID tenantId) {
        return List.of();
    }

    @Override
    default boolean perTenant() {
        return false;
    }
}
