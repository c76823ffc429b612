package de.mosaik.organisations;

import java.util.Arrays;
import java.util.Optional;

/** The 16 Länder by the two-letter code the register keeps in {@code state}. */
public enum FederalState {
    BW,
    BY,
    BE,
    BB,
    HB,
    HH,
    HE,
    MV,
    NI,
    NW,
    RP,
    SL,
    SN,
    ST,
    SH,
    TH;

    public String messageKey() {
        return "organisations.state." + name();
    }

    /** The Land of a code as typed (any case, blanks around); empty for an unknown or empty code. */
    public static Optional<FederalState> ofCode(String code) {
        var text = code.strip();
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(text))
                .findFirst();
    }
}
