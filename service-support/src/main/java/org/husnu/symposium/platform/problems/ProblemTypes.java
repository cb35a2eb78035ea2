package org.husnu.symposium.platform.problems;

import java.net.URI;

/**
 * Stable type URIs of the problems the API answers with (RFC 9457). Clients switch on
 * these, never on the wording of {@code detail}. They are names, not pages to fetch.
 */
public final class ProblemTypes {

	/** A domain rule was broken; the {@code code} property says which. */
	public static final URI DOMAIN_RULE = type("domain-rule");

	/**
	 * The request body or parameters failed validation; {@code errors} lists the fields.
	 */
	public static final URI VALIDATION = type("validation");

	/** The record does not exist or is not visible to the caller. */
	public static final URI NOT_FOUND = type("not-found");

	/** The request could not be read (malformed JSON, wrong types). */
	public static final URI MALFORMED_REQUEST = type("malformed-request");

	/** The record changed since the caller read it. */
	public static final URI CONFLICT = type("conflict");

	private ProblemTypes() {
	}

	private static URI type(String kind) {
		return URI.create("urn:husnu-symposium:problem:" + kind);
	}

}
