package org.husnu.symposium.core.mail;

import java.time.Instant;

import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mail in the outbox. Every mail is written here first, already rendered, so that a
 * mail survives an SMTP outage or a restart and the sender sends exactly what was
 * decided; instances claim one document at a time to send it, so two instances never send
 * the same mail twice.
 *
 * @param id outbox id; also the base of the mail's {@code Message-ID}
 * @param key optional idempotency key: the same key is enqueued once
 * @param to recipient address
 * @param language language the mail was rendered in
 * @param template name of the template it was rendered from
 * @param subject rendered subject
 * @param text rendered plain-text body
 * @param status where the mail stands
 * @param attempts failed attempts so far
 * @param rejections attempts the SMTP server answered with a permanent rejection
 * @param nextAttemptAt earliest time of the next attempt
 * @param claimedBy instance that claimed it for sending; once {@link MailStatus#SENT},
 * the instance that sent it
 * @param claimedUntil end of that instance's claim; after it, any instance may claim it
 * @param lastError why the last attempt failed
 * @param createdAt when it was enqueued
 * @param sentAt when the SMTP server accepted it
 * @param mode the delivery mode it was queued for; only a sender of that mode sends it
 * ({@code null} on mails queued before modes existed: they belong to the deployment's
 * mode)
 */
@Document(collection = CollectionNames.MAIL_OUTBOX)
public record OutboxMail(@Id String id, String key, String to, Language language, String template, String subject,
		String text, MailStatus status, int attempts, int rejections, Instant nextAttemptAt, String claimedBy,
		Instant claimedUntil, String lastError, Instant createdAt, Instant sentAt, DeliveryMode mode) {

	public OutboxMail {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("An outbox mail needs an id");
		}
		if (to == null || to.isBlank()) {
			throw new IllegalArgumentException("An outbox mail needs a recipient");
		}
		if (status == null) {
			throw new IllegalArgumentException("An outbox mail needs a status");
		}
		language = (language != null) ? language : Language.EN;
	}

	/**
	 * A freshly rendered mail, due now.
	 * @param id outbox id
	 * @param key idempotency key or {@code null}
	 * @param to recipient address
	 * @param language language it was rendered in
	 * @param template template name
	 * @param subject rendered subject
	 * @param text rendered body
	 * @param now the current time
	 * @param mode the delivery mode it is queued for
	 * @return the pending mail
	 */
	public static OutboxMail pending(String id, String key, String to, Language language, String template,
			String subject, String text, Instant now, DeliveryMode mode) {
		return new OutboxMail(id, key, to, language, template, subject, text, MailStatus.PENDING, 0, 0, now, null, null,
				null, now, null, mode);
	}

}
