package org.husnu.symposium.store;

/**
 * Thrown when a store cannot start, carrying a message meant for the operator rather than
 * a stack trace: the usual causes (data directory or port already taken) are mistakes of
 * setup, not bugs.
 */
public final class StoreStartupException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	StoreStartupException(String message) {
		super(message);
	}

	StoreStartupException(String message, Throwable cause) {
		super(message, cause);
	}

}
