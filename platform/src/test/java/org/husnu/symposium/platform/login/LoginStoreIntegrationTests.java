package org.husnu.symposium.platform.login;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.husnu.symposium.core.accounts.LoginToken;
import org.husnu.symposium.core.store.CollectionNames;
import org.husnu.symposium.platform.problems.TooManyRequestsException;
import org.husnu.symposium.store.EmbeddedStore;
import org.husnu.symposium.test.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Login tokens, rate limits and the sweep against the embedded store, with several
 * connections racing as several service instances would.
 */
class LoginStoreIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

	private final EmbeddedStore store = EmbeddedStore.inMemory();

	private final List<MongoClient> clients = new ArrayList<>();

	private final MutableClock clock = new MutableClock(NOW);

	@AfterEach
	void close() {
		this.clients.forEach(MongoClient::close);
		this.store.close();
	}

	@Test
	void aTokenIsConsumedOnceEvenWhenEightInstancesRaceForIt() throws Exception {
		OneTimeToken token = new LoginTokenService(connect(), this.clock)
			.generate(new GenerateOneTimeTokenRequest("Race@SNU.ac.kr", Duration.ofMinutes(15)));
		assertThat(token.getUsername()).isEqualTo("race@snu.ac.kr");
		assertThat(connect().findAll(LoginToken.class)).singleElement()
			.satisfies((stored) -> assertThat(stored.id()).isNotEqualTo(token.getTokenValue()));

		AtomicInteger winners = new AtomicInteger();
		race(8, () -> {
			LoginTokenService instance = new LoginTokenService(connect(), this.clock);
			if (instance.consume(OneTimeTokenAuthenticationToken.unauthenticated(token.getTokenValue())) != null) {
				winners.incrementAndGet();
			}
			return null;
		});
		assertThat(winners).hasValue(1);
		assertThat(new LoginTokenService(connect(), this.clock).stateOf(token.getTokenValue()))
			.isEqualTo(LoginToken.State.USED);
	}

	@Test
	void anExpiredTokenIsNotConsumedAndSaysSo() {
		LoginTokenService tokens = new LoginTokenService(connect(), this.clock);
		OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest("late@snu.ac.kr", Duration.ofMinutes(15)));
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token.getTokenValue()))).isNull();
		assertThat(tokens.stateOf(token.getTokenValue())).isEqualTo(LoginToken.State.EXPIRED);
		assertThat(tokens.stateOf("made-up")).isEqualTo(LoginToken.State.UNKNOWN);
	}

	@Test
	void aRateLimitHoldsAcrossInstancesAndOpensInTheNextWindow() throws Exception {
		AtomicInteger allowed = new AtomicInteger();
		race(12, () -> {
			try {
				new RateLimiter(connect(), this.clock).acquire("address:x", 5, Duration.ofMinutes(15), "slow down");
				allowed.incrementAndGet();
			}
			catch (TooManyRequestsException ex) {
				assertThat(ex.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
			}
			return null;
		});
		assertThat(allowed).hasValue(5);
		this.clock.advance(Duration.ofMinutes(15));
		new RateLimiter(connect(), this.clock).acquire("address:x", 5, Duration.ofMinutes(15), "slow down");
		assertThatExceptionOfType(TooManyRequestsException.class).isThrownBy(
				() -> new RateLimiter(connect(), this.clock).acquire("address:y", 0, Duration.ofMinutes(15), "never"))
			.withMessage("never");
	}

	@Test
	void theSweepRemovesOnlyWhatHasExpired() {
		MongoTemplate mongo = connect();
		LoginTokenService tokens = new LoginTokenService(mongo, this.clock);
		tokens.generate(new GenerateOneTimeTokenRequest("old@snu.ac.kr", Duration.ofMinutes(15)));
		new RateLimiter(mongo, this.clock).acquire("client:old", 5, Duration.ofMinutes(15), "slow down");
		// sessions carry system-clock times (Spring Session), whatever the application
		// clock says
		mongo.insert(new Document("_id", "old-session").append("expireAt", Date.from(Instant.now().minusSeconds(60))),
				CollectionNames.SESSIONS);
		mongo.insert(new Document("_id", "live-session").append("expireAt",
				Date.from(Instant.now().plus(Duration.ofHours(8)))), CollectionNames.SESSIONS);
		// the application clock far ahead of the system clock (as in tests of a deadline)
		this.clock.set(Instant.now().plus(Duration.ofDays(400)));
		tokens.generate(new GenerateOneTimeTokenRequest("new@snu.ac.kr", Duration.ofMinutes(15)));
		RateLimiter rateLimiter = new RateLimiter(mongo, this.clock);
		rateLimiter.acquire("client:new", 5, Duration.ofMinutes(15), "slow down");

		new LoginMaintenance(tokens, rateLimiter, mongo, this.clock).sweep();

		assertThat(mongo.findAll(LoginToken.class)).extracting(LoginToken::email).containsExactly("new@snu.ac.kr");
		assertThat(mongo.count(new Query(), CollectionNames.RATE_LIMITS)).isEqualTo(1);
		assertThat(mongo.findAll(Document.class, CollectionNames.SESSIONS)).extracting((doc) -> doc.get("_id"))
			.containsExactly("live-session");
	}

	private MongoTemplate connect() {
		MongoClient client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(this.store.connectionString()))
			.uuidRepresentation(UuidRepresentation.STANDARD)
			.build());
		synchronized (this.clients) {
			this.clients.add(client);
		}
		return new MongoTemplate(client, "symposium");
	}

	private static void race(int threads, Callable<Void> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Void>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				results.add(pool.submit(task));
			}
			for (Future<Void> result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
