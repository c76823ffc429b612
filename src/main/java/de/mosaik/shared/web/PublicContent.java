package de.mosaik.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose answer is the same for every anonymous reader of its address (and language): public
 * content that browsers and shared caches may keep for a short while (see {@link PublicCaching}). Never put it
 * on a page with a form, a CSRF token or anything about the person asking.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicContent {}
