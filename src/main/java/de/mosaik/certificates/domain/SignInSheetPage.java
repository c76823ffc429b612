package de.mosaik.certificates.domain;

import java.util.List;

/** What the sign-in sheet template prints, formatted in the sheet's language. */
public record SignInSheetPage(
        PdfTexts texts,
        String tenantName,
        String eventTitle,
        String session,
        String place,
        List<Participant> participants) {}
