package org.husnu.symposium.platform.problems;

/**
 * A record that does not exist, or that the caller may not know exists; answered with
 * 404.
 */
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(message);
	}

}
