package org.husnu.symposium.platform.problems;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The base of every exception of the services that a user can cause: it carries its own
 * status, problem type, title and detail (Spring's
 * {@link org.springframework.web.ErrorResponse}), so the API's problem details and the
 * pages' error page read the answer from the exception instead of each keeping a table of
 * exception types. Exceptions of {@code core} cannot know HTTP; {@link CoreProblems} maps
 * those, in one place.
 */
public class ProblemException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	/**
	 * A problem with a stable type and a detail for people.
	 * @param status the HTTP status
	 * @param type the stable problem type ({@link ProblemTypes})
	 * @param title a short title
	 * @param detail what happened and what to do, for a person
	 */
	public ProblemException(HttpStatusCode status, URI type, String title, String detail) {
		this(status, type, title, detail, null);
	}

	/**
	 * A problem with a stable type and a detail for people, caused by another exception.
	 * @param status the HTTP status
	 * @param type the stable problem type ({@link ProblemTypes})
	 * @param title a short title
	 * @param detail what happened and what to do, for a person
	 * @param cause the cause, or {@code null}
	 */
	public ProblemException(HttpStatusCode status, URI type, String title, String detail, Throwable cause) {
		super(status, problem(status, type, title, detail), cause);
	}

	/**
	 * Adds a property to the problem detail, e.g. a {@code code} or {@code limit}.
	 * @param name the property name
	 * @param value its value
	 * @return this exception
	 */
	public ProblemException with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	/**
	 * Adds properties to the problem detail.
	 * @param properties names and values
	 * @return this exception
	 */
	public ProblemException with(Map<String, Object> properties) {
		properties.forEach(getBody()::setProperty);
		return this;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	private static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

}
