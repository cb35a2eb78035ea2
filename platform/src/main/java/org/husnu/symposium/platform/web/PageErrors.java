package org.husnu.symposium.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.platform.problems.CoreProblems;
import org.husnu.symposium.platform.problems.ProblemException;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A refused or missing record, an unknown page or a broken rule on a page answers with
 * the error page, not with the JSON problem detail the API gives, so a person sees what
 * happened in their browser. The status and the message come from the same place as the
 * API's problem details: the exception's own answer ({@link ProblemException}) or
 * {@link CoreProblems}. Everything under {@code /api/} keeps its problem details.
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
		if (ex instanceof NoResourceFoundException) {
			// its message names server internals
			return page(HttpStatus.NOT_FOUND, "");
		}
		Optional<ProblemException> problem = CoreProblems.of(ex);
		if (problem.isEmpty()) {
			return null;
		}
		problem.get()
			.getHeaders()
			.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		return page(problem.get().getStatusCode(), problem.get().getBody().getDetail());
	}

	private static ModelAndView page(HttpStatusCode status, String message) {
		ModelAndView page = new ModelAndView("error",
				Map.of("status", status.value(), "message", (message != null) ? message : ""));
		page.setStatus(status);
		return page;
	}

}
