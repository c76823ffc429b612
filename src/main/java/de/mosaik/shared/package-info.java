/** Open kernel: small value types and the web, database and i18n support every module uses. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package de.mosaik.shared;

import org.jspecify.annotations.NullMarked;
