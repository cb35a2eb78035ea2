package org.husnu.symposium.core.access;

/**
 * Raised when a person asks for a record or an action their roles do not allow. Web
 * layers turn it into a 403 problem detail; the message says which role is needed, never
 * what the record holds.
 */
public class AccessRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AccessRefusedException(String message) {
		super(message);
	}

}
