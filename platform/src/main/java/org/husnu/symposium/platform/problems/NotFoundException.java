package org.husnu.symposium.platform.problems;

import org.springframework.http.HttpStatus;

/**
 * A record that does not exist, or that the caller may not know exists; answered with
 * 404.
 */
public class NotFoundException extends ProblemException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", message);
	}

}
