package org.husnu.symposium.core.access;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;

/**
 * Who is asking, as the access rules need to know it: the account and the roles it holds
 * right now (read from the account on every request, so a revoked role takes effect at
 * once).
 *
 * @param accountId the account
 * @param email the account's address
 * @param roles roles held now
 */
public record Actor(UUID accountId, String email, Set<Role> roles) implements Serializable {

	public Actor {
		DomainRuleException.require(accountId != null, "actor.account", "An actor needs an account");
		roles = (roles == null || roles.isEmpty()) ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}

	public static Actor of(Account account) {
		return new Actor(account.id(), account.email(), account.roles());
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether this actor runs the program (chair) or the system (admin).
	 * @return {@code true} for chairs and admins
	 */
	public boolean isChairOrAdmin() {
		return has(Role.CHAIR) || has(Role.ADMIN);
	}

}
