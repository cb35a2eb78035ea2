package org.husnu.symposium.platform.mail;

import org.husnu.symposium.core.mail.DeliveryMode;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells the operator, instead of a stack trace, why an instance with the wrong mail
 * delivery mode did not start and how to fix it.
 */
class DeliveryModeFailureAnalyzer extends AbstractFailureAnalyzer<DeliveryModeMismatchException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DeliveryModeMismatchException cause) {
		String description = cause.getMessage() + ". Starting anyway would let this instance " + ((cause
			.instance() == DeliveryMode.CATCHER)
					? "catch mails meant for real inboxes (login links among them) and show them on its dev mailbox."
					: "send mails that the deployment only catches, to real addresses.");
		String action = (cause.deployment() == DeliveryMode.SMTP)
				? "Configure the same SMTP server as the other instances (SPRING_MAIL_HOST, SPRING_MAIL_PORT, "
						+ "SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD; docs/mail.md). To turn the whole deployment "
						+ "into a development one on purpose, start once with --symposium.mail.switch-deployment-mode=true."
				: "Start without SPRING_MAIL_HOST like the other instances, or switch the whole deployment to real "
						+ "SMTP on purpose by starting this instance once with --symposium.mail.switch-deployment-mode=true "
						+ "(mails queued for the catcher stay unsent).";
		return new FailureAnalysis(description, action, cause);
	}

}
