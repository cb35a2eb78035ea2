package org.husnu.symposium.submission.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.AccessRefusedException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.ApiToken;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.security.Secrets;

import org.springframework.stereotype.Service;

/**
 * Creates, lists and revokes personal API tokens. The secret is returned once and stored
 * only as its SHA-256; a person sees and revokes only their own tokens. Every token
 * expires ({@code symposium.api-tokens.*}), and only a browser session creates one.
 */
@Service
class ApiTokenService {

	/** Active tokens one person may hold. */
	static final int MAX_ACTIVE_TOKENS = 20;

	private final ApiTokenStore store;

	private final AuditLog audit;

	private final Clock clock;

	private final SymposiumProperties.ApiTokens lifetimes;

	ApiTokenService(ApiTokenStore store, AuditLog audit, Clock clock, SymposiumProperties properties) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.lifetimes = properties.apiTokens();
	}

	/**
	 * Creates a token. Every token expires (the default lifetime when none is asked for,
	 * never later than the maximum), and only a browser session creates tokens: a token
	 * that could mint tokens would let whoever holds a leaked one keep access for ever,
	 * whatever lifetime it was given.
	 * @param owner who creates it, for themself
	 * @param name what to call it
	 * @param expiresInDays lifetime in days, {@code null} for the default lifetime
	 * @param viaApiToken whether the request authenticated with an API token
	 * @return the stored token and its secret
	 * @throws AccessRefusedException when the request authenticated with an API token
	 */
	CreatedToken create(Actor owner, String name, Integer expiresInDays, boolean viaApiToken) {
		AccessPolicy.requireCreateApiToken(viaApiToken);
		Instant now = this.clock.instant();
		long maxDays = this.lifetimes.maxLifetime().toDays();
		DomainRuleException.require(expiresInDays == null || (expiresInDays >= 1 && expiresInDays <= maxDays),
				"api-token.expiry", "A token lives between 1 and " + maxDays + " days; leave it empty for "
						+ this.lifetimes.defaultLifetime().toDays() + " days");
		long active = list(owner.accountId()).stream().filter((token) -> token.isActiveAt(now)).count();
		DomainRuleException.require(active < MAX_ACTIVE_TOKENS, "api-token.limit",
				"You have " + MAX_ACTIVE_TOKENS + " active tokens; revoke one you no longer use first");
		String secret = Secrets.API_TOKEN_PREFIX + Secrets.newSecret();
		Duration lifetime = (expiresInDays != null) ? Duration.ofDays(expiresInDays) : this.lifetimes.defaultLifetime();
		ApiToken token = new ApiToken(UUID.randomUUID(), Secrets.hash(secret), owner.accountId(), name,
				secret.substring(0, Secrets.API_TOKEN_PREFIX.length() + 4), now, now.plus(lifetime), null);
		this.store.insert(token);
		this.audit.record(owner, "api-token.created", owner.email(),
				Map.of("token", token.id().toString(), "expiresAt", token.expiresAt().toString()));
		return new CreatedToken(token, secret);
	}

	List<ApiToken> list(UUID accountId) {
		return this.store.ofAccount(accountId);
	}

	/**
	 * Revokes one of the owner's tokens; revoking twice is harmless.
	 * @param owner who revokes
	 * @param tokenId the token
	 */
	void revoke(Actor owner, UUID tokenId) {
		ApiToken token = this.store.findById(tokenId)
			.filter((candidate) -> candidate.accountId().equals(owner.accountId()))
			.orElseThrow(() -> new NotFoundException("You have no API token with id " + tokenId));
		if (token.revokedAt() == null) {
			this.store.save(token.revokedAt(this.clock.instant()));
			this.audit.record(owner, "api-token.revoked", owner.email(), Map.of("token", tokenId.toString()));
		}
	}

	/**
	 * Revokes every active token of the owner, as "log out everywhere" offers.
	 * @param owner whose tokens
	 * @return how many were revoked
	 */
	long revokeAll(Actor owner) {
		long revoked = this.store.revokeAll(owner.accountId(), this.clock.instant());
		if (revoked > 0) {
			this.audit.record(owner, "api-tokens.revoked", owner.email(), Map.of("count", Long.toString(revoked)));
		}
		return revoked;
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
