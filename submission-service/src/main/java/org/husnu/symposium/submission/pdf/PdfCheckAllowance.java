package org.husnu.symposium.submission.pdf;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.husnu.symposium.platform.login.RateLimiter;
import org.husnu.symposium.platform.problems.TooManyRequestsException;

import org.springframework.stereotype.Component;

/**
 * What one account may ask of the shared parse slots: at most
 * {@code accountChecksInFlight} checks at once (on this instance) and
 * {@code accountChecksPerWindow} per window (across instances, counted in MongoDB). The
 * slots are few and shared by everybody, so without this one author keeping a dozen
 * uploads in flight makes everyone else's answer 503 at the deadline. Both answer 429
 * with {@code Retry-After}; a refused request does no parsing at all.
 */
@Component
public class PdfCheckAllowance {

	private final PdfCheckProperties properties;

	private final RateLimiter rateLimiter;

	private final Map<UUID, Integer> inFlight = new ConcurrentHashMap<>();

	public PdfCheckAllowance(PdfCheckProperties properties, RateLimiter rateLimiter) {
		this.properties = properties;
		this.rateLimiter = rateLimiter;
	}

	/**
	 * Takes one check of the account's allowance; close the permit when the check is
	 * done.
	 * @param accountId whose check it is
	 * @return the permit
	 * @throws TooManyRequestsException when the account has as many checks running as it
	 * may, or has started as many as it may in the current window
	 */
	public Permit acquire(UUID accountId) {
		int limit = this.properties.accountChecksInFlight();
		boolean[] taken = new boolean[1];
		this.inFlight.compute(accountId, (id, running) -> {
			int now = (running != null) ? running : 0;
			if (now >= limit) {
				return running;
			}
			taken[0] = true;
			return now + 1;
		});
		if (!taken[0]) {
			Duration retry = this.properties.parseTimeout();
			throw new TooManyRequestsException("You already have "
					+ ((limit == 1) ? "a PDF check" : limit + " PDF checks") + " running; wait until "
					+ ((limit == 1) ? "it has" : "they have") + " finished, then try again", retry);
		}
		Permit permit = new Permit(accountId);
		try {
			this.rateLimiter.acquire("pdf-check:" + accountId, this.properties.accountChecksPerWindow(),
					this.properties.accountChecksWindow(),
					"You have checked or uploaded " + this.properties.accountChecksPerWindow() + " PDFs in the last "
							+ describe(this.properties.accountChecksWindow())
							+ ", the most one account may; wait a moment, then try again");
		}
		catch (RuntimeException ex) {
			permit.close();
			throw ex;
		}
		return permit;
	}

	/**
	 * Checks the account has running now; for tests.
	 * @param accountId the account
	 * @return checks in flight
	 */
	int inFlight(UUID accountId) {
		return this.inFlight.getOrDefault(accountId, 0);
	}

	private static String describe(Duration window) {
		long seconds = window.toSeconds();
		if (seconds % 60 == 0) {
			long minutes = seconds / 60;
			return (minutes == 1) ? "minute" : minutes + " minutes";
		}
		return seconds + " seconds";
	}

	/** One check of an account's allowance; closing it twice is harmless. */
	public final class Permit implements AutoCloseable {

		private final UUID accountId;

		private final AtomicBoolean closed = new AtomicBoolean();

		private Permit(UUID accountId) {
			this.accountId = accountId;
		}

		@Override
		public void close() {
			if (this.closed.compareAndSet(false, true)) {
				PdfCheckAllowance.this.inFlight.computeIfPresent(this.accountId,
						(id, running) -> (running > 1) ? running - 1 : null);
			}
		}

	}

}
