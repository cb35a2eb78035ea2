package org.husnu.symposium.core;

/**
 * Raised when a change would break a rule of the domain. The web layers map it to a 4xx
 * problem detail, so the message must tell a person what to fix.
 */
public class DomainRuleException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	public DomainRuleException(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * A stable, machine-readable code for the broken rule, e.g.
	 * {@code abstract.presenter}.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

	/**
	 * Checks a rule and throws when it does not hold.
	 * @param condition the rule
	 * @param code the stable code of the rule
	 * @param message what a person must fix
	 */
	public static void require(boolean condition, String code, String message) {
		if (!condition) {
			throw new DomainRuleException(code, message);
		}
	}

}
