package org.husnu.symposium.platform.problems;

import org.springframework.http.HttpStatus;

/**
 * The record changed since the caller read it, or the request collides with its current
 * state; answered with 409 and a message saying how to go on.
 */
public class ConflictException extends ProblemException {

	private static final long serialVersionUID = 1L;

	public ConflictException(String message) {
		super(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Changed meanwhile", message);
	}

}
