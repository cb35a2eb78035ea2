package org.husnu.symposium.platform.security;

import java.io.Serializable;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal kept in a session: only the account id and address. Roles are not kept;
 * they are read from the account on each request, so a change takes effect at once on
 * every instance of both services. The name is the account id, which also indexes the
 * sessions of one person (to end them all).
 *
 * @param accountId the account
 * @param email the address at login
 */
public record SymposiumUser(UUID accountId, String email) implements AuthenticatedPrincipal, Serializable {

	@Override
	public String getName() {
		return this.accountId.toString();
	}

}
