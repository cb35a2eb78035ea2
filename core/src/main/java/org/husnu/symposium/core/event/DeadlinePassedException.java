package org.husnu.symposium.core.event;

import org.husnu.symposium.core.DomainRuleException;

/**
 * Authors tried to change something after the deadline and its grace period. The record
 * stays readable; chairs may still change it.
 */
public class DeadlinePassedException extends DomainRuleException {

	private static final long serialVersionUID = 1L;

	public DeadlinePassedException(String message) {
		super("deadline.passed", message);
	}

}
