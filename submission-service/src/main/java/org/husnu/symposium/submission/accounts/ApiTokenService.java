package org.husnu.symposium.submission.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.ApiToken;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.security.Secrets;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Creates, lists and revokes personal API tokens. The secret is returned once and stored
 * only as its SHA-256; a person sees and revokes only their own tokens.
 */
@Service
class ApiTokenService {

	/** Active tokens one person may hold. */
	static final int MAX_ACTIVE_TOKENS = 20;

	/** Longest lifetime a token may be given. */
	static final int MAX_DAYS = 366;

	private final MongoOperations mongo;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokenService(MongoOperations mongo, AuditLog audit, Clock clock) {
		this.mongo = mongo;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a token.
	 * @param owner who creates it, for themself
	 * @param name what to call it
	 * @param expiresInDays lifetime in days, {@code null} for no expiry
	 * @return the stored token and its secret
	 */
	CreatedToken create(Actor owner, String name, Integer expiresInDays) {
		Instant now = this.clock.instant();
		DomainRuleException.require(expiresInDays == null || (expiresInDays >= 1 && expiresInDays <= MAX_DAYS),
				"api-token.expiry", "A token lives between 1 and " + MAX_DAYS + " days; leave it empty for no expiry");
		long active = list(owner.accountId()).stream().filter((token) -> token.isActiveAt(now)).count();
		DomainRuleException.require(active < MAX_ACTIVE_TOKENS, "api-token.limit",
				"You have " + MAX_ACTIVE_TOKENS + " active tokens; revoke one you no longer use first");
		String secret = Secrets.API_TOKEN_PREFIX + Secrets.newSecret();
		ApiToken token = new ApiToken(UUID.randomUUID(), Secrets.hash(secret), owner.accountId(), name,
				secret.substring(0, Secrets.API_TOKEN_PREFIX.length() + 4), now,
				(expiresInDays != null) ? now.plus(Duration.ofDays(expiresInDays)) : null, null);
		this.mongo.insert(token);
		this.audit.record(owner, "api-token.created", owner.email(), Map.of("token", token.id().toString()));
		return new CreatedToken(token, secret);
	}

	List<ApiToken> list(UUID accountId) {
		return this.mongo.find(
				Query.query(Criteria.where("accountId").is(accountId)).with(Sort.by(Sort.Direction.DESC, "createdAt")),
				ApiToken.class);
	}

	/**
	 * Revokes one of the owner's tokens; revoking twice is harmless.
	 * @param owner who revokes
	 * @param tokenId the token
	 */
	void revoke(Actor owner, UUID tokenId) {
		ApiToken token = this.mongo.findById(tokenId, ApiToken.class);
		if (token == null || !token.accountId().equals(owner.accountId())) {
			throw new NotFoundException("You have no API token with id " + tokenId);
		}
		if (token.revokedAt() == null) {
			this.mongo.save(token.revokedAt(this.clock.instant()));
			this.audit.record(owner, "api-token.revoked", owner.email(), Map.of("token", tokenId.toString()));
		}
	}

	/**
	 * A token just created, with the secret shown once.
	 *
	 * @param token the stored token
	 * @param secret the secret
	 */
	record CreatedToken(ApiToken token, String secret) {
	}

}
