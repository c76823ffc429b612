package de.mosaik.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a form, a JSON body or a request parameter that may contain line breaks
 * (descriptions, notes, messages). Every other text field is single-line: the binder refuses a
 * line break in it with a field error, so that no name or title can carry a second line into a
 * mail header, a mail body or a PDF. On a list or map it applies to the values.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface MultiLine {}
