package org.husnu.symposium.core.mail;

import java.time.Instant;

import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The delivery mode a deployment decided on, one document for the whole deployment. The
 * first process that starts against a database records its mode; every later process must
 * have the same mode or it refuses to start, so one misconfigured instance cannot quietly
 * take over mail meant for real inboxes.
 *
 * @param id always {@link #ID}
 * @param mode the deployment's mode
 * @param decidedBy the instance that recorded (or last switched) it
 * @param decidedAt when
 */
@Document(collection = CollectionNames.DEPLOYMENT)
public record MailDelivery(@Id String id, DeliveryMode mode, String decidedBy, Instant decidedAt) {

	/** The id of the one document. */
	public static final String ID = "mail-delivery";

	public MailDelivery {
		if (!ID.equals(id)) {
			throw new IllegalArgumentException("The mail delivery document has the id " + ID);
		}
		if (mode == null) {
			throw new IllegalArgumentException("The mail delivery needs a mode");
		}
	}

	/**
	 * The record of a decision made now.
	 * @param mode the mode
	 * @param decidedBy the deciding instance
	 * @param now the current time
	 * @return the document
	 */
	public static MailDelivery decided(DeliveryMode mode, String decidedBy, Instant now) {
		return new MailDelivery(ID, mode, decidedBy, now);
	}

}
