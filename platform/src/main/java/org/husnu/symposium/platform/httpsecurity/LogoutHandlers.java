package org.husnu.symposium.platform.httpsecurity;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.security.AccountAuthentication;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * What logging out does besides ending the session: it is written to the audit log, and
 * the API answers 204 where a page goes back to the login page.
 */
final class LogoutHandlers implements LogoutHandler, LogoutSuccessHandler {

	private final AuditLog audit;

	LogoutHandlers(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication instanceof AccountAuthentication account) {
			this.audit.record(account.actor(), "logout", account.getPrincipal().email(), Map.of());
		}
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
		}
		else {
			response.sendRedirect("/login?logout");
		}
	}

}
