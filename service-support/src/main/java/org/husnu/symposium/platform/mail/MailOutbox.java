package org.husnu.symposium.platform.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * TEMPORARY until the mail outbox lands from its branch.
 */
@Component
public class MailOutbox {

	private static final Logger logger = LoggerFactory.getLogger(MailOutbox.class);

	public String enqueue(OutgoingMail mail) {
		logger.info("[mail] to {}: {} {}", mail.to(), mail.template(), mail.model());
		return "pending";
	}

}
