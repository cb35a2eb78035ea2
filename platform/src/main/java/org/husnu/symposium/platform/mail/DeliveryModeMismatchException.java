package org.husnu.symposium.platform.mail;

import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.MailDelivery;

/**
 * An instance is configured for another mail delivery mode than its deployment: it does
 * not start ({@link DeliveryModeFailureAnalyzer} says why and what to do).
 */
class DeliveryModeMismatchException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final DeliveryMode deployment;

	private final DeliveryMode instance;

	DeliveryModeMismatchException(MailDelivery recorded, DeliveryMode instance) {
		super("This deployment delivers mail in mode " + recorded.mode() + " (recorded by " + recorded.decidedBy()
				+ " at " + recorded.decidedAt() + "), but this instance is configured for " + instance);
		this.deployment = recorded.mode();
		this.instance = instance;
	}

	DeliveryMode deployment() {
		return this.deployment;
	}

	DeliveryMode instance() {
		return this.instance;
	}

}
