package org.husnu.symposium.platform.httpsecurity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.security.AccountAuthentication;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the logged-in account afresh on every request with a session, so roles granted or
 * revoked by a chair apply at once on every instance of both services, and a deleted
 * account ends its sessions. The refreshed authentication is for this request only; the
 * session keeps just the account id.
 */
final class AccountRefreshFilter extends OncePerRequestFilter {

	private final AccountDirectory accounts;

	AccountRefreshFilter(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof AccountAuthentication current && !current.isViaApiToken()) {
			Optional<Account> account = this.accounts.findById(current.getPrincipal().accountId());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			if (account.isPresent()) {
				context.setAuthentication(AccountAuthentication.session(this.accounts.withDerivedRoles(account.get())));
			}
			else {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
