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
	 * The deadline (with its grace period) has passed: the record can be read, not
	 * changed.
	 */
	public static final URI DEADLINE_PASSED = type("deadline-passed");

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

	/**
	 * The HTTP method is not supported on this path; the {@code Allow} header lists those
	 * that are.
	 */
	public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");

	/** The request's content type is not accepted here. */
	public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");

	/** The response cannot be produced in any media type the request accepts. */
	public static final URI NOT_ACCEPTABLE = type("not-acceptable");

	/** Any other problem of the request. */
	public static final URI BAD_REQUEST = type("bad-request");

	/** The request needs a login (session) or a valid API token. */
	public static final URI UNAUTHENTICATED = type("unauthenticated");

	/** The person is known but their roles do not allow this. */
	public static final URI FORBIDDEN = type("forbidden");

	/**
	 * A state-changing request with a session lacked the CSRF token (cookie
	 * {@code XSRF-TOKEN}, header {@code X-XSRF-TOKEN}).
	 */
	public static final URI CSRF = type("csrf");

	/** Too many requests; {@code Retry-After} says when to try again. */
	public static final URI RATE_LIMITED = type("rate-limited");

	/**
	 * The service is busy with other work (e.g. every PDF check slot is taken);
	 * {@code Retry-After} says when to try again.
	 */
	public static final URI BUSY = type("busy");

	/**
	 * Something the service needs is missing on the server (e.g. the fonts of the PDFs);
	 * the operator must install or configure it, the {@code code} property says what.
	 */
	public static final URI UNAVAILABLE = type("unavailable");

	/**
	 * The request body is larger than the service reads
	 * ({@code symposium.web.max-body-size} for JSON and CSV, the multipart limits for
	 * uploads).
	 */
	public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");

	/**
	 * An uploaded PDF failed its checks; {@code errors} lists the failed checks (code and
	 * message), {@code checks} every finding, warnings included.
	 */
	public static final URI PDF_REJECTED = type("pdf-rejected");

	/**
	 * A per-account quota is used up (drafts, abstracts, stored PDF bytes); {@code code}
	 * names the quota, {@code limit} and {@code used} say how far.
	 */
	public static final URI QUOTA_EXCEEDED = type("quota-exceeded");

	private ProblemTypes() {
	}

	/**
	 * The type for a problem Spring MVC raises with only a status.
	 * @param status the status
	 * @return the type URI
	 */
	public static URI forStatus(org.springframework.http.HttpStatusCode status) {
		return switch (status.value()) {
			case 401 -> UNAUTHENTICATED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> CONFLICT;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 422 -> DOMAIN_RULE;
			case 429 -> RATE_LIMITED;
			default -> BAD_REQUEST;
		};
	}

	private static URI type(String kind) {
		return URI.create("urn:husnu-symposium:problem:" + kind);
	}

}
