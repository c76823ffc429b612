package de.mosaik.shared.translation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names one translatable text: the kind of thing that owns it ({@code event}, {@code question} …),
 * the owner's id and the field ({@code title}, {@code option.2} …). The owning module chooses the names.
 */
public record TextKey(String ownerKind, UUID ownerId, String field) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,79}");

    public TextKey {
        if (!NAME.matcher(ownerKind).matches() || !NAME.matcher(field).matches()) {
            throw new IllegalArgumentException("owner kind and field are lower-case names: " + ownerKind + "/" + field);
        }
    }
}
