package org.husnu.symposium.platform.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessRefusedException;
import org.husnu.symposium.core.event.DeadlinePassedException;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.problems.TooManyRequestsException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' error page reads the same answers as the API's problem details.
 */
class PageErrorsTests {

	private final HandlerExceptionResolver resolver = resolver();

	@Test
	void showsBrokenRuleOnTheErrorPageWith422() {
		ModelAndView page = resolve("/abstracts/1", new DomainRuleException("abstract.transition", "Not now"));
		assertThat(page.getViewName()).isEqualTo("error");
		assertThat(page.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(page.getModel()).containsEntry("status", 422).containsEntry("message", "Not now");
	}

	@Test
	void showsRefusalsAndPassedDeadlinesWith403() {
		assertThat(resolve("/abstracts/1", new AccessRefusedException("Not yours")).getStatus())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(resolve("/abstracts/1", new DeadlinePassedException("Too late")).getModel())
			.containsEntry("status", 403)
			.containsEntry("message", "Too late");
	}

	@Test
	void showsTheStatusAProblemExceptionCarries() {
		assertThat(resolve("/abstracts/1", new NotFoundException("No such abstract")).getModel())
			.containsEntry("status", 404)
			.containsEntry("message", "No such abstract");
		assertThat(resolve("/abstracts/1", new ConflictException("Changed")).getStatus())
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void passesTheProblemsHeadersOn() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView page = this.resolver.resolveException(request("/profile"), response, null,
				new TooManyRequestsException("Slow down", Duration.ofSeconds(61)));
		assertThat(page.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(response.getHeader("Retry-After")).isEqualTo("61");
	}

	@Test
	void hidesTheMessageOfAMissingResource() throws Exception {
		ModelAndView page = resolve("/nothing", new NoResourceFoundException(HttpMethod.GET, "/nothing", "classpath"));
		assertThat(page.getModel()).containsEntry("status", 404).containsEntry("message", "");
	}

	@Test
	void leavesTheApiAndUnknownFailuresAlone() {
		assertThat(resolve("/api/abstracts/1", new NotFoundException("No such abstract"))).isNull();
		assertThat(resolve("/abstracts/1", new IllegalStateException("bug"))).isNull();
	}

	private ModelAndView resolve(String path, Exception ex) {
		return this.resolver.resolveException(request(path), new MockHttpServletResponse(), null, ex);
	}

	private static MockHttpServletRequest request(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	private static HandlerExceptionResolver resolver() {
		List<HandlerExceptionResolver> resolvers = new ArrayList<>();
		new PageErrors().extendHandlerExceptionResolvers(resolvers);
		return resolvers.get(0);
	}

}
