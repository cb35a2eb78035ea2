package org.husnu.symposium.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.MailDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Makes the mail delivery mode a decision of the deployment: the first instance to start
 * against a database records its mode, and an instance configured otherwise refuses to
 * start ({@link DeliveryModeMismatchException}) instead of quietly catching the login
 * links the correctly configured instances queue. Switching a deployment (a demo database
 * that goes into production, say) takes an explicit flag.
 */
final class DeliveryModeCheck {

	private static final Logger log = LoggerFactory.getLogger(DeliveryModeCheck.class);

	private final MongoOperations mongo;

	private final Clock clock;

	DeliveryModeCheck(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Agrees this instance's mode with the deployment's.
	 * @param mine the mode this instance is configured for
	 * @param instanceId this instance's name
	 * @param switchDeployment whether the operator asked to switch the deployment to this
	 * instance's mode
	 * @return the deployment's mode, equal to {@code mine}
	 * @throws DeliveryModeMismatchException if the deployment decided on another mode
	 */
	DeliveryMode settle(DeliveryMode mine, String instanceId, boolean switchDeployment) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		try {
			this.mongo.insert(MailDelivery.decided(mine, instanceId, now));
			log.info("This deployment delivers mail in mode {} (recorded by this instance, {})", mine, instanceId);
			return mine;
		}
		catch (DuplicateKeyException ex) {
			// decided before: compare below
		}
		MailDelivery recorded = this.mongo.findById(MailDelivery.ID, MailDelivery.class);
		if (recorded == null || recorded.mode() == mine) {
			return mine;
		}
		if (!switchDeployment) {
			throw new DeliveryModeMismatchException(recorded, mine);
		}
		this.mongo.save(MailDelivery.decided(mine, instanceId, now));
		log.warn(
				"Switched this deployment's mail delivery from {} to {} (symposium.mail.switch-deployment-mode); "
						+ "mails queued for {} stay in the outbox unsent. Start the next instances without the switch.",
				recorded.mode(), mine, recorded.mode());
		return mine;
	}

}
