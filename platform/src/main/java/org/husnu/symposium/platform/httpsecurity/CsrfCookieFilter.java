package org.husnu.symposium.platform.httpsecurity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes sure every response to a browser carries the {@code XSRF-TOKEN} cookie, so
 * scripts using a session can echo it. Requests with a Bearer token need none.
 */
final class CsrfCookieFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token != null && !ApiTokenAuthenticationFilter.hasBearerToken(request)) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

}
