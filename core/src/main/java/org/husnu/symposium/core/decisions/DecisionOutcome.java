package org.husnu.symposium.core.decisions;

import org.husnu.symposium.core.abstracts.AbstractAction;

/**
 * What the chairs decide for an abstract.
 */
public enum DecisionOutcome {

	ACCEPT_ORAL(AbstractAction.ACCEPT_ORAL), ACCEPT_POSTER(AbstractAction.ACCEPT_POSTER), REJECT(AbstractAction.REJECT);

	private final AbstractAction action;

	DecisionOutcome(AbstractAction action) {
		this.action = action;
	}

	/**
	 * The lifecycle action that applies this outcome to the abstract when it is released.
	 * @return the action
	 */
	public AbstractAction action() {
		return this.action;
	}

}
