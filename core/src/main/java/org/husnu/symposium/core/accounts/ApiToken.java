package org.husnu.symposium.core.accounts;

import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A personal API token for scripts ({@code Authorization: Bearer …}). The secret is shown
 * once; only its SHA-256 is stored. It acts with the roles its owner holds at the time of
 * each request, so revoking a role or the token takes effect at once.
 *
 * @param id stable id, used to list and revoke
 * @param hash hex SHA-256 of the secret, unique
 * @param accountId owner
 * @param name what the owner called it
 * @param hint the first characters of the secret, to recognise it in a list
 * @param createdAt when it was created
 * @param expiresAt when it stops working; {@code null} only on tokens stored before every
 * token had to expire, which the services end at the maximum lifetime
 * ({@code symposium.api-tokens.max-lifetime}) after {@code createdAt}
 * @param revokedAt when it was revoked, {@code null} while active
 */
@Document(collection = CollectionNames.API_TOKENS)
public record ApiToken(@Id UUID id, String hash, UUID accountId, String name, String hint, Instant createdAt,
		Instant expiresAt, Instant revokedAt) {

	/** Longest token name accepted. */
	public static final int MAX_NAME_LENGTH = 100;

	public ApiToken {
		DomainRuleException.require(id != null && hash != null && accountId != null && createdAt != null,
				"api-token.fields", "An API token needs an id, a hash, an owner and a creation time");
		name = (name == null || name.isBlank()) ? "API token" : name.strip();
		DomainRuleException.require(name.length() <= MAX_NAME_LENGTH, "api-token.name",
				"A token name has at most " + MAX_NAME_LENGTH + " characters");
		DomainRuleException.require(expiresAt == null || expiresAt.isAfter(createdAt), "api-token.expiry",
				"A token must expire after it is created");
	}

	/**
	 * Whether the token authenticates requests at a time.
	 * @param now the time
	 * @return {@code true} when neither revoked nor expired
	 */
	public boolean isActiveAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

	public ApiToken revokedAt(Instant now) {
		return (this.revokedAt != null) ? this : new ApiToken(this.id, this.hash, this.accountId, this.name, this.hint,
				this.createdAt, this.expiresAt, now);
	}

}
