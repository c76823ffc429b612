package de.mosaik.shared.web;

/** A query parameter a public API cannot use; the problem document ({@link ApiProblemAdvice}) names it. */
public final class InvalidApiParameter extends RuntimeException {

    private final String parameter;

    public InvalidApiParameter(String parameter) {
        super("invalid parameter " + parameter, null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
