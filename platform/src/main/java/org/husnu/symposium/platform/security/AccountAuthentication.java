package org.husnu.symposium.platform.security;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A logged-in account with the roles it holds now ({@code ROLE_AUTHOR},
 * {@code ROLE_CHAIR}, …), however it logged in (link or API token).
 */
public final class AccountAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final SymposiumUser user;

	private final Actor actor;

	private final boolean viaApiToken;

	private AccountAuthentication(Account account, boolean viaApiToken) {
		super(account.roles().stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
		this.user = new SymposiumUser(account.id(), account.email());
		this.actor = Actor.of(account);
		this.viaApiToken = viaApiToken;
		setAuthenticated(true);
	}

	/**
	 * A browser login.
	 * @param account the account
	 * @return the authentication
	 */
	public static AccountAuthentication session(Account account) {
		return new AccountAuthentication(account, false);
	}

	/**
	 * A script using a personal API token.
	 * @param account the token's owner
	 * @return the authentication
	 */
	public static AccountAuthentication apiToken(Account account) {
		return new AccountAuthentication(account, true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public SymposiumUser getPrincipal() {
		return this.user;
	}

	public Actor actor() {
		return this.actor;
	}

	public boolean isViaApiToken() {
		return this.viaApiToken;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
