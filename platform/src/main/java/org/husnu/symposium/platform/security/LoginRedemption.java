package org.husnu.symposium.platform.security;

import org.husnu.symposium.core.accounts.Account;

/**
 * Turns a redeemed login link into an account. Only the service that owns accounts
 * (submission-service) provides it, so only it redeems links; links always point there,
 * and the session it creates serves both services.
 */
public interface LoginRedemption {

	/**
	 * Finds the account of an address, creating it at first login when the address is
	 * eligible.
	 * @param email the address the link was sent to
	 * @return the account
	 * @throws org.husnu.symposium.core.DomainRuleException if the address may no longer
	 * log in
	 */
	Account signIn(String email);

	/**
	 * Where to go after login.
	 * @param account the account just logged in
	 * @param continueUrl the safe page asked for, or {@code null}
	 * @return the URL to redirect to
	 */
	String targetAfterLogin(Account account, String continueUrl);

}
