package org.husnu.symposium.platform.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * What an SMTP failure means for the mail, read from JavaMail's and Spring's exceptions:
 * whether the server could not be reached (the other mails would fail the same way),
 * refused this mail for good, or failed in a way worth another try.
 */
final class SmtpFailures {

	private static final int MAX_ERROR_LENGTH = 500;

	private SmtpFailures() {
	}

	/**
	 * What a failed send means for the mail: the server could not be reached (wait, try
	 * the others later), the server refused this mail for good (count a rejection), or
	 * anything else (try again later).
	 * @param ex the failure
	 * @return the outcome
	 */
	static Outcome classify(MailException ex) {
		if (ex instanceof MailAuthenticationException) {
			// a configuration problem of the server, not of the mail
			return Outcome.UNREACHABLE;
		}
		if (ex instanceof MailParseException || ex instanceof MailPreparationException) {
			return Outcome.REJECTED;
		}
		Outcome outcome = Outcome.TRANSIENT;
		for (Throwable cause : causes(ex)) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException) {
				return Outcome.UNREACHABLE;
			}
			if (cause instanceof SendFailedException failed) {
				// the SMTP reply comes first in the message, e.g. "550 5.1.1 no such
				// user"
				int reply = replyCode(failed.getMessage());
				if (reply >= 500 || (reply < 400 && failed.getInvalidAddresses() != null
						&& failed.getInvalidAddresses().length > 0)) {
					outcome = Outcome.REJECTED;
				}
			}
			else if (cause instanceof AddressException) {
				outcome = Outcome.REJECTED;
			}
		}
		if (outcome == Outcome.TRANSIENT && ex instanceof MailSendException send && send.getFailedMessages().isEmpty()
				&& send.getMessage() != null && send.getMessage().contains("connection failed")) {
			// JavaMailSenderImpl: "Mail server connection failed"
			return Outcome.UNREACHABLE;
		}
		return outcome;
	}

	private static int replyCode(String message) {
		if (message == null || message.length() < 3) {
			return 0;
		}
		String code = message.substring(0, 3);
		boolean reply = code.chars().allMatch(Character::isDigit)
				&& (message.length() == 3 || message.charAt(3) == ' ' || message.charAt(3) == '-');
		return reply ? Integer.parseInt(code) : 0;
	}

	/**
	 * Every cause of a failure: the cause chain, the failed messages, nested exceptions.
	 */
	private static Set<Throwable> causes(MailException ex) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> todo = new ArrayDeque<>();
		todo.add(ex);
		if (ex instanceof MailSendException send) {
			todo.addAll(send.getFailedMessages().values());
		}
		while (!todo.isEmpty()) {
			Throwable next = todo.poll();
			if (next == null || !seen.add(next)) {
				continue;
			}
			if (next.getCause() != null) {
				todo.add(next.getCause());
			}
			if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
				todo.add(messaging.getNextException());
			}
		}
		return seen;
	}

	/**
	 * The failure in words for the outbox: its message and its root cause, shortened.
	 * @param ex the failure
	 * @return at most 500 characters
	 */
	static String describe(Exception ex) {
		StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage()));
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root != ex) {
			text.append(" (").append(root).append(')');
		}
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
	}

	/** What one attempt came to. */
	enum Outcome {

		/** The SMTP server accepted the mail. */
		SENT,

		/** The SMTP server could not be reached or refused to talk to us. */
		UNREACHABLE,

		/** The SMTP server refused this mail for good (5xx, bad address). */
		REJECTED,

		/** Anything else; worth another try. */
		TRANSIENT

	}

}
