package org.husnu.symposium.platform.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.husnu.symposium.core.mail.OutboxMail;

import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Turns an outbox mail into the message handed to SMTP: plain UTF-8 text from the
 * configured sender, with a {@code Message-ID} that stays the same on every attempt.
 */
final class OutboxMessages {

	private final InternetAddress from;

	/**
	 * Messages from one sender.
	 * @param from {@code symposium.mail.from}
	 * @throws IllegalArgumentException if it is not a mail address
	 */
	OutboxMessages(String from) {
		this.from = parseFrom(from);
	}

	/**
	 * Fills a message.
	 * @param message an empty message of the sender that sends it
	 * @param mail the outbox mail
	 * @param now the sent date
	 * @return the message
	 * @throws MessagingException if the mail cannot be a message (a bad address)
	 */
	MimeMessage toMessage(MimeMessage message, OutboxMail mail, Instant now) throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), false);
		helper.setSentDate(Date.from(now));
		// JavaMailSenderImpl keeps a Message-ID that is set; a retry carries the same one
		message.setHeader("Message-ID", messageId(mail.id()));
		return message;
	}

	/**
	 * The {@code Message-ID} of an outbox mail: the same on every attempt, so a receiver
	 * can recognise a repeated delivery.
	 * @param id outbox id
	 * @return the header value
	 */
	String messageId(String id) {
		String address = this.from.getAddress();
		return "<" + id + "@" + address.substring(address.indexOf('@') + 1) + ">";
	}

	private static InternetAddress parseFrom(String from) {
		try {
			InternetAddress parsed = new InternetAddress(from, true);
			// encoded once here (RFC 2047), so a display name like "HU×SNU" is plain
			// ASCII
			// on the wire
			return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
		}
		catch (AddressException | UnsupportedEncodingException ex) {
			throw new IllegalArgumentException("symposium.mail.from is not a mail address: " + from, ex);
		}
	}

}
