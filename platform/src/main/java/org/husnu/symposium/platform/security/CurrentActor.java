package org.husnu.symposium.platform.security;

import java.util.Optional;

import org.husnu.symposium.core.access.Actor;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person making the current request, for controllers and services that apply the
 * {@link org.husnu.symposium.core.access.AccessPolicy}.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	/**
	 * The logged-in actor, if any.
	 * @return the actor, or empty for anonymous requests
	 */
	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof AccountAuthentication account) {
			return Optional.of(account.actor());
		}
		return Optional.empty();
	}

	/**
	 * The logged-in actor.
	 * @return the actor
	 * @throws AuthenticationCredentialsNotFoundException when nobody is logged in
	 */
	public static Actor require() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Log in first"));
	}

	/**
	 * Whether the current request authenticated with a personal API token rather than a
	 * browser session, for actions a token may not take (creating tokens).
	 * @return {@code true} for Bearer requests
	 */
	public static boolean viaApiToken() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof AccountAuthentication account
				&& account.isViaApiToken();
	}

}
