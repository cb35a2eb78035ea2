package org.husnu.symposium.platform.mail;

import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Date;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.MailStatus;
import org.husnu.symposium.core.mail.OutboxMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends the outbox. It claims one due mail at a time with an atomic find-and-modify, so
 * that any number of instances of either service can run it against one database and
 * still each mail is handed to SMTP by one of them. A mail that fails waits with
 * exponential backoff; while the SMTP server is unreachable nothing is given up, only
 * permanent rejections of the mail itself end in {@link MailStatus#FAILED}. A claim is a
 * lease: if an instance dies while sending, another one sends the mail after the lease.
 * It claims only mails queued for its own {@link DeliveryMode}, so an instance without
 * SMTP never catches a mail meant for a real inbox.
 */
final class MailDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int MAX_ERROR_LENGTH = 500;

	/**
	 * Templates whose body carries a secret (the login link). The outbox keeps such a
	 * body only while the mail may still be sent; once it is sent or failed for good the
	 * body is replaced by {@link #REMOVED_BODY}, so the database holds no working link.
	 */
	static final Set<String> SECRET_TEMPLATES = Set.of("login-link");

	static final String REMOVED_BODY = "[body removed once the mail left the outbox: it carried a login link]";

	private final MongoOperations mongo;

	private final JavaMailSender sender;

	private final SymposiumMailProperties properties;

	private final Clock clock;

	private final String instanceId;

	private final DeliveryMode mode;

	private final InternetAddress from;

	private final Object monitor = new Object();

	private boolean wakeRequested;

	private volatile boolean stopRequested;

	private volatile boolean smtpReachable = true;

	private Thread worker;

	MailDispatcher(MongoOperations mongo, JavaMailSender sender, SymposiumMailProperties properties, Clock clock,
			String instanceId, DeliveryMode mode) {
		this.mongo = mongo;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
		this.instanceId = instanceId;
		this.mode = mode;
		this.from = parseFrom(properties.from());
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
	 * Claims the mail of this dispatcher's mode due longest: a pending one whose time has
	 * come, or one whose sender's lease expired. Mails queued before modes existed carry
	 * none; they belong to the deployment, whose mode this instance was checked to share.
	 * @return the claimed mail, as this instance now holds it, or {@code null}
	 */
	OutboxMail claimNext() {
		Instant now = now();
		Instant claimedUntil = now.plus(this.properties.lease());
		Criteria ownMode = new Criteria().orOperator(Criteria.where("mode").is(this.mode),
				Criteria.where("mode").exists(false));
		Criteria due = new Criteria().orOperator(
				Criteria.where("status").is(MailStatus.PENDING).and("nextAttemptAt").lte(now),
				Criteria.where("status").is(MailStatus.SENDING).and("claimedUntil").lte(now));
		Query claimable = new Query(new Criteria().andOperator(ownMode, due))
			.with(Sort.by("nextAttemptAt", "createdAt"));
		Update claim = new Update().set("status", MailStatus.SENDING)
			.set("claimedBy", this.instanceId)
			.set("claimedUntil", claimedUntil);
		OutboxMail before = this.mongo.findAndModify(claimable, claim, FindAndModifyOptions.options().returnNew(false),
				OutboxMail.class);
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
			this.sender.send(toMessage(mail));
		}
		catch (MailException ex) {
			Outcome outcome = classify(ex);
			failed(mail, outcome, ex);
			return outcome;
		}
		catch (MessagingException ex) {
			failed(mail, Outcome.REJECTED, ex);
			return Outcome.REJECTED;
		}
		Instant now = now();
		// claimedBy stays: it tells which instance sent the mail
		Update sent = new Update().set("status", MailStatus.SENT).set("sentAt", now).unset("claimedUntil");
		boolean marked = updateClaimed(mail, withoutSecret(mail, sent));
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
		String error = describe(ex);
		Update update = new Update().set("attempts", attempts)
			.set("rejections", rejections)
			.set("lastError", error)
			.unset("claimedBy")
			.unset("claimedUntil");
		if (outcome == Outcome.REJECTED && rejections >= this.properties.maxRejections()) {
			update.set("status", MailStatus.FAILED);
			withoutSecret(mail, update);
			log.warn("Mail {} ({}) failed for good after {} rejections: {}", mail.id(), mail.template(), rejections,
					error);
		}
		else {
			Duration wait = this.properties.backoff().after(attempts);
			update.set("status", MailStatus.PENDING).set("nextAttemptAt", now().plus(wait));
			if (outcome == Outcome.UNREACHABLE) {
				if (this.smtpReachable) {
					this.smtpReachable = false;
					log.warn("SMTP server unreachable; mails wait in the outbox until it answers: {}", error);
				}
			}
			else {
				log.warn("Mail {} ({}) not sent on attempt {}; next attempt in {}: {}", mail.id(), mail.template(),
						attempts, wait, error);
			}
		}
		updateClaimed(mail, update);
	}

	/** Drops the body of a mail that carried a secret, once it will not be sent again. */
	private static Update withoutSecret(OutboxMail mail, Update update) {
		return SECRET_TEMPLATES.contains(mail.template()) ? update.set("text", REMOVED_BODY) : update;
	}

	/** Changes a mail only while this instance still holds the claim it got. */
	private boolean updateClaimed(OutboxMail mail, Update update) {
		Query claimed = new Query(Criteria.where("_id")
			.is(mail.id())
			.and("status")
			.is(MailStatus.SENDING)
			.and("claimedBy")
			.is(this.instanceId)
			.and("claimedUntil")
			.is(mail.claimedUntil()));
		return this.mongo.updateFirst(claimed, update, OutboxMail.class).getMatchedCount() == 1;
	}

	private MimeMessage toMessage(OutboxMail mail) throws MessagingException {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), false);
		helper.setSentDate(Date.from(now()));
		// JavaMailSenderImpl keeps a Message-ID that is set; a retry carries the same one
		message.setHeader("Message-ID", messageId(mail.id()));
		return message;
	}

	/**
	 * The {@code Message-ID} of an outbox mail: the same on every attempt, so a receiver
	 * can recognise a repeated delivery.
	 * @param id outbox id
	 * @return the header value
	 */
	String messageId(String id) {
		String address = this.from.getAddress();
		return "<" + id + "@" + address.substring(address.indexOf('@') + 1) + ">";
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * What a failed send means for the mail: the server could not be reached (wait, try
	 * the others later), the server refused this mail for good (count a rejection), or
	 * anything else (try again later).
	 * @param ex the failure
	 * @return the outcome
	 */
	static Outcome classify(MailException ex) {
		if (ex instanceof MailAuthenticationException) {
			// a configuration problem of the server, not of the mail
			return Outcome.UNREACHABLE;
		}
		if (ex instanceof MailParseException || ex instanceof MailPreparationException) {
			return Outcome.REJECTED;
		}
		Outcome outcome = Outcome.TRANSIENT;
		for (Throwable cause : causes(ex)) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException) {
				return Outcome.UNREACHABLE;
			}
			if (cause instanceof SendFailedException failed) {
				// the SMTP reply comes first in the message, e.g. "550 5.1.1 no such
				// user"
				int reply = replyCode(failed.getMessage());
				if (reply >= 500 || (reply < 400 && failed.getInvalidAddresses() != null
						&& failed.getInvalidAddresses().length > 0)) {
					outcome = Outcome.REJECTED;
				}
			}
			else if (cause instanceof AddressException) {
				outcome = Outcome.REJECTED;
			}
		}
		if (outcome == Outcome.TRANSIENT && ex instanceof MailSendException send && send.getFailedMessages().isEmpty()
				&& send.getMessage() != null && send.getMessage().contains("connection failed")) {
			// JavaMailSenderImpl: "Mail server connection failed"
			return Outcome.UNREACHABLE;
		}
		return outcome;
	}

	private static int replyCode(String message) {
		if (message == null || message.length() < 3) {
			return 0;
		}
		String code = message.substring(0, 3);
		boolean reply = code.chars().allMatch(Character::isDigit)
				&& (message.length() == 3 || message.charAt(3) == ' ' || message.charAt(3) == '-');
		return reply ? Integer.parseInt(code) : 0;
	}

	/**
	 * Every cause of a failure: the cause chain, the failed messages, nested exceptions.
	 */
	private static Set<Throwable> causes(MailException ex) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> todo = new ArrayDeque<>();
		todo.add(ex);
		if (ex instanceof MailSendException send) {
			todo.addAll(send.getFailedMessages().values());
		}
		while (!todo.isEmpty()) {
			Throwable next = todo.poll();
			if (next == null || !seen.add(next)) {
				continue;
			}
			if (next.getCause() != null) {
				todo.add(next.getCause());
			}
			if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
				todo.add(messaging.getNextException());
			}
		}
		return seen;
	}

	private static String describe(Exception ex) {
		StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage()));
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root != ex) {
			text.append(" (").append(root).append(')');
		}
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
	}

	private static InternetAddress parseFrom(String from) {
		try {
			InternetAddress parsed = new InternetAddress(from, true);
			// encoded once here (RFC 2047), so a display name like "HU×SNU" is plain
			// ASCII on
			// the wire
			return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
		}
		catch (AddressException | UnsupportedEncodingException ex) {
			throw new IllegalArgumentException("symposium.mail.from is not a mail address: " + from, ex);
		}
	}

	/** What one attempt came to. */
	enum Outcome {

		/** The SMTP server accepted the mail. */
		SENT,

		/** The SMTP server could not be reached or refused to talk to us. */
		UNREACHABLE,

		/** The SMTP server refused this mail for good (5xx, bad address). */
		REJECTED,

		/** Anything else; worth another try. */
		TRANSIENT

	}

}
