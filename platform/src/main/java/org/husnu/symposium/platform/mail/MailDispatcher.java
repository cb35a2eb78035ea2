package org.husnu.symposium.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.mail.MessagingException;
import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.MailStatus;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.platform.mail.SmtpFailures.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the outbox: the worker loop and what a send comes to. It claims one due mail at a
 * time ({@link OutboxClaims}: an atomic find-and-modify), so that any number of instances
 * of either service can run it against one database and still each mail is handed to SMTP
 * by one of them; {@link SmtpFailures} says what a failed send means. A mail that fails
 * waits with exponential backoff; while the SMTP server is unreachable nothing is given
 * up, only permanent rejections of the mail itself end in {@link MailStatus#FAILED}. A
 * claim is a lease: if an instance dies while sending, another one sends the mail after
 * the lease. It claims only mails queued for its own {@link DeliveryMode}, so an instance
 * without SMTP never catches a mail meant for a real inbox.
 * <p>
 * Slightly over the 250 lines we aim for: the lifecycle (start, stop, wake) and the loop
 * share one monitor and one worker thread, and splitting them would spread that hand-over
 * across two classes.
 */
final class MailDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final OutboxClaims claims;

	private final JavaMailSender sender;

	private final SymposiumMailProperties properties;

	private final Clock clock;

	private final String instanceId;

	private final DeliveryMode mode;

	private final OutboxMessages messages;

	private final Object monitor = new Object();

	private boolean wakeRequested;

	private volatile boolean stopRequested;

	private volatile boolean smtpReachable = true;

	private Thread worker;

	MailDispatcher(MongoOperations mongo, JavaMailSender sender, SymposiumMailProperties properties, Clock clock,
			String instanceId, DeliveryMode mode) {
		this.claims = new OutboxClaims(mongo, instanceId, mode);
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
		this.instanceId = instanceId;
		this.mode = mode;
		this.messages = new OutboxMessages(properties.from());
	}

	/**
	 * The delivery mode of the mails this dispatcher sends.
	 * @return the mode
	 */
	DeliveryMode mode() {
		return this.mode;
	}

	/** Makes the worker look at the outbox now instead of after the poll interval. */
	void wake() {
		synchronized (this.monitor) {
			this.wakeRequested = true;
			this.monitor.notifyAll();
		}
	}

	@Override
	public void start() {
		synchronized (this.monitor) {
			if (this.worker != null) {
				return;
			}
			this.stopRequested = false;
			this.worker = new Thread(this::run, "mail-dispatcher");
			this.worker.setDaemon(true);
			this.worker.start();
		}
		log.info("Mail dispatcher {} started: polling every {}", this.instanceId, this.properties.pollInterval());
	}

	@Override
	public void stop() {
		Thread stopping;
		synchronized (this.monitor) {
			stopping = this.worker;
			this.worker = null;
			this.stopRequested = true;
			this.monitor.notifyAll();
		}
		if (stopping == null) {
			return;
		}
		try {
			// the mail being sent finishes (SMTP has timeouts); what is left waits in the
			// outbox
			stopping.join(Duration.ofSeconds(30).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (stopping.isAlive()) {
			log.warn("Mail dispatcher {} did not stop within 30 s; its claim expires after {}", this.instanceId,
					this.properties.lease());
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (this.monitor) {
			return this.worker != null;
		}
	}

	private void run() {
		while (!this.stopRequested) {
			try {
				dispatchDue();
			}
			catch (RuntimeException ex) {
				log.warn("Could not read the mail outbox; trying again in {}: {}", this.properties.pollInterval(),
						ex.toString());
			}
			synchronized (this.monitor) {
				if (!this.wakeRequested && !this.stopRequested) {
					try {
						this.monitor.wait(this.properties.pollInterval().toMillis());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
				this.wakeRequested = false;
			}
		}
	}

	/**
	 * Sends due mails one by one until none is due, the SMTP server is unreachable, or
	 * the dispatcher is stopping.
	 * @return how many mails were sent
	 */
	int dispatchDue() {
		int sent = 0;
		while (!this.stopRequested) {
			OutboxMail mail = claimNext();
			if (mail == null) {
				break;
			}
			Outcome outcome = send(mail);
			if (outcome == Outcome.SENT) {
				sent++;
			}
			else if (outcome == Outcome.UNREACHABLE) {
				// the others would fail the same way; they wait for the next poll
				break;
			}
		}
		return sent;
	}

	/**
	 * Claims the mail of this dispatcher's mode due longest ({@link OutboxClaims}).
	 * @return the claimed mail, as this instance now holds it, or {@code null}
	 */
	OutboxMail claimNext() {
		Instant now = now();
		Instant claimedUntil = now.plus(this.properties.lease());
		OutboxMail before = this.claims.claimNext(now, claimedUntil);
		if (before == null) {
			return null;
		}
		if (before.status() == MailStatus.SENDING) {
			log.warn("Mail {} was claimed by {} whose lease ended at {}; sending it again (it may have gone out once)",
					before.id(), before.claimedBy(), before.claimedUntil());
		}
		return new OutboxMail(before.id(), before.key(), before.to(), before.language(), before.template(),
				before.subject(), before.text(), MailStatus.SENDING, before.attempts(), before.rejections(),
				before.nextAttemptAt(), this.instanceId, claimedUntil, before.lastError(), before.createdAt(),
				before.sentAt(), before.mode());
	}

	private Outcome send(OutboxMail mail) {
		try {
			this.sender.send(this.messages.toMessage(this.sender.createMimeMessage(), mail, now()));
		}
		catch (MailException ex) {
			Outcome outcome = SmtpFailures.classify(ex);
			failed(mail, outcome, ex);
			return outcome;
		}
		catch (MessagingException ex) {
			failed(mail, Outcome.REJECTED, ex);
			return Outcome.REJECTED;
		}
		boolean marked = this.claims.sent(mail, now());
		if (!this.smtpReachable) {
			this.smtpReachable = true;
			log.info("SMTP server reachable again; sending the mails that waited");
		}
		log.info("Sent mail {} ({}, {})", mail.id(), mail.template(), mail.language());
		if (!marked) {
			log.warn("Mail {} was sent, but its claim had expired meanwhile; another instance may send it again",
					mail.id());
		}
		return Outcome.SENT;
	}

	private void failed(OutboxMail mail, Outcome outcome, Exception ex) {
		int attempts = mail.attempts() + 1;
		int rejections = mail.rejections() + ((outcome == Outcome.REJECTED) ? 1 : 0);
		String error = SmtpFailures.describe(ex);
		if (outcome == Outcome.REJECTED && rejections >= this.properties.maxRejections()) {
			this.claims.failedForGood(mail, attempts, rejections, error);
			log.warn("Mail {} ({}) failed for good after {} rejections: {}", mail.id(), mail.template(), rejections,
					error);
			return;
		}
		Duration wait = this.properties.backoff().after(attempts);
		this.claims.retryLater(mail, attempts, rejections, error, now().plus(wait));
		if (outcome != Outcome.UNREACHABLE) {
			log.warn("Mail {} ({}) not sent on attempt {}; next attempt in {}: {}", mail.id(), mail.template(),
					attempts, wait, error);
		}
		else if (this.smtpReachable) {
			this.smtpReachable = false;
			log.warn("SMTP server unreachable; mails wait in the outbox until it answers: {}", error);
		}
	}

	/**
	 * The {@code Message-ID} of an outbox mail ({@link OutboxMessages#messageId}).
	 * @param id outbox id
	 * @return the header value
	 */
	String messageId(String id) {
		return this.messages.messageId(id);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
