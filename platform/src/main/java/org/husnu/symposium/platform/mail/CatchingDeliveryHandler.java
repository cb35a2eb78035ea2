package org.husnu.symposium.platform.mail;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.husnu.symposium.core.mail.CaughtMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the embedded SMTP server delivers: into the dev mailbox in MongoDB instead of an
 * in-memory inbox, one document per recipient, and one {@code [mail]} log line per link
 * so that {@code ./run.sh} can show login links on the console.
 */
class CatchingDeliveryHandler implements MessageDeliveryHandler {

	private static final Logger log = LoggerFactory.getLogger(CatchingDeliveryHandler.class);

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private final DevMailbox mailbox;

	private final Clock clock;

	CatchingDeliveryHandler(DevMailbox mailbox, Clock clock) {
		this.mailbox = mailbox;
		this.clock = clock;
	}

	@Override
	public GreenMailUser handle(MovingMessage moving, MailAddress recipient) throws MessagingException {
		MimeMessage message = moving.getMessage();
		// the catcher is in-process: it receives a mail the moment it is sent, and its
		// own
		// clock is finer than the Date header's seconds, which keeps newest-first exact
		Instant sentAt = this.clock.instant();
		String text = plainText(message);
		CaughtMail mail = new CaughtMail(null, DevMailbox.normalize(recipient.getEmail()), sender(message),
				message.getSubject(), (text != null) ? text.replace("\r\n", "\n") : null, message.getMessageID(),
				sentAt);
		try {
			this.mailbox.store(mail);
		}
		catch (RuntimeException ex) {
			// the SMTP client sees an error and tries again later
			throw new MessagingException("Could not keep the mail in the dev mailbox", ex);
		}
		announce(mail);
		return DiscardingUser.INSTANCE;
	}

	private static void announce(CaughtMail mail) {
		Matcher links = LINK.matcher((mail.text() != null) ? mail.text() : "");
		boolean any = false;
		while (links.find()) {
			any = true;
			log.info("[mail] to {}: {} — {}", mail.to(), mail.subject(), links.group());
		}
		if (!any) {
			log.info("[mail] to {}: {}", mail.to(), mail.subject());
		}
	}

	private static String sender(MimeMessage message) throws MessagingException {
		Address[] from = message.getFrom();
		if (from == null || from.length == 0) {
			return null;
		}
		return (from[0] instanceof InternetAddress address) ? address.toUnicodeString() : from[0].toString();
	}

	/**
	 * The plain-text body: the message itself, or the first text part of a multipart
	 * message; the HTML part when there is no plain one.
	 */
	static String plainText(Part part) throws MessagingException {
		try {
			if (part.isMimeType("text/plain")) {
				return String.valueOf(part.getContent());
			}
			if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
				String html = null;
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart body = multipart.getBodyPart(i);
					String text = plainText(body);
					if (text != null && !body.isMimeType("text/html")) {
						return text;
					}
					html = (html != null) ? html : text;
				}
				return html;
			}
			if (part.isMimeType("text/*")) {
				return String.valueOf(part.getContent());
			}
			return null;
		}
		catch (IOException ex) {
			throw new MessagingException("Could not read the body of a caught mail", ex);
		}
	}

	/**
	 * The recipient GreenMail thinks it delivered to; it keeps nothing, the dev mailbox
	 * already has the mail.
	 */
	private static final class DiscardingUser implements GreenMailUser {

		static final DiscardingUser INSTANCE = new DiscardingUser();

		@Override
		public String getEmail() {
			return "dev-mailbox@localhost";
		}

		@Override
		public String getLogin() {
			return "dev-mailbox";
		}

		@Override
		public void deliver(MovingMessage msg) {
		}

		@Override
		public void deliver(MimeMessage msg) {
		}

		@Override
		public void create() {
		}

		@Override
		public void delete() {
		}

		@Override
		public String getPassword() {
			return null;
		}

		@Override
		public void setPassword(String password) {
		}

		@Override
		public void authenticate(String password) {
		}

		@Override
		public String getQualifiedMailboxName() {
			return "dev-mailbox";
		}

	}

}
