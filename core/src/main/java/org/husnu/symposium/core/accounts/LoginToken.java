package org.husnu.symposium.core.accounts;

import java.time.Instant;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A one-time login link's token. Only its SHA-256 is stored, so a copy of the database
 * logs nobody in; it is used at most once (set atomically) and expires. Any instance of
 * either service can redeem it.
 *
 * @param id hex SHA-256 of the token
 * @param email the address the link was mailed to
 * @param createdAt when it was issued
 * @param expiresAt when it stops working
 * @param usedAt when it was redeemed, {@code null} while unused
 */
@Document(collection = CollectionNames.LOGIN_TOKENS)
public record LoginToken(@Id String id, String email, Instant createdAt, Instant expiresAt, Instant usedAt) {

	public LoginToken {
		DomainRuleException.require(id != null && !id.isBlank(), "login-token.id", "A login token needs its hash");
		DomainRuleException.require(expiresAt != null && createdAt != null && expiresAt.isAfter(createdAt),
				"login-token.expiry", "A login token expires after it is issued");
	}

	/** Why a token does not log anybody in. */
	public enum State {

		VALID, USED, EXPIRED, UNKNOWN

	}

	/**
	 * The state of this token at a time.
	 * @param now the time
	 * @return valid, used or expired
	 */
	public State stateAt(Instant now) {
		if (this.usedAt != null) {
			return State.USED;
		}
		return now.isBefore(this.expiresAt) ? State.VALID : State.EXPIRED;
	}

}
