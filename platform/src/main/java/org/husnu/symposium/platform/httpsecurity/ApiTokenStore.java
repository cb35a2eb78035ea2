package org.husnu.symposium.platform.httpsecurity;

import java.util.Optional;

import org.husnu.symposium.core.accounts.ApiToken;
import org.husnu.symposium.platform.security.Secrets;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads personal API tokens for the filter that authenticates them; the tokens are
 * written by the service that owns accounts. Only the SHA-256 of a secret is stored, so a
 * token is found by the hash of the secret a request presents.
 */
final class ApiTokenStore {

	private static final String HASH = "hash";

	private final MongoOperations mongo;

	ApiTokenStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * The token a secret stands for.
	 * @param secret the secret from {@code Authorization: Bearer}
	 * @return the stored token, whatever its state, or empty when none has this secret
	 */
	Optional<ApiToken> findBySecret(String secret) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where(HASH).is(Secrets.hash(secret))), ApiToken.class));
	}

}
