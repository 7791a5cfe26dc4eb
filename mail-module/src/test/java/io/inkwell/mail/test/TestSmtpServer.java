package io.inkwell.mail.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMTP server (GreenMail) in the test JVM, on a port of its own, that every Spring context of the JVM
 * sends to ({@link TestSmtpServerInitializer}): tests read what the site really sent, the way a person would.
 *
 * <pre>{@code
 * MimeMessage mail = TestSmtpServer.awaitMailTo("ada@example.com");
 * String link = TestSmtpServer.link(mail, "/password-reset/");
 * }</pre>
 */
public final class TestSmtpServer {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static GreenMail server;
    private static int port;

    private TestSmtpServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            port = freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    public static synchronized int port() {
        get();
        return port;
    }

    /** Forgets every message received so far: each test reads only its own. */
    public static void clear() {
        get().reset();
    }

    /** Stops accepting mail (an outage); {@link #start()} accepts again on the same port. */
    public static synchronized void stop() {
        get().stop();
    }

    public static synchronized void start() {
        server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static List<MimeMessage> received() {
        return Arrays.asList(get().getReceivedMessages());
    }

    /** The newest message to {@code address}, waiting for it to arrive (the site sends in the background). */
    public static MimeMessage awaitMailTo(String address) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = received().stream().filter(mail -> isTo(mail, address)).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            get().waitForIncomingEmail(200, received().size() + 1);
        }
        throw new AssertionError("No mail to " + address + " arrived; received: " + received().size());
    }

    /** The first {@code count} messages to {@code address}, in the order they arrived, waiting for them. */
    public static List<MimeMessage> awaitMailsTo(String address, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (mailTo(address).size() < count && System.nanoTime() < deadline) {
            get().waitForIncomingEmail(200, received().size() + 1);
        }
        List<MimeMessage> mails = mailTo(address);
        if (mails.size() < count) {
            throw new AssertionError(count + " mails to " + address + " expected, " + mails.size() + " arrived");
        }
        return mails.subList(0, count);
    }

    public static List<MimeMessage> mailTo(String address) {
        return received().stream().filter(mail -> isTo(mail, address)).toList();
    }

    private static boolean isTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text part of a message (the one people without HTML read), with SMTP's CR LF read as LF. */
    public static String text(MimeMessage mail) {
        return part(mail, "text/plain").replace("\r\n", "\n");
    }

    public static String html(MimeMessage mail) {
        return part(mail, "text/html").replace("\r\n", "\n");
    }

    /** The first link in the text whose path contains {@code pathPart}, as a person would click it. */
    public static String link(MimeMessage mail, String pathPart) {
        Matcher links = LINK.matcher(text(mail));
        while (links.find()) {
            if (links.group().contains(pathPart)) {
                return links.group();
            }
        }
        throw new AssertionError("No link with " + pathPart + " in:\n" + text(mail));
    }

    private static String part(MimeMessage mail, String type) {
        try {
            return find(mail.getContent(), type).orElseThrow(() -> new AssertionError("No " + type + " part"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> find(Object content, String type) throws MessagingException, IOException {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var body = multipart.getBodyPart(i);
                if (body.isMimeType(type)) {
                    return Optional.of(GreenMailUtil.getBody(body).isEmpty() ? "" : String.valueOf(body.getContent()));
                }
                Optional<String> nested = find(body.getContent(), type);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
