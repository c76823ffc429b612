/** Demo tenants and accounts, so that a newcomer can explore Mosaik right after the first start. */
@ApplicationModule(
        allowedDependencies = {
            "attendance",
            "certificates",
            "events",
            "feedback",
            "identity",
            "networks",
            "organisations",
            "portal",
            "practice",
            "programmes",
            "registration",
            "reporting",
            "shared"
        })
@NullMarked
package de.mosaik.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
