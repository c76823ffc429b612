package de.mosaik.shared.translation;

import java.util.List;
import java.util.UUID;

/**
 * One owner's translatable texts: its German title for lists, its fields in the order an editor shows them,
 * and the back-office path where staff edit the German source.
 */
public record TranslatableItem(UUID ownerId, String title, List<SourceText> fields, String editPath) {

    public TranslatableItem {
        fields = List.copyOf(fields);
    }
}
