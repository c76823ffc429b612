package de.mosaik.shared.files;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of file a meeting takes as documents, told by the file's content, never by its name or the
 * type the browser claims: PDF, the office formats (OOXML and OpenDocument, both ZIP containers) and the
 * images PNG, JPEG and WebP. Everything else (programs, HTML, SVG, macro-enabled office files …) is refused.
 */
public record DocumentFormat(String contentType, String extension) {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";
    private static final Pattern OPEN_DOCUMENT_TYPE =
            Pattern.compile("application/vnd\\.oasis\\.opendocument\\.[a-z.-]{1,40}");

    /** The format of these bytes, or empty when a meeting does not take them. */
    public static Optional<DocumentFormat> of(byte[] content) {
        if (startsWith(content, 0, PDF)) {
            return Optional.of(new DocumentFormat("application/pdf", "pdf"));
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of(new DocumentFormat("image/png", "png"));
        }
        if (startsWith(content, 0, JPEG)) {
            return Optional.of(new DocumentFormat("image/jpeg", "jpg"));
        }
        if (startsWith(content, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && startsWith(content, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new DocumentFormat("image/webp", "webp"));
        }
        if (startsWith(content, 0, ZIP)) {
            return openDocument(content).or(() -> officeOpenXml(content));
        }
        return Optional.empty();
    }

    /** OpenDocument: the first entry is named {@code mimetype} and holds the type, stored uncompressed. */
    private static Optional<DocumentFormat> openDocument(byte[] content) {
        if (content.length < 30) {
            return Optional.empty();
        }
        var header = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int method = header.getShort(8) & 0xffff;
        int size = header.getInt(18);
        int nameLength = header.getShort(26) & 0xffff;
        int extraLength = header.getShort(28) & 0xffff;
        int data = 30 + nameLength + extraLength;
        if (method != 0 || nameLength != 8 || size <= 0 || size > 80 || data + size > content.length) {
            return Optional.empty();
        }
        if (!new String(content, 30, 8, StandardCharsets.US_ASCII).equals("mimetype")) {
            return Optional.empty();
        }
        var type = new String(content, data, size, StandardCharsets.US_ASCII);
        if (!OPEN_DOCUMENT_TYPE.matcher(type).matches()) {
            return Optional.empty();
        }
        var kind = type.substring(OPEN_DOCUMENT.length());
        var extension = switch (kind) {
            case "text" -> "odt";
            case "spreadsheet" -> "ods";
            case "presentation" -> "odp";
            case "graphics" -> "odg";
            default -> "";
        };
        return extension.isEmpty() ? Optional.empty() : Optional.of(new DocumentFormat(type, extension));
    }

    /**
     * Office Open XML: a ZIP with {@code [Content_Types].xml} and the main part of a document, workbook
     * or presentation. Macro-enabled files (a {@code vbaProject.bin}) are refused.
     */
    private static Optional<DocumentFormat> officeOpenXml(byte[] content) {
        var names = CentralDirectory.names(content);
        if (!names.contains("[Content_Types].xml")
                || names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(new DocumentFormat(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"));
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(
                    new DocumentFormat("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"));
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(new DocumentFormat(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entry names of a ZIP, read from its central directory at the end, so that nothing is inflated
     * (a small upload that unpacks to gigabytes costs nothing here). A broken directory gives no names.
     */
    static final class CentralDirectory {

        private static final int END_SIGNATURE = 0x06054b50;
        private static final int ENTRY_SIGNATURE = 0x02014b50;
        private static final int MAX_ENTRIES = 10_000;

        private CentralDirectory() {}

        static List<String> names(byte[] zip) {
            var buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            int end = -1;
            // The end record is 22 bytes plus a comment of at most 65,535 bytes.
            for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
                if (buffer.getInt(i) == END_SIGNATURE) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return List.of();
            }
            int entries = buffer.getShort(end + 10) & 0xffff;
            long offset = buffer.getInt(end + 16) & 0xffffffffL;
            var names = new ArrayList<String>();
            int at = (int) Math.min(offset, Integer.MAX_VALUE);
            for (int n = 0; n < Math.min(entries, MAX_ENTRIES); n++) {
                if (at < 0 || at + 46 > zip.length || buffer.getInt(at) != ENTRY_SIGNATURE) {
                    return List.of();
                }
                int nameLength = buffer.getShort(at + 28) & 0xffff;
                int extraLength = buffer.getShort(at + 30) & 0xffff;
                int commentLength = buffer.getShort(at + 32) & 0xffff;
                if (at + 46 + nameLength > zip.length) {
                    return List.of();
                }
                names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
                at += 46 + nameLength + extraLength + commentLength;
            }
            return names;
        }
    }
}
