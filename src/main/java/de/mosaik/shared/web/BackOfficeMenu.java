package de.mosaik.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Each module adds its entries to the back-office navigation by providing a bean of this type. */
public interface BackOfficeMenu {

    /** The entries for this user, within {@code tenant} or, when null, on the platform pages. */
    List<MenuEntry> entries(CurrentUser user, @Nullable BackOfficeTenant tenant);
}
