package org.husnu.symposium.core.abstracts;

import org.husnu.symposium.core.DomainRuleException;

/**
 * An action that the abstract's current status does not allow, e.g. submitting a
 * withdrawn one.
 */
public class IllegalTransitionException extends DomainRuleException {

	private static final long serialVersionUID = 1L;

	private final AbstractStatus from;

	private final AbstractAction action;

	public IllegalTransitionException(AbstractStatus from, AbstractAction action) {
		super("abstract.transition", message(from, action));
		this.from = from;
		this.action = action;
	}

	public AbstractStatus from() {
		return this.from;
	}

	public AbstractAction action() {
		return this.action;
	}

	private static String message(AbstractStatus from, AbstractAction action) {
		String allowed = AbstractLifecycle.allowedActions(from).isEmpty() ? "nothing more can be done with it"
				: "allowed now: " + AbstractLifecycle.allowedActions(from);
		return "An abstract that is " + from + " cannot take the action " + action + " (" + allowed + ")";
	}

}
