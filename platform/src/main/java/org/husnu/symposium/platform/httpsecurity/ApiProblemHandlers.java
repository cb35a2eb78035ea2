package org.husnu.symposium.platform.httpsecurity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.platform.problems.ProblemResponses;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The answers of the API when security refuses a request before Spring MVC runs: 401
 * without a login or token, 403 without the CSRF token or the roles. They are problem
 * details like every other error of the API; pages get the login page and the error page
 * instead.
 */
final class ApiProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemResponses problems;

	ApiProblemHandlers(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		this.problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Login required",
				"Log in first, or send Authorization: Bearer <token> with a personal API token from your profile page");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.CSRF, "CSRF token missing",
					"Requests with a session must echo the XSRF-TOKEN cookie in the X-XSRF-TOKEN header "
							+ "(forms: the _csrf field); scripts can use a personal API token instead");
		}
		else {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Not allowed",
					"Your roles do not allow this");
		}
	}

}
