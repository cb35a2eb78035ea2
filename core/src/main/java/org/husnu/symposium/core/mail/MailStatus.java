package org.husnu.symposium.core.mail;

/**
 * Where a mail of the outbox stands. Only {@link #PENDING} mails, and {@link #SENDING}
 * mails whose claim expired, are picked up for sending.
 */
public enum MailStatus {

	/** Waiting for its next attempt. */
	PENDING,

	/** Claimed by one instance, which is sending it now. */
	SENDING,

	/** Handed to the SMTP server. */
	SENT,

	/** Rejected by the SMTP server often enough that trying again is pointless. */
	FAILED

}
