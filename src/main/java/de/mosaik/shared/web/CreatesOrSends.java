package de.mosaik.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST handler whose every run creates a record or sends mail, so that running it twice
 * would do it twice. Its form carries a {@link SubmissionToken} like every form; the marker tells
 * the double-submit test to prove on this route that a repeat has no second effect, and the test
 * fails until it knows how to fill the route's form.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CreatesOrSends {}
