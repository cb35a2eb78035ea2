package org.husnu.symposium.core.abstracts;

/**
 * Something that moves an abstract from one status to another, and who may do it.
 */
public enum AbstractAction {

	SUBMIT(false), WITHDRAW(false), START_REVIEW(true), ACCEPT_ORAL(true), ACCEPT_POSTER(true), REJECT(true),
	REOPEN_REVIEW(true);

	private final boolean chairOnly;

	AbstractAction(boolean chairOnly) {
		this.chairOnly = chairOnly;
	}

	/**
	 * Whether only chairs may take this action; authors take the others on their own
	 * abstracts.
	 * @return {@code true} if chair-only
	 */
	public boolean isChairOnly() {
		return this.chairOnly;
	}

}
