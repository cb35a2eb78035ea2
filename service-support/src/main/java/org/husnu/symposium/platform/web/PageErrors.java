package org.husnu.symposium.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessRefusedException;
import org.husnu.symposium.core.event.DeadlinePassedException;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A refused or missing record, an unknown page or a broken rule on a page answers with
 * the error page (403, 404, 422), not with the JSON problem detail the API gives, so a
 * person sees what happened in their browser. Everything under {@code /api/} keeps its
 * problem details.
 */
@Configuration(proxyBeanMethods = false)
class PageErrors implements WebMvcConfigurer {

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, PageErrors::resolve);
	}

	private static ModelAndView resolve(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (request.getRequestURI().startsWith("/api/")) {
			return null;
		}
		HttpStatus status;
		if (ex instanceof AccessRefusedException || ex instanceof DeadlinePassedException) {
			status = HttpStatus.FORBIDDEN;
		}
		else if (ex instanceof ConflictException) {
			status = HttpStatus.CONFLICT;
		}
		else if (ex instanceof NotFoundException || ex instanceof NoResourceFoundException) {
			status = HttpStatus.NOT_FOUND;
		}
		else if (ex instanceof DomainRuleException) {
			status = HttpStatus.UNPROCESSABLE_CONTENT;
		}
		else {
			return null;
		}
		// the message of a missing resource names server internals; the others are for
		// people
		String message = (ex instanceof NoResourceFoundException) ? "" : ex.getMessage();
		ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "message", message));
		page.setStatus(status);
		return page;
	}

}
