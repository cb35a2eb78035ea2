package org.husnu.symposium.platform.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes expired login tokens, rate-limit windows and sessions. A real MongoDB would do
 * this with TTL indexes, but the embedded store ignores them, so every instance sweeps
 * now and then; deleting what is already gone is harmless.
 */
@Component
class LoginMaintenance {

	private static final String SESSION_EXPIRE_AT = "expireAt";

	private final LoginTokenService loginTokens;

	private final RateLimiter rateLimiter;

	private final MongoOperations mongo;

	private final Clock clock;

	LoginMaintenance(LoginTokenService loginTokens, RateLimiter rateLimiter, MongoOperations mongo, Clock clock) {
		this.loginTokens = loginTokens;
		this.rateLimiter = rateLimiter;
		this.mongo = mongo;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT15M")
	void sweep() {
		Instant now = this.clock.instant();
		// keep used and expired tokens a day, so a late click is told why the link failed
		this.loginTokens.removeExpiredBefore(now.minus(Duration.ofDays(1)));
		this.rateLimiter.removeEndedBefore(now);
		// Spring Session stamps sessions with the system clock, not the application's
		// clock, so sessions expire by the same clock that set their expiry (otherwise a
		// moved test clock, or a clock set for an event in another year, would sweep live
		// sessions)
		this.mongo.remove(Query.query(Criteria.where(SESSION_EXPIRE_AT).lt(Date.from(Instant.now()))),
				CollectionNames.SESSIONS);
	}

}
