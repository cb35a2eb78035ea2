package org.husnu.symposium.platform.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.husnu.symposium.core.accounts.LoginToken;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.platform.security.Secrets;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;

/**
 * Spring Security's one-time-token store, in MongoDB: the token is stored as its SHA-256,
 * and consuming it sets {@code usedAt} in one atomic find-and-modify that also checks the
 * expiry, so a link works once, on any instance, and never after it expired.
 */
@Component
public class LoginTokenService implements OneTimeTokenService {

	private static final String ID = "_id";

	private static final String USED_AT = "usedAt";

	private static final String EXPIRES_AT = "expiresAt";

	private final MongoOperations mongo;

	private final Clock clock;

	public LoginTokenService(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
		String secret = Secrets.newSecret();
		Instant now = this.clock.instant();
		Duration validity = request.getExpiresIn();
		LoginToken token = new LoginToken(Secrets.hash(secret), EmailAddresses.normalize(request.getUsername()), now,
				now.plus(validity), null);
		this.mongo.insert(token);
		return new DefaultOneTimeToken(secret, token.email(), token.expiresAt());
	}

	@Override
	public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
		String secret = authenticationToken.getTokenValue();
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			return null;
		}
		Instant now = this.clock.instant();
		Query unusedAndValid = Query
			.query(Criteria.where(ID).is(Secrets.hash(secret)).and(USED_AT).isNull().and(EXPIRES_AT).gt(now));
		LoginToken used = this.mongo.findAndModify(unusedAndValid, new Update().set(USED_AT, now),
				FindAndModifyOptions.options().returnNew(true), LoginToken.class);
		return (used != null) ? new DefaultOneTimeToken(secret, used.email(), used.expiresAt()) : null;
	}

	/**
	 * Removes the tokens that expired before a time, used or not.
	 * @param before the time
	 */
	void removeExpiredBefore(Instant before) {
		this.mongo.remove(Query.query(Criteria.where(EXPIRES_AT).lt(before)), LoginToken.class);
	}

	/**
	 * Why a token would or would not log in now, to tell a person clearly.
	 * @param secret the token from the link
	 * @return its state
	 */
	public LoginToken.State stateOf(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			return LoginToken.State.UNKNOWN;
		}
		LoginToken token = this.mongo.findById(Secrets.hash(secret), LoginToken.class);
		return (token != null) ? token.stateAt(this.clock.instant()) : LoginToken.State.UNKNOWN;
	}

	/**
	 * The address a token would log in now, so the confirm page can name the account
	 * before anyone clicks: a person who opens a link someone else forwarded sees that it
	 * is not theirs (login CSRF).
	 * @param secret the token from the link
	 * @return the address, or empty when the token would not log anybody in
	 */
	public Optional<String> addressOf(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			return Optional.empty();
		}
		LoginToken token = this.mongo.findById(Secrets.hash(secret), LoginToken.class);
		return (token != null && token.stateAt(this.clock.instant()) == LoginToken.State.VALID)
				? Optional.of(token.email()) : Optional.empty();
	}

}
