package org.husnu.symposium.platform.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.OutboxMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Where every feature hands over a mail. The mail is rendered now, in the recipient's
 * language, and stored in the outbox; a dispatcher sends it from there, so a mail is
 * never lost to an SMTP outage or a restart, and the request that caused it never waits
 * for SMTP.
 */
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final MongoOperations mongo;

	private final MailTemplates templates;

	private final Clock clock;

	private final DeliveryMode mode;

	private final Runnable afterEnqueue;

	MailOutbox(MongoOperations mongo, MailTemplates templates, Clock clock, DeliveryMode mode, Runnable afterEnqueue) {
		this.mongo = mongo;
		this.templates = templates;
		this.clock = clock;
		this.mode = mode;
		this.afterEnqueue = afterEnqueue;
	}

	/**
	 * Renders a mail and stores it in the outbox for sending. With a key that is already
	 * in the outbox nothing new is stored.
	 * @param mail the mail
	 * @return the outbox id of the mail (of the existing one for a known key)
	 * @throws IllegalArgumentException if the template does not exist or the address is
	 * not an e-mail address
	 */
	public String enqueue(OutgoingMail mail) {
		String to = recipient(mail.to());
		MailTemplates.Rendered rendered = this.templates.render(mail.template(), mail.language(), mail.model());
		String id = idOf(mail.key());
		try {
			this.mongo
				.insert(OutboxMail.pending(id, mail.key(), to, mail.language(), mail.template(), rendered.subject(),
						rendered.text(), this.clock.instant().truncatedTo(ChronoUnit.MILLIS), this.mode));
		}
		catch (DuplicateKeyException ex) {
			log.debug("Mail with key {} is already in the outbox as {}", mail.key(), id);
			return id;
		}
		this.afterEnqueue.run();
		return id;
	}

	/**
	 * Renders a mail exactly as {@link #enqueue} would store it, without storing it: what
	 * a chair previews before sending.
	 * @param mail the mail
	 * @return recipient, subject and body
	 * @throws IllegalArgumentException if the template does not exist or the address is
	 * not an e-mail address
	 */
	public Preview preview(OutgoingMail mail) {
		String to = recipient(mail.to());
		MailTemplates.Rendered rendered = this.templates.render(mail.template(), mail.language(), mail.model());
		return new Preview(to, mail.language(), rendered.subject(), rendered.text());
	}

	/**
	 * The outbox id: derived from the key when there is one, so that the unique
	 * {@code _id} makes enqueueing idempotent on any MongoDB without further indexes.
	 */
	private static String idOf(String key) {
		if (key == null) {
			return UUID.randomUUID().toString();
		}
		return UUID.nameUUIDFromBytes(("mail_outbox:" + key).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String recipient(String address) {
		try {
			return EmailAddresses.normalize(address);
		}
		catch (DomainRuleException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/**
	 * A rendered mail that was not stored.
	 *
	 * @param to the normalised recipient
	 * @param language the language it is written in
	 * @param subject the subject
	 * @param text the body
	 */
	public record Preview(String to, Language language, String subject, String text) {
	}

}
