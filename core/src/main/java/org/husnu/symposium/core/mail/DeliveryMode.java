package org.husnu.symposium.core.mail;

/**
 * How a deployment delivers its mail. It belongs to the deployment, not to whichever
 * process happens to run: every outbox mail carries the mode it was queued for, and a
 * process sends only mails of its own mode, so a process started without SMTP against a
 * production database cannot catch the login links meant for real inboxes.
 */
public enum DeliveryMode {

	/**
	 * No SMTP server: an embedded catcher keeps every mail for the dev mailbox and the
	 * console. Development and demos only.
	 */
	CATCHER,

	/** A real SMTP server delivers to the recipients' inboxes. */
	SMTP

}
