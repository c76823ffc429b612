package de.mosaik.mail;

/**
 * Sends mails reliably: {@link #send} stores the mail in the caller's transaction, and it is
 * delivered after the commit, retried while the mail server is unreachable.
 */
public interface Mailer {

    void send(Mail mail);
}
