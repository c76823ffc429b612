package de.mosaik.practice.domain;

/** The example was saved by someone else since the form was opened. */
public final class ExampleStale extends RuntimeException {

    public ExampleStale() {
        super("the practice example changed since the form was opened");
    }
}
