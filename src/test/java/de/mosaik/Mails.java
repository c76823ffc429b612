package de.mosaik;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the mails a test caused on a GreenMail server, by recipient. */
public final class Mails {

    private Mails() {}

    public static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).stream().anyMatch(address::equalsIgnoreCase))
                .toList();
    }

    /** Waits for the {@code count}-th mail to {@code address} and returns all of them. */
    public static List<MimeMessage> await(GreenMail smtp, String address, int count) {
        Poll.until(
                "a mail to " + address,
                Duration.ofSeconds(15),
                () -> to(smtp, address).size() >= count);
        return to(smtp, address);
    }

    public static MimeMessage awaitOne(GreenMail smtp, String address) {
        var mails = await(smtp, address, 1);
        return mails.get(mails.size() - 1);
    }

    /** The plain-text body, also of a mail with attachments. */
    public static String text(MimeMessage message) {
        try {
            var content = message.getContent();
            if (content instanceof Multipart multipart) {
                return firstText(multipart);
            }
            return content.toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the attached files. */
    public static List<String> attachments(MimeMessage message) {
        try {
            var names = new java.util.ArrayList<String>();
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    var name = multipart.getBodyPart(i).getFileName();
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
            return names;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstText(Multipart multipart) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                return firstText(nested);
            }
            if (part.isMimeType("text/plain") && part.getFileName() == null) {
                return part.getContent().toString();
            }
        }
        return "";
    }

    /** The path of the first link in {@code text} that starts with {@code prefix}, e.g. {@code /einladung/}. */
    public static String link(String text, String prefix) {
        var matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+)")
                .matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no link " + prefix + " in: " + text);
        }
        return matcher.group(1);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            var all = message.getAllRecipients();
            return all == null
                    ? List.of()
                    : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
