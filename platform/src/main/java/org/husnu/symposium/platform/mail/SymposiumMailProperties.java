package org.husnu.symposium.platform.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends ({@code symposium.mail.*}). The SMTP server itself is Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} the embedded catcher receives
 * everything (docs/mail.md).
 *
 * @param from sender address of every mail, with a display name
 * @param instanceId name of this instance in claims; a host-and-process name when empty
 * @param pollInterval how often the dispatcher looks for due mails when nothing woke it
 * @param lease how long a claim holds; after it, another instance may send the mail
 * @param maxRejections permanent rejections after which a mail is given up as failed
 * @param backoff wait between attempts
 * @param catcher the embedded SMTP catcher of default mode
 * @param switchDeploymentMode start even though the deployment delivers mail in the other
 * mode, and switch the deployment to this instance's mode (docs/mail.md); for one
 * deliberate start, never for every instance
 */
@ConfigurationProperties("symposium.mail")
public record SymposiumMailProperties(@DefaultValue("HU×SNU Medical AI <no-reply@symposium.invalid>") String from,
		String instanceId, @DefaultValue("1s") Duration pollInterval, @DefaultValue("2m") Duration lease,
		@DefaultValue("3") int maxRejections, @DefaultValue Backoff backoff, @DefaultValue Catcher catcher,
		@DefaultValue("false") boolean switchDeploymentMode) {

	public SymposiumMailProperties {
		requirePositive(pollInterval, "symposium.mail.poll-interval");
		requirePositive(lease, "symposium.mail.lease");
		if (maxRejections < 1) {
			throw new IllegalArgumentException("symposium.mail.max-rejections must be at least 1");
		}
	}

	private static void requirePositive(Duration duration, String name) {
		if (duration == null || duration.isZero() || duration.isNegative()) {
			throw new IllegalArgumentException(name + " must be a positive duration");
		}
	}

	/**
	 * Exponential backoff: the first retry after {@code initial}, each next one after
	 * twice as long, never longer than {@code max}.
	 *
	 * @param initial wait before the first retry
	 * @param max longest wait
	 */
	public record Backoff(@DefaultValue("2s") Duration initial, @DefaultValue("5m") Duration max) {

		public Backoff {
			requirePositive(initial, "symposium.mail.backoff.initial");
			requirePositive(max, "symposium.mail.backoff.max");
		}

		/**
		 * The wait after a number of failed attempts.
		 * @param attempts failed attempts so far, at least 1
		 * @return the wait before the next attempt
		 */
		public Duration after(int attempts) {
			int doublings = Math.min(Math.max(attempts - 1, 0), 30);
			Duration delay = this.initial.multipliedBy(1L << doublings);
			return (delay.compareTo(this.max) > 0 || delay.isNegative()) ? this.max : delay;
		}

	}

	/**
	 * The embedded SMTP server of default mode.
	 *
	 * @param port port on 127.0.0.1; 0 picks a free one
	 * @param openToNetwork serve the dev mailbox (which shows login links) to clients
	 * other than this machine; off by default, for a workshop without real addresses only
	 */
	public record Catcher(@DefaultValue("0") int port, @DefaultValue("false") boolean openToNetwork) {

	}

}
